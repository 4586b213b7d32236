#pragma once

#include "jupyter/sessionsmodel.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace plancia::ui {

// One server of the Sessions page: name, state, profile, started, last activity and the time
// left before the idle culler stops it; while starting, a progress bar and the spawn's messages;
// Open, Stop, Start again and Delete as the state allows.
class SessionCard : public QFrame
{
    Q_OBJECT

public:
    explicit SessionCard(QWidget *parent = nullptr);

    void setRow(const jupyter::SessionsModel::Row &row, const QDateTime &now);
    const QString &serverName() const { return m_name; }

    QLabel *stateLabel() const { return m_state; }
    QLabel *cullLabel() const { return m_cull; }
    QLabel *messagesLabel() const { return m_messages; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *startAgainButton() const { return m_again; }
    QPushButton *deleteButton() const { return m_delete; }

    // "in 42 min", "in 1 h 5 min", "any moment now".
    static QString timeLeftText(qint64 seconds);

Q_SIGNALS:
    void openRequested(const QString &name);
    void stopRequested(const QString &name);
    void startAgainRequested(const QString &name);
    void deleteRequested(const QString &name);

private:
    QString m_name;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_profile;
    QLabel *m_times;
    QLabel *m_cull;
    QLabel *m_messages;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_open;
    QPushButton *m_stop;
    QPushButton *m_again;
    QPushButton *m_delete;
};

} // namespace plancia::ui
