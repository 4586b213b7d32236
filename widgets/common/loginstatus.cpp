#include "loginstatus.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace plancia::ui {

LoginStatus::LoginStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("loginStatus"));
    m_label->setObjectName(QStringLiteral("loginStatusText"));
    m_button->setObjectName(QStringLiteral("loginButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_state == Session::State::LoggedIn)
            Q_EMIT logoutClicked();
        else
            Q_EMIT loginClicked();
    });
    retranslate();
}

void LoginStatus::setState(Session::State state, const UserInfo &user)
{
    m_state = state;
    m_user = state == Session::State::LoggedIn ? user : UserInfo{};
    retranslate();
}

QString LoginStatus::text() const
{
    return m_label->text();
}

void LoginStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginStatus::retranslate()
{
    const bool in = m_state == Session::State::LoggedIn;
    m_icon->setPixmap(
        linePixmap(QStringLiteral("user"), in ? theme::ok : theme::muted, 16, devicePixelRatioF()));
    switch (m_state) {
    case Session::State::LoggedIn: {
        QStringList roles;
        for (Role r : sortedRoles(m_user.roles))
            roles << roleName(r);
        const QString who = m_user.displayName.isEmpty() ? m_user.username : m_user.displayName;
        m_label->setText(roles.isEmpty() ? who : tr("%1 · %2").arg(who, roles.join(tr(", "))));
        m_label->setToolTip(tr("Logged in as %1").arg(m_user.username));
        break;
    }
    case Session::State::LoggingIn:
        m_label->setText(tr("Logging in…"));
        m_label->setToolTip({});
        break;
    case Session::State::Error:
        m_label->setText(tr("Login failed"));
        m_label->setToolTip({});
        break;
    case Session::State::LoggedOut:
        m_label->setText(tr("Not logged in"));
        m_label->setToolTip({});
        break;
    }
    m_button->setText(in ? tr("Log out") : tr("Log in…"));
    m_button->setIcon(lineIcon(QStringLiteral("login"), palette().color(QPalette::ButtonText)));
    m_button->setEnabled(m_state != Session::State::LoggingIn && (in || m_canLogIn));
}

void LoginStatus::setCanLogIn(bool can)
{
    m_canLogIn = can;
    setState(m_state, m_user);
}

} // namespace plancia::ui
