// The Platform: one configured client per service, each with its credentials wired in; derived
// credentials follow the login; shared services hang off it.
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "fakeiam.h"
#include "jupyter/hubtokenprovider.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "platform/platform.h"
#include "storage/stscredentials.h"

#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using test::FakeIam;
using test::TestHttpServer;

namespace {

// Kubernetes, the hub, STS and S3 on in-process servers that record what they were sent.
struct Services
{
    FakeIam iam;
    TestHttpServer kube;
    TestHttpServer hub;
    TestHttpServer sts;
    TestHttpServer s3;
    int mints = 0;

    bool start()
    {
        if (!iam.start() || !kube.listen() || !hub.listen() || !sts.listen() || !s3.listen())
            return false;
        kube.setHandler([](const auto &, TestHttpServer::Reply r) { r.send(200, "{}"); });
        s3.setHandler([](const auto &, TestHttpServer::Reply r) { r.send(200, "<x/>"); });
        hub.setHandler([this](const TestHttpServer::Request &req, TestHttpServer::Reply r) {
            if (req.method == "POST") {
                ++mints;
                r.send(201, "{\"token\": \"hub-token-" + QByteArray::number(mints) +
                                "-abcdefgh\", \"id\": \"a" + QByteArray::number(mints) + "\"}");
            } else {
                r.send(req.method == "DELETE" ? 204 : 200, "{}");
            }
        });
        sts.setHandler([](const auto &, TestHttpServer::Reply r) {
            const QByteArray exp =
                QDateTime::currentDateTimeUtc().addSecs(900).toString(Qt::ISODate).toLatin1();
            r.send(200, "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult>"
                        "<Credentials><AccessKeyId>AKIAPLATFORM</AccessKeyId><SecretAccessKey>"
                        "secret-xxxxxxxx</SecretAccessKey><SessionToken>session-yyyyyyyy"
                        "</SessionToken><Expiration>" +
                            exp +
                            "</Expiration></Credentials></AssumeRoleWithWebIdentityResult>"
                            "</AssumeRoleWithWebIdentityResponse>");
        });
        return true;
    }

    Profile profile() const
    {
        Profile p;
        p.name = QStringLiteral("fake");
        p.iam.issuer = iam.issuer();
        p.iam.clientId = QStringLiteral("plancia");
        p.kubernetes.server = kube.url(QStringLiteral("/"));
        p.kubernetes.namespaceTemplate = QStringLiteral("user-{username}");
        p.hub.url = hub.url(QStringLiteral("/"));
        p.s3.endpoint = s3.url(QStringLiteral("/"));
        p.s3.region = QStringLiteral("tier1");
        p.s3.sts.endpoint = sts.url(QStringLiteral("/"));
        p.s3.sts.roleArn = QStringLiteral("arn:aws:iam:::role/S3");
        return p;
    }
};

HttpResult run(HttpClient *client, HttpRequest req, QObject *owner)
{
    std::optional<HttpResult> result;
    auto *job = client->createJob(std::move(req), owner);
    job->setTreatHttpErrorsAsErrors(false);
    QObject::connect(job, &HttpJob::finished, owner, [&](const HttpResult &r) { result = r; });
    job->start();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

} // namespace

class TstPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void everyServiceGetsItsCredentials()
    {
        Services s;
        QVERIFY(s.start());
        MemoryTokenStore store;
        Platform::Options o;
        o.session.store = &store;
        o.session.deviceFlowIntervalSeconds = 1;
        Platform platform(s.profile(), o);
        QVERIFY(platform.configurationProblems().isEmpty());
        QVERIFY(platform.kubernetes()->hasAuthorizer());
        QVERIFY(platform.hub()->forbiddenMeansStaleCredentials());
        QVERIFY(!platform.kubernetes()->forbiddenMeansStaleCredentials());
        QVERIFY(platform.kubernetesNamespace().isEmpty()); // nobody logged in yet

        platform.session()->startDeviceLogin();
        QTRY_COMPARE_WITH_TIMEOUT(platform.session()->state(), Session::State::LoggedIn, 10000);
        QCOMPARE(platform.kubernetesNamespace(), QStringLiteral("user-mrossi"));
        const QString access = platform.session()->tokenManager()->currentAccessToken();

        // Kubernetes: the IAM bearer token.
        auto k = run(platform.kubernetes(),
                     HttpRequest::get(s.kube.url(QStringLiteral("/api/v1/pods"))), this);
        QVERIFY(k.ok());
        QCOMPARE(s.kube.requests().last().header("authorization"), "Bearer " + access.toUtf8());

        // The hub: a token minted from the IAM login, then "token <hub token>".
        auto h = run(platform.hub(),
                     HttpRequest::get(s.hub.url(QStringLiteral("/hub/api/users/mrossi"))), this);
        QVERIFY(h.ok());
        QCOMPARE(s.mints, 1);
        QCOMPARE(s.hub.requests().last().header("authorization"),
                 QByteArray("token hub-token-1-abcdefgh"));

        // S3: SigV4 with the STS credentials and their session token; no signing by hand.
        auto r =
            run(platform.s3(), HttpRequest::get(s.s3.url(QStringLiteral("/user-mrossi"))), this);
        QVERIFY(r.ok());
        QCOMPARE(s.sts.requestCount(), 1);
        const auto &sent = s.s3.requests().last();
        QVERIFY(
            sent.header("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIAPLATFORM/"));
        QVERIFY(sent.header("authorization").contains("/tier1/s3/aws4_request"));
        QCOMPARE(sent.header("x-amz-security-token"), QByteArray("session-yyyyyyyy"));
        QVERIFY(!sent.header("x-amz-content-sha256").isEmpty());

        // Logout: the hub token is revoked with itself, and nothing is handed out afterwards.
        QSignalSpy out(platform.session(), &Session::logoutFinished);
        platform.session()->logout();
        QVERIFY(out.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(s.hub.requests().last().method == "DELETE", 5000);
        QVERIFY(s.hub.requests().last().path.endsWith("/hub/api/users/mrossi/tokens/a1"));
        const int stsCalls = s.sts.requestCount();
        auto after = run(platform.s3(), HttpRequest::get(s.s3.url(QStringLiteral("/x"))), this);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(s.sts.requestCount(), stsCalls);
        QVERIFY(platform.kubernetesNamespace().isEmpty());
    }

    void unreadableCaIsReported()
    {
        Profile p;
        p.name = QStringLiteral("broken-ca");
        p.iam.issuer = QUrl(QStringLiteral("https://iam.example/"));
        p.caFile = QStringLiteral("/nonexistent/ca.pem");
        Platform platform(p);
        QCOMPARE(platform.configurationProblems().size(), 1);
        QVERIFY(platform.configurationProblems().first().contains(p.caFile));
    }

    void sharedServicesHangOffThePlatform()
    {
        Profile p;
        p.name = QStringLiteral("shared");
        p.iam.issuer = QUrl(QStringLiteral("https://iam.example/"));
        auto platform = std::make_unique<Platform>(p);
        int made = 0;
        const std::function<QObject *(Platform *)> make = [&](Platform *) {
            ++made;
            return new QObject;
        };
        QObject *pods = platform->shared<QObject>(QStringLiteral("pods/user-mrossi"), make);
        QVERIFY(pods);
        QCOMPARE(platform->shared<QObject>(QStringLiteral("pods/user-mrossi"), make), pods);
        QVERIFY(platform->shared<QObject>(QStringLiteral("jobs/user-mrossi"), make) != pods);
        QCOMPARE(made, 2);
        QCOMPARE(pods->parent(), platform.get());
        QPointer<QObject> watch(pods);
        platform.reset(); // a profile switch
        QVERIFY(watch.isNull());
    }
};

QTEST_GUILESS_MAIN(TstPlatform)
#include "tst_platform.moc"
