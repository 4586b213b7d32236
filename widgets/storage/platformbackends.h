#pragma once

#include <memory>

namespace plancia {
class Platform;
}

namespace plancia::ui {

class StorageSource;
class TransferQueue;

// The Storage page's backends on a Platform: its S3Client and TransferEngine behind the page's
// StorageSource and TransferQueue (both null without a platform).
struct PlatformBackends
{
    std::unique_ptr<StorageSource> source;
    std::unique_ptr<TransferQueue> queue;
};
PlatformBackends makePlatformBackends(Platform *platform);

} // namespace plancia::ui
