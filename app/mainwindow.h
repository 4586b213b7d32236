#pragma once

#include "auth/session.h"
#include "common/pageid.h"
#include "config/profile.h"
#include "platform/platform.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace plancia {
class ProfileStore;
}

namespace plancia::ui {
class LanguageManager;
class LoginStatus;
class NavSidebar;
class OverviewPage;
class Page;
class ProfileListModel;
class ProfileSwitcher;
class SettingsPage;
} // namespace plancia::ui

namespace plancia {

// The app's one window: sidebar, pages, menus, and a status bar with the active platform
// profile and who is logged in. It is handed the active profile's Platform; it never creates
// one itself (app/main.cpp does, one per active profile) and never starts a login: it emits
// loginRequested() / logoutRequested() for whoever owns the login dialog.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, ui::LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The Platform of the active profile (not owned; may be nullptr), handed on to every page.
    // Its session's state and user drive the status bar, the pages' connected state and which
    // role pages are shown.
    void setPlatform(Platform *platform);
    Platform *platform() const { return m_platform; }
    Session *session() const { return m_platform ? m_platform->session() : nullptr; }
    // What setPlatform() derives from the session; public so the shell can be shown without one.
    void setLoginState(Session::State state, const UserInfo &user = {});

    // Makes a profile of the store active (saved for the next start). False if unknown.
    bool setActiveProfile(const QString &name);
    std::optional<Profile> activeProfile() const { return m_activeProfile; }
    // The profile used last time, else the first one known.
    void restoreActiveProfile();

    // False when the page is hidden for the current roles; asked before the login completes,
    // a role page is shown once it does, if the user has the role.
    bool showPage(ui::PageId page);
    ui::PageId currentPage() const;
    bool isPageAvailable(ui::PageId page) const;
    ui::Page *page(ui::PageId page) const { return m_pages.value(page); }
    ui::NavSidebar *sidebar() const { return m_sidebar; }
    ui::ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    ui::LoginStatus *loginStatus() const { return m_loginStatus; }
    ui::SettingsPage *settingsPage() const;
    ui::OverviewPage *overviewPage() const;
    QAction *pageAction(ui::PageId page) const { return m_pageActions.value(page); }

    // Geometry, dock/toolbar state and the last page (QSettings, group "window").
    void restoreWindowState();
    void saveWindowState() const;

public Q_SLOTS:
    void showAbout();

Q_SIGNALS:
    void loginRequested();
    void logoutRequested();
    void activeProfileChanged(const plancia::Profile &profile);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void updateFromSession();
    void applyRoles();
    void onPageSelected(ui::PageId page);
    void updateTitle();
    QString pageMenuText(ui::PageId page) const;

    ProfileStore *m_profiles;
    ui::LanguageManager *m_languages;
    ui::ProfileListModel *m_profileModel;
    QPointer<Platform> m_platform;
    Session::State m_loginState = Session::State::LoggedOut;
    UserInfo m_user;
    // A role page asked for before the roles are known (the last page at start, --page): shown
    // once the login completes and the user has the role; dropped on any other page change.
    std::optional<ui::PageId> m_pendingPage;
    std::optional<Profile> m_activeProfile;

    ui::NavSidebar *m_sidebar;
    QStackedWidget *m_stack;
    QMap<ui::PageId, ui::Page *> m_pages;
    QMap<ui::PageId, QAction *> m_pageActions;
    ui::ProfileSwitcher *m_switcher = nullptr;
    QLabel *m_platformLabel = nullptr;
    ui::LoginStatus *m_loginStatus = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_focusSidebarAction = nullptr;
};

} // namespace plancia
