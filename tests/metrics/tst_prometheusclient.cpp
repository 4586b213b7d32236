// PrometheusClient against an in-process HTTP server: GET/POST, encoding, typed results,
// Prometheus's errors, threaded parsing of large answers, stepFor.

#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace plancia;
using namespace plancia::metrics;
using test::TestHttpServer;

namespace {

const QByteArray kVector = JSON({
    "status" : "success",
    "data" : {
        "resultType" : "vector",
        "result" : [ {"metric" : {"gpu" : "0"}, "value" : [ 1767225600, "42" ]} ]
    }
});

template<typename J>
auto wait(J *job)
{
    std::optional<typename J::ResultType> r;
    QObject::connect(job, &J::finished, [&](const typename J::ResultType &v) { r.emplace(v); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return typename J::ResultType(Error::make(Error::Kind::Timeout, QStringLiteral("test")));
    return *r;
}

QString queryParam(const QByteArray &pathOrForm, const QString &key)
{
    const qsizetype q = pathOrForm.indexOf('?');
    const QByteArray part = q >= 0 ? pathOrForm.mid(q + 1) : pathOrForm;
    // Form decoding, as Prometheus does it ('+' is a space): the client must have encoded it.
    QByteArray raw;
    for (const QByteArray &kv : part.split('&')) {
        if (kv.startsWith(key.toLatin1() + '='))
            raw = kv.mid(key.size() + 1);
    }
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

} // namespace

class TstPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void instantQueryGet()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(200, kVector, {{"Content-Type", "application/json"}});
        });
        HttpClient http;
        PrometheusClient prom(&http, server.url(QStringLiteral("/prom")));
        const QString promql = QStringLiteral("sum(a + b) by (x) & \"y=1\"");
        auto r = wait(prom.query(promql, this, QDateTime::fromSecsSinceEpoch(1767225600)));
        QVERIFY(r.ok());
        QCOMPARE(r->type, QueryResult::Type::Vector);
        QCOMPARE(r->vector.size(), 1);
        QCOMPARE(r->vector[0].value, 42.0);
        const auto req = server.requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(req.path.startsWith("/prom/api/v1/query?"));
        QCOMPARE(queryParam(req.path, QStringLiteral("query")), promql); // '+' survived
        QCOMPARE(queryParam(req.path, QStringLiteral("time")), QStringLiteral("1767225600.000"));
    }

    void longQueryIsPosted()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(
                200, JSON({
                    "status" : "success",
                    "data" : {
                        "resultType" : "matrix",
                        "result" : [ {"metric" : {}, "values" : [ [ 60, "1" ], [ 120, "2" ] ]} ]
                    }
                }));
        });
        HttpClient http;
        PrometheusClient prom(&http, server.url());
        QString promql = QStringLiteral("up");
        while (promql.size() < 3000)
            promql += QStringLiteral(" or up{job=\"x+y\"}");
        const Range range{QDateTime::fromSecsSinceEpoch(60), QDateTime::fromSecsSinceEpoch(120),
                          std::chrono::seconds(60)};
        auto r = wait(prom.queryRange(promql, range, this));
        QVERIFY(r.ok());
        QCOMPARE(r->type, QueryResult::Type::Matrix);
        QCOMPARE(r->matrix[0].v, (QVector<double>{1, 2}));
        const auto req = server.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/api/v1/query_range"));
        QCOMPARE(req.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(queryParam(req.body, QStringLiteral("query")), promql);
        QCOMPARE(queryParam(req.body, QStringLiteral("step")), QStringLiteral("60s"));
    }

    void prometheusErrorIsShown()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(400, JSON({
                           "status" : "error",
                           "errorType" : "bad_data",
                           "error" : "invalid parameter \"query\": 1:4: parse error"
                       }));
        });
        HttpClient http;
        PrometheusClient prom(&http, server.url());
        auto r = wait(prom.query(QStringLiteral("sum("), this));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(r.error().message.contains(QStringLiteral("parse error")));
        QVERIFY(r.error().detail.startsWith(QStringLiteral("bad_data")));
    }

    void largeAnswerParsedOffThread()
    {
        QByteArray body =
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        for (int s = 0; s < 20; ++s) {
            body += (s ? ",{" : "{") + QByteArray("\"metric\":{\"gpu\":\"") +
                    QByteArray::number(s) + "\"},\"values\":[";
            for (int i = 0; i < 3000; ++i)
                body += (i ? ",[" : "[") + QByteArray::number(i * 60) + ",\"" +
                        QByteArray::number(i) + "\"]";
            body += "]}";
        }
        body += "]}}";
        QVERIFY(body.size() > QueryJob::kThreadedParseBytes);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(200, body);
        });
        HttpClient http;
        PrometheusClient prom(&http, server.url());
        auto r = wait(prom.query(QStringLiteral("x"), this));
        QVERIFY(r.ok());
        QCOMPARE(r->matrix.size(), 20);
        QCOMPARE(r->pointCount(), 60000);

        // The owner gone while the worker parses: nothing arrives, nothing crashes.
        auto *owner = new QObject;
        auto *job = prom.query(QStringLiteral("x"), owner);
        bool called = false;
        connect(job, &QueryJob::finished, [&] { called = true; });
        QVERIFY(QTest::qWaitFor([&] { return server.requestCount() == 2; }, 5000));
        QTest::qWait(5); // the answer is on its way or being parsed
        delete owner;
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void seriesAndLabelValues()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            if (req.path.startsWith("/api/v1/series"))
                reply.send(200, JSON({"status" : "success", "data" : [ {"__name__" : "up"} ]}));
            else
                reply.send(200,
                           JSON({"status" : "success", "data" : [ "hub-a100-2", "hub-rtx-3" ]}));
        });
        HttpClient http;
        PrometheusClient prom(&http, server.url());
        auto s =
            wait(prom.series({QStringLiteral("up"), QStringLiteral("DCGM_FI_DEV_GPU_UTIL")}, this));
        QVERIFY(s.ok());
        QCOMPARE(s->size(), 1);
        const auto req = server.requests().first();
        QVERIFY(req.path.contains("match%5B%5D=up&match%5B%5D=DCGM_FI_DEV_GPU_UTIL"));
        auto l = wait(prom.labelValues(QStringLiteral("Hostname"), this));
        QVERIFY(l.ok());
        QCOMPARE(l->size(), 2);
        QVERIFY(server.requests().last().path.startsWith("/api/v1/label/Hostname/values"));
    }

    void noUrlIsAConfigError()
    {
        HttpClient http;
        PrometheusClient prom(&http, QUrl());
        auto r = wait(prom.query(QStringLiteral("up"), this));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Config);
        QVERIFY(r.error().message.contains(QStringLiteral("prometheus.url")));
    }

    void transportErrorIsAnError()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.sendCut(200, kVector, 10);
        });
        HttpClient http;
        http.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(2)});
        PrometheusClient prom(&http, server.url());
        auto r = wait(prom.query(QStringLiteral("up"), this));
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind != Error::Kind::Parse); // a cut answer, not "bad JSON"
    }

    void step()
    {
        using std::chrono::seconds;
        // 30 days on 800 px: one point per pixel at most.
        const seconds month(30 * 86400);
        const seconds s = stepFor(month, 800);
        QVERIFY(month.count() / s.count() + 1 <= 800);
        QCOMPARE(s, seconds(3600));
        QCOMPARE(stepFor(seconds(86400), 1200), seconds(120));
        QCOMPARE(stepFor(seconds(3600), 1200), seconds(15)); // the minimum
        QCOMPARE(stepFor(seconds(3600), 1200, seconds(1)), seconds(5));
        // Prometheus's 11,000 points per series cap, whatever the width.
        const seconds y(365 * 86400);
        QVERIFY(y.count() / stepFor(y, 100000, seconds(1)).count() + 1 <= kMaxPointsPerSeries);
        QVERIFY(stepFor(seconds(0), 0) >= seconds(1));
    }
};

QTEST_GUILESS_MAIN(TstPrometheusClient)
#include "tst_prometheusclient.moc"
