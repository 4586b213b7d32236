// plancia-cli against the sandbox, as a script would use it: separate processes for login,
// whoami and logout, the login shared through the real keychain (gnome-keyring under
// dbus-run-session) and the desktop app's settings, so that an in-process Session - what the app
// runs - restores a login made by the CLI and the CLI keeps working after the app rotated the
// refresh token. Nothing secret may appear in any output or under HOME.
#include "auth/session.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "log/logging.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

using namespace plancia;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

std::optional<QString> readKeychain(const QString &key)
{
    KeychainTokenStore store;
    std::optional<Result<std::optional<QString>>> got;
    store.read(key, [&](const auto &r) { got.emplace(r); });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !got->ok())
        return QStringLiteral("<keychain failed>");
    return got->value();
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

    Profile m_profile;
    QString m_profileFile;
    // Everything the CLI printed, checked for secrets at the end.
    QByteArray m_allOutput;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        p->setArguments(QStringList{QStringLiteral("--profile"), m_profileFile} + args);
        p->start();
        return p;
    }

    Run finish(QProcess *p, int timeoutMs = 60000)
    {
        Run r;
        if (!p->waitForFinished(timeoutMs)) {
            p->kill();
            p->waitForFinished(5000);
        }
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        m_allOutput += r.out + r.err;
        p->deleteLater();
        return r;
    }

    Run cli(const QStringList &args) { return finish(start(args)); }

    // Reads stderr until the "Code: XXXX" line (kept in *err).
    static QString waitForCode(QProcess *p, QByteArray *err)
    {
        QString code;
        (void)QTest::qWaitFor(
            [&] {
                *err += p->readAllStandardError();
                for (const QByteArray &line : err->split('\n')) {
                    if (line.startsWith("Code: "))
                        code = QString::fromUtf8(line.mid(6).trimmed());
                }
                return !code.isEmpty() || p->state() == QProcess::NotRunning;
            },
            30000);
        return code;
    }

    int approve(const QString &code, const QString &route = QStringLiteral("approve"))
    {
        QJsonObject body{{QStringLiteral("user_code"), code}};
        if (route == QLatin1String("approve"))
            body.insert(QStringLiteral("username"), QStringLiteral("mrossi"));
        return test::iamTestRoute(m_profile, route, body);
    }

    static QJsonObject jsonOf(const Run &r)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(e.errorString()), r.out.constData());
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Not initTestEnvironment(): Qt's test mode moves QSettings away from XDG_CONFIG_HOME,
        // and this test must share the settings file with the CLI, as the app does.
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QDir().mkpath(QDir::homePath());
        LogOptions log;
        log.toStderr = false;
        initLogging(log);
        QCoreApplication::setOrganizationName(QStringLiteral("plancia"));
        QCoreApplication::setApplicationName(QStringLiteral("plancia"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with an unlocked gnome-keyring");
        m_profileFile = QDir(test::sandboxRunDir()).filePath(QStringLiteral("profile.json"));
        auto p = test::sandboxProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        m_profile = p.value();
    }

    void usageErrors()
    {
        const Run unknown = cli({QStringLiteral("--bogus")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.trimmed().count('\n'), 0); // one line
        QVERIFY(unknown.err.contains("--help"));
        QCOMPARE(cli({QStringLiteral("whoami"), QStringLiteral("--frob")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("whoami"), QStringLiteral("extra")}).exitCode, 2);
        const Run badOutput =
            cli({QStringLiteral("--output"), QStringLiteral("yaml"), QStringLiteral("whoami")});
        QCOMPARE(badOutput.exitCode, 2);

        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"login", "whoami", "logout", "profiles"})
            QVERIFY2(help.out.contains(command), command);
        const Run loginHelp = cli({QStringLiteral("login"), QStringLiteral("--help")});
        QCOMPARE(loginHelp.exitCode, 0);
        QVERIFY(loginHelp.out.contains("--oidc-agent"));
    }

    void profilesListsGoodAndBroken()
    {
        const QString dir = QDir::homePath() + QStringLiteral("/.config/plancia/profiles");
        QVERIFY(QDir().mkpath(dir));
        QFile broken(dir + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema\": 1, \"name\": ");
        broken.close();

        const Run r =
            cli({QStringLiteral("profiles"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        bool found = false;
        for (const QJsonValue &v : o.value(QLatin1String("profiles")).toArray()) {
            if (v[QLatin1String("name")].toString() == m_profile.name)
                found = v[QLatin1String("file")].toString() == m_profileFile;
        }
        QVERIFY2(found, r.out.constData());
        const QJsonArray problems = o.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QLatin1String("file")].toString(), broken.fileName());
        QVERIFY(!problems.first()[QLatin1String("message")].toString().isEmpty());

        const Run text = cli({QStringLiteral("profiles")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(m_profile.name.toUtf8()));
        QVERIFY(text.err.contains("broken.json"));
        QVERIFY(broken.remove());

        const Run missing = finish([&] {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(PLANCIA_CLI_EXECUTABLE),
                     {QStringLiteral("--profile"), QStringLiteral("/nonexistent.json"),
                      QStringLiteral("whoami")});
            return p;
        }());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("nonexistent.json"));
    }

    void notLoggedInYet()
    {
        const Run r = cli({QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("login"));
        const Run json =
            cli({QStringLiteral("whoami"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(jsonOf(json)[QLatin1String("error")][QLatin1String("exitCode")].toInt(), 3);
    }

    void deniedLoginFails()
    {
        QProcess *p = start({QStringLiteral("login")});
        QByteArray err;
        const QString code = waitForCode(p, &err);
        QVERIFY2(!code.isEmpty(), err.constData());
        QVERIFY(err.contains("Link: https://")); // the sandbox speaks TLS like the platform
        QCOMPARE(approve(code, QStringLiteral("deny")), 200);
        Run r = finish(p);
        r.err.prepend(err);
        m_allOutput += err;
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("denied"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("whoami")}).exitCode, 3);
    }

    void ctrlCCancels()
    {
        QProcess *p = start({QStringLiteral("login")});
        QByteArray err;
        QVERIFY(!waitForCode(p, &err).isEmpty());
        ::kill(pid_t(p->processId()), SIGINT);
        Run r = finish(p, 20000);
        m_allOutput += err;
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("canceled"), r.err.constData());
    }

    void loginWhoamiAcrossProcesses()
    {
        QProcess *p =
            start({QStringLiteral("login"), QStringLiteral("--output"), QStringLiteral("json")});
        QByteArray err;
        const QString code = waitForCode(p, &err);
        QVERIFY2(!code.isEmpty(), err.constData());
        QCOMPARE(approve(code), 200);
        const Run login = finish(p);
        m_allOutput += err;
        QVERIFY2(login.exitCode == 0, (err + login.err).constData());
        const QJsonObject l = jsonOf(login);
        QCOMPARE(l[QLatin1String("user")].toString(), QStringLiteral("mrossi"));
        QVERIFY(l[QLatin1String("roles")].toArray().contains(QStringLiteral("researcher")));
        QCOMPARE(l[QLatin1String("platform")][QLatin1String("name")].toString(), m_profile.name);

        // A new process finds the login in the keychain.
        const Run text = cli({QStringLiteral("whoami")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("mrossi"));
        QVERIFY(text.out.contains("Researcher"));

        const Run json =
            cli({QStringLiteral("whoami"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.err.isEmpty() || !json.out.isEmpty());
        const QJsonObject w = jsonOf(json);
        for (const char *key :
             {"user", "roles", "groups", "platform", "accessTokenExpiry", "loginExpiry"})
            QVERIFY2(w.contains(QLatin1String(key)), key);
        QCOMPARE(w[QLatin1String("user")].toString(), QStringLiteral("mrossi"));
        QVERIFY(!w[QLatin1String("groups")].toArray().isEmpty());
        QVERIFY(QDateTime::fromString(w[QLatin1String("accessTokenExpiry")].toString(), Qt::ISODate)
                    .isValid());
        // The desktop app's keychain entry (service "plancia", key issuer|subject).
        m_key = TokenStore::keyFor(m_profile.iam.issuer.toString(),
                                   w[QLatin1String("subject")].toString());
        const std::optional<QString> stored = readKeychain(m_key);
        QVERIFY(stored && !stored->isEmpty() && !stored->startsWith(QLatin1Char('<')));
        m_secrets << *stored;
    }

    void appRestoresTheCliLogin()
    {
        // What the desktop app does at start: a Session on the same profile restores silently.
        QString key;
        QString refresh;
        {
            Session app(m_profile);
            QSignalSpy restored(&app, &Session::restoreFinished);
            app.restore();
            QVERIFY(restored.wait(20000));
            QCOMPARE(restored.first().first().toBool(), true);
            QCOMPARE(app.user().username, QStringLiteral("mrossi"));
            key = TokenStore::keyFor(m_profile.iam.issuer.toString(), app.user().subject);
            QCOMPARE(key, m_key);
            refresh = app.tokenManager()->refreshToken();
            QVERIFY(!refresh.isEmpty());
            // The rotated refresh token reaches the keychain before the "app" quits.
            QTRY_COMPARE_WITH_TIMEOUT(readKeychain(key), std::optional<QString>(refresh), 10000);
            QVERIFY(!app.tokenManager()->currentAccessToken().isEmpty());
            m_secrets << app.tokenManager()->currentAccessToken() << app.tokenManager()->idToken();
        }
        m_secrets << refresh;
        // ... and the CLI carries on with the token the app rotated.
        const Run after = cli({QStringLiteral("whoami")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        // The CLI rotated it again and stored the new one.
        const std::optional<QString> stored = readKeychain(key);
        QVERIFY(stored && !stored->isEmpty() && *stored != refresh);
        m_secrets << *stored;
    }

    void logoutThenNotLoggedIn()
    {
        const Run out = cli({QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(out.err.contains("Logged out mrossi"));
        QCOMPARE(readKeychain(m_key), std::optional<QString>());
        QCOMPARE(cli({QStringLiteral("whoami")}).exitCode, 3);
        const Run again =
            cli({QStringLiteral("logout"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("Not logged in"));
        QCOMPARE(jsonOf(again)[QLatin1String("loggedOut")].toBool(true), false);
    }

    void noSecretAnywhere()
    {
        QVERIFY(m_secrets.size() >= 4);
        // No JWT (access or ID token: base64url of '{"') in anything the CLI printed.
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains("eyJ"), m_allOutput.constData());
        for (const QString &s : std::as_const(m_secrets)) {
            QVERIFY(!s.isEmpty());
            QVERIFY(!m_allOutput.contains(s.toUtf8()));
            const QStringList files = test::filesContaining(QDir::homePath(), s.toUtf8());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
        }
        // The grep itself works (a clean result means something).
        const QString planted = QDir::home().filePath(QStringLiteral("planted.txt"));
        QFile f(planted);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_secrets.first().toUtf8());
        f.close();
        QCOMPARE(test::filesContaining(QDir::homePath(), m_secrets.first().toUtf8()),
                 QStringList{planted});
        QFile::remove(planted);
    }

private:
    QStringList m_secrets;
    QString m_key;
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
