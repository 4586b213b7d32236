// The Kubernetes client and the informer against the sandbox's simulator, through the Platform
// (the login's bearer, the profile's CA): nodes as the fleet describes them, a Job's pod seen by
// the pods informer within seconds (watch, not a refresh), a resumed watch and a forced 410 that
// leave the cache equal to a fresh list, a 422 with its causes, a 403 with the apiserver's words.
#include "authsandbox.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "kube/views.h"
#include "platform/platform.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::kube;

namespace {

template<typename J, typename R>
std::optional<R> runJob(J *job, int timeoutMs = 20000)
{
    std::optional<R> out;
    QObject::connect(job, &J::finished, job, [&out](const R &r) { out.emplace(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    return out;
}

QJsonObject fleet()
{
    QFile f(QStringLiteral(PLANCIA_FLEET_JSON));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject cpuJob(const QString &name, const QString &image = QStringLiteral("busybox"))
{
    const QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("main")},
        {QStringLiteral("image"), image},
        {QStringLiteral("command"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("600")}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("requests"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("100m")},
                                  {QStringLiteral("memory"), QStringLiteral("64Mi")}}}}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
        {QStringLiteral("kind"), QStringLiteral("Job")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("backoffLimit"), 0},
             {QStringLiteral("template"),
              QJsonObject{{QStringLiteral("spec"),
                           QJsonObject{{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
                                       {QStringLiteral("containers"), QJsonArray{container}}}}}}}}};
}

} // namespace

class TestKubeSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nodesAreTheFleets();
    void informerSeesAJobsPodWithinSeconds();
    void resumedWatchAndGoneLeaveTheCacheEqualToAList();
    void invalidJobCarriesItsCauses();
    void otherNamespaceIsForbidden();

private:
    // Keys -> resourceVersions of a fresh list of the user's pods.
    QHash<QString, QString> freshPods();
    bool cacheEqualsList(Informer *inf);
    QString createJob(const QString &prefix);

    std::unique_ptr<Platform> m_platform;
    QString m_ns;
    QStringList m_jobs;
};

void TestKubeSandbox::initTestCase()
{
    test::initTestEnvironment();
    if (test::sandboxRunDir().isEmpty())
        QFAIL("PLANCIA_SANDBOX_RUN_DIR is not set (the sandbox fixture)");
    auto profile = test::sandboxProfile();
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
    m_platform = std::make_unique<Platform>(profile.value());
    QVERIFY(m_platform->configurationProblems().isEmpty());
    QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
    m_ns = m_platform->kubernetesNamespace();
    QCOMPARE(m_ns, QStringLiteral("user-mrossi"));
}

void TestKubeSandbox::cleanupTestCase()
{
    if (!m_platform)
        return;
    for (const QString &job : std::as_const(m_jobs)) {
        (void)runJob<KubeJob, Result<QJsonObject>>(m_platform->kube()->remove(
            ResourceKind::jobs(), m_ns, job, DeleteOptions{QStringLiteral("Background"), 0, false},
            this));
    }
}

QString TestKubeSandbox::createJob(const QString &prefix)
{
    const QString name =
        prefix + QLatin1Char('-') + QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);
    const auto r = runJob<KubeJob, Result<QJsonObject>>(
        m_platform->kube()->create(ResourceKind::jobs(), m_ns, cpuJob(name), this));
    if (!r || !r->ok()) {
        qWarning("create failed: %s", r ? qPrintable(r->error().toLogString()) : "timeout");
        return {};
    }
    m_jobs << name;
    return name;
}

QHash<QString, QString> TestKubeSandbox::freshPods()
{
    QHash<QString, QString> out;
    const auto r = runJob<ListAllJob, Result<KubeList>>(
        m_platform->kube()->listAll(ResourceKind::pods(), m_ns, ListOptions{}, this));
    if (!r || !r->ok())
        return out;
    for (const QJsonObject &o : r->value().items)
        out.insert(ObjectView(o).key(), ObjectView(o).resourceVersion());
    return out;
}

bool TestKubeSandbox::cacheEqualsList(Informer *inf)
{
    const auto fresh = freshPods();
    if (fresh.isEmpty() || inf->size() != fresh.size())
        return false;
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (ObjectView(inf->object(it.key())).resourceVersion() != it.value())
            return false;
    }
    return true;
}

void TestKubeSandbox::nodesAreTheFleets()
{
    const auto r = runJob<ListAllJob, Result<KubeList>>(m_platform->kube()->listAll(
        ResourceKind::nodes(), {}, ListOptions{{}, {}, 5, {}, {}}, this));
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().toLogString()));
    QSet<QString> listed;
    int virtualNodes = 0;
    for (const QJsonObject &o : r->value().items) {
        const NodeView n(o);
        listed.insert(n.name());
        virtualNodes += n.isVirtual() ? 1 : 0;
        QVERIFY2(n.allocatable(QStringLiteral("cpu")) > 0, qPrintable(n.name()));
    }
    QSet<QString> expected;
    const QJsonObject f = fleet();
    for (const QJsonValue &n : f.value(QLatin1String("nodes")).toArray())
        expected.insert(n.toObject().value(QLatin1String("name")).toString());
    const QJsonArray vns = f.value(QLatin1String("virtualNodes")).toArray();
    for (const QJsonValue &n : vns)
        expected.insert(n.toObject().value(QLatin1String("name")).toString());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listed, expected);
    QCOMPARE(virtualNodes, int(vns.size()));
    QVERIFY(!r->value().resourceVersion.isEmpty());

    const auto pods = runJob<ListAllJob, Result<KubeList>>(
        m_platform->kube()->listAll(ResourceKind::pods(), m_ns, ListOptions{}, this));
    QVERIFY(pods && pods->ok());
    for (const QJsonObject &o : pods->value().items)
        QCOMPARE(ObjectView(o).namespaceName(), m_ns);
}

void TestKubeSandbox::informerSeesAJobsPodWithinSeconds()
{
    Informer *inf = m_platform->informer(ResourceKind::pods(), m_ns);
    QVERIFY(inf);
    QCOMPARE(m_platform->informer(ResourceKind::pods(), m_ns), inf); // one shared cache
    QVERIFY(QTest::qWaitFor([&] { return inf->hasSynced(); }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return inf->watchCount() > 0; }, 5000));
    const int lists = inf->listCount();
    QSignalSpy added(inf, &Informer::added);
    const QString job = createJob(QStringLiteral("plancia-informer"));
    QVERIFY(!job.isEmpty());
    QElapsedTimer t;
    t.start();
    auto podOfJob = [&] {
        for (const auto &args : added) {
            const ObjectView o(args[0].value<QJsonObject>());
            if (o.label(QStringLiteral("job-name")) == job ||
                o.label(QStringLiteral("batch.kubernetes.io/job-name")) == job)
                return true;
        }
        return false;
    };
    QVERIFY(QTest::qWaitFor(podOfJob, 10000));
    qInfo("the job's pod reached the informer %lld ms after the create returned",
          qlonglong(t.elapsed()));
    QCOMPARE(inf->listCount(), lists); // through the watch, not a relist
    QCOMPARE(inf->state(), Informer::State::Watching);
}

void TestKubeSandbox::resumedWatchAndGoneLeaveTheCacheEqualToAList()
{
    Informer *inf = m_platform->informer(ResourceKind::pods(), m_ns);
    QVERIFY(QTest::qWaitFor([&] { return inf->hasSynced(); }, 20000));
    // A cut watch: what happened while it was down comes from the resumed watch.
    const QString seen = inf->resourceVersion();
    inf->stop();
    const QString job = createJob(QStringLiteral("plancia-resume"));
    QVERIFY(!job.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto fresh = freshPods();
            for (auto it = fresh.begin(); it != fresh.end(); ++it) {
                if (it.key().contains(job))
                    return true;
            }
            return false;
        },
        10000));
    const int listsBefore = inf->listCount();
    inf->restartWatch(seen);
    QVERIFY(QTest::qWaitFor([&] { return cacheEqualsList(inf); }, 15000));
    QCOMPARE(inf->listCount(), listsBefore);

    // A version the simulator no longer has: ERROR 410, relist, the differences only.
    inf->stop();
    const auto del = runJob<KubeJob, Result<QJsonObject>>(
        m_platform->kube()->remove(ResourceKind::jobs(), m_ns, job,
                                   DeleteOptions{QStringLiteral("Background"), 0, false}, this));
    QVERIFY(del && del->ok());
    m_jobs.removeAll(job);
    QSignalSpy synced(inf, &Informer::synced);
    QSignalSpy modified(inf, &Informer::modified);
    QSignalSpy removed(inf, &Informer::removed);
    inf->restartWatch(QStringLiteral("1"));
    QVERIFY(synced.wait(15000));
    QCOMPARE(inf->listCount(), listsBefore + 1);
    QVERIFY(QTest::qWaitFor([&] { return cacheEqualsList(inf); }, 15000));
    // The relist told about the job's pod (terminating: deletionTimestamp set, or gone).
    auto aboutJob = [&](const QSignalSpy &spy) {
        int n = 0;
        for (const auto &args : spy)
            n += ObjectView(args[0].value<QJsonObject>()).name().startsWith(job) ? 1 : 0;
        return n;
    };
    QVERIFY(aboutJob(modified) + aboutJob(removed) >= 1);
    for (const QString &key : inf->keys()) {
        if (key.contains(job))
            QVERIFY2(ObjectView(inf->object(key)).isBeingDeleted(), qPrintable(key));
    }
}

void TestKubeSandbox::invalidJobCarriesItsCauses()
{
    const auto r = runJob<KubeJob, Result<QJsonObject>>(m_platform->kube()->create(
        ResourceKind::jobs(), m_ns, cpuJob(QStringLiteral("plancia-invalid"), QString()), this));
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Invalid);
    QCOMPARE(r->error().httpStatus, 422);
    QVERIFY2(r->error().message.contains(QStringLiteral("is invalid")),
             qPrintable(r->error().message));
    const auto status = KubeStatus::fromError(r->error());
    QVERIFY(status.has_value());
    QCOMPARE(status->reason, QStringLiteral("Invalid"));
    bool imageCause = false;
    for (const auto &c : status->causes)
        imageCause =
            imageCause || c.field == QLatin1String("spec.template.spec.containers[0].image");
    QVERIFY2(imageCause, qPrintable(r->error().detail));
}

void TestKubeSandbox::otherNamespaceIsForbidden()
{
    const auto r = runJob<KubeJob, Result<QJsonObject>>(m_platform->kube()->list(
        ResourceKind::pods(), QStringLiteral("user-gbianchi"), ListOptions{}, this));
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Forbidden);
    QVERIFY2(r->error().message.startsWith(QStringLiteral("pods is forbidden: User \"mrossi\"")),
             qPrintable(r->error().message));
    QCOMPARE(KubeStatus::fromError(r->error())->reason, QStringLiteral("Forbidden"));
}

QTEST_GUILESS_MAIN(TestKubeSandbox)
#include "tst_kube_sandbox.moc"
