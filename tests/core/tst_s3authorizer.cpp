#include "net/httpclient.h"
#include "net/httpjob.h"
#include "storage/s3authorizer.h"
#include "storage/sigv4.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace plancia;
using test::TestHttpServer;

namespace {

const sigv4::Scope kScope{QStringLiteral("eu-south-1"), QStringLiteral("s3")};

AwsCredentials keys(int generation, bool session = true)
{
    AwsCredentials c;
    c.accessKeyId = QStringLiteral("AKIAGEN%1").arg(generation);
    c.secretAccessKey = QStringLiteral("secret-%1-wJalrXUtnFEMI").arg(generation);
    if (session)
        c.sessionToken = QStringLiteral("session-token-%1").arg(generation);
    return c;
}

// A credential source like STS: holds the current generation, renews when asked to (force) or
// when the test says so, and always answers asynchronously.
struct FakeSts
{
    int generation = 1;
    QList<bool> forced;
    bool session = true;

    CredentialsSource source()
    {
        return [this](bool force, QObject *context, auto done) {
            forced.append(force);
            if (force)
                ++generation;
            QTimer::singleShot(0, context, [done, c = keys(generation, session)] { done(c); });
        };
    }
};

struct Signed
{
    QByteArray accessKey;
    QByteArray date;
    QByteArray signedHeaders;
    QByteArray signature;
};

Signed parseAuthorization(const QByteArray &header)
{
    static const QRegularExpression re(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
        "SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$"));
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toLatin1(), m.captured(2).toLatin1(), m.captured(5).toLatin1(),
            m.captured(6).toLatin1()};
}

// Verifies a request as the S3 server would: rebuilds the canonical request from what arrived
// on the wire and the signed header list, and recomputes the signature with `secret`.
bool verifies(const TestHttpServer::Request &req, const QUrl &base, const QString &secret,
              QString *why)
{
    const Signed s = parseAuthorization(req.header("authorization"));
    if (s.signature.isEmpty()) {
        *why = QStringLiteral("no SigV4 Authorization header: ") +
               QString::fromLatin1(req.header("authorization"));
        return false;
    }
    QDateTime time = QDateTime::fromString(QString::fromLatin1(req.header("x-amz-date")),
                                           QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeSpec(Qt::UTC);
    if (!time.isValid() || sigv4::amzDate(time).left(8) != s.date) {
        *why = QStringLiteral("X-Amz-Date does not match the credential scope");
        return false;
    }
    HttpRequest wire;
    wire.method = req.method;
    wire.url = base.resolved(QUrl(QString::fromLatin1(req.path)));
    wire.body = req.body;
    for (const QByteArray &name : s.signedHeaders.split(';')) {
        if (name != "host")
            wire.headers.append({name, req.header(name)});
    }
    QByteArray names;
    const QByteArray canonical =
        sigv4::canonicalRequest(wire, req.header("x-amz-content-sha256"), &names);
    if (names != s.signedHeaders) {
        *why = QStringLiteral("signed headers differ: ") + QString::fromLatin1(names);
        return false;
    }
    const QByteArray expected =
        QMessageAuthenticationCode::hash(sigv4::stringToSign(canonical, time, kScope),
                                         sigv4::signingKey(secret, time, kScope),
                                         QCryptographicHash::Sha256)
            .toHex();
    if (expected != s.signature) {
        *why = QStringLiteral("signature mismatch");
        return false;
    }
    return true;
}

// A clock that moves one second per reading: each attempt gets its own X-Amz-Date.
std::function<QDateTime()> tickingClock()
{
    auto t = std::make_shared<QDateTime>(QDate(2026, 12, 1), QTime(10, 0, 0), Qt::UTC);
    return [t] {
        *t = t->addSecs(1);
        return *t;
    };
}

HttpResult run(HttpClient &client, HttpRequest req)
{
    auto *job = client.send(std::move(req), nullptr);
    std::optional<HttpResult> result;
    QObject::connect(job, &HttpJob::finished, [&](const HttpResult &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return Error::make(Error::Kind::Internal, QStringLiteral("test: no result in 20 s"));
    return *result;
}

} // namespace

class TstS3Authorizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void retryIsSignedAfresh()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            reply.send(server.requestCount() == 1 ? 503 : 200, "<ok/>");
        });
        FakeSts sts;
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        client.setAuthorizer(sigV4Authorizer(sts.source(), kScope, tickingClock()));
        auto r = run(client, HttpRequest::get(server.url(QStringLiteral("/bucket/key%20one.txt"
                                                                        "?versionId=3"))));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        const auto reqs = server.requests();
        QCOMPARE(reqs.size(), 2);
        QString why;
        for (const auto &req : reqs) {
            QVERIFY2(verifies(req, server.url(), keys(1).secretAccessKey, &why), qPrintable(why));
            QCOMPARE(req.header("x-amz-security-token"), QByteArray("session-token-1"));
            QCOMPARE(req.header("x-amz-content-sha256"), QByteArray(sigv4::kEmptyPayloadHash));
        }
        QVERIFY(reqs[0].header("x-amz-date") != reqs[1].header("x-amz-date"));
        QVERIFY(parseAuthorization(reqs[0].header("authorization")).signature !=
                parseAuthorization(reqs[1].header("authorization")).signature);
        QCOMPARE(sts.forced, (QList<bool>{false, false}));
    }

    void renewedCredentialsSignTheNextAttempt()
    {
        // STS renews between two attempts (the first hit a 503): the retry carries the new key.
        TestHttpServer server;
        QVERIFY(server.listen());
        FakeSts sts;
        server.setHandler([&](const auto &, TestHttpServer::Reply reply) {
            if (server.requestCount() == 1) {
                sts.generation = 2; // renewed before Expiration, behind the job's back
                reply.send(503, "SlowDown");
            } else {
                reply.send(200, "<ok/>");
            }
        });
        HttpClient client;
        client.setRetryPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(5)});
        client.setAuthorizer(sigV4Authorizer(sts.source(), kScope, tickingClock()));
        auto r = run(client, HttpRequest::get(server.url(QStringLiteral("/bucket/"))));
        QVERIFY(r.ok());
        const auto reqs = server.requests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(parseAuthorization(reqs[0].header("authorization")).accessKey,
                 QByteArray("AKIAGEN1"));
        QCOMPARE(parseAuthorization(reqs[1].header("authorization")).accessKey,
                 QByteArray("AKIAGEN2"));
        QCOMPARE(reqs[1].header("x-amz-security-token"), QByteArray("session-token-2"));
        QString why;
        QVERIFY2(verifies(reqs[1], server.url(), keys(2).secretAccessKey, &why), qPrintable(why));
    }

    void forbiddenForcesRenewalAndReSigns()
    {
        // S3 answers 403 ExpiredToken to credentials that ran out.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            const bool current =
                parseAuthorization(req.header("authorization")).accessKey == "AKIAGEN2";
            reply.send(current ? 200 : 403, current ? "<ok/>" : "<Code>ExpiredToken</Code>");
        });
        FakeSts sts;
        HttpClient client;
        client.setForbiddenMeansStaleCredentials(true);
        client.setAuthorizer(sigV4Authorizer(sts.source(), kScope, tickingClock()));
        const QByteArray body = "hello, bucket";
        auto put = HttpRequest::post(server.url(QStringLiteral("/bucket/greeting.txt")), body,
                                     "text/plain");
        put.method = "PUT";
        auto r = run(client, put);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(sts.forced, (QList<bool>{false, true}));
        const auto reqs = server.requests();
        QCOMPARE(reqs.size(), 2);
        QString why;
        QVERIFY2(verifies(reqs[1], server.url(), keys(2).secretAccessKey, &why), qPrintable(why));
        QCOMPARE(reqs[1].header("x-amz-content-sha256"), sigv4::hexSha256(body));
        QCOMPARE(reqs[1].body, body);
    }

    void unsignedPayloadIsKept()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const auto &, TestHttpServer::Reply reply) { reply.send(200, ""); });
        FakeSts sts;
        sts.session = false; // static keys: no security token
        HttpClient client;
        client.setAuthorizer(sigV4Authorizer(sts.source(), kScope));
        auto put = HttpRequest::post(server.url(QStringLiteral("/bucket/big.bin")),
                                     QByteArray(4096, 'z'), "application/octet-stream");
        put.method = "PUT";
        put.header("X-Amz-Content-Sha256", sigv4::kUnsignedPayload);
        QVERIFY(run(client, put).ok());
        const auto req = server.requests().first();
        QCOMPARE(req.header("x-amz-content-sha256"), QByteArray(sigv4::kUnsignedPayload));
        QVERIFY(req.header("x-amz-security-token").isEmpty());
        QString why;
        QVERIFY2(verifies(req, server.url(), keys(1).secretAccessKey, &why), qPrintable(why));
    }

    void sourceErrorEndsTheJobUnsent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        HttpClient client;
        client.setAuthorizer(sigV4Authorizer(
            [](bool, QObject *, auto done) {
                done(Error::make(Error::Kind::Unauthorized, QStringLiteral("not logged in")));
            },
            kScope));
        auto r = run(client, HttpRequest::get(server.url(QStringLiteral("/bucket/"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstS3Authorizer)
#include "tst_s3authorizer.moc"
