// Keychain round trip against the real Secret Service (gnome-keyring under dbus-run-session):
// the refresh token is stored, a restart logs in silently, logout revokes and clears the entry,
// and no secret ever lands in a file under HOME.
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "secretsgrep.h"

#include <QSignalSpy>

using namespace plancia;

namespace {

std::optional<QString> readKeychain(const QString &key, Error *error = nullptr)
{
    KeychainTokenStore store;
    std::optional<Result<std::optional<QString>>> got;
    store.read(key, [&](const auto &r) { got.emplace(r); });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return QStringLiteral("<timeout>");
    if (!got->ok()) {
        if (error)
            *error = got->error();
        return QStringLiteral("<error>");
    }
    return got->value();
}

} // namespace

class TstAuthKeychain : public QObject
{
    Q_OBJECT

    Profile m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with an unlocked gnome-keyring");
        auto p = test::sandboxProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        m_profile = p.value();
    }

    void restartRestoresAndLogoutRevokes()
    {
        test::CollectedSecrets secrets;
        QString key;
        QString firstRefresh;
        {
            Platform firstPlatform(m_profile);
            Session &first = *firstPlatform.session();
            QSignalSpy unavailable(&first, &Session::keychainUnavailable);
            QVERIFY(test::scriptedLogin(first, QStringLiteral("mrossi")));
            key = TokenStore::keyFor(m_profile.iam.issuer.toString(), first.user().subject);
            firstRefresh = first.tokenManager()->refreshToken();
            QVERIFY(!firstRefresh.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(key), std::optional<QString>(firstRefresh),
                                      10000);
            QVERIFY(first.keychainAvailable());
            QCOMPARE(unavailable.count(), 0);
            QVERIFY(test::collectSecrets(firstPlatform, secrets, this));
        }

        // "Restart": a new Session finds the login in the keychain, no device code involved.
        Platform secondPlatform(m_profile);
        Session &second = *secondPlatform.session();
        QSignalSpy restored(&second, &Session::restoreFinished);
        QSignalSpy states(&second, &Session::stateChanged);
        second.restore();
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(second.state(), Session::State::LoggedIn);
        QCOMPARE(second.user().username, QStringLiteral("mrossi"));
        const QString rotated = second.tokenManager()->refreshToken();
        QVERIFY(rotated != firstRefresh); // the IAM rotates refresh tokens
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(key), std::optional<QString>(rotated), 10000);
        QVERIFY(test::collectSecrets(secondPlatform, secrets, this));

        // Nothing secret in any file under HOME (logs, settings, the keyring's own files).
        QVERIFY(test::grepFindsPlantedSecret());
        const QStringList hits = test::secretHits(secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(secrets.values.size() >= 6);

        // Logout: revoked at the IAM and gone from the keychain.
        const QString access = second.tokenManager()->currentAccessToken();
        QSignalSpy done(&second, &Session::logoutFinished);
        second.logout();
        QVERIFY(done.wait(20000));
        QCOMPARE(readKeychain(key), std::optional<QString>());

        HttpClient client;
        (void)client.addCaBundle(m_profile.caFile); // the sandbox CA (HTTPS)
        const auto oldRefresh = test::runRequest(client, [&] {
            HttpRequest r =
                HttpRequest::post(QUrl(m_profile.iam.issuer.toString() + QStringLiteral("token")),
                                  "grant_type=refresh_token&client_id=plancia&refresh_token=" +
                                      QUrl::toPercentEncoding(rotated),
                                  "application/x-www-form-urlencoded");
            r.authenticate = false;
            return r;
        }());
        QVERIFY(oldRefresh.ok());
        QCOMPARE(oldRefresh->status, 400);
        QVERIFY(oldRefresh->body.contains("invalid_grant"));

        const QString servicesSecret =
            test::sandboxState().value(QLatin1String("iamServicesSecret")).toString();
        HttpRequest introspect = HttpRequest::post(
            QUrl(m_profile.iam.issuer.toString() + QStringLiteral("introspect")),
            "token=" + QUrl::toPercentEncoding(access), "application/x-www-form-urlencoded");
        introspect.authenticate = false;
        introspect.header(
            "Authorization",
            "Basic " + (QByteArray("sandbox-services:") + servicesSecret.toUtf8()).toBase64());
        const auto info = test::runRequest(client, introspect);
        QVERIFY(info.ok());
        QCOMPARE(info->status, 200);
        QCOMPARE(QJsonDocument::fromJson(info->body)
                     .object()
                     .value(QLatin1String("active"))
                     .toBool(true),
                 false);

        // And the next start needs a login.
        Session third(m_profile);
        QSignalSpy restored3(&third, &Session::restoreFinished);
        third.restore();
        QVERIFY(restored3.wait(10000));
        QCOMPARE(restored3.first().first().toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstAuthKeychain)
#include "tst_auth_keychain.moc"
