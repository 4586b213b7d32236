// The oidc-agent login against the real oidc-agent (Debian oidc-agent-cli) and the auth sandbox's
// IAM: an agent of our own (temporary directory, own socket), an account made with oidc-gen's
// device flow (approved through the IAM's test route), then a profile with
// "tokenSource": "oidc-agent". The Session logs in from `oidc-token`, Kubernetes calls stay
// authorized across several 20-second tokens, a stopped agent ends the session with a clear
// error, and no token is written under HOME.
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "log/logging.h"
#include "secretsgrep.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace plancia;

namespace {

const QString kAccount = QStringLiteral("plancia-it");
const QString kUser = QStringLiteral("dferri"); // ml-infn: Admin and Support

} // namespace

class TstAuthOidcAgent : public QObject
{
    Q_OBJECT

    Profile m_profile;
    // Short path: a UNIX socket path must fit in 108 bytes.
    std::unique_ptr<QTemporaryDir> m_agentDir;
    QProcess *m_agent = nullptr;
    QString m_socket;
    QByteArray m_oldSock;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<Session> m_session;
    QSet<QString> m_tokensSeen;

    QProcessEnvironment agentEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_agentDir->path());
        env.insert(QStringLiteral("TMPDIR"), m_agentDir->path());
        env.insert(QStringLiteral("OIDC_SOCK"), m_socket);
        return env;
    }

    void stopAgent()
    {
        if (!m_agent)
            return;
        if (m_agent->state() != QProcess::NotRunning) {
            m_agent->terminate();
            if (!m_agent->waitForFinished(5000)) {
                m_agent->kill();
                m_agent->waitForFinished(5000);
            }
        }
    }

    // Starts `oidc-agent` in the foreground as our child (so that it cannot outlive the test:
    // it gets SIGTERM when the test process dies).
    bool startAgent()
    {
        m_agent = new QProcess(this);
        m_agent->setProcessEnvironment(agentEnvironment());
        m_agent->setStandardOutputFile(m_agentDir->filePath(QStringLiteral("agent.log")));
        m_agent->setStandardErrorFile(m_agentDir->filePath(QStringLiteral("agent.log")),
                                      QIODevice::Append);
        m_agent->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_agent->start(QStringLiteral("oidc-agent"),
                       {QStringLiteral("--console"), QStringLiteral("--socket-path=") + m_socket});
        if (!m_agent->waitForStarted(10000))
            return false;
        return QTest::qWaitFor([&] { return QFileInfo(m_socket).exists(); }, 10000);
    }

    // `oidc-gen` with the device flow, approved through the IAM's test route, the account kept
    // in the agent only (--no-save: no encryption password to type).
    bool generateAccount(QString &log)
    {
        QProcess gen;
        gen.setProcessEnvironment(agentEnvironment());
        gen.setProcessChannelMode(QProcess::MergedChannels);
        gen.setStandardInputFile(QProcess::nullDevice());
        QByteArray out;
        connect(&gen, &QProcess::readyRead, &gen, [&] { out += gen.readAll(); });
        gen.start(QStringLiteral("oidc-gen"),
                  {kAccount, QStringLiteral("--issuer=") + m_profile.iam.issuer.toString(),
                   QStringLiteral("--client-id=oidc-agent"),
                   QStringLiteral("--client-secret=oidc-agent-sandbox-secret"),
                   QStringLiteral("--scope=openid profile offline_access wlcg.groups"),
                   QStringLiteral("--flow=device"), QStringLiteral("--no-save"),
                   QStringLiteral("--no-url-call"), QStringLiteral("--confirm-default"),
                   QStringLiteral("--redirect-uri=http://localhost:4242"),
                   QStringLiteral("--cert-path=") + m_profile.caFile}); // the sandbox CA
        auto finish = qScopeGuard([&] {
            if (gen.state() != QProcess::NotRunning) {
                gen.kill();
                gen.waitForFinished(5000);
            }
            log = QString::fromLocal8Bit(out);
        });
        if (!gen.waitForStarted(10000))
            return false;
        static const QRegularExpression codePattern(
            QStringLiteral("\\b([B-DF-HJ-NP-TV-XZ]{4}-[B-DF-HJ-NP-TV-XZ]{4})\\b"));
        QString code;
        const bool gotCode = QTest::qWaitFor(
            [&] {
                const auto m = codePattern.match(QString::fromLocal8Bit(out));
                if (m.hasMatch())
                    code = m.captured(1);
                return !code.isEmpty() || gen.state() == QProcess::NotRunning;
            },
            30000);
        if (!gotCode || code.isEmpty())
            return false;
        if (test::iamTestRoute(
                m_profile, QStringLiteral("approve"),
                {{QStringLiteral("user_code"), code}, {QStringLiteral("username"), kUser}}) != 200)
            return false;
        // oidc-gen polls every 5 s (IAM sends no interval).
        if (!QTest::qWaitFor([&] { return gen.state() == QProcess::NotRunning; }, 60000))
            return false;
        out += gen.readAll();
        return gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0;
    }

    // The oidc-agent profile, written and read back like a user's profile file.
    Result<Profile> agentProfile() const
    {
        QFile f(QDir(test::sandboxRunDir()).filePath(QStringLiteral("profile.json")));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Config, QStringLiteral("no sandbox profile"));
        QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject iam = json.value(QStringLiteral("iam")).toObject();
        iam.insert(QStringLiteral("tokenSource"), QStringLiteral("oidc-agent"));
        iam.insert(QStringLiteral("oidcAgentAccount"), kAccount);
        json.insert(QStringLiteral("iam"), iam);
        return parseProfile(QJsonDocument(json).toJson(), QStringLiteral("oidc-agent profile"));
    }

    // GET the user's pods with the session's Kubernetes authorizer; counts 401s (forced
    // refreshes) and remembers every bearer token sent.
    HttpResult listPods(int &forcedRefreshes)
    {
        const QString ns = m_profile.namespaceFor(m_session->user().username);
        HttpClient kube;
        (void)kube.addCaBundle(m_profile.caFile); // the sandbox CA (HTTPS)
        Authorizer inner = m_session->bearerAuthorizer();
        kube.setAuthorizer(
            [&, inner](HttpRequest req, bool force, QObject *ctx, AuthorizeDone done) {
                if (force)
                    ++forcedRefreshes;
                inner(std::move(req), force, ctx, [this, done](Result<HttpRequest> r) {
                    if (r.ok()) {
                        for (const auto &h : r->headers) {
                            if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                                m_tokensSeen.insert(QString::fromUtf8(h.second.mid(7)));
                        }
                    }
                    done(std::move(r));
                });
            });
        return test::runRequest(
            kube,
            HttpRequest::get(QUrl(m_profile.kubernetes.server.toString() +
                                  QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns))),
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        for (const char *tool : {"oidc-agent", "oidc-gen", "oidc-token"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP("oidc-agent-cli is not installed");
        }
        auto p = test::sandboxProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        m_profile = p.value();

        m_agentDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                     QStringLiteral("/plancia-oa-XXXXXX"));
        QVERIFY(m_agentDir->isValid());
        m_socket = m_agentDir->filePath(QStringLiteral("agent.sock"));
        QVERIFY2(startAgent(), qPrintable(m_agent->errorString()));
        QString genLog;
        QVERIFY2(generateAccount(genLog), qPrintable(genLog.right(2000)));

        // Plancia's `oidc-token` finds the agent like a user's shell would: OIDC_SOCK.
        m_oldSock = qgetenv("OIDC_SOCK");
        qputenv("OIDC_SOCK", m_socket.toLocal8Bit());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        stopAgent();
        if (m_oldSock.isEmpty())
            qunsetenv("OIDC_SOCK");
        else
            qputenv("OIDC_SOCK", m_oldSock);
    }

    void logsInFromTheAgent()
    {
        auto p = agentProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        QCOMPARE(p->iam.tokenSource, Profile::Iam::TokenSource::OidcAgent);
        m_profile = p.value();
        m_store = std::make_unique<MemoryTokenStore>();
        Session::Options o;
        o.store = m_store.get();
        m_session = std::make_unique<Session>(m_profile, o);
        QSignalSpy errors(m_session.get(), &Session::errorOccurred);
        m_session->loginWithOidcAgent();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() != Session::State::LoggingIn, 30000);
        QVERIFY2(m_session->state() == Session::State::LoggedIn,
                 qPrintable(m_session->lastError().toLogString()));
        QCOMPARE(errors.count(), 0);

        const UserInfo &user = m_session->user();
        QCOMPARE(user.username, kUser);
        QVERIFY(user.groups.contains(QStringLiteral("ml-infn")));
        QVERIFY(user.hasRole(Role::Researcher));
        QVERIFY(user.hasRole(Role::Admin));
        QVERIFY(user.hasRole(Role::Support));
        QVERIFY(!user.hasRole(Role::Tutor));
        // The token is the agent's, with the sandbox's short lifetime; nothing to persist.
        const qint64 lifetime =
            QDateTime::currentDateTimeUtc().secsTo(m_session->accessTokenExpiry());
        QVERIFY2(lifetime > 0 && lifetime <= 20, qPrintable(QString::number(lifetime)));
        QCOMPARE(m_session->tokenManager()->refreshCount(), 1);
        QVERIFY(m_session->tokenManager()->refreshToken().isEmpty());
        QCOMPARE(m_store->writeCount(), 0);
        m_tokensSeen.insert(m_session->tokenManager()->currentAccessToken());
    }

    // ~50 s of calls, one every two seconds, across several 20-second tokens: each is fetched
    // from the agent again before it expires, and no call meets a 401.
    void kubernetesCallsStayAuthorized()
    {
        QVERIFY(m_session && m_session->state() == Session::State::LoggedIn);
        TokenManager *tm = m_session->tokenManager();
        QSignalSpy renewed(tm, &TokenManager::tokensChanged);
        const int fetchesBefore = tm->refreshCount();
        const int seconds = 50;
        int forced = 0;
        int calls = 0;
        QStringList failures;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < seconds * 1000LL) {
            const qint64 roundStart = clock.elapsed();
            const HttpResult r = listPods(forced);
            ++calls;
            if (!r.ok() || r->status != 200) {
                failures << (r.ok() ? QStringLiteral("HTTP %1 %2")
                                          .arg(r->status)
                                          .arg(QString::fromUtf8(r->body.left(200)))
                                    : r.error().toLogString());
            }
            [[maybe_unused]] const bool paced =
                QTest::qWaitFor([&] { return clock.elapsed() >= roundStart + 2000; }, 3000);
        }
        const int fetches = tm->refreshCount() - fetchesBefore;
        qInfo("oidc-agent run: %d s, %d calls, %d failures, %d forced refreshes; %d oidc-token "
              "fetches, %d distinct tokens",
              seconds, calls, int(failures.size()), forced, fetches, int(m_tokensSeen.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(forced, 0);
        QVERIFY(calls >= 20);
        // Fetched again at half of each 20-second lifetime: about five times in 50 s.
        QVERIFY2(fetches >= seconds / 20 + 1, qPrintable(QString::number(fetches)));
        QCOMPARE(renewed.count(), fetches);
        QVERIFY2(m_tokensSeen.size() >= seconds / 20 + 1,
                 qPrintable(QString::number(m_tokensSeen.size())));
        QCOMPARE(m_session->state(), Session::State::LoggedIn);
    }

    // The agent stops: the next fetch fails, the session says why (Error, not a silent retry
    // or a crash), and once the token has expired calls fail with the same clear message.
    void stoppedAgentEndsTheSession()
    {
        QVERIFY(m_session && m_session->state() == Session::State::LoggedIn);
        QSignalSpy errors(m_session.get(), &Session::errorOccurred);
        stopAgent();
        QCOMPARE(m_agent->state(), QProcess::NotRunning);
        // The next fetch is due within half a token lifetime (10 s).
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Error, 25000);
        QCOMPARE(errors.count(), 1);
        const QString message = m_session->lastError().message;
        QVERIFY2(message.contains(QLatin1String("oidc-agent is not running")), qPrintable(message));
        QVERIFY2(message.contains(kAccount), qPrintable(message));

        const QDateTime expiry = m_session->accessTokenExpiry();
        QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() > expiry; }, 25000));
        int forced = 0;
        const HttpResult r = listPods(forced);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("oidc-agent is not running")),
                 qPrintable(r.error().toLogString()));
        QCOMPARE(m_session->state(), Session::State::Error);
        QCOMPARE(errors.count(), 1); // background retries do not repeat the notice
    }

    // Every token the session used, and nothing of it under HOME (logs, settings, caches).
    void noTokenUnderHome()
    {
        QVERIFY(m_tokensSeen.size() >= 3);
        m_session.reset();
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
        QVERIFY(test::grepFindsPlantedSecret());
        test::CollectedSecrets secrets;
        for (const QString &t : std::as_const(m_tokensSeen)) {
            if (t.isEmpty())
                continue;
            secrets.values << t;
            secrets.names << QStringLiteral("access token");
        }
        QVERIFY(!secrets.values.isEmpty());
        const QStringList hits = test::secretHits(secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstAuthOidcAgent)
#include "tst_auth_oidcagent.moc"
