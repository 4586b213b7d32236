#include "cli.h"

#include "log/logging.h"
#include "platform/platform.h"
#include "trackingtokenstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace plancia::cli {

Context::Context(QString programName, QObject *parent)
    : QObject(parent)
    , m_program(std::move(programName))
{}

Context::~Context()
{
    // The Platform (and its Session) go before the store they write to.
    m_platform.reset();
    m_store.reset();
}

QString Context::appCurrentProfile()
{
    return QSettings().value(QStringLiteral("profile/current")).toString();
}

std::optional<Profile> Context::chooseProfile()
{
    m_profiles.reload();
    if (!m_profileArgument.isEmpty()) {
        auto resolved = m_profiles.resolve(m_profileArgument);
        if (!resolved.ok()) {
            fail(ExitFailed, resolved.error().message, resolved.error());
            return std::nullopt;
        }
        return resolved.value();
    }
    // Like the desktop app: the profile used last (also one opened once with --profile FILE,
    // which lives outside the profiles folder), else the first one.
    QSettings settings;
    const QString name = appCurrentProfile();
    const QString file = settings.value(QStringLiteral("profile/currentFile")).toString();
    if (!name.isEmpty() && !m_profiles.find(name) && QFileInfo::exists(file))
        (void)m_profiles.addFile(file);
    if (auto p = m_profiles.find(name))
        return p;
    const auto all = m_profiles.profiles();
    if (!all.isEmpty())
        return all.first();
    fail(ExitFailed,
         tr("No platform profile found in %1. Give one with --profile FILE, or see '%2 profiles'.")
             .arg(m_profiles.directory(), m_program));
    return std::nullopt;
}

Platform *Context::platform(const Profile &profile)
{
    if (m_platform)
        return m_platform.get();
    m_store = std::make_unique<TrackingTokenStore>();
    connect(m_store.get(), &TrackingTokenStore::idle, this, &Context::wake);
    Platform::Options options;
    options.session.store = m_store.get();
    m_platform = std::make_unique<Platform>(profile, options);
    for (const QString &problem : m_platform->configurationProblems())
        message(problem);
    return m_platform.get();
}

bool Context::waitFor(const std::function<bool()> &done)
{
    while (!done() && !m_interrupted) {
        QEventLoop loop;
        m_loop = &loop;
        // Conditions change inside signal handlers; looking again a few times a second is
        // cheap and makes a forgotten wake() a delay, never a hang.
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
    }
    return !m_interrupted || done();
}

void Context::wake()
{
    if (m_loop)
        m_loop->quit();
}

void Context::settleKeychain()
{
    if (!m_store)
        return;
    // Not interruptible: an abandoned write could leave the keychain holding a spent token.
    const bool wasInterrupted = m_interrupted;
    m_interrupted = false;
    waitFor([this] { return m_store->pending() == 0; });
    m_interrupted = wasInterrupted;
}

void Context::interrupt()
{
    m_interrupted = true;
    Q_EMIT interruptRequested();
    wake();
}

void Context::message(const QString &text) const
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

QString Context::logHint() const
{
    const QString file = logFilePath();
    return file.isEmpty() ? QString() : tr("Details are in the log: %1").arg(file);
}

int Context::fail(int code, const QString &text, const std::optional<Error> &error)
{
    message(m_program + QStringLiteral(": ") + text);
    if (error)
        logger("cli")->warn("{}", error->toLogString().toStdString());
    if (json()) {
        QJsonObject e{{QStringLiteral("exitCode"), code}, {QStringLiteral("message"), text}};
        if (error)
            e.insert(QStringLiteral("kind"), errorKindKey(error->kind));
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    }
    return code;
}

int Context::usageError(const QString &text, const QString &command)
{
    const QString help = command.isEmpty()
                             ? m_program + QStringLiteral(" --help")
                             : m_program + QLatin1Char(' ') + command + QStringLiteral(" --help");
    return fail(ExitUsage, tr("%1 Try '%2'.").arg(text, help));
}

void Context::print(const QString &text) const
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

void Context::printJson(const QJsonValue &value) const
{
    const QByteArray doc = value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                           : QJsonDocument(value.toObject()).toJson();
    std::fwrite(doc.constData(), 1, size_t(doc.size()), stdout);
    std::fflush(stdout);
}

QJsonValue dateTimeJson(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODate);
}

QString dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return Context::tr("unknown");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Unauthorized:
    case Error::Kind::Forbidden:
        return ExitRefused;
    default:
        return ExitFailed;
    }
}

QString errorKindKey(Error::Kind kind)
{
    return QString::fromLatin1(Error::kindName(kind));
}

} // namespace plancia::cli
