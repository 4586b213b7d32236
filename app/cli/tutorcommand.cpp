// `plancia-cli tutor list|start|stop`: a training event's participants at a glance, and their
// servers started or stopped in bulk, from the same core as the Tutor page (core/support).
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "jupyter/hubserver.h"
#include "platform/platform.h"
#include "support/supportindex.h"
#include "support/tutorroom.h"
#include "supportcommands.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace plancia::cli {

namespace {

using namespace plancia::support;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Tutor)
};

const QString kCmd = QStringLiteral("tutor");
const auto kGroupOption = QStringLiteral("group");
const auto kIdleOption = QStringLiteral("idle");
const auto kAllOption = QStringLiteral("all");
const auto kProfileNameOption = QStringLiteral("session-profile");
const auto kImageOption = QStringLiteral("image");
const auto kCpuOption = QStringLiteral("cpu");
const auto kMemoryOption = QStringLiteral("memory");
const auto kGpuOption = QStringLiteral("gpu");
const auto kTimeoutOption = QStringLiteral("timeout");

// The participants' group of a tutor: "<event>-tutors" -> "<event>".
QString defaultGroup(const UserInfo &user)
{
    const RoleMapping mapping;
    for (const QString &g : user.groups) {
        if (!mapping.tutorGroupSuffix.isEmpty() && g.endsWith(mapping.tutorGroupSuffix))
            return g.left(g.size() - mapping.tutorGroupSuffix.size());
    }
    return {};
}

int timeoutOf(const QCommandLineParser &parser)
{
    bool ok = false;
    const int t = parser.value(kTimeoutOption).toInt(&ok);
    return ok && t > 0 ? t : 60;
}

struct Room
{
    Platform *platform = nullptr;
    Session *session = nullptr;
    std::unique_ptr<SupportIndex> jobs;
    std::unique_ptr<TutorRoom> room;
};

// Logs in, reads the room once; returns the exit code on failure.
int readRoom(Context &context, const QCommandLineParser &parser, Room &r)
{
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (const int rc = Account::restore(context, *profile, &r.session))
        return rc;
    r.platform = context.platform(Account::withRememberedAgent(*profile));
    QString group = parser.value(kGroupOption);
    if (group.isEmpty())
        group = defaultGroup(r.session->user());
    if (group.isEmpty())
        return context.usageError(
            Tr::tr("You are in no tutor group (\"<event>-tutors\"): name the participants' "
                   "group with --group."),
            kCmd);
    r.room = std::make_unique<TutorRoom>();
    r.room->setPlatform(r.platform);
    r.room->setGroup(group);
    if (parser.isSet(kIdleOption)) {
        const auto idle = parseDurationSeconds(parser.value(kIdleOption));
        if (!idle)
            return context.usageError(Tr::tr("--idle needs a duration such as 30m."), kCmd);
        r.room->setIdleMinutes(int(std::max<qint64>(1, *idle / 60)));
    }
    // Jobs of other namespaces: support staff and admins may read them; tutors are refused.
    const UserInfo &user = r.session->user();
    if (user.hasRole(Role::Support) || user.hasRole(Role::Admin)) {
        r.jobs = std::make_unique<SupportIndex>();
        r.jobs->setPlatform(r.platform);
        r.room->setJobsSource(r.jobs.get());
    }
    bool timedOut = false;
    bool round = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    deadline.start(timeoutOf(parser) * 1000);
    if (r.jobs) {
        QObject::connect(r.jobs.get(), &SupportIndex::synced, &context, [&] { context.wake(); });
        if (!context.waitFor([&] {
                return timedOut || r.jobs->hasSynced() || !r.jobs->sourceError().isEmpty();
            }))
            return context.fail(ExitFailed, Tr::tr("Canceled."));
    }
    QObject::connect(r.room.get(), &TutorRoom::roundFinished, &context, [&] {
        round = true;
        context.wake();
    });
    r.room->refresh();
    if (!context.waitFor([&] { return timedOut || round; }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!round)
        return context.fail(ExitFailed, Tr::tr("The hub did not answer in time."));
    if (!r.room->lastError().isEmpty()) {
        return context.fail(r.room->lastError().contains(QLatin1String("refused")) ? ExitRefused
                                                                                   : ExitFailed,
                            r.room->lastError());
    }
    return ExitOk;
}

int runList(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (!args.isEmpty())
        return context.usageError(Tr::tr("tutor list takes no arguments."), kCmd);
    Room r;
    if (const int rc = readRoom(context, parser, r))
        return rc;
    if (context.json()) {
        QJsonArray out;
        for (const Participant &p : r.room->participants())
            out.append(p.toJson());
        context.printJson(out);
        return ExitOk;
    }
    QList<QStringList> table;
    QStringList header;
    for (int c = 0; c < TutorRoom::ColumnCount; ++c)
        header << r.room->headerData(c, Qt::Horizontal).toString().toUpper();
    table << header;
    for (int row = 0; row < r.room->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < TutorRoom::ColumnCount; ++c)
            cells << r.room->data(r.room->index(row, c)).toString();
        table << cells;
    }
    QList<qsizetype> width(header.size(), 0);
    for (const QStringList &t : table) {
        for (qsizetype i = 0; i < t.size(); ++i)
            width[i] = std::max(width[i], t.at(i).size());
    }
    for (const QStringList &t : table) {
        QStringList cells;
        for (qsizetype i = 0; i < t.size(); ++i)
            cells << t.at(i).leftJustified(width[i]);
        context.print(cells.join(QStringLiteral("  ")).trimmed());
    }
    if (r.room->participants().isEmpty())
        context.message(Tr::tr("No participants in group %1.").arg(r.room->group()));
    return ExitOk;
}

int runBulk(Context &context, QStringList users, const QCommandLineParser &parser,
            BulkServerJob::Action action)
{
    const bool all = parser.isSet(kAllOption);
    const bool idle = action == BulkServerJob::Action::Stop && parser.isSet(kIdleOption);
    if (users.isEmpty() && !all && !idle)
        return context.usageError(
            action == BulkServerJob::Action::Start
                ? Tr::tr("Name the participants, or --all.")
                : Tr::tr("Name the participants, or --idle DURATION, or --all."),
            kCmd);
    if (!users.isEmpty() && (all || idle))
        return context.usageError(Tr::tr("Name participants or use --all/--idle, not both."), kCmd);
    QJsonObject options;
    if (action == BulkServerJob::Action::Start) {
        if (parser.isSet(kProfileNameOption)) {
            options.insert(QStringLiteral("profile"), parser.value(kProfileNameOption));
        } else if (parser.isSet(kImageOption) || parser.isSet(kGpuOption) ||
                   parser.isSet(kCpuOption) || parser.isSet(kMemoryOption)) {
            jupyter::SessionProfile p;
            p.image = parser.value(kImageOption);
            if (parser.isSet(kCpuOption))
                p.cpu = parser.value(kCpuOption).toInt();
            if (parser.isSet(kMemoryOption))
                p.memory = parser.value(kMemoryOption);
            if (parser.isSet(kGpuOption)) {
                const auto g = jupyter::SessionProfile::parseGpu(parser.value(kGpuOption));
                if (!g)
                    return context.usageError(Tr::tr("--gpu needs MODEL:N or none."), kCmd);
                p.acceleratorModel = g->first;
                p.acceleratorCount = g->second;
            }
            if (p.image.isEmpty())
                return context.usageError(Tr::tr("--image is needed with --cpu, --memory or "
                                                 "--gpu (or give --session-profile NAME)."),
                                          kCmd);
            options = p.toUserOptions();
        }
    }
    Room r;
    if (const int rc = readRoom(context, parser, r))
        return rc;
    if (all || idle) {
        for (const Participant &p : r.room->participants()) {
            if (action == BulkServerJob::Action::Start && p.server == Participant::Server::None)
                users << p.user;
            if (action == BulkServerJob::Action::Stop && p.server != Participant::Server::None &&
                (all || (p.flags & Participant::Idle)))
                users << p.user;
        }
    } else {
        for (const QString &u : std::as_const(users)) {
            if (!r.room->participant(u))
                context.message(
                    Tr::tr("Warning: %1 is not a participant of %2.").arg(u, r.room->group()));
        }
    }
    QHash<QString, QString> results;
    bool finished = false;
    if (!users.isEmpty()) {
        auto *job = new BulkServerJob(r.platform->hub(), r.platform->profile().hub.url, action,
                                      users, options, &context);
        QObject::connect(job, &BulkServerJob::progress, &context,
                         [&](const QString &user, BulkServerJob::ItemState s, const QString &m) {
                             if (s == BulkServerJob::ItemState::Done)
                                 context.message(Tr::tr("%1: done").arg(user));
                             else if (s == BulkServerJob::ItemState::Skipped)
                                 context.message(Tr::tr("%1: nothing to do (%2)").arg(user, m));
                             else if (s == BulkServerJob::ItemState::Failed)
                                 context.message(Tr::tr("%1: FAILED: %2").arg(user, m));
                         });
        QObject::connect(job, &BulkServerJob::finished, &context,
                         [&](const Result<QHash<QString, QString>> &res) {
                             if (res.ok())
                                 results = res.value();
                             finished = true;
                             context.wake();
                         });
        job->start();
        if (!context.waitFor([&] { return finished; }))
            return context.fail(ExitFailed, Tr::tr("Canceled."));
    } else {
        context.message(Tr::tr("Nobody to act on."));
    }
    int failed = 0;
    QJsonArray out;
    for (const QString &u : std::as_const(users)) {
        const QString err = results.value(u);
        if (!err.isEmpty())
            ++failed;
        out.append(QJsonObject{{QStringLiteral("user"), u},
                               {QStringLiteral("ok"), err.isEmpty()},
                               {QStringLiteral("error"),
                                err.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(err)}});
    }
    if (context.json())
        context.printJson(out);
    return failed > 0 ? ExitFailed : ExitOk;
}

} // namespace

void tutorOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), Tr::tr("list, start or stop."),
                                 QStringLiteral("list|start|stop"));
    parser.addPositionalArgument(QStringLiteral("users"), Tr::tr("start, stop: the participants."),
                                 QStringLiteral("[USER...]"));
    parser.addOption({kGroupOption,
                      Tr::tr("The participants' group (default: your tutor group without "
                             "\"-tutors\")."),
                      Tr::tr("GROUP")});
    parser.addOption({kIdleOption,
                      Tr::tr("list: idle after DURATION without activity (default 30m); stop: "
                             "the servers idle that long."),
                      Tr::tr("DURATION")});
    parser.addOption({kAllOption, Tr::tr("start: every participant without a server; stop: "
                                         "every participant's server.")});
    parser.addOption({kProfileNameOption,
                      Tr::tr("start: the platform's session profile NAME (e.g. t4)."),
                      Tr::tr("NAME")});
    parser.addOption({kImageOption, Tr::tr("start: the image."), Tr::tr("IMAGE")});
    parser.addOption({kCpuOption, Tr::tr("start: CPU cores."), Tr::tr("N")});
    parser.addOption({kMemoryOption, Tr::tr("start: memory (2G, 4G, 8G)."), Tr::tr("SIZE")});
    parser.addOption(
        {kGpuOption, Tr::tr("start: accelerator MODEL:N or none."), Tr::tr("MODEL:N")});
    parser.addOption({kTimeoutOption,
                      Tr::tr("Give up after SECONDS waiting for the platform (default 60)."),
                      Tr::tr("SECONDS"), QStringLiteral("60")});
}

int runTutor(Context &context, const QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(Tr::tr("tutor needs a subcommand: list, start or stop."), kCmd);
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return runList(context, args, parser);
    if (sub == QLatin1String("start"))
        return runBulk(context, args, parser, BulkServerJob::Action::Start);
    if (sub == QLatin1String("stop"))
        return runBulk(context, args, parser, BulkServerJob::Action::Stop);
    return context.usageError(
        Tr::tr("Unknown tutor subcommand \"%1\": list, start or stop.").arg(sub), kCmd);
}

} // namespace plancia::cli
