// The login dialog's states (offscreen), driven by a real Session against a fake IAM.
#include "auth/session.h"
#include "auth/tokenstore.h"
#include "fakeiam.h"
#include "login/logindialog.h"
#include "login/qrcode.h"
#include "login/sessionnotices.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace plancia;
using test::FakeIam;

namespace {

Profile profileFor(const FakeIam &iam)
{
    Profile p;
    p.name = QStringLiteral("sandbox");
    p.displayName = QStringLiteral("AI_INFN (sandbox)");
    p.iam.issuer = iam.issuer();
    p.iam.clientId = QStringLiteral("plancia");
    return p;
}

struct Fixture
{
    FakeIam iam;
    MemoryTokenStore store;
    std::unique_ptr<Session> session;
    bool approve = false;
    QByteArray verdict; // a terminal error for the next poll

    bool start()
    {
        if (!iam.start())
            return false;
        iam.devicePoll = [this](int) -> QPair<int, QByteArray> {
            if (!verdict.isEmpty())
                return {400, verdict};
            if (approve)
                return {200, {}};
            return {400, JSON({"error" : "authorization_pending"})};
        };
        Session::Options o;
        o.store = &store;
        o.deviceFlowIntervalSeconds = 1;
        session = std::make_unique<Session>(profileFor(iam), o);
        return true;
    }
};

} // namespace

class TstLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("PLANCIA_NO_BROWSER", "1");
    }

    void showsCodeLinkQrAndCountdownThenAccepts()
    {
        Fixture f;
        QVERIFY(f.start());
        ui::LoginDialog dialog(f.session.get());
        dialog.show();
        dialog.start();
        QCOMPARE(dialog.state(), DeviceFlowJob::State::RequestingCode);
        QCOMPARE(dialog.statusText(),
                 DeviceFlowJob::stateText(DeviceFlowJob::State::RequestingCode));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isCodeVisible(), 10000);
        QCOMPARE(dialog.state(), DeviceFlowJob::State::WaitingForApproval);
        QCOMPARE(dialog.userCode(), QStringLiteral("ABCD-EFGH"));
        QCOMPARE(dialog.link().toString(), f.iam.url(QStringLiteral("device?user_code=ABCD-EFGH")));
        QCOMPARE(dialog.statusText(),
                 DeviceFlowJob::stateText(DeviceFlowJob::State::WaitingForApproval));
        QVERIFY2(
            dialog.countdownText().startsWith(QLatin1String("Code expires in 9:") + QString()) ||
                dialog.countdownText() == QLatin1String("Code expires in 10:00"),
            qPrintable(dialog.countdownText()));
        QVERIFY(!dialog.canRetry());
        if (ui::qrCodeAvailable()) {
            QVERIFY(!dialog.qrImage().isNull());
            QCOMPARE(dialog.qrImage().width(), dialog.qrImage().height());
        }
        // The code label is selectable, the Copy button copies it.
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("userCode"));
        QVERIFY(code);
        QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
        auto *copy = dialog.findChild<QToolButton *>(QStringLiteral("copyCode"));
        QVERIFY(copy && copy->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("ABCD-EFGH"));
        // The link opens the browser.
        QSignalSpy opened(&dialog, &ui::LoginDialog::linkOpened);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openBrowser")),
                          Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toUrl(), dialog.link());
        // Approval closes the dialog with Accepted once the Session is logged in.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        f.approve = true;
        QVERIFY(accepted.wait(10000));
        QCOMPARE(f.session->state(), Session::State::LoggedIn);
        QCOMPARE(dialog.state(), DeviceFlowJob::State::Approved);
    }

    void terminalStatesOfferARetry_data()
    {
        QTest::addColumn<QByteArray>("verdict");
        QTest::addColumn<DeviceFlowJob::State>("state");
        QTest::newRow("denied") << QByteArray(JSON({"error" : "access_denied"}))
                                << DeviceFlowJob::State::Denied;
        QTest::newRow("expired") << QByteArray(JSON({"error" : "expired_token"}))
                                 << DeviceFlowJob::State::Expired;
        QTest::newRow("failed")
            << QByteArray(
                   JSON({"error" : "invalid_client", "error_description" : "unknown client"}))
            << DeviceFlowJob::State::Failed;
    }
    void terminalStatesOfferARetry()
    {
        QFETCH(QByteArray, verdict);
        QFETCH(DeviceFlowJob::State, state);
        Fixture f;
        QVERIFY(f.start());
        f.verdict = verdict;
        ui::LoginDialog dialog(f.session.get());
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), state, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.canRetry(), 5000);
        if (state == DeviceFlowJob::State::Failed)
            QCOMPARE(dialog.statusText(),
                     QStringLiteral("The identity provider refused the login: unknown client"));
        else
            QCOMPARE(dialog.statusText(), DeviceFlowJob::stateText(state));
        QVERIFY(dialog.countdownText().isEmpty());
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->text(),
                 QStringLiteral("Close"));
        QVERIFY(!dialog.findChild<QToolButton *>(QStringLiteral("copyCode"))->isEnabled());
        // "Get a new code" starts over.
        f.verdict.clear();
        const int before = f.iam.server.requestCount();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("retry")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DeviceFlowJob::State::WaitingForApproval, 10000);
        QVERIFY(f.iam.server.requestCount() > before);
        QVERIFY(!dialog.canRetry());
    }

    void cancelStopsTheLogin()
    {
        Fixture f;
        QVERIFY(f.start());
        ui::LoginDialog dialog(f.session.get());
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isCodeVisible(), 10000);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancel")),
                          Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), Session::State::LoggedOut, 5000);
        const int polls = f.iam.polls;
        QTest::qWait(2500); // no poll may follow a cancel: give one interval (1 s) twice the time
        QCOMPARE(f.iam.polls, polls);
    }

    void expiryWarningWording()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        QVERIFY(ui::SessionNotices::expiryWarningText(now.addDays(3), now)
                    .startsWith(QLatin1String("Your login expires in 3 day(s)")));
        QVERIFY(ui::SessionNotices::expiryWarningText(now.addSecs(3600), now)
                    .startsWith(QLatin1String("Your login expires today")));
    }

    // Not a test: holds the dialog on screen for docs/screenshots/capture-login.sh.
    void pose()
    {
        const int holdMs = qEnvironmentVariableIntValue("PLANCIA_POSE_MS");
        if (holdMs <= 0)
            QSKIP("only for docs/screenshots/capture-login.sh");
        Fixture f;
        QVERIFY(f.start());
        ui::LoginDialog dialog(f.session.get());
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isCodeVisible(), 10000);
        QTest::qWait(holdMs);
    }
};

QTEST_MAIN(TstLoginDialog)
#include "tst_logindialog.moc"
