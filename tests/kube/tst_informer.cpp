// The informer and the client's operations against an in-process fake API server: paged lists,
// watch events, a cut watch resuming from the last version, 410 relisting with only the
// differences, bookmarks, backoff on 500s; get/create/delete/patch on the wire; Status errors.
#include "fakekubeapi.h"
#include "kube/informer.h"
#include "kube/kubeclient.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using namespace plancia::kube;
using test::FakeKubeApi;

namespace {

const QString kNs = QStringLiteral("user-a");
const QString kPath = QStringLiteral("/api/v1/namespaces/user-a/pods");

QString nameOf(const QJsonObject &o)
{
    return ObjectView(o).name();
}

// Answers the first request whose path contains `pathPart` with a 410 Expired Status, as the
// API server does for a continue token or a watch version it no longer has; counts in `refused`.
std::function<bool(const FakeKubeApi::Request &, FakeKubeApi::Reply &)>
expireOnce(const char *pathPart, const char *message, int *refused)
{
    return [=](const FakeKubeApi::Request &r, FakeKubeApi::Reply &reply) {
        if (!r.path.contains(pathPart) || *refused > 0)
            return false;
        ++*refused;
        reply.send(410, QJsonDocument(QJsonObject{{"kind", "Status"},
                                                  {"apiVersion", "v1"},
                                                  {"status", "Failure"},
                                                  {"reason", "Expired"},
                                                  {"code", 410},
                                                  {"message", message}})
                            .toJson(QJsonDocument::Compact));
        return true;
    };
}

QString phaseOf(const QJsonObject &o)
{
    return ObjectView(o).status().value(QLatin1String("phase")).toString();
}

struct Rig
{
    FakeKubeApi api{kPath};
    HttpClient http;
    std::unique_ptr<KubeClient> client;
    Rig()
    {
        if (!api.listen())
            qFatal("cannot listen");
        http.setRetryPolicy({std::chrono::milliseconds(10), std::chrono::milliseconds(50)});
        client = std::make_unique<KubeClient>(&http, api.url());
    }
    Informer::Options options(int pageSize = 500)
    {
        Informer::Options o;
        o.pageSize = pageSize;
        o.initialBackoff = std::chrono::milliseconds(200);
        o.maxBackoff = std::chrono::milliseconds(2000);
        return o;
    }
};

// The cache equals the server's objects (keys and resourceVersions).
bool sameAsServer(const Informer &inf, const FakeKubeApi &api)
{
    if (inf.size() != api.size())
        return false;
    for (auto it = api.objects().begin(); it != api.objects().end(); ++it) {
        if (ObjectView(inf.object(it.key())).resourceVersion() !=
            ObjectView(it.value()).resourceVersion())
            return false;
    }
    return true;
}

} // namespace

class TestInformer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void listPagedWithContinue()
    {
        Rig rig;
        for (int i = 0; i < 7; ++i)
            rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("p%1").arg(i)));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options(3));
        QSignalSpy synced(&inf, &Informer::synced);
        QSignalSpy added(&inf, &Informer::added);
        inf.start();
        QCOMPARE(inf.state(), Informer::State::Listing);
        QVERIFY(synced.wait(5000));
        QCOMPARE(inf.size(), 7);
        QCOMPARE(added.size(), 7);
        QVERIFY(inf.hasSynced());
        QCOMPARE(inf.state(), Informer::State::Watching);
        const auto lists = rig.api.listQueries();
        QCOMPARE(lists.size(), 3);
        QCOMPARE(lists[0].queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
        QVERIFY(!lists[0].hasQueryItem(QStringLiteral("continue")));
        // The token went out intact ('+' and '=' encoded, not turned into a space).
        QCOMPARE(lists[1].queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded),
                 QStringLiteral("1:3+x="));
        QCOMPARE(lists[2].queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded),
                 QStringLiteral("1:6+x="));
        QCOMPARE(inf.resourceVersion(), QString::number(rig.api.resourceVersion()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.watchQueries().size(), 1, 5000);
        const QUrlQuery w = rig.api.watchQueries().first();
        QCOMPARE(w.queryItemValue(QStringLiteral("resourceVersion")), inf.resourceVersion());
        QCOMPARE(w.queryItemValue(QStringLiteral("allowWatchBookmarks")), QStringLiteral("true"));
        QCOMPARE(w.queryItemValue(QStringLiteral("timeoutSeconds")), QStringLiteral("300"));
        QCOMPARE(Informer::keyFor(ResourceKind::pods(), kNs), QStringLiteral("pods/user-a/"));
    }

    // Past packAbove objects the cache is packed (zstd with a trained dictionary): every object
    // reads back exactly as the server sent it, pages are applied as they arrive, and watch
    // events and a relist after 410 behave as with a plain cache.
    void largeCachePackedReadsBackTheSame()
    {
        Rig rig;
        for (int i = 0; i < 60; ++i) {
            QJsonObject p = FakeKubeApi::pod(kNs, QStringLiteral("p%1").arg(i));
            // Odd values a packer must keep: unicode, escapes, numbers, nulls.
            p.insert(
                QStringLiteral("spec"),
                QJsonObject{{QStringLiteral("nodeName"), QStringLiteral("n\u00e8-%1 \"x\"").arg(i)},
                            {QStringLiteral("priority"), i * 1000003},
                            {QStringLiteral("ratio"), i / 7.0},
                            {QStringLiteral("none"), QJsonValue::Null}});
            rig.api.add(p);
        }
        Informer::Options o = rig.options(10);
        o.packAbove = 25;
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, o);
        QSignalSpy synced(&inf, &Informer::synced);
        int addedBeforeSync = 0, sizeAtFirstAdd = -1;
        connect(&inf, &Informer::added, this, [&] {
            if (!inf.hasSynced())
                ++addedBeforeSync;
            if (sizeAtFirstAdd < 0)
                sizeAtFirstAdd = inf.size();
        });
        inf.start();
        QVERIFY(synced.wait(5000));
        QCOMPARE(addedBeforeSync, 60);
        QCOMPARE(sizeAtFirstAdd, 1); // the first page's objects come before the others are read
        QVERIFY(inf.isPacked());
        QCOMPARE(inf.size(), 60);
        for (auto it = rig.api.objects().begin(); it != rig.api.objects().end(); ++it)
            QCOMPARE(inf.object(it.key()), it.value());
        QCOMPARE(inf.objects().size(), 60);
        QVERIFY(inf.contains(kNs + QStringLiteral("/p59")));
        QVERIFY(inf.object(kNs + QStringLiteral("/nope")).isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        QSignalSpy modified(&inf, &Informer::modified);
        rig.api.modify(kNs + QStringLiteral("/p3"), [](QJsonObject &p) {
            p.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}});
        });
        QVERIFY(modified.wait(5000));
        QCOMPARE(phaseOf(modified[0][1].value<QJsonObject>()), QStringLiteral("Pending"));
        QCOMPARE(inf.object(kNs + QStringLiteral("/p3")),
                 rig.api.objects().value(kNs + QStringLiteral("/p3")));

        // A relist of a packed cache emits only the differences (compared by version).
        rig.api.setQuiet(true);
        rig.api.remove(kNs + QStringLiteral("/p7"));
        rig.api.modify(kNs + QStringLiteral("/p8"), [](QJsonObject &p) {
            p.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("phase"), QStringLiteral("Failed")}});
        });
        rig.api.compact();
        rig.api.setQuiet(false);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy removed(&inf, &Informer::removed);
        modified.clear();
        rig.api.cutWatches();
        QVERIFY(synced.wait(5000));
        QCOMPARE(inf.listCount(), 2);
        QCOMPARE(added.size(), 0);
        QCOMPARE(modified.size(), 1);
        QCOMPARE(nameOf(modified[0][0].value<QJsonObject>()), QStringLiteral("p8"));
        QCOMPARE(phaseOf(modified[0][1].value<QJsonObject>()), QStringLiteral("Pending"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(nameOf(removed[0][0].value<QJsonObject>()), QStringLiteral("p7"));
        QVERIFY(sameAsServer(inf, rig.api));
    }

    // A small cache is never packed: objects are handed out shared, as parsed.
    void smallCacheNotPacked()
    {
        Rig rig;
        for (int i = 0; i < 5; ++i)
            rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("p%1").arg(i)));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        QVERIFY(!inf.isPacked());
        QCOMPARE(inf.size(), 5);
    }

    // A continue token that expired mid-list (410 on a later page) starts the list again from
    // its first page, at once and without reporting an error; nothing is lost or doubled.
    void expiredContinueTokenListsAgain()
    {
        Rig rig;
        for (int i = 0; i < 7; ++i)
            rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("p%1").arg(i)));
        int refused = 0;
        rig.api.intercept =
            expireOnce("continue=", "The provided continue parameter is too old", &refused);
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options(3));
        QSignalSpy synced(&inf, &Informer::synced);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        inf.start();
        QVERIFY(synced.wait(5000));
        QCOMPARE(refused, 1);
        QCOMPARE(inf.listCount(), 2);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(added.size(), 7); // the first page's three came once, not twice
        QVERIFY(sameAsServer(inf, rig.api));
        QCOMPARE(rig.api.listQueries().size(), 1 + 3); // the refused page is not recorded
    }

    void watchEventsApplied()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy modified(&inf, &Informer::modified);
        QSignalSpy removed(&inf, &Informer::removed);
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("b")));
        rig.api.modify(kNs + QStringLiteral("/a"), [](QJsonObject &o) {
            o.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}});
        });
        rig.api.remove(kNs + QStringLiteral("/b"));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
        QCOMPARE(added.size(), 1);
        QCOMPARE(nameOf(added[0][0].value<QJsonObject>()), QStringLiteral("b"));
        QCOMPARE(modified.size(), 1);
        const auto now = modified[0][0].value<QJsonObject>();
        const auto before = modified[0][1].value<QJsonObject>();
        QCOMPARE(now.value(QLatin1String("status")).toObject().value(QLatin1String("phase")),
                 QJsonValue(QStringLiteral("Running")));
        QCOMPARE(before.value(QLatin1String("status")).toObject().value(QLatin1String("phase")),
                 QJsonValue(QStringLiteral("Pending")));
        QCOMPARE(nameOf(removed[0][0].value<QJsonObject>()), QStringLiteral("b"));
        QVERIFY(sameAsServer(inf, rig.api));
        QCOMPARE(inf.resourceVersion(), QString::number(rig.api.resourceVersion()));
        QCOMPARE(inf.listCount(), 1);
    }

    void cutWatchResumesFromLastVersion()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("b")));
        QTRY_COMPARE_WITH_TIMEOUT(inf.size(), 2, 5000);
        const QString seen = inf.resourceVersion();
        QCOMPARE(seen, QString::number(rig.api.resourceVersion()));
        // Changes the dropped stream never delivered: the resumed watch must replay them.
        rig.api.setQuiet(true);
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("c")));
        rig.api.remove(kNs + QStringLiteral("/a"));
        rig.api.setQuiet(false);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy removed(&inf, &Informer::removed);
        rig.api.cutWatches();
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.watchQueries().size(), 2, 5000);
        QCOMPARE(rig.api.watchQueries()[1].queryItemValue(QStringLiteral("resourceVersion")), seen);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
        QCOMPARE(added.size(), 1);
        QVERIFY(sameAsServer(inf, rig.api));
        QCOMPARE(inf.listCount(), 1); // resumed, not relisted
        QCOMPARE(inf.state(), Informer::State::Watching);

        // A watch the server ends (timeoutSeconds) is renewed from the last version too.
        rig.api.endWatches();
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.watchQueries().size(), 3, 5000);
        QCOMPARE(rig.api.watchQueries()[2].queryItemValue(QStringLiteral("resourceVersion")),
                 inf.resourceVersion());
        QCOMPARE(inf.listCount(), 1);
    }

    void goneRelistsAndEmitsOnlyDifferences()
    {
        Rig rig;
        for (const char *n : {"a", "b", "c"})
            rig.api.add(FakeKubeApi::pod(kNs, QString::fromLatin1(n)));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options(2));
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        rig.api.setQuiet(true);
        rig.api.modify(kNs + QStringLiteral("/a"), [](QJsonObject &o) {
            o.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}});
        });
        rig.api.remove(kNs + QStringLiteral("/b"));
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("d")));
        rig.api.compact();
        rig.api.setQuiet(false);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy modified(&inf, &Informer::modified);
        QSignalSpy removed(&inf, &Informer::removed);
        rig.api.cutWatches(); // the resumed watch gets ERROR 410: relist
        QVERIFY(synced.wait(5000));
        QCOMPARE(inf.listCount(), 2);
        QCOMPARE(added.size(), 1);
        QCOMPARE(nameOf(added[0][0].value<QJsonObject>()), QStringLiteral("d"));
        QCOMPARE(modified.size(), 1);
        QCOMPARE(nameOf(modified[0][0].value<QJsonObject>()), QStringLiteral("a"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(nameOf(removed[0][0].value<QJsonObject>()), QStringLiteral("b"));
        QVERIFY(sameAsServer(inf, rig.api)); // c unchanged, no signal for it
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        QCOMPARE(rig.api.watchQueries().last().queryItemValue(QStringLiteral("resourceVersion")),
                 QString::number(rig.api.resourceVersion()));
    }

    void goneAsHttpStatusRelists()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        int refused = 0;
        rig.api.intercept = expireOnce("watch=1", "too old resource version", &refused);
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        inf.start();
        QVERIFY(synced.wait(5000));
        QVERIFY(synced.wait(5000)); // the relist
        QCOMPARE(inf.listCount(), 2);
        QCOMPARE(errors.size(), 0); // 410 is routine, not an error to report
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
    }

    void bookmarkUpdatesVersionWithoutEvents()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.openWatches(), 1, 5000);
        QSignalSpy added(&inf, &Informer::added);
        QSignalSpy modified(&inf, &Informer::modified);
        QSignalSpy removed(&inf, &Informer::removed);
        const QString before = inf.resourceVersion();
        rig.api.setQuiet(true);
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("other"))); // moves the version on
        rig.api.setQuiet(false);
        rig.api.bookmark();
        const QString expected = QString::number(rig.api.resourceVersion());
        QVERIFY(expected != before);
        QTRY_COMPARE_WITH_TIMEOUT(inf.resourceVersion(), expected, 5000);
        QCOMPARE(added.size() + modified.size() + removed.size(), 0);
        QCOMPARE(inf.size(), 1);
        rig.api.cutWatches();
        QTRY_COMPARE_WITH_TIMEOUT(rig.api.watchQueries().size(), 2, 5000);
        QCOMPARE(rig.api.watchQueries()[1].queryItemValue(QStringLiteral("resourceVersion")),
                 expected);
    }

    void backoffOnServerErrors()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        rig.api.intercept = [&](const FakeKubeApi::Request &r, FakeKubeApi::Reply &reply) {
            if (r.path.contains("watch=1"))
                return false;
            at << clock.elapsed();
            if (at.size() > 3)
                return false;
            reply.send(500, JSON({
                           "kind" : "Status",
                           "apiVersion" : "v1",
                           "status" : "Failure",
                           "reason" : "InternalError",
                           "code" : 500,
                           "message" : "etcdserver: request timed out"
                       }));
            return true;
        };
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        QSignalSpy states(&inf, &Informer::stateChanged);
        inf.start();
        QVERIFY(errors.wait(5000));
        QCOMPARE(inf.state(), Informer::State::Backoff);
        QCOMPARE(inf.lastError().kind, Error::Kind::Server);
        QCOMPARE(inf.lastError().message, QStringLiteral("etcdserver: request timed out"));
        QVERIFY(synced.wait(10000));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(at.size(), 4);
        // 200 ms doubling (with up to 20 % more): >= 200, 400, 800 between attempts.
        QVERIFY2(at[1] - at[0] >= 195, qPrintable(QString::number(at[1] - at[0])));
        QVERIFY2(at[2] - at[1] >= 395, qPrintable(QString::number(at[2] - at[1])));
        QVERIFY2(at[3] - at[2] >= 795, qPrintable(QString::number(at[3] - at[2])));
        QVERIFY2(at[3] - at[2] < 3000, qPrintable(QString::number(at[3] - at[2])));
        QCOMPARE(inf.failureCount(), 0);
        QCOMPARE(inf.size(), 1);
        QCOMPARE(inf.state(), Informer::State::Watching);
    }

    void stopAndRestartEmitDifferences()
    {
        Rig rig;
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("a")));
        Informer inf(rig.client.get(), ResourceKind::pods(), kNs, rig.options());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QVERIFY(synced.wait(5000));
        inf.stop();
        QCOMPARE(inf.state(), Informer::State::Idle);
        QCOMPARE(inf.size(), 1); // the cache stays
        rig.api.add(FakeKubeApi::pod(kNs, QStringLiteral("b")));
        QSignalSpy added(&inf, &Informer::added);
        inf.start();
        QVERIFY(synced.wait(5000));
        QCOMPARE(added.size(), 1);
        QVERIFY(sameAsServer(inf, rig.api));
    }

    void clientOperationsOnTheWire()
    {
        test::TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const test::TestHttpServer::Request &r,
                             test::TestHttpServer::Reply reply) {
            if (r.method == "POST" && r.body.contains("\"image\":\"\"")) {
                reply.send(422, JSON({
                               "kind" : "Status",
                               "apiVersion" : "v1",
                               "status" : "Failure",
                               "message" : "Job.batch \"bad\" is invalid: image: Required value",
                               "reason" : "Invalid",
                               "code" : 422,
                               "details" : {
                                   "name" : "bad",
                                   "kind" : "Job",
                                   "causes" : [ {
                                       "reason" : "FieldValueRequired",
                                       "message" : "Required value",
                                       "field" : "spec.template.spec.containers[0].image"
                                   } ]
                               }
                           }));
                return;
            }
            if (r.path.contains("/namespaces/other/")) {
                reply.send(403, JSON({
                               "kind" : "Status",
                               "apiVersion" : "v1",
                               "status" : "Failure",
                               "message" : "jobs.batch is forbidden: User \"a\" cannot get jobs",
                               "reason" : "Forbidden",
                               "code" : 403,
                               "details" : {"kind" : "jobs", "group" : "batch"}
                           }));
                return;
            }
            QJsonObject echo{
                {QStringLiteral("kind"), QStringLiteral("Echo")},
                {QStringLiteral("method"), QString::fromLatin1(r.method)},
                {QStringLiteral("path"), QString::fromLatin1(r.path)},
                {QStringLiteral("contentType"), QString::fromLatin1(r.header("content-type"))},
                {QStringLiteral("body"), QString::fromUtf8(r.body)}};
            reply.send(r.method == "POST" ? 201 : 200,
                       QJsonDocument(echo).toJson(QJsonDocument::Compact));
        });
        HttpClient http;
        KubeClient client(&http, server.url(QStringLiteral("/")));
        auto run = [&](KubeJob *job) {
            std::optional<Result<QJsonObject>> out;
            connect(job, &KubeJob::finished, this,
                    [&](const Result<QJsonObject> &r) { out.emplace(r); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
                return Result<QJsonObject>(Error::make(Error::Kind::Timeout, QStringLiteral("t")));
            return *out;
        };
        const auto jobs = ResourceKind::jobs();
        auto got = run(client.get(jobs, QStringLiteral("ns"), QStringLiteral("j"), this));
        QVERIFY(got.ok());
        QCOMPARE(got->value(QLatin1String("path")).toString(),
                 QStringLiteral("/apis/batch/v1/namespaces/ns/jobs/j"));
        auto del = run(client.remove(jobs, QStringLiteral("ns"), QStringLiteral("j"),
                                     DeleteOptions{QStringLiteral("Background"), 0, false}, this));
        QCOMPARE(del->value(QLatin1String("method")).toString(), QStringLiteral("DELETE"));
        QCOMPARE(del->value(QLatin1String("path")).toString(),
                 QStringLiteral("/apis/batch/v1/namespaces/ns/jobs/j?propagationPolicy=Background"
                                "&gracePeriodSeconds=0"));
        auto mp = run(client.mergePatch(
            jobs, QStringLiteral("ns"), QStringLiteral("j"),
            {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), true}}}}, this));
        QCOMPARE(mp->value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(mp->value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/merge-patch+json"));
        QCOMPARE(mp->value(QLatin1String("body")).toString(),
                 QStringLiteral("{\"spec\":{\"suspend\":true}}"));
        auto jp = run(client.jsonPatch(
            jobs, QStringLiteral("ns"), QStringLiteral("j"),
            QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                   {QStringLiteral("path"), QStringLiteral("/spec/suspend")},
                                   {QStringLiteral("value"), false}}},
            this));
        QCOMPARE(jp->value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/json-patch+json"));
        auto sel = run(client.list(ResourceKind::pods(), QStringLiteral("ns"),
                                   ListOptions{QStringLiteral("app in (a,b),tier!=x"),
                                               QStringLiteral("status.phase=Running"),
                                               50,
                                               {},
                                               {}},
                                   this));
        const QUrlQuery q(QUrl(sel->value(QLatin1String("path")).toString()));
        QCOMPARE(q.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded),
                 QStringLiteral("app in (a,b),tier!=x"));
        QCOMPARE(q.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded),
                 QStringLiteral("status.phase=Running"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));

        QJsonObject bad{{QStringLiteral("image"), QString()}};
        auto invalid = run(client.create(jobs, QStringLiteral("ns"), bad, this));
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, Error::Kind::Invalid);
        QVERIFY(invalid.error().message.contains(QStringLiteral("Required value")));
        const auto status = KubeStatus::fromError(invalid.error());
        QVERIFY(status.has_value());
        QCOMPARE(status->causes.value(0).field,
                 QStringLiteral("spec.template.spec.containers[0].image"));
        auto forbidden = run(client.get(jobs, QStringLiteral("other"), QStringLiteral("j"), this));
        QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
        QVERIFY(forbidden.error().message.startsWith(QStringLiteral("jobs.batch is forbidden")));
        QCOMPARE(KubeStatus::fromError(forbidden.error())->reason, QStringLiteral("Forbidden"));

        KubeClient none(&http, QUrl());
        auto unconfigured = run(none.get(jobs, QStringLiteral("ns"), QStringLiteral("j"), this));
        QCOMPARE(unconfigured.error().kind, Error::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestInformer)
#include "tst_informer.moc"
