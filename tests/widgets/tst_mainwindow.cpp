#include "common/aboutdialog.h"
#include "common/errorbanner.h"
#include "common/languagemanager.h"
#include "common/loginstatus.h"
#include "common/navsidebar.h"
#include "common/page.h"
#include "common/placeholderview.h"
#include "common/profileswitcher.h"
#include "config/profilestore.h"
#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "shelltestfixture.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace plancia;
using ui::PageId;

namespace {

UserInfo userWith(QSet<Role> roles)
{
    UserInfo u;
    u.subject = QStringLiteral("sub-1");
    u.username = QStringLiteral("mrossi");
    u.displayName = QStringLiteral("Mario Rossi");
    u.roles = roles;
    return u;
}

QString sidebarText(MainWindow &w, PageId page)
{
    return w.sidebar()->list()->item(int(page))->text();
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileStore *m_store = nullptr;
    ui::LanguageManager *m_languages = nullptr;

    std::unique_ptr<MainWindow> makeWindow()
    {
        return std::make_unique<MainWindow>(m_store, m_languages);
    }
    void activate(MainWindow &w)
    {
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initShellTest();
        QVERIFY(m_dir.isValid());
        test::writeProfiles(m_dir);
        m_store = new ProfileStore(this);
        m_store->setDirectory(m_dir.path());
        m_store->reload();
        m_languages = new ui::LanguageManager(this);
        m_languages->setLanguage(QStringLiteral("en"));
    }

    void init() { QSettings().clear(); }

    void showsAllPages()
    {
        auto w = makeWindow();
        auto *stack = w->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->count(), 8);
        QCOMPARE(w->sidebar()->list()->count(), 8);
        const QStringList titles{QStringLiteral("Overview"), QStringLiteral("Usage"),
                                 QStringLiteral("Storage"),  QStringLiteral("Sessions"),
                                 QStringLiteral("Jobs"),     QStringLiteral("Support"),
                                 QStringLiteral("Tutor"),    QStringLiteral("Settings")};
        for (PageId page : ui::allPages()) {
            QVERIFY(w->page(page));
            QCOMPARE(w->page(page)->title(), titles.at(int(page)));
            QCOMPARE(sidebarText(*w, page), titles.at(int(page)));
        }
        // Logged out: pages without content say so and offer a login.
        auto *placeholder = w->page(PageId::Jobs)->findChild<ui::PlaceholderView *>();
        QVERIFY(placeholder);
        QCOMPARE(placeholder->heading(), QStringLiteral("Not connected"));
        QVERIFY(placeholder->text().contains(QStringLiteral("Log in")));
        QSignalSpy login(w.get(), &MainWindow::loginRequested);
        placeholder->button()->click();
        QCOMPARE(login.count(), 1);
        // Every page the user may see can be shown.
        for (PageId page : {PageId::Overview, PageId::Usage, PageId::Storage, PageId::Sessions,
                            PageId::Jobs, PageId::Settings}) {
            QVERIFY(w->showPage(page));
            QCOMPARE(stack->currentWidget(), w->page(page));
        }
    }

    void shortcutsSwitchPages()
    {
        auto w = makeWindow();
        w->setLoginState(Session::State::LoggedIn,
                         userWith({Role::Admin, Role::Support, Role::Tutor, Role::Researcher}));
        activate(*w);
        int n = 1;
        for (PageId page : ui::allPages()) {
            QTest::keyClick(w.get(), Qt::Key(Qt::Key_0 + n++), Qt::ControlModifier);
            QCOMPARE(w->currentPage(), page);
        }
        // The sidebar takes the focus and arrow keys move between pages.
        QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
        w->sidebar()->list()->setFocus();
        QTRY_VERIFY(w->sidebar()->list()->hasFocus());
        QTest::keyClick(w->sidebar()->list(), Qt::Key_Down);
        QCOMPARE(w->currentPage(), PageId::Usage);
        QTest::keyClick(w->sidebar()->list(), Qt::Key_End);
        QCOMPARE(w->currentPage(), PageId::Settings);
        // Ctrl+Q closes the window (and so quits the app).
        QTest::keyClick(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w->isVisible());
    }

    void geometryAndPagePersist()
    {
        {
            auto w = makeWindow();
            w->show();
            w->resize(931, 647);
            QVERIFY(w->showPage(PageId::Jobs));
            QTRY_COMPARE(w->size(), QSize(931, 647));
            w->close();
        }
        auto second = makeWindow();
        QCOMPARE(second->currentPage(), PageId::Overview);
        second->restoreWindowState();
        QCOMPARE(second->currentPage(), PageId::Jobs);
        second->show();
        QTRY_COMPARE(second->size(), QSize(931, 647));
        // Nothing but layout and names is kept.
        const QStringList keys = QSettings().allKeys();
        for (const QString &key : keys)
            QVERIFY2(key.startsWith(QStringLiteral("window/")) ||
                         key.startsWith(QStringLiteral("profile/")) ||
                         key.startsWith(QStringLiteral("ui/")),
                     qPrintable(key));
    }

    void profileSwitcherListsAndSwitches()
    {
        auto w = makeWindow();
        w->restoreActiveProfile();
        QVERIFY(w->activeProfile());
        QCOMPARE(w->activeProfile()->name, QStringLiteral("alpha"));
        auto *switcher = w->profileSwitcher();
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->itemText(0), QStringLiteral("Alpha Platform"));
        QCOMPARE(switcher->itemText(1), QStringLiteral("Beta Cluster"));
        QCOMPARE(switcher->currentText(), QStringLiteral("Alpha Platform"));

        QSignalSpy changed(w.get(), &MainWindow::activeProfileChanged);
        activate(*w);
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Profile>().name, QStringLiteral("beta"));
        QCOMPARE(w->activeProfile()->name, QStringLiteral("beta"));
        QCOMPARE(switcher->currentText(), QStringLiteral("Beta Cluster"));
        QVERIFY(w->windowTitle().contains(QStringLiteral("Beta Cluster")));
        QVERIFY(w->overviewPage()->platformSummary().contains(
            QStringLiteral("https://k8s.example.org:6443")));

        // Remembered for the next start.
        auto next = makeWindow();
        next->restoreActiveProfile();
        QVERIFY(next->activeProfile());
        QCOMPARE(next->activeProfile()->name, QStringLiteral("beta"));
        // The broken file is reported in Settings, naming the file.
        const QStringList problems = next->settingsPage()->profileSettings()->problemTexts();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("broken.json")),
                 qPrintable(problems.first()));
    }

    void aboutDialogOpensAndCloses()
    {
        auto w = makeWindow();
        activate(*w);
        QTest::keyClick(w.get(), Qt::Key_F1);
        ui::AboutDialog *about = nullptr;
        QTRY_VERIFY((about = w->findChild<ui::AboutDialog *>()) && about->isVisible());
        QVERIFY(about->text().contains(QStringLiteral(PLANCIA_VERSION)));
        QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about->text().contains(ui::AboutDialog::licenseId()));
        QPointer<ui::AboutDialog> guard(about);
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
    }

    void languageSwitchLoadsItalian()
    {
        auto w = makeWindow();
        w->show();
        m_languages->setLanguage(QStringLiteral("it"));
        QCOMPARE(m_languages->effectiveLanguage(), QStringLiteral("it"));
        QTRY_COMPARE(sidebarText(*w, PageId::Settings), QStringLiteral("Impostazioni"));
        QCOMPARE(sidebarText(*w, PageId::Overview), QStringLiteral("Panoramica"));
        QCOMPARE(w->page(PageId::Storage)->findChild<ui::PlaceholderView *>()->heading(),
                 QStringLiteral("Non connesso"));
        QCOMPARE(w->loginStatus()->text(), QStringLiteral("Accesso non effettuato"));
        // Core's messages are translated too.
        QCOMPARE(Error::describeHttpStatus(404),
                 QStringLiteral("L'elemento richiesto non esiste (HTTP 404)."));
        m_languages->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(sidebarText(*w, PageId::Settings), QStringLiteral("Settings"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void roleGatingHidesSupportAndTutor()
    {
        auto w = makeWindow();
        activate(*w);
        auto visible = [&](PageId p) {
            return w->sidebar()->isPageVisible(p);
        };
        // Logged out: no role pages, and their shortcuts do nothing.
        QVERIFY(!visible(PageId::Support));
        QVERIFY(!visible(PageId::Tutor));
        QVERIFY(!w->showPage(PageId::Support));
        QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), PageId::Overview);

        // Arrow keys skip the hidden pages.
        QVERIFY(w->showPage(PageId::Jobs));
        w->sidebar()->list()->setFocus();
        QTest::keyClick(w->sidebar()->list(), Qt::Key_Down);
        QCOMPARE(w->currentPage(), PageId::Settings);
        QVERIFY(w->showPage(PageId::Overview));

        w->setLoginState(Session::State::LoggedIn, userWith({Role::Researcher}));
        QVERIFY(!visible(PageId::Support));
        QVERIFY(!visible(PageId::Tutor));
        QVERIFY(w->loginStatus()->text().contains(QStringLiteral("Mario Rossi")));
        QVERIFY(w->loginStatus()->text().contains(QStringLiteral("Researcher")));
        // The Jobs page needs the profile's Kubernetes API, which this window has not got.
        QCOMPARE(w->page(PageId::Jobs)->findChild<ui::PlaceholderView *>()->heading(),
                 QStringLiteral("No Kubernetes access"));

        w->setLoginState(Session::State::LoggedIn, userWith({Role::Researcher, Role::Tutor}));
        QVERIFY(!visible(PageId::Support));
        QVERIFY(visible(PageId::Tutor));
        QTest::keyClick(w.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), PageId::Tutor);

        w->setLoginState(Session::State::LoggedIn, userWith({Role::Researcher, Role::Support}));
        QVERIFY(visible(PageId::Support));
        QVERIFY(!visible(PageId::Tutor));
        // The tutor page went away while shown: back to the overview.
        QCOMPARE(w->currentPage(), PageId::Overview);
        QVERIFY(w->showPage(PageId::Support));

        w->setLoginState(Session::State::LoggedOut);
        QVERIFY(!visible(PageId::Support));
        QCOMPARE(w->currentPage(), PageId::Overview);
        QCOMPARE(w->loginStatus()->text(), QStringLiteral("Not logged in"));
    }

    void sessionDrivesLoginState()
    {
        auto w = makeWindow();
        w->restoreActiveProfile();
        QVERIFY(w->activeProfile());
        // No platform yet: the status bar's "Log in…" has nothing to log in to.
        auto *loginButton = w->loginStatus()->findChild<QToolButton *>();
        QVERIFY(loginButton);
        QVERIFY(!loginButton->isEnabled());
        Platform platform(*w->activeProfile());
        w->setPlatform(&platform);
        QVERIFY(loginButton->isEnabled());
        // Every page is handed the active Platform.
        QCOMPARE(w->page(PageId::Overview)->platform(), &platform);
        QCOMPARE(w->page(PageId::Settings)->platform(), &platform);
        QCOMPARE(w->loginStatus()->state(), Session::State::LoggedOut);
        QVERIFY(w->findChild<QAction *>(QStringLiteral("login"))->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("logout"))->isEnabled());
        QSignalSpy login(w.get(), &MainWindow::loginRequested);
        w->findChild<QAction *>(QStringLiteral("login"))->trigger();
        QCOMPARE(login.count(), 1);
        w->setPlatform(nullptr);
        QCOMPARE(w->page(PageId::Overview)->platform(), nullptr);
    }

    // A case file attached to a ticket opens on any machine: the File menu has it without a
    // platform or a login (the Support page, for support staff only, has it too).
    void caseFileActionNeedsNoPlatform()
    {
        auto w = makeWindow();
        auto *open = w->findChild<QAction *>(QStringLiteral("openCaseFile"));
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        QVERIFY(w->menuBar()->actions().value(0)->menu()->actions().contains(open));
        QVERIFY(!open->text().isEmpty());
    }

    void unreadableCaFileIsShown()
    {
        auto w = makeWindow();
        w->restoreActiveProfile();
        QVERIFY(w->activeProfile());
        Profile p = *w->activeProfile();
        p.caFile = QStringLiteral("/nonexistent/sandbox-ca.pem");
        Platform platform(p);
        w->setPlatform(&platform);
        auto *banner = w->page(PageId::Overview)->errorBanner();
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->message().contains(p.caFile));
        w->setPlatform(nullptr);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
