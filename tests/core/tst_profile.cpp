#include "config/profile.h"
#include "config/profilestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plancia;

namespace {

QByteArray goodProfile()
{
    return JSON({
        "schema" : 1,
        "name" : "ai-infn",
        "displayName" : "AI_INFN at CNAF",
        "iam" : {"issuer" : "https://iam.cloud.infn.it/", "clientId" : "plancia"},
        "hub" : {"url" : "https://hub.ai-infn.example/"},
        "prometheus" : {"url" : "https://prom.ai-infn.example/", "useBearer" : true},
        "s3" : {
            "endpoint" : "https://rgw.cloud.infn.it",
            "region" : "tier1",
            "sts" : {
                "endpoint" : "https://rgw.cloud.infn.it",
                "roleArn" : "arn:aws:iam:::role/S3",
                "durationSeconds" : 3600
            }
        },
        "kubernetes" : {
            "server" : "https://k8s.ai-infn.example:6443",
            "namespace" : "user-{username}",
            "localQueue" : "user-queue"
        },
        "accelerators" : {"a100" : "NVIDIA A100", "t4" : "NVIDIA T4"}
    });
}

} // namespace

class TstProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void parsesGoodProfile()
    {
        auto p = parseProfile(goodProfile(), QStringLiteral("good.json"));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->name, QStringLiteral("ai-infn"));
        QCOMPARE(p->iam.issuer, QUrl(QStringLiteral("https://iam.cloud.infn.it/")));
        QCOMPARE(p->iam.scopes,
                 QStringLiteral("openid profile email offline_access wlcg wlcg.groups"));
        QCOMPARE(p->s3.sts.durationSeconds, 3600);
        QVERIFY(p->prometheus.useBearer);
        QCOMPARE(p->namespaceFor(QStringLiteral("alice")), QStringLiteral("user-alice"));
        QCOMPARE(p->acceleratorName(QStringLiteral("a100")), QStringLiteral("NVIDIA A100"));
        QCOMPARE(p->acceleratorName(QStringLiteral("u50")), QStringLiteral("u50"));
    }

    void roundTrips()
    {
        auto p = parseProfile(goodProfile());
        QVERIFY(p.ok());
        auto again = parseProfile(profileToJson(p.value()));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->kubernetes.server, p->kubernetes.server);
        QCOMPARE(again->accelerators, p->accelerators);
        QCOMPARE(again->s3.region, p->s3.region);
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // substrings, each must appear

        QTest::newRow("not json") << QByteArray("{\"schema\": 1,")
                                  << QStringList{"is not valid JSON",
                                                 "bad.json, line 1, column 14: the file ends"};
        QTest::newRow("array") << QByteArray("[]")
                               << QStringList{"(file): must hold a JSON object"};
        QTest::newRow("missing everything")
            << QByteArray("{}")
            << QStringList{"schema: is required", "name: is required", "iam: is required"};
        QTest::newRow("missing issuer")
            << JSON({"schema" : 1, "name" : "x", "iam" : {"clientId" : "c"}})
            << QStringList{"iam.issuer: is required but missing"};
        QTest::newRow("wrong types")
            << JSON({
                   "schema" : "1",
                   "name" : 7,
                   "iam" : {"issuer" : "https://i/", "clientId" : "c"},
                   "prometheus" : {"url" : "https://p/", "useBearer" : "yes"}
               })
            << QStringList{"schema: must be a whole number, not a string",
                           "name: must be a string, not a number",
                           "prometheus.useBearer: must be a boolean, not a string"};
        QTest::newRow("relative url") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "iam.example/", "clientId" : "c"}
        }) << QStringList{"iam.issuer: must be an absolute URL"};
        QTest::newRow("ftp url") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "ftp://iam.example/", "clientId" : "c"}
        }) << QStringList{"iam.issuer: must use https, not \"ftp\""};
        QTest::newRow("plain http to a remote host")
            << JSON({
                   "schema" : 1,
                   "name" : "x",
                   "iam" : {"issuer" : "http://iam.example/", "clientId" : "c"}
               })
            << QStringList{
                   "iam.issuer: must use https: plain http is allowed only for this computer"};
        QTest::newRow("credentials in url") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "https://u:p@iam.example/", "clientId" : "c"}
        }) << QStringList{"iam.issuer: must not contain a user name or password"};
        QTest::newRow("typo key") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "https://i/", "clientId" : "c", "scope" : "openid"}
        }) << QStringList{"iam.scope: is not a known setting"};
        QTest::newRow("s3 without sts") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "https://i/", "clientId" : "c"},
            "s3" : {"endpoint" : "https://s3/"}
        }) << QStringList{"s3.sts: is required but missing"};
        QTest::newRow("future schema") << JSON({
            "schema" : 2,
            "name" : "x",
            "iam" : {"issuer" : "https://i/", "clientId" : "c"}
        }) << QStringList{"schema: is 2, but this version of Plancia reads schema 1"};
        QTest::newRow("bad name") << JSON({
            "schema" : 1,
            "name" : "../etc",
            "iam" : {"issuer" : "https://i/", "clientId" : "c"}
        }) << QStringList{"name: may hold only letters"};
        QTest::newRow("oidc-agent without account") << JSON({
            "schema" : 1,
            "name" : "x",
            "iam" : {"issuer" : "https://i/", "clientId" : "c", "tokenSource" : "oidc-agent"}
        }) << QStringList{"iam.oidcAgentAccount: is required"};
    }

    void reportsProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        auto p = parseProfile(json, QStringLiteral("bad.json"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Config);
        for (const QString &e : expected)
            QVERIFY2(p.error().message.contains(e),
                     qPrintable(p.error().message + "\n--- wanted: " + e));
    }

    // A file that is not JSON: what is wrong in words, with line and column where a person
    // looks; the parser's own text ("[json.exception.parse_error.101] ...") only in the detail.
    void syntaxErrorsInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"schema\": 1,\n  \"name\": \"x\"\n  \"iam\": {}\n}\n")
            << QStringLiteral("profile.json, line 4, column 3: a ',' or '}' is missing");
        QTest::newRow("missing comma in an array")
            << QByteArray("{\"a\": [1 2]}")
            << QStringLiteral("profile.json, line 1, column 10: a ',' or ']' is missing");
        QTest::newRow("not json at all")
            << QByteArray("{ not json")
            << QStringLiteral("profile.json, line 1, column 3: a name must be text in double "
                              "quotes");
        QTest::newRow("empty") << QByteArray("  \n")
                               << QStringLiteral("profile.json, line 2, column 1: the file is "
                                                 "empty");
        QTest::newRow("trailing comma")
            << QByteArray("{\"schema\": 1,\n}")
            << QStringLiteral("profile.json, line 2, column 1: there is a ',' too many");
        QTest::newRow("missing colon")
            << QByteArray("{\"schema\" 1}")
            << QStringLiteral("profile.json, line 1, column 11: a ':' is missing");
        QTest::newRow("unclosed string")
            << QByteArray("{\"name\": \"x\n\"}") << QStringLiteral("a text is not closed");
        QTest::newRow("after the end")
            << QByteArray("{\"schema\": 1}}")
            << QStringLiteral("line 1, column 14: there is more text after the end");
        QTest::newRow("single quotes")
            << QByteArray("{'schema': 1}")
            << QStringLiteral("line 1, column 2: a name must be text in double quotes");
        QTest::newRow("bad literal")
            << QByteArray("{\"schema\": yes}")
            << QStringLiteral("line 1, column 12: a value must be text in double quotes, a "
                              "number, true, false or null");
        // Columns count characters, not UTF-8 bytes.
        QTest::newRow("after accented text")
            << QByteArray("{\n \"displayName\": \"Citt\xC3\xA0\" \"x\": 1}")
            << QStringLiteral("line 2, column 25: a ',' or '}' is missing");
    }
    void syntaxErrorsInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto p = parseProfile(json, QStringLiteral("/some/where/profile.json"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Config);
        const QString message = p.error().message;
        QVERIFY2(message.startsWith(
                     QLatin1String("The platform profile /some/where/profile.json is not valid "
                                   "JSON:\n")),
                 qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message + "\n--- wanted: " + expected));
        QVERIFY2(!message.contains(QLatin1String("json.exception")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("parse error")), qPrintable(message));
        QVERIFY2(p.error().detail.contains(QLatin1String("[json.exception.parse_error.")),
                 qPrintable(p.error().detail));
        QVERIFY(p.error().detail.contains(QLatin1String("/some/where/profile.json")));
        const auto issues = validateProfileJson(json);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().line > 0 && issues.first().column > 0);
    }

    // A top-level field is named without a leading dot ("name:", not ".name:").
    void emptyTopLevelFieldIsNamedPlainly()
    {
        auto p = parseProfile(JSON(
            {"schema" : 1, "name" : "  ", "iam" : {"issuer" : "https://i/", "clientId" : ""}}));
        QVERIFY(!p.ok());
        const QStringList lines = p.error().message.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("name: must not be empty")),
                 qPrintable(p.error().message));
        QVERIFY2(lines.contains(QStringLiteral("iam.clientId: must not be empty")),
                 qPrintable(p.error().message));
        QVERIFY2(!p.error().message.contains(QLatin1String(".name")),
                 qPrintable(p.error().message));
    }

    void loopbackHttpIsAllowed()
    {
        auto p = parseProfile(JSON({
            "schema" : 1,
            "name" : "sandbox",
            "iam" : {"issuer" : "http://127.0.0.1:8080/", "clientId" : "c"},
            "hub" : {"url" : "http://localhost:8000/"}
        }));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    }

    void storeLoadsDirectoryAndKeepsBrokenFilesAside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProfileStore store;
        store.setDirectory(dir.path());
        QFile good(dir.filePath(QStringLiteral("ai-infn.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(goodProfile());
        good.close();
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"schema\":1");
        bad.close();
        store.reload();
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.problems().size(), 1);
        QVERIFY(store.problems().first().message.contains(QLatin1String("broken.json")));
        auto byName = store.resolve(QStringLiteral("ai-infn"));
        QVERIFY(byName.ok());
        auto byFile = store.resolve(good.fileName());
        QVERIFY(byFile.ok());
        auto missing = store.resolve(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("nope")));
    }

    void rejectsHugeFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2 * 1024 * 1024, ' '));
        f.close();
        auto p = loadProfile(f.fileName());
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QLatin1String("too large")));
    }
};

QTEST_GUILESS_MAIN(TstProfile)
#include "tst_profile.moc"
