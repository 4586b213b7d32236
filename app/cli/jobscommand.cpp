// `plancia-cli jobs submit|clone|check|list|describe|logs|cancel`: batch jobs through core/jobs,
// the same builder, check, model and log follower as the Jobs page.
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "jobs/clustercatalog.h"
#include "jobs/jobcheck.h"
#include "jobs/joblogs.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspec.h"
#include "jobs/jobsubmitter.h"
#include "jobs/jobyaml.h"
#include "jobs/notebookclone.h"
#include "kube/kubeclient.h"
#include "kube/views.h"
#include "platform/platform.h"

#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>

namespace plancia::cli {

namespace {

using namespace plancia::jobs;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Jobs)
};

const QString kF = QStringLiteral("f");
const QString kFile = QStringLiteral("file");
const QString kName = QStringLiteral("name");
const QString kImage = QStringLiteral("image");
const QString kCpu = QStringLiteral("cpu");
const QString kMemory = QStringLiteral("memory");
const QString kGpu = QStringLiteral("gpu");
const QString kOffload = QStringLiteral("offload");
const QString kSite = QStringLiteral("site");
const QString kPool = QStringLiteral("pool");
const QString kSlurm = QStringLiteral("slurm-flag");
const QString kPriority = QStringLiteral("priority");
const QString kParallelism = QStringLiteral("parallelism");
const QString kCompletions = QStringLiteral("completions");
const QString kIndexed = QStringLiteral("indexed");
const QString kBackoff = QStringLiteral("backoff-limit");
const QString kQueue = QStringLiteral("queue");
const QString kEnv = QStringLiteral("env");
const QString kDuration = QStringLiteral("expected-duration");
const QString kCount = QStringLiteral("count");
const QString kSession = QStringLiteral("session");
const QString kFollow = QStringLiteral("follow");
const QString kTimestamps = QStringLiteral("timestamps");
const QString kTimeout = QStringLiteral("timeout");

template<typename J, typename R>
std::optional<R> run(Context &context, J *job)
{
    std::optional<R> out;
    QObject::connect(job, &J::finished, &context, [&](const R &r) {
        out.emplace(r);
        context.wake();
    });
    if (!context.waitFor([&] { return out.has_value(); }))
        return std::nullopt;
    return out;
}

struct Env
{
    Platform *platform = nullptr;
    Session *session = nullptr;
    QString ns;
};

int open(Context &context, Env &env)
{
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (const int rc = Account::restore(context, *profile, &env.session))
        return rc;
    env.platform = context.platform(Account::withRememberedAgent(*profile));
    env.ns = env.platform->kubernetesNamespace();
    return ExitOk;
}

std::optional<ClusterCatalog> loadCatalog(Context &context, const Env &env)
{
    auto *job = new ClusterCatalogJob(env.platform->kube(), env.ns, &context);
    job->start();
    const auto r = run<ClusterCatalogJob, Result<LoadedCatalog>>(context, job);
    if (!r)
        return std::nullopt;
    if (!r->ok()) {
        context.message(Tr::tr("Warning: the cluster's queues could not be read (%1); using the "
                               "platform's defaults.")
                            .arg(r->error().message));
        ClusterCatalog c = ClusterCatalog::builtinDefaults();
        c.namespaceName = env.ns;
        return c;
    }
    for (const QString &w : r->value().warnings)
        context.message(Tr::tr("Warning: %1").arg(w));
    return r->value().catalog;
}

// The job the flags (or -f FILE) describe, built. Reports problems and returns nullopt.
std::optional<QJsonObject> jobFromArguments(Context &context, const QCommandLineParser &parser,
                                            const Env &env, const ClusterCatalog &catalog,
                                            int *exitCode)
{
    *exitCode = ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const QString file = parser.isSet(kFile) ? parser.value(kFile)
                         : parser.isSet(kF)  ? pos.value(1)
                                             : QString();
    if (parser.isSet(kF) && file.isEmpty()) {
        context.usageError(Tr::tr("-f needs a YAML file."), QStringLiteral("jobs"));
        return std::nullopt;
    }
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *exitCode =
                context.fail(ExitFailed, Tr::tr("Cannot read %1: %2").arg(file, f.errorString()));
            return std::nullopt;
        }
        auto job = jobFromYaml(f.readAll());
        if (!job.ok()) {
            *exitCode = context.fail(ExitFailed, Tr::tr("%1: %2").arg(file, job.error().message),
                                     job.error());
            return std::nullopt;
        }
        // As the form would send it: queued, suspended, with a client-chosen name and an id.
        JobSpec spec = specFromJob(job.value());
        QJsonObject o = job.value();
        QJsonObject md = o.value(QLatin1String("metadata")).toObject();
        QString name = md.value(QLatin1String("name")).toString();
        if (parser.isSet(kName))
            name = parser.value(kName);
        if (name.isEmpty())
            name = generateJobName(
                md.value(QLatin1String("generateName")).toString(QStringLiteral("job")));
        md.remove(QStringLiteral("generateName"));
        md.insert(QStringLiteral("name"), name);
        md.insert(QStringLiteral("namespace"), env.ns);
        QJsonObject labels = md.value(QLatin1String("labels")).toObject();
        if (!labels.contains(QLatin1String(kQueueLabel))) {
            const QString queue = parser.isSet(kQueue) ? parser.value(kQueue)
                                  : spec.offload.enabled
                                      ? QLatin1String(kOffloadQueue)
                                      : env.platform->profile().kubernetes.localQueue;
            if (!queue.isEmpty())
                labels.insert(QLatin1String(kQueueLabel), queue);
        }
        labels.insert(QLatin1String(kSubmissionLabel),
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!labels.contains(QLatin1String(kCreatedByLabel)))
            labels.insert(QLatin1String(kCreatedByLabel), QStringLiteral("yaml"));
        md.insert(QStringLiteral("labels"), labels);
        o.insert(QStringLiteral("metadata"), md);
        QJsonObject s = o.value(QLatin1String("spec")).toObject();
        s.insert(QStringLiteral("suspend"), true);
        o.insert(QStringLiteral("spec"), s);
        *exitCode = ExitOk;
        return o;
    }
    JobSpec spec;
    spec.namespaceName = env.ns;
    spec.name = parser.value(kName);
    spec.image = parser.value(kImage);
    spec.cpu = parser.value(kCpu);
    spec.memory = parser.value(kMemory);
    if (parser.isSet(kGpu)) {
        // MODEL:N, MODEL, or N (any GPU).
        const QStringList parts = parser.value(kGpu).split(QLatin1Char(':'));
        bool numeric = false;
        const int n = parts.last().toInt(&numeric);
        spec.accelerator.count = numeric ? n : 1;
        spec.accelerator.model = parts.size() > 1 || !numeric ? parts.first() : QString();
    }
    spec.offload.enabled = parser.isSet(kOffload) || parser.isSet(kSite);
    spec.offload.site = parser.value(kSite);
    spec.offload.pool = parser.value(kPool);
    spec.offload.slurmFlags = parser.values(kSlurm);
    spec.priorityClass = parser.value(kPriority);
    spec.localQueue = parser.value(kQueue);
    spec.indexed = parser.isSet(kIndexed);
    bool ok = true;
    auto number = [&](const QString &opt, int fallback) {
        if (!parser.isSet(opt))
            return fallback;
        bool good = false;
        const int v = parser.value(opt).toInt(&good);
        ok = ok && good;
        return v;
    };
    spec.parallelism = number(kParallelism, 1);
    spec.completions = number(kCompletions, spec.parallelism);
    if (parser.isSet(kBackoff))
        spec.backoffLimit = number(kBackoff, 0);
    if (parser.isSet(kDuration))
        spec.expectedDurationSeconds = number(kDuration, 0);
    if (!ok) {
        context.usageError(Tr::tr("--parallelism, --completions, --backoff-limit and "
                                  "--expected-duration take whole numbers."),
                           QStringLiteral("jobs"));
        return std::nullopt;
    }
    for (const QString &e : parser.values(kEnv)) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            context.usageError(Tr::tr("--env takes NAME=VALUE."), QStringLiteral("jobs"));
            return std::nullopt;
        }
        spec.env.append(EnvVar{e.left(eq), e.mid(eq + 1), {}});
    }
    spec.command = pos.mid(1);
    const BuiltJob b = buildJob(spec, catalog, env.platform->profile().kubernetes.localQueue);
    if (!b.ok()) {
        for (const FieldProblem &p : b.problems)
            context.message(
                Tr::tr("--%1: %2").arg(QLatin1String(specFieldKey(p.field)), p.message));
        *exitCode = context.fail(ExitUsage, Tr::tr("The job cannot be built."));
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return b.job;
}

QJsonObject problemJson(const CheckProblem &p)
{
    return QJsonObject{{QStringLiteral("severity"), QLatin1String(severityKey(p.severity))},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("field"), QLatin1String(specFieldKey(p.field))},
                       {QStringLiteral("message"), p.message},
                       {QStringLiteral("fix"), p.fix}};
}

QJsonObject whyJson(const WhyPending &w)
{
    QJsonArray quota;
    for (const QuotaLine &l : w.quota)
        quota.append(QJsonObject{{QStringLiteral("flavor"), l.flavor},
                                 {QStringLiteral("resource"), l.resource},
                                 {QStringLiteral("requested"), l.requested},
                                 {QStringLiteral("nominal"), l.nominal},
                                 {QStringLiteral("used"), l.used},
                                 {QStringLiteral("borrowable"), l.borrowable},
                                 {QStringLiteral("fits"), l.fits()}});
    QJsonArray ahead;
    for (const PendingWorkload &a : w.ahead) {
        QJsonObject req;
        for (auto it = a.requests.cbegin(); it != a.requests.cend(); ++it)
            req.insert(it.key(), it.value());
        ahead.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("namespace"), a.namespaceName},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("priority"), a.priority},
            {QStringLiteral("position"), a.positionInClusterQueue + 1},
            {QStringLiteral("requests"), a.sizeKnown ? QJsonValue(req) : QJsonValue()}});
    }
    return QJsonObject{
        {QStringLiteral("localQueue"), w.localQueue},
        {QStringLiteral("clusterQueue"), w.clusterQueue},
        {QStringLiteral("cohort"), w.cohort},
        {QStringLiteral("admitted"), w.admitted},
        {QStringLiteral("fitsNowIn"), w.fitsNowIn},
        {QStringLiteral("kueueMessage"), w.kueueMessage},
        {QStringLiteral("queuePosition"),
         w.positionInClusterQueue >= 0 ? QJsonValue(w.positionInClusterQueue + 1) : QJsonValue()},
        {QStringLiteral("positionInLocalQueue"),
         w.positionInLocalQueue >= 0 ? QJsonValue(w.positionInLocalQueue + 1) : QJsonValue()},
        {QStringLiteral("quota"), quota},
        {QStringLiteral("ahead"), ahead},
        {QStringLiteral("notes"), QJsonArray::fromStringList(w.notes)},
        {QStringLiteral("text"), QJsonArray::fromStringList(w.lines())}};
}

int submitAll(Context &context, const Env &env, const QList<QJsonObject> &jobs)
{
    KubeJobSubmitter submitter(env.platform->kube(), env.ns);
    QJsonArray out;
    int rc = ExitOk;
    for (const QJsonObject &job : jobs) {
        SubmitJob *s = submitter.submit(job, &context);
        QList<FieldProblem> problems;
        QObject::connect(s, &SubmitJob::finished, &context,
                         [&problems, s] { problems = s->fieldProblems(); });
        const auto r = run<SubmitJob, Result<SubmitOutcome>>(context, s);
        if (!r)
            return context.fail(ExitFailed, Tr::tr("Canceled."));
        if (!r->ok()) {
            for (const FieldProblem &p : std::as_const(problems))
                context.message(p.path.isEmpty() ? p.message
                                                 : Tr::tr("%1: %2").arg(p.path, p.message));
            rc = context.fail(exitCodeFor(r->error()), r->error().message, r->error());
            continue;
        }
        const SubmitOutcome &o = r->value();
        if (context.json())
            out.append(QJsonObject{{QStringLiteral("name"), o.name},
                                   {QStringLiteral("namespace"), o.namespaceName},
                                   {QStringLiteral("alreadyExisted"), o.alreadyExisted}});
        else
            context.print(o.alreadyExisted ? Tr::tr("%1 (already submitted)").arg(o.name) : o.name);
    }
    if (context.json() && rc == ExitOk)
        context.printJson(jobs.size() == 1 ? QJsonValue(out.first()) : QJsonValue(out));
    return rc;
}

int runSubmit(Context &context, const QCommandLineParser &parser, const Env &env)
{
    const auto catalog = loadCatalog(context, env);
    if (!catalog)
        return ExitFailed;
    int rc = ExitOk;
    const auto job = jobFromArguments(context, parser, env, *catalog, &rc);
    if (!job)
        return rc;
    return submitAll(context, env, {*job});
}

int runCheck(Context &context, const QCommandLineParser &parser, const Env &env)
{
    const QStringList pos = parser.positionalArguments();
    WhyPendingJob *why = nullptr;
    QList<CheckProblem> problems;
    const bool existing =
        pos.size() == 2 && !parser.isSet(kF) && !parser.isSet(kImage) && !parser.isSet(kFile);
    if (existing) {
        why = new WhyPendingJob(env.platform->kube(), env.ns, pos.at(1), &context);
    } else {
        const auto catalog = loadCatalog(context, env);
        if (!catalog)
            return ExitFailed;
        int rc = ExitOk;
        const auto job = jobFromArguments(context, parser, env, *catalog, &rc);
        if (!job)
            return rc;
        problems = checkJob(*job, *catalog);
        why = new WhyPendingJob(env.platform->kube(), *job, &context);
    }
    why->start();
    const auto r = run<WhyPendingJob, Result<WhyPending>>(context, why);
    if (!r)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!r->ok())
        return context.fail(exitCodeFor(r->error()), r->error().message, r->error());
    if (existing)
        problems = checkJob(QJsonObject(), ClusterCatalog()); // nothing: the job exists already
    if (context.json()) {
        QJsonArray ps;
        for (const CheckProblem &p : std::as_const(problems))
            ps.append(problemJson(p));
        context.printJson(QJsonObject{{QStringLiteral("problems"), ps},
                                      {QStringLiteral("whyPending"), whyJson(r->value())}});
    } else {
        if (problems.isEmpty() && !existing)
            context.print(Tr::tr("No problems found."));
        for (const CheckProblem &p : std::as_const(problems))
            context.print(Tr::tr("%1: %2 Fix: %3")
                              .arg(QLatin1String(severityKey(p.severity)), p.message, p.fix));
        context.print({});
        for (const QString &l : r->value().lines())
            context.print(l);
    }
    const bool errors = std::any_of(problems.cbegin(), problems.cend(), [](const CheckProblem &p) {
        return p.severity == CheckProblem::Severity::Error;
    });
    return errors ? ExitFailed : ExitOk;
}

int runClone(Context &context, const QCommandLineParser &parser, const Env &env)
{
    bool ok = false;
    CloneOptions o;
    o.count = parser.value(kCount).toInt(&ok);
    if (!ok || o.count < 1)
        return context.usageError(Tr::tr("clone needs --count N."), QStringLiteral("jobs"));
    o.command = parser.positionalArguments().mid(1);
    o.indexed = parser.isSet(kIndexed);
    o.priorityClass = parser.value(kPriority);
    o.offload = parser.isSet(kOffload);
    o.localQueue = parser.value(kQueue);
    if (o.command.isEmpty())
        return context.usageError(Tr::tr("clone needs the command after --."),
                                  QStringLiteral("jobs"));
    kube::ListOptions lo;
    lo.labelSelector = QStringLiteral("component=singleuser-server");
    lo.limit = 0;
    auto *list = env.platform->kube()->list(kube::ResourceKind::pods(), env.ns, lo, &context);
    const auto r = run<kube::KubeJob, Result<QJsonObject>>(context, list);
    if (!r || !r->ok())
        return context.fail(r ? exitCodeFor(r->error()) : ExitFailed,
                            r ? r->error().message : Tr::tr("Canceled."));
    QList<QJsonObject> pods;
    for (const QJsonValue &v : r->value().value(QLatin1String("items")).toArray())
        pods.append(v.toObject());
    const auto pod = findNotebookPod(pods, env.session->user().username, parser.value(kSession));
    if (!pod)
        return context.fail(ExitFailed, Tr::tr("No running notebook of yours to clone (start one "
                                               "with `sessions start`)."));
    const auto specs = cloneNotebook(*pod, o);
    if (!specs.ok())
        return context.fail(ExitUsage, specs.error().message, specs.error());
    const auto catalog = loadCatalog(context, env);
    if (!catalog)
        return ExitFailed;
    QList<QJsonObject> jobs;
    for (const JobSpec &s : specs.value()) {
        const BuiltJob b = buildJob(s, *catalog, env.platform->profile().kubernetes.localQueue);
        if (!b.ok())
            return context.fail(ExitFailed, b.problems.first().message);
        jobs.append(b.job);
    }
    return submitAll(context, env, jobs);
}

QJsonObject rowJson(const JobRow &r)
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    return QJsonObject{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("namespace"), r.namespaceName},
        {QStringLiteral("state"), QLatin1String(stateKey(r.status.state))},
        {QStringLiteral("reason"), orNull(r.status.reason)},
        {QStringLiteral("message"), orNull(r.status.message)},
        {QStringLiteral("site"), r.status.offloaded ? orNull(r.status.site) : QJsonValue()},
        {QStringLiteral("node"), orNull(r.status.node)},
        {QStringLiteral("accelerator"), orNull(r.accelerator)},
        {QStringLiteral("queuePosition"),
         r.queuePosition > 0 ? QJsonValue(r.queuePosition) : QJsonValue()},
        {QStringLiteral("requeued"), r.status.requeued},
        {QStringLiteral("workload"), orNull(r.workloadName)},
        {QStringLiteral("localQueue"), orNull(r.localQueue)},
        {QStringLiteral("created"), dateTimeJson(r.created)}};
}

int runList(Context &context, const QCommandLineParser &, const Env &env)
{
    JobsModel model;
    model.setPlatform(env.platform);
    QObject::connect(&model, &JobsModel::synced, &context, [&] { context.wake(); });
    if (!context.waitFor([&] { return model.hasSynced(); }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    // Queue positions of the pending ones (the model polls them; ask once, now).
    QSet<QString> queues;
    for (const JobRow &r : model.rows()) {
        if ((r.status.state == JobState::Pending || r.status.state == JobState::Evicted) &&
            !r.localQueue.isEmpty())
            queues.insert(r.localQueue);
    }
    QHash<QString, QPair<int, int>> positions;
    for (const QString &q : std::as_const(queues)) {
        auto *p = new PendingWorkloadsJob(env.platform->kube(), env.ns, q, &context);
        p->start();
        const auto r = run<PendingWorkloadsJob, Result<QList<PendingWorkload>>>(context, p);
        if (r && r->ok()) {
            for (const PendingWorkload &w : r->value())
                positions.insert(w.namespaceName + QLatin1Char('/') + w.name,
                                 {w.positionInClusterQueue, w.positionInLocalQueue});
        } else if (r) {
            context.message(Tr::tr("Warning: %1").arg(r->error().message));
        }
    }
    model.setQueuePositions(positions);
    QTimer settle;
    settle.setSingleShot(true);
    bool settled = false;
    QObject::connect(&settle, &QTimer::timeout, &context, [&] {
        settled = true;
        context.wake();
    });
    settle.start(50);
    context.waitFor([&] { return settled; });
    QList<JobRow> rows(model.rows().cbegin(), model.rows().cend());
    std::sort(rows.begin(), rows.end(),
              [](const JobRow &a, const JobRow &b) { return a.created > b.created; });
    if (context.json()) {
        QJsonArray out;
        for (const JobRow &r : std::as_const(rows))
            out.append(rowJson(r));
        context.printJson(out);
        return ExitOk;
    }
    QList<QStringList> table{{Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("REASON"),
                              Tr::tr("ACCELERATOR"), Tr::tr("SITE/NODE"), Tr::tr("QUEUE POS"),
                              Tr::tr("CREATED")}};
    for (const JobRow &r : std::as_const(rows))
        table << QStringList{r.name,
                             stateName(r.status.state),
                             r.status.reason,
                             r.accelerator,
                             r.status.offloaded ? r.status.site : r.status.node,
                             r.queuePosition > 0 ? QString::number(r.queuePosition) : QString(),
                             dateTimeText(r.created)};
    QList<qsizetype> width(table.first().size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row.at(i).size());
    for (const QStringList &row : std::as_const(table)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(width[i]));
        context.print(cells.join(QStringLiteral("  ")));
    }
    return ExitOk;
}

int runDescribe(Context &context, const QCommandLineParser &parser, const Env &env)
{
    const QString name = parser.positionalArguments().value(1);
    if (name.isEmpty())
        return context.usageError(Tr::tr("describe needs a job name."), QStringLiteral("jobs"));
    auto *get = env.platform->kube()->get(kube::ResourceKind::jobs(), env.ns, name, &context);
    const auto job = run<kube::KubeJob, Result<QJsonObject>>(context, get);
    if (!job || !job->ok())
        return context.fail(job ? exitCodeFor(job->error()) : ExitFailed,
                            job ? job->error().message : Tr::tr("Canceled."));
    auto *ev = new JobEventsJob(env.platform->kube(), env.ns, name, &context);
    ev->start();
    const auto events = run<JobEventsJob, Result<QList<QJsonObject>>>(context, ev);
    auto *why = new WhyPendingJob(env.platform->kube(), env.ns, name, &context);
    why->start();
    const auto w = run<WhyPendingJob, Result<WhyPending>>(context, why);
    QJsonArray evs;
    QStringList evLines;
    if (events && events->ok()) {
        for (const QJsonObject &e : events->value()) {
            const kube::EventView v(e);
            evs.append(
                QJsonObject{{QStringLiteral("time"), dateTimeJson(v.lastTimestamp())},
                            {QStringLiteral("type"), v.type()},
                            {QStringLiteral("reason"), v.reason()},
                            {QStringLiteral("object"),
                             v.involvedObject().kind + QLatin1Char('/') + v.involvedObject().name},
                            {QStringLiteral("message"), v.message()}});
            evLines << QStringLiteral("%1  %2  %3  %4/%5  %6")
                           .arg(dateTimeText(v.lastTimestamp()), v.type(), v.reason(),
                                v.involvedObject().kind, v.involvedObject().name, v.message());
        }
    }
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("job"), job->value()},
                        {QStringLiteral("events"), evs},
                        {QStringLiteral("whyPending"),
                         w && w->ok() ? QJsonValue(whyJson(w->value())) : QJsonValue()}});
        return ExitOk;
    }
    context.print(QString::fromUtf8(toYaml(job->value())).trimmed());
    context.print({});
    if (w && w->ok()) {
        for (const QString &l : w->value().lines())
            context.print(l);
        context.print({});
    }
    context.print(Tr::tr("Events:"));
    for (const QString &l : std::as_const(evLines))
        context.print(QStringLiteral("  ") + l);
    return ExitOk;
}

int runLogs(Context &context, const QCommandLineParser &parser, const Env &env)
{
    const QString name = parser.positionalArguments().value(1);
    if (name.isEmpty())
        return context.usageError(Tr::tr("logs needs a job name."), QStringLiteral("jobs"));
    const bool follow = parser.isSet(kFollow) || parser.isSet(kF);
    const bool stamps = parser.isSet(kTimestamps);
    JobLogFollower logs(env.platform->kube(), env.ns, name, follow);
    std::optional<Status> end;
    QSet<QString> pods;
    QObject::connect(&logs, &JobLogFollower::lines, &context, [&](const QList<LogLine> &lines) {
        for (const LogLine &l : lines) {
            pods.insert(l.pod);
            context.print(stamps ? l.rawTimestamp + QLatin1Char(' ') + l.text : l.text);
        }
    });
    QObject::connect(&logs, &JobLogFollower::finished, &context, [&](const Status &s) {
        end = s;
        context.wake();
    });
    logs.start();
    if (!context.waitFor([&] { return end.has_value(); })) {
        logs.stop();
        return ExitOk;
    }
    if (!end->ok())
        return context.fail(exitCodeFor(end->error()), end->error().message, end->error());
    return ExitOk;
}

int runCancel(Context &context, const QCommandLineParser &parser, const Env &env)
{
    const QStringList names = parser.positionalArguments().mid(1);
    if (names.isEmpty())
        return context.usageError(Tr::tr("cancel needs a job name."), QStringLiteral("jobs"));
    KubeJobSubmitter submitter(env.platform->kube(), env.ns);
    int rc = ExitOk;
    for (const QString &n : names) {
        const auto r = run<CancelJob, Status>(context, submitter.cancel(env.ns, n, &context));
        if (!r || !r->ok()) {
            rc = context.fail(r ? exitCodeFor(r->error()) : ExitFailed,
                              r ? r->error().message : Tr::tr("Canceled."));
            continue;
        }
        if (!context.json())
            context.print(Tr::tr("%1 canceled").arg(n));
    }
    if (context.json() && rc == ExitOk)
        context.printJson(
            QJsonObject{{QStringLiteral("canceled"), QJsonArray::fromStringList(names)}});
    return rc;
}

} // namespace

void jobsOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        Tr::tr("submit | clone | check | list | describe | logs | cancel"));
    parser.addOptions({
        {kF,
         Tr::tr("submit/check: the job is in the YAML file after the subcommand; logs: follow.")},
        {kFile, Tr::tr("The job as a YAML file."), Tr::tr("FILE")},
        {kName, Tr::tr("The job's name (default: generated)."), Tr::tr("NAME")},
        {kImage, Tr::tr("The container image."), Tr::tr("IMAGE")},
        {kCpu, Tr::tr("CPU cores per pod (2, 500m)."), Tr::tr("N")},
        {kMemory, Tr::tr("Memory per pod (4Gi, 8G)."), Tr::tr("M")},
        {kGpu, Tr::tr("Accelerator model and count per pod: a100:2, t4, a100-1g.10gb:1, u250."),
         Tr::tr("MODEL:N")},
        {
            kOffload,
            Tr::tr("Offload to a remote site (interLink)."),
        },
        {kSite, Tr::tr("Pin the offload site (virtual node name); implies --offload."),
         Tr::tr("NODE")},
        {kPool, Tr::tr("HTCondor pool of the site (toleration pool.vk.io)."), Tr::tr("POOL")},
        {kSlurm, Tr::tr("An extra #SBATCH flag for Slurm sites (repeatable)."), Tr::tr("FLAG")},
        {kPriority, Tr::tr("Priority class: lowest, lower, higher, highest, fire."),
         Tr::tr("CLASS")},
        {kParallelism, Tr::tr("Pods at once."), Tr::tr("N")},
        {kCompletions, Tr::tr("Successful pods needed (default: parallelism)."), Tr::tr("N")},
        {
            kIndexed,
            Tr::tr("Indexed completion mode (JOB_COMPLETION_INDEX)."),
        },
        {kBackoff, Tr::tr("Retries before the job fails."), Tr::tr("N")},
        {kQueue, Tr::tr("The LocalQueue (default: the profile's, or offload-queue)."),
         Tr::tr("QUEUE")},
        {kEnv, Tr::tr("An environment variable (repeatable)."), Tr::tr("NAME=VALUE")},
        {kDuration, Tr::tr("How long the job runs, for the check."), Tr::tr("SECONDS")},
        {kCount, Tr::tr("clone: how many copies."), Tr::tr("N")},
        {kSession, Tr::tr("clone: the named server to clone (default: the default one)."),
         Tr::tr("NAME")},
        {kFollow, Tr::tr("logs: follow until the job ends.")},
        {kTimestamps, Tr::tr("logs: print each line's timestamp.")},
    });
}

int runJobs(Context &context, const QCommandLineParser &parser)
{
    const QString sub = parser.positionalArguments().value(0);
    static const QStringList known{QStringLiteral("submit"),   QStringLiteral("clone"),
                                   QStringLiteral("check"),    QStringLiteral("list"),
                                   QStringLiteral("describe"), QStringLiteral("logs"),
                                   QStringLiteral("cancel")};
    if (!known.contains(sub))
        return context.usageError(
            Tr::tr("jobs needs one of: %1.").arg(known.join(QStringLiteral(", "))),
            QStringLiteral("jobs"));
    Env env;
    if (const int rc = open(context, env))
        return rc;
    if (sub == QLatin1String("submit"))
        return runSubmit(context, parser, env);
    if (sub == QLatin1String("clone"))
        return runClone(context, parser, env);
    if (sub == QLatin1String("check"))
        return runCheck(context, parser, env);
    if (sub == QLatin1String("list"))
        return runList(context, parser, env);
    if (sub == QLatin1String("describe"))
        return runDescribe(context, parser, env);
    if (sub == QLatin1String("logs"))
        return runLogs(context, parser, env);
    return runCancel(context, parser, env);
}

} // namespace plancia::cli
