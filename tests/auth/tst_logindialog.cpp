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
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
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
    void initTestCase() { test::initTestEnvironment(); }

    void showsCodeLinkQrAndCountdownThenAccepts()
    {
        Fixture f;
        QVERIFY(f.start());
        ui::LoginDialog dialog(f.session.get());
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
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
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openBrowser")),
                          Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), dialog.link());
        QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("cannotOpen")));
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
        // A refused or expired code needs a new code; a failing server, another try.
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("retry"))->text(),
                 state == DeviceFlowJob::State::Failed ? QStringLiteral("Try again")
                                                       : QStringLiteral("Get a new code"));
        // The button starts over.
        f.verdict.clear();
        const int before = f.iam.server.requestCount();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("retry")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DeviceFlowJob::State::WaitingForApproval, 10000);
        QVERIFY(f.iam.server.requestCount() > before);
        QVERIFY(!dialog.canRetry());
    }

    // No browser on this computer (xdg-open: no method available): the dialog says so and
    // offers the link to copy, instead of doing nothing.
    void noBrowserOffersTheLinkToCopy()
    {
        Fixture f;
        QVERIFY(f.start());
        ui::LoginDialog dialog(f.session.get());
        int tries = 0;
        dialog.setUrlOpener([&tries](const QUrl &) {
            ++tries;
            return false;
        });
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isCodeVisible(), 10000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openBrowser")),
                          Qt::LeftButton);
        QCOMPARE(tries, 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("cannotOpen"))) &&
                    box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("No web browser could open the link."));
        QVERIFY2(box->informativeText().contains(dialog.link().toDisplayString().toHtmlEscaped()),
                 qPrintable(box->informativeText()));
        QApplication::clipboard()->clear();
        QPointer<QMessageBox> guard(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(dialog.link().toEncoded()));
        QTRY_VERIFY(!guard);
        // The login goes on.
        QCOMPARE(dialog.state(), DeviceFlowJob::State::WaitingForApproval);
    }

    // The identity provider cannot be reached: the problem is the server, not the code, so the
    // dialog offers "Try again", and shows no empty code panel nor the gaps it would leave.
    void unreachableIamSaysTryAgainAndStaysCompact()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        MemoryTokenStore store;
        Profile p;
        p.name = QStringLiteral("offline");
        p.displayName = QStringLiteral("Offline platform");
        p.iam.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
        p.iam.clientId = QStringLiteral("plancia");
        Session::Options o;
        o.store = &store;
        Session session(p, o);
        ui::LoginDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.start();
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("codePanel"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DeviceFlowJob::State::Failed, 30000);
        QTRY_VERIFY(dialog.canRetry());
        QCOMPARE(dialog.retryText(), QStringLiteral("Try again"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("retry"))->text(),
                 QStringLiteral("Try again"));
        QVERIFY(!dialog.isCodeVisible());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("codePanel"))->isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("qrCode"))->isVisible());
        QVERIFY(dialog.countdownText().isEmpty());
        QVERIFY(!dialog.statusText().isEmpty());
        // Compact: the dialog is as tall as its visible parts need, and that is not much.
        QLayout *layout = dialog.layout();
        auto needed = [&] {
            return layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog.width())
                                               : layout->totalSizeHint().height();
        };
        QTRY_VERIFY2(
            dialog.height() >= needed() && dialog.height() <= needed() + 8,
            qPrintable(
                QStringLiteral("height %1, parts need %2").arg(dialog.height()).arg(needed())));
        QVERIFY2(dialog.sizeHint().height() < 360,
                 qPrintable(QString::number(dialog.sizeHint().height())));
        QVERIFY2(dialog.sizeHint().width() < 900,
                 qPrintable(QString::number(dialog.sizeHint().width())));
        // The status sits right above the buttons, with no gap the hidden parts left behind.
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retry"));
        const int gap = retry->mapTo(&dialog, QPoint(0, 0)).y() -
                        (status->mapTo(&dialog, QPoint(0, 0)).y() + status->height());
        QVERIFY2(gap < 40, qPrintable(QString::number(gap)));
        // ... and nothing is cut off: each wrapped text has the height it needs.
        for (const char *name : {"status"}) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            const int wanted = label->heightForWidth(label->width());
            QVERIFY2(label->height() >= wanted && label->height() < wanted + 20,
                     qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                    .arg(QLatin1String(name))
                                    .arg(label->height())
                                    .arg(wanted)));
        }
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
