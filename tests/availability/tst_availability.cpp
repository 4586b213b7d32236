// The availability model from Kubernetes objects: model names from node labels, both MIG
// strategies, pods in every phase, offload sites, Kueue queues, a 403 on pods and a Prometheus
// disagreement; incremental updates equal a fresh computation.
#include "availability/acceleratornames.h"
#include "availability/availability.h"
#include "availability/availabilityjson.h"
#include "availability/nodetablemodel.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace plancia::availability;
using namespace fixtures;

namespace {

Calculator singleStrategyCluster()
{
    Calculator c;
    c.setUserNamespace("user-mrossi");
    for (const auto &n : singleStrategyNodes())
        c.setNode(n);
    return c;
}

const ModelAvailability &model(const Snapshot &s, const QString &id)
{
    const ModelAvailability *m = s.model(id);
    if (!m)
        qFatal("no model %s", qPrintable(id));
    return *m;
}

QString json(const Snapshot &s)
{
    QJsonObject o = toJson(s);
    o.remove("computedAt");
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TstAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFromProductLabels_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("parent");
        QTest::newRow("t4") << "Tesla-T4"
                            << "t4"
                            << "T4"
                            << "";
        QTest::newRow("rtx") << "Quadro-RTX-5000"
                             << "rtx5000"
                             << "RTX 5000"
                             << "";
        QTest::newRow("a100") << "NVIDIA-A100-PCIE-40GB"
                              << "a100"
                              << "A100"
                              << "";
        QTest::newRow("a100-sxm") << "NVIDIA-A100-SXM4-80GB"
                                  << "a100"
                                  << "A100"
                                  << "";
        QTest::newRow("a30") << "NVIDIA-A30"
                             << "a30"
                             << "A30"
                             << "";
        QTest::newRow("mig") << "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"
                             << "a100-1g.10gb"
                             << "A100 MIG 1g.10gb"
                             << "a100";
        QTest::newRow("mig3g") << "NVIDIA-A100-80GB-PCIe-MIG-3g.40gb"
                               << "a100-3g.40gb"
                               << "A100 MIG 3g.40gb"
                               << "a100";
        QTest::newRow("whole") << "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"
                               << "a100"
                               << "A100"
                               << "";
    }
    void namesFromProductLabels()
    {
        QFETCH(QString, product);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, parent);
        const AcceleratorModel m = modelForGpuProduct(product);
        QCOMPARE(m.id, id);
        QCOMPARE(m.name, name);
        QCOMPARE(m.parentId, parent);
        QCOMPARE(m.kind, parent.isEmpty() ? AcceleratorKind::Gpu : AcceleratorKind::MigSlice);
    }

    void namesOfFpgasAndProfileNames()
    {
        QCOMPARE(modelForResource("xilinx.com/fpga-xilinx_u50_gen3x16_xdma_201920_3", {}).name,
                 QString("U50"));
        QCOMPARE(modelForResource("xilinx.com/fpga-xilinx_u250_gen3x16_xdma_shell_4_1", {}).id,
                 QString("u250"));
        const auto v70 = modelForResource("amd.com/xilinx_v70_gen5x8_qdma_base_2", {});
        QCOMPARE(v70.name, QString("V70"));
        QCOMPARE(v70.kind, AcceleratorKind::Fpga);
        // An unrecognisable shell falls back to the node's label.
        QCOMPARE(
            modelForResource("xilinx.com/fpga-custom_shell", {{"xilinx-fpga-type", "u55c"}}).id,
            QString("u55c"));
        // The profile's display names win; slices use their GPU's name.
        const QMap<QString, QString> names{{"a100", "NVIDIA A100"}, {"t4", "NVIDIA T4"}};
        QCOMPARE(modelForGpuProduct("Tesla-T4", names).name, QString("NVIDIA T4"));
        const auto slice = modelForGpuProduct("NVIDIA-A100-80GB-PCIe-MIG-1g.10gb", names);
        QCOMPARE(slice.name, QString("NVIDIA A100 MIG 1g.10gb"));
        QCOMPARE(slice.parentName, QString("NVIDIA A100"));
        // Virtual nodes and older nodes name their GPUs with other labels.
        QCOMPARE(modelForResource("nvidia.com/gpu", {{"nvidia-gpu-type", "a100"}}).id,
                 QString("a100"));
        QCOMPARE(modelForResource("nvidia.com/gpu", {{"accelerator", "rtx5000"}}).id,
                 QString("rtx5000"));
        QCOMPARE(modelForResource("nvidia.com/gpu", {}).id, QString("gpu"));
        QVERIFY(isAcceleratorResource("nvidia.com/mig-2g.20gb"));
        QVERIFY(!isAcceleratorResource("ephemeral-storage"));
    }

    void singleStrategyTotals()
    {
        const Snapshot s = singleStrategyCluster().snapshot();
        QStringList ids;
        for (const auto &m : s.models)
            ids << m.model.id;
        // GPUs by name, each MIG slice right after its GPU, FPGAs last.
        QCOMPARE(ids, QStringList({"a100", "a100-1g.10gb", "rtx5000", "t4", "u250", "u50", "v70"}));
        QCOMPARE(model(s, "a100").total, 2);
        QCOMPARE(model(s, "a100-1g.10gb").total, 7);
        QCOMPARE(model(s, "a100-1g.10gb").model.parentId, QString("a100"));
        QCOMPARE(model(s, "a100-1g.10gb").resource, QString("nvidia.com/gpu"));
        QCOMPARE(model(s, "rtx5000").free(), 5);
        QCOMPARE(model(s, "t4").nodes.size(), 1);
        QCOMPARE(model(s, "t4").nodes.first().node, QString("hub-t4-1"));
        QCOMPARE(model(s, "u50").model.kind, AcceleratorKind::Fpga);
        // Offload sites are not counted as free here (the Leonardo A100s).
        QCOMPARE(model(s, "a100").nodes.size(), 1);
        QCOMPARE(s.nodes.size(), 10);
        const auto storage = std::find_if(s.nodes.begin(), s.nodes.end(),
                                          [](const auto &n) { return n.name == "hub-storage"; });
        QCOMPARE(storage->accelerators.size(), 3);
        const auto a100 = std::find_if(s.nodes.begin(), s.nodes.end(),
                                       [](const auto &n) { return n.name == "hub-a100-2"; });
        QCOMPARE(a100->server, QString("ai-infn-srv03"));
        QVERIFY(a100->roles.contains("worker"));
    }

    void mixedStrategyTotals()
    {
        Calculator c;
        for (const auto &n : mixedStrategyNodes())
            c.setNode(n);
        c.setPod(pod("user-a", "whole", "ai-infn-srv03", "Running", {{"nvidia.com/gpu", "1"}}));
        c.setPod(
            pod("user-a", "slices", "ai-infn-srv03", "Running", {{"nvidia.com/mig-1g.10gb", "3"}}));
        const Snapshot s = c.snapshot();
        QStringList ids;
        for (const auto &m : s.models)
            ids << m.model.id;
        QCOMPARE(ids, QStringList({"a100", "a100-1g.10gb", "t4"}));
        QCOMPARE(model(s, "a100").total, 2);
        QCOMPARE(model(s, "a100").used, 1);
        const auto &slices = model(s, "a100-1g.10gb");
        QCOMPARE(slices.resource, QString("nvidia.com/mig-1g.10gb"));
        QCOMPARE(slices.model.name, QString("A100 MIG 1g.10gb"));
        QCOMPARE(slices.total, 7);
        QCOMPARE(slices.used, 3);
        QCOMPARE(slices.free(), 4);
    }

    void podsInEveryPhase()
    {
        Calculator c = singleStrategyCluster();
        const Resources gpu1{{"nvidia.com/gpu", "1"}, {"cpu", "2"}, {"memory", "8Gi"}};
        c.setPod(pod("user-x", "running", "hub-rtx-3", "Running", gpu1));
        // Scheduled, containers still being created: holds its device.
        c.setPod(pod("user-x", "creating", "hub-rtx-3", "Pending", gpu1));
        // Not scheduled yet: holds nothing.
        c.setPod(pod("user-x", "queued", "", "Pending", {{"nvidia.com/gpu", "2"}}));
        c.setPod(pod("user-x", "done", "hub-rtx-3", "Succeeded", gpu1));
        c.setPod(pod("user-x", "failed", "hub-rtx-3", "Failed", gpu1));
        // The kubelet lost contact: still bound, still holds.
        c.setPod(pod("user-x", "unknown", "hub-rtx-3", "Unknown", gpu1));
        c.setPod(pod("user-x", "cpu", "hub-rtx-3", "Running", {{"cpu", "4"}}));
        const Snapshot s = c.snapshot();
        const auto &rtx = model(s, "rtx5000");
        QCOMPARE(rtx.total, 5);
        QCOMPARE(rtx.used, 3);
        QCOMPARE(rtx.free(), 2);
        QCOMPARE(rtx.source, UsageSource::Kubernetes);
        const auto node = std::find_if(s.nodes.begin(), s.nodes.end(),
                                       [](const auto &n) { return n.name == "hub-rtx-3"; });
        QCOMPARE(node->pods, 4);
        QCOMPARE(node->cpuRequested, 10.0);
        QCOMPARE(node->memoryRequested, 24.0 * 1024 * 1024 * 1024);
    }

    void initContainersAndLimitsCount()
    {
        Calculator c = singleStrategyCluster();
        QJsonObject p = pod("user-x", "init", "hub-t4-1", "Running", {{"nvidia.com/gpu", "1"}});
        QJsonObject spec = p.value("spec").toObject();
        spec.insert(
            "initContainers",
            QJsonArray{QJsonObject{
                {"name", "warmup"},
                {"resources", QJsonObject{{"limits", QJsonObject{{"nvidia.com/gpu", "3"}}}}}}});
        p.insert("spec", spec);
        c.setPod(p);
        QCOMPARE(model(c.snapshot(), "t4").used, 3);
    }

    void incrementalEqualsFresh()
    {
        Calculator live = singleStrategyCluster();
        const Resources slice2{{"nvidia.com/gpu", "2"}};
        QJsonObject a = pod("user-mrossi", "a", "", "Pending", slice2, {{"job-name", "train"}});
        live.setPod(a);
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").used, 0);
        a = pod("user-mrossi", "a", "hub-a100-2", "Pending", slice2, {{"job-name", "train"}});
        live.setPod(a);
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").used, 2);
        live.setPod(withPhase(a, "Running"));
        QCOMPARE(live.snapshot().user.jobPods, 1);
        const QJsonObject b = pod("user-b", "b", "hub-a100-2", "Running", slice2);
        live.setPod(b);
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").used, 4);
        live.setPod(withPhase(a, "Succeeded"));
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").used, 2);
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").ownUsed, 0);
        live.removePod(b);
        live.removePod(b); // twice: nothing happens
        QCOMPARE(model(live.snapshot(), "a100-1g.10gb").used, 0);
        live.setPod(b);

        Calculator fresh = singleStrategyCluster();
        fresh.setPod(withPhase(a, "Succeeded"));
        fresh.setPod(b);
        QCOMPARE(json(live.snapshot()), json(fresh.snapshot()));
        QCOMPARE(live.podCount(), 2);
        // A pod seen before its node still counts once the node arrives.
        Calculator early;
        early.setPod(b);
        for (const auto &n : singleStrategyNodes())
            early.setNode(n);
        QCOMPARE(model(early.snapshot(), "a100-1g.10gb").used, 2);
    }

    void notReadyAndCordonedNodesAreNotFree()
    {
        Calculator c = singleStrategyCluster();
        c.setNode(node("hub-rtx-3", {{"nvidia.com/gpu.product", "Quadro-RTX-5000"}},
                       {{"nvidia.com/gpu", "5"}}, true, /*unschedulable*/ true));
        c.setNode(node("hub-t4-1", {{"nvidia.com/gpu.product", "Tesla-T4"}},
                       {{"nvidia.com/gpu", "8"}}, /*ready*/ false));
        c.setPod(pod("user-x", "p", "hub-rtx-3", "Running", {{"nvidia.com/gpu", "1"}}));
        const Snapshot s = c.snapshot();
        QCOMPARE(model(s, "rtx5000").used, 1);
        QCOMPARE(model(s, "rtx5000").unavailable, 4);
        QCOMPARE(model(s, "rtx5000").free(), 0);
        QCOMPARE(model(s, "t4").free(), 0);
        QCOMPARE(model(s, "t4").total, 8);
        // Removing a node removes its devices.
        c.removeNode(node("hub-t4-1", {}, {}));
        QVERIFY(!c.snapshot().model("t4"));
    }

    void offloadSites()
    {
        Calculator c = singleStrategyCluster();
        c.setPod(pod("user-mrossi", "off1", "leonardo-virtual-node", "Running",
                     {{"nvidia.com/gpu", "1"}}, {{"job-name", "sim"}}));
        c.setPod(pod("user-mrossi", "off2", "infn-t1", "Pending", {{"cpu", "1"}}));
        c.setPod(pod("user-other", "off3", "infn-t1", "Running", {{"cpu", "1"}}));
        const Snapshot s = c.snapshot();
        QCOMPARE(s.sites.size(), 3);
        QMap<QString, OffloadSite> sites;
        for (const auto &site : s.sites)
            sites.insert(site.name, site);
        QVERIFY(sites.value("INFN-Tier1").ready);
        QCOMPARE(sites.value("INFN-Tier1").pods, 2);
        QCOMPARE(sites.value("INFN-Tier1").userPods, 1);
        QCOMPARE(sites.value("INFN-Tier1").reason, QString("InterlinkPingSuccessful"));
        const OffloadSite bubble = sites.value("HPC bubble");
        QVERIFY(!bubble.ready);
        QCOMPARE(bubble.reason, QString("InterlinkPingFailed"));
        QVERIFY(bubble.message.contains("connection refused"));
        const OffloadSite leo = sites.value("CINECA Leonardo");
        QCOMPARE(leo.node, QString("leonardo-virtual-node"));
        QCOMPARE(leo.accelerators.size(), 1);
        QCOMPARE(leo.accelerators.first().first, QString("A100"));
        QCOMPARE(leo.accelerators.first().second, 32);
        QCOMPARE(leo.cpu, 1024.0);
        QCOMPARE(s.user.offloaded, 2);
        QCOMPARE(s.user.jobPods, 1);
        QCOMPARE(s.user.pendingPods, 1);
        // The offloaded GPU is not taken from the cluster's A100s.
        QCOMPARE(model(s, "a100").used, 0);
    }

    void userSessionsAndJobs()
    {
        Calculator c = singleStrategyCluster();
        c.setPod(pod("user-mrossi", "jupyter-mrossi", "hub-t4-1", "Running",
                     {{"nvidia.com/gpu", "1"}}, {{"component", "singleuser-server"}}));
        c.setPod(pod("user-mrossi", "train-0", "hub-t4-1", "Running", {{"nvidia.com/gpu", "1"}},
                     {{"job-name", "train"}}));
        c.setPod(pod("user-mrossi", "train-1", "", "Pending", {{"nvidia.com/gpu", "1"}},
                     {{"job-name", "train"}}));
        c.setPod(pod("user-other", "jupyter-other", "hub-t4-1", "Running", {},
                     {{"component", "singleuser-server"}}));
        const Snapshot s = c.snapshot();
        QCOMPARE(s.user.sessions, 1);
        QCOMPARE(s.user.jobPods, 1);
        QCOMPARE(s.user.pendingPods, 1);
        QCOMPARE(model(s, "t4").used, 2);
        QCOMPARE(model(s, "t4").ownUsed, 2);
    }

    void podsForbiddenWithoutPrometheus()
    {
        Calculator c = singleStrategyCluster();
        c.setPodScope(PodScope::OwnNamespace);
        c.setPod(pod("user-mrossi", "mine", "hub-t4-1", "Running", {{"nvidia.com/gpu", "1"}}));
        const Snapshot s = c.snapshot();
        const auto &t4 = model(s, "t4");
        // Totals are known from the nodes; use is not, so no "free" number is made up.
        QCOMPARE(t4.total, 8);
        QVERIFY(!t4.usedKnown());
        QCOMPARE(t4.free(), -1);
        QCOMPARE(t4.ownUsed, 1);
        QCOMPARE(t4.source, UsageSource::Unknown);
        QCOMPARE(s.podScope, PodScope::OwnNamespace);
        const QJsonObject j = toJson(s);
        QVERIFY(j.value("models").toArray().at(3).toObject().value("free").isNull());
        QCOMPARE(j.value("podScope").toString(), QString("own-namespace"));
    }

    void podsForbiddenWithPrometheus()
    {
        Calculator c = singleStrategyCluster();
        c.setPodScope(PodScope::OwnNamespace);
        c.setPod(pod("user-mrossi", "mine", "hub-t4-1", "Running", {{"nvidia.com/gpu", "1"}}));
        c.setAllocation(QList<AllocationSample>{
            {"hub-t4-1", "nvidia.com/gpu", "t4", 8, 5},
            {"hub-rtx-3", "nvidia.com/gpu", "rtx5000", 5, 0},
        });
        const Snapshot s = c.snapshot();
        QCOMPARE(model(s, "t4").used, 5);
        QCOMPARE(model(s, "t4").free(), 3);
        QCOMPARE(model(s, "t4").source, UsageSource::Prometheus);
        QCOMPARE(model(s, "rtx5000").used, 0);
        // A node the exporter does not report stays unknown.
        QVERIFY(!model(s, "a100").usedKnown());
        QVERIFY(s.disagreements.isEmpty()); // nothing to compare against
    }

    void prometheusDisagreement()
    {
        Calculator c = singleStrategyCluster();
        c.setPod(pod("user-x", "p", "hub-t4-1", "Running", {{"nvidia.com/gpu", "2"}}));
        c.setAllocation(QList<AllocationSample>{{"hub-t4-1", "nvidia.com/gpu", "t4", 8, 2},
                                                {"hub-rtx-3", "nvidia.com/gpu", "rtx5000", 5, 1}});
        Snapshot s = c.snapshot();
        QVERIFY(s.prometheusAvailable);
        QCOMPARE(s.disagreements.size(), 1);
        QCOMPARE(s.disagreements.first().node, QString("hub-rtx-3"));
        QCOMPARE(s.disagreements.first().model, QString("RTX 5000"));
        QCOMPARE(s.disagreements.first().kubernetes, 0);
        QCOMPARE(s.disagreements.first().prometheus, 1);
        // Kubernetes' numbers stand.
        QCOMPARE(model(s, "rtx5000").used, 0);
        c.setPod(pod("user-x", "q", "hub-rtx-3", "Running", {{"nvidia.com/gpu", "1"}}));
        QVERIFY(c.snapshot().disagreements.isEmpty());
        c.setAllocation(std::nullopt);
        QVERIFY(!c.snapshot().prometheusAvailable);
    }

    void kueueQueues()
    {
        Calculator c;
        c.setClusterQueue(QJsonDocument::fromJson(R"({
            "metadata": {"name": "cq-research"},
            "spec": {"cohort": "ai-infn", "resourceGroups": [{"coveredResources": ["nvidia.com/gpu"],
                "flavors": [{"name": "gpu-a100", "resources": [{"name": "nvidia.com/gpu", "nominalQuota": 3}]},
                            {"name": "gpu-t4", "resources": [{"name": "nvidia.com/gpu", "nominalQuota": "6"}]}]}]},
            "status": {"pendingWorkloads": 2, "reservingWorkloads": 3, "admittedWorkloads": 3,
                "conditions": [{"type": "Active", "status": "True"}],
                "flavorsUsage": [{"name": "gpu-a100", "resources": [{"name": "nvidia.com/gpu", "total": "4", "borrowed": "1"}]}]}
        })")
                              .object());
        c.setLocalQueue(QJsonDocument::fromJson(R"({
            "metadata": {"name": "user-queue", "namespace": "user-mrossi"},
            "spec": {"clusterQueue": "cq-research"},
            "status": {"pendingWorkloads": 1, "admittedWorkloads": 1,
                "flavorUsage": [{"name": "gpu-a100", "resources": [{"name": "nvidia.com/gpu", "total": "1"}]}]}
        })")
                            .object());
        const Snapshot s = c.snapshot();
        QCOMPARE(s.queues.size(), 2);
        const QueueStatus &cq = s.queues.at(0);
        QCOMPARE(cq.kind, QueueStatus::Kind::Cluster);
        QCOMPARE(cq.cohort, QString("ai-infn"));
        QCOMPARE(cq.pending, 2);
        QCOMPARE(cq.admitted, 3);
        QCOMPARE(cq.flavors.size(), 2);
        QCOMPARE(cq.flavors.at(0).flavor, QString("gpu-a100"));
        QCOMPARE(cq.flavors.at(0).resources.at(0).used, 4.0);
        QCOMPARE(cq.flavors.at(0).resources.at(0).borrowed, 1.0);
        QCOMPARE(cq.flavors.at(0).resources.at(0).nominal, 3.0);
        QCOMPARE(cq.flavors.at(1).resources.at(0).used, 0.0);
        QCOMPARE(cq.flavors.at(1).resources.at(0).nominal, 6.0);
        const QueueStatus &lq = s.queues.at(1);
        QCOMPARE(lq.kind, QueueStatus::Kind::Local);
        QCOMPARE(lq.clusterQueue, QString("cq-research"));
        QCOMPARE(lq.namespaceName, QString("user-mrossi"));
        QCOMPARE(lq.pending, 1);
        QCOMPARE(lq.flavors.at(0).resources.at(0).used, 1.0);
        c.removeClusterQueue(QJsonObject{{"metadata", QJsonObject{{"name", "cq-research"}}}});
        QCOMPARE(c.snapshot().queues.size(), 1);
    }

    void jsonShape()
    {
        Calculator c = singleStrategyCluster();
        c.setPod(pod("user-x", "p", "hub-t4-1", "Running", {{"nvidia.com/gpu", "2"}}));
        const QJsonObject j = toJson(c.snapshot());
        const QJsonObject t4 = j.value("models").toArray().at(3).toObject();
        QCOMPARE(t4.value("model").toString(), QString("t4"));
        QCOMPARE(t4.value("kind").toString(), QString("gpu"));
        QCOMPARE(t4.value("total").toInt(), 8);
        QCOMPARE(t4.value("used").toInt(), 2);
        QCOMPARE(t4.value("free").toInt(), 6);
        QCOMPARE(t4.value("nodes").toArray().at(0).toObject().value("node").toString(),
                 QString("hub-t4-1"));
        const QJsonObject slice = j.value("models").toArray().at(1).toObject();
        QCOMPARE(slice.value("kind").toString(), QString("mig"));
        QCOMPARE(slice.value("parent").toString(), QString("a100"));
        const QJsonArray sites = j.value("sites").toArray();
        QCOMPARE(sites.size(), 3);
        QVERIFY(sites.at(0).toObject().contains("ready"));
        QVERIFY(j.value("queues").isArray());
    }

    void quantities()
    {
        QCOMPARE(quantityValue("500m"), 0.5);
        QCOMPARE(quantityValue("4Gi"), 4.0 * 1024 * 1024 * 1024);
        QCOMPARE(quantityValue("2"), 2.0);
        QCOMPARE(quantityValue("1.5"), 1.5);
        QCOMPARE(quantityValue("1k"), 1000.0);
        QCOMPARE(quantityValue("1e3"), 1000.0);
        QCOMPARE(quantityValue("bogus"), 0.0);
    }

    void nodeTableModel()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Calculator c = singleStrategyCluster();
        model.setSnapshot(c.snapshot());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(NodeTableModel::ColumnCount));
        int rtxRow = -1;
        int bubbleRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString name = model.index(r, NodeTableModel::Name).data().toString();
            if (name == "hub-rtx-3")
                rtxRow = r;
            if (name == "hpc-bubble")
                bubbleRow = r;
        }
        QVERIFY(rtxRow >= 0 && bubbleRow >= 0);
        QCOMPARE(model.index(rtxRow, NodeTableModel::Accelerators).data().toString(),
                 QString("RTX 5000: 5 of 5 free"));
        QCOMPARE(model.index(bubbleRow, NodeTableModel::State)
                     .data(NodeTableModel::StateRole)
                     .value<NodeTableModel::NodeState>(),
                 NodeTableModel::NodeState::VirtualDisconnected);
        QCOMPARE(model.index(rtxRow, NodeTableModel::Server).data().toString(),
                 QString("ai-infn-srv01"));

        // The same nodes again: rows change in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        c.setPod(pod("user-x", "p", "hub-rtx-3", "Running", {{"nvidia.com/gpu", "2"}}));
        model.setSnapshot(c.snapshot());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(rtxRow, NodeTableModel::Accelerators).data().toString(),
                 QString("RTX 5000: 3 of 5 free"));
        QCOMPARE(model.index(rtxRow, NodeTableModel::Pods).data().toInt(), 1);
        // A node gone: a reset.
        c.removeNode(node("hub-master", {}, {}));
        model.setSnapshot(c.snapshot());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        // Only the user's pods visible: no "free" CPU is claimed for the nodes.
        c.setPodScope(PodScope::OwnNamespace);
        model.setSnapshot(c.snapshot());
        QCOMPARE(reset.count(), 2);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, NodeTableModel::Name).data().toString() == "hub-rtx-3")
                rtxRow = r;
        }
        QCOMPARE(model.index(rtxRow, NodeTableModel::Cpu).data().toString(), QString("32"));
        QCOMPARE(model.index(rtxRow, NodeTableModel::Pods).data().toString(), QString("1 yours"));
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstAvailability)
#include "tst_availability.moc"
