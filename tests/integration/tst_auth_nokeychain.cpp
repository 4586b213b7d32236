// Without a keychain (no session bus): the user is told once, the session works from memory,
// and no secret is written to any file under HOME.
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "secretsgrep.h"

#include <QSignalSpy>

using namespace plancia;

class TstAuthNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void memoryOnlyAndSaysSoOnce()
    {
        auto p = test::sandboxProfile();
        QVERIFY(p.ok());
        Platform platform(p.value());
        Session &session = *platform.session();
        QSignalSpy unavailable(&session, &Session::keychainUnavailable);
        QVERIFY(test::scriptedLogin(session, QStringLiteral("gbianchi")));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
        QVERIFY(!session.keychainAvailable());
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        // Renewals keep working in memory and do not warn again.
        test::CollectedSecrets secrets;
        QVERIFY(test::collectSecrets(platform, secrets, this));
        QSignalSpy changed(session.tokenManager(), &TokenManager::refreshTokenRotated);
        session.tokenManager()->refresh();
        QVERIFY(changed.wait(10000));
        QVERIFY(test::collectSecrets(platform, secrets, this));
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(session.state(), Session::State::LoggedIn);

        QVERIFY(test::grepFindsPlantedSecret());
        const QStringList hits = test::secretHits(secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(secrets.values.size() >= 7);

        Session restarted(p.value());
        QSignalSpy restored(&restarted, &Session::restoreFinished);
        restarted.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(restored.first().first().toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstAuthNoKeychain)
#include "tst_auth_nokeychain.moc"
