#include "profilesettings.h"

#include "common/errorbanner.h"
#include "common/errorpresenter.h"
#include "common/icons.h"
#include "common/profilelistmodel.h"
#include "common/theme.h"
#include "config/profilestore.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace plancia::ui {

ProfileSettings::ProfileSettings(ProfileStore *store, ProfileListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_openProblem(new ErrorBanner(this))
    , m_hint(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_import(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_problemsHeading(new QLabel(this))
    , m_problems(new QVBoxLayout)
{
    theme::makeHeading(m_heading);
    theme::makeSecondary(m_hint);
    m_hint->setObjectName(QStringLiteral("profilesFolder"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openProblem->setObjectName(QStringLiteral("openProblem"));
    connect(m_openProblem, &ErrorBanner::dismissed, this, [this] { m_openError.reset(); });
    m_view->setObjectName(QStringLiteral("profileList"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setMinimumHeight(110);
    m_view->setMaximumHeight(160);
    m_import->setIcon(lineIcon(QStringLiteral("import"), palette().color(QPalette::ButtonText)));
    m_openFolder->setIcon(
        lineIcon(QStringLiteral("folder"), palette().color(QPalette::ButtonText)));
    theme::makeHeading(m_problemsHeading);
    m_problemsHeading->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_openProblem);
    layout->addWidget(m_hint);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_problemsHeading);
    layout->addLayout(m_problems);

    connect(m_import, &QPushButton::clicked, this, &ProfileSettings::chooseAndImport);
    m_openFolder->setObjectName(QStringLiteral("openProfilesFolder"));
    connect(m_openFolder, &QPushButton::clicked, this, &ProfileSettings::openFolder);
    connect(store, &ProfileStore::changed, this, &ProfileSettings::showProblems);
    retranslate();
    showProblems();
}

bool ProfileSettings::importFile(const QString &path)
{
    const Status result = m_store->import(path);
    if (!result.ok()) {
        ErrorPresenter::showForAction(this, tr("Import a platform profile"), result.error());
        return false;
    }
    return true;
}

void ProfileSettings::openFolder()
{
    QDir().mkpath(m_store->directory());
    ErrorPresenter::openOrOfferCopy(this, m_opener, QUrl::fromLocalFile(m_store->directory()));
}

void ProfileSettings::showOpenProblem(const Error &error)
{
    m_openError = error;
    retranslate();
}

void ProfileSettings::clearOpenProblem()
{
    m_openError.reset();
    m_openProblem->clear();
}

QString ProfileSettings::folderText() const
{
    return tr("Each profile names the services of one platform instance. Profiles are read "
              "from the folder %1. A profile opened from a file elsewhere (plancia --profile "
              "FILE) is listed too, marked \"from a file\".")
        .arg(QDir::toNativeSeparators(m_store->directory()));
}

QStringList ProfileSettings::problemTexts() const
{
    return m_problemTexts;
}

void ProfileSettings::chooseAndImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a platform profile"), QDir::homePath(),
                                     tr("Platform profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ProfileSettings::showProblems()
{
    while (QLayoutItem *item = m_problems->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_problemTexts.clear();
    const auto problems = m_store->problems();
    for (const Error &e : problems) {
        m_problemTexts << e.message;
        auto *row = new QWidget;
        auto *icon = new QLabel(row);
        icon->setPixmap(
            linePixmap(QStringLiteral("warning"), theme::warning, 16, devicePixelRatioF()));
        auto *text = new QLabel(ErrorPresenter::wrapKeepingPaths(e.message), row);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(icon, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        m_problems->addWidget(row);
    }
    m_problemsHeading->setVisible(!problems.isEmpty());
}

void ProfileSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileSettings::retranslate()
{
    m_heading->setText(tr("Platform profiles"));
    m_hint->setText(ErrorPresenter::wrapKeepingPaths(folderText()));
    if (m_openError) {
        Error shown = *m_openError;
        shown.message += QLatin1Char('\n') +
                         tr("Choose a platform in the Platform list at the bottom of the window, "
                            "or import a profile.");
        m_openProblem->showError(tr("No platform is open"), shown);
    }
    m_import->setText(tr("&Import…"));
    m_openFolder->setText(tr("Open profiles folder"));
    m_problemsHeading->setText(tr("Files that could not be loaded"));
}

} // namespace plancia::ui
