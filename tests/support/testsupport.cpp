#include "testsupport.h"

#include "log/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace plancia::test {

void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir().mkpath(QDir::homePath());
    LogOptions options;
    options.toStderr = false;
    options.level = spdlog::level::debug;
    initLogging(options);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace plancia::test
