#include "logging.h"

#include "redact.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>
#include <vector>

namespace plancia {

namespace {

// Redacts each message before handing it to the real sinks: no sink ever sees a secret.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void setSinks(std::vector<spdlog::sink_ptr> sinks)
    {
        std::lock_guard lock(mutex_);
        m_sinks = std::move(sinks);
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string clean = redact(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(clean.data(), clean.size());
        for (auto &sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }
    void flush_() override
    {
        for (auto &sink : m_sinks)
            sink->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

std::shared_ptr<RedactingSink> redactingSink()
{
    static auto sink = std::make_shared<RedactingSink>();
    return sink;
}

std::mutex s_mutex;
QString s_logFile;
spdlog::level::level_enum s_level = spdlog::level::info;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static auto qtLogger = logger("qt");
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    const char *category = context.category ? context.category : "default";
    if (qstrcmp(category, "default") == 0)
        qtLogger->log(level, "{}", message.toStdString());
    else
        qtLogger->log(level, "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        qtLogger->flush();
        std::abort();
    }
}

} // namespace

QString defaultLogDirectory()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (QStandardPaths::isTestModeEnabled() || base.isEmpty()) {
        // Qt 6.4 has no StateLocation; in test mode stay under Qt's test directories.
        base = QStandardPaths::isTestModeEnabled()
                   ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                         QStringLiteral("/state")
                   : QDir::homePath() + QStringLiteral("/.local/state");
    }
    return base + QStringLiteral("/plancia");
}

void initLogging(const LogOptions &options)
{
    std::lock_guard lock(s_mutex);
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        sinks.push_back(err);
    }
    s_logFile.clear();
    if (options.toFile) {
        const QString dir = options.directory.isEmpty() ? defaultLogDirectory() : options.directory;
        if (QDir().mkpath(dir)) {
            s_logFile = dir + QStringLiteral("/plancia.log");
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QFile::encodeName(s_logFile).toStdString(), options.maxFileBytes,
                    options.maxFiles));
            } catch (const spdlog::spdlog_ex &e) {
                s_logFile.clear();
                fprintf(stderr, "plancia: cannot open log file: %s\n", e.what());
            }
        }
    }
    for (auto &sink : sinks)
        sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] %v");
    redactingSink()->setSinks(std::move(sinks));
    s_level = options.level;
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &l) { l->set_level(s_level); });
    spdlog::flush_on(spdlog::level::warn);
    // A log someone attaches to a bug report must hold what just happened, not what was
    // buffered: flush the rest every few seconds too.
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
}

std::shared_ptr<spdlog::logger> logger(const std::string &module)
{
    if (auto existing = spdlog::get(module))
        return existing;
    auto created = std::make_shared<spdlog::logger>(module, redactingSink());
    created->set_level(s_level);
    try {
        spdlog::register_logger(created);
    } catch (const spdlog::spdlog_ex &) {
        // Another thread registered it first.
        return spdlog::get(module);
    }
    return created;
}

QString logFilePath()
{
    std::lock_guard lock(s_mutex);
    return s_logFile;
}

} // namespace plancia
