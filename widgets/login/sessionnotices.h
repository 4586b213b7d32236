#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QWidget;

namespace plancia {
class Session;
}

namespace plancia::ui {

// Tells the person what the Session cannot fix on its own: the login has expired (log in again;
// open pages keep their data), or there is no keychain (the login will not be remembered; said
// once). Non-blocking, window-modal boxes. The refresh-token expiry warning is the main
// window's (status bar); expiryWarningText() words it for whoever wants a box.
class SessionNotices : public QObject
{
    Q_OBJECT

public:
    SessionNotices(Session *session, QWidget *window, QObject *parent = nullptr);

    // The text of the refresh-token warning (exposed for tests).
    static QString expiryWarningText(const QDateTime &expiry, const QDateTime &now);

Q_SIGNALS:
    void loginRequested();

private:
    void noKeychain(const QString &message);
    void loginLost();

    QPointer<Session> m_session;
    QPointer<QWidget> m_window;
    bool m_keychainShown = false;
};

} // namespace plancia::ui
