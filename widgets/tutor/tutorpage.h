#pragma once

#include "common/page.h"
#include "support/tutorroom.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace plancia::ui {

// Tutor page (tutors only; the main window shows it for the tutor and admin roles, and the hub
// lists only the tutor's group to their token): pick the event's group, a row per participant
// (hub server state, idle time, GPU now, storage used, running jobs, last error) with flags
// (idle, stuck, not started), sorted so that people who need help come first, refreshed every
// 10 s while shown. Bulk actions (start servers with a profile, stop idle ones, stop all, or the
// selected ones) ask for a confirmation naming who is affected, then show progress per
// participant; a failure is listed and the others go on.
class TutorPage : public Page
{
    Q_OBJECT

public:
    explicit TutorPage(QWidget *parent = nullptr);
    ~TutorPage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    support::TutorRoom *room() const { return m_room; }
    QTableView *table() const { return m_table; }
    QComboBox *groupBox() const { return m_group; }
    QListWidget *progressList() const { return m_progress; }
    QPushButton *stopIdleButton() const { return m_stopIdle; }
    QPushButton *stopSelectedButton() const { return m_stopSelected; }

    // The users a bulk action would affect.
    QStringList idleUsers() const;
    QStringList selectedUsers() const;
    QStringList usersWithoutServer() const;
    QStringList usersWithServer() const;

    // Runs a bulk action after the confirmation (`confirm` replaces the dialog in tests: it gets
    // the question and returns whether to go on). Returns false when nothing was started.
    bool runBulk(support::BulkServerJob::Action action, const QStringList &users);
    void setConfirmer(std::function<bool(const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    bool isBulkRunning() const { return m_bulk != nullptr; }
    // user -> "done", "skipped", "failed: ..." of the last bulk action.
    const QHash<QString, QString> &bulkResults() const { return m_results; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillGroups();
    void startRoom();
    void updateButtons();

    support::TutorRoom *m_room;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_group;
    QSpinBox *m_idle;
    QComboBox *m_profile;
    QPushButton *m_refresh;
    QPushButton *m_start;
    QPushButton *m_stopIdle;
    QPushButton *m_stopAll;
    QPushButton *m_stopSelected;
    QLabel *m_status;
    QTableView *m_table;
    QListWidget *m_progress;
    QPointer<support::BulkServerJob> m_bulk;
    QHash<QString, QString> m_results;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace plancia::ui
