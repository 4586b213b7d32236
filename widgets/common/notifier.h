#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace plancia::ui {

class NotifierBackend;

// Desktop notifications ("your session is ready", "job failed", "idle cull in 10 minutes").
// One per application (MainWindow makes it; pages get it with instance()). It posts through the
// freedesktop Notifications service on the session bus when there is one (Linux desktops), else
// through a QSystemTrayIcon message, else it only records. Every notification is recorded in
// history() too, so tests (and a "recent notifications" list) see exactly what was shown.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Urgency { Low, Normal, Critical };
    Q_ENUM(Urgency)

    struct Notification
    {
        QString category; // "session.ready", "session.failed", "session.stopped",
                          // "session.cullWarning", "job.succeeded", "job.failed", "job.evicted"
        QString title;
        QString body;
        Urgency urgency = Urgency::Normal;
        // Optional: what clicking it does (bring the window to the page, open the lab).
        std::function<void()> activate;
    };

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    // The application's notifier (the last one made; nullptr before).
    static Notifier *instance();

    void notify(Notification notification);
    const QList<Notification> &history() const { return m_history; }
    // When off (a setting), notifications are recorded but not shown.
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void notified(const plancia::ui::Notifier::Notification &notification);

private:
    NotifierBackend *m_backend;
    QList<Notification> m_history;
    bool m_enabled = true;
};

} // namespace plancia::ui
