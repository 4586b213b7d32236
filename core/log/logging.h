#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace plancia {

struct LogOptions
{
    // Directory for the rotating log file; empty means the XDG state directory
    // ($XDG_STATE_HOME/plancia, or ~/.local/state/plancia).
    QString directory;
    bool toFile = true;
    bool toStderr = true;
    spdlog::level::level_enum level = spdlog::level::info;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3;
};

// Sets up the sinks shared by every module logger (all of them pass through redaction) and
// bridges Qt's own messages (qDebug/qWarning/qCritical) into the "qt" logger. Safe to call
// again, e.g. to move the file after settings change.
void initLogging(const LogOptions &options = {});
void shutdownLogging();

// The logger of a module, e.g. "core.net", "core.auth", "ui". Created on first use with the
// shared sinks.
std::shared_ptr<spdlog::logger> logger(const std::string &module);

// Where the log file is (empty if file logging is off).
QString logFilePath();
QString defaultLogDirectory();

} // namespace plancia
