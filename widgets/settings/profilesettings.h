#pragma once

#include "common/errorpresenter.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace plancia {
class ProfileStore;
}

namespace plancia::ui {

class ErrorBanner;
class ProfileListModel;

// Settings section: the known platform profiles, importing a profile file, and the files that
// could not be loaded with the reason, so a broken profile is never silently missing.
class ProfileSettings : public QWidget
{
    Q_OBJECT

public:
    ProfileSettings(ProfileStore *store, ProfileListModel *model, QWidget *parent = nullptr);

    // Imports a profile file into the profiles folder; a failure is shown to the person.
    bool importFile(const QString &path);
    // The problems shown, one per broken file.
    QStringList problemTexts() const;
    QTreeView *view() const { return m_view; }

    // The profile asked for at start (--profile FILE|NAME) could not be opened, so no platform
    // is: shown at the top of the section until a platform is chosen. An empty Error clears it.
    void showOpenProblem(const Error &error);
    void clearOpenProblem();
    ErrorBanner *openProblem() const { return m_openProblem; }
    // The sentence naming the profiles folder.
    QString folderText() const;

    // What opens the profiles folder (default: the desktop's file manager).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    void openFolder();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseAndImport();
    void showProblems();
    void retranslate();

    ProfileStore *m_store;
    UrlOpener m_opener = systemUrlOpener();
    QLabel *m_heading;
    ErrorBanner *m_openProblem;
    std::optional<Error> m_openError;
    QLabel *m_hint;
    QTreeView *m_view;
    QPushButton *m_import;
    QPushButton *m_openFolder;
    QLabel *m_problemsHeading;
    QVBoxLayout *m_problems;
    QStringList m_problemTexts;
};

} // namespace plancia::ui
