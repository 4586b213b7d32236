#pragma once

#include "auth/session.h"
#include "auth/userinfo.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace plancia::ui {

// Status bar part: who is logged in (name and roles) or that nobody is, with a button that
// logs in or out. The button only emits; whoever owns the Session decides what happens.
class LoginStatus : public QWidget
{
    Q_OBJECT

public:
    explicit LoginStatus(QWidget *parent = nullptr);

    void setState(Session::State state, const UserInfo &user = {});
    // False while no platform is open: "Log in…" has nothing to log in to.
    void setCanLogIn(bool can);
    Session::State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void loginClicked();
    void logoutClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session::State m_state = Session::State::LoggedOut;
    UserInfo m_user;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_button;
    bool m_canLogIn = true;
};

} // namespace plancia::ui
