// The Overview page live against the sandbox: after the login, the first complete paint (cards,
// sites, queues, nodes) comes within a second, and its per-model totals are the simulator's.
#include "auth/session.h"
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "overview/acceleratorcard.h"
#include "overview/overviewpage.h"
#include "platform/platform.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>

#include <cstdio>

using namespace plancia;

class TstOverviewSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void firstCompletePaintAfterLogin()
    {
        auto profile = test::sandboxProfile();
        QVERIFY(profile.ok());
        MemoryTokenStore store;
        Platform::Options o;
        o.session.store = &store;
        Platform platform(profile.value(), o);
        QVERIFY(test::scriptedLogin(*platform.session(), "dferri"));

        ui::OverviewPage page;
        page.resize(1280, 1400);
        page.show();
        QSignalSpy painted(&page, &ui::OverviewPage::firstCompletePaint);
        QElapsedTimer t;
        t.start();
        page.setPlatform(&platform);
        page.setConnected(true);
        QSignalSpy shown(&page, &ui::OverviewPage::snapshotShown);
        const bool ok = painted.wait(10000);
        QVERIFY2(ok, qPrintable(QString("view %1, shown %2, feed %3")
                                    .arg(int(page.view()))
                                    .arg(shown.count())
                                    .arg(page.feed() ? int(page.feed()->state()) : -1)));
        const qint64 ms = t.elapsed();
        std::fprintf(stderr, "FIGURE overview: first complete paint %lld ms after login\n", ms);
        QVERIFY2(ms <= 1000, qPrintable(QString::number(ms)));
        QCOMPARE(page.view(), ui::OverviewPage::View::Availability);
        QVERIFY(!page.sitesTable()->isHidden());
        QVERIFY(page.queuesTable()->rowCount() > 0);

        // The cards' totals are the simulator's nodes' allocatable (summed here from the list).
        auto config =
            kube::KubeConfig::load(test::sandboxState().value("kubeconfigAdmin").toString());
        QVERIFY(config.ok());
        auto client = kube::KubeClient::fromKubeconfig(config.value(), this);
        QVERIFY(client.ok());
        std::optional<Result<kube::KubeList>> nodes;
        auto *job = client.value()->listAll(kube::ResourceKind::nodes(), {}, {}, this);
        connect(job, &kube::ListAllJob::finished, this, [&](const auto &r) { nodes.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(nodes.has_value(), 20000);
        QVERIFY(nodes->ok());
        int t4 = 0;
        for (const QJsonObject &n : nodes->value().items) {
            if (n["metadata"]["labels"]["nvidia.com/gpu.product"].toString() == "Tesla-T4")
                t4 += n["status"]["allocatable"]["nvidia.com/gpu"].toString().toInt();
        }
        QVERIFY(t4 > 0);
        const QString t4Name = profile.value().accelerators.value("t4", "T4");
        ui::AcceleratorCard *card = nullptr;
        for (auto *c : page.gpuCards()) {
            if (c->title() == t4Name)
                card = c;
        }
        QVERIFY2(card, qPrintable(t4Name));
        QVERIFY2(card->rowTexts().value(0).contains(QString("· %1 total").arg(t4)),
                 qPrintable(card->rowTexts().value(0)));
        // Slices are grouped under their GPU, FPGAs apart.
        bool grouped = false;
        for (auto *c : page.gpuCards())
            grouped |= c->rowTexts().size() == 2 && c->rowTexts().at(1).contains("MIG 1g.10gb");
        QVERIFY(grouped);
        QCOMPARE(page.fpgaCards().size(), 3);
    }
};

QTEST_MAIN(TstOverviewSandbox)
#include "tst_overview_sandbox.moc"
