#include "notifier.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QSystemTrayIcon>

#ifdef PLANCIA_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include "log/logging.h"

#include <QHash>

namespace plancia::ui {

namespace {

QPointer<Notifier> s_instance;

[[maybe_unused]] const auto kService = QStringLiteral("org.freedesktop.Notifications");
[[maybe_unused]] const auto kPath = QStringLiteral("/org/freedesktop/Notifications");

[[maybe_unused]] int timeoutMs(Notifier::Urgency urgency)
{
    // Critical ones stay until dismissed (the server's choice for 0 is "never expires").
    return urgency == Notifier::Urgency::Critical ? 0 : -1;
}

} // namespace

// How a notification reaches the desktop: freedesktop Notifications on the session bus, else
// a tray icon's balloon, else nowhere (recorded only). After the bus failed once (no
// notification server) the tray takes over for the rest of the run.
class NotifierBackend : public QObject
{
    Q_OBJECT

public:
    explicit NotifierBackend(Notifier *owner)
        : QObject(owner)
    {
#ifdef PLANCIA_HAVE_DBUS
        QDBusConnection bus = QDBusConnection::sessionBus();
        m_busUsable = bus.isConnected();
        if (m_busUsable) {
            bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                        SLOT(onActionInvoked(uint, QString)));
            bus.connect(kService, kPath, kService, QStringLiteral("NotificationClosed"), this,
                        SLOT(onClosed(uint, uint)));
        }
#endif
    }

    void show(const Notifier::Notification &n)
    {
        if (m_busUsable)
            showOnBus(n);
        else
            showInTray(n);
    }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action)
    {
        if (action != QLatin1String("default"))
            return;
        const auto activate = m_actions.take(id);
        if (activate)
            activate();
    }
    void onClosed(uint id, uint /*reason*/)
    {
        m_actions.remove(id);
    }

private:
    void showOnBus(const Notifier::Notification &n)
    {
#ifdef PLANCIA_HAVE_DBUS
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
        QVariantMap hints;
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
        hints.insert(QStringLiteral("category"), n.category);
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("plancia"));
        QStringList actions;
        if (n.activate)
            actions << QStringLiteral("default") << Notifier::tr("Show");
        call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("plancia")
             << n.title << n.body << actions << hints << timeoutMs(n.urgency);
        auto *watcher =
            new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, n](auto *w) {
            w->deleteLater();
            QDBusPendingReply<uint> reply = *w;
            if (reply.isError()) {
                logger("ui")->info("no notification server on the session bus ({}): using the tray",
                                   reply.error().name().toStdString());
                m_busUsable = false;
                showInTray(n);
                return;
            }
            if (n.activate)
                m_actions.insert(reply.value(), n.activate);
        });
#else
        showInTray(n);
#endif
    }

    void showInTray(const Notifier::Notification &n)
    {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()) ||
            !QSystemTrayIcon::isSystemTrayAvailable())
            return;
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QCoreApplication::applicationName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_lastActivate)
                    m_lastActivate();
            });
            m_tray->show();
        }
        m_lastActivate = n.activate;
        const bool critical = n.urgency == Notifier::Urgency::Critical;
        m_tray->showMessage(n.title, n.body,
                            critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            critical ? 0 : 10000);
    }

    bool m_busUsable = false;
    QHash<uint, std::function<void()>> m_actions;
    QSystemTrayIcon *m_tray = nullptr;
    std::function<void()> m_lastActivate;
};

Notifier::Notifier(QObject *parent)
    : QObject(parent)
    , m_backend(new NotifierBackend(this))
{
    s_instance = this;
}

Notifier::~Notifier() = default;

Notifier *Notifier::instance()
{
    return s_instance.data();
}

void Notifier::notify(Notification notification)
{
    m_history.append(notification);
    if (m_enabled)
        m_backend->show(notification);
    Q_EMIT notified(notification);
}

} // namespace plancia::ui

#include "notifier.moc"
