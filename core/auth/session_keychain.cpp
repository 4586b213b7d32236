// Session's keychain token source: the refresh token stored at login, read back by restore().
#include "auth/session.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "log/logging.h"
#include "log/redact.h"

namespace plancia {

namespace {

auto log()
{
    return logger("core.auth");
}

} // namespace

void Session::noteKeychainError(const plancia::Error &error)
{
    m_keychainAvailable = false;
    log()->warn("{}", error.toLogString().toStdString());
    if (!m_keychainWarned) {
        m_keychainWarned = true;
        Q_EMIT keychainUnavailable(error.message);
    }
}

void Session::persistRefreshToken()
{
    const QString refresh = m_tokens->refreshToken();
    if (refresh.isEmpty() || !m_user.isValid() || !m_keychainAvailable ||
        m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent)
        return;
    const QString key = TokenStore::keyFor(m_profile.iam.issuer.toString(), m_user.subject);
    QPointer<Session> self(this);
    m_store->write(key, refresh, [self](const Status &s) {
        if (!self)
            return;
        if (!s.ok())
            self->noteKeychainError(s.error());
    });
}

void Session::restoreFromKeychain()
{
    const QString key = TokenStore::keyFor(m_profile.iam.issuer.toString(), lastSubject());
    setState(State::LoggingIn);
    // The store's callback has no context: the operation's scope tells whether it still counts.
    QPointer<QObject> scope(m_operation);
    QPointer<Session> self(this);
    m_store->read(key, [self, scope, key](const Result<std::optional<QString>> &r) {
        if (!self || !scope)
            return;
        if (!r.ok())
            self->noteKeychainError(r.error());
        else if (!r.value())
            log()->info("no stored login for this profile");
        if (!r.ok() || !r.value()) {
            self->setState(State::LoggedOut);
            self->finishRestore(false);
            return;
        }
        addSecret(*r.value());
        self->restoreWithRefreshToken(key, *r.value());
    });
}

void Session::restoreWithRefreshToken(const QString &key, const QString &refresh)
{
    withConfiguration([this, refresh, key](const Result<OidcConfiguration> &c) {
        if (!c.ok()) {
            fail(c.error());
            finishRestore(false);
            return;
        }
        m_tokens->restoreFromRefreshToken(refresh);
        m_tokens->accessToken(m_operation, false, [this, key](const Result<QString> &t) {
            if (!t.ok()) {
                restoreRefused(key, t.error());
                return;
            }
            TokenResponse current;
            current.accessToken = t.value();
            current.idToken = m_tokens->idToken();
            loginAs(current, true, true,
                    tr("The stored login belongs to someone else; please log in again."));
        });
    });
}

void Session::restoreRefused(const QString &key, const plancia::Error &error)
{
    if (error.kind == Error::Kind::Unauthorized) {
        // The stored token is dead (expired or revoked): forget it.
        m_store->remove(key, [](const Status &) {});
        setLastSubject({}, {});
    } else {
        // Offline or the IAM is down: keep the stored login for the next restore() and stop
        // retrying in the background.
        m_tokens->clear();
    }
    endRestore(error);
}

} // namespace plancia
