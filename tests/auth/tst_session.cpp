#include "auth/claims.h"
#include "auth/session.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "fakeiam.h"
#include "storage/stscredentials.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace plancia;
using test::FakeIam;

namespace {

Profile profileFor(const FakeIam &iam)
{
    Profile p;
    p.name = QStringLiteral("fake");
    p.iam.issuer = iam.issuer();
    p.iam.clientId = QStringLiteral("plancia");
    return p;
}

// A profile that takes its tokens from oidc-agent's account "sandbox".
Profile oidcAgentProfileFor(const FakeIam &iam)
{
    Profile p = profileFor(iam);
    p.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
    p.iam.oidcAgentAccount = QStringLiteral("sandbox");
    return p;
}

// A device login polled every second, its refresh token kept in `store`; tests that read the
// "last account" pointer pass a settings group of their own so that others' logins do not count.
Session::Options deviceLoginOptions(MemoryTokenStore &store, const QString &settingsGroup = {})
{
    Session::Options o;
    o.store = &store;
    o.deviceFlowIntervalSeconds = 1;
    if (!settingsGroup.isEmpty())
        o.settingsGroup = settingsGroup;
    return o;
}

Session::Options oidcAgentOptions(MemoryTokenStore &store, const QString &oidcTokenProgram)
{
    Session::Options o;
    o.store = &store;
    o.oidcTokenProgram = oidcTokenProgram;
    return o;
}

// Writes an executable stand-in for oidc-token.
bool writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(body);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A device login that stored its refresh token, by a Session gone since (as in a past run).
void logInOnceAndQuit(const Session::Options &o, const Profile &p, MemoryTokenStore &store)
{
    Session first(p, o);
    first.startDeviceLogin();
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), Session::State::LoggedIn, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(store.writeCount(), 1, 5000);
}

} // namespace

class TstSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void rolesFromGroups_data()
    {
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QList<Role>>("roles");
        QTest::newRow("researcher")
            << QStringList{QStringLiteral("ml-infn-users")} << QList<Role>{Role::Researcher};
        QTest::newRow("admin group") << QStringList{QStringLiteral("/ml-infn")}
                                     << QList<Role>{Role::Researcher, Role::Support, Role::Admin};
        QTest::newRow("tutor by suffix") << QStringList{QStringLiteral("hackathon-2026-tutors")}
                                         << QList<Role>{Role::Researcher, Role::Tutor};
        QTest::newRow("platform is not admin")
            << QStringList{QStringLiteral("ml-infn-platform")} << QList<Role>{Role::Researcher};
    }
    void rolesFromGroups()
    {
        QFETCH(QStringList, groups);
        QFETCH(QList<Role>, roles);
        QCOMPARE(sortedRoles(rolesForGroups(groups)), roles);
    }

    void claimsToUser()
    {
        const QString jwt = test::fakeJwt(
            {{QStringLiteral("sub"), QStringLiteral("s-1")},
             {QStringLiteral("preferred_username"), QStringLiteral("dferri")},
             {QStringLiteral("email"), QStringLiteral("d@example.org")},
             {QStringLiteral("groups"), QJsonArray{QStringLiteral("other")}},
             {QStringLiteral("wlcg.groups"),
              QJsonArray{QStringLiteral("/ml-infn"), QStringLiteral("/ml-infn-users")}}});
        const UserInfo u = userInfoFromClaims(jwtPayload(jwt), {});
        QCOMPARE(u.subject, QStringLiteral("s-1"));
        QCOMPARE(u.username, QStringLiteral("dferri"));
        QCOMPARE(u.displayName, QStringLiteral("dferri")); // no `name`: the username
        QCOMPARE(u.groups,
                 (QStringList{QStringLiteral("ml-infn"), QStringLiteral("ml-infn-users")}));
        QVERIFY(u.hasRole(Role::Admin) && u.hasRole(Role::Support));
        QVERIFY(!jwtPayload(QStringLiteral("not-a-jwt")).contains(QLatin1String("sub")));
    }

    void stsResponseParses()
    {
        const QByteArray ok =
            "<AssumeRoleWithWebIdentityResponse "
            "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            "<AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>s</"
            "SubjectFromWebIdentityToken>"
            "<Credentials><AccessKeyId>AKIAEXAMPLE</AccessKeyId><SecretAccessKey>secret/key+1</"
            "SecretAccessKey>"
            "<SessionToken>session-token-abc</SessionToken><Expiration>2026-11-25T10:00:00Z</"
            "Expiration>"
            "</Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>";
        const auto c = StsCredentialsProvider::parseResponse(ok);
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIAEXAMPLE"));
        QCOMPARE(c->secretAccessKey, QStringLiteral("secret/key+1"));
        QCOMPARE(c->sessionToken, QStringLiteral("session-token-abc"));
        QCOMPARE(c->expiration, QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()));
        const QByteArray err =
            "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken</Code>"
            "<Message>the web identity token is not valid</Message></Error></ErrorResponse>";
        const auto e = StsCredentialsProvider::parseResponse(err);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, Error::Kind::Unauthorized);
        QVERIFY(e.error().message.contains(QLatin1String("the web identity token is not valid")));
        QVERIFY(!StsCredentialsProvider::parseResponse("<a><b>").ok());
    }

    void deviceLoginStoresRotatesAndLogoutRevokes()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        MemoryTokenStore store;
        Session session(profileFor(iam), deviceLoginOptions(store));
        QSignalSpy states(&session, &Session::stateChanged);
        QSignalSpy userChanged(&session, &Session::userChanged);
        auto *job = session.startDeviceLogin();
        QVERIFY(job);
        QCOMPARE(session.state(), Session::State::LoggingIn);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::LoggedIn, 10000);
        QCOMPARE(session.user().username, QStringLiteral("mrossi"));
        QCOMPARE(session.user().displayName, QStringLiteral("Mario Rossi"));
        QCOMPARE(session.user().roles, QSet<Role>{Role::Researcher});
        QCOMPARE(userChanged.count(), 1);
        const QString key =
            TokenStore::keyFor(iam.issuer().toString(), QStringLiteral("sub-mrossi"));
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(key), 5000);
        QCOMPARE(store.writeCount(), 1);

        // A refresh rotates the token; the store follows, and holds only the newest.
        const QString first = session.tokenManager()->refreshToken();
        QSignalSpy creds(&session, &Session::credentialsChanged);
        session.tokenManager()->refresh();
        QVERIFY(creds.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(store.writeCount(), 2, 5000);
        std::optional<QString> stored;
        store.read(key, [&](const auto &r) { stored = r.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 5000);
        QCOMPARE(*stored, iam.currentRefresh);
        QVERIFY(*stored != first);
        // The "last account" pointer is not a secret and does not hold one.
        QSettings settings;
        for (const QString &k : settings.allKeys())
            QVERIFY(!settings.value(k).toString().contains(iam.currentRefresh));

        // Logout revokes at the IAM and clears the store.
        const QString access = session.tokenManager()->currentAccessToken();
        QSignalSpy done(&session, &Session::logoutFinished);
        session.logout();
        QCOMPARE(session.state(), Session::State::LoggedOut);
        QVERIFY(!session.user().isValid());
        QVERIFY(done.wait(5000));
        QVERIFY(iam.revoked.contains(iam.currentRefresh));
        QVERIFY(iam.revoked.contains(access));
        QVERIFY(!store.contains(key));
        std::optional<Result<QString>> after;
        session.accessToken(this, false, [&](const Result<QString> &t) { after = t; });
        QVERIFY(!after.has_value()); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 5000);
        QVERIFY(!after->ok());
    }

    void restoreUsesTheStoredToken()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        MemoryTokenStore store;
        const Session::Options o = deviceLoginOptions(store);
        logInOnceAndQuit(o, profileFor(iam), store);
        if (QTest::currentTestFailed())
            return;
        const int pollsBefore = iam.polls;
        Session second(profileFor(iam), o);
        QSignalSpy restored(&second, &Session::restoreFinished);
        second.restore();
        QVERIFY(restored.wait(5000));
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(second.state(), Session::State::LoggedIn);
        QCOMPARE(second.user().username, QStringLiteral("mrossi"));
        QCOMPARE(iam.polls, pollsBefore); // no device code
        QCOMPARE(iam.refreshes, 1);
        QTRY_COMPARE_WITH_TIMEOUT(store.writeCount(), 2, 5000); // the rotated token is kept
    }

    void restoreWithoutStoredLoginSaysSo()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        MemoryTokenStore store;
        Session::Options o;
        o.store = &store;
        o.settingsGroup = QStringLiteral("auth-empty");
        Session s(profileFor(iam), o);
        QSignalSpy restored(&s, &Session::restoreFinished);
        s.restore();
        QVERIFY(restored.wait(5000));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(s.state(), Session::State::LoggedOut);
        QCOMPARE(iam.server.requestCount(), 0);
    }

    void restoreWhileOfflineKeepsTheStoredLogin()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        MemoryTokenStore store;
        const Session::Options o = deviceLoginOptions(store, QStringLiteral("auth-offline"));
        logInOnceAndQuit(o, profileFor(iam), store);
        if (QTest::currentTestFailed())
            return;
        const QString key =
            TokenStore::keyFor(iam.issuer().toString(), QStringLiteral("sub-mrossi"));
        // The IAM fails with 503 (the job retries nothing: a refresh is not idempotent).
        iam.server.setHandler([&](const auto &req, test::TestHttpServer::Reply reply) {
            if (req.path == "/token")
                reply.send(503, "{}");
            else
                iam.handle(req, reply);
        });
        Session second(profileFor(iam), o);
        QSignalSpy restored(&second, &Session::restoreFinished);
        second.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(second.state(), Session::State::LoggedOut);
        QCOMPARE(second.lastError().kind, Error::Kind::Server);
        QVERIFY(store.contains(key)); // kept for the next try
        // Back online: the next restore works.
        iam.server.setHandler(
            [&](const auto &req, test::TestHttpServer::Reply reply) { iam.handle(req, reply); });
        QSignalSpy again(&second, &Session::restoreFinished);
        second.restore();
        QVERIFY(again.wait(10000));
        QCOMPARE(again.first().first().toBool(), true);
        QCOMPARE(second.state(), Session::State::LoggedIn);
    }

    void oidcAgentNotRunningIsClear()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        MemoryTokenStore store;
        Session s(oidcAgentProfileFor(iam), oidcAgentOptions(store, {}));
        QSignalSpy errors(&s, &Session::errorOccurred);
        QSignalSpy restored(&s, &Session::restoreFinished);
        qunsetenv("OIDC_SOCK");
        s.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(s.state(), Session::State::LoggedOut);
        QVERIFY(!errors.isEmpty());
        const auto e = errors.last().first().value<Error>();
        QVERIFY2(e.message.contains(QLatin1String("oidc-agent is not running")),
                 qPrintable(e.message));
    }

    void oidcAgentTokenLogsIn()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        // A stand-in for oidc-token that prints token, issuer and expiry like `-a`.
        const QString script = QDir::home().filePath(QStringLiteral("fake-oidc-token"));
        QVERIFY(writeScript(
            script, "#!/bin/sh\necho '" + iam.accessToken(7).toUtf8() + "'\necho '" +
                        iam.url().toUtf8() + "'\necho " +
                        QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600) + "\n"));
        MemoryTokenStore store;
        Session s(oidcAgentProfileFor(iam), oidcAgentOptions(store, script));
        QSignalSpy restored(&s, &Session::restoreFinished);
        s.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(s.user().username, QStringLiteral("mrossi"));
        QVERIFY(s.accessTokenExpiry() > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(store.writeCount(), 0); // nothing to persist: the agent keeps its own
    }
    void refreshExpiryWarningDaysBefore()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.refreshExpiresIn = 2 * 86400;
        MemoryTokenStore store;
        Session session(profileFor(iam), deviceLoginOptions(store, QStringLiteral("auth-expiry")));
        QSignalSpy warning(&session, &Session::refreshExpiryWarning);
        session.startDeviceLogin();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::LoggedIn, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(warning.count(), 1, 2000);
        const QDateTime expiry = warning.first().first().toDateTime();
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiry);
        QVERIFY2(left > 2 * 86400 - 60 && left <= 2 * 86400, qPrintable(QString::number(left)));
        // Refreshes do not repeat the warning.
        QSignalSpy changed(&session, &Session::credentialsChanged);
        session.tokenManager()->refresh();
        QVERIFY(changed.wait(5000));
        QCOMPARE(warning.count(), 1);
    }

    void noWarningWhileFarFromExpiry()
    {
        FakeIam iam;
        QVERIFY(iam.start()); // no refresh_expires_in: IAM's 30 days from the login are assumed
        MemoryTokenStore store;
        Session session(profileFor(iam), deviceLoginOptions(store, QStringLiteral("auth-far")));
        QSignalSpy warning(&session, &Session::refreshExpiryWarning);
        session.startDeviceLogin();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::LoggedIn, 10000);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(session.refreshTokenExpiry());
        QVERIFY2(left > 30 * 86400 - 60 && left <= 30 * 86400, qPrintable(QString::number(left)));
        QCoreApplication::processEvents();
        QCOMPARE(warning.count(), 0);
    }

    void oidcAgentTokenIsFetchedAgainBeforeExpiry()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        const QString script = QDir::home().filePath(QStringLiteral("fake-oidc-token-short"));
        const QString counter = QDir::home().filePath(QStringLiteral("oidc-token-calls"));
        QFile::remove(counter);
        QVERIFY(writeScript(script, "#!/bin/sh\necho x >> '" + counter.toUtf8() + "'\necho '" +
                                        iam.accessToken(9).toUtf8() + "'\necho '" +
                                        iam.url().toUtf8() + "'\necho $(( $(date +%s) + 4 ))\n"));
        MemoryTokenStore store;
        Session s(oidcAgentProfileFor(iam), oidcAgentOptions(store, script));
        QSignalSpy restored(&s, &Session::restoreFinished);
        s.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), true);
        const QDateTime firstExpiry = s.accessTokenExpiry();
        QSignalSpy changed(s.tokenManager(), &TokenManager::tokensChanged);
        QVERIFY(changed.wait(6000));
        QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry);
        QFile calls(counter);
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll().count('x'), 2);
    }

    void oidcAgentGoneEndsTheSession()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        // Like oidc-token: a token while the agent runs, oidc-token's own error once it is gone.
        const QString script = QDir::home().filePath(QStringLiteral("fake-oidc-token-gone"));
        const QString gone = QDir::home().filePath(QStringLiteral("agent-gone"));
        QFile::remove(gone);
        QVERIFY(writeScript(
            script,
            "#!/bin/sh\nif [ -e '" + gone.toUtf8() +
                "' ]; then echo 'Error: did not receive any response' >&2; exit 1; fi\necho '" +
                iam.accessToken(11).toUtf8() + "'\necho '" + iam.url().toUtf8() +
                "'\necho $(( $(date +%s) + 4 ))\n"));
        MemoryTokenStore store;
        Session s(oidcAgentProfileFor(iam), oidcAgentOptions(store, script));
        s.loginWithOidcAgent();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), Session::State::LoggedIn, 10000);
        QSignalSpy errors(&s, &Session::errorOccurred);
        QVERIFY(QFile(gone).open(QIODevice::WriteOnly));
        // The next fetch (at half of the 4-second lifetime) fails: the session says why at once.
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), Session::State::Error, 6000);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(s.lastError().message.contains(QLatin1String("oidc-agent is not running")),
                 qPrintable(s.lastError().message));
    }
};

QTEST_GUILESS_MAIN(TstSession)
#include "tst_session.moc"
