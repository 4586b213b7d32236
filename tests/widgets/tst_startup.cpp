#include "common/errorbanner.h"
#include "common/languagemanager.h"
#include "common/profileswitcher.h"
#include "config/profilestore.h"
#include "mainwindow.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "shelltestfixture.h"
#include "startup.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace plancia;
using ui::PageId;

// The command line applied to a new window: --profile FILE|NAME, --page, and the fallbacks.
class TstStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_elsewhere;
    ProfileStore *m_store = nullptr;
    ui::LanguageManager *m_languages = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        test::initShellTest();
        test::writeProfiles(m_dir);
        test::writeFile(m_elsewhere.filePath(QStringLiteral("outside.json")),
                        test::profileJson("outside", "Outside Profile"));
        m_store = new ProfileStore(this);
        m_store->setDirectory(m_dir.path());
        m_languages = new ui::LanguageManager(this);
        m_languages->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        m_store->reload();
    }

    void noOptionsUsesFirstProfileAndOverview()
    {
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {}));
        QCOMPARE(w.activeProfile()->name, QStringLiteral("alpha"));
        QCOMPARE(w.currentPage(), PageId::Overview);
    }

    void profileByNameAndPage()
    {
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {QStringLiteral("beta"), QStringLiteral("jobs")}));
        QCOMPARE(w.activeProfile()->name, QStringLiteral("beta"));
        QCOMPARE(w.currentPage(), PageId::Jobs);
    }

    // A profile opened from a file joins the folder's profiles in the switcher, marked as from a
    // file; switching away and back works; the next start opens it again.
    void profileByFileIsListedAndRemembered()
    {
        const QString file = m_elsewhere.filePath(QStringLiteral("outside.json"));
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {file, {}}));
            QCOMPARE(w.activeProfile()->name, QStringLiteral("outside"));
            ui::ProfileSwitcher *switcher = w.profileSwitcher();
            QCOMPARE(switcher->count(), 3);
            QCOMPARE(switcher->itemText(0), QStringLiteral("Alpha Platform"));
            QCOMPARE(switcher->itemText(1), QStringLiteral("Beta Cluster"));
            QCOMPARE(switcher->currentText(), QStringLiteral("Outside Profile (from a file)"));
            QSignalSpy changed(&w, &MainWindow::activeProfileChanged);
            Q_EMIT switcher->activated(0);
            QCOMPARE(w.activeProfile()->name, QStringLiteral("alpha"));
            QCOMPARE(switcher->count(), 3);
            Q_EMIT switcher->activated(switcher->findText(QStringLiteral("Outside Profile (from "
                                                                         "a file)")));
            QCOMPARE(w.activeProfile()->name, QStringLiteral("outside"));
            QCOMPARE(changed.count(), 2);
        }
        // Next start without --profile: the same file is used again.
        ProfileStore fresh;
        fresh.setDirectory(m_dir.path());
        fresh.reload();
        MainWindow next(&fresh, m_languages);
        QVERIFY(!restoreAndApply(next, fresh, {}));
        QCOMPARE(next.activeProfile()->name, QStringLiteral("outside"));
        QCOMPARE(next.profileSwitcher()->count(), 3);
    }

    // --profile names nothing usable: no platform is open (not the last one, logged in, as if it
    // were the one asked for); the window says which and why, and offers the others.
    void unknownProfileOpensNone()
    {
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {QStringLiteral("beta"), {}}));
        }
        MainWindow w(m_store, m_languages);
        QSignalSpy changed(&w, &MainWindow::activeProfileChanged);
        const auto error = restoreAndApply(w, *m_store, {QStringLiteral("nowhere"), {}});
        QVERIFY(error);
        QCOMPARE(error->kind, Error::Kind::Config);
        QVERIFY(error->message.contains(QStringLiteral("nowhere")));
        QVERIFY(error->message.contains(QStringLiteral("No platform is open")));
        QVERIFY(!w.activeProfile());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!w.windowTitle().contains(QStringLiteral("Beta")));
        ui::ProfileSwitcher *switcher = w.profileSwitcher();
        QCOMPARE(switcher->currentIndex(), -1);
        QCOMPARE(switcher->placeholderText(), QStringLiteral("No platform open"));
        const int beta = switcher->findText(QStringLiteral("Beta Cluster"));
        QVERIFY(beta >= 0);
        QVERIFY(switcher->findText(QStringLiteral("Alpha Platform")) >= 0);
        QVERIFY(switcher->isEnabled());
        // The Settings page says what failed.
        QCOMPARE(w.currentPage(), PageId::Settings);
        ui::ErrorBanner *banner = w.settingsPage()->profileSettings()->openProblem();
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->headline(), QStringLiteral("No platform is open"));
        QVERIFY(banner->message().contains(QStringLiteral("named nowhere,")));
        // Choosing one opens it and the notice goes.
        Q_EMIT switcher->activated(beta);
        QCOMPARE(w.activeProfile()->name, QStringLiteral("beta"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(banner->isHidden());
    }

    void brokenProfileFileOpensNoneAndSaysWhereInWords()
    {
        const QString file = m_elsewhere.filePath(QStringLiteral("syntax.json"));
        test::writeFile(file, "{\n  \"schema\": 1,\n  \"name\": \"x\"\n  \"iam\": {}\n}\n");
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {QStringLiteral("alpha"), {}}));
        }
        MainWindow w(m_store, m_languages);
        const auto error = restoreAndApply(w, *m_store, {file, QStringLiteral("jobs")});
        QVERIFY(error);
        QVERIFY(!w.activeProfile());
        QVERIFY2(error->message.contains(
                     QStringLiteral("syntax.json, line 4, column 3: a ',' or '}' is missing")),
                 qPrintable(error->message));
        QVERIFY(!error->message.contains(QStringLiteral("json.exception")));
        QVERIFY(error->detail.contains(QStringLiteral("json.exception")));
        // --page wins over the Settings page.
        QCOMPARE(w.currentPage(), PageId::Jobs);
        QVERIFY(w.settingsPage()->profileSettings()->openProblem()->message().contains(
            QStringLiteral("line 4, column 3")));
    }

    // The last platform came from a file: after a failed --profile it is listed, not opened.
    void lastUsedFileIsListedAfterAFailedProfile()
    {
        const QString file = m_elsewhere.filePath(QStringLiteral("outside.json"));
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {file, {}}));
        }
        ProfileStore fresh;
        fresh.setDirectory(m_dir.path());
        fresh.reload();
        MainWindow w(&fresh, m_languages);
        QVERIFY(restoreAndApply(w, fresh, {QStringLiteral("/nonexistent.json"), {}}));
        QVERIFY(!w.activeProfile());
        QCOMPARE(w.profileSwitcher()->count(), 3);
        QVERIFY(w.profileSwitcher()->findText(QStringLiteral("Outside Profile (from a file)")) >=
                0);
    }

    void hiddenPageFallsBackToOverview()
    {
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {{}, QStringLiteral("support")}));
        QCOMPARE(w.currentPage(), PageId::Overview);
    }

    // The last page (or --page) is a role page: the roles come with the silent login, after
    // the window is restored, so the page is shown once the login completes.
    void rolePageIsShownOnceLoggedIn()
    {
        UserInfo support;
        support.username = QStringLiteral("dferri");
        support.roles = {Role::Researcher, Role::Support};
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {{}, QStringLiteral("support")}));
            QCOMPARE(w.currentPage(), PageId::Overview);
            w.setLoginState(Session::State::LoggingIn);
            w.setLoginState(Session::State::LoggedIn, support);
            QCOMPARE(w.currentPage(), PageId::Support);
            w.close(); // remembers the page
        }
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {}));
            QCOMPARE(w.currentPage(), PageId::Overview);
            w.setLoginState(Session::State::LoggedIn, support);
            QCOMPARE(w.currentPage(), PageId::Support);
        }
        // Without the role: the overview, and a later login does not jump there.
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {{}, QStringLiteral("support")}));
        UserInfo researcher;
        researcher.username = QStringLiteral("mrossi");
        researcher.roles = {Role::Researcher};
        w.setLoginState(Session::State::LoggedIn, researcher);
        QCOMPARE(w.currentPage(), PageId::Overview);
        w.setLoginState(Session::State::LoggedOut);
        w.setLoginState(Session::State::LoggedIn, support);
        QCOMPARE(w.currentPage(), PageId::Overview);
    }

    // Going to another page before the login completes wins over the remembered one.
    void pageChosenBeforeLoginWins()
    {
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {{}, QStringLiteral("support")}));
        QVERIFY(w.showPage(PageId::Jobs));
        UserInfo support;
        support.roles = {Role::Support};
        w.setLoginState(Session::State::LoggedIn, support);
        QCOMPARE(w.currentPage(), PageId::Jobs);
    }

    void refreshExpiryWarningIsShown()
    {
        MainWindow w(m_store, m_languages);
        QVERIFY(!restoreAndApply(w, *m_store, {}));
        Platform platform(*w.activeProfile());
        w.setPlatform(&platform);
        Q_EMIT platform.session()->refreshExpiryWarning(QDateTime::currentDateTime().addDays(2));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Log in again")));
        w.setPlatform(nullptr);
    }
};

QTEST_MAIN(TstStartup)
#include "tst_startup.moc"
