#include "net/httpclient.h"
#include "net/httpjob.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

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
        client.setAuthorizer([&](bool force, QObject *, auto done) {
            forced.append(force);
            done(Result<QByteArray>(QByteArray(force ? "Bearer fresh" : "Bearer stale")));
        });
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
        client.setAuthorizer(
            [](bool, QObject *, auto done) { done(Result<QByteArray>(QByteArray("Bearer x"))); });
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
        client.setAuthorizer([](bool, QObject *, auto done) {
            done(Result<QByteArray>(
                Error::make(Error::Kind::Auth, QStringLiteral("Please log in."))));
        });
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
        client.setAuthorizer([&](bool, QObject *, auto done) {
            called = true;
            done(Result<QByteArray>(QByteArray("Bearer x")));
        });
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
