// Prometheus answers (canned JSON) to typed results and Errors; CSV; named-query helpers.

#include "metrics/csv.h"
#include "metrics/promparse.h"
#include "metrics/queries.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace plancia;
using namespace plancia::metrics;

class TstPromParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void vector()
    {
        const auto r = parseQueryResponse(JSON({
            "status" : "success",
            "data" : {
                "resultType" : "vector",
                "result" : [
                    {
                        "metric" : {"__name__" : "up", "Hostname" : "hub-a100-2", "gpu" : "0"},
                        "value" : [ 1767225600.5, "42.5" ]
                    },
                    {"metric" : {"gpu" : "1"}, "value" : [ 1767225600, "NaN" ]}
                ]
            }
        }));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(r->type, QueryResult::Type::Vector);
        QCOMPARE(r->vector.size(), 2);
        QCOMPARE(r->vector[0].labels.value(QStringLiteral("Hostname")),
                 QStringLiteral("hub-a100-2"));
        QCOMPARE(r->vector[0].value, 42.5);
        QCOMPARE(r->vector[0].timeMs, 1767225600500.0);
        QVERIFY(std::isnan(r->vector[1].value));
        QVERIFY(r->warnings.isEmpty());
    }

    void matrixWithWarnings()
    {
        const auto r = parseQueryResponse(JSON({
            "status" : "success",
            "warnings" : ["PromQL info: metric might not be a counter"],
            "data" : {
                "resultType" : "matrix",
                "result" : [
                    {
                        "metric" : {"a" : "x"},
                        "values" : [ [ 10, "1" ], [ 20, "+Inf" ], [ 30, "-2e3" ] ]
                    },
                    {"metric" : {}, "values" : []}
                ]
            }
        }));
        QVERIFY(r.ok());
        QCOMPARE(r->type, QueryResult::Type::Matrix);
        QCOMPARE(r->matrix.size(), 2);
        QCOMPARE(r->matrix[0].t, (QVector<double>{10000, 20000, 30000}));
        QCOMPARE(r->matrix[0].v[0], 1.0);
        QVERIFY(std::isinf(r->matrix[0].v[1]) && r->matrix[0].v[1] > 0);
        QCOMPARE(r->matrix[0].v[2], -2000.0);
        QVERIFY(r->matrix[1].isEmpty());
        QCOMPARE(r->warnings,
                 QStringList{QStringLiteral("PromQL info: metric might not be a counter")});
        QCOMPARE(r->pointCount(), 3);
    }

    void scalarAndString()
    {
        auto r = parseQueryResponse(JSON(
            {"status" : "success", "data" : {"resultType" : "scalar", "result" : [ 5, "3.25" ]}}));
        QVERIFY(r.ok());
        QCOMPARE(r->type, QueryResult::Type::Scalar);
        QCOMPARE(r->scalar.value, 3.25);
        QCOMPARE(r->scalar.timeMs, 5000.0);
        r = parseQueryResponse(JSON(
            {"status" : "success", "data" : {"resultType" : "string", "result" : [ 5, "hi" ]}}));
        QVERIFY(r.ok());
        QCOMPARE(r->type, QueryResult::Type::String);
        QCOMPARE(r->string, QStringLiteral("hi"));
    }

    void prometheusError()
    {
        const auto r =
            parseQueryResponse(JSON({
                                   "status" : "error",
                                   "errorType" : "bad_data",
                                   "error" : "1:5: parse error: unexpected right parenthesis ')'"
                               }),
                               400);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(r.error().message.contains(QStringLiteral("unexpected right parenthesis")));
        QVERIFY(r.error().detail.startsWith(QStringLiteral("bad_data")));
        const auto t = parseQueryResponse(
            JSON({"status" : "error", "errorType" : "timeout", "error" : "query timed out"}), 503);
        QCOMPARE(t.error().kind, Error::Kind::Timeout);
        QVERIFY(t.error().detail.startsWith(QStringLiteral("timeout")));
    }

    void notPrometheus()
    {
        // A proxy's HTML 502: described from the status, not as a JSON problem.
        auto r = parseQueryResponse("<html>Bad gateway</html>", 502);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Server);
        QCOMPARE(r.error().httpStatus, 502);
        // Malformed JSON with a 200: a Parse error whose message is words, the parser's text
        // only in the detail.
        r = parseQueryResponse(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        QVERIFY(!r.error().message.contains(QStringLiteral("json.exception")));
        QVERIFY(r.error().detail.contains(QStringLiteral("parse_error")));
        // Wrong shapes.
        QCOMPARE(parseQueryResponse(JSON({"status" : "success"})).error().kind, Error::Kind::Parse);
        QCOMPARE(
            parseQueryResponse(JSON({
                "status" : "success",
                "data" :
                    {"resultType" : "vector", "result" : [ {"metric" : {}, "value" : [ 1, 2 ]} ]}
            }))
                .error()
                .kind,
            Error::Kind::Parse);
        QCOMPARE(parseQueryResponse(JSON({
                     "status" : "success",
                     "data" : {
                         "resultType" : "matrix",
                         "result" : [ {"metric" : {}, "values" : [[ 1, "x" ]]} ]
                     }
                 }))
                     .error()
                     .kind,
                 Error::Kind::Parse);
        QCOMPARE(parseQueryResponse(JSON([ 1, 2 ])).error().kind, Error::Kind::Parse);
        QCOMPARE(parseQueryResponse(
                     JSON({"status" : "success", "data" : {"resultType" : "wat", "result" : []}}))
                     .error()
                     .kind,
                 Error::Kind::Parse);
    }

    void huge()
    {
        // 200 series x 5,000 points: all there, in order.
        QByteArray body =
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        for (int s = 0; s < 200; ++s) {
            body += (s ? ",{" : "{") + QByteArray("\"metric\":{\"gpu\":\"") +
                    QByteArray::number(s) + "\"},\"values\":[";
            for (int i = 0; i < 5000; ++i)
                body += (i ? ",[" : "[") + QByteArray::number(1000 + i * 15) + ",\"" +
                        QByteArray::number(i % 101) + "\"]";
            body += "]}";
        }
        body += "]}}";
        const auto r = parseQueryResponse(body);
        QVERIFY(r.ok());
        QCOMPARE(r->matrix.size(), 200);
        QCOMPARE(r->pointCount(), 1000000);
        QCOMPARE(r->matrix[199].labels.value(QStringLiteral("gpu")), QStringLiteral("199"));
        QCOMPARE(r->matrix[199].t.last(), (1000.0 + 4999 * 15) * 1000);
        QCOMPARE(r->matrix[199].v[100], 100.0);
    }

    void seriesAndLabels()
    {
        const auto s = parseSeriesResponse(JSON({
            "status" : "success",
            "data" : [ {"__name__" : "up", "job" : "x"}, {"__name__" : "y"} ]
        }));
        QVERIFY(s.ok());
        QCOMPARE(s->size(), 2);
        QCOMPARE(s->at(0).value(QStringLiteral("job")), QStringLiteral("x"));
        const auto l = parseStringListResponse(JSON({"status" : "success", "data" : [ "a", "b" ]}));
        QVERIFY(l.ok());
        QCOMPARE(l.value(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const auto e = parseStringListResponse(
            JSON({"status" : "error", "errorType" : "bad_data", "error" : "invalid label name"}),
            400);
        QCOMPARE(e.error().kind, Error::Kind::Invalid);
    }

    void csv()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
        Series s;
        s.name = QStringLiteral("hub-a100-2 / 0, \"A100\"");
        s.t = {1767225600000.0, 1767225900000.0};
        s.v = {12.5, std::nan("")};
        const QByteArray out = toCsv(QVector<Series>{s});
        QCOMPARE(out, QByteArray("series,time,timestamp,value\r\n"
                                 "\"hub-a100-2 / 0, \"\"A100\"\"\",2026-01-01T00:00:00.000Z,"
                                 "1767225600.000,12.5\r\n"
                                 "\"hub-a100-2 / 0, \"\"A100\"\"\",2026-01-01T00:05:00.000Z,"
                                 "1767225900.000,NaN\r\n"));
        BarTable t;
        t.categories = {QStringLiteral("2026-01-01"), QStringLiteral("2026-01-02")};
        t.sets = {{QStringLiteral("alice"), {1.5, 2}}, {QStringLiteral("bob, jr"), {0, 3.25}}};
        QCOMPARE(toCsv(t), QByteArray("category,alice,\"bob, jr\"\r\n2026-01-01,1.5,0\r\n"
                                      "2026-01-02,2,3.25\r\n"));
    }

    void queryHelpers()
    {
        QCOMPARE(queries::namespaceUserPattern(QStringLiteral("user-{username}")),
                 QStringLiteral("user-(.+)"));
        QCOMPARE(queries::namespaceUserPattern(QStringLiteral("ns.{username}")),
                 QStringLiteral("ns\\\\.(.+)"));
        QCOMPARE(queries::duration(std::chrono::hours(24)), QStringLiteral("86400s"));
        // Both host label spellings, both MIG strategies' resource names, no PromQL elsewhere.
        const QString util = queries::gpuUtilisationPerGpu();
        QVERIFY(util.contains(QStringLiteral("\"hostname\"")));
        QVERIFY(util.contains(QStringLiteral("DCGM_FI_PROF_GR_ENGINE_ACTIVE")));
        const QString hours = queries::gpuHours({}, std::chrono::hours(24));
        QVERIFY(hours.contains(QStringLiteral("nvidia_com_mig_")));
        QVERIFY(hours.contains(QStringLiteral("nvidia.com/mig-")));
        QVERIFY(hours.contains(QStringLiteral("[86400s:300s]")));
        QVERIFY(hours.startsWith(QStringLiteral("sum by (user)")));
    }
};

QTEST_GUILESS_MAIN(TstPromParse)
#include "tst_promparse.moc"
