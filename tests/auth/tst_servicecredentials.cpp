// Hub token and STS credentials: minted once, shared by concurrent callers, renewed before they
// expire, re-minted on demand after a refusal.
#include "auth/servicecredentials.h"
#include "auth/tokenmanager.h"
#include "fakeiam.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QTest>

using namespace plancia;
using test::FakeIam;
using test::TestHttpServer;

namespace {

struct Services
{
    FakeIam iam;
    TestHttpServer hub;
    TestHttpServer sts;
    int stsTtl = 3600;
    int hubMints = 0;
    int stsCalls = 0;
    QList<QByteArray> hubBodies;
    QList<QByteArray> stsBodies;
    int answerDelayMs = 0;
    HttpClient client;
    TokenManager tokens{&client};
    ServiceCredentials creds{&client, &tokens};

    bool start()
    {
        if (!iam.start() || !hub.listen() || !sts.listen())
            return false;
        hub.setHandler([this](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            hubBodies << req.body;
            ++hubMints;
            const QByteArray body = "{\"token\": \"hub-token-" + QByteArray::number(hubMints) +
                                    "-abcdefgh\", \"id\": \"a" + QByteArray::number(hubMints) +
                                    "\"}";
            QTimer::singleShot(answerDelayMs, [reply, body]() mutable { reply.send(201, body); });
        });
        sts.setHandler([this](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            stsBodies << req.body;
            ++stsCalls;
            const QByteArray exp =
                QDateTime::currentDateTimeUtc().addSecs(stsTtl).toString(Qt::ISODate).toLatin1();
            const QByteArray body =
                "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>"
                "<AccessKeyId>AKIA" +
                QByteArray::number(stsCalls) + "</AccessKeyId><SecretAccessKey>secret-" +
                QByteArray::number(stsCalls) + "-xxxxxxxx</SecretAccessKey><SessionToken>session-" +
                QByteArray::number(stsCalls) + "-yyyyyyyy</SessionToken><Expiration>" + exp +
                "</Expiration></Credentials></AssumeRoleWithWebIdentityResult>"
                "</AssumeRoleWithWebIdentityResponse>";
            QTimer::singleShot(answerDelayMs, [reply, body]() mutable { reply.send(200, body); });
        });
        OidcConfiguration c;
        c.issuer = iam.issuer();
        c.tokenEndpoint = QUrl(iam.url(QStringLiteral("token")));
        tokens.setConfiguration(c, QStringLiteral("plancia"));
        auto t = parseTokenResponse(iam.tokenAnswer(), QDateTime::currentDateTimeUtc());
        tokens.setTokens(t.value());
        Profile p;
        p.hub.url = hub.url(QStringLiteral("/"));
        p.s3.sts.endpoint = sts.url(QStringLiteral("/"));
        p.s3.sts.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/plancia-users");
        p.s3.sts.durationSeconds = 900;
        creds.setProfile(p);
        creds.setUsername(QStringLiteral("mrossi"));
        return true;
    }
};

} // namespace

class TstServiceCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void hubTokenMintedOnceForConcurrentCallers()
    {
        Services s;
        QVERIFY(s.start());
        s.answerDelayMs = 200;
        QStringList got;
        for (int i = 0; i < 3; ++i) {
            s.creds.hubToken(this, false, [&](const Result<QString> &t) {
                got << (t.ok() ? t.value() : QString());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
        QCOMPARE(s.hubMints, 1);
        QCOMPARE(got, QStringList(3, QStringLiteral("hub-token-1-abcdefgh")));
        // The mint carries the IAM token in `auth`, a note and a lifetime.
        const QJsonObject body = QJsonDocument::fromJson(s.hubBodies.first()).object();
        QCOMPARE(body.value(QLatin1String("auth"))
                     .toObject()
                     .value(QLatin1String("access_token"))
                     .toString(),
                 s.tokens.currentAccessToken());
        QCOMPARE(body.value(QLatin1String("note")).toString(), QStringLiteral("plancia"));
        QVERIFY(body.value(QLatin1String("expires_in")).toInt() > 0);
        QVERIFY(s.hub.requests().first().path.endsWith("/hub/api/users/mrossi/tokens"));
        // A cached token is handed out without a request; a forced renewal mints anew.
        std::optional<QString> again;
        s.creds.hubToken(this, false, [&](const Result<QString> &t) { again = t.value(); });
        QCOMPARE(*again, QStringLiteral("hub-token-1-abcdefgh"));
        // A forced renewal right after a mint is coalesced with it (the refusal was about the
        // request, not the token) ...
        std::optional<QString> early;
        s.creds.hubToken(this, true, [&](const Result<QString> &t) { early = t.value(); });
        QCOMPARE(*early, QStringLiteral("hub-token-1-abcdefgh"));
        QCOMPARE(s.hubMints, 1);
        // ... and honoured once the token is older than the window.
        s.creds.setHubForceWindow(std::chrono::milliseconds(200));
        QTest::qWait(300);
        std::optional<QString> forced;
        s.creds.hubToken(this, true, [&](const Result<QString> &t) { forced = t.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(forced.has_value(), 5000);
        QCOMPARE(*forced, QStringLiteral("hub-token-2-abcdefgh"));
    }

    void stsCredentialsSharedAndRenewedBeforeExpiration()
    {
        Services s;
        QVERIFY(s.start());
        s.stsTtl = 4;
        s.answerDelayMs = 100;
        QList<AwsCredentials> got;
        for (int i = 0; i < 2; ++i) {
            s.creds.stsCredentials(this, false, [&](const Result<AwsCredentials> &c) {
                QVERIFY(c.ok());
                got << c.value();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 5000);
        QCOMPARE(s.stsCalls, 1);
        QCOMPARE(got[0].accessKeyId, got[1].accessKeyId);
        const QDateTime firstExpiry = got[0].expiration;
        // The form: AssumeRoleWithWebIdentity with the IAM token in the body, never the URL.
        const QByteArray form = s.stsBodies.first();
        QVERIFY(form.contains("Action=AssumeRoleWithWebIdentity"));
        QVERIFY(form.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fplancia-users"));
        QVERIFY(form.contains("DurationSeconds=900"));
        QVERIFY(form.contains("WebIdentityToken=" +
                              QUrl::toPercentEncoding(s.tokens.currentAccessToken())));
        QVERIFY(!s.sts.requests().first().path.contains("WebIdentityToken"));
        // Renewed by the timer before the old credentials expire.
        QTRY_COMPARE_WITH_TIMEOUT(s.stsCalls, 2, 6000);
        QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry);
        QTRY_VERIFY_WITH_TIMEOUT(s.creds.stsExpiry() > firstExpiry, 2000);
    }

    void hub403ReMintsOnceThroughTheClient()
    {
        Services s;
        QVERIFY(s.start());
        s.creds.setHubForceWindow(std::chrono::milliseconds(0));
        // The hub API accepts only the newest token and answers 403 to others, like JupyterHub.
        TestHttpServer api;
        QVERIFY(api.listen());
        api.setHandler([&](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            const QByteArray newest =
                "token hub-token-" + QByteArray::number(s.hubMints) + "-abcdefgh";
            reply.send(req.header("authorization") == newest && s.hubMints >= 2 ? 200 : 403, "{}");
        });
        HttpClient hubClient;
        hubClient.setAuthorizer([&](bool force, QObject *ctx, auto done) {
            s.creds.hubToken(ctx, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("token " + t.value().toUtf8()));
            });
        });
        hubClient.setForbiddenMeansStaleCredentials(true);
        std::optional<HttpResult> result;
        auto *job = hubClient.send(
            HttpRequest::get(api.url(QStringLiteral("/hub/api/users/mrossi"))), this);
        connect(job, &HttpJob::finished, this, [&](const HttpResult &r) { result.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->ok());
        QCOMPARE(s.hubMints, 2);
        QCOMPARE(api.requestCount(), 2);
        // Without the flag a 403 is final.
        HttpClient plain;
        plain.setAuthorizer(hubClient.authorizer());
        std::optional<HttpResult> second;
        s.hubMints = 5; // the server now wants a token that will never come
        auto *job2 =
            plain.send(HttpRequest::get(api.url(QStringLiteral("/hub/api/users/mrossi"))), this);
        connect(job2, &HttpJob::finished, this, [&](const HttpResult &r) { second.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 5000);
        QVERIFY(!second->ok());
        QCOMPARE(second->error().httpStatus, 403);
        QCOMPARE(api.requestCount(), 3);
    }

    void clearRefusesUntilLoggedInAgain()
    {
        Services s;
        QVERIFY(s.start());
        bool ok = false;
        s.creds.hubToken(this, false, [&](const Result<QString> &t) { ok = t.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 5000);
        s.creds.clear(true);
        // The hub token is revoked at the hub (DELETE .../tokens/<id>) with itself.
        QTRY_VERIFY_WITH_TIMEOUT(s.hub.requests().size() == 2, 5000);
        QCOMPARE(s.hub.requests().last().method, QByteArray("DELETE"));
        QVERIFY(s.hub.requests().last().path.endsWith("/hub/api/users/mrossi/tokens/a1"));
        QCOMPARE(s.hub.requests().last().header("authorization"),
                 QByteArray("token hub-token-1-abcdefgh"));
    }
};

QTEST_GUILESS_MAIN(TstServiceCredentials)
#include "tst_servicecredentials.moc"
