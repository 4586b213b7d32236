// The Overview page offscreen: snapshots in -> cards, bars, sites, queues, nodes and warnings
// out; its states (not connected, loading, failed).
#include "availability/availability.h"
#include "availability/nodetablemodel.h"
#include "common/placeholderview.h"
#include "overview/acceleratorcard.h"
#include "overview/overviewpage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace plancia;
using namespace plancia::availability;
using plancia::ui::AcceleratorCard;
using plancia::ui::OverviewPage;

namespace {

QJsonObject node(const QString &name, const QString &product, const QJsonObject &alloc,
                 const QJsonObject &extraLabels = {})
{
    QJsonObject labels = extraLabels;
    if (!product.isEmpty())
        labels.insert("nvidia.com/gpu.product", product);
    QJsonObject a = alloc;
    a.insert("cpu", "32");
    a.insert("memory", "128Gi");
    return QJsonObject{
        {"metadata", QJsonObject{{"name", name}, {"labels", labels}}},
        {"status", QJsonObject{{"allocatable", a},
                               {"conditions",
                                QJsonArray{QJsonObject{{"type", "Ready"}, {"status", "True"}}}}}}};
}

QJsonObject pod(const QString &ns, const QString &name, const QString &nodeName, int gpus,
                const QJsonObject &labels = {})
{
    const QJsonObject req{{"nvidia.com/gpu", QString::number(gpus)}};
    return QJsonObject{
        {"metadata", QJsonObject{{"name", name}, {"namespace", ns}, {"labels", labels}}},
        {"spec", QJsonObject{{"nodeName", nodeName},
                             {"containers",
                              QJsonArray{QJsonObject{
                                  {"name", "c"}, {"resources", QJsonObject{{"requests", req}}}}}}}},
        {"status", QJsonObject{{"phase", "Running"}}}};
}

Calculator cluster()
{
    Calculator c;
    c.setUserNamespace("user-mrossi");
    c.setNode(node("hub-a100-2", "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb", {{"nvidia.com/gpu", "7"}}));
    c.setNode(node("hub-a100-3", "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb", {{"nvidia.com/gpu", "3"}}));
    c.setNode(node("hub-t4-1", "Tesla-T4", {{"nvidia.com/gpu", "8"}}));
    c.setNode(node("hub-fpga-2", {},
                   {{"xilinx.com/fpga-xilinx_u50_gen3x16_xdma_201920_3", "2"},
                    {"xilinx.com/fpga-xilinx_u250_gen3x16_xdma_shell_4_1", "1"}}));
    QJsonObject vk = node("bubble-virtual-node", {}, {},
                          {{"virtual-node.interlink/type", "virtual-kubelet"},
                           {"interlink.ai-infn/site", "HPC bubble"}});
    QJsonObject status = vk.value("status").toObject();
    status.insert("conditions",
                  QJsonArray{QJsonObject{{"type", "InterlinkConnectivity"},
                                         {"status", "False"},
                                         {"reason", "InterlinkPingFailed"},
                                         {"message", "Ping to InterLink API failed"}}});
    vk.insert("status", status);
    c.setNode(vk);
    c.setPod(
        pod("user-mrossi", "jupyter-mrossi", "hub-t4-1", 1, {{"component", "singleuser-server"}}));
    c.setPod(pod("user-other", "train", "hub-a100-2", 3, {{"job-name", "train"}}));
    c.setClusterQueue(QJsonObject{
        {"metadata", QJsonObject{{"name", "cq-research"}}},
        {"spec", QJsonObject{{"cohort", "ai-infn"}}},
        {"status", QJsonObject{{"pendingWorkloads", 2},
                               {"admittedWorkloads", 1},
                               {"flavorsUsage",
                                QJsonArray{QJsonObject{
                                    {"name", "gpu-mig-1g.10gb"},
                                    {"resources", QJsonArray{QJsonObject{{"name", "nvidia.com/gpu"},
                                                                         {"total", "3"}}}}}}}}}});
    return c;
}

AcceleratorCard *card(const QList<AcceleratorCard *> &cards, const QString &title)
{
    for (AcceleratorCard *c : cards) {
        if (c->title() == title)
            return c;
    }
    return nullptr;
}

} // namespace

class TstOverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notConnectedOffersLogin()
    {
        OverviewPage page;
        QCOMPARE(page.view(), OverviewPage::View::NotConnected);
        QCOMPARE(page.placeholder()->heading(), QStringLiteral("Not connected"));
        QSignalSpy login(&page, &OverviewPage::loginRequested);
        page.placeholder()->button()->click();
        QCOMPARE(login.count(), 1);
        // Logged in without a platform: still nothing to read.
        page.setConnected(true);
        QCOMPARE(page.view(), OverviewPage::View::NotConnected);
        QVERIFY(page.gpuCards().isEmpty());
    }

    void loadingAndFailedStates()
    {
        OverviewPage page;
        page.showLoading();
        QCOMPARE(page.view(), OverviewPage::View::Loading);
        QVERIFY(page.placeholder()->button()->isHidden());
        page.showFailed("nodes is forbidden");
        QCOMPARE(page.view(), OverviewPage::View::Failed);
        QCOMPARE(page.placeholder()->text(), QStringLiteral("nodes is forbidden"));
        QVERIFY(!page.placeholder()->button()->text().isEmpty());
    }

    void cardsPerModelWithSlicesUnderTheirGpu()
    {
        OverviewPage page;
        page.resize(1100, 900);
        page.show();
        QSignalSpy shown(&page, &OverviewPage::snapshotShown);
        page.showSnapshot(cluster().snapshot(), {});
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page.view(), OverviewPage::View::Availability);
        QVERIFY(page.warningText().isEmpty());
        const auto gpus = page.gpuCards();
        QCOMPARE(gpus.size(), 2); // A100 (whole + MIG slices), T4
        AcceleratorCard *a100 = card(gpus, "A100");
        QVERIFY(a100);
        QCOMPARE(a100->rowTexts(), QStringList({"A100: 3 free · 0 in use · 3 total",
                                                "A100 MIG 1g.10gb: 4 free · 3 in use · 7 total"}));
        QCOMPARE(a100->bars().size(), 2);
        QCOMPARE(a100->bars().at(1)->total(), 7);
        QCOMPARE(a100->bars().at(1)->used(), 3);
        AcceleratorCard *t4 = card(gpus, "T4");
        QVERIFY(t4);
        QCOMPARE(t4->rowTexts(), QStringList({"T4: 7 free · 1 in use · 8 total · 1 yours"}));
        // FPGAs beside the GPUs, a card each.
        const auto fpgas = page.fpgaCards();
        QCOMPARE(fpgas.size(), 2);
        QVERIFY(card(fpgas, "U50"));
        QCOMPARE(card(fpgas, "U250")->rowTexts(),
                 QStringList({"U250: 1 free · 0 in use · 1 total"}));
        QCOMPARE(
            page.activityText(),
            QStringLiteral("Running now: 1 session(s) · 0 job pod(s) · 0 waiting · 0 offloaded"));

        // Sites with their health.
        QTableWidget *sites = page.sitesTable();
        QCOMPARE(sites->rowCount(), 1);
        QCOMPARE(sites->item(0, 0)->text(), QStringLiteral("HPC bubble"));
        QCOMPARE(sites->item(0, 2)->text(), QStringLiteral("Disconnected"));
        QCOMPARE(sites->item(0, 2)->toolTip(), QStringLiteral("Ping to InterLink API failed"));
        // Queues.
        QTableWidget *queues = page.queuesTable();
        QCOMPARE(queues->rowCount(), 1);
        QCOMPARE(queues->item(0, 2)->text(), QStringLiteral("2"));
        QVERIFY(queues->item(0, 4)->text().contains("gpu-mig-1g.10gb: 3 nvidia.com/gpu"));
        // Nodes, under the model tester.
        QAbstractItemModelTester tester(page.nodeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.nodesView()->model()->rowCount(), 5);
        QCOMPARE(page.nodesView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("bubble-virtual-node")); // sorted by name
    }

    void liveUpdatesReplaceCards()
    {
        OverviewPage page;
        Calculator c = cluster();
        page.showSnapshot(c.snapshot(), {});
        c.setPod(pod("user-mrossi", "job", "hub-t4-1", 4, {{"job-name", "x"}}));
        page.showSnapshot(c.snapshot(), {});
        QCOMPARE(page.gpuCards().size(), 2);
        QCOMPARE(card(page.gpuCards(), "T4")->rowTexts(),
                 QStringList({"T4: 3 free · 5 in use · 8 total · 5 yours"}));
    }

    void partiallyUnavailableShowsBannerAndNumbers()
    {
        OverviewPage page;
        Calculator c = cluster();
        c.setPodScope(PodScope::OwnNamespace);
        const QList<AvailabilityFeed::Problem> problems{
            {AvailabilityFeed::Problem::Kind::PodsForbidden, "You may see only your own pods."},
            {AvailabilityFeed::Problem::Kind::PrometheusUnavailable, "Prometheus is down."}};
        page.showSnapshot(c.snapshot(), problems);
        QCOMPARE(page.warningText(),
                 QStringLiteral("You may see only your own pods.\nPrometheus is down."));
        // Totals still show; use is not invented.
        AcceleratorCard *t4 = card(page.gpuCards(), "T4");
        QVERIFY(t4);
        QCOMPARE(t4->rowTexts(), QStringList({"T4: 8 total · in use not known · 1 yours"}));
        QCOMPARE(t4->bars().first()->used(), -1);
        // Recovered: the banner goes.
        c.setPodScope(PodScope::All);
        page.showSnapshot(c.snapshot(), {});
        QVERIFY(page.warningText().isEmpty());
    }

    void platformSummaryStays()
    {
        OverviewPage page;
        Profile p;
        p.name = "alpha";
        p.displayName = "Alpha";
        p.kubernetes.server = QUrl("https://k8s.example.org:6443");
        page.setProfile(p);
        QVERIFY(page.platformSummary().contains("https://k8s.example.org:6443"));
        page.showSnapshot(cluster().snapshot(), {});
        QVERIFY(page.platformSummary().contains("Alpha (alpha)"));
    }
};

QTEST_MAIN(TstOverviewPage)
#include "tst_overviewpage.moc"
