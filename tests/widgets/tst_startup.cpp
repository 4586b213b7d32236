#include "common/languagemanager.h"
#include "common/profileswitcher.h"
#include "config/profilestore.h"
#include "mainwindow.h"
#include "shelltestfixture.h"
#include "startup.h"

#include <QSettings>
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

    void profileByFileIsListedAndRemembered()
    {
        const QString file = m_elsewhere.filePath(QStringLiteral("outside.json"));
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {file, {}}));
            QCOMPARE(w.activeProfile()->name, QStringLiteral("outside"));
            QCOMPARE(w.profileSwitcher()->count(), 3);
            QCOMPARE(w.profileSwitcher()->currentText(), QStringLiteral("Outside Profile"));
        }
        // Next start without --profile: the same file is used again.
        ProfileStore fresh;
        fresh.setDirectory(m_dir.path());
        fresh.reload();
        MainWindow next(&fresh, m_languages);
        QVERIFY(!restoreAndApply(next, fresh, {}));
        QCOMPARE(next.activeProfile()->name, QStringLiteral("outside"));
    }

    void unknownProfileReportsAndKeepsLastUsed()
    {
        {
            MainWindow w(m_store, m_languages);
            QVERIFY(!restoreAndApply(w, *m_store, {QStringLiteral("beta"), {}}));
        }
        MainWindow w(m_store, m_languages);
        const auto error = restoreAndApply(w, *m_store, {QStringLiteral("nowhere"), {}});
        QVERIFY(error);
        QCOMPARE(error->kind, Error::Kind::Config);
        QVERIFY(error->message.contains(QStringLiteral("nowhere")));
        QCOMPARE(w.activeProfile()->name, QStringLiteral("beta"));
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
