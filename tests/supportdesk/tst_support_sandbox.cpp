// Support and Tutor against the sandbox (real IAM, JupyterHub, Prometheus, RadosGW, kubesim):
// who sees the pages and what the servers answer others directly; the support counts per cause
// equal the simulator's state counted by this test on its own (admin kubeconfig, raw objects);
// the case file of a failed offloaded job holds its conditions, events and log tail and none
// of the secrets planted in it; the tutor view marks an idle participant idle and an active one
// active (hub last_activity and Prometheus DCGM); a bulk stop stops exactly the servers named,
// and one failure does not stop the others. The CLI is run on the same sandbox.
#include "authsandbox.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kube/views.h"
#include "metrics/prometheusclient.h"
#include "platform/platform.h"
#include "support/casedata.h"
#include "support/casefile.h"
#include "support/supportindex.h"
#include "support/supportpage.h"
#include "support/tutorroom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace plancia;
using namespace plancia::support;

namespace {

const QString kGroup = QStringLiteral("hackathon-2026");

QString randomHex(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return s;
}

QString randomUpper(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[QRandomGenerator::global()->bounded(36)]);
    return s;
}

} // namespace

class TestSupportSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<Platform> m_support; // dferri (ml-infn: support/admin)
    std::unique_ptr<Platform> m_user;    // mrossi (no group)
    std::unique_ptr<Platform> m_tutor;   // cgallo (hackathon-2026-tutors)
    kube::KubeClient *m_admin = nullptr;
    QString m_cliUser;

    std::unique_ptr<Platform> login(const QString &user)
    {
        auto profile = test::sandboxProfile();
        if (!profile.ok())
            return nullptr;
        auto p = std::make_unique<Platform>(profile.value());
        if (!test::scriptedLogin(*p->session(), user))
            return nullptr;
        return p;
    }

    QString profilePath() const
    {
        return QDir(test::sandboxRunDir()).filePath(QStringLiteral("profile.json"));
    }

    bool cliLogin(const QString &user)
    {
        if (m_cliUser == user)
            return true;
        QProcess login;
        login.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        login.setArguments({"--profile", profilePath(), "login"});
        login.start();
        QByteArray err;
        QString code;
        const bool got = QTest::qWaitFor(
            [&] {
                err += login.readAllStandardError();
                const QRegularExpression re(QStringLiteral("\\b([A-Z0-9]{4}-?[A-Z0-9]{4})\\b"));
                const auto m = re.match(QString::fromUtf8(err));
                if (m.hasMatch())
                    code = m.captured(1);
                return !code.isEmpty() || login.state() == QProcess::NotRunning;
            },
            30000);
        if (!got || code.isEmpty())
            return false;
        if (test::iamTestRoute(test::sandboxProfile().value(), QStringLiteral("approve"),
                               {{"user_code", code}, {"username", user}}) != 200)
            return false;
        if (!login.waitForFinished(30000) || login.exitCode() != 0)
            return false;
        m_cliUser = user;
        return true;
    }

    // Runs plancia-cli; returns the exit code, stdout in *out.
    int cli(const QStringList &args, QByteArray *out, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        p.setArguments(QStringList{"--profile", profilePath()} + args);
        p.start();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }

    Result<QList<QJsonObject>> adminList(const kube::ResourceKind &kind)
    {
        std::optional<Result<kube::KubeList>> r;
        auto *job = m_admin->listAll(kind, QString(), {}, m_admin);
        connect(job, &kube::ListAllJob::finished, this,
                [&](const Result<kube::KubeList> &x) { r.emplace(x); });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("list timed out"));
        if (!r->ok())
            return r->error();
        return r->value().items;
    }

    // The simulator's failures per cause key, counted from the raw objects without core/jobs.
    QMap<QString, int> countIndependently()
    {
        QMap<QString, int> counts;
        const auto jobs = adminList(kube::ResourceKind::jobs());
        const auto wls = adminList(kube::ResourceKind::workloads());
        const auto pods = adminList(kube::ResourceKind::pods());
        if (!jobs.ok() || !wls.ok() || !pods.ok())
            return {{QStringLiteral("error"), 1}};
        QHash<QString, QList<QJsonObject>> podsOf;
        for (const QJsonObject &p : pods.value()) {
            const kube::PodView v(p);
            const QString job = v.label(QStringLiteral("job-name"));
            if (!job.isEmpty())
                podsOf[v.namespaceName() + u'/' + job].append(p);
            else if (v.label(QStringLiteral("component")) == QLatin1String("singleuser-server") &&
                     v.phase() == QLatin1String("Failed"))
                ++counts[QStringLiteral("spawnFailed")];
        }
        QHash<QString, QJsonObject> wlOf;
        for (const QJsonObject &w : wls.value()) {
            for (const QJsonValue &o :
                 w.value("metadata").toObject().value("ownerReferences").toArray()) {
                if (o.toObject().value("kind").toString() == QLatin1String("Job"))
                    wlOf.insert(kube::ObjectView(w).namespaceName() + u'/' +
                                    o.toObject().value("name").toString(),
                                w);
            }
        }
        auto cond = [](const QJsonObject &o, const QString &type) {
            for (const QJsonValue &c : o.value("status").toObject().value("conditions").toArray()) {
                if (c.toObject().value("type").toString() == type)
                    return c.toObject();
            }
            return QJsonObject();
        };
        for (const QJsonObject &j : jobs.value()) {
            const QString key = kube::ObjectView(j).key();
            if (!j.value("metadata").toObject().value("deletionTimestamp").isUndefined())
                continue;
            const QJsonObject failed = cond(j, QStringLiteral("Failed"));
            const QJsonObject complete = cond(j, QStringLiteral("Complete"));
            const QJsonObject wl = wlOf.value(key);
            const QJsonObject finished = cond(wl, QStringLiteral("Finished"));
            if (complete.value("status").toString() == QLatin1String("True"))
                continue;
            if (failed.value("status").toString() == QLatin1String("True") ||
                (finished.value("status").toString() == QLatin1String("True") &&
                 finished.value("reason").toString() != QLatin1String("Succeeded"))) {
                QString cause = QStringLiteral("other");
                for (const QJsonObject &p : podsOf.value(key)) {
                    const QJsonObject st = p.value("status").toObject();
                    if (st.value("reason").toString() == QLatin1String("ProviderFailed"))
                        cause = QStringLiteral("offloadRefused");
                    for (const QJsonValue &cs : st.value("containerStatuses").toArray()) {
                        const QString r = cs.toObject()
                                              .value("state")
                                              .toObject()
                                              .value("terminated")
                                              .toObject()
                                              .value("reason")
                                              .toString();
                        if (r == QLatin1String("OOMKilled"))
                            cause = QStringLiteral("oomKilled");
                        else if (r == QLatin1String("SlurmJobTimeout"))
                            cause = QStringLiteral("slurmTimeout");
                        else if (r == QLatin1String("ProviderFailed"))
                            cause = QStringLiteral("offloadRefused");
                    }
                }
                ++counts[cause];
                continue;
            }
            const QJsonObject reserved = cond(wl, QStringLiteral("QuotaReserved"));
            const QJsonObject evicted = cond(wl, QStringLiteral("Evicted"));
            if (!wl.isEmpty() && evicted.value("status").toString() == QLatin1String("True") &&
                reserved.value("status").toString() != QLatin1String("True")) {
                ++counts[QStringLiteral("evicted")];
                continue;
            }
            if (!wl.isEmpty() && reserved.value("status").toString() != QLatin1String("True") &&
                reserved.value("message").toString().contains(QLatin1String("maximum capacity")))
                ++counts[QStringLiteral("quotaNever")];
        }
        return counts;
    }

    QMap<QString, int> indexCounts(const SupportIndex &index)
    {
        QMap<QString, int> m;
        for (FailureCause c : allCauses()) {
            if (index.count(c) > 0)
                m.insert(QLatin1String(causeKey(c)), index.count(c));
        }
        return m;
    }

    HttpResult hubAdmin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpClient client;
        (void)client.addCaBundle(test::sandboxProfile().value().caFile);
        HttpRequest req;
        req.method = method;
        req.url = QUrl(test::sandboxState().value("hubUrl").toString() +
                       QStringLiteral("hub/api/") + path);
        req.authenticate = false;
        req.header("Authorization",
                   "token " + test::sandboxState().value("hubAdminToken").toString().toUtf8());
        if (!body.isEmpty()) {
            req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            req.header("Content-Type", "application/json");
        }
        return test::runRequest(client, req);
    }

    QHash<QString, QString> runBulk(Platform *p, BulkServerJob::Action action,
                                    const QStringList &users, const QJsonObject &options = {})
    {
        QHash<QString, QString> out;
        bool done = false;
        auto *job = new BulkServerJob(p->hub(), p->profile().hub.url, action, users, options, this);
        connect(job, &BulkServerJob::finished, this, [&](const Result<QHash<QString, QString>> &r) {
            if (r.ok())
                out = r.value();
            else
                out.insert(QStringLiteral("<job>"), r.error().message);
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            out.insert(QStringLiteral("<job>"), QStringLiteral("timed out"));
        return out;
    }

    bool roundOf(TutorRoom &room)
    {
        QSignalSpy spy(&room, &TutorRoom::roundFinished);
        room.refresh();
        return spy.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QCoreApplication::setOrganizationName("plancia");
        QCoreApplication::setApplicationName("plancia");
        QVERIFY(test::sandboxProfile().ok());
        m_support = login(QStringLiteral("dferri"));
        QVERIFY(m_support);
        m_user = login(QStringLiteral("mrossi"));
        QVERIFY(m_user);
        m_tutor = login(QStringLiteral("cgallo"));
        QVERIFY(m_tutor);
        auto cfg = kube::KubeConfig::load(test::sandboxState().value("kubeconfigAdmin").toString());
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().toLogString()));
        auto client = kube::KubeClient::fromKubeconfig(cfg.value(), this);
        QVERIFY(client.ok());
        m_admin = client.value();
    }

    // Claims from IAM decide the pages: a researcher gets neither, support staff the Support
    // page, a tutor the Tutor page.
    void pagesFollowTheGroups()
    {
        // The roles the main window gates the pages on (tst_mainwindow's
        // roleGatingHidesSupportAndTutor covers the gating itself), from the IAM's real claims.
        const UserInfo user = m_user->session()->user();
        QVERIFY(!user.hasRole(Role::Support) && !user.hasRole(Role::Tutor) &&
                !user.hasRole(Role::Admin));
        QVERIFY(m_support->session()->user().hasRole(Role::Support));
        QVERIFY(m_tutor->session()->user().hasRole(Role::Tutor));
        QVERIFY(!m_tutor->session()->user().hasRole(Role::Support));
    }

    // Asked directly, Kubernetes and the hub refuse a user without the groups.
    void serversRefuseOthers()
    {
        std::optional<Result<kube::KubeList>> r;
        auto *job = m_user->kube()->listAll(kube::ResourceKind::jobs(), QString(), {}, this);
        connect(job, &kube::ListAllJob::finished, this,
                [&](const Result<kube::KubeList> &x) { r.emplace(x); });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().httpStatus, 403);

        std::optional<Result<QList<HubUser>>> users;
        auto *hub = new HubUsersJob(m_user->hub(), m_user->profile().hub.url, QString(), this);
        connect(hub, &HubUsersJob::finished, this,
                [&](const Result<QList<HubUser>> &x) { users.emplace(x); });
        hub->start();
        QTRY_VERIFY_WITH_TIMEOUT(users.has_value(), 30000);
        QVERIFY(!users->ok());
        QCOMPARE(users->error().httpStatus, 403);

        // A stop of someone else's server, asked by a researcher: refused.
        const auto stop = runBulk(m_user.get(), BulkServerJob::Action::Stop, {"hack01"});
        QVERIFY(!stop.value("hack01").isEmpty());

        // The core says so too.
        SupportIndex index;
        index.setPlatform(m_user.get());
        QTRY_VERIFY_WITH_TIMEOUT(!index.sourceError().isEmpty(), 30000);
        QVERIFY(!index.hasSynced());

        // And so does the CLI (exit 4: refused).
        QVERIFY(cliLogin(QStringLiteral("mrossi")));
        QByteArray out;
        QCOMPARE(cli({"--output", "json", "support", "failures", "--timeout", "30"}, &out), 4);
        QCOMPARE(cli({"--output", "json", "tutor", "list", "--group", kGroup}, &out), 4);
    }

    void supportCountsEqualSimulator()
    {
        SupportIndex index;
        index.setPlatform(m_support.get());
        QTRY_VERIFY_WITH_TIMEOUT(index.hasSynced(), 60000);
        // The simulator runs on: compare snapshots until both agree (they do at once unless a
        // job changes between the two reads).
        QMap<QString, int> expected;
        QMap<QString, int> got;
        QDeadlineTimer deadline(30000);
        do {
            QTest::qWait(200); // let the watch deliver what the lists saw
            expected = countIndependently();
            got = indexCounts(index);
        } while (expected != got && !deadline.hasExpired());
        QCOMPARE(got, expected);
        // The seeds' failures: OOMKilled, ProviderFailed, SlurmJobTimeout, exit code, and two
        // jobs asking more than the cohort will ever have.
        QVERIFY(got.value("oomKilled") >= 1);
        QVERIFY(got.value("offloadRefused") >= 1);
        QVERIFY(got.value("slurmTimeout") >= 1);
        QVERIFY(got.value("other") >= 1);
        QVERIFY(got.value("quotaNever") >= 2);
        qInfo("FIGURE support rows=%d failing=%d", index.rowCount(), index.failingTotal());

        // The page shows the same counts on its cause buttons.
        ui::SupportPage page;
        page.setPlatform(m_support.get());
        page.setConnected(true);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.index() && page.index()->hasSynced(), 60000);
        for (FailureCause c : allCauses()) {
            QToolButton *b = page.causeButton(int(c));
            QVERIFY(b);
            QTRY_VERIFY_WITH_TIMEOUT(
                b->text().contains(QStringLiteral(": %1").arg(page.index()->count(c))), 10000);
        }
        // Filtering by a cause shows exactly its rows.
        page.causeButton(int(FailureCause::OomKilled))->click();
        QCOMPARE(page.filter()->rowCount(), page.index()->count(FailureCause::OomKilled));

        // The CLI counts the same.
        QVERIFY(cliLogin(QStringLiteral("dferri")));
        QMap<QString, int> fromCli;
        deadline = QDeadlineTimer(30000);
        do {
            QByteArray out;
            QCOMPARE(cli({"--output", "json", "support", "failures"}, &out), 0);
            const QJsonObject counts =
                QJsonDocument::fromJson(out).object().value("counts").toObject();
            fromCli.clear();
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                if (it.value().toInt() > 0)
                    fromCli.insert(it.key(), it.value().toInt());
            }
            expected = countIndependently();
        } while (fromCli != expected && !deadline.hasExpired());
        QCOMPARE(fromCli, expected);
    }

    void caseFileOfFailedOffloadedJob()
    {
        // In the support person's own namespace: support staff may read every namespace but create
        // only in their own (the sandbox's admin kubeconfig is support staff too).
        const QString ns = QStringLiteral("user-dferri");
        const QString name = QStringLiteral("casefile-offload-") + randomHex(5);
        const QString hubToken = randomHex(32);
        const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/") + randomUpper(18);
        const QString accessKey = QStringLiteral("AKIA") + randomUpper(16);
        const QString bearer = QStringLiteral("plantedBearer") + randomHex(20);
        const QString jwt =
            QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.") + randomHex(24);
        const QStringList secrets{hubToken, awsSecret, accessKey, bearer, jwt};
        const QString script =
            QStringLiteral("echo starting the offloaded step; echo HUB=$JUPYTERHUB_API_TOKEN; "
                           "echo AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY; "
                           "echo 'curl -H \"Authorization: Bearer %1\" https://x'; "
                           "echo id=%2 jwt %3; echo last line before the end; sleep 3")
                .arg(bearer, accessKey, jwt);
        QJsonObject job{
            {"apiVersion", "batch/v1"},
            {"kind", "Job"},
            {"metadata",
             QJsonObject{{"name", name},
                         {"namespace", ns},
                         {"labels", QJsonObject{{"kueue.x-k8s.io/queue-name", "offload-queue"}}}}},
            {"spec",
             QJsonObject{
                 {"backoffLimit", 0},
                 {"suspend", true},
                 {"template",
                  QJsonObject{
                      {"metadata",
                       QJsonObject{{"annotations",
                                    QJsonObject{{"sim.plancia.io/fail-reason", "ProviderFailed"},
                                                {"sim.plancia.io/duration", "3s"},
                                                {"plancia.test/secret",
                                                 QStringLiteral("token=") + hubToken}}}}},
                      {"spec",
                       QJsonObject{
                           {"restartPolicy", "Never"},
                           {"nodeSelector",
                            QJsonObject{{"kubernetes.io/hostname", "podman-virtual-node"}}},
                           {"tolerations",
                            QJsonArray{QJsonObject{{"key", "virtual-node.interlink/no-schedule"},
                                                   {"operator", "Exists"}}}},
                           {"containers",
                            QJsonArray{QJsonObject{
                                {"name", "main"},
                                {"image", "harbor.cloud.infn.it/ai-infn/km3-trigger:0.9"},
                                {"command", QJsonArray{"sh", "-c", script}},
                                {"env", QJsonArray{QJsonObject{{"name", "JUPYTERHUB_API_TOKEN"},
                                                               {"value", hubToken}},
                                                   QJsonObject{{"name", "AWS_SECRET_ACCESS_KEY"},
                                                               {"value", awsSecret}},
                                                   QJsonObject{{"name", "S3_KEY_ID"},
                                                               {"value", accessKey}}}},
                                {"resources",
                                 QJsonObject{
                                     {"limits", QJsonObject{{"cpu", "1"}, {"memory", "1Gi"}}}}},
                            }}},
                       }},
                  }},
             }},
        };
        std::optional<Result<QJsonObject>> created;
        auto *create = m_support->kube()->create(kube::ResourceKind::jobs(), ns, job, this);
        connect(create, &kube::KubeJob::finished, this,
                [&](const Result<QJsonObject> &r) { created.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
        QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(created->error().toLogString()));

        // Wait for it to fail (Kueue admits it, the pod goes to the Podman site, which refuses).
        bool failed = false;
        QDeadlineTimer deadline(120000);
        while (!failed && !deadline.hasExpired()) {
            std::optional<Result<QJsonObject>> g;
            auto *get = m_admin->get(kube::ResourceKind::jobs(), ns, name, this);
            connect(get, &kube::KubeJob::finished, this,
                    [&](const Result<QJsonObject> &r) { g.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(g.has_value(), 30000);
            QVERIFY(g->ok());
            failed = kube::JobView(g->value()).isFailed();
            if (!failed)
                QTest::qWait(500);
        }
        QVERIFY2(failed, "the offloaded job did not fail in time");

        // As support staff: the case file.
        std::optional<Result<CaseData>> data;
        auto *read = new CaseDataJob(m_support->kube(), CaseData::Kind::Job, ns, name, this);
        connect(read, &CaseDataJob::finished, this,
                [&](const Result<CaseData> &r) { data.emplace(r); });
        read->start();
        QTRY_VERIFY_WITH_TIMEOUT(data.has_value(), 60000);
        QVERIFY2(data->ok(), data->ok() ? "" : qPrintable(data->error().toLogString()));
        CaseFileInfo info;
        info.platform = m_support->profile().name;
        info.generatedBy = QStringLiteral("dferri");
        const QJsonObject cf = caseFileJson(data->value(), info);
        QTemporaryDir dir;
        const QString path = dir.filePath("case.json");
        QVERIFY(writeCaseFile(path, cf).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QJsonObject back = readCaseFile(path).value();
        QCOMPARE(back.value("summary").toObject().value("cause").toString(),
                 QStringLiteral("offloadRefused"));
        // Conditions (the Job's Failed, the Workload's), events, the log tail.
        QVERIFY(bytes.contains("\"type\": \"Failed\""));
        QVERIFY(bytes.contains("QuotaReserved"));
        QVERIFY(bytes.contains("ProviderFailed"));
        QVERIFY(!back.value("events").toArray().isEmpty());
        const QJsonArray tail = back.value("logs").toObject().begin().value().toArray();
        QVERIFY2(!tail.isEmpty(), bytes.left(400).constData());
        QVERIFY(bytes.contains("starting the offloaded step"));
        QVERIFY(bytes.contains("last line before the end"));
        QVERIFY(!back.value("timeline").toArray().isEmpty());
        QVERIFY(bytes.contains("\"offloaded\""));
        // No secret, planted or ours.
        for (const QString &s : secrets)
            QVERIFY2(!bytes.contains(s.toUtf8()),
                     qPrintable(QStringLiteral("a planted secret (%1 chars) is in the case file")
                                    .arg(s.size())));
        std::optional<Result<QString>> token;
        m_support->session()->accessToken(this, false,
                                          [&](const Result<QString> &t) { token.emplace(t); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
        QVERIFY(token->ok() && token->value().size() > 20);
        QVERIFY(!bytes.contains(token->value().toUtf8()));
        QVERIFY(back.value("redactedValues").toInt() >= 5);

        // The CLI writes the same kind of file.
        QVERIFY(cliLogin(QStringLiteral("dferri")));
        const QString cliPath = dir.filePath("cli-case.json");
        QByteArray out;
        QCOMPARE(cli({"support", "casefile", ns + u'/' + name, "-o", cliPath}, &out), 0);
        QFile cf2(cliPath);
        QVERIFY(cf2.open(QIODevice::ReadOnly));
        const QByteArray cliBytes = cf2.readAll();
        QVERIFY(cliBytes.contains("starting the offloaded step"));
        for (const QString &s : secrets)
            QVERIFY(!cliBytes.contains(s.toUtf8()));
        QCOMPARE(cli({"--output", "json", "support", "timeline", ns + u'/' + name}, &out), 0);
        const QJsonObject tl = QJsonDocument::fromJson(out).object();
        QCOMPARE(tl.value("cause").toString(), QStringLiteral("offloadRefused"));
        QStringList steps;
        for (const QJsonValue &s : tl.value("steps").toArray())
            steps << s.toObject().value("step").toString();
        for (const char *want : {"submitted", "queued", "admitted", "offloaded", "ended"})
            QVERIFY2(steps.contains(QLatin1String(want)), want);
        for (const QString &s : secrets)
            QVERIFY(!out.contains(s.toUtf8()));
    }

    void tutorMarksIdleAndActive()
    {
        TutorRoom room;
        room.setPlatform(m_tutor.get());
        room.setGroup(kGroup);
        QVERIFY(roundOf(room));
        QVERIFY2(room.lastError().isEmpty(), qPrintable(room.lastError()));
        for (const char *u : {"hack01", "hack05", "hack06", "hack07", "hack08"})
            QVERIFY2(room.participant(QLatin1String(u)), u);
        QVERIFY(!room.participant("mrossi"));

        // Start three servers as the tutor (the event's profile).
        const auto started = runBulk(m_tutor.get(), BulkServerJob::Action::Start,
                                     {"hack01", "hack05", "hack06", "hack07"},
                                     QJsonObject{{"profile", "cpu-small"}});
        for (const QString &u : QStringList{"hack01", "hack05", "hack06", "hack07"})
            QVERIFY2(started.value(u).isEmpty(), qPrintable(u + ": " + started.value(u)));
        room.setIdleSeconds(15);
        // hack06 works (activity reported now, as the singleuser server does); hack05 and
        // hack01 do nothing; hack01's notebook pod holds a MIG slice whose load Prometheus has.
        bool ok = false;
        QDeadlineTimer deadline(90000);
        while (!ok && !deadline.hasExpired()) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const auto a = hubAdmin(
                "POST", "users/hack06/activity",
                QJsonObject{{"last_activity", now},
                            {"servers", QJsonObject{{"", QJsonObject{{"last_activity", now}}}}}});
            QVERIFY(a.ok() && a->status < 300);
            QVERIFY(roundOf(room));
            const Participant *h5 = room.participant("hack05");
            const Participant *h6 = room.participant("hack06");
            ok = h5 && h6 && h5->server == Participant::Server::Running &&
                 h6->server == Participant::Server::Running && (h5->flags & Participant::Idle) &&
                 !(h6->flags & Participant::Idle);
            if (!ok)
                QTest::qWait(1000);
        }
        QVERIFY2(ok, "hack05 idle and hack06 active not seen");
        QVERIFY(room.participant("hack08")->flags & Participant::NotStarted);
        QVERIFY(room.participant("hack05")->idleSeconds > 15);
        // People who need help come first: not started before idle before active.
        const auto &rows = room.participants();
        QVERIFY(rows.last().flags == Participant::NoFlag);
        QVERIFY(rows.first().urgency() <= rows.last().urgency());

        // hack01's GPU now, as this test asks Prometheus itself.
        std::optional<Result<metrics::QueryResult>> q;
        auto *job = m_tutor->metrics()->query(
            QStringLiteral("max(DCGM_FI_PROF_GR_ENGINE_ACTIVE{pod=\"jupyter-hack01\"}) * 100"),
            this);
        connect(job, &metrics::QueryJob::finished, this,
                [&](const Result<metrics::QueryResult> &r) { q.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(q.has_value(), 30000);
        QVERIFY(q->ok());
        QVERIFY(!q->value().vector.isEmpty());
        const double util = q->value().vector.first().value;
        const Participant *h1 = room.participant("hack01");
        QVERIFY(h1->gpuUtil >= 0);
        QVERIFY2(std::abs(h1->gpuUtil - util) <= 25.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(h1->gpuUtil).arg(util)));
        // Idle by the hub alone, but busy on the GPU: not idle.
        if (h1->gpuUtil >= 5.0)
            QVERIFY(!(h1->flags & Participant::Idle));
        else
            QVERIFY(h1->flags & Participant::Idle);
        qInfo("FIGURE tutor hack01 gpuUtil=%.0f idleSeconds=%lld", h1->gpuUtil,
              qint64(h1->idleSeconds));

        // The CLI's list has the agreed keys.
        QVERIFY(cliLogin(QStringLiteral("cgallo")));
        QByteArray out;
        QCOMPARE(cli({"--output", "json", "tutor", "list"}, &out), 0);
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        QVERIFY(list.size() >= 12);
        bool sawHack05 = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *k : {"user", "server", "idleSeconds", "gpuUtil", "jobs", "flags"})
                QVERIFY2(o.contains(QLatin1String(k)), k);
            if (o.value("user").toString() == QLatin1String("hack08"))
                QVERIFY(o.value("flags").toArray().contains(QStringLiteral("notStarted")));
            if (o.value("user").toString() == QLatin1String("hack05")) {
                sawHack05 = true;
                QCOMPARE(o.value("server").toString(), QStringLiteral("running"));
            }
        }
        QVERIFY(sawHack05);
    }

    void bulkStopStopsExactlyTheSelected()
    {
        // hack05 and hack06 stop; a name the hub does not know fails; hack01 and hack07 run on.
        const auto r = runBulk(m_tutor.get(), BulkServerJob::Action::Stop,
                               {"hack05", "nosuch-participant", "hack06"});
        QVERIFY2(r.value("hack05").isEmpty(), qPrintable(r.value("hack05")));
        QVERIFY2(r.value("hack06").isEmpty(), qPrintable(r.value("hack06")));
        QVERIFY(!r.value("nosuch-participant").isEmpty());
        TutorRoom room;
        room.setPlatform(m_tutor.get());
        room.setGroup(kGroup);
        bool ok = false;
        QDeadlineTimer deadline(60000);
        while (!ok && !deadline.hasExpired()) {
            QVERIFY(roundOf(room));
            ok = room.participant("hack05")->server == Participant::Server::None &&
                 room.participant("hack06")->server == Participant::Server::None;
            if (!ok)
                QTest::qWait(500);
        }
        QVERIFY(ok);
        QCOMPARE(room.participant("hack01")->server, Participant::Server::Running);
        QCOMPARE(room.participant("hack07")->server, Participant::Server::Running);

        // The CLI stops the rest (and says nothing failed).
        QVERIFY(cliLogin(QStringLiteral("cgallo")));
        QByteArray out;
        QCOMPARE(cli({"--output", "json", "tutor", "stop", "hack01", "hack07"}, &out), 0);
        const QJsonArray res = QJsonDocument::fromJson(out).array();
        QCOMPARE(res.size(), 2);
        for (const QJsonValue &v : res)
            QVERIFY(v.toObject().value("ok").toBool());
    }
};

QTEST_MAIN(TestSupportSandbox)
#include "tst_support_sandbox.moc"
