// Hub token (core/jupyter) and STS credentials (core/storage), both derived from the IAM login:
// minted once, shared by concurrent callers, always delivered asynchronously, renewed before
// they expire, re-minted on demand after a refusal.
#include "auth/tokenmanager.h"
#include "fakeiam.h"
#include "jupyter/hubtokenprovider.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "storage/stscredentials.h"

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
    std::unique_ptr<HubTokenProvider> hubTokens;
    std::unique_ptr<StsCredentialsProvider> stsCreds;

    HubTokenProvider::AccessTokenSource accessToken()
    {
        return [this](bool force, QObject *ctx, std::function<void(Result<QString>)> done) {
            tokens.accessToken(ctx, force, [done](const Result<QString> &t) { done(t); });
        };
    }

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
        hubTokens = std::make_unique<HubTokenProvider>(&client, hub.url(QStringLiteral("/")),
                                                       accessToken());
        hubTokens->setUsername(QStringLiteral("mrossi"));
        stsCreds = std::make_unique<StsCredentialsProvider>(
            &client,
            StsCredentialsProvider::Settings{
                sts.url(QStringLiteral("/")),
                QStringLiteral("arn:aws:iam::123456789012:role/plancia-users"), 900},
            accessToken());
        stsCreds->setSessionName(QStringLiteral("mrossi"));
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
            s.hubTokens->token(this, false, [&](const Result<QString> &t) {
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
        // A cached token is handed out without a request, and never before the call returned.
        std::optional<QString> again;
        s.hubTokens->token(this, false, [&](const Result<QString> &t) { again = t.value(); });
        QVERIFY(!again.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 5000);
        QCOMPARE(*again, QStringLiteral("hub-token-1-abcdefgh"));
        // A forced renewal right after a mint is coalesced with it (the refusal was about the
        // request, not the token) ...
        std::optional<QString> early;
        s.hubTokens->token(this, true, [&](const Result<QString> &t) { early = t.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(early.has_value(), 5000);
        QCOMPARE(*early, QStringLiteral("hub-token-1-abcdefgh"));
        QCOMPARE(s.hubMints, 1);
        // ... and honoured once the token is older than the window.
        s.hubTokens->setForceWindow(std::chrono::milliseconds(200));
        QTest::qWait(300);
        std::optional<QString> forced;
        s.hubTokens->token(this, true, [&](const Result<QString> &t) { forced = t.value(); });
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
            s.stsCreds->credentials(this, false, [&](const Result<AwsCredentials> &c) {
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
        QTRY_VERIFY_WITH_TIMEOUT(s.stsCreds->expiry() > firstExpiry, 2000);
    }

    void hub403ReMintsOnceThroughTheClient()
    {
        Services s;
        QVERIFY(s.start());
        s.hubTokens->setForceWindow(std::chrono::milliseconds(0));
        // The hub API accepts only the newest token and answers 403 to others, like JupyterHub.
        TestHttpServer api;
        QVERIFY(api.listen());
        api.setHandler([&](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            const QByteArray newest =
                "token hub-token-" + QByteArray::number(s.hubMints) + "-abcdefgh";
            reply.send(req.header("authorization") == newest && s.hubMints >= 2 ? 200 : 403, "{}");
        });
        HttpClient hubClient;
        hubClient.setAuthorizer(s.hubTokens->authorizer());
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
        s.hubTokens->token(this, false, [&](const Result<QString> &t) { ok = t.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 5000);
        s.hubTokens->clear(true);
        // The hub token is revoked at the hub (DELETE .../tokens/<id>) with itself.
        QTRY_VERIFY_WITH_TIMEOUT(s.hub.requests().size() == 2, 5000);
        QCOMPARE(s.hub.requests().last().method, QByteArray("DELETE"));
        QVERIFY(s.hub.requests().last().path.endsWith("/hub/api/users/mrossi/tokens/a1"));
        QCOMPARE(s.hub.requests().last().header("authorization"),
                 QByteArray("token hub-token-1-abcdefgh"));
        // Afterwards nothing is handed out until someone logs in again (the IAM tokens here
        // are gone too).
        s.tokens.clear();
        std::optional<Result<QString>> after;
        s.hubTokens->token(this, false, [&](const Result<QString> &t) { after = t; });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 5000);
        QVERIFY(!after->ok());
    }

    void clearDropsARenewalInFlight()
    {
        // A logout while a mint is on its way: the waiting caller is told at once, and the late
        // answer is not taken for a new token.
        Services s;
        QVERIFY(s.start());
        s.answerDelayMs = 300;
        std::optional<Result<QString>> got;
        s.hubTokens->token(this, false, [&](const Result<QString> &t) { got = t; });
        QTRY_COMPARE_WITH_TIMEOUT(s.hubMints, 1, 5000);
        s.hubTokens->clear(false);
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Unauthorized);
        // Wait past the hub's late answer; it must not be taken for a token.
        QTest::qWait(500);
        QVERIFY(!s.hubTokens->expiry().isValid());
    }
};

QTEST_GUILESS_MAIN(TstServiceCredentials)
#include "tst_servicecredentials.moc"
