// kubeconfig files: a context with CA data and a token (used against a TLS server), a CA file
// relative to the kubeconfig, a missing context, plugins and settings that are refused clearly.
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "net/httpclient.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plancia;
using namespace plancia::kube;

namespace {

const QString kData = QStringLiteral(PLANCIA_CORE_TEST_DATA);

QByteArray caBase64()
{
    QFile f(kData + QStringLiteral("/ca.pem"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no ca.pem");
    return f.readAll().toBase64();
}

// A kubeconfig with two contexts; `clusterExtra` and `userExtra` are YAML lines added to the
// first cluster and user.
QByteArray kubeconfig(const QByteArray &server, const QByteArray &clusterExtra,
                      const QByteArray &userExtra, const QByteArray &current = "dev")
{
    return "apiVersion: v1\n"
           "kind: Config\n"
           "current-context: " +
           current +
           "\n"
           "clusters:\n"
           "- name: sandbox\n"
           "  cluster:\n"
           "    server: " +
           server + "\n" + clusterExtra +
           "- name: other\n"
           "  cluster:\n"
           "    server: https://other.example:6443\n"
           "users:\n"
           "- name: mrossi\n"
           "  user:\n" +
           userExtra +
           "contexts:\n"
           "- name: dev\n"
           "  context:\n"
           "    cluster: sandbox\n"
           "    user: mrossi\n"
           "    namespace: user-mrossi\n"
           "- name: prod\n"
           "  context:\n"
           "    cluster: other\n"
           "    user: mrossi\n";
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void caDataAndTokenReachTheServer()
    {
        test::TestHttpServer server;
        QVERIFY(server.listenTls(kData + QStringLiteral("/server.pem"),
                                 kData + QStringLiteral("/server.key")));
        QByteArray auth;
        server.setHandler(
            [&](const test::TestHttpServer::Request &r, test::TestHttpServer::Reply reply) {
                auth = r.header("authorization");
                reply.send(200, JSON({"kind" : "Node", "metadata" : {"name" : "n1"}}));
            });
        const QByteArray yaml = kubeconfig(server.url(QStringLiteral("/")).toString().toUtf8(),
                                           "    certificate-authority-data: " + caBase64() + "\n",
                                           "    token: sekret-token\n");
        const auto cfg = KubeConfig::parse(yaml, QDir::tempPath());
        QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().message));
        QCOMPARE(cfg->contextName, QStringLiteral("dev"));
        QCOMPARE(cfg->namespaceName, QStringLiteral("user-mrossi"));
        QCOMPARE(cfg->token, QStringLiteral("sekret-token"));
        QVERIFY(cfg->caPem.startsWith("-----BEGIN CERTIFICATE-----"));
        auto client = KubeClient::fromKubeconfig(cfg.value(), this);
        QVERIFY(client.ok());
        QCOMPARE(client.value()->defaultNamespace(), QStringLiteral("user-mrossi"));
        std::optional<Result<QJsonObject>> out;
        auto *job = client.value()->get(ResourceKind::nodes(), {}, QStringLiteral("n1"), this);
        connect(job, &KubeJob::finished, this,
                [&](const Result<QJsonObject> &r) { out.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().toLogString()));
        QCOMPARE(out->value().value(QLatin1String("kind")).toString(), QStringLiteral("Node"));
        QCOMPARE(auth, QByteArray("Bearer sekret-token"));

        // Without the CA the same server is refused: the CA data really was what made it work.
        const auto noCa =
            KubeConfig::parse(kubeconfig(server.url(QStringLiteral("/")).toString().toUtf8(), "",
                                         "    token: sekret-token\n"),
                              QDir::tempPath());
        auto bare = KubeClient::fromKubeconfig(noCa.value(), this);
        out.reset();
        auto *job2 = bare.value()->get(ResourceKind::nodes(), {}, QStringLiteral("n1"), this);
        connect(job2, &KubeJob::finished, this,
                [&](const Result<QJsonObject> &r) { out.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, Error::Kind::Tls);
        delete client.value();
        delete bare.value();
    }

    void caFileRelativeToTheKubeconfig()
    {
        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(kData + QStringLiteral("/ca.pem"), dir.filePath(QStringLiteral("ca.pem"))));
        QFile token(dir.filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("from-file\n");
        token.close();
        QFile f(dir.filePath(QStringLiteral("config")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kubeconfig("https://127.0.0.1:6443", "    certificate-authority: ca.pem\n",
                           "    tokenFile: token\n"));
        f.close();
        const auto cfg = KubeConfig::load(f.fileName());
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->caFile, dir.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(cfg->token, QStringLiteral("from-file"));
        QCOMPARE(cfg->server, QUrl(QStringLiteral("https://127.0.0.1:6443")));
        QCOMPARE(cfg->path, f.fileName());

        const auto prod = KubeConfig::load(f.fileName(), QStringLiteral("prod"));
        QVERIFY(prod.ok());
        QCOMPARE(prod->server.host(), QStringLiteral("other.example"));
        QVERIFY(prod->namespaceName.isEmpty());
    }

    void problemsAreSaidClearly_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const QByteArray ok = "    token: t\n";
        QTest::newRow("missing context")
            << kubeconfig("https://a:1", "", ok) << QStringLiteral("nope")
            << int(Error::Kind::Config) << QStringLiteral("no context named \"nope\"");
        QTest::newRow("missing current-context")
            << kubeconfig("https://a:1", "", ok, "\"\"") << QString() << int(Error::Kind::Config)
            << QStringLiteral("no current-context");
        QTest::newRow("exec plugin")
            << kubeconfig("https://a:1", "",
                          "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: kubelogin\n")
            << QString() << int(Error::Kind::Unsupported)
            << QStringLiteral("exec plugin \"kubelogin\"");
        QTest::newRow("auth-provider")
            << kubeconfig("https://a:1", "", "    auth-provider:\n      name: oidc\n") << QString()
            << int(Error::Kind::Unsupported) << QStringLiteral("auth-provider plugin (\"oidc\")");
        QTest::newRow("client certificate")
            << kubeconfig("https://a:1", "", "    client-certificate-data: AAAA\n") << QString()
            << int(Error::Kind::Unsupported) << QStringLiteral("client certificate");
        QTest::newRow("insecure") << kubeconfig("https://a:1",
                                                "    insecure-skip-tls-verify: true\n", ok)
                                  << QString() << int(Error::Kind::Unsupported)
                                  << QStringLiteral("TLS verification off");
        QTest::newRow("bad CA data")
            << kubeconfig("https://a:1", "    certificate-authority-data: bm90IGEgY2VydA==\n", ok)
            << QString() << int(Error::Kind::Config) << QStringLiteral("not a base64 PEM");
        QTest::newRow("no server")
            << kubeconfig("", "", ok) << QString() << int(Error::Kind::Config)
            << QStringLiteral("names no valid server");
        QTest::newRow("not yaml") << QByteArray("clusters: [a, b\n  - c: {") << QString()
                                  << int(Error::Kind::Config)
                                  << QStringLiteral("not valid YAML: line");
        QTest::newRow("missing CA file")
            << kubeconfig("https://a:1", "    certificate-authority: /nonexistent/ca.pem\n", ok)
            << QString() << int(Error::Kind::Config) << QStringLiteral("does not exist");
    }
    void problemsAreSaidClearly()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const auto cfg = KubeConfig::parse(yaml, QDir::tempPath(), context);
        QVERIFY(!cfg.ok());
        QCOMPARE(int(cfg.error().kind), kind);
        QVERIFY2(cfg.error().message.contains(says), qPrintable(cfg.error().message));
        // The token never appears in what is said.
        QVERIFY(!cfg.error().message.contains(QStringLiteral("token: t")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
