// core/usage: the accounting rows from the four named queries (against a canned Prometheus),
// the viewer's filter, the table model under QAbstractItemModelTester, the GPU-hours bars and
// the CSV.

#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "testhttpserver.h"
#include "testsupport.h"
#include "usage/accounting.h"
#include "usage/accountingmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace plancia;
using namespace plancia::usage;
using metrics::queries::GroupBy;
using test::TestHttpServer;

namespace {

QString queryOf(const TestHttpServer::Request &r)
{
    QByteArray form = r.method == "POST" ? r.body : r.path.mid(r.path.indexOf('?') + 1);
    form.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(form))
        .queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
}

QByteArray vec(const QString &rows)
{
    return QStringLiteral(R"({"status":"success","data":{"resultType":"vector","result":[%1]}})")
        .arg(rows)
        .toUtf8();
}

QString row(const QString &user, double v)
{
    return QStringLiteral(R"({"metric":{"user":"%1"},"value":[1767225600,"%2"]})").arg(user).arg(v);
}

Result<AccountingReport> run(metrics::PrometheusClient &prom, const AccountingRequest &req)
{
    std::optional<Result<AccountingReport>> r;
    auto *job = new AccountingJob(&prom, req, &prom);
    QObject::connect(job, &AccountingJob::finished,
                     [&](const Result<AccountingReport> &v) { r.emplace(v); });
    job->start();
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test"));
    return *r;
}

AccountingReport sample()
{
    AccountingReport r;
    r.request.by = GroupBy::User;
    r.rows = {{QStringLiteral("gbianchi"), 20, kNoData, 70, kNoData},
              {QStringLiteral("lverdi"), 3.25, 1, kNoData, kNoData},
              {QStringLiteral("mrossi"), 10.5, 2, 55, 40},
              {QString(), 1, kNoData, kNoData, kNoData}};
    return r;
}

} // namespace

class TstAccounting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void rowsMergeTheFourQueries()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        bool cpuFails = false;
        server.setHandler([&](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            const QString q = queryOf(r);
            if (q.contains(QStringLiteral("container_cpu_usage_seconds_total"))) {
                reply.send(200, vec(QString()));
            } else if (q.contains(QStringLiteral("resource=\"cpu\""))) {
                if (cpuFails)
                    reply.send(422, R"({"status":"error","errorType":"execution","error":"x"})");
                else
                    reply.send(200, vec(row(QStringLiteral("mrossi"), 8)));
            } else if (q.contains(QStringLiteral("count_over_time"))) {
                reply.send(200, vec(row(QStringLiteral("mrossi"), 50)));
            } else {
                reply.send(200, vec(row(QStringLiteral("mrossi"), 12) + QLatin1Char(',') +
                                    row(QStringLiteral("lverdi"), 2)));
            }
        });
        HttpClient http;
        metrics::PrometheusClient prom(&http, server.url(QStringLiteral("/")));
        AccountingRequest req;
        req.from = QDateTime::fromSecsSinceEpoch(1767225600 - 86400, Qt::UTC);
        req.to = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        auto r = run(prom, req);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[0].name, QStringLiteral("lverdi"));
        QCOMPARE(r->rows[0].gpuHours, 2.0);
        QVERIFY(!hasData(r->rows[0].cpuHours));
        QCOMPARE(r->rows[1].gpuHours, 12.0);
        QCOMPARE(r->rows[1].cpuHours, 8.0);
        QCOMPARE(r->rows[1].gpuEfficiency, 50.0);
        QVERIFY(!hasData(r->rows[1].cpuEfficiency));
        QVERIFY(r->cpuHoursAvailable);
        QVERIFY(!r->cpuEfficiencyAvailable);
        // Every query is evaluated at the period's end over the whole period.
        for (const auto &rq : server.requests()) {
            QVERIFY(queryOf(rq).contains(QStringLiteral("[86400s:300s]")));
        }
        // A CPU query failing leaves no data and a warning, not a failure.
        cpuFails = true;
        r = run(prom, req);
        QVERIFY(r.ok());
        QVERIFY(!r->warnings.isEmpty());
        QVERIFY(!hasData(r->rows[1].cpuHours));
        // A bad period fails at once.
        req.from = req.to;
        QVERIFY(!run(prom, req).ok());
    }

    void viewerSeesOwnAndProjects()
    {
        const Viewer me{QStringLiteral("mrossi"), {QStringLiteral("flashsim")}, false};
        QVERIFY(me.sees(GroupBy::User, QStringLiteral("mrossi")));
        QVERIFY(!me.sees(GroupBy::User, QStringLiteral("gbianchi")));
        QVERIFY(!me.sees(GroupBy::User, QString()));
        QVERIFY(me.sees(GroupBy::Project, QStringLiteral("flashsim")));
        QVERIFY(!me.sees(GroupBy::Project, QStringLiteral("cms-anomaly")));
        const Viewer admin{QStringLiteral("dferri"), {}, true};
        QCOMPARE(visibleRows(sample().rows, GroupBy::User, admin).size(), 4);
        QCOMPARE(visibleRows(sample().rows, GroupBy::User, me).size(), 1);
        UserInfo u;
        u.username = QStringLiteral("dferri");
        u.roles = {Role::Admin};
        QVERIFY(Viewer::from(u).admin);
    }

    void modelUnderTester()
    {
        AccountingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AccountingModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewer({QStringLiteral("x"), {}, true});
        model.setReport(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AccountingModel::ColumnCount));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("mrossi"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("(other namespaces)"));
        QCOMPARE(model.index(3, AccountingModel::CpuHours).data().toString(),
                 QStringLiteral("no data"));
        QCOMPARE(model.index(3, AccountingModel::CpuHours).data(AccountingModel::HasDataRole),
                 QVariant(false));
        // Numeric sort; no data below every figure.
        proxy.sort(AccountingModel::CpuHours, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("mrossi"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("lverdi"));
        proxy.sort(AccountingModel::GpuHours, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("gbianchi"));
        QCOMPARE(model.totals().gpuHours, 34.75);
        QCOMPARE(model.totals().cpuHours, 3.0);
        // A researcher: one row.
        model.setViewer({QStringLiteral("mrossi"), {}, false});
        QCOMPARE(model.rowCount(), 1);
        AccountingReport byProject = sample();
        byProject.request.by = GroupBy::Project;
        model.setReport(byProject);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Project"));
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void csvHasHeaderAndEmptyNoData()
    {
        QCOMPARE(accountingCsv(sample().rows.mid(1, 2), GroupBy::User),
                 QByteArray("user,gpuHours,cpuHours,gpuEfficiency,cpuEfficiency\r\n"
                            "lverdi,3.25,1,,\r\n"
                            "mrossi,10.5,2,55,40\r\n"));
        QVERIFY(accountingCsv({}, GroupBy::Project).startsWith("project,"));
    }

    void barsPerBucket()
    {
        const auto from = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
        const auto to = from.addDays(7);
        const auto bucket = barBucketFor(from, to);
        QCOMPARE(bucket.count(), 86400);
        QCOMPARE(barBucketFor(from, from.addDays(30)).count(), 7 * 86400);
        const metrics::Range range = barRange(from, to, bucket);
        QCOMPARE(range.start, from.addDays(1));
        QCOMPARE(range.end, to);
        metrics::Series a, b;
        a.labels = {{QStringLiteral("user"), QStringLiteral("mrossi")}};
        b.labels = {{QStringLiteral("user"), QStringLiteral("lverdi")}};
        for (int d = 1; d <= 7; ++d) {
            a.t << double(from.addDays(d).toMSecsSinceEpoch());
            a.v << d;
        }
        b.t << double(from.addDays(3).toMSecsSinceEpoch());
        b.v << 5;
        const Viewer admin{{}, {}, true};
        const auto table = barsFromMatrix({a, b}, GroupBy::User, bucket, admin);
        QCOMPARE(table.categories.size(), 7);
        QCOMPARE(table.categories.first(), QStringLiteral("2025-12-01"));
        QCOMPARE(table.sets.size(), 2);
        QCOMPARE(table.sets[0].name, QStringLiteral("lverdi"));
        QCOMPARE(table.sets[0].values, (QVector<double>{0, 0, 5, 0, 0, 0, 0}));
        QCOMPARE(table.sets[1].values.last(), 7.0);
        const Viewer me{QStringLiteral("mrossi"), {}, false};
        QCOMPARE(barsFromMatrix({a, b}, GroupBy::User, bucket, me).sets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAccounting)
#include "tst_accounting.moc"
