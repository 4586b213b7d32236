// `plancia-cli sessions list|start|stop|open`: the user's JupyterLab servers through the same
// hub client and sessions model as the Sessions page.
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "jupyter/hubclient.h"
#include "jupyter/sessionsmodel.h"
#include "platform/platform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace plancia::cli {

namespace {

using namespace jupyter;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Sessions)
};

const auto kName = QStringLiteral("name");
const auto kImage = QStringLiteral("image");
const auto kCpu = QStringLiteral("cpu");
const auto kMemory = QStringLiteral("memory");
const auto kGpu = QStringLiteral("gpu");
const auto kWait = QStringLiteral("wait");
const auto kTimeout = QStringLiteral("timeout");
const auto kPrint = QStringLiteral("print");

// Runs a hub job to its end in the CLI's event loop.
template<typename JobT, typename R>
std::optional<R> run(Context &context, JobT *job)
{
    std::optional<R> out;
    QObject::connect(job, &JobT::finished, &context, [&](const R &r) {
        out.emplace(r);
        context.wake();
    });
    if (!context.waitFor([&] { return out.has_value(); }))
        return std::nullopt;
    return out;
}

QJsonObject serverJson(const HubServer &s, const QDateTime &cullAt)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("state"), HubServer::stateName(s.state)},
            {QStringLiteral("url"), s.url.toString()},
            {QStringLiteral("profile"), s.profile.toJson()},
            {QStringLiteral("started"), dateTimeJson(s.started)},
            {QStringLiteral("lastActivity"), dateTimeJson(s.lastActivity)},
            {QStringLiteral("cullAt"), dateTimeJson(cullAt)}};
}

QDateTime cullAtOf(const HubServer &s, int timeout)
{
    if (s.state != HubServer::State::Running || timeout <= 0)
        return {};
    const QDateTime base = s.lastActivity.isValid() ? s.lastActivity : s.started;
    return base.isValid() ? base.addSecs(timeout) : QDateTime();
}

int list(Context &context, HubClient *hub, const Profile &profile)
{
    auto r = run<ServersJob, Result<QList<HubServer>>>(context, hub->servers(&context));
    if (!r)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!r->ok())
        return context.fail(exitCodeFor(r->error()), r->error().message, r->error());
    QJsonArray out;
    QList<QStringList> rows{{Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("PROFILE"),
                             Tr::tr("LAST ACTIVITY"), Tr::tr("CULLED AT"), Tr::tr("URL")}};
    for (const HubServer &s : r->value()) {
        if (!s.isActive() && s.name.isEmpty())
            continue;
        const QDateTime cull = cullAtOf(s, profile.hub.cullTimeoutSeconds);
        out.append(serverJson(s, cull));
        rows << QStringList{s.displayName(),     HubServer::stateName(s.state),
                            s.profile.summary(), dateTimeText(s.lastActivity),
                            dateTimeText(cull),  s.url.toString()};
    }
    if (context.json()) {
        context.printJson(out);
        return ExitOk;
    }
    if (out.isEmpty()) {
        context.message(Tr::tr("No session. Start one with: %1 sessions start --wait")
                            .arg(context.programName()));
        return ExitOk;
    }
    QList<qsizetype> width(rows.first().size(), 0);
    for (const auto &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row.at(i).size());
    for (const auto &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(width[i]));
        context.print(cells.join(QStringLiteral("  ")));
    }
    return ExitOk;
}

int start(Context &context, const QCommandLineParser &parser, HubClient *hub,
          const Profile &profile)
{
    SessionProfile p;
    p.image = parser.isSet(kImage) ? parser.value(kImage) : profile.hub.images.value(0);
    bool ok = true;
    p.cpu = parser.isSet(kCpu) ? parser.value(kCpu).toInt(&ok) : 2;
    if (!ok)
        return context.usageError(Tr::tr("--cpu needs a number."), QStringLiteral("sessions"));
    p.memory = parser.isSet(kMemory) ? parser.value(kMemory).toUpper() : QStringLiteral("4G");
    if (parser.isSet(kGpu)) {
        const auto g = SessionProfile::parseGpu(parser.value(kGpu));
        if (!g)
            return context.usageError(Tr::tr("--gpu must be MODEL:N (t4:1) or none."),
                                      QStringLiteral("sessions"));
        p.acceleratorModel = g->first;
        p.acceleratorCount = g->second;
    }
    if (const QString why = p.validate(); !why.isEmpty())
        return context.usageError(why, QStringLiteral("sessions"));
    const QString name = parser.value(kName);
    const int timeout = parser.value(kTimeout).toInt();

    auto started = run<StartJob, Result<bool>>(context, hub->start(name, p, &context));
    if (!started)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!started->ok())
        return context.fail(exitCodeFor(started->error()), started->error().message,
                            started->error());
    const QString shown = name.isEmpty() ? Tr::tr("(default)") : name;
    if (!parser.isSet(kWait)) {
        context.message(started->value() ? Tr::tr("Session %1 is starting.").arg(shown)
                                         : Tr::tr("Session %1 is running.").arg(shown));
        if (context.json())
            context.printJson(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("state"),
                 started->value() ? QStringLiteral("starting") : QStringLiteral("running")}});
        return ExitOk;
    }
    auto *progress = hub->progress(name, &context);
    QObject::connect(progress, &SpawnProgressJob::event, &context, [&context](const SpawnEvent &e) {
        if (!e.message.isEmpty())
            context.message(Tr::tr("[%1%] %2").arg(e.progress, 3).arg(e.message));
    });
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    deadline.start(timeout * 1000);
    std::optional<Result<SpawnEvent>> done;
    QObject::connect(progress, &SpawnProgressJob::finished, &context,
                     [&](const Result<SpawnEvent> &r) {
                         done.emplace(r);
                         context.wake();
                     });
    if (!context.waitFor([&] { return done.has_value() || timedOut; }))
        return context.fail(ExitFailed, Tr::tr("Canceled (the session goes on starting)."));
    if (!done)
        return context.fail(ExitFailed,
                            Tr::tr("The session did not start within %n seconds (it may still).",
                                   nullptr, timeout));
    if (!done->ok())
        return context.fail(exitCodeFor(done->error()), done->error().message, done->error());
    const QUrl url = done->value().url;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("state"), QStringLiteral("running")},
                                      {QStringLiteral("url"), url.toString()},
                                      {QStringLiteral("profile"), p.toJson()}});
    } else {
        context.message(Tr::tr("Session %1 is ready.").arg(shown));
        context.print(url.toString());
    }
    return ExitOk;
}

int stop(Context &context, const QCommandLineParser &parser, HubClient *hub)
{
    const QString name = parser.value(kName);
    auto r = run<StopJob, Status>(context, hub->stop(name, &context));
    if (!r)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!r->ok())
        return context.fail(exitCodeFor(r->error()), r->error().message, r->error());
    context.message(Tr::tr("Session %1 stopped.").arg(name.isEmpty() ? Tr::tr("(default)") : name));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("state"), QStringLiteral("stopped")}});
    return ExitOk;
}

int open(Context &context, const QCommandLineParser &parser, HubClient *hub)
{
    const QString name = parser.value(kName);
    auto servers = run<ServersJob, Result<QList<HubServer>>>(context, hub->servers(&context));
    if (!servers)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!servers->ok())
        return context.fail(exitCodeFor(servers->error()), servers->error().message,
                            servers->error());
    const auto it = std::find_if(servers->value().cbegin(), servers->value().cend(),
                                 [&](const HubServer &s) { return s.name == name; });
    if (it == servers->value().cend() || it->state != HubServer::State::Running)
        return context.fail(
            ExitFailed,
            Tr::tr("Session %1 is not running.").arg(name.isEmpty() ? Tr::tr("(default)") : name));
    auto token = run<BrowserTokenJob, Result<QString>>(context, hub->browserToken(&context));
    if (!token)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!token->ok())
        return context.fail(exitCodeFor(token->error()), token->error().message, token->error());
    const QUrl url = HubClient::openUrl(it->url, token->value());
    const bool desktop =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (!parser.isSet(kPrint) && desktop && !opener.isEmpty() &&
        QProcess::startDetached(opener, {url.toString()})) {
        context.message(Tr::tr("Opened in your browser."));
        return ExitOk;
    }
    // The link logs the browser in (a token for your servers only, valid 12 hours).
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("url"), url.toString()}});
    else
        context.print(url.toString());
    return ExitOk;
}

} // namespace

void sessionsOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, start, stop or open."));
    parser.addOption(
        {kName, Tr::tr("The named server (default: the default server)."), Tr::tr("NAME")});
    parser.addOption(
        {kImage, Tr::tr("start: the image (default: the platform's first)."), Tr::tr("IMAGE")});
    parser.addOption({kCpu, Tr::tr("start: CPU cores, 1, 2, 3, 4 or 8 (default 2)."), Tr::tr("N")});
    parser.addOption(
        {kMemory, Tr::tr("start: memory, 2G, 4G or 8G (default 4G)."), Tr::tr("SIZE")});
    parser.addOption(
        {kGpu, Tr::tr("start: an accelerator, MODEL:N (t4:1), or none."), Tr::tr("MODEL:N")});
    parser.addOption({kWait, Tr::tr("start: follow the spawn and print the URL when ready.")});
    parser.addOption({kTimeout, Tr::tr("start --wait: give up after SECONDS (default 300)."),
                      Tr::tr("SECONDS"), QStringLiteral("300")});
    parser.addOption({kPrint, Tr::tr("open: print the logged-in link instead of opening it.")});
}

int runSessions(Context &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("start"),
                                     QStringLiteral("stop"), QStringLiteral("open")};
    if (args.size() != 1 || !actions.contains(args.first()))
        return context.usageError(Tr::tr("sessions needs one of: list, start, stop, open."),
                                  QStringLiteral("sessions"));
    bool ok = false;
    if (parser.value(kTimeout).toInt(&ok) <= 0 || !ok)
        return context.usageError(Tr::tr("--timeout needs a number of seconds."),
                                  QStringLiteral("sessions"));
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (!profile->hub.url.isValid())
        return context.fail(ExitFailed, Tr::tr("This platform profile has no JupyterHub."));
    Session *session = nullptr;
    if (const int rc = Account::restore(context, *profile, &session))
        return rc;
    Platform *platform = context.platform(Account::withRememberedAgent(*profile));
    HubClient *hub = hubClientFor(platform);
    const QString action = args.first();
    if (action == QLatin1String("list"))
        return list(context, hub, *profile);
    if (action == QLatin1String("start"))
        return start(context, parser, hub, *profile);
    if (action == QLatin1String("stop"))
        return stop(context, parser, hub);
    return open(context, parser, hub);
}

} // namespace plancia::cli
