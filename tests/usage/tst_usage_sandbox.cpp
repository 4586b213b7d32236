// The Usage page and `plancia-cli usage` against the sandbox (HTTPS Prometheus with 14 days of
// history): logged in as support staff (dferri, admin group), the accounting per user of a day
// inside the history equals what this test computes with its own PromQL, in the page's table
// and in the CLI's JSON (GPU-hours and CPU-hours; CPU efficiency, from cAdvisor's counters, is a
// percentage); the chart of that day has the fleet's models.

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
    QMap<QString, double> m_expected;    // user -> GPU-hours, from the test's own PromQL
    QMap<QString, double> m_expectedCpu; // user -> CPU-hours, from the test's own PromQL

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

    // user -> hours summed per namespace `user-<name>` from `promql` (an instant query at m_to).
    bool perUser(const QString &promql, QMap<QString, double> *out)
    {
        std::optional<Result<metrics::QueryResult>> r;
        auto *job = m_platform->metrics()->query(promql, this, m_to);
        connect(job, &metrics::QueryJob::finished,
                [&](const Result<metrics::QueryResult> &v) { r.emplace(v); });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 60000))
            return false;
        if (!r->ok()) {
            qWarning("%s", qPrintable(r->error().toLogString()));
            return false;
        }
        for (const metrics::Sample &s : r->value().vector) {
            const QString ns = s.labels.value("namespace");
            if (!ns.startsWith("user-"))
                return false;
            (*out)[ns.mid(5)] += s.value;
        }
        return true;
    }

    // Every user with data in either figure.
    int expectedRows() const
    {
        QStringList users = m_expected.keys() + m_expectedCpu.keys();
        users.removeDuplicates();
        return int(users.size());
    }

    void compare(const QMap<QString, double> &got) { compare(got, m_expected); }

    void compare(const QMap<QString, double> &got, const QMap<QString, double> &expected)
    {
        QCOMPARE(got.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
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

        QVERIFY(
            perUser(QStringLiteral("sum by (namespace) (sum_over_time(allocated_accelerators{"
                                   "extended_resource=~\"nvidia.com/.+\"}[86400s])) * %1 / 3600")
                        .arg(m_step),
                    &m_expected));
        QVERIFY(m_expected.size() >= 3);
        // CPU-hours: the cores kube-state-metrics says each pod requests, step by step.
        QVERIFY(perUser(QStringLiteral("sum by (namespace) (sum_over_time("
                                       "kube_pod_container_resource_requests{resource=\"cpu\"}["
                                       "86400s])) * %1 / 3600")
                            .arg(m_step),
                        &m_expectedCpu));
        QVERIFY(m_expectedCpu.size() >= 3);
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
        QMap<QString, double> got, gotCpu;
        for (const usage::AccountingRow &row : acc->model()->rows()) {
            if (usage::hasData(row.gpuHours))
                got[row.name] = row.gpuHours;
            if (usage::hasData(row.cpuHours))
                gotCpu[row.name] = row.cpuHours;
        }
        compare(got);
        compare(gotCpu, m_expectedCpu);
        QCOMPARE(acc->model()->rowCount(), expectedRows());
        // cAdvisor's counters over the requests: CPU efficiency is a percentage, no longer
        // "no data", for at least one user.
        int withCpuEfficiency = 0;
        for (int i = 0; i < acc->model()->rowCount(); ++i) {
            const double e = acc->model()->rows().at(i).cpuEfficiency;
            if (!usage::hasData(e))
                continue;
            QVERIFY2(e > 0 && e <= 100, qPrintable(QString::number(e)));
            QVERIFY(
                acc->model()->index(i, usage::AccountingModel::CpuEfficiency).data().toString() !=
                QStringLiteral("no data"));
            ++withCpuEfficiency;
        }
        QVERIFY(withCpuEfficiency >= 1);
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
        QMap<QString, double> got, gotCpu;
        int withCpuEfficiency = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key :
                 {"user", "gpuHours", "cpuHours", "gpuEfficiency", "cpuEfficiency"})
                QVERIFY2(o.contains(key), key);
            const QString user = o.value("user").toString();
            if (!o.value("gpuHours").isNull())
                got[user] = o.value("gpuHours").toDouble();
            if (!o.value("cpuHours").isNull())
                gotCpu[user] = o.value("cpuHours").toDouble();
            if (!o.value("cpuEfficiency").isNull()) {
                const double e = o.value("cpuEfficiency").toDouble();
                QVERIFY2(e > 0 && e <= 100, qPrintable(QString::number(e)));
                ++withCpuEfficiency;
            }
        }
        compare(got);
        compare(gotCpu, m_expectedCpu);
        QVERIFY(withCpuEfficiency >= 1);
        // CSV: a header and a row per user.
        const QByteArray csv =
            cli({"--output", "csv", "usage", "--from", m_from.toString(Qt::ISODate), "--to",
                 m_to.toString(Qt::ISODate)},
                &rc);
        QCOMPARE(rc, 0);
        QVERIFY(csv.startsWith("user,gpuHours,cpuHours,gpuEfficiency,cpuEfficiency\r\n"));
        QCOMPARE(csv.count("\r\n"), qsizetype(expectedRows() + 1));
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
