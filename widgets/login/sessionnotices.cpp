#include "login/sessionnotices.h"

#include "auth/session.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace plancia::ui {

SessionNotices::SessionNotices(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    connect(session, &Session::keychainUnavailable, this, &SessionNotices::noKeychain);
    connect(session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Error)
            loginLost();
    });
}

QString SessionNotices::expiryWarningText(const QDateTime &expiry, const QDateTime &now)
{
    const qint64 days = std::max<qint64>(0, now.secsTo(expiry) / 86400);
    const QString when = QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat);
    if (days == 0)
        return tr("Your login expires today (%1). Log in again now so that your work is not "
                  "interrupted.")
            .arg(when);
    return tr("Your login expires in %n day(s), on %1. Log in again before then so that your "
              "work is not interrupted.",
              nullptr, int(days))
        .arg(when);
}

void SessionNotices::noKeychain(const QString &message)
{
    if (m_keychainShown)
        return;
    m_keychainShown = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Login not remembered"), message,
                                QMessageBox::Ok, m_window);
    box->setInformativeText(
        tr("You stay logged in until you quit. Nothing was written to disk instead."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void SessionNotices::loginLost()
{
    const QString why = m_session ? m_session->lastError().message : QString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Login expired"),
                                why.isEmpty() ? tr("Your login has expired.") : why,
                                QMessageBox::NoButton, m_window);
    box->setInformativeText(tr("Open pages keep their data. Log in again to continue."));
    auto *again = box->addButton(tr("Log in"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, again](QAbstractButton *b) {
        if (b == again)
            Q_EMIT loginRequested();
    });
    box->open();
}

} // namespace plancia::ui
