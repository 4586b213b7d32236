// The Usage page and `plancia-cli usage` against the sandbox (HTTPS Prometheus with 14 days of
// history): logged in as support staff (dferri, admin group), the accounting per user of a day
// inside the history equals what this test computes with its own PromQL, in the page's table
// and in the CLI's JSON; the chart of that day has the fleet's models.

#include "authsandbox.h"
#include "common/charts/timeserieschart.h"
#include "metrics/prometheusclient.h"
#include "platform/platform.h"
#include "usage/accountingmodel.h"
#include "usage/accountingview.h"
#include "usage/rangepicker.h"
#include "usage/usagechartsview.h"
#include "usage/usagepage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::ui;

class TstUsageSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Platform> m_platform;
    QDateTime m_from, m_to;
    qint64 m_step = 300;
    QMap<QString, double> m_expected; // user -> GPU-hours, from the test's own PromQL

    QByteArray cli(const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        p.setArguments(
            QStringList{"--profile", QDir(test::sandboxRunDir()).filePath("profile.json")} + args);
        p.start();
        if (!p.waitForFinished(90000))
            p.kill();
        *exitCode = p.exitCode();
        if (p.exitCode() != 0)
            qWarning("plancia-cli: %s", p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    bool cliLogin(const QString &user)
    {
        QProcess login;
        login.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        login.setArguments(
            {"--profile", QDir(test::sandboxRunDir()).filePath("profile.json"), "login"});
        login.start();
        QByteArray err;
        QString code;
        (void)QTest::qWaitFor(
            [&] {
                err += login.readAllStandardError();
                for (const QByteArray &line : err.split('\n')) {
                    if (line.startsWith("Code: "))
                        code = QString::fromUtf8(line.mid(6).trimmed());
                }
                return !code.isEmpty() || login.state() == QProcess::NotRunning;
            },
            30000);
        if (code.isEmpty())
            return false;
        if (test::iamTestRoute(m_platform->profile(), "approve",
                               {{"user_code", code}, {"username", user}}) != 200)
            return false;
        return login.waitForFinished(30000) && login.exitCode() == 0;
    }

    void compare(const QMap<QString, double> &got)
    {
        QCOMPARE(got.keys(), m_expected.keys());
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
            QVERIFY2(std::abs(got[it.key()] - it.value()) < 1e-6 * std::max(1.0, it.value()),
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(it.key())
                                    .arg(got[it.key()])
                                    .arg(it.value())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QCoreApplication::setOrganizationName("plancia");
        QCoreApplication::setApplicationName("plancia");
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        m_platform = std::make_unique<Platform>(profile.value());
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("dferri")));
        const QJsonObject history =
            test::sandboxState().value("timings").toObject().value("history").toObject();
        m_step = qint64(history.value("step").toDouble(300));
        const qint64 end = qint64(history.value("end").toDouble());
        QVERIFY(end > 0);
        // A day inside the history, on a minute (the page's date-time edits show minutes) but off
        // the samples' grid, so that no sample sits on the period's edges.
        qint64 at = (end - 3600) / 60 * 60;
        if ((end - at) % m_step == 0)
            at += 60;
        m_to = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        m_from = m_to.addSecs(-86400);

        const QString own =
            QStringLiteral("sum by (namespace) (sum_over_time(allocated_accelerators{"
                           "extended_resource=~\"nvidia.com/.+\"}[86400s])) * %1 / 3600")
                .arg(m_step);
        std::optional<Result<metrics::QueryResult>> r;
        auto *job = m_platform->metrics()->query(own, this, m_to);
        connect(job, &metrics::QueryJob::finished,
                [&](const Result<metrics::QueryResult> &v) { r.emplace(v); });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 60000));
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().toLogString()));
        for (const metrics::Sample &s : r->value().vector) {
            QString ns = s.labels.value("namespace");
            QVERIFY(ns.startsWith("user-"));
            m_expected[ns.mid(5)] += s.value;
        }
        QVERIFY(m_expected.size() >= 3);
    }

    void accountingTableEqualsOwnPromQl()
    {
        UsagePage page;
        page.resize(1100, 700);
        page.setPlatform(m_platform.get());
        page.setConnected(true);
        page.show();
        page.tabs()->setCurrentWidget(page.accounting());
        AccountingView *acc = page.accounting();
        acc->rangePicker()->setCustomRange(m_from.toLocalTime(), m_to.toLocalTime());
        QTRY_COMPARE_WITH_TIMEOUT(acc->state(), AccountingView::State::Loaded, 60000);
        QCOMPARE(acc->lastFrom(), m_from);
        QCOMPARE(acc->lastTo(), m_to);
        QVERIFY(acc->scopeText().contains("admin"));
        QMap<QString, double> got;
        for (const usage::AccountingRow &row : acc->model()->rows())
            got[row.name] = row.gpuHours;
        compare(got);
        // The sandbox has no cAdvisor series: CPU efficiency is "no data", never 0.
        for (int i = 0; i < acc->model()->rowCount(); ++i) {
            QCOMPARE(
                acc->model()->index(i, usage::AccountingModel::CpuEfficiency).data().toString(),
                QStringLiteral("no data"));
        }
        // The chart of the same day has the fleet's models.
        page.tabs()->setCurrentWidget(page.charts());
        page.charts()->rangePicker()->setCustomRange(m_from.toLocalTime(), m_to.toLocalTime());
        QTRY_COMPARE_WITH_TIMEOUT(page.charts()->state(), UsageChartsView::State::Loaded, 60000);
        QVERIFY(page.charts()->chart()->series().size() >= 3);
    }

    void cliJsonEqualsOwnPromQl()
    {
        QVERIFY(cliLogin(QStringLiteral("dferri")));
        int rc = -1;
        const QByteArray out =
            cli({"--output", "json", "usage", "--from", m_from.toString(Qt::ISODate), "--to",
                 m_to.toString(Qt::ISODate)},
                &rc);
        QCOMPARE(rc, 0);
        const QJsonArray rows = QJsonDocument::fromJson(out).array();
        QMap<QString, double> got;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key :
                 {"user", "gpuHours", "cpuHours", "gpuEfficiency", "cpuEfficiency"})
                QVERIFY2(o.contains(key), key);
            QVERIFY(o.value("cpuEfficiency").isNull());
            got[o.value("user").toString()] = o.value("gpuHours").toDouble();
        }
        compare(got);
        // CSV: a header and a row per user.
        const QByteArray csv =
            cli({"--output", "csv", "usage", "--from", m_from.toString(Qt::ISODate), "--to",
                 m_to.toString(Qt::ISODate)},
                &rc);
        QCOMPARE(rc, 0);
        QVERIFY(csv.startsWith("user,gpuHours,cpuHours,gpuEfficiency,cpuEfficiency\r\n"));
        QCOMPARE(csv.count("\r\n"), qsizetype(m_expected.size() + 1));
        // Usage errors exit 2.
        (void)cli({"usage", "--from", "yesterday"}, &rc);
        QCOMPARE(rc, 2);
        (void)cli({"--output", "csv", "gpus"}, &rc);
        QCOMPARE(rc, 2);
    }

    void cleanupTestCase() { m_platform.reset(); }
};

QTEST_MAIN(TstUsageSandbox)
#include "tst_usage_sandbox.moc"
