#include "auth/oidcconfiguration.h"
#include "auth/tokenmanager.h"
#include "fakeiam.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using namespace std::chrono_literals;
using test::FakeIam;

namespace {

OidcConfiguration configFor(const FakeIam &iam)
{
    OidcConfiguration c;
    c.issuer = iam.issuer();
    c.tokenEndpoint = QUrl(iam.url(QStringLiteral("token")));
    c.revocationEndpoint = QUrl(iam.url(QStringLiteral("revoke")));
    return c;
}

// Tokens as if just obtained from a device login at the fake IAM.
TokenResponse initialTokens(FakeIam &iam, int ttlSeconds)
{
    auto parsed = parseTokenResponse(iam.tokenAnswer(), QDateTime::currentDateTimeUtc());
    TokenResponse t = parsed.value();
    t.accessExpiry = QDateTime::currentDateTimeUtc().addSecs(ttlSeconds);
    return t;
}

// A TokenManager as a device login at the fake IAM leaves it, its access token expiring in
// ttlSeconds (negative: already expired).
void loginAt(TokenManager &tm, FakeIam &iam, int ttlSeconds)
{
    tm.setConfiguration(configFor(iam), QStringLiteral("plancia"));
    tm.setTokens(initialTokens(iam, ttlSeconds));
}

} // namespace

class TstTokenManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void refreshDelayIsEarly_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("skew");
        QTest::addColumn<int>("expected");
        QTest::newRow("IAM hour: 75%") << 3600 << 30 << 2700;
        QTest::newRow("5 min: a minute and the skew before") << 300 << 30 << 210;
        QTest::newRow("20 s: half") << 20 << 30 << 10;
    }
    void refreshDelayIsEarly()
    {
        QFETCH(int, lifetime);
        QFETCH(int, skew);
        QFETCH(int, expected);
        const auto d =
            TokenManager::refreshDelay(std::chrono::seconds(lifetime), std::chrono::seconds(skew));
        QCOMPARE(d.count(), qint64(expected) * 1000);
        QVERIFY(d < std::chrono::seconds(lifetime));
    }

    void refreshesBeforeExpiry()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.accessTtl = 4;
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, 4);
        const QDateTime firstExpiry = tm.accessExpiry();
        const QString first = tm.currentAccessToken();
        QVERIFY(!first.isEmpty());
        QSignalSpy changed(&tm, &TokenManager::tokensChanged);
        QVERIFY(changed.wait(6000));
        const QDateTime refreshedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(refreshedAt < firstExpiry, "the refresh came after the token expired");
        QCOMPARE(iam.refreshes, 1);
        QVERIFY(tm.currentAccessToken() != first);
        QVERIFY(tm.accessExpiry() > firstExpiry);
        // and the next one is scheduled, again before expiry
        QVERIFY(tm.nextRefreshAt().isValid());
        QVERIFY(tm.nextRefreshAt() < tm.accessExpiry());
    }

    void concurrentRequestsShareOneRefresh()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.refreshDelayMs = 300;
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, -1); // already expired
        QVERIFY(tm.currentAccessToken().isEmpty());
        QStringList got;
        for (int i = 0; i < 2; ++i) {
            tm.accessToken(this, false, [&got](const Result<QString> &t) {
                got << (t.ok() ? t.value() : QString());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 5000);
        QCOMPARE(iam.refreshes, 1);
        QVERIFY(!got[0].isEmpty());
        QCOMPARE(got[0], got[1]);
    }

    void cachedTokenIsDeliveredAsynchronously()
    {
        // A callback never runs inside the call that asked for it, fresh token or not.
        FakeIam iam;
        QVERIFY(iam.start());
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, 3600);
        QVERIFY(!tm.currentAccessToken().isEmpty());
        std::optional<Result<QString>> got;
        tm.accessToken(this, false, [&](const Result<QString> &t) { got = t; });
        QVERIFY(!got.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE(got->value(), tm.currentAccessToken());
        QCOMPARE(iam.refreshes, 0);
        // ... and not at all once its context is gone.
        auto *ctx = new QObject;
        bool called = false;
        tm.accessToken(ctx, false, [&](const Result<QString> &) { called = true; });
        delete ctx;
        std::optional<Result<QString>> marker;
        tm.accessToken(this, false, [&](const Result<QString> &t) { marker = t; });
        QTRY_VERIFY_WITH_TIMEOUT(marker.has_value(), 5000);
        QVERIFY(!called);
    }

    void concurrent401sShareOneRefresh()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.refreshDelayMs = 200;
        HttpClient iamClient;
        TokenManager tm(&iamClient);
        loginAt(tm, iam, 3600);
        // A service that only accepts the newest token: every job gets a 401 first.
        test::TestHttpServer api;
        QVERIFY(api.listen());
        api.setHandler([&](const auto &req, test::TestHttpServer::Reply reply) {
            const bool current =
                req.header("authorization") == "Bearer " + tm.currentAccessToken().toUtf8();
            reply.send(current && iam.refreshes > 0 ? 200 : 401, "{}");
        });
        HttpClient apiClient;
        apiClient.setAuthorizer(headerAuthorizer([&tm](bool force, QObject *ctx, auto done) {
            tm.accessToken(ctx, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("Bearer " + t.value().toUtf8()));
            });
        }));
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 3; ++i) {
            auto *job = apiClient.send(HttpRequest::get(api.url(QStringLiteral("/pods"))), this);
            connect(job, &HttpJob::finished, this,
                    [&](const HttpResult &r) { r.ok() ? ++ok : ++failed; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 3, 10000);
        QCOMPARE(failed, 0);
        QCOMPARE(iam.refreshes, 1);
    }

    void rotationNeverReusesARefreshToken()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, 3600);
        QSignalSpy rotated(&tm, &TokenManager::refreshTokenRotated);
        QStringList seen{tm.refreshToken()};
        QSignalSpy changed(&tm, &TokenManager::tokensChanged);
        for (int i = 0; i < 3; ++i) {
            tm.refresh();
            tm.refresh(); // a second call while one runs is coalesced
            QVERIFY(changed.wait(5000));
            QVERIFY(!seen.contains(tm.refreshToken()));
            seen << tm.refreshToken();
        }
        QCOMPARE(iam.refreshes, 3);
        QCOMPARE(rotated.count(), 3);
        QCOMPARE(tm.refreshToken(), iam.currentRefresh);
        QVERIFY(!iam.reuseDetected);
        QCOMPARE(iam.spentRefreshTokens, seen.mid(0, 3));
    }

    void deadRefreshTokenIsFatal()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, -1);
        iam.currentRefresh = QStringLiteral("something-else"); // server forgot ours
        QSignalSpy failed(&tm, &TokenManager::refreshFailed);
        std::optional<Result<QString>> got;
        tm.accessToken(this, false, [&](const Result<QString> &t) { got = t; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Unauthorized);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toBool(), true);
        // and it is not tried again
        std::optional<Result<QString>> again;
        tm.accessToken(this, false, [&](const Result<QString> &t) { again = t; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 5000);
        QVERIFY(!again->ok());
        QCOMPARE(iam.refreshes, 1);
    }

    void revokeAndClearRevokesBoth()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        HttpClient client;
        TokenManager tm(&client);
        loginAt(tm, iam, 3600);
        const QString refresh = tm.refreshToken();
        const QString access = tm.currentAccessToken();
        std::optional<Status> status;
        tm.revokeAndClear([&](const Status &s) { status = s; });
        QVERIFY(!tm.hasTokens());
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 5000);
        QVERIFY(status->ok());
        QVERIFY(iam.revoked.contains(refresh));
        QVERIFY(iam.revoked.contains(access));
    }
};

QTEST_GUILESS_MAIN(TstTokenManager)
#include "tst_tokenmanager.moc"
