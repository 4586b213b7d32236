#include "auth/deviceflowjob.h"
#include "fakeiam.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace plancia;
using test::FakeIam;

namespace {

struct Run
{
    QList<DeviceFlowJob::State> states;
    std::optional<Result<TokenResponse>> result;
    int finishedCount = 0;
    int intervalAfterCode = 0;
    QString userCode;
    QUrl link;
};

DeviceFlowJob *makeJob(HttpClient &client, FakeIam &iam, Run &run, std::optional<int> interval = 1)
{
    DeviceFlowJob::Options o;
    o.issuer = iam.issuer();
    o.clientId = QStringLiteral("plancia");
    o.scopes = QStringLiteral("openid offline_access");
    o.defaultIntervalSeconds = interval;
    auto *job = new DeviceFlowJob(&client, o);
    QObject::connect(job, &DeviceFlowJob::statusChanged, [&run](DeviceFlowJob::State s, int) {
        if (run.states.isEmpty() || run.states.last() != s)
            run.states << s;
    });
    QObject::connect(job, &DeviceFlowJob::codeReceived,
                     [&run, job](const QString &code, const QUrl &link) {
                         run.userCode = code;
                         run.link = link;
                         run.intervalAfterCode = job->intervalSeconds();
                     });
    QObject::connect(job, &DeviceFlowJob::finished, [&run](const Result<TokenResponse> &r) {
        ++run.finishedCount;
        run.result.emplace(r);
    });
    return job;
}

bool waitResult(Run &run, int ms = 20000)
{
    return QTest::qWaitFor([&] { return run.result.has_value(); }, ms);
}

} // namespace

class TstDeviceFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void pendingThenApproved()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.devicePoll = [](int poll) -> QPair<int, QByteArray> {
            if (poll < 3)
                return {400, JSON({"error" : "authorization_pending"})};
            return {200, {}};
        };
        HttpClient client;
        Run run;
        auto *job = makeJob(client, iam, run);
        job->start();
        QCOMPARE(run.states.size(), 0); // start() is never synchronous
        QVERIFY(waitResult(run));
        QVERIFY2(run.result->ok(),
                 run.result->ok() ? "" : qPrintable(run.result->error().toLogString()));
        QCOMPARE(run.result->value().refreshToken, iam.currentRefresh);
        QVERIFY(!run.result->value().accessToken.isEmpty());
        QCOMPARE(iam.polls, 3);
        QCOMPARE(run.userCode, QStringLiteral("ABCD-EFGH"));
        // verification_uri_complete is preferred over verification_uri
        QCOMPARE(run.link.toString(), iam.url(QStringLiteral("device?user_code=ABCD-EFGH")));
        QCOMPARE(run.states, (QList<DeviceFlowJob::State>{DeviceFlowJob::State::RequestingCode,
                                                          DeviceFlowJob::State::WaitingForApproval,
                                                          DeviceFlowJob::State::Approved}));
        // The poll is a proper RFC 8628 device code grant
        const auto requests = iam.server.requests();
        const auto poll = std::find_if(requests.begin(), requests.end(),
                                       [](const auto &r) { return r.path == "/token"; });
        QVERIFY(poll != requests.end());
        QVERIFY(poll->body.contains(
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"));
        QVERIFY(poll->body.contains("device_code=dev-code-123456"));
        QVERIFY(poll->body.contains("client_id=plancia"));
        QCoreApplication::processEvents();
        QCOMPARE(run.finishedCount, 1);
    }

    void slowDownAddsFiveSeconds()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        QList<qint64> pollTimes;
        QElapsedTimer clock;
        clock.start();
        iam.devicePoll = [&](int poll) -> QPair<int, QByteArray> {
            pollTimes << clock.elapsed();
            if (poll == 1)
                return {400, JSON({"error" : "slow_down"})};
            return {200, {}};
        };
        HttpClient client;
        Run run;
        auto *job = makeJob(client, iam, run);
        QSignalSpy status(job, &DeviceFlowJob::statusChanged);
        job->start();
        QVERIFY(QTest::qWaitFor([&] { return iam.polls == 1; }, 10000));
        QTRY_COMPARE_WITH_TIMEOUT(job->intervalSeconds(), 6, 5000);
        QVERIFY(waitResult(run));
        QVERIFY(run.result->ok());
        QCOMPARE(pollTimes.size(), 2);
        // 1 s, then 1 + 5 s
        QVERIFY2(pollTimes[1] - pollTimes[0] >= 5500,
                 qPrintable(QString::number(pollTimes[1] - pollTimes[0])));
        QCOMPARE(run.intervalAfterCode, 1);
    }

    void terminalErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<DeviceFlowJob::State>("state");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("expired_token")
            << 400 << QByteArray(JSON({"error" : "expired_token"})) << DeviceFlowJob::State::Expired
            << int(Error::Kind::Auth) << DeviceFlowJob::stateText(DeviceFlowJob::State::Expired);
        QTest::newRow("access_denied")
            << 400 << QByteArray(JSON({"error" : "access_denied"})) << DeviceFlowJob::State::Denied
            << int(Error::Kind::Auth) << DeviceFlowJob::stateText(DeviceFlowJob::State::Denied);
        QTest::newRow("invalid_grant")
            << 400
            << QByteArray(JSON({"error" : "invalid_grant", "error_description" : "code is bogus"}))
            << DeviceFlowJob::State::Failed << int(Error::Kind::Auth)
            << QStringLiteral("The identity provider refused the login: code is bogus");
        QTest::newRow("malformed JSON")
            << 400 << QByteArray("{\"error\": authorization_pen") << DeviceFlowJob::State::Failed
            << int(Error::Kind::Parse)
            << QStringLiteral("The identity provider's answer could not be understood (HTTP 400).");
        QTest::newRow("200 without a token")
            << 200 << QByteArray(JSON({"token_type" : "Bearer"})) << DeviceFlowJob::State::Failed
            << int(Error::Kind::Parse)
            << QStringLiteral("The identity provider's answer could not be understood.");
    }

    void terminalErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(DeviceFlowJob::State, state);
        QFETCH(int, kind);
        QFETCH(QString, message);
        FakeIam iam;
        QVERIFY(iam.start());
        if (status == 200) {
            iam.server.setHandler([&](const auto &req, test::TestHttpServer::Reply reply) {
                if (req.path == "/token")
                    reply.send(200, body);
                else
                    iam.handle(req, reply);
            });
        } else {
            iam.devicePoll = [&](int) -> QPair<int, QByteArray> {
                return {status, body};
            };
        }
        HttpClient client;
        Run run;
        auto *job = makeJob(client, iam, run);
        job->start();
        QVERIFY(waitResult(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.states.last(), state);
        QCOMPARE(int(run.result->error().kind), kind);
        QCOMPARE(run.result->error().message, message);
        QCOMPARE(iam.polls, status == 200 ? 0 : 1); // terminal: no second poll
    }

    void malformedDeviceCodeAnswer()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.deviceCodeAnswer = "{\"device_code\": \"x\", oops";
        HttpClient client;
        Run run;
        makeJob(client, iam, run)->start();
        QVERIFY(waitResult(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.states.last(), DeviceFlowJob::State::Failed);
        QCOMPARE(run.result->error().kind, Error::Kind::Parse);
        QVERIFY(run.result->error().message.contains(QLatin1String("could not be understood")));
        QCOMPARE(iam.polls, 0);
    }

    void intervalDefaultsToFiveAndHonoursServer()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        iam.devicePoll = [](int) -> QPair<int, QByteArray> {
            return {400, JSON({"error" : "authorization_pending"})};
        };
        HttpClient client;
        {
            Run run;
            auto *job = makeJob(client, iam, run, std::nullopt);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(!run.userCode.isEmpty(), 10000);
            QCOMPARE(run.intervalAfterCode, 5); // IAM sends no interval
            job->cancel();
            QVERIFY(waitResult(run));
            QCOMPARE(run.states.last(), DeviceFlowJob::State::Canceled);
            QCOMPARE(run.result->error().kind, Error::Kind::Canceled);
        }
        {
            QJsonObject o = QJsonDocument::fromJson(iam.deviceCodeAnswer).object();
            o.insert(QStringLiteral("interval"), 2);
            iam.deviceCodeAnswer = QJsonDocument(o).toJson();
            Run run;
            auto *job = makeJob(client, iam, run, std::nullopt);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(!run.userCode.isEmpty(), 10000);
            QCOMPARE(run.intervalAfterCode, 2);
            job->cancel();
            QVERIFY(waitResult(run));
        }
    }

    void codeExpiresLocally()
    {
        FakeIam iam;
        QVERIFY(iam.start());
        QJsonObject o = QJsonDocument::fromJson(iam.deviceCodeAnswer).object();
        o.insert(QStringLiteral("expires_in"), 2);
        iam.deviceCodeAnswer = QJsonDocument(o).toJson();
        iam.devicePoll = [](int) -> QPair<int, QByteArray> {
            return {400, JSON({"error" : "authorization_pending"})};
        };
        HttpClient client;
        Run run;
        QList<int> secondsLeft;
        auto *job = makeJob(client, iam, run);
        connect(job, &DeviceFlowJob::statusChanged, this,
                [&](DeviceFlowJob::State, int left) { secondsLeft << left; });
        job->start();
        QVERIFY(waitResult(run, 10000));
        QCOMPARE(run.states.last(), DeviceFlowJob::State::Expired);
        QVERIFY(!secondsLeft.isEmpty());
        QCOMPARE(secondsLeft.last(), 0);
        QVERIFY(std::is_sorted(secondsLeft.begin() + 1, secondsLeft.end(), std::greater<>()));
    }
};

QTEST_GUILESS_MAIN(TstDeviceFlow)
#include "tst_deviceflow.moc"
