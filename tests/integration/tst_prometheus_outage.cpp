// Prometheus stopped mid-session, against a sandbox of this test's own (fixture
// outage_sandbox: stopping the shared sandbox's Prometheus would disturb the tests beside it).
// Logged in as support staff (dferri), the Overview and the Usage page show their data; then
// `sandbox service stop prometheus`: the Overview keeps its Kubernetes numbers under its
// "partially unavailable" strip, the Usage page shows its error banner; `sandbox service start
// prometheus`: both clear by themselves (the feed's cross-check, the page's retry backoff) and
// the Prometheus data is back. The pages' own timers are shortened through their test hooks.

#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "common/charts/timeserieschart.h"
#include "common/errorbanner.h"
#include "overview/acceleratorcard.h"
#include "overview/overviewpage.h"
#include "platform/platform.h"
#include "usage/accountingmodel.h"
#include "usage/accountingview.h"
#include "usage/rangepicker.h"
#include "usage/usagechartsview.h"
#include "usage/usagepage.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>

using namespace plancia;
using namespace plancia::ui;
using namespace std::chrono_literals;

namespace {

// The Overview's strip when the cross-check cannot reach Prometheus (AvailabilityFeed).
const QString kUnavailable = QStringLiteral("Prometheus is not available");

// "<model>: <row texts>" of every GPU and FPGA card: the Kubernetes numbers as shown.
QStringList cardTexts(const OverviewPage &page)
{
    QStringList out;
    for (const auto *c : page.gpuCards() + page.fpgaCards())
        out << c->title() + QStringLiteral(": ") + c->rowTexts().join(QStringLiteral(" | "));
    return out;
}

// Only "N total" of each row: the cluster's capacity, which the simulator's own workloads do not
// change while the test runs (what is in use may).
QStringList totals(const QStringList &texts)
{
    static const QRegularExpression total(QStringLiteral("\\d+ total"));
    QStringList out;
    for (const QString &t : texts) {
        QStringList found;
        for (auto it = total.globalMatch(t); it.hasNext();)
            found << it.next().captured();
        out << t.section(QLatin1Char(':'), 0, 0) + QLatin1Char('=') + found.join(',');
    }
    return out;
}

// Waits until both conditions hold (at most `timeoutMs`), noting when each first did, in ms of
// `clock`, so that neither page's time hides behind the other's.
bool waitForBoth(const std::function<bool()> &a, const std::function<bool()> &b,
                 const QElapsedTimer &clock, qint64 *atA, qint64 *atB, int timeoutMs)
{
    *atA = *atB = -1;
    return QTest::qWaitFor(
        [&] {
            if (*atA < 0 && a())
                *atA = clock.elapsed();
            if (*atB < 0 && b())
                *atB = clock.elapsed();
            return *atA >= 0 && *atB >= 0;
        },
        timeoutMs);
}

} // namespace

class TstPrometheusOutage : public QObject
{
    Q_OBJECT

private:
    MemoryTokenStore m_store;
    std::unique_ptr<Platform> m_platform;
    bool m_stopped = false;

    // `sandbox service <action> prometheus` on this test's sandbox, without blocking the event
    // loop (the pages' timers keep running meanwhile).
    bool prometheus(const QString &action)
    {
        QProcess p;
        p.setProgram(QStringLiteral("python3"));
        p.setArguments({QStringLiteral(PLANCIA_SANDBOX_SCRIPT), QStringLiteral("service"), action,
                        QStringLiteral("prometheus"), QStringLiteral("--run-dir"),
                        test::sandboxRunDir()});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
            return false;
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        QVERIFY(!profile.value().prometheus.url.isEmpty());
        Platform::Options o;
        o.session.store = &m_store;
        m_platform = std::make_unique<Platform>(profile.value(), o);
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("dferri")));
    }

    void bannersFollowAnOutage()
    {
        // The Overview, live; its cross-check asks Prometheus every 5 s instead of 30 s. Not
        // less: a check still running is superseded by the next one, and a refused connection
        // fails only after the transport's retries (300 + 600 + 1200 ms of backoff).
        OverviewPage overview;
        overview.resize(1280, 1400);
        overview.show();
        QSignalSpy painted(&overview, &OverviewPage::firstCompletePaint);
        overview.setPlatform(m_platform.get());
        overview.setConnected(true);
        QVERIFY(overview.feed());
        overview.feed()->setCrossCheckInterval(5s);
        QVERIFY(painted.wait(20000));
        QCOMPARE(overview.view(), OverviewPage::View::Availability);
        QTRY_VERIFY_WITH_TIMEOUT(overview.feed()->snapshot().prometheusAvailable, 20000);
        QVERIFY2(!overview.warningText().contains(kUnavailable),
                 qPrintable(overview.warningText()));
        const QStringList before = totals(cardTexts(overview));
        QVERIFY(before.size() >= 5);

        // The Usage page, its retry after 0.5 s, then 1 s, 2 s (longest) instead of 5 s … 60 s.
        UsagePage usage;
        usage.setRetryDelays(500ms, 2s);
        usage.resize(1100, 700);
        usage.setPlatform(m_platform.get());
        usage.setConnected(true);
        usage.show();
        QCOMPARE(usage.tabs()->currentWidget(), usage.charts());
        QTRY_COMPARE_WITH_TIMEOUT(usage.charts()->state(), UsageChartsView::State::Loaded, 60000);
        QVERIFY(!usage.charts()->chart()->series().isEmpty());
        QVERIFY(usage.errorBanner()->isHidden());

        // Prometheus stops. Someone picks another period and opens the Accounting tab.
        QElapsedTimer down;
        QVERIFY(prometheus(QStringLiteral("stop")));
        m_stopped = true;
        down.start();
        usage.charts()->rangePicker()->setPreset(RangePicker::Preset::Week);
        usage.tabs()->setCurrentWidget(usage.accounting());

        qint64 usageBanner = -1, overviewBanner = -1;
        const bool banners =
            waitForBoth([&] { return !usage.errorBanner()->isHidden(); },
                        [&] { return overview.warningText().contains(kUnavailable); }, down,
                        &usageBanner, &overviewBanner, 20000);
        QVERIFY2(banners, qPrintable(QStringLiteral("Usage %1 ms, Overview %2 ms: %3")
                                         .arg(usageBanner)
                                         .arg(overviewBanner)
                                         .arg(overview.warningText())));
        QCOMPARE(usage.errorBanner()->headline(), QStringLiteral("Prometheus could not be read"));
        QVERIFY(!usage.errorBanner()->message().isEmpty());
        std::fprintf(stderr,
                     "FIGURE outage: banners %lld ms (Usage) and %lld ms (Overview, cross-check "
                     "every 5 s) after Prometheus stopped\n",
                     usageBanner, overviewBanner);
        // The Kubernetes numbers still show.
        QCOMPARE(overview.view(), OverviewPage::View::Availability);
        QCOMPARE(totals(cardTexts(overview)), before);
        QVERIFY(!overview.feed()->snapshot().prometheusAvailable);
        // The page keeps retrying, with a growing delay, and keeps failing while it is down.
        QTRY_COMPARE_WITH_TIMEOUT(usage.nextRetryDelay(), std::chrono::milliseconds(2s), 20000);
        // (Between two retries: each fails after the transport's own retries.)
        QTRY_COMPARE_WITH_TIMEOUT(usage.accounting()->state(), AccountingView::State::Failed,
                                  20000);
        QVERIFY(!usage.errorBanner()->isHidden());
        QVERIFY(usage.retryPending());
        std::fprintf(stderr, "FIGURE outage: Prometheus down for %lld ms\n", down.elapsed());

        // Prometheus returns: nobody clicks anything.
        QVERIFY(prometheus(QStringLiteral("start")));
        m_stopped = false;
        QElapsedTimer up;
        up.start();
        qint64 usageBack = -1, overviewBack = -1;
        const bool cleared =
            waitForBoth([&] { return usage.errorBanner()->isHidden(); },
                        [&] { return !overview.warningText().contains(kUnavailable); }, up,
                        &usageBack, &overviewBack, 20000);
        QVERIFY2(cleared, qPrintable(QStringLiteral("Usage %1 ms (%2), Overview %3 ms: %4")
                                         .arg(usageBack)
                                         .arg(usage.errorBanner()->message())
                                         .arg(overviewBack)
                                         .arg(overview.warningText())));
        QCOMPARE(usage.accounting()->state(), AccountingView::State::Loaded);
        QVERIFY(usage.accounting()->model()->rowCount() > 0);
        QVERIFY(!usage.retryPending());
        QVERIFY(overview.feed()->snapshot().prometheusAvailable);
        QCOMPARE(totals(cardTexts(overview)), before);
        // The chart that failed meanwhile (the week) was read again too.
        QTRY_COMPARE_WITH_TIMEOUT(usage.charts()->state(), UsageChartsView::State::Loaded, 20000);
        QVERIFY(!usage.charts()->chart()->series().isEmpty());
        std::fprintf(stderr,
                     "FIGURE outage: cleared %lld ms (Usage, retry every <= 2 s) and %lld ms "
                     "(Overview) after Prometheus answered again\n",
                     usageBack, overviewBack);
    }

    void cleanupTestCase()
    {
        // A failed check above may have left it stopped: the fixture's `down` copes, but the
        // sandbox should end as it began.
        if (m_stopped)
            (void)prometheus(QStringLiteral("start"));
        m_platform.reset();
    }
};

QTEST_MAIN(TstPrometheusOutage)
#include "tst_prometheus_outage.moc"
