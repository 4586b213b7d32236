#include "mainwindow.h"

#include "common/aboutdialog.h"
#include "common/errorpresenter.h"
#include "common/languagemanager.h"
#include "common/loginstatus.h"
#include "common/navsidebar.h"
#include "common/notifier.h"
#include "common/profilelistmodel.h"
#include "common/profileswitcher.h"
#include "common/theme.h"
#include "config/profilestore.h"
#include "jobs/jobspage.h"
#include "overview/overviewpage.h"
#include "sessions/sessionspage.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "storage/storagepage.h"
#include "support/supportpage.h"
#include "tutor/tutorpage.h"
#include "usage/usagepage.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

namespace plancia {

using ui::PageId;

namespace {
const auto kGeometry = QStringLiteral("window/geometry");
const auto kState = QStringLiteral("window/state");
const auto kPage = QStringLiteral("window/page");
const auto kProfile = QStringLiteral("profile/current");
const auto kProfileFile = QStringLiteral("profile/currentFile");
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, ui::LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_languages(languages)
    , m_profileModel(new ui::ProfileListModel(profiles, this))
    , m_sidebar(new ui::NavSidebar(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Desktop notifications of every page (sessions ready or culled, jobs ended).
    new ui::Notifier(this);
    createPages();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    createActions();
    createMenus();
    createStatusBar();
    connect(m_sidebar, &ui::NavSidebar::pageSelected, this, [this](PageId page) {
        m_pendingPage.reset();
        onPageSelected(page);
    });
    m_sidebar->setCurrentPage(PageId::Overview);
    m_sidebar->list()->setFocus();
    setMinimumSize(760, 520);
    resize(1120, 720);
    retranslate();
    updateFromSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto *settings = new ui::SettingsPage(m_profiles, m_profileModel, m_languages);
    const QList<ui::Page *> pages{new ui::OverviewPage, new ui::UsagePage, new ui::StoragePage,
                                  new ui::SessionsPage, new ui::JobsPage,  new ui::SupportPage,
                                  new ui::TutorPage,    settings};
    for (ui::Page *p : pages) {
        m_pages.insert(p->id(), p);
        m_stack->addWidget(p);
        m_sidebar->addPage(p->id(), p->title());
        connect(p, &ui::Page::loginRequested, this, &MainWindow::loginRequested);
    }
}

ui::SettingsPage *MainWindow::settingsPage() const
{
    return static_cast<ui::SettingsPage *>(m_pages.value(PageId::Settings));
}

ui::OverviewPage *MainWindow::overviewPage() const
{
    return static_cast<ui::OverviewPage *>(m_pages.value(PageId::Overview));
}

void MainWindow::createStatusBar()
{
    m_platformLabel = new QLabel(this);
    m_switcher = new ui::ProfileSwitcher(m_profileModel, this);
    m_platformLabel->setBuddy(m_switcher);
    m_loginStatus = new ui::LoginStatus(this);
    auto *left = new QWidget(this);
    auto *h = new QHBoxLayout(left);
    h->setContentsMargins(8, 0, 8, 0);
    h->addWidget(m_platformLabel);
    h->addWidget(m_switcher);
    statusBar()->addWidget(left);
    statusBar()->addPermanentWidget(m_loginStatus);
    statusBar()->setSizeGripEnabled(true);
    statusBar()->setStyleSheet(ui::theme::statusBarStyleSheet());
    connect(m_switcher, &ui::ProfileSwitcher::profileChosen, this, &MainWindow::setActiveProfile);
    connect(m_loginStatus, &ui::LoginStatus::loginClicked, this, &MainWindow::loginRequested);
    connect(m_loginStatus, &ui::LoginStatus::logoutClicked, this, &MainWindow::logoutRequested);
}

void MainWindow::setPlatform(Platform *platform)
{
    if (m_platform) {
        disconnect(m_platform, nullptr, this, nullptr);
        disconnect(m_platform->session(), nullptr, this, nullptr);
    }
    m_platform = platform;
    for (ui::Page *p : std::as_const(m_pages))
        p->setPlatform(platform);
    // A profile whose CA file cannot be read still opens (the system CAs may do), but the
    // person is told why connections may fail.
    if (platform && !platform->configurationProblems().isEmpty()) {
        ui::ErrorPresenter::showInline(
            m_pages.value(PageId::Overview)->errorBanner(),
            Error::make(Error::Kind::Config, platform->configurationProblems().join(u'\n')));
    }
    if (platform) {
        Session *session = platform->session();
        connect(platform, &QObject::destroyed, this, &MainWindow::updateFromSession,
                Qt::QueuedConnection);
        connect(session, &Session::stateChanged, this, &MainWindow::updateFromSession);
        connect(session, &Session::userChanged, this, &MainWindow::updateFromSession);
        connect(session, &Session::refreshExpiryWarning, this, [this](const QDateTime &expiry) {
            statusBar()->showMessage(tr("Your login expires on %1. Log in again before then "
                                        "to keep working.")
                                         .arg(QLocale().toString(expiry, QLocale::ShortFormat)));
        });
    }
    updateFromSession();
}

void MainWindow::updateFromSession()
{
    if (Session *s = session())
        setLoginState(s->state(), s->user());
    else
        setLoginState(Session::State::LoggedOut);
}

void MainWindow::setLoginState(Session::State state, const UserInfo &user)
{
    m_loginState = state;
    m_user = state == Session::State::LoggedIn ? user : UserInfo{};
    const bool in = state == Session::State::LoggedIn;
    m_loginStatus->setCanLogIn(m_platform != nullptr);
    m_loginStatus->setState(state, m_user);
    m_loginAction->setEnabled(!in && state != Session::State::LoggingIn && m_activeProfile);
    m_logoutAction->setEnabled(in);
    for (ui::Page *p : std::as_const(m_pages))
        p->setConnected(in);
    applyRoles();
}

bool MainWindow::isPageAvailable(PageId page) const
{
    const bool admin = m_user.hasRole(Role::Admin);
    switch (page) {
    case PageId::Support:
        return m_user.hasRole(Role::Support) || admin;
    case PageId::Tutor:
        return m_user.hasRole(Role::Tutor) || admin;
    default:
        return true;
    }
}

void MainWindow::applyRoles()
{
    for (PageId page : ui::allPages()) {
        const bool available = isPageAvailable(page);
        m_sidebar->setPageVisible(page, available);
        m_pageActions.value(page)->setVisible(available);
        m_pageActions.value(page)->setEnabled(available);
    }
    if (m_pendingPage && m_loginState == Session::State::LoggedIn) {
        const PageId pending = *std::exchange(m_pendingPage, std::nullopt);
        if (showPage(pending))
            return;
    }
    if (!isPageAvailable(currentPage()))
        showPage(PageId::Overview);
}

bool MainWindow::showPage(PageId page)
{
    if (!isPageAvailable(page)) {
        if (m_loginState != Session::State::LoggedIn)
            m_pendingPage = page;
        return false;
    }
    m_pendingPage.reset();
    m_sidebar->setCurrentPage(page);
    onPageSelected(page);
    return true;
}

void MainWindow::onPageSelected(PageId page)
{
    m_stack->setCurrentWidget(m_pages.value(page));
    m_pageActions.value(page)->setChecked(true);
    updateTitle();
}

PageId MainWindow::currentPage() const
{
    auto *p = qobject_cast<ui::Page *>(m_stack->currentWidget());
    return p ? p->id() : PageId::Overview;
}

bool MainWindow::setActiveProfile(const QString &name)
{
    const auto profile = m_profiles->find(name);
    if (!profile)
        return false;
    m_activeProfile = profile;
    m_switcher->setCurrentProfile(profile->name);
    overviewPage()->setProfile(profile);
    QSettings settings;
    settings.setValue(kProfile, profile->name);
    settings.setValue(kProfileFile, QFileInfo(profile->sourcePath).absoluteFilePath());
    updateTitle();
    updateFromSession();
    Q_EMIT activeProfileChanged(*profile);
    return true;
}

void MainWindow::restoreActiveProfile()
{
    QSettings settings;
    const QString name = settings.value(kProfile).toString();
    const QString file = settings.value(kProfileFile).toString();
    // A profile given once with --profile FILE lives outside the profiles folder.
    if (!name.isEmpty() && !m_profiles->find(name) && QFileInfo::exists(file))
        (void)m_profiles->addFile(file);
    if (setActiveProfile(name))
        return;
    const auto all = m_profiles->profiles();
    if (!all.isEmpty())
        setActiveProfile(all.first().name);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    restoreState(settings.value(kState).toByteArray());
    if (const auto page = ui::pageFromKey(settings.value(kPage).toString()))
        showPage(*page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPage, ui::pageKey(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    auto *dialog = findChild<ui::AboutDialog *>();
    if (!dialog) {
        dialog = new ui::AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
}

void MainWindow::updateTitle()
{
    const ui::Page *p = m_pages.value(currentPage());
    QString title = p ? p->title() : QString();
    if (m_activeProfile) {
        const QString platform = m_activeProfile->displayName.isEmpty()
                                     ? m_activeProfile->name
                                     : m_activeProfile->displayName;
        title = tr("%1 — %2").arg(title, platform);
    }
    setWindowTitle(title);
}

} // namespace plancia
