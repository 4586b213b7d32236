// PrometheusClient against the sandbox's Prometheus (HTTPS, the sandbox CA through the
// Platform): typed results with the fleet's GPU series, Prometheus's own errors, and the named
// GPU-hours query equal to what this test computes with its own PromQL.

#include "authsandbox.h"
#include "metrics/prometheusclient.h"
#include "metrics/queries.h"
#include "platform/platform.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::metrics;

namespace {

Result<QueryResult> wait(QueryJob *job)
{
    std::optional<Result<QueryResult>> r;
    QObject::connect(job, &QueryJob::finished, [&](const Result<QueryResult> &v) { r.emplace(v); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 60000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test: no answer"));
    return *r;
}

QString describe(const Result<QueryResult> &r)
{
    return r.ok() ? QString() : r.error().toLogString();
}

} // namespace

class TstPrometheusSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instantQueryHasTheFleetsGpus();
    void rangeQueryIsTypedAndBounded();
    void badPromQlShowsPrometheusError();
    void gpuHoursEqualOwnPromQl();
    void cleanupTestCase() { m_platform.reset(); }

private:
    std::unique_ptr<Platform> m_platform;
    PrometheusClient *prom() const { return m_platform->metrics(); }
    QJsonObject m_history;
};

void TstPrometheusSandbox::initTestCase()
{
    test::initTestEnvironment();
    if (test::sandboxRunDir().isEmpty())
        QFAIL("PLANCIA_SANDBOX_RUN_DIR is not set (the sandbox fixture)");
    auto profile = test::sandboxProfile();
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
    m_platform = std::make_unique<Platform>(profile.value());
    QVERIFY(m_platform->configurationProblems().isEmpty());
    if (profile->prometheus.useBearer)
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
    m_history = test::sandboxState()
                    .value(QStringLiteral("timings"))
                    .toObject()
                    .value(QStringLiteral("history"))
                    .toObject();
    QVERIFY(m_history.value(QStringLiteral("end")).toDouble() > 0);
}

void TstPrometheusSandbox::instantQueryHasTheFleetsGpus()
{
    const auto r = wait(prom()->query(queries::gpuUtilisationPerGpu(), this));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->type, QueryResult::Type::Vector);
    QVERIFY(r->vector.size() >= 10);
    QSet<QString> models, hosts;
    for (const Sample &s : r->vector) {
        models << s.labels.value(QStringLiteral("modelName"));
        hosts << s.labels.value(QStringLiteral("Hostname"));
        QVERIFY(s.value >= 0 && s.value <= 100);
        QVERIFY(!s.labels.contains(QStringLiteral("pod"))); // aggregated to the device
    }
    QVERIFY(!hosts.contains(QString()));
    QVERIFY(models.size() >= 3); // T4, RTX 5000, A100, ...
    // MIG slices come with their profile.
    bool mig = false;
    for (const Sample &s : r->vector)
        mig = mig || !s.labels.value(QStringLiteral("GPU_I_PROFILE")).isEmpty();
    QVERIFY(mig);
}

void TstPrometheusSandbox::rangeQueryIsTypedAndBounded()
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addDays(-7);
    const Range range = rangeFor(start, end, 800);
    const auto r = wait(prom()->queryRange(queries::gpuUtilisationPerModel(), range, this));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->type, QueryResult::Type::Matrix);
    QVERIFY(r->matrix.size() >= 3);
    for (const Series &s : r->matrix) {
        QVERIFY(s.size() <= 800);
        QVERIFY(s.size() > 10);
        QVERIFY(std::is_sorted(s.t.begin(), s.t.end()));
        QVERIFY(s.labels.contains(QStringLiteral("modelName")));
    }
    // The same with memory, per GPU.
    const auto m = wait(prom()->queryRange(queries::gpuMemoryUsedPerGpu(), range, this));
    QVERIFY2(m.ok(), qPrintable(describe(m)));
    QVERIFY(m->matrix.size() >= 10);
}

void TstPrometheusSandbox::badPromQlShowsPrometheusError()
{
    const auto r = wait(prom()->query(QStringLiteral("sum(DCGM_FI_DEV_GPU_UTIL"), this));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY2(r.error().detail.startsWith(QStringLiteral("bad_data")), qPrintable(r.error().detail));
    QVERIFY(!r.error().message.isEmpty());
}

void TstPrometheusSandbox::gpuHoursEqualOwnPromQl()
{
    // A day inside the history (live samples start at `up`): one hour before its end, off the
    // 5-minute grid so that no sample sits on the window's edges.
    const qint64 step = qint64(m_history.value(QStringLiteral("step")).toDouble(300));
    const qint64 end = qint64(m_history.value(QStringLiteral("end")).toDouble());
    const QDateTime at = QDateTime::fromSecsSinceEpoch(end - 3600 + step / 2, Qt::UTC);
    queries::Accounting a;
    a.by = queries::GroupBy::Namespace;
    a.resolution = std::chrono::seconds(step);
    const std::chrono::seconds day(86400);
    const auto ours = wait(prom()->query(queries::gpuHours(a, day), this, at));
    QVERIFY2(ours.ok(), qPrintable(describe(ours)));
    const QString own =
        QStringLiteral("sum by (namespace) (sum_over_time(allocated_accelerators{extended_resource"
                       "=~\"nvidia.com/.+\"}[86400s])) * %1 / 3600")
            .arg(step);
    const auto theirs = wait(prom()->query(own, this, at));
    QVERIFY2(theirs.ok(), qPrintable(describe(theirs)));
    QMap<QString, double> expected, got;
    for (const Sample &s : theirs->vector)
        expected[s.labels.value(QStringLiteral("namespace"))] = s.value;
    for (const Sample &s : ours->vector)
        got[s.labels.value(QStringLiteral("namespace"))] = s.value;
    QVERIFY(expected.size() >= 3);
    QCOMPARE(got.keys(), expected.keys());
    double total = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(
            std::abs(got[it.key()] - it.value()) < 1e-6 * std::max(1.0, it.value()),
            qPrintable(
                QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(got[it.key()]).arg(it.value())));
        total += it.value();
    }
    QVERIFY(total > 1);
    // Per user: the same hours, the namespace template applied.
    a.by = queries::GroupBy::User;
    const auto users = wait(prom()->query(queries::gpuHours(a, day), this, at));
    QVERIFY2(users.ok(), qPrintable(describe(users)));
    double userTotal = 0;
    for (const Sample &s : users->vector) {
        userTotal += s.value;
        const QString u = s.labels.value(QStringLiteral("user"));
        if (!u.isEmpty())
            QVERIFY(expected.contains(QStringLiteral("user-") + u));
    }
    QVERIFY(std::abs(userTotal - total) < 1e-6 * total);
    // Per project: a label of allocated_accelerators, some sessions have one.
    a.by = queries::GroupBy::Project;
    const auto projects = wait(prom()->query(queries::gpuHours(a, day), this, at));
    QVERIFY2(projects.ok(), qPrintable(describe(projects)));
    QVERIFY(!projects->vector.isEmpty());
}

QTEST_GUILESS_MAIN(TstPrometheusSandbox)
#include "tst_prometheus_sandbox.moc"
