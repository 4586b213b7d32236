#include "storage/platformbackends.h"

#include "platform/platform.h"
#include "storage/s3storagesource.h"

#include <QPointer>

namespace plancia::ui {

PlatformBackends makePlatformBackends(Platform *platform)
{
    if (!platform)
        return {};
    PlatformBackends b;
    QPointer<Platform> p(platform);
    b.source = std::make_unique<S3StorageSource>(
        platform->storage(), [p] { return p ? p->knownBuckets() : QList<s3::Bucket>{}; });
    b.queue = std::make_unique<EngineTransferQueue>(platform->transfers());
    return b;
}

} // namespace plancia::ui
