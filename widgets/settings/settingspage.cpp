#include "settingspage.h"

#include "common/languagemanager.h"
#include "common/theme.h"
#include "config/profilestore.h"
#include "log/logging.h"
#include "profilesettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

namespace plancia::ui {

SettingsPage::SettingsPage(ProfileStore *store, ProfileListModel *profiles,
                           LanguageManager *languages, QWidget *parent)
    : Page(PageId::Settings, parent)
    , m_languages(languages)
    , m_profiles(new ProfileSettings(store, profiles))
{
    theme::makeCard(m_profiles);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(16);
    column->addWidget(buildLanguageCard());
    column->addWidget(m_profiles);
    column->addWidget(buildLogCard());
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    body()->addWidget(scroll, 1);

    connect(m_language, &QComboBox::activated, this, [this](int index) {
        m_languages->setLanguage(m_language->itemData(index).toString());
    });
    connect(m_languages, &LanguageManager::languageChanged, this, &SettingsPage::syncLanguage);
    // Load problems are messages in the language of the moment: read the files again.
    connect(m_languages, &LanguageManager::languageChanged, store, &ProfileStore::reload);
    retranslate();
}

QWidget *SettingsPage::buildLanguageCard()
{
    auto *card = new QWidget;
    theme::makeCard(card);
    m_languageHeading = new QLabel(card);
    m_languageLabel = new QLabel(card);
    m_languageHint = new QLabel(card);
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageLabel->setBuddy(m_language);
    theme::makeHeading(m_languageHeading);
    theme::makeSecondary(m_languageHint);
    m_languageHint->setWordWrap(true);
    for (const auto &lang : LanguageManager::available())
        m_language->addItem(lang.nativeName, lang.code);
    auto *row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language);
    row->addStretch();
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_languageHeading);
    layout->addLayout(row);
    layout->addWidget(m_languageHint);
    return card;
}

QWidget *SettingsPage::buildLogCard()
{
    auto *card = new QWidget;
    theme::makeCard(card);
    m_logHeading = new QLabel(card);
    m_logHint = new QLabel(card);
    m_logPath = new QLineEdit(card);
    m_openLog = new QPushButton(card);
    m_logPath->setObjectName(QStringLiteral("logPath"));
    theme::makeHeading(m_logHeading);
    theme::makeSecondary(m_logHint);
    m_logHint->setWordWrap(true);
    m_logPath->setReadOnly(true);
    m_openLog->setObjectName(QStringLiteral("openLogFolder"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_logPath, 1);
    row->addWidget(m_openLog);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_logHeading);
    layout->addWidget(m_logHint);
    layout->addLayout(row);
    connect(m_openLog, &QPushButton::clicked, this, &SettingsPage::openLogFolder);
    return card;
}

void SettingsPage::setUrlOpener(const UrlOpener &opener)
{
    m_opener = opener;
    m_profiles->setUrlOpener(opener);
}

void SettingsPage::openLogFolder()
{
    const QString dir = QFileInfo(logFilePath()).absolutePath();
    ErrorPresenter::openOrOfferCopy(this, m_opener, QUrl::fromLocalFile(dir));
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::subtitle() const
{
    return tr("Language, platform profiles and diagnostics.");
}

void SettingsPage::syncLanguage()
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_languages->language())));
}

void SettingsPage::retranslate()
{
    Page::retranslate();
    m_languageHeading->setText(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_languageHint->setText(tr("The change applies at once; it is remembered for the next "
                               "start."));
    m_logHeading->setText(tr("Diagnostics"));
    m_logHint->setText(tr("Plancia writes a log file that you can attach to a problem report. "
                          "Passwords and tokens are never written to it."));
    const QString path = logFilePath();
    m_logPath->setText(path.isEmpty() ? tr("File logging is off") : QDir::toNativeSeparators(path));
    m_openLog->setText(tr("Open log folder"));
    m_openLog->setEnabled(!path.isEmpty());
    syncLanguage();
}

} // namespace plancia::ui
