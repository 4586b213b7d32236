#pragma once

#include "common/errorpresenter.h"
#include "common/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plancia {
class ProfileStore;
}

namespace plancia::ui {

class LanguageManager;
class ProfileListModel;
class ProfileSettings;

// Language, platform profiles (with import and the files that failed to load) and where the
// log file is.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    SettingsPage(ProfileStore *store, ProfileListModel *profiles, LanguageManager *languages,
                 QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

    ProfileSettings *profileSettings() const { return m_profiles; }
    QComboBox *languageBox() const { return m_language; }

    // What opens the profiles and log folders (default: the desktop's file manager). When it
    // cannot, the page says so and offers to copy the path.
    void setUrlOpener(const UrlOpener &opener);
    void openLogFolder();

protected:
    void retranslate() override;

private:
    QWidget *buildLanguageCard();
    QWidget *buildLogCard();
    void syncLanguage();

    LanguageManager *m_languages;
    UrlOpener m_opener = systemUrlOpener();
    ProfileSettings *m_profiles;
    QLabel *m_languageHeading = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_languageHint = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_logHeading = nullptr;
    QLabel *m_logHint = nullptr;
    QLineEdit *m_logPath = nullptr;
    QPushButton *m_openLog = nullptr;
};

} // namespace plancia::ui
