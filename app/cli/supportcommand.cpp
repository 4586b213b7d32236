// `plancia-cli support failures|timeline|casefile`: every namespace's failures by cause, one
// job's timeline, and its case file, from the same core as the Support page (core/support).
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "platform/platform.h"
#include "support/casefile.h"
#include "support/supportindex.h"
#include "support/timeline.h"
#include "supportcommands.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace plancia::cli {

namespace {

using namespace plancia::support;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Support)
};

const QString kCmd = QStringLiteral("support");
const auto kSinceOption = QStringLiteral("since");
const auto kUserOption = QStringLiteral("user");
const auto kCauseOption = QStringLiteral("cause");
const auto kSessionOption = QStringLiteral("session");
const auto kOutputFileOption = QStringLiteral("o");
const auto kTimeoutOption = QStringLiteral("timeout");

struct Target
{
    QString ns;
    QString name;
};

std::optional<Target> parseTarget(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1 || text.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return std::nullopt;
    return Target{text.left(slash), text.mid(slash + 1)};
}

int timeoutOf(const QCommandLineParser &parser)
{
    bool ok = false;
    const int t = parser.value(kTimeoutOption).toInt(&ok);
    return ok && t > 0 ? t : 120;
}

// Logs in and gives the Platform, or the exit code.
int platformFor(Context &context, Platform **platform, Session **session)
{
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (const int rc = Account::restore(context, *profile, session))
        return rc;
    *platform = context.platform(Account::withRememberedAgent(*profile));
    return ExitOk;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int runFailures(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (!args.isEmpty())
        return context.usageError(Tr::tr("support failures takes no arguments."), kCmd);
    std::optional<qint64> since;
    if (parser.isSet(kSinceOption)) {
        since = parseDurationSeconds(parser.value(kSinceOption));
        if (!since)
            return context.usageError(Tr::tr("--since needs a duration such as 90m, 24h or 7d."),
                                      kCmd);
    }
    std::optional<FailureCause> cause;
    if (parser.isSet(kCauseOption)) {
        cause = causeFromKey(parser.value(kCauseOption));
        if (!cause) {
            QStringList keys;
            for (FailureCause c : allCauses())
                keys << QLatin1String(causeKey(c));
            return context.usageError(
                Tr::tr("--cause must be one of: %1.").arg(keys.join(QStringLiteral(", "))), kCmd);
        }
    }
    const QString user = parser.value(kUserOption);
    Platform *platform = nullptr;
    Session *session = nullptr;
    if (const int rc = platformFor(context, &platform, &session))
        return rc;
    SupportIndex index;
    index.setPlatform(platform);
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    QObject::connect(&index, &SupportIndex::synced, &context, [&] { context.wake(); });
    QObject::connect(&index, &SupportIndex::sourceErrorChanged, &context, [&] { context.wake(); });
    deadline.start(timeoutOf(parser) * 1000);
    if (!context.waitFor(
            [&] { return timedOut || index.hasSynced() || !index.sourceError().isEmpty(); }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!index.sourceError().isEmpty()) {
        // The source that was refused first (the Jobs, Workloads or Pods list: any may be).
        const Error &e = index.sourceErrorDetail();
        return context.fail(
            exitCodeFor(e),
            Tr::tr("The jobs of every namespace cannot be read: %1").arg(index.sourceError()), e);
    }
    if (!index.hasSynced())
        return context.fail(ExitFailed, Tr::tr("Kubernetes did not list every namespace's jobs "
                                               "within %n seconds.",
                                               nullptr, timeoutOf(parser)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMap<int, int> counts;
    QList<SupportRow> rows; // copies: the index makes job rows when asked
    for (int r = 0; r < index.rowCount(); ++r) {
        SupportRow row = index.row(r);
        if (row.cause == FailureCause::None)
            continue;
        if (cause && row.cause != *cause)
            continue;
        if (!user.isEmpty() && row.user != user)
            continue;
        if (since && row.since.isValid() && row.since.secsTo(now) > *since)
            continue;
        ++counts[int(row.cause)];
        rows.append(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SupportRow &a, const SupportRow &b) { return a.since > b.since; });
    if (context.json()) {
        QJsonObject byCause;
        for (FailureCause c : allCauses())
            byCause.insert(QLatin1String(causeKey(c)), counts.value(int(c)));
        QJsonArray list;
        for (const SupportRow &row : std::as_const(rows)) {
            const SupportRow *r = &row;
            list.append(QJsonObject{
                {QStringLiteral("kind"), r->kind == SupportRow::Kind::Job
                                             ? QStringLiteral("job")
                                             : QStringLiteral("session")},
                {QStringLiteral("namespace"), r->namespaceName},
                {QStringLiteral("name"), r->name},
                {QStringLiteral("user"), r->user},
                {QStringLiteral("state"), r->stateKey},
                {QStringLiteral("cause"), QLatin1String(causeKey(r->cause))},
                {QStringLiteral("reason"), r->reason},
                {QStringLiteral("message"), r->message},
                {QStringLiteral("node"), r->node},
                {QStringLiteral("site"), r->site},
                {QStringLiteral("accelerator"), r->accelerator},
                {QStringLiteral("since"), timeJson(r->since)},
            });
        }
        context.printJson(
            QJsonObject{{QStringLiteral("counts"), byCause}, {QStringLiteral("failures"), list}});
        return ExitOk;
    }
    for (FailureCause c : allCauses()) {
        if (counts.value(int(c)) > 0)
            context.print(Tr::tr("%1  %2").arg(counts.value(int(c)), 4).arg(causeName(c)));
    }
    if (rows.isEmpty()) {
        context.print(Tr::tr("No failures."));
        return ExitOk;
    }
    context.print(QString());
    for (const SupportRow &row : std::as_const(rows)) {
        const SupportRow *r = &row;
        const QString where = r->offloaded && !r->site.isEmpty() ? r->site : r->node;
        context.print(Tr::tr("%1/%2  %3  %4%5")
                          .arg(r->namespaceName, r->name, causeName(r->cause), r->reason,
                               where.isEmpty() ? QString() : Tr::tr("  on %1").arg(where)));
    }
    return ExitOk;
}

// Reads the case data of the target; returns the exit code on failure.
int readCase(Context &context, const QStringList &args, const QCommandLineParser &parser,
             CaseData *out, Platform **platformOut = nullptr, Session **sessionOut = nullptr)
{
    if (args.size() != 1)
        return context.usageError(Tr::tr("Name one job as NAMESPACE/JOB."), kCmd);
    const auto target = parseTarget(args.first());
    if (!target)
        return context.usageError(
            Tr::tr("\"%1\" is not NAMESPACE/JOB (or NAMESPACE/POD with --session).")
                .arg(args.first()),
            kCmd);
    Platform *platform = nullptr;
    Session *session = nullptr;
    if (const int rc = platformFor(context, &platform, &session))
        return rc;
    if (platformOut)
        *platformOut = platform;
    if (sessionOut)
        *sessionOut = session;
    std::optional<Result<CaseData>> result;
    auto *job = new CaseDataJob(platform->kube(),
                                parser.isSet(kSessionOption) ? CaseData::Kind::Session
                                                             : CaseData::Kind::Job,
                                target->ns, target->name, &context);
    QObject::connect(job, &CaseDataJob::finished, &context, [&](const Result<CaseData> &r) {
        result.emplace(r);
        context.wake();
    });
    job->start();
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    deadline.start(timeoutOf(parser) * 1000);
    if (!context.waitFor([&] { return timedOut || result.has_value(); }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!result)
        return context.fail(ExitFailed, Tr::tr("Kubernetes did not answer in time."));
    if (!result->ok())
        return context.fail(exitCodeFor(result->error()), result->error().message, result->error());
    *out = result->value();
    for (const QString &p : out->problems)
        context.message(Tr::tr("Warning: %1").arg(p));
    return ExitOk;
}

int runTimeline(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    CaseData data;
    if (const int rc = readCase(context, args, parser, &data))
        return rc;
    const Timeline t = buildTimeline(data);
    if (context.json()) {
        QJsonArray logs;
        for (const QString &l : t.logTail)
            logs.append(redactCaseText(l));
        context.printJson(QJsonObject{
            {QStringLiteral("namespace"), data.namespaceName},
            {QStringLiteral("name"), data.name},
            {QStringLiteral("state"), t.stateKey},
            {QStringLiteral("cause"), QLatin1String(causeKey(t.cause))},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("message"), t.message},
            {QStringLiteral("steps"), redactCaseValue(t.stepsJson())},
            {QStringLiteral("logTail"), logs},
        });
        return ExitOk;
    }
    context.print(Tr::tr("%1/%2: %3%4")
                      .arg(data.namespaceName, data.name, t.stateText,
                           t.cause == FailureCause::None
                               ? QString()
                               : Tr::tr(" (%1: %2)").arg(causeName(t.cause), t.reason)));
    for (const TimelineStep &s : t.steps) {
        const QString when = s.when.isValid() ? s.when.toUTC().toString(Qt::ISODate)
                                              : QStringLiteral("                    ");
        context.print(Tr::tr("%1  %2%3  %4")
                          .arg(when, s.warning ? QStringLiteral("! ") : QStringLiteral("  "),
                               QString::fromLatin1(stepKey(s.kind)).leftJustified(9),
                               redactCaseText(s.title)));
        if (!s.detail.isEmpty())
            context.print(QStringLiteral("                                   ") +
                          redactCaseText(s.detail));
    }
    if (!t.logTail.isEmpty()) {
        context.print(QString());
        context.print(Tr::tr("Last log lines:"));
        for (const QString &l : t.logTail)
            context.print(QStringLiteral("  ") + redactCaseText(l));
    }
    return ExitOk;
}

int runCaseFile(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    const QString file = parser.value(kOutputFileOption);
    if (file.isEmpty())
        return context.usageError(Tr::tr("support casefile needs -o FILE."), kCmd);
    CaseData data;
    Platform *platform = nullptr;
    Session *session = nullptr;
    if (const int rc = readCase(context, args, parser, &data, &platform, &session))
        return rc;
    CaseFileInfo info;
    info.platform = platform->profile().name;
    info.generatedBy = session->user().username;
    const QJsonObject cf = caseFileJson(data, info);
    const Status written = writeCaseFile(file, cf);
    if (!written.ok())
        return context.fail(ExitFailed, written.error().message, written.error());
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("redactedValues"), cf.value(QLatin1String("redactedValues"))},
            {QStringLiteral("summary"), cf.value(QLatin1String("summary"))}});
    } else {
        context.message(Tr::tr("Case file written to %1 (%n value(s) redacted).", nullptr,
                               cf.value(QLatin1String("redactedValues")).toInt())
                            .arg(file));
    }
    return ExitOk;
}

} // namespace

std::optional<qint64> parseDurationSeconds(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*([smhd]?)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("s"))
        return n;
    if (unit == QLatin1String("h"))
        return n * 3600;
    if (unit == QLatin1String("d"))
        return n * 86400;
    return n * 60;
}

void supportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 Tr::tr("failures, timeline or casefile."),
                                 QStringLiteral("failures|timeline|casefile"));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("timeline, casefile: NAMESPACE/JOB (NAMESPACE/POD with "
                                        "--session)."),
                                 QStringLiteral("[NAMESPACE/JOB]"));
    parser.addOption({kSinceOption,
                      Tr::tr("failures: only those of the last DURATION (90m, 24h, 7d)."),
                      Tr::tr("DURATION")});
    parser.addOption({kUserOption, Tr::tr("failures: only this user's."), Tr::tr("USER")});
    parser.addOption({kCauseOption,
                      Tr::tr("failures: only this cause (oomKilled, imagePull, evicted, "
                             "offloadRefused, slurmTimeout, quotaNever, spawnFailed, other)."),
                      Tr::tr("CAUSE")});
    parser.addOption(
        {kSessionOption, Tr::tr("timeline, casefile: the target is a notebook session's pod.")});
    parser.addOption({{kOutputFileOption, QStringLiteral("file")},
                      Tr::tr("casefile: the file to write."),
                      Tr::tr("FILE")});
    parser.addOption({kTimeoutOption,
                      Tr::tr("Give up after SECONDS waiting for Kubernetes (default 120)."),
                      Tr::tr("SECONDS"), QStringLiteral("120")});
}

int runSupport(Context &context, const QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(
            Tr::tr("support needs a subcommand: failures, timeline or casefile."), kCmd);
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("failures"))
        return runFailures(context, args, parser);
    if (sub == QLatin1String("timeline"))
        return runTimeline(context, args, parser);
    if (sub == QLatin1String("casefile"))
        return runCaseFile(context, args, parser);
    return context.usageError(
        Tr::tr("Unknown support subcommand \"%1\": failures, timeline or casefile.").arg(sub),
        kCmd);
}

} // namespace plancia::cli
