// The device flow against the sandbox's real IAM (oidc-provider): approval, denial, expiry.
#include "auth/tokenstore.h"
#include "authsandbox.h"

#include <QSignalSpy>

using namespace plancia;

namespace {

// Follows one device login: its last reported state and its one result.
struct LoginRecorder
{
    explicit LoginRecorder(DeviceFlowJob *j)
        : job(j)
    {
        QObject::connect(job, &DeviceFlowJob::statusChanged, job,
                         [this](DeviceFlowJob::State s, int) { last = s; });
        QObject::connect(job, &DeviceFlowJob::finished, job,
                         [this](const Result<TokenResponse> &r) { result.emplace(r); });
    }

    DeviceFlowJob *job;
    DeviceFlowJob::State last = DeviceFlowJob::State::RequestingCode;
    std::optional<Result<TokenResponse>> result;
};

} // namespace

class TstAuthDeviceFlow : public QObject
{
    Q_OBJECT

    Profile m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto p = test::sandboxProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        m_profile = p.value();
    }

    void fullDeviceFlow()
    {
        MemoryTokenStore store;
        Session::Options o;
        o.store = &store;
        Session session(m_profile, o);
        QList<DeviceFlowJob::State> states;
        auto *job = session.startDeviceLogin();
        connect(job, &DeviceFlowJob::statusChanged, this, [&](DeviceFlowJob::State s, int) {
            if (states.isEmpty() || states.last() != s)
                states << s;
        });
        QUrl link;
        connect(job, &DeviceFlowJob::codeReceived, this,
                [&](const QString &, const QUrl &l) { link = l; });
        const QString code = test::waitForUserCode(job);
        QVERIFY(!code.isEmpty());
        QCOMPARE(job->intervalSeconds(), 5); // IAM sends no interval
        QVERIFY(link.toString().startsWith(m_profile.iam.issuer.toString()));
        QVERIFY(link.toString().contains(QLatin1String("user_code=")));
        QCOMPARE(test::iamTestRoute(m_profile, QStringLiteral("approve"),
                                    {{QStringLiteral("user_code"), code},
                                     {QStringLiteral("username"), QStringLiteral("dferri")}}),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::LoggedIn, 30000);
        QCOMPARE(states, (QList<DeviceFlowJob::State>{DeviceFlowJob::State::RequestingCode,
                                                      DeviceFlowJob::State::WaitingForApproval,
                                                      DeviceFlowJob::State::Approved}));
        QCOMPARE(session.user().username, QStringLiteral("dferri"));
        QVERIFY(!session.user().displayName.isEmpty());
        QVERIFY(session.user().groups.contains(QStringLiteral("ml-infn")));
        QVERIFY(session.user().hasRole(Role::Admin));
        QVERIFY(session.user().hasRole(Role::Support));
        QVERIFY(session.user().hasRole(Role::Researcher));
        QVERIFY(!session.user().hasRole(Role::Tutor));
        QVERIFY(session.accessTokenExpiry() > QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(store.writeCount(), 1, 5000);
    }

    void tutorGetsTutorRole()
    {
        MemoryTokenStore store;
        Session::Options o;
        o.store = &store;
        Session session(m_profile, o);
        QVERIFY(test::scriptedLogin(session, QStringLiteral("cgallo")));
        QVERIFY(session.user().hasRole(Role::Tutor));
        QVERIFY(!session.user().hasRole(Role::Admin));
    }

    void deniedCodeSaysDenied()
    {
        MemoryTokenStore store;
        Session::Options o;
        o.store = &store;
        Session session(m_profile, o);
        LoginRecorder login(session.startDeviceLogin());
        const QString code = test::waitForUserCode(login.job);
        QVERIFY(!code.isEmpty());
        const auto &result = login.result;
        const auto &last = login.last;
        QCOMPARE(test::iamTestRoute(m_profile, QStringLiteral("deny"),
                                    {{QStringLiteral("user_code"), code}}),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(last, DeviceFlowJob::State::Denied);
        QCOMPARE(result->error().message, DeviceFlowJob::stateText(DeviceFlowJob::State::Denied));
        QCOMPARE(session.state(), Session::State::LoggedOut);
        QCOMPARE(store.writeCount(), 0);
    }

    void expiredCodeSaysExpired()
    {
        // The auth sandbox issues codes that live 20 s.
        MemoryTokenStore store;
        Session::Options o;
        o.store = &store;
        Session session(m_profile, o);
        LoginRecorder login(session.startDeviceLogin());
        const QString code = test::waitForUserCode(login.job);
        QVERIFY(!code.isEmpty());
        const auto &result = login.result;
        const auto &last = login.last;
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 45000);
        QVERIFY(!result->ok());
        QCOMPARE(last, DeviceFlowJob::State::Expired);
        QCOMPARE(result->error().message, DeviceFlowJob::stateText(DeviceFlowJob::State::Expired));
        // A code approved after it expired is refused by the IAM too.
        QCOMPARE(test::iamTestRoute(m_profile, QStringLiteral("approve"),
                                    {{QStringLiteral("user_code"), code},
                                     {QStringLiteral("username"), QStringLiteral("mrossi")}}),
                 410);
    }
};

QTEST_GUILESS_MAIN(TstAuthDeviceFlow)
#include "tst_auth_deviceflow.moc"
