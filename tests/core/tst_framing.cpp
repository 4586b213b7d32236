#include "net/httpclient.h"
#include "net/httpjob.h"
#include "net/linedecoder.h"
#include "net/ssedecoder.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using test::TestHttpServer;

namespace {

// Feeds `input` to a LineDecoder in the pieces that `cuts` (ascending offsets) make, then ends
// the stream; returns every line, the final unterminated one included.
QList<QByteArray> linesOf(const QByteArray &input, const QList<qsizetype> &cuts)
{
    LineDecoder decoder;
    QList<QByteArray> lines;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (qsizetype end : ends) {
        auto got = decoder.feed(QByteArrayView(input).sliced(from, end - from));
        if (!got.ok())
            return {QByteArrayLiteral("<error>")};
        lines += got.value();
        from = end;
    }
    if (auto last = decoder.finish())
        lines.append(*last);
    return lines;
}

QList<SseEvent> eventsOf(const QByteArray &input, const QList<qsizetype> &cuts,
                         SseDecoder *out = nullptr)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (qsizetype end : ends) {
        auto got = decoder.feed(QByteArrayView(input).sliced(from, end - from));
        if (!got.ok())
            return {SseEvent{QStringLiteral("<error>"), {}, {}}};
        events += got.value();
        from = end;
    }
    if (out)
        *out = decoder;
    return events;
}

SseEvent ev(const QString &data, const QString &id = {},
            const QString &type = QStringLiteral("message"))
{
    return SseEvent{type, data, id};
}

QString describe(const QList<SseEvent> &events)
{
    QStringList parts;
    for (const auto &e : events)
        parts << QStringLiteral("[%1|%2|%3]").arg(e.type, e.data, e.lastEventId);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TstFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // --- lines (Kubernetes watch, log follow) ---

    void linesEndAtNewlineAndDropCr()
    {
        const QByteArray input = "{\"type\":\"ADDED\"}\n\n{\"type\":\"DELETED\"}\r\nlast";
        const QList<QByteArray> expected{"{\"type\":\"ADDED\"}", "", "{\"type\":\"DELETED\"}",
                                         "last"};
        QCOMPARE(linesOf(input, {}), expected);
    }

    void linesSplitAtEveryByte()
    {
        // Multi-byte UTF-8 (è, 🚀) and a CRLF so that cuts land inside both.
        const QByteArray input = QStringLiteral("caffè\r\n{\"msg\":\"🚀 up\"}\n\nx\ntail").toUtf8();
        const QList<QByteArray> expected{QStringLiteral("caffè").toUtf8(),
                                         QStringLiteral("{\"msg\":\"🚀 up\"}").toUtf8(), "", "x",
                                         "tail"};
        for (qsizetype i = 0; i <= input.size(); ++i)
            QCOMPARE(linesOf(input, {i}), expected);
        for (qsizetype i = 0; i <= input.size(); ++i) {
            for (qsizetype j = i; j <= input.size(); ++j)
                QCOMPARE(linesOf(input, {i, j}), expected);
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < input.size(); ++i)
            everyByte.append(i);
        QCOMPARE(linesOf(input, everyByte), expected);
    }

    void finalNewlineLeavesNothingAtTheEnd()
    {
        LineDecoder decoder;
        auto got = decoder.feed("a\nb\r\n");
        QVERIFY(got.ok());
        QCOMPARE(got.value(), (QList<QByteArray>{"a", "b"}));
        QVERIFY(!decoder.finish().has_value());
        // A lone CR before the end is part of a CRLF the stream did not finish.
        QVERIFY(decoder.feed("c\r").ok());
        QCOMPARE(decoder.finish(), std::optional<QByteArray>("c"));
    }

    void overlongLineIsAnError()
    {
        LineDecoder decoder(16);
        QVERIFY(decoder.feed("0123456789").ok());
        auto got = decoder.feed("0123456789");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().kind, Error::Kind::TooLarge);
        QVERIFY(!decoder.feed("\n").ok()); // stays failed
        decoder.reset();
        auto again = decoder.feed("short\n");
        QVERIFY(again.ok());
        QCOMPARE(again.value(), QList<QByteArray>{"short"});
    }

    // --- Server-Sent Events (JupyterHub spawn progress) ---

    void sseSpecExamples()
    {
        // The examples of the WHATWG HTML standard, 9.2.6.
        QCOMPARE(eventsOf("data: YHOO\ndata: +2\ndata: 10\n\n", {}),
                 QList<SseEvent>{ev(QStringLiteral("YHOO\n+2\n10"))});
        QCOMPARE(eventsOf(": test stream\n\ndata: first event\nid: 1\n\n"
                          "data:second event\nid\n\ndata:  third event\n",
                          {}),
                 (QList<SseEvent>{ev(QStringLiteral("first event"), QStringLiteral("1")),
                                  ev(QStringLiteral("second event"))}));
        QCOMPARE(eventsOf("data\n\ndata\ndata\n\ndata:", {}),
                 (QList<SseEvent>{ev({}), ev(QStringLiteral("\n"))}));
        QCOMPARE(eventsOf("data:test\n\ndata: test\n\n", {}),
                 (QList<SseEvent>{ev(QStringLiteral("test")), ev(QStringLiteral("test"))}));
    }

    void sseEventTypeIdAndRetry()
    {
        SseDecoder decoder;
        const auto events = eventsOf("event: progress\nid: 7\ndata: {\"progress\": 50}\n\n"
                                     "data: {\"progress\": 100, \"ready\": true}\n\n"
                                     "retry: 1500\nretry: 15x\nfoo: bar\nid: 8\n\n",
                                     {}, &decoder);
        QCOMPARE(events, (QList<SseEvent>{
                             ev(QStringLiteral("{\"progress\": 50}"), QStringLiteral("7"),
                                QStringLiteral("progress")),
                             ev(QStringLiteral("{\"progress\": 100, \"ready\": true}"),
                                QStringLiteral("7")),
                         }));
        QCOMPARE(decoder.reconnectionTime(), std::optional(std::chrono::milliseconds(1500)));
        QCOMPARE(decoder.lastEventId(), QStringLiteral("8")); // set by the blank line
    }

    void sseCommentsAndKeepalivesDispatchNothing()
    {
        QCOMPARE(eventsOf(": keepalive\n\n:\n\n\n\nevent: progress\n\n", {}), QList<SseEvent>{});
        // An `event:` without data does not leak into the next event.
        QCOMPARE(eventsOf("event: ping\n\ndata: x\n\n", {}),
                 QList<SseEvent>{ev(QStringLiteral("x"))});
    }

    void sseLineEndingsAndBom()
    {
        const QList<SseEvent> expected{ev(QStringLiteral("a\nb"), QStringLiteral("1")),
                                       ev(QStringLiteral("c"), QStringLiteral("1"))};
        QCOMPARE(eventsOf("id: 1\ndata: a\ndata: b\n\ndata: c\n\n", {}), expected);
        QCOMPARE(eventsOf("id: 1\r\ndata: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n", {}), expected);
        QCOMPARE(eventsOf("id: 1\rdata: a\rdata: b\r\rdata: c\r\r", {}), expected);
        QCOMPARE(eventsOf("\xEF\xBB\xBFid: 1\ndata: a\ndata: b\n\ndata: c\n\n", {}), expected);
        // A BOM later in the stream is no BOM: that line's field name is unknown.
        QCOMPARE(eventsOf("data: x\n\n\xEF\xBB\xBF"
                          "data: y\n\n",
                          {}),
                 QList<SseEvent>{ev(QStringLiteral("x"))});
    }

    void sseSplitAtEveryByte()
    {
        const QByteArray input =
            QStringLiteral("\xFEFF: hi\r\nevent: progress\r\ndata: {\"message\": \"Pod è 🚀\"}\r\r"
                           "id: 42\ndata: one\ndata:two\n\n:keepalive\n\nretry: 250\rdata: end\r\n"
                           "\r\ndata: cut off")
                .toUtf8();
        QVERIFY(input.startsWith("\xEF\xBB\xBF"));
        const QList<SseEvent> expected{
            ev(QStringLiteral("{\"message\": \"Pod è 🚀\"}"), {}, QStringLiteral("progress")),
            ev(QStringLiteral("one\ntwo"), QStringLiteral("42")),
            ev(QStringLiteral("end"), QStringLiteral("42")),
        };
        QCOMPARE(describe(eventsOf(input, {})), describe(expected));
        for (qsizetype i = 0; i <= input.size(); ++i) {
            SseDecoder d;
            const auto got = eventsOf(input, {i}, &d);
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(i).arg(describe(got))));
            QCOMPARE(d.reconnectionTime(), std::optional(std::chrono::milliseconds(250)));
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < input.size(); ++i)
            everyByte.append(i);
        QCOMPARE(describe(eventsOf(input, everyByte)), describe(expected));
    }

    void sseSplitAtEveryPairOfBytes()
    {
        const QByteArray input = "\xEF\xBB\xBF"
                                 "data: a\r\ndata:b\r\r: c\nid: 1\n\ndata: \xC3\xA8\r\n\r\n";
        const QList<SseEvent> expected{ev(QStringLiteral("a\nb")),
                                       ev(QStringLiteral("è"), QStringLiteral("1"))};
        for (qsizetype i = 0; i <= input.size(); ++i) {
            for (qsizetype j = i; j <= input.size(); ++j) {
                const auto got = eventsOf(input, {i, j});
                QVERIFY2(
                    got == expected,
                    qPrintable(QStringLiteral("cuts %1,%2: %3").arg(i).arg(j).arg(describe(got))));
            }
        }
    }

    void sseResetKeepsTheLastEventId()
    {
        SseDecoder decoder;
        QVERIFY(decoder.feed("id: 5\ndata: x\n\ndata: half").ok());
        decoder.reset(); // reconnected
        auto got = decoder.feed("data: y\n\n");
        QVERIFY(got.ok());
        QCOMPARE(got.value(), QList<SseEvent>{ev(QStringLiteral("y"), QStringLiteral("5"))});
        QCOMPARE(decoder.lastEventId(), QStringLiteral("5"));
    }

    void sseOverlongLineIsAnError()
    {
        SseDecoder decoder(8);
        auto got = decoder.feed("data: 0123456789");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().kind, Error::Kind::TooLarge);
    }

    // --- fed from HttpJob::chunk() ---

    void decodersReadAStreamingJob_data()
    {
        QTest::addColumn<bool>("sse");
        QTest::newRow("watch lines") << false;
        QTest::newRow("event-stream") << true;
    }

    void decodersReadAStreamingJob()
    {
        QFETCH(bool, sse);
        const QByteArray body =
            sse ? QByteArray("data: {\"progress\": 10}\n\n: keepalive\n\ndata: {\"progress\":"
                             " 100,\n"
                             "data:  \"ready\": true}\n\n")
                : QByteArray("{\"type\":\"ADDED\",\"object\":{}}\n{\"type\":\"BOOKMARK\"}\n");
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200);
            // Server-side chunks that cut lines and fields in odd places.
            for (qsizetype i = 0; i < body.size(); i += 7)
                reply.write(body.mid(i, 7));
            reply.end();
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.streaming = true;
        auto *job = client.send(req, nullptr);
        LineDecoder lines;
        SseDecoder events;
        QStringList got;
        connect(job, &HttpJob::chunk, this, [&](const QByteArray &piece) {
            // (Hold the Result: a range-for over `feed(piece).value()` would dangle.)
            if (sse) {
                const auto decoded = events.feed(piece);
                for (const auto &e : decoded.value())
                    got << e.data;
            } else {
                const auto decoded = lines.feed(piece);
                for (const auto &l : decoded.value())
                    got << QString::fromUtf8(l);
            }
        });
        QSignalSpy finished(job, &HttpJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<HttpResult>().ok());
        const QStringList expected =
            sse ? QStringList{QStringLiteral("{\"progress\": 10}"),
                              QStringLiteral("{\"progress\": 100,\n \"ready\": true}")}
                : QStringList{QStringLiteral("{\"type\":\"ADDED\",\"object\":{}}"),
                              QStringLiteral("{\"type\":\"BOOKMARK\"}")};
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TstFraming)
#include "tst_framing.moc"
