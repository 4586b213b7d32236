// The jobs model over informers of in-process fake API servers (Jobs, Workloads, Pods, Nodes),
// under QAbstractItemModelTester: a row per Job, its state following the Workload and the pods
// (pending with Kueue's message, admitted, running, offloaded to a site, evicted and requeued,
// succeeded), queue positions, removal; updates are dataChanged of the row, never a reset.
#include "fakekubeapi.h"
#include "jobs/jobsmodel.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using namespace plancia::jobs;
using plancia::test::FakeKubeApi;

namespace {

const QString kNs = QStringLiteral("user-mrossi");

QJsonObject cond(const QString &type, bool status, const QString &reason,
                 const QString &message = {})
{
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message}};
}

QJsonObject job(const QString &name)
{
    const QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("main")},
        {QStringLiteral("image"), QStringLiteral("busybox")},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("limits"),
                      QJsonObject{{QStringLiteral("nvidia.com/gpu"), QStringLiteral("2")}}}}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
        {QStringLiteral("kind"), QStringLiteral("Job")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), kNs},
             {QStringLiteral("creationTimestamp"), QStringLiteral("2026-12-01T10:00:00Z")},
             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("kueue.x-k8s.io/queue-name"),
                                                     QStringLiteral("user-queue")}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("suspend"), true},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("spec"),
                   QJsonObject{{QStringLiteral("nodeSelector"),
                                QJsonObject{{QStringLiteral("nvidia.com/gpu.product"),
                                             QStringLiteral("NVIDIA-A100-80GB-PCIe-MIG-7g.80gb")}}},
                               {QStringLiteral("containers"), QJsonArray{container}}}}}}}}};
}

QJsonObject workload(const QString &jobName, const QJsonArray &conditions)
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("kueue.x-k8s.io/v1beta1")},
        {QStringLiteral("kind"), QStringLiteral("Workload")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("job-%1-abcde").arg(jobName)},
                     {QStringLiteral("namespace"), kNs},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("Job")},
                                             {QStringLiteral("name"), jobName},
                                             {QStringLiteral("controller"), true}}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("queueName"), QStringLiteral("user-queue")}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("conditions"), conditions}}}};
}

QJsonObject pod(const QString &jobName, const QString &node, const QString &phase)
{
    QJsonObject p = FakeKubeApi::pod(kNs, jobName + QStringLiteral("-x1y2z"), phase);
    QJsonObject md = p.value(QLatin1String("metadata")).toObject();
    md.insert(QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("batch.kubernetes.io/job-name"), jobName}});
    p.insert(QStringLiteral("metadata"), md);
    QJsonObject spec = p.value(QLatin1String("spec")).toObject();
    spec.insert(QStringLiteral("nodeName"), node);
    p.insert(QStringLiteral("spec"), spec);
    return p;
}

QJsonObject node(const QString &name, bool isVirtual, const QString &site = {})
{
    QJsonObject labels{{QStringLiteral("kubernetes.io/hostname"), name}};
    if (isVirtual) {
        labels.insert(QStringLiteral("virtual-node.interlink/type"),
                      QStringLiteral("virtual-kubelet"));
        labels.insert(QStringLiteral("interlink.ai-infn/site"), site);
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("labels"), labels}}}};
}

const QJsonArray kPending{
    cond(QStringLiteral("QuotaReserved"), false, QStringLiteral("Pending"),
         QStringLiteral("couldn't assign flavors to pod set main: insufficient quota"))};
const QJsonArray kAdmitted{
    cond(QStringLiteral("QuotaReserved"), true, QStringLiteral("QuotaReserved")),
    cond(QStringLiteral("Admitted"), true, QStringLiteral("Admitted"))};
const QJsonArray kEvicted{cond(QStringLiteral("QuotaReserved"), false, QStringLiteral("Pending")),
                          cond(QStringLiteral("Evicted"), true, QStringLiteral("Preempted"),
                               QStringLiteral("Preempted to accommodate a workload")),
                          cond(QStringLiteral("Preempted"), true, QStringLiteral("InClusterQueue")),
                          cond(QStringLiteral("Requeued"), true, QStringLiteral("Preempted"))};

} // namespace

class TestJobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void rowsFollowTheCluster();
    void droppedWatchAndGoneLeaveTheTableEqualToAFreshList();
};

void TestJobsModel::rowsFollowTheCluster()
{
    FakeKubeApi jobsApi(kube::ResourceKind::jobs().collectionPath(kNs));
    FakeKubeApi wlApi(kube::ResourceKind::workloads().collectionPath(kNs));
    FakeKubeApi podsApi(kube::ResourceKind::pods().collectionPath(kNs));
    FakeKubeApi nodesApi(kube::ResourceKind::nodes().collectionPath());
    for (FakeKubeApi *a : {&jobsApi, &wlApi, &podsApi, &nodesApi})
        QVERIFY(a->listen());
    nodesApi.add(node(QStringLiteral("hub-a100-3"), false));
    nodesApi.add(
        node(QStringLiteral("leonardo-virtual-node"), true, QStringLiteral("CINECA Leonardo")));
    jobsApi.add(job(QStringLiteral("early")));
    wlApi.add(workload(QStringLiteral("early"), kAdmitted));
    podsApi.add(
        pod(QStringLiteral("early"), QStringLiteral("hub-a100-3"), QStringLiteral("Running")));

    HttpClient http;
    kube::KubeClient jc(&http, jobsApi.url()), wc(&http, wlApi.url()), pc(&http, podsApi.url()),
        nc(&http, nodesApi.url());
    kube::Informer jobs(&jc, kube::ResourceKind::jobs(), kNs, {});
    kube::Informer wls(&wc, kube::ResourceKind::workloads(), kNs, {});
    kube::Informer pods(&pc, kube::ResourceKind::pods(), kNs, {});
    kube::Informer nodes(&nc, kube::ResourceKind::nodes(), QString(), {});

    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &JobsModel::jobStateChanged);
    QSignalSpy synced(&model, &JobsModel::synced);
    model.setSources(&jobs, &wls, &pods, &nodes);
    QVERIFY(synced.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JobsModel::ColumnCount));
    QCOMPARE(model.row(0).status.state, JobState::Running);
    QCOMPARE(model.row(0).accelerator, QStringLiteral("A100 \u00d72"));
    QCOMPARE(model.data(model.index(0, JobsModel::SiteColumn)).toString(),
             QStringLiteral("hub-a100-3"));
    resets.clear();

    // A new job, pending for quota with Kueue's message.
    jobsApi.add(job(QStringLiteral("late")));
    QTRY_COMPARE(model.rowCount(), 2);
    const int late = model.rowOf(kNs, QStringLiteral("late"));
    QCOMPARE(late, 1);
    wlApi.add(workload(QStringLiteral("late"), kPending));
    // First "Queued" (no Workload yet), then Kueue's "Pending" with its message.
    QTRY_COMPARE(model.row(late).status.reason, QStringLiteral("Pending"));
    QCOMPARE(model.row(late).status.state, JobState::Pending);
    QVERIFY(model.data(model.index(late, 0), JobsModel::MessageRole)
                .toString()
                .startsWith(QStringLiteral("couldn't assign")));
    QCOMPARE(model.data(model.index(late, JobsModel::StateColumn)).toString(),
             QStringLiteral("Pending"));

    // Its queue position.
    model.setQueuePositions({{kNs + QStringLiteral("/job-late-abcde"), {2, 0}}});
    QTRY_COMPARE(model.row(late).queuePosition, 3);
    QCOMPARE(model.data(model.index(late, JobsModel::QueuePositionColumn)).toInt(), 3);

    // Admitted, then offloaded to a virtual node: the site is shown.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    wlApi.modify(kNs + QStringLiteral("/job-late-abcde"), [](QJsonObject &o) {
        o.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("conditions"), kAdmitted}});
    });
    QTRY_COMPARE(model.row(late).status.state, JobState::Admitted);
    QCOMPARE(model.row(late).queuePosition, -1);
    QVERIFY(dataChanged.count() >= 1);
    for (const auto &args : std::as_const(dataChanged)) {
        QCOMPARE(args.at(0).toModelIndex().row(), late);
        QCOMPARE(args.at(1).toModelIndex().row(), late);
    }
    podsApi.add(pod(QStringLiteral("late"), QStringLiteral("leonardo-virtual-node"),
                    QStringLiteral("Running")));
    QTRY_COMPARE(model.row(late).status.state, JobState::Offloaded);
    QCOMPARE(model.data(model.index(late, JobsModel::SiteColumn)).toString(),
             QStringLiteral("CINECA Leonardo"));
    QCOMPARE(model.data(model.index(late, 0), JobsModel::SiteRole).toString(),
             QStringLiteral("CINECA Leonardo"));
    QVERIFY(model.data(model.index(late, 0), JobsModel::OffloadedRole).toBool());

    // The first job is preempted and requeued; its pod goes.
    wlApi.modify(kNs + QStringLiteral("/job-early-abcde"), [](QJsonObject &o) {
        o.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("conditions"), kEvicted}});
    });
    podsApi.remove(kNs + QStringLiteral("/early-x1y2z"));
    QTRY_COMPARE(model.row(0).status.state, JobState::Evicted);
    QVERIFY(model.row(0).status.requeued);
    QCOMPARE(model.data(model.index(0, JobsModel::ReasonColumn)).toString(),
             QStringLiteral("InClusterQueue, requeued"));
    QTRY_VERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const QList<QVariant> &a) {
        return a.at(1).toString() == QLatin1String("early") &&
               a.at(3).value<JobState>() == JobState::Evicted;
    }));

    // Succeeded.
    jobsApi.modify(kNs + QStringLiteral("/late"), [](QJsonObject &o) {
        o.insert(QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("succeeded"), 1},
                             {QStringLiteral("conditions"),
                              QJsonArray{cond(QStringLiteral("Complete"), true, QString())}}});
    });
    QTRY_COMPARE(model.row(late).status.state, JobState::Succeeded);

    // Deleted: the row goes, the other stays in place.
    jobsApi.remove(kNs + QStringLiteral("/early"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).name, QStringLiteral("late"));
    QCOMPARE(model.rowOf(kNs, QStringLiteral("late")), 0);
    QCOMPARE(model.rowOf(kNs, QStringLiteral("early")), -1);
    QCOMPARE(model.jobObject(0)
                 .value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("late"));
    QCOMPARE(model.podObjects(0).size(), 1);
    QVERIFY(!model.workloadObject(0).isEmpty());
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.approximateBytes() > 0);
}

void TestJobsModel::droppedWatchAndGoneLeaveTheTableEqualToAFreshList()
{
    FakeKubeApi jobsApi(kube::ResourceKind::jobs().collectionPath(kNs));
    FakeKubeApi wlApi(kube::ResourceKind::workloads().collectionPath(kNs));
    FakeKubeApi podsApi(kube::ResourceKind::pods().collectionPath(kNs));
    for (FakeKubeApi *a : {&jobsApi, &wlApi, &podsApi})
        QVERIFY(a->listen());
    for (int i = 0; i < 6; ++i) {
        const QString n = QStringLiteral("j%1").arg(i);
        jobsApi.add(job(n));
        wlApi.add(workload(n, kPending));
    }
    HttpClient http;
    kube::KubeClient jc(&http, jobsApi.url()), wc(&http, wlApi.url()), pc(&http, podsApi.url());
    kube::Informer::Options fast;
    fast.initialBackoff = std::chrono::milliseconds(50);
    kube::Informer jobs(&jc, kube::ResourceKind::jobs(), kNs, fast);
    kube::Informer wls(&wc, kube::ResourceKind::workloads(), kNs, fast);
    kube::Informer pods(&pc, kube::ResourceKind::pods(), kNs, fast);
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy synced(&model, &JobsModel::synced);
    model.setSources(&jobs, &wls, &pods);
    QVERIFY(synced.wait(10000));
    QCOMPARE(model.rowCount(), 6);
    QTRY_VERIFY(jobs.watchCount() > 0 && wls.watchCount() > 0);

    // Changes the streams never deliver, then the connections drop: a resume from the last
    // version finds it compacted (410), the informers relist and emit the differences.
    for (FakeKubeApi *a : {&jobsApi, &wlApi})
        a->setQuiet(true);
    jobsApi.remove(kNs + QStringLiteral("/j0"));
    jobsApi.add(job(QStringLiteral("j9")));
    wlApi.modify(kNs + QStringLiteral("/job-j1-abcde"), [](QJsonObject &o) {
        o.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("conditions"), kAdmitted}});
    });
    podsApi.add(pod(QStringLiteral("j1"), QStringLiteral("hub-a100-3"), QStringLiteral("Running")));
    for (FakeKubeApi *a : {&jobsApi, &wlApi}) {
        a->compact();
        a->setQuiet(false);
        a->cutWatches();
    }
    QTRY_VERIFY_WITH_TIMEOUT(jobs.listCount() >= 2 && wls.listCount() >= 2, 10000);
    QTRY_COMPARE(model.rowCount(), 6);
    QTRY_VERIFY(model.rowOf(kNs, QStringLiteral("j9")) >= 0);
    QCOMPARE(model.rowOf(kNs, QStringLiteral("j0")), -1);
    QTRY_COMPARE(model.row(model.rowOf(kNs, QStringLiteral("j1"))).status.state, JobState::Running);
    // Every row equals a classification of the servers' own objects.
    for (int r = 0; r < model.rowCount(); ++r) {
        const JobRow &row = model.row(r);
        const QJsonObject j = jobsApi.objects().value(kNs + u'/' + row.name);
        QVERIFY(!j.isEmpty());
        const QJsonObject w =
            wlApi.objects().value(kNs + QStringLiteral("/job-%1-abcde").arg(row.name));
        QList<PodFacts> facts;
        const QJsonObject p =
            podsApi.objects().value(kNs + u'/' + row.name + QStringLiteral("-x1y2z"));
        if (!p.isEmpty())
            facts << podFacts(p, false, {}, false);
        QCOMPARE(row.status.state, classifyJob(j, w, facts).state);
    }
}

QTEST_GUILESS_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
