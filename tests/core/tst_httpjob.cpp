#include "net/authorizer.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace plancia;
using test::TestHttpServer;

namespace {

// Runs a job to completion and returns its one result; fails the test if it emits twice.
HttpResult run(HttpClient &client, HttpRequest req, QObject *owner = nullptr,
               int *emissions = nullptr)
{
    auto *job = client.send(std::move(req), owner);
    std::optional<HttpResult> result;
    int count = 0;
    QObject::connect(job, &HttpJob::finished, [&](const HttpResult &r) {
        ++count;
        result.emplace(r);
    });
    const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    if (!done)
        return Error::make(Error::Kind::Internal, QStringLiteral("test: no result in 20 s"));
    // Let any stray second emission surface before reporting.
    QCoreApplication::processEvents();
    if (emissions)
        *emissions = count;
    return *result;
}

} // namespace

class TstHttpJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void getReturnsBodyAndHeaders()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            QCOMPARE(req.method, QByteArray("GET"));
            reply.send(200, JSON({"ok" : true}), {{"X-Thing", "42"}});
        });
        HttpClient client;
        int emissions = 0;
        auto r =
            run(client, HttpRequest::get(server.url(QStringLiteral("/x"))), nullptr, &emissions);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray(JSON({"ok" : true})));
        QCOMPARE(r->header("x-thing"), QByteArray("42"));
        QCOMPARE(emissions, 1);
        QVERIFY(server.requests().first().header("user-agent").startsWith("Plancia/"));
    }

    void startIsNeverSynchronous()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) { reply.send(200, "{}"); });
        HttpClient client;
        auto *job = client.createJob(HttpRequest::get(server.url()), nullptr);
        QSignalSpy spy(job, &HttpJob::finished);
        job->start();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(spy.wait(10000));
    }

    void httpStatusesMapToErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(Error::Kind::Invalid);
        QTest::newRow("401") << 401 << int(Error::Kind::Unauthorized);
        QTest::newRow("403") << 403 << int(Error::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(Error::Kind::NotFound);
        QTest::newRow("409") << 409 << int(Error::Kind::Conflict);
        QTest::newRow("410") << 410 << int(Error::Kind::Gone);
        QTest::newRow("422") << 422 << int(Error::Kind::Invalid);
        QTest::newRow("500") << 500 << int(Error::Kind::Server);
        QTest::newRow("418") << 418 << int(Error::Kind::Http);
    }

    void httpStatusesMapToErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([status](const auto &, TestHttpServer::Reply reply) {
            reply.send(status, "{\"kind\":\"Status\",\"message\":\"pods x not found\"}");
        });
        HttpClient client;
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(r.error().detail.contains(QLatin1String("not found")));
        QCOMPARE(server.requestCount(), 1); // none of these is retried
    }

    void nonErrorModeReturnsStatus()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const auto &, TestHttpServer::Reply reply) { reply.send(404, "nope"); });
        HttpClient client;
        auto *job = client.createJob(HttpRequest::get(server.url()), nullptr);
        job->setTreatHttpErrorsAsErrors(false);
        QSignalSpy spy(job, &HttpJob::finished);
        job->start();
        QVERIFY(spy.wait(10000));
        const auto r = spy.first().first().value<HttpResult>();
        QVERIFY(r.ok());
        QCOMPARE(r->status, 404);
    }

    void retriesIdempotentOn503ThenSucceeds()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            if (++calls < 3)
                reply.send(503, "busy");
            else
                reply.send(200, "done");
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(10), std::chrono::milliseconds(50)});
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("done"));
        QCOMPARE(calls, 3);
    }

    void honoursRetryAfter()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QElapsedTimer sinceFirst;
        qint64 gap = -1;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            if (!sinceFirst.isValid()) {
                sinceFirst.start();
                reply.send(429, "slow down", {{"Retry-After", "1"}});
            } else {
                gap = sinceFirst.elapsed();
                reply.send(200, "ok");
            }
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(r.ok());
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
    }

    void givesUpAfterMaxRetries()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const auto &, TestHttpServer::Reply reply) { reply.send(502, "bad"); });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto req = HttpRequest::get(server.url());
        req.maxRetries = 2;
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Server);
        QCOMPARE(server.requestCount(), 3);
    }

    void doesNotRetryPost()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const auto &, TestHttpServer::Reply reply) { reply.send(503, "busy"); });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto r = run(client, HttpRequest::post(server.url(), "{}", "application/json"));
        QVERIFY(!r.ok());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().body, QByteArray("{}"));
    }

    void timesOutWhenServerIsSilent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> held;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) { held.append(reply); });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto req = HttpRequest::get(server.url());
        req.timeout = std::chrono::milliseconds(300);
        req.maxRetries = 1;
        QElapsedTimer t;
        t.start();
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QCOMPARE(server.requestCount(), 2); // a GET that timed out is retried once
        QVERIFY(t.elapsed() < 5000);
    }

    void connectionRefusedIsNetworkError()
    {
        quint16 port = 0;
        {
            TestHttpServer probe;
            QVERIFY(probe.listen());
            port = probe.port();
        }
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto req = HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        req.maxRetries = 1;
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY(r.error().message.contains(QLatin1String("127.0.0.1")));
    }

    void cancelEmitsCanceledOnce()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> held;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) { held.append(reply); });
        HttpClient client;
        auto *job = client.send(HttpRequest::get(server.url()), nullptr);
        QSignalSpy spy(job, &HttpJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        QVERIFY(QTest::qWaitFor([&] { return server.requestCount() == 1; }, 10000));
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<HttpResult>().error().kind, Error::Kind::Canceled);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QVERIFY(destroyed.wait(5000)); // cleans itself up
    }

    void ownerDestructionAbortsSilently()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> held;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) { held.append(reply); });
        HttpClient client;
        auto *owner = new QObject;
        auto *job = client.send(HttpRequest::get(server.url()), owner);
        int emitted = 0;
        connect(job, &HttpJob::finished, this, [&] { ++emitted; });
        QVERIFY(QTest::qWaitFor([&] { return server.requestCount() == 1; }, 10000));
        delete owner; // the view went away
        QVERIFY(QTest::qWaitFor([&] { return held.isEmpty() || !held.first().isOpen(); }, 5000));
        QCOMPARE(emitted, 0);
    }

    void authorizerInjectsAndRefreshesOnceOn401()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            if (req.header("authorization") == "Bearer fresh")
                reply.send(200, "hello");
            else
                reply.send(401, JSON({"error" : "expired"}));
        });
        HttpClient client;
        QList<bool> forced;
        client.setAuthorizer(headerAuthorizer([&](bool force, QObject *, auto done) {
            forced.append(force);
            done(Result<QByteArray>(QByteArray(force ? "Bearer fresh" : "Bearer stale")));
        }));
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(r.ok());
        QCOMPARE(forced, (QList<bool>{false, true}));
        QCOMPARE(server.requestCount(), 2);
    }

    void persistent401IsUnauthorized()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) { reply.send(401, "{}"); });
        HttpClient client;
        client.setAuthorizer(headerAuthorizer(
            [](bool, QObject *, auto done) { done(Result<QByteArray>(QByteArray("Bearer x"))); }));
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(server.requestCount(), 2);
    }

    void authorizerFailureFailsJobWithoutRequest()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        HttpClient client;
        client.setAuthorizer(headerAuthorizer([](bool, QObject *, auto done) {
            done(Result<QByteArray>(
                Error::make(Error::Kind::Auth, QStringLiteral("Please log in."))));
        }));
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QCOMPARE(server.requestCount(), 0);
    }

    void unauthenticatedRequestSkipsAuthorizer()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) { reply.send(200, "{}"); });
        HttpClient client;
        bool called = false;
        client.setAuthorizer(headerAuthorizer([&](bool, QObject *, auto done) {
            called = true;
            done(Result<QByteArray>(QByteArray("Bearer x")));
        }));
        auto req = HttpRequest::get(server.url());
        req.authenticate = false;
        QVERIFY(run(client, req).ok());
        QVERIFY(!called);
        QVERIFY(server.requests().first().header("authorization").isEmpty());
    }

    void tooLargeAnswerIsRefused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) {
            reply.send(200, QByteArray(256 * 1024, 'x'));
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.maxResponseBytes = 64 * 1024;
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::TooLarge);
    }

    void streamingDeliversChunks()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestHttpServer::Reply streamReply;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200, {{"Content-Type", "text/event-stream"}});
            reply.write("data: {\"progress\": 10}\n\n");
            streamReply = reply;
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.streaming = true;
        auto *job = client.send(req, nullptr);
        QByteArray got;
        connect(job, &HttpJob::chunk, this, [&](const QByteArray &c) { got += c; });
        QSignalSpy finished(job, &HttpJob::finished);
        QVERIFY(QTest::qWaitFor([&] { return got.contains("10"); }, 10000));
        QCOMPARE(finished.count(), 0);
        streamReply.write("data: {\"progress\": 100}\n\n");
        QVERIFY(QTest::qWaitFor([&] { return got.contains("100"); }, 10000));
        streamReply.end();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<HttpResult>().ok());
    }

    // --- a broken answer is never a success ---

    void cutBodyIsAnError()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) {
            reply.sendCut(200, QByteArray(1000, 'x'), 400); // Content-Length 1000, 400 sent
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.maxRetries = 0;
        auto r = run(client, req);
        QVERIFY2(!r.ok(), "a 200 whose body was cut must not be a success");
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("before the answer was complete")),
                 qPrintable(r.error().message));
    }

    void cutBodyOfIdempotentRequestIsRetried()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body(1000, 'y');
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            if (server.requestCount() == 1)
                reply.sendCut(200, body, 10);
            else
                reply.send(200, body);
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto r = run(client, HttpRequest::get(server.url()));
        QVERIFY(r.ok());
        QCOMPARE(r->body, body); // the whole body of the second attempt, nothing of the first
        QCOMPARE(server.requestCount(), 2);
    }

    void cutStreamIsAnErrorAndNotReplayed()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestHttpServer::Reply stream;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200, {{"Content-Type", "application/json"}});
            reply.write("{\"type\":\"ADDED\"}\n");
            stream = reply;
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto req = HttpRequest::get(server.url(QStringLiteral("/api/v1/pods?watch=1")));
        req.streaming = true; // idempotent, maxRetries 3: still not sent again once data came
        auto *job = client.send(req, nullptr);
        QByteArray got;
        connect(job, &HttpJob::chunk, this, [&](const QByteArray &c) { got += c; });
        QSignalSpy finished(job, &HttpJob::finished);
        QVERIFY(QTest::qWaitFor([&] { return got.contains("ADDED"); }, 10000));
        stream.write("{\"type\":\"MODI");
        stream.cut(); // no last chunk
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<HttpResult>();
        QVERIFY2(!r.ok(), "a stream cut mid-way must not end as a success");
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(got, QByteArray("{\"type\":\"ADDED\"}\n{\"type\":\"MODI"));
        QCOMPARE(server.requestCount(), 1);
    }

    // --- connections: streams never starve ordinary requests ---

    void tenStreamsDoNotBlockAnOrdinaryGet()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> streams;
        server.setHandler([&](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            if (req.path.startsWith("/watch")) {
                reply.begin(200);
                reply.write("{}\n");
                streams.append(reply);
            } else {
                reply.send(200, "quick");
            }
        });
        HttpClient client;
        QObject owner;
        int started = 0;
        int ended = 0;
        for (int i = 0; i < 10; ++i) {
            auto req = HttpRequest::get(server.url(QStringLiteral("/watch/%1").arg(i)));
            req.streaming = true;
            auto *job = client.send(req, &owner);
            connect(job, &HttpJob::responseStarted, this, [&] { ++started; });
            connect(job, &HttpJob::finished, this, [&] { ++ended; });
        }
        // All ten are open at the server at once (not 6 plus 4 waiting for a connection).
        QVERIFY2(QTest::qWaitFor([&] { return started == 10; }, 10000),
                 qPrintable(QStringLiteral("%1 of 10 streams started").arg(started)));
        QCOMPARE(streams.size(), 10);
        QElapsedTimer t;
        t.start();
        auto get = HttpRequest::get(server.url(QStringLiteral("/version")));
        get.timeout = std::chrono::milliseconds(3000);
        get.maxRetries = 0;
        auto r = run(client, get);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(r->body, QByteArray("quick"));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(ended, 0);
        QCOMPARE(client.streamManagerCount(), 2); // 6 + 4
    }

    void idleTimerDoesNotRunWhileQueued()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> held;
        server.setHandler([&](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            if (req.path == "/slow")
                held.append(reply);
            else
                reply.send(200, "served");
        });
        HttpClient client;
        QObject owner;
        for (int i = 0; i < HttpClient::kConnectionsPerHost; ++i) {
            auto slow = HttpRequest::get(server.url(QStringLiteral("/slow")));
            slow.timeout = std::chrono::seconds(20);
            client.send(slow, &owner);
        }
        QVERIFY(QTest::qWaitFor([&] { return held.size() == 6; }, 10000));
        // The 7th waits for a connection; its 300 ms idle limit must not count that wait.
        auto queued = HttpRequest::get(server.url(QStringLiteral("/fast")));
        queued.timeout = std::chrono::milliseconds(300);
        queued.maxRetries = 0;
        auto *job = client.send(queued, nullptr);
        std::optional<HttpResult> result;
        connect(job, &HttpJob::finished, this, [&](const HttpResult &r) { result.emplace(r); });
        QVERIFY2(!QTest::qWaitFor([&] { return result.has_value(); }, 1000),
                 result && !result->ok() ? qPrintable(result->error().toLogString()) : "");
        QCOMPARE(server.requestCount(), 6);
        for (auto &reply : held)
            reply.send(200, "slow");
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().toLogString()));
        QCOMPARE(result.value()->body, QByteArray("served"));
    }

    void idleTimerStillCatchesASilentServer()
    {
        // The other side of the previous test: once on the wire, silence is noticed.
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> held;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) { held.append(reply); });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.timeout = std::chrono::milliseconds(300);
        req.maxRetries = 0;
        QElapsedTimer t;
        t.start();
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY2(t.elapsed() >= 250 && t.elapsed() < 3000,
                 qPrintable(QString::number(t.elapsed())));
    }

    // --- idle limits fit for streams ---

    void streamWithKeepalivesIsNotTimedOut()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestHttpServer::Reply stream;
        QTimer keepalive;
        int sent = 0;
        connect(&keepalive, &QTimer::timeout, this, [&] {
            if (++sent <= 15)
                stream.write(": keepalive\n\n");
            else
                stream.end();
        });
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200, {{"Content-Type", "text/event-stream"}});
            stream = reply;
            keepalive.start(100);
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url());
        req.streaming = true;
        req.timeout = std::chrono::milliseconds(150);
        req.streamIdleTimeout = std::chrono::milliseconds(600);
        auto *job = client.send(req, nullptr);
        int chunks = 0;
        connect(job, &HttpJob::chunk, this, [&] { ++chunks; });
        QSignalSpy finished(job, &HttpJob::finished);
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<HttpResult>();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QVERIFY(chunks >= 8); // 1.5 s of keepalives, more than twice the idle limit
    }

    void silentStreamIsTimedOut()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QList<TestHttpServer::Reply> streams;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200);
            reply.write("{}\n");
            streams.append(reply); // and then nothing: the peer died without a FIN
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        auto req = HttpRequest::get(server.url());
        req.streaming = true;
        req.streamIdleTimeout = std::chrono::milliseconds(400);
        QElapsedTimer t;
        t.start();
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY2(r.error().message.contains(QLatin1String("silent")),
                 qPrintable(r.error().message));
        QVERIFY2(t.elapsed() >= 350 && t.elapsed() < 5000,
                 qPrintable(QString::number(t.elapsed())));
        QCOMPARE(server.requestCount(), 1); // data had arrived: not sent again
    }

    void streamIdleLimitIsNotTheRequestTimeout()
    {
        // A watch with timeoutSeconds=300 may see no event for minutes: once its headers are in,
        // the request's own (short) timeout no longer applies.
        TestHttpServer server;
        QVERIFY(server.listen());
        TestHttpServer::Reply stream;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.begin(200);
            stream = reply;
        });
        HttpClient client;
        auto req = HttpRequest::get(server.url(QStringLiteral("/api/v1/pods?watch=1")));
        req.streaming = true;
        req.timeout = std::chrono::milliseconds(150);
        req.streamIdleTimeout = std::chrono::seconds(20);
        req.maxRetries = 0;
        auto *job = client.send(req, nullptr);
        QSignalSpy started(job, &HttpJob::responseStarted);
        QSignalSpy finished(job, &HttpJob::finished);
        QVERIFY(started.wait(10000));
        QVERIFY(!finished.wait(700)); // silent for more than four times `timeout`
        stream.write("{\"type\":\"ADDED\"}\n");
        stream.end();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<HttpResult>().ok());
    }

    void deadlineBoundsTheWholeJob()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const auto &, TestHttpServer::Reply reply) { reply.send(503, "busy"); });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(200), std::chrono::milliseconds(200)});
        auto req = HttpRequest::get(server.url());
        req.maxRetries = 100;
        req.deadline = std::chrono::milliseconds(700);
        QElapsedTimer t;
        t.start();
        auto r = run(client, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(server.requestCount() >= 2);
    }

    // --- the authorizer prepares every attempt ---

    void authorizerSeesTheOriginalRequestEveryAttempt()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.send(server.requestCount() < 3 ? 503 : 200, "{}");
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        int calls = 0;
        bool sawAuthorizedCopy = false;
        client.setAuthorizer([&](HttpRequest request, bool, QObject *, AuthorizeDone done) {
            sawAuthorizedCopy = sawAuthorizedCopy || !request.headerValue("X-Signed").isEmpty();
            request.setHeader("X-Signed", QByteArray::number(++calls));
            // Answer later, as a real credential source would.
            QTimer::singleShot(0, [done, request] { done(request); });
        });
        auto r = run(client, HttpRequest::get(server.url()).header("X-Mine", "kept"));
        QVERIFY(r.ok());
        QCOMPARE(calls, 3);
        QVERIFY(!sawAuthorizedCopy);
        const auto reqs = server.requests();
        QCOMPARE(reqs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(reqs[i].header("x-signed"), QByteArray::number(i + 1));
            QCOMPARE(reqs[i].header("x-mine"), QByteArray("kept"));
        }
    }

    void tlsIsVerifiedAndCaBundleIsHonoured()
    {
        const QString dir = QStringLiteral(PLANCIA_TEST_DATA_DIR);
        TestHttpServer server;
        QVERIFY(server.listenTls(dir + QStringLiteral("/server.pem"),
                                 dir + QStringLiteral("/server.key")));
        server.setHandler(
            [](const auto &, TestHttpServer::Reply reply) { reply.send(200, "secure"); });

        HttpClient untrusting; // system CAs only: the test CA is unknown
        auto req = HttpRequest::get(server.url());
        req.maxRetries = 0;
        auto refused = run(untrusting, req);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Tls);

        HttpClient trusting;
        QVERIFY(trusting.addCaBundle(dir + QStringLiteral("/ca.pem")).ok());
        auto accepted = run(trusting, req);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().toLogString()));
        QCOMPARE(accepted->body, QByteArray("secure"));

        // The certificate names 127.0.0.1; a different host name must still be refused.
        auto wrongName =
            HttpRequest::get(QUrl(QStringLiteral("https://127.0.0.2:%1/").arg(server.port())));
        wrongName.maxRetries = 0;
        auto mismatch = run(trusting, wrongName);
        QVERIFY(!mismatch.ok());
    }

    void caBundleErrors()
    {
        HttpClient client;
        auto missing = client.addCaBundle(QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Config);
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("hello");
        notPem.close();
        auto empty = client.addCaBundle(notPem.fileName());
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QLatin1String("no PEM certificate")));
        QCOMPARE(client.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }
};

QTEST_GUILESS_MAIN(TstHttpJob)
#include "tst_httpjob.moc"
