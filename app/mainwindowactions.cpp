// MainWindow's actions, menus and strings (split from mainwindow.cpp to keep both short).
#include "mainwindow.h"

#include "common/navsidebar.h"
#include "common/page.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "support/supportpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>

namespace plancia {

using ui::PageId;

void MainWindow::createActions()
{
    auto *group = new QActionGroup(this);
    int n = 1;
    for (PageId page : ui::allPages()) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        action->setObjectName(QStringLiteral("show_") + ui::pageKey(page));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        group->addAction(action);
        m_pageActions.insert(page, action);
    }
    m_focusSidebarAction = new QAction(this);
    m_focusSidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_focusSidebarAction, &QAction::triggered, this,
            [this] { m_sidebar->list()->setFocus(Qt::ShortcutFocusReason); });

    m_loginAction = new QAction(this);
    m_loginAction->setObjectName(QStringLiteral("login"));
    connect(m_loginAction, &QAction::triggered, this, &MainWindow::loginRequested);
    m_logoutAction = new QAction(this);
    m_logoutAction->setObjectName(QStringLiteral("logout"));
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, [this] {
        showPage(PageId::Settings);
        const QString path = QFileDialog::getOpenFileName(
            this, m_importAction->text().remove(QLatin1Char('&')).remove(QChar(0x2026)), {},
            tr("Platform profiles (*.json);;All files (*)"));
        if (!path.isEmpty())
            settingsPage()->profileSettings()->importFile(path);
    });
    // A case file someone attached to a ticket, read-only: for anyone, logged in or not (the
    // Support page has the same action for its staff).
    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(QStringLiteral("openCaseFile"));
    connect(m_openCaseAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, m_openCaseAction->text().remove(QLatin1Char('&')).remove(QChar(0x2026)), {},
            tr("Plancia case files (*.json);;All files (*)"));
        if (!path.isEmpty())
            ui::SupportPage::openCaseFile(this, path);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_loginAction);
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_openCaseAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (PageId page : ui::allPages())
        m_viewMenu->addAction(m_pageActions.value(page));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusSidebarAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

QString MainWindow::pageMenuText(PageId page) const
{
    // Menu entries carry mnemonics, unique within the View menu; page titles have none.
    switch (page) {
    case PageId::Overview:
        return tr("&Overview");
    case PageId::Usage:
        return tr("Us&age");
    case PageId::Storage:
        return tr("S&torage");
    case PageId::Sessions:
        return tr("&Sessions");
    case PageId::Jobs:
        return tr("&Jobs");
    case PageId::Support:
        return tr("Su&pport");
    case PageId::Tutor:
        return tr("T&utor");
    case PageId::Settings:
        return tr("S&ettings");
    }
    return {};
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_loginAction->setText(tr("&Log in…"));
    m_logoutAction->setText(tr("Log &out"));
    m_importAction->setText(tr("&Import platform profile…"));
    m_openCaseAction->setText(tr("Open &case file…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Plancia"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_focusSidebarAction->setText(tr("Go to &sidebar"));
    for (PageId page : ui::allPages()) {
        const QString title = m_pages.value(page)->title();
        m_sidebar->setPageTitle(page, title);
        m_pageActions.value(page)->setText(pageMenuText(page));
        m_sidebar->list()->item(int(page))->setToolTip(tr("%1 (%2)").arg(
            title, m_pageActions.value(page)->shortcut().toString(QKeySequence::NativeText)));
    }
    m_platformLabel->setText(tr("&Platform:"));
    updateTitle();
}

} // namespace plancia
