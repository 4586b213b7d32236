// core/jupyter without a hub: profiles as user_options, the server list of 3.x and 5.x user
// models, and the hub's refusals in words.
#include "jupyter/hubclient.h"
#include "net/httprequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace plancia;
using namespace plancia::jupyter;

class TstHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileRoundTrip()
    {
        SessionProfile p;
        p.image = "img:1";
        p.cpu = 4;
        p.memory = "8G";
        p.acceleratorModel = "a100-1g.10gb";
        p.acceleratorCount = 2;
        const QJsonObject o = p.toUserOptions();
        QCOMPARE(o.value("gpu").toString(), QStringLiteral("gpu:a100-1g.10gb:2"));
        QCOMPARE(o.value("cpu").toInt(), 4);
        QCOMPARE(SessionProfile::fromUserOptions(o), p);
        p.acceleratorModel.clear();
        p.acceleratorCount = 0;
        QCOMPARE(p.toUserOptions().value("gpu").toString(), QStringLiteral("none"));
        QVERIFY(p.validate().isEmpty());
        p.cpu = 5;
        QVERIFY(p.validate().contains("5"));
    }

    void parseGpu()
    {
        QCOMPARE(SessionProfile::parseGpu("t4:1")->first, QStringLiteral("t4"));
        QCOMPARE(SessionProfile::parseGpu("gpu:a30:2")->second, 2);
        QCOMPARE(SessionProfile::parseGpu("t4")->second, 1);
        QVERIFY(SessionProfile::parseGpu("none")->first.isEmpty());
        QVERIFY(!SessionProfile::parseGpu("t4:x"));
        QVERIFY(!SessionProfile::parseGpu("t4:0"));
    }

    void serversOf3and5()
    {
        const QByteArray v3 = R"({"name":"x","servers":{
            "":{"name":"","ready":true,"pending":null,"url":"/user/x/",
                "started":"2026-12-01T10:00:00.123456Z","last_activity":"2026-12-01T10:30:00Z",
                "user_options":{"img":"i","cpu":2,"mem":"4G","gpu":"gpu:t4:1"}},
            "b":{"name":"b","ready":false,"pending":"spawn","url":"/user/x/b/",
                 "started":null,"last_activity":null,"user_options":{}},
            "c":{"name":"c","ready":false,"pending":null,"stopped":true,"url":"/user/x/c/"}}})";
        const auto s =
            parseServers(QJsonDocument::fromJson(v3).object(), QUrl("https://hub.example/"), 3);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).state, HubServer::State::Running);
        QCOMPARE(s.at(0).url, QUrl("https://hub.example/user/x/"));
        QCOMPARE(s.at(0).started, QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(s.at(0).lastActivity, QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC));
        QCOMPARE(s.at(0).profile.acceleratorModel, QStringLiteral("t4"));
        QCOMPARE(s.at(1).state, HubServer::State::Starting);
        QCOMPARE(s.at(2).state, HubServer::State::Stopped);
        // 5.x: full_url wins (a hub with public_url set).
        const QByteArray v5 = R"({"servers":{"":{"name":"","ready":true,"url":"/user/x/",
            "full_url":"https://public.example/user/x/"}}})";
        const auto s5 =
            parseServers(QJsonDocument::fromJson(v5).object(), QUrl("https://hub.example/"), 5);
        QCOMPARE(s5.at(0).url, QUrl("https://public.example/user/x/"));
    }

    void refusalsInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("named off")
            << 400 << QByteArray(R"({"message":"Named servers are not enabled."})")
            << "does not allow named sessions";
        QTest::newRow("limit")
            << 400
            << QByteArray(
                   R"({"message":"User x already has the maximum of 5 named servers.  One must be deleted before a new server can be created"})")
            << "most sessions the platform allows (5)";
        QTest::newRow("pending") << 400 << QByteArray(R"({"message":"x:b is pending stop"})")
                                 << "still stopping";
        QTest::newRow("too many") << 429 << QByteArray(R"({"message":"Too many users"})")
                                  << "Too many sessions are starting";
    }

    void refusalsInWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        HttpResponse r;
        r.status = status;
        r.body = body;
        const Error e = HubClient::hubError(r, "start the session");
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
    }

    void spawnFailures()
    {
        const Error taken =
            HubClient::spawnError("Spawn failed: 2x NVIDIA A30 is taken: 0 of 1 free now");
        QCOMPARE(taken.kind, Error::Kind::Conflict);
        QVERIFY(taken.message.startsWith("This profile needs a GPU that is taken"));
        QVERIFY(taken.message.contains("0 of 1 free now"));
        const Error tornado = HubClient::spawnError(
            "Spawn failed: HTTP 400: Bad Request (unknown image 'x': the platform offers y)");
        QCOMPARE(tornado.message,
                 QStringLiteral("The session could not start: unknown image 'x': the platform "
                                "offers y"));
    }

    void openUrl()
    {
        const QUrl u = HubClient::openUrl(QUrl("https://hub/user/x/lab"), "tok");
        QCOMPARE(u.path(), QStringLiteral("/user/x/lab/"));
        QCOMPARE(u.query(), QStringLiteral("token=tok"));
    }
};

QTEST_GUILESS_MAIN(TstHubClient)
#include "tst_hubclient.moc"
