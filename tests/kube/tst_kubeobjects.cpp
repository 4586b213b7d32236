// Quantities, metadata and the typed views on fixture objects shaped as the API server sends them.
#include "kube/kubeobject.h"
#include "kube/kubestatus.h"
#include "kube/views.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace plancia;
using namespace plancia::kube;

namespace {

QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(PLANCIA_KUBE_TEST_DATA "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestKubeObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("millicores") << QStringLiteral("500m") << 0.5 << true;
        QTest::newRow("gibibytes") << QStringLiteral("4Gi") << 4.0 * 1024 * 1024 * 1024 << true;
        QTest::newRow("exponent") << QStringLiteral("1e3") << 1000.0 << true;
        QTest::newRow("exponent upper") << QStringLiteral("2E2") << 200.0 << true;
        QTest::newRow("plain") << QStringLiteral("2") << 2.0 << true;
        QTest::newRow("fraction") << QStringLiteral("1.5") << 1.5 << true;
        QTest::newRow("kilo") << QStringLiteral("1k") << 1000.0 << true;
        QTest::newRow("mega") << QStringLiteral("128M") << 128e6 << true;
        QTest::newRow("exa suffix") << QStringLiteral("1E") << 1e18 << true;
        QTest::newRow("mebibytes") << QStringLiteral("512Mi") << 512.0 * 1024 * 1024 << true;
        QTest::newRow("kibibytes") << QStringLiteral("100Ki") << 102400.0 << true;
        QTest::newRow("nano") << QStringLiteral("250n") << 250e-9 << true;
        QTest::newRow("negative") << QStringLiteral("-1") << -1.0 << true;
        QTest::newRow("bad suffix") << QStringLiteral("3Qi") << 0.0 << false;
        QTest::newRow("no number") << QStringLiteral("Gi") << 0.0 << false;
        QTest::newRow("empty") << QString() << 0.0 << false;
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, ok);
        bool parsed = !ok;
        const double v = parseQuantity(text, &parsed);
        QCOMPARE(parsed, ok);
        QVERIFY2(qAbs(v - value) <= qAbs(value) * 1e-12, qPrintable(QString::number(v)));
    }

    void resourceKindPaths()
    {
        QCOMPARE(ResourceKind::pods().collectionPath(QStringLiteral("user-a")),
                 QStringLiteral("/api/v1/namespaces/user-a/pods"));
        QCOMPARE(ResourceKind::pods().collectionPath(), QStringLiteral("/api/v1/pods"));
        QCOMPARE(ResourceKind::nodes().collectionPath(QStringLiteral("ignored")),
                 QStringLiteral("/api/v1/nodes"));
        QCOMPARE(ResourceKind::jobs().objectPath(QStringLiteral("ns"), QStringLiteral("j 1")),
                 QStringLiteral("/apis/batch/v1/namespaces/ns/jobs/j%201"));
        QCOMPARE(ResourceKind::clusterQueues().collectionPath(),
                 QStringLiteral("/apis/kueue.x-k8s.io/v1beta1/clusterqueues"));
        QCOMPARE(ResourceKind::jobs().key(), QStringLiteral("jobs.batch"));
        QCOMPARE(ResourceKind::pods().key(), QStringLiteral("pods"));
    }

    void metadata()
    {
        const ObjectView pod(fixture("pod.json"));
        QCOMPARE(pod.name(), QStringLiteral("train-abcde"));
        QCOMPARE(pod.namespaceName(), QStringLiteral("user-mrossi"));
        QCOMPARE(pod.key(), QStringLiteral("user-mrossi/train-abcde"));
        QCOMPARE(pod.resourceVersion(), QStringLiteral("3001"));
        QCOMPARE(pod.creationTimestamp(), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        QVERIFY(!pod.isBeingDeleted());
        const ObjectView node(fixture("node-mig.json"));
        QCOMPARE(node.key(), QStringLiteral("hub-a100-2")); // cluster-scoped
        QCOMPARE(node.label(QStringLiteral("plancia.io/server")), QStringLiteral("srv03"));
        QCOMPARE(node.labels().size(), 3);
    }

    void node()
    {
        const NodeView n(fixture("node-mig.json"));
        QCOMPARE(n.gpuProduct(), QStringLiteral("NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"));
        QCOMPARE(n.allocatable(QStringLiteral("nvidia.com/gpu")), 7.0);
        QCOMPARE(n.allocatable().value(QStringLiteral("cpu")), 31.5);
        QCOMPARE(n.capacity().value(QStringLiteral("memory")), 256.0 * 1024 * 1024 * 1024);
        QVERIFY(n.isReady());
        QVERIFY(!n.isVirtual());
        QVERIFY(!n.isUnschedulable());
        QVERIFY(!n.interlinkConnected().has_value());
        QCOMPARE(n.taints().size(), 1);
        QCOMPARE(n.taints().first().effect, QStringLiteral("NoSchedule"));
        QCOMPARE(n.condition(QStringLiteral("Ready"))->reason, QStringLiteral("KubeletReady"));

        const NodeView v(fixture("node-virtual.json"));
        QVERIFY(v.isVirtual());
        QCOMPARE(v.interlinkConnected(), std::optional<bool>(false));
        QCOMPARE(v.condition(QStringLiteral("InterlinkConnectivity"))->reason,
                 QStringLiteral("InterlinkPingFailed"));
        QCOMPARE(v.allocatable(QStringLiteral("cpu")), 1000.0);
        QCOMPARE(v.label(QStringLiteral("nvidia-gpu-type")), QStringLiteral("A100"));
    }

    void pod()
    {
        const PodView p(fixture("pod.json"));
        QCOMPARE(p.phase(), QStringLiteral("Running"));
        QCOMPARE(p.nodeName(), QStringLiteral("hub-a100-2"));
        QCOMPARE(p.priorityClassName(), QStringLiteral("lower"));
        const ResourceList r = p.requests();
        // The init container's 4 CPUs exceed the containers' 0.75: the scheduler counts 4.
        QCOMPARE(r.value(QStringLiteral("cpu")), 4.0);
        QCOMPARE(r.value(QStringLiteral("memory")), 4.5 * 1024 * 1024 * 1024);
        QCOMPARE(p.request(QStringLiteral("nvidia.com/gpu")), 1.0);
        QVERIFY(!p.isTerminal());
        QVERIFY(p.holdsResources());
        const auto cs = p.containerStatuses();
        QCOMPARE(cs.size(), 2);
        QCOMPARE(cs[0].state, ContainerStatus::State::Running);
        QCOMPARE(cs[0].restartCount, 1);
        QCOMPARE(cs[0].lastTerminationReason, QStringLiteral("OOMKilled"));
        QCOMPARE(cs[0].lastExitCode, 137);
        QCOMPARE(cs[1].state, ContainerStatus::State::Waiting);
        QCOMPARE(cs[1].message, QStringLiteral("Remote pod submitted"));
        QCOMPARE(p.controller()->kind, QStringLiteral("Job"));
        QCOMPARE(p.controller()->name, QStringLiteral("train"));

        const PodView f(fixture("pod-failed.json"));
        QVERIFY(f.isTerminal());
        QVERIFY(!f.holdsResources());
        QCOMPARE(f.reason(), QStringLiteral("ProviderFailed"));
        QCOMPARE(f.containerStatuses().first().state, ContainerStatus::State::Terminated);
        QCOMPARE(f.containerStatuses().first().exitCode, 1);
        QCOMPARE(f.containerStatuses().first().reason, QStringLiteral("ProviderFailed"));
        QVERIFY(!f.controller().has_value());
    }

    void job()
    {
        const JobView j(fixture("job.json"));
        QCOMPARE(j.queueName(), QStringLiteral("user-queue"));
        QVERIFY(!j.isSuspended());
        QCOMPARE(j.active(), 1);
        QCOMPARE(j.succeeded(), 2);
        QCOMPARE(j.failed(), 1);
        QCOMPARE(j.parallelism(), 2);
        QCOMPARE(j.completions(), 4);
        QVERIFY(j.isComplete());
        QVERIFY(!j.isFailed());
        QVERIFY(j.isFinished());
        QCOMPARE(j.startTime().secsTo(j.completionTime()), 3600);
    }

    void workload()
    {
        const WorkloadView w(fixture("workload.json"));
        QVERIFY(w.isQuotaReserved());
        QVERIFY(w.isAdmitted());
        QVERIFY(!w.isEvicted());
        QVERIFY(!w.isPreempted());
        QVERIFY(!w.isFinished());
        QVERIFY(!w.isPending());
        QCOMPARE(w.clusterQueue(), QStringLiteral("gpu-a100-cq"));
        QCOMPARE(w.queueName(), QStringLiteral("user-queue"));
        QCOMPARE(w.priority(), -80);
        const auto psa = w.podSetAssignments();
        QCOMPARE(psa.size(), 1);
        QCOMPARE(psa[0].count, 2);
        QCOMPARE(psa[0].flavors.value(QStringLiteral("nvidia.com/gpu")),
                 QStringLiteral("gpu-a100"));
        QCOMPARE(psa[0].resourceUsage.value(QStringLiteral("memory")), 8.0 * 1024 * 1024 * 1024);
        QCOMPARE(w.owner()->name, QStringLiteral("train"));

        const WorkloadView p(fixture("workload-pending.json"));
        QVERIFY(p.isPending());
        QVERIFY(p.clusterQueue().isEmpty());
        QVERIFY(p.condition(QStringLiteral("QuotaReserved"))
                    ->message.contains(QStringLiteral("insufficient quota")));
    }

    void queues()
    {
        const ClusterQueueView cq(fixture("clusterqueue.json"));
        QCOMPARE(cq.cohort(), QStringLiteral("ai-infn"));
        QCOMPARE(cq.counters().pending, 2);
        QCOMPARE(cq.counters().admitted, 3);
        QVERIFY(cq.isActive());
        QCOMPARE(cq.nominalQuota(QStringLiteral("gpu-a100"), QStringLiteral("nvidia.com/gpu")),
                 3.0);
        QCOMPARE(cq.nominalQuota(QStringLiteral("cpu-only"), QStringLiteral("cpu")), 16.0);
        QCOMPARE(cq.nominalQuota(QStringLiteral("nope"), QStringLiteral("cpu")), 0.0);
        const auto groups = cq.resourceGroups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].coveredResources.size(), 3);
        QCOMPARE(groups[0].flavors[0].resources[2].borrowingLimit, std::optional<double>(2.0));
        QVERIFY(!groups[0].flavors[0].resources[0].borrowingLimit);
        const auto usage = cq.flavorsUsage();
        QCOMPARE(usage.size(), 1);
        QCOMPARE(usage[0].total(QStringLiteral("nvidia.com/gpu")), 4.0);
        QCOMPARE(usage[0].resources[0].borrowed, 1.0);
        QCOMPARE(cq.flavorsReservation().size(), 1);

        const LocalQueueView lq(fixture("localqueue.json"));
        QCOMPARE(lq.clusterQueue(), QStringLiteral("gpu-a100-cq"));
        QCOMPARE(lq.counters().reserving, 2);
        QCOMPARE(lq.flavorUsage().value(0).total(QStringLiteral("nvidia.com/gpu")), 2.0);
    }

    void resourceFlavor()
    {
        const ResourceFlavorView f(fixture("resourceflavor.json"));
        QCOMPARE(f.nodeLabels().value(QStringLiteral("nvidia.com/gpu.product")),
                 QStringLiteral("Tesla-T4"));
        QCOMPARE(f.nodeTaints().size(), 1);
        QCOMPARE(f.tolerations().value(0).operatorName, QStringLiteral("Exists"));
    }

    void events()
    {
        const EventView e(fixture("event.json"));
        QCOMPARE(e.reason(), QStringLiteral("Started"));
        QCOMPARE(e.type(), QStringLiteral("Normal"));
        QCOMPARE(e.count(), 3);
        QCOMPARE(e.involvedObject().kind, QStringLiteral("Job"));
        QCOMPARE(e.involvedObject().name, QStringLiteral("train"));
        QCOMPARE(e.sourceComponent(), QStringLiteral("kueue-job-controller"));
        QCOMPARE(e.firstTimestamp().secsTo(e.lastTimestamp()), 300);

        const EventView s(fixture("event-series.json"));
        QCOMPARE(s.count(), 7);
        QCOMPARE(s.involvedObject().name, QStringLiteral("p"));
        QCOMPARE(s.sourceComponent(), QStringLiteral("kubelet"));
        QVERIFY(s.lastTimestamp().isValid());
        QCOMPARE(s.firstTimestamp().time().minute(), 0);
        QCOMPARE(s.lastTimestamp().time().minute(), 10);
    }

    void statusErrors()
    {
        HttpResponse r;
        r.status = 422;
        r.body = JSON({
            "kind" : "Status",
            "apiVersion" : "v1",
            "status" : "Failure",
            "message" : "Job.batch \"x\" is invalid: containers[0].image: Required value",
            "reason" : "Invalid",
            "code" : 422,
            "details" : {
                "name" : "x",
                "kind" : "Job",
                "causes" : [ {
                    "reason" : "FieldValueRequired",
                    "message" : "Required value",
                    "field" : "spec.template.spec.containers[0].image"
                } ]
            }
        });
        const Error e = errorFromResponse(r, QStringLiteral("POST /apis/batch/v1/jobs"));
        QCOMPARE(e.kind, Error::Kind::Invalid);
        QCOMPARE(e.httpStatus, 422);
        QVERIFY(e.message.startsWith(QStringLiteral("Job.batch \"x\" is invalid")));
        QVERIFY(e.detail.contains(QStringLiteral("Invalid")));
        const auto s = KubeStatus::fromError(e);
        QVERIFY(s.has_value());
        QCOMPARE(s->reason, QStringLiteral("Invalid"));
        QCOMPARE(s->name, QStringLiteral("x"));
        QCOMPARE(s->causes.size(), 1);
        QCOMPARE(s->causes[0].field, QStringLiteral("spec.template.spec.containers[0].image"));
        QCOMPARE(s->causes[0].reason, QStringLiteral("FieldValueRequired"));

        HttpResponse expired;
        expired.status = 410;
        expired.body = JSON({
            "kind" : "Status",
            "status" : "Failure",
            "reason" : "Expired",
            "message" : "too old resource version: 1 (1000)",
            "code" : 410
        });
        QCOMPARE(errorFromResponse(expired).kind, Error::Kind::Gone);

        HttpResponse html;
        html.status = 503;
        html.body = "<html>busy</html>";
        const Error h = errorFromResponse(html);
        QCOMPARE(h.kind, Error::Kind::Server);
        QVERIFY(!KubeStatus::fromError(h).has_value());
        QVERIFY(!h.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeObjects)
#include "tst_kubeobjects.moc"
