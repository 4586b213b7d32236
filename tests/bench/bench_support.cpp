// The Support view under churn: 100,000 Jobs in 500 namespaces with their Workloads and Pods
// (three in-process fake API servers for the all-namespace collections, in a thread of their
// own; three informers in the main thread, as the app has them), the JobsModel and the
// support::SupportIndex over them, then 500 watch events per second (Workload state changes,
// pod phases and failures: OOMKilled, ProviderFailed, SlurmJobTimeout; job status). A 5 ms
// heartbeat records the longest event-loop gap. Memory: the process RSS with the caches, the
// model and the index (the fake servers' own copies measured before and subtracted). After the
// churn the incremental counts per cause equal a full recount of the rows.
// PLANCIA_BENCH_SUPPORT_SECONDS=N (default 10), PLANCIA_BENCH_SUPPORT_JOBS=N (default 100000);
// PLANCIA_BENCH_STRICT=1 makes the targets (50 ms, 150 MB) assertions; PLANCIA_BENCH_TRIM=1
// calls malloc_trim before each RSS reading (the live heap, without the free pages glibc keeps).
#include "fakekubeapi.h"
#include "heartbeat.h"
#include "jobs/jobsmodel.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "net/httpclient.h"
#include "support/supportindex.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <malloc.h>

using namespace plancia;
using namespace plancia::kube;
using plancia::test::FakeKubeApi;

namespace {

constexpr int kNamespaces = 500;
QString nsOf(int i)
{
    return QStringLiteral("user-u%1").arg(i % kNamespaces, 3, 10, QLatin1Char('0'));
}

qint64 rssKiB()
{
    if (qEnvironmentVariableIsSet("PLANCIA_BENCH_TRIM"))
        malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

template<typename... Args>
void say(const char *format, Args... args)
{
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

QString jobName(int i)
{
    return QStringLiteral("train-%1").arg(i, 5, 10, QLatin1Char('0'));
}

QJsonObject cond(const char *type, bool status, const char *reason, const QString &message = {})
{
    return QJsonObject{
        {QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("reason"), QLatin1String(reason)},
        {QStringLiteral("message"), message},
        {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-11-30T09:00:05Z")}};
}

QJsonObject job(int i)
{
    const QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("main")},
        {QStringLiteral("image"), QStringLiteral("harbor.cloud.infn.it/ai-infn/torch:2.3-cuda12")},
        {QStringLiteral("command"), QJsonArray{QStringLiteral("python"), QStringLiteral("train.py"),
                                               QStringLiteral("--shard=%1").arg(i)}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("limits"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("4")},
                                  {QStringLiteral("memory"), QStringLiteral("16Gi")},
                                  {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}}}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
        {QStringLiteral("kind"), QStringLiteral("Job")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), jobName(i)},
             {QStringLiteral("namespace"), nsOf(i)},
             {QStringLiteral("uid"), QStringLiteral("0a1b2c3d-%1-4a5b").arg(i)},
             {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-30T09:00:00Z")},
             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("kueue.x-k8s.io/queue-name"),
                                                     QStringLiteral("user-queue")},
                                                    {QStringLiteral("plancia.io/submission-id"),
                                                     QStringLiteral("5e6f-%1").arg(i)}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("parallelism"), 1},
             {QStringLiteral("completions"), 1},
             {QStringLiteral("suspend"), false},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("spec"),
                   QJsonObject{{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
                               {QStringLiteral("priorityClassName"), QStringLiteral("lowest")},
                               {QStringLiteral("nodeSelector"),
                                QJsonObject{{QStringLiteral("nvidia.com/gpu.product"),
                                             QStringLiteral("Tesla-T4")}}},
                               {QStringLiteral("containers"), QJsonArray{container}}}}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("active"), 1}}}};
}

QJsonObject workload(int i, int phase)
{
    QJsonArray conditions;
    if (phase == 0) {
        conditions.append(cond(
            "QuotaReserved", false, "Pending",
            QStringLiteral("couldn't assign flavors to pod set main: insufficient "
                           "unused quota for nvidia.com/gpu in flavor gpu-t4, 1 more needed")));
    } else {
        conditions.append(cond("QuotaReserved", true, "QuotaReserved"));
        conditions.append(cond("Admitted", true, "Admitted"));
        if (phase == 2)
            conditions.append(cond("Evicted", true, "Preempted",
                                   QStringLiteral("Preempted to accommodate a workload")));
    }
    QJsonObject status{{QStringLiteral("conditions"), conditions}};
    if (phase == 1)
        status.insert(
            QStringLiteral("admission"),
            QJsonObject{{QStringLiteral("clusterQueue"), QStringLiteral("cq-research")},
                        {QStringLiteral("podSetAssignments"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                                {QStringLiteral("count"), 1},
                                                {QStringLiteral("flavors"),
                                                 QJsonObject{{QStringLiteral("nvidia.com/gpu"),
                                                              QStringLiteral("gpu-t4")}}}}}}});
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("kueue.x-k8s.io/v1beta1")},
        {QStringLiteral("kind"), QStringLiteral("Workload")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("job-%1-x7k2p").arg(jobName(i))},
                     {QStringLiteral("namespace"), nsOf(i)},
                     {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-30T09:00:01Z")},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
                          {QStringLiteral("kind"), QStringLiteral("Job")},
                          {QStringLiteral("name"), jobName(i)},
                          {QStringLiteral("uid"), QStringLiteral("0a1b2c3d-%1-4a5b").arg(i)},
                          {QStringLiteral("controller"), true}}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("queueName"), QStringLiteral("user-queue")},
                     {QStringLiteral("priority"), -100}}},
        {QStringLiteral("status"), status}};
}

QJsonObject pod(int i, const QString &phase, const QString &failure = {})
{
    QJsonObject p = FakeKubeApi::pod(nsOf(i), jobName(i) + QStringLiteral("-abcde"), phase);
    QJsonObject md = p.value(QLatin1String("metadata")).toObject();
    md.insert(QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-30T09:00:02Z"));
    md.insert(QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("batch.kubernetes.io/job-name"), jobName(i)},
                          {QStringLiteral("job-name"), jobName(i)}});
    p.insert(QStringLiteral("metadata"), md);
    QJsonObject spec = p.value(QLatin1String("spec")).toObject();
    spec.insert(QStringLiteral("nodeName"), QStringLiteral("hub-t4-%1").arg(i % 4));
    p.insert(QStringLiteral("spec"), spec);
    if (!failure.isEmpty()) {
        QJsonObject st = p.value(QLatin1String("status")).toObject();
        st.insert(QStringLiteral("phase"), QStringLiteral("Failed"));
        st.insert(
            QStringLiteral("containerStatuses"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                   {QStringLiteral("state"),
                                    QJsonObject{{QStringLiteral("terminated"),
                                                 QJsonObject{{QStringLiteral("reason"), failure},
                                                             {QStringLiteral("exitCode"), 1}}}}}}});
        p.insert(QStringLiteral("status"), st);
    }
    return p;
}

class ServerSide : public QObject
{
public:
    FakeKubeApi *jobs = nullptr;
    FakeKubeApi *workloads = nullptr;
    FakeKubeApi *pods = nullptr;
    QTimer *churn = nullptr;
    std::atomic<int> sent{0};
    int count = 0;
    int perSecond = 500;

    void setUp(int n)
    {
        count = n;
        jobs = new FakeKubeApi(ResourceKind::jobs().collectionPath(QString()), this);
        workloads = new FakeKubeApi(ResourceKind::workloads().collectionPath(QString()), this);
        pods = new FakeKubeApi(ResourceKind::pods().collectionPath(QString()), this);
        for (FakeKubeApi *a : {jobs, workloads, pods}) {
            a->pageSizeLimit = 500;
            if (!a->listen())
                qFatal("cannot listen");
        }
        for (int i = 0; i < n; ++i) {
            jobs->add(job(i));
            workloads->add(workload(i, i % 3 == 0 ? 0 : 1));
            if (i % 3 != 0)
                pods->add(pod(i, QStringLiteral("Running")));
        }
        for (FakeKubeApi *a : {jobs, workloads, pods})
            a->compact();
        churn = new QTimer(this);
        churn->setInterval(20);
        churn->setTimerType(Qt::PreciseTimer);
        connect(churn, &QTimer::timeout, this, [this] {
            // perSecond / 50 events every 20 ms: 40 % Workload conditions, 40 % pod phases,
            // 20 % Job status.
            auto *rng = QRandomGenerator::global();
            for (int k = 0; k < perSecond / 50; ++k) {
                const int i = int(rng->bounded(count));
                const int what = int(rng->bounded(10));
                if (what < 4) {
                    const int phase = int(rng->bounded(3));
                    workloads->modify(nsOf(i) + QStringLiteral("/job-%1-x7k2p").arg(jobName(i)),
                                      [&](QJsonObject &o) {
                                          o.insert(
                                              QStringLiteral("status"),
                                              workload(i, phase).value(QLatin1String("status")));
                                      });
                } else if (what < 8) {
                    const QString key = nsOf(i) + u'/' + jobName(i) + QStringLiteral("-abcde");
                    if (pods->objects().contains(key) && rng->bounded(4) == 0)
                        pods->remove(key);
                    else
                        pods->add(pod(i, rng->bounded(2) ? QStringLiteral("Running")
                                                         : QStringLiteral("Pending")));
                } else {
                    // A failure with its cause on the pod, or back to running.
                    static const QStringList causes{
                        QStringLiteral("OOMKilled"), QStringLiteral("ProviderFailed"),
                        QStringLiteral("SlurmJobTimeout"), QStringLiteral("Error")};
                    const bool fail = rng->bounded(2) == 0;
                    if (fail)
                        pods->add(pod(i, QStringLiteral("Failed"),
                                      causes.at(int(rng->bounded(causes.size())))));
                    jobs->modify(nsOf(i) + u'/' + jobName(i), [&](QJsonObject &o) {
                        QJsonObject st{{QStringLiteral("active"), fail ? 0 : 1},
                                       {QStringLiteral("failed"), fail ? 1 : 0}};
                        if (fail)
                            st.insert(QStringLiteral("conditions"),
                                      QJsonArray{cond("Failed", true, "BackoffLimitExceeded")});
                        o.insert(QStringLiteral("status"), st);
                    });
                }
                ++sent;
            }
        });
    }
};

} // namespace

class BenchSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void churn();
};

void BenchSupport::churn()
{
    const int seconds =
        qEnvironmentVariableIsSet("PLANCIA_BENCH_SUPPORT_SECONDS")
            ? std::max(1, qEnvironmentVariableIntValue("PLANCIA_BENCH_SUPPORT_SECONDS"))
            : 10;
    const int n = qEnvironmentVariableIsSet("PLANCIA_BENCH_SUPPORT_JOBS")
                      ? std::max(10, qEnvironmentVariableIntValue("PLANCIA_BENCH_SUPPORT_JOBS"))
                      : 100000;
    const qint64 rssStart = rssKiB();
    QThread thread;
    thread.start();
    ServerSide server;
    server.moveToThread(&thread);
    QMetaObject::invokeMethod(
        &server, [&] { server.setUp(n); }, Qt::BlockingQueuedConnection);
    const qint64 rssServers = rssKiB();

    HttpClient http;
    KubeClient jobsClient(&http, server.jobs->url());
    KubeClient workloadsClient(&http, server.workloads->url());
    KubeClient podsClient(&http, server.pods->url());
    Informer jobs(&jobsClient, ResourceKind::jobs(), QString(), {});
    Informer workloads(&workloadsClient, ResourceKind::workloads(), QString(), {});
    Informer pods(&podsClient, ResourceKind::pods(), QString(), {});
    bench::Heartbeat beat;

    // The caches first, so that the model's own memory can be told apart.
    QElapsedTimer clock;
    clock.start();
    beat.start();
    for (Informer *i : {&jobs, &workloads, &pods})
        i->start();
    QVERIFY(QTest::qWaitFor(
        [&] { return jobs.hasSynced() && workloads.hasSynced() && pods.hasSynced(); }, 120000));
    const qint64 listMs = clock.elapsed();
    const qint64 listGap = beat.longest();
    QCOMPARE(jobs.size(), n);
    QTest::qWait(300);
    const qint64 rssCaches = rssKiB();

    // The model over the synced caches: 20,000 rows built in slices.
    jobs::JobsModel model;
    beat.start();
    clock.restart();
    model.setSources(&jobs, &workloads, &pods);
    support::SupportIndex index;
    index.setSources(&model, &pods);
    QVERIFY(QTest::qWaitFor([&] { return model.hasSynced(); }, 120000));
    const qint64 fillMs = clock.elapsed();
    const qint64 fillGap = beat.longest();
    QCOMPARE(model.rowCount(), n);
    QCOMPARE(index.rowCount(), n);
    const qint64 rssModel = rssKiB();
    const qint64 modelBytes = model.approximateBytes();

    // Churn.
    int resets = 0, changes = 0, inserts = 0, removals = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { ++changes; });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++inserts; });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { ++removals; });
    const int sentBefore = server.sent;
    beat.start();
    QMetaObject::invokeMethod(server.churn, qOverload<>(&QTimer::start));
    QTest::qWait(seconds * 1000);
    QMetaObject::invokeMethod(server.churn, &QTimer::stop, Qt::BlockingQueuedConnection);
    const int sent = server.sent - sentBefore;
    QString rvJobs, rvWl, rvPods;
    QMetaObject::invokeMethod(
        &server,
        [&] {
            rvJobs = QString::number(server.jobs->resourceVersion());
            rvWl = QString::number(server.workloads->resourceVersion());
            rvPods = QString::number(server.pods->resourceVersion());
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return jobs.resourceVersion() == rvJobs && workloads.resourceVersion() == rvWl &&
                   pods.resourceVersion() == rvPods;
        },
        20000));
    QTest::qWait(100);
    const qint64 churnGap = beat.stop();
    const qint64 rssEnd = rssKiB();

    // The rows agree with a fresh classification of the caches.
    int checked = 0;
    for (int r = 0; r < model.rowCount(); r += 97, ++checked) {
        const jobs::JobRow &row = model.row(r);
        const QJsonObject wl =
            workloads.object(row.namespaceName + QStringLiteral("/job-%1-x7k2p").arg(row.name));
        QList<jobs::PodFacts> facts;
        const QJsonObject p =
            pods.object(row.namespaceName + u'/' + row.name + QStringLiteral("-abcde"));
        if (!p.isEmpty())
            facts << jobs::podFacts(p, false, {}, false);
        const auto expected =
            jobs::classifyJob(jobs.object(row.namespaceName + u'/' + row.name), wl, facts);
        QCOMPARE(int(row.status.state), int(expected.state));
    }
    QCOMPARE(resets, 0);
    // The incremental counts equal a recount of every row.
    QMap<int, int> recount;
    for (int r = 0; r < index.rowCount(); ++r)
        ++recount[int(index.row(r).cause)];
    int failing = 0;
    for (support::FailureCause c : support::allCauses()) {
        QCOMPARE(index.count(c), recount.value(int(c)));
        failing += index.count(c);
    }
    QVERIFY(failing > 0);
    say("  failing now: oomKilled %d, offloadRefused %d, slurmTimeout %d, evicted %d, other %d",
        index.count(support::FailureCause::OomKilled),
        index.count(support::FailureCause::OffloadRefused),
        index.count(support::FailureCause::SlurmTimeout),
        index.count(support::FailureCause::Evicted), index.count(support::FailureCause::Other));

    say("%d jobs + %d workloads + %d pods; %d events/s for %d s (%d sent); servers in their own "
        "thread",
        n, n, n * 2 / 3, server.perSecond, seconds, sent);
    say("  caches listed (3 informers)      %6lld ms, longest gap %lld ms", qlonglong(listMs),
        qlonglong(listGap));
    say("  model filled over the caches     %6lld ms, longest gap %lld ms", qlonglong(fillMs),
        qlonglong(fillGap));
    say("  churn: dataChanged %d, rowsInserted %d, rowsRemoved %d, resets %d", changes, inserts,
        removals, resets);
    say("  longest event-loop gap in churn  %6lld ms (target <= 50)", qlonglong(churnGap));
    say("  model memory: RSS +%lld MiB (caches %lld MiB, after churn %lld MiB); own estimate %.1f "
        "MiB (target <= 60)",
        qlonglong((rssModel - rssCaches) / 1024), qlonglong(rssCaches / 1024),
        qlonglong(rssEnd / 1024), double(modelBytes) / (1024.0 * 1024.0));
    const qint64 clientMiB = (rssEnd - rssServers) / 1024;
    say("  client memory (caches + model + index, fake servers excluded): %lld MiB (servers "
        "%lld MiB; target <= 150)",
        qlonglong(clientMiB), qlonglong((rssServers - rssStart) / 1024));
    say("FIGURE support_churn_gap_ms %lld", qlonglong(churnGap));
    say("FIGURE support_fill_gap_ms %lld", qlonglong(fillGap));
    say("FIGURE support_client_rss_mib %lld", qlonglong(clientMiB));
    say("  targets: %s", churnGap <= 50 && clientMiB <= 150 ? "met" : "MISSED");
    if (qEnvironmentVariableIsSet("PLANCIA_BENCH_STRICT")) {
        QVERIFY(churnGap <= 50);
        QVERIFY(clientMiB <= 150);
    }
    QVERIFY(checked > 0);

    QMetaObject::invokeMethod(
        &server,
        [&] {
            delete server.churn;
            delete server.jobs;
            delete server.workloads;
            delete server.pods;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(BenchSupport)
#include "bench_support.moc"
