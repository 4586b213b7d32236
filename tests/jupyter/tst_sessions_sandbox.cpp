// JupyterLab sessions against the sandbox hub (Debian JupyterHub 3.0 with real single-user
// servers, the proxy over HTTPS, the idle culler): the hub client and the sessions model, Open in
// headless chromium, and `plancia-cli sessions`. Each part uses its own hackathon user, so the
// parts never see each other's servers.
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "common/notifier.h"
#include "jupyter/hubclient.h"
#include "jupyter/sessionsmodel.h"
#include "platform/platform.h"
#include "sessions/sessioncard.h"
#include "sessions/sessionspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plancia;
using namespace plancia::jupyter;

namespace {

SessionProfile cpuProfile()
{
    SessionProfile p;
    p.image = QStringLiteral("harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cpu");
    p.cpu = 2;
    p.memory = QStringLiteral("4G");
    return p;
}

} // namespace

class TstSessionsSandbox : public QObject
{
    Q_OBJECT

private:
    MemoryTokenStore m_store;
    std::map<QString, std::unique_ptr<Platform>> m_platforms;

    Platform *platformFor(const QString &user)
    {
        auto &p = m_platforms[user];
        if (!p) {
            Platform::Options o;
            o.session.store = &m_store;
            p = std::make_unique<Platform>(test::sandboxProfile().value(), o);
            if (!test::scriptedLogin(*p->session(), user))
                return nullptr;
        }
        return p.get();
    }

    // The hub's admin API (the sandbox's service token): another client acting on the servers.
    int adminCall(const QByteArray &method, const QString &path)
    {
        const auto profile = test::sandboxProfile().value();
        HttpClient client;
        (void)client.addCaBundle(profile.caFile);
        HttpRequest req;
        req.method = method;
        req.url = QUrl(profile.hub.url.toString() + QStringLiteral("hub/api/") + path);
        req.authenticate = false;
        req.header("Authorization",
                   "token " + test::sandboxState().value("hubAdminToken").toString().toUtf8());
        const auto r = test::runRequest(client, req);
        return r.ok() ? r->status : 0;
    }

    QByteArray cliRun(const QStringList &args, int *exitCode, QByteArray *err)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        p.setArguments(
            QStringList{"--profile", QDir(test::sandboxRunDir()).filePath("profile.json")} + args);
        p.start();
        if (!p.waitForFinished(120000))
            p.kill();
        *exitCode = p.exitCode();
        *err = p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    bool cliLogin(const QString &user)
    {
        QProcess login;
        login.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        login.setArguments(
            {"--profile", QDir(test::sandboxRunDir()).filePath("profile.json"), "login"});
        login.start();
        QByteArray err;
        QString code;
        (void)QTest::qWaitFor(
            [&] {
                err += login.readAllStandardError();
                for (const QByteArray &line : err.split('\n')) {
                    if (line.startsWith("Code: "))
                        code = QString::fromUtf8(line.mid(6).trimmed());
                }
                return !code.isEmpty() || login.state() == QProcess::NotRunning;
            },
            30000);
        if (code.isEmpty())
            return false;
        if (test::iamTestRoute(test::sandboxProfile().value(), "approve",
                               {{"user_code", code}, {"username", user}}) != 200)
            return false;
        return login.waitForFinished(30000) && login.exitCode() == 0;
    }

    void writeCullerOverrides(const QJsonObject &conf)
    {
        QFile f(QDir(test::sandboxRunDir()).filePath(QStringLiteral("hub/culler.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(conf).toJson());
    }

    template<typename Job, typename R>
    static std::optional<R> wait(Job *job, int ms = 60000)
    {
        std::optional<R> out;
        QObject::connect(job, &Job::finished, [&](const R &r) { out.emplace(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
            return std::nullopt;
        return out;
    }

    void stopAll(HubClient *hub)
    {
        auto servers = wait<ServersJob, Result<QList<HubServer>>>(hub->servers(this));
        if (!servers || !servers->ok())
            return;
        for (const HubServer &s : servers->value()) {
            if (s.isActive())
                (void)wait<StopJob, Status>(hub->stop(s.name, this));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QCoreApplication::setOrganizationName("plancia");
        QCoreApplication::setApplicationName("plancia");
        QVERIFY(test::sandboxProfile().ok());
    }

    // Start with a profile, follow the progress stream, ready with a URL that answers through
    // the hub's proxy; then stop.
    void startProgressReadyStop()
    {
        Platform *platform = platformFor(QStringLiteral("hack09"));
        QVERIFY(platform);
        HubClient *hub = hubClientFor(platform);
        stopAll(hub);
        SessionProfile profile = cpuProfile();
        profile.acceleratorModel = QStringLiteral("t4");
        profile.acceleratorCount = 1;
        QElapsedTimer clock;
        clock.start();
        auto started =
            wait<StartJob, Result<bool>>(hub->start(QStringLiteral("lab"), profile, this));
        QVERIFY(started && started->ok());
        QCOMPARE(hub->version(), QStringLiteral("3.0.0"));
        QCOMPARE(hub->majorVersion(), 3);

        auto *progress = hub->progress(QStringLiteral("lab"), this);
        QList<SpawnEvent> events;
        connect(progress, &SpawnProgressJob::event, this,
                [&](const SpawnEvent &e) { events.append(e); });
        auto ready = wait<SpawnProgressJob, Result<SpawnEvent>>(progress);
        QVERIFY(ready);
        QVERIFY2(ready->ok(), ready->ok() ? "" : qPrintable(ready->error().message));
        qInfo("FIGURE spawn_ready_ms %lld (events %lld)", qint64(clock.elapsed()),
              qint64(events.size()));
        QVERIFY(events.size() >= 4);
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i).progress >= events.at(i - 1).progress);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const SpawnEvent &e) {
            return e.message.contains(QStringLiteral("Requesting gpu:t4:1"));
        }));
        QVERIFY(ready->value().ready);
        const QUrl url = ready->value().url;
        QCOMPARE(url.path(), QStringLiteral("/user/hack09/lab/"));
        QCOMPARE(url.host(), platform->profile().hub.url.host());

        // The list says running, with the profile as user_options.
        auto servers = wait<ServersJob, Result<QList<HubServer>>>(hub->servers(this));
        QVERIFY(servers && servers->ok());
        const auto it = std::find_if(servers->value().cbegin(), servers->value().cend(),
                                     [](const HubServer &s) { return s.name == "lab"; });
        QVERIFY(it != servers->value().cend());
        QCOMPARE(it->state, HubServer::State::Running);
        QCOMPARE(it->profile.acceleratorModel, QStringLiteral("t4"));
        QCOMPARE(it->profile.acceleratorCount, 1);
        QVERIFY(it->started.isValid());

        // 200 through the proxy, with the browser token.
        auto token = wait<BrowserTokenJob, Result<QString>>(hub->browserToken(this));
        QVERIFY(token && token->ok());
        HttpClient plain;
        QVERIFY(plain.addCaBundle(platform->profile().caFile).ok());
        HttpRequest get = HttpRequest::get(url.resolved(QUrl(QStringLiteral("api/status"))));
        get.authenticate = false;
        get.header("Authorization", "token " + token->value().toUtf8());
        const auto answer = test::runRequest(plain, get);
        QVERIFY(answer.ok());
        QCOMPARE(answer->status, 200);

        auto stopped = wait<StopJob, Status>(hub->stop(QStringLiteral("lab"), this));
        QVERIFY(stopped && stopped->ok());
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto s = wait<ServersJob, Result<QList<HubServer>>>(hub->servers(this));
                return s && s->ok() &&
                       std::none_of(s->value().cbegin(), s->value().cend(),
                                    [](const HubServer &h) { return h.isActive(); });
            },
            20000));
    }

    // Open as a person would: the link the page opens, in a real headless chromium, lands in the
    // notebook server's page without a login form (the ?token= becomes the server's cookie).
    void openInChromium()
    {
        Platform *platform = platformFor(QStringLiteral("hack09"));
        QVERIFY(platform);
        HubClient *hub = hubClientFor(platform);
        auto started =
            wait<StartJob, Result<bool>>(hub->start(QStringLiteral("open"), cpuProfile(), this));
        QVERIFY(started && started->ok());
        auto ready =
            wait<SpawnProgressJob, Result<SpawnEvent>>(hub->progress(QStringLiteral("open"), this));
        QVERIFY(ready && ready->ok());

        ui::SessionsPage page;
        page.setHubClient(hub);
        QUrl opened;
        page.setUrlOpener([&](const QUrl &u) {
            opened = u;
            return true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(page.card(QStringLiteral("open")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.card(QStringLiteral("open"))->openButton()->isVisibleTo(&page), 15000);
        page.card(QStringLiteral("open"))->openButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 15000);
        QCOMPARE(opened.path(), QStringLiteral("/user/hack09/open/"));
        QVERIFY(opened.query().startsWith(QStringLiteral("token=")));

        // Chromium trusts the sandbox's server key by its SPKI pin (the sandbox CA is not in
        // its store; verification stays on for everything else).
        const QString cert = QDir(test::sandboxRunDir()).filePath(QStringLiteral("tls/server.crt"));
        QProcess pin;
        pin.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                                  "-outform der | openssl dgst -sha256 -binary | base64")
                       .arg(cert)});
        QVERIFY(pin.waitForFinished(10000));
        const QString spki = QString::fromLatin1(pin.readAllStandardOutput().trimmed());
        QVERIFY(!spki.isEmpty());
        QTemporaryDir profileDir;
        QProcess chromium;
        chromium.setProgram(QStringLiteral("chromium"));
        chromium.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                               QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                               QStringLiteral("--user-data-dir=") + profileDir.path(),
                               QStringLiteral("--ignore-certificate-errors-spki-list=") + spki,
                               QStringLiteral("--virtual-time-budget=8000"),
                               QStringLiteral("--dump-dom"), opened.toString()});
        QElapsedTimer clock;
        clock.start();
        chromium.start();
        QVERIFY(chromium.waitForFinished(60000));
        const QString dom = QString::fromUtf8(chromium.readAllStandardOutput());
        qInfo("FIGURE chromium_open_ms %lld (dom %lld bytes)", qint64(clock.elapsed()),
              qint64(dom.size()));
        // The notebook server's own page (its base URL is the server's), not the hub's login.
        QVERIFY2(dom.contains(QStringLiteral("data-base-url=\"/user/hack09/open/\"")),
                 qPrintable(dom.left(400)));
        QVERIFY(!dom.contains(QStringLiteral("name=\"password\"")));
        QVERIFY(!dom.contains(QStringLiteral("/hub/login")));
        const auto stopped = wait<StopJob, Status>(hub->stop(QStringLiteral("open"), this));
        QVERIFY(stopped && stopped->ok());
    }

    // Two named servers at once; the model shows both, then each stops.
    void twoNamedServers()
    {
        Platform *platform = platformFor(QStringLiteral("hack10"));
        QVERIFY(platform);
        HubClient *hub = hubClientFor(platform);
        stopAll(hub);
        SessionsModel model(hub);
        QAbstractItemModelTester tester(&model);
        model.setIntervals(std::chrono::milliseconds(500), std::chrono::milliseconds(300),
                           std::chrono::milliseconds(500));
        QSignalSpy ready(&model, &SessionsModel::serverReady);
        model.startServer(QStringLiteral("one"), cpuProfile());
        SessionProfile mig = cpuProfile();
        mig.image = QStringLiteral("harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cuda");
        mig.acceleratorModel = QStringLiteral("a100-1g.10gb");
        mig.acceleratorCount = 1;
        model.startServer(QStringLiteral("two"), mig);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf("one") >= 0 && model.rowOf("two") >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model.row(model.rowOf("one")).server.state == HubServer::State::Running &&
                model.row(model.rowOf("two")).server.state == HubServer::State::Running,
            10000);
        QCOMPARE(model.row(model.rowOf("two")).server.profile.acceleratorModel,
                 QStringLiteral("a100-1g.10gb"));
        QVERIFY(model.row(model.rowOf("two")).messages.join('\n').contains("a100-1g.10gb"));
        QTRY_VERIFY_WITH_TIMEOUT(model.row(model.rowOf("one")).cullAt.isValid(), 5000);
        QSignalSpy external(&model, &SessionsModel::stoppedByPlatform);
        model.stopServer(QStringLiteral("one"));
        model.stopServer(QStringLiteral("two"));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(model.rows().cbegin(), model.rows().cend(),
                         [](const SessionsModel::Row &r) { return r.server.isActive(); }),
            20000);
        QCOMPARE(external.count(), 0); // stopped by us, not by the platform
    }

    // A spawn the hub refuses (more GPUs than are free): the card says the hub's reason and a
    // notification tells it.
    void spawnFailureReachesThePage()
    {
        Platform *platform = platformFor(QStringLiteral("hack10"));
        QVERIFY(platform);
        ui::Notifier notifier;
        notifier.setEnabled(false);
        ui::SessionsPage page;
        page.setHubClient(hubClientFor(platform));
        SessionProfile p = cpuProfile();
        p.acceleratorModel = QStringLiteral("t4");
        p.acceleratorCount = 9;
        page.startSession(QStringLiteral("toomany"), p);
        QTRY_VERIFY_WITH_TIMEOUT(page.card(QStringLiteral("toomany")) &&
                                     page.card(QStringLiteral("toomany"))
                                         ->findChild<QLabel *>(QStringLiteral("error"))
                                         ->text()
                                         .contains(QStringLiteral("is taken")),
                                 20000);
        const QString shown =
            page.card("toomany")->findChild<QLabel *>(QStringLiteral("error"))->text();
        QVERIFY2(shown.startsWith(QStringLiteral("This profile needs a GPU that is taken: 9x "
                                                 "NVIDIA T4 is taken:")),
                 qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.history().isEmpty(), 5000);
        QCOMPARE(notifier.history().last().category, QStringLiteral("session.failed"));
        QCOMPARE(notifier.history().last().body, shown);
        QCOMPARE(page.card("toomany")->stateLabel()->text(), QStringLiteral("Failed to start"));
        // An unknown image: refused with the hub's words too.
        SessionProfile bad = cpuProfile();
        bad.image = QStringLiteral("docker.io/library/nope:1");
        page.startSession(QStringLiteral("badimage"), bad);
        QTRY_VERIFY_WITH_TIMEOUT(page.card(QStringLiteral("badimage")) &&
                                     page.card(QStringLiteral("badimage"))
                                         ->findChild<QLabel *>(QStringLiteral("error"))
                                         ->text()
                                         .contains(QStringLiteral("unknown image")),
                                 20000);
        (void)wait<StopJob, Status>(hubClientFor(platform)->remove("toomany", this));
        (void)wait<StopJob, Status>(hubClientFor(platform)->remove("badimage", this));
    }

    // Another client (the admin API, as a tutor would) stops the server: the page follows
    // within seconds and says it was stopped by the platform.
    void followsAnExternalStop()
    {
        Platform *platform = platformFor(QStringLiteral("hack10"));
        QVERIFY(platform);
        ui::Notifier notifier;
        notifier.setEnabled(false);
        ui::SessionsPage page;
        page.setHubClient(hubClientFor(platform));
        page.show();
        page.startSession(QStringLiteral("ext"), cpuProfile());
        QTRY_VERIFY_WITH_TIMEOUT(page.card("ext") && page.card("ext")->openButton()->isVisible(),
                                 30000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(adminCall("DELETE", QStringLiteral("users/hack10/servers/ext")), 204);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.card("ext") || page.card("ext")->startAgainButton()->isVisible(), 10000);
        qInfo("FIGURE external_stop_followed_ms %lld", qint64(clock.elapsed()));
        QVERIFY(clock.elapsed() < 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.history().isEmpty(), 5000);
        QCOMPARE(notifier.history().last().category, QStringLiteral("session.stopped"));
        QVERIFY(notifier.history().last().body.contains(QStringLiteral("platform or a tutor")));
        (void)wait<StopJob, Status>(hubClientFor(platform)->remove("ext", this));
    }

    // The idle culler (a 20 s timeout for this user only, checked every second) stops the
    // server; the warning came before, and the stop is told as an idle cull.
    void cullWarningBeforeTheCull()
    {
        writeCullerOverrides({{"every", 1}, {"users", QJsonObject{{"hack11", 20}}}});
        Platform *platform = platformFor(QStringLiteral("hack11"));
        QVERIFY(platform);
        HubClient *hub = hubClientFor(platform);
        stopAll(hub);
        SessionsModel model(hub);
        model.setCullTimeout(std::chrono::seconds(20));
        model.setCullWarningLead(std::chrono::seconds(12));
        model.setIntervals(std::chrono::milliseconds(1000), std::chrono::milliseconds(500),
                           std::chrono::milliseconds(1000));
        QElapsedTimer clock;
        clock.start();
        qint64 warnedAt = -1, culledAt = -1;
        bool idle = false;
        connect(&model, &SessionsModel::cullWarning, this, [&] { warnedAt = clock.elapsed(); });
        connect(&model, &SessionsModel::stoppedByPlatform, this, [&](const QString &, bool i) {
            culledAt = clock.elapsed();
            idle = i;
        });
        model.startServer(QStringLiteral("idle"), cpuProfile());
        QTRY_VERIFY_WITH_TIMEOUT(culledAt >= 0, 60000);
        writeCullerOverrides({});
        qInfo("FIGURE cull_warning_ms %lld cull_seen_ms %lld", warnedAt, culledAt);
        QVERIFY(warnedAt >= 0);
        QVERIFY(warnedAt < culledAt);
        QVERIFY(idle);
        QVERIFY(QFile::exists(QDir(test::sandboxRunDir()).filePath("logs/hub.log")));
        QFile log(QDir(test::sandboxRunDir()).filePath("logs/hub.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("[idle-culler]"));
    }

    // plancia-cli sessions: start --wait prints progress and the URL, list --output json, a
    // refused spawn with the hub's words (exit 1), stop.
    void cli()
    {
        Platform *platform = platformFor(QStringLiteral("hack12"));
        QVERIFY(platform);
        QVERIFY(cliLogin(QStringLiteral("hack12")));
        int rc = -1;
        QByteArray err;
        const QByteArray url = cliRun({"sessions", "start", "--name", "cli", "--gpu", "t4:1",
                                       "--cpu", "4", "--memory", "8G", "--wait"},
                                      &rc, &err);
        QCOMPARE(rc, 0);
        QCOMPARE(url.trimmed(),
                 QByteArray(platform->profile().hub.url.toString().toUtf8() + "user/hack12/cli/"));
        QVERIFY2(err.contains("[ 10%] Requesting gpu:t4:1"), err.constData());
        QVERIFY(err.contains("Pod scheduled on hub-t4-1"));
        const QByteArray json = cliRun({"--output", "json", "sessions", "list"}, &rc, &err);
        QCOMPARE(rc, 0);
        const QJsonArray list = QJsonDocument::fromJson(json).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject s = list.first().toObject();
        QCOMPARE(s.value("name").toString(), QStringLiteral("cli"));
        QCOMPARE(s.value("state").toString(), QStringLiteral("running"));
        QCOMPARE(s.value("url").toString().toUtf8(), url.trimmed());
        QCOMPARE(s.value("profile").toObject().value("accelerator").toString(),
                 QStringLiteral("t4"));
        QCOMPARE(s.value("profile").toObject().value("count").toInt(), 1);
        QCOMPARE(s.value("profile").toObject().value("cpu").toInt(), 4);
        const QDateTime last =
            QDateTime::fromString(s.value("lastActivity").toString(), Qt::ISODate);
        const QDateTime cull = QDateTime::fromString(s.value("cullAt").toString(), Qt::ISODate);
        QVERIFY(last.isValid());
        QCOMPARE(last.secsTo(cull), 3600);

        (void)cliRun({"sessions", "start", "--name", "cli2", "--gpu", "t4:9", "--wait"}, &rc, &err);
        QCOMPARE(rc, 1);
        QVERIFY2(err.contains("This profile needs a GPU that is taken: 9x NVIDIA T4 is taken"),
                 err.constData());

        (void)cliRun({"sessions", "stop", "--name", "cli"}, &rc, &err);
        QCOMPARE(rc, 0);
        const QByteArray after = cliRun({"--output", "json", "sessions", "list"}, &rc, &err);
        for (const QJsonValue &v : QJsonDocument::fromJson(after).array())
            QVERIFY(v.toObject().value("name").toString() != "cli" ||
                    v.toObject().value("state").toString() != "running");
        (void)wait<StopJob, Status>(hubClientFor(platform)->remove("cli", this));
        (void)wait<StopJob, Status>(hubClientFor(platform)->remove("cli2", this));
    }
};

QTEST_MAIN(TstSessionsSandbox)
#include "tst_sessions_sandbox.moc"
