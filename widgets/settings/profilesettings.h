#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace plancia {
class ProfileStore;
}

namespace plancia::ui {

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseAndImport();
    void showProblems();
    void retranslate();

    ProfileStore *m_store;
    QLabel *m_heading;
    QLabel *m_hint;
    QTreeView *m_view;
    QPushButton *m_import;
    QPushButton *m_openFolder;
    QLabel *m_problemsHeading;
    QVBoxLayout *m_problems;
    QStringList m_problemTexts;
};

} // namespace plancia::ui
