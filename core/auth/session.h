#pragma once

#include "auth/deviceflowjob.h"
#include "auth/oidcconfiguration.h"
#include "auth/userinfo.h"
#include "config/profile.h"
#include "net/authorizer.h"
#include "net/httpclient.h"
#include "net/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace plancia {

class TokenManager;
class TokenStore;

// One login. Owns the IAM tokens (access token in memory, refresh token in the keychain only)
// and renews the access token before it expires. It knows no other service: the Platform
// (core/platform) derives each service's credentials from accessToken() and hands them to that
// service's client. Nobody else sees a token.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, Error };
    Q_ENUM(State)

    struct Options
    {
        // Persists the refresh token; nullptr: the system keychain (QtKeychain). The Session
        // does not take ownership of a store passed in.
        TokenStore *store = nullptr;
        RoleMapping roleMapping;
        // refreshExpiryWarning() is emitted this long before the refresh token expires.
        std::chrono::hours refreshWarningLead{24 * 3};
        // Clock skew tolerated between us and the servers.
        std::chrono::seconds clockSkew{30};
        // QSettings group holding the non-secret "last account" pointer (issuer -> subject).
        QString settingsGroup = QStringLiteral("auth");
        // Timeout of `oidc-token`.
        std::chrono::seconds oidcAgentTimeout{20};
        // Another program than `oidc-token` on PATH (tests).
        QString oidcTokenProgram;
        // Overrides the device flow's 5 s default interval (tests).
        std::optional<int> deviceFlowIntervalSeconds;
        // When the server does not say when the refresh token expires, it is assumed to last
        // this long from the login (INDIGO IAM's default).
        std::chrono::hours assumedRefreshLifetime{24 * 30};
    };

    explicit Session(Profile profile, QObject *parent = nullptr);
    Session(Profile profile, Options options, QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    const UserInfo &user() const { return m_user; }
    const Profile &profile() const { return m_profile; }
    // The last error (state() == Error, or a failed restore/renewal).
    const plancia::Error &lastError() const { return m_lastError; }
    // False once the keychain turned out to be unavailable: the session then lives in memory
    // only, and the next start needs a new login.
    bool keychainAvailable() const { return m_keychainAvailable; }
    QDateTime accessTokenExpiry() const;
    // May be invalid when the server does not tell.
    QDateTime refreshTokenExpiry() const;

    // Starts a device login (RFC 8628). The returned job drives the login dialog; on its
    // success the Session fetches the user's claims and becomes LoggedIn. Parented to the
    // Session; a previous running login is canceled.
    DeviceFlowJob *startDeviceLogin();
    // Logs in from the profile's token source without user interaction: the keychain's refresh
    // token (device flow profiles) or `oidc-token <account>` (oidc-agent profiles). Emits
    // restoreFinished(true) when logged in, restoreFinished(false) when a login is needed.
    void restore();
    // Takes a token from a running oidc-agent (`oidc-token <account>`).
    void loginWithOidcAgent();
    // Revokes the refresh token, forgets every credential and clears the keychain entry.
    void logout();

    // A valid IAM access token (renewed when needed; `forceRefresh` after a refusal). Always
    // delivered asynchronously; nothing is delivered once `context` is gone.
    void accessToken(QObject *context, bool forceRefresh,
                     std::function<void(const Result<QString> &)> done);
    // "Authorization: Bearer <IAM access token>" (Kubernetes, Prometheus).
    Authorizer bearerAuthorizer();

    // The HttpClient used for the IAM (exposed for CA setup in tests).
    HttpClient *authClient() const { return m_http; }
    TokenManager *tokenManager() const { return m_tokens; }

Q_SIGNALS:
    void stateChanged(plancia::Session::State state);
    // logout() began: derived credentials must be dropped (and revoked) now, while the IAM tokens
    // are still known.
    void loggingOut();
    void userChanged();
    // The refresh token expires soon: log in again before `expiry` to keep working.
    void refreshExpiryWarning(QDateTime expiry);
    // A service credential (or the IAM access token) was renewed or dropped.
    void credentialsChanged();
    // Emitted once when the keychain is missing; the session stays in memory only.
    void keychainUnavailable(const QString &message);
    void restoreFinished(bool loggedIn);
    // logout() is done: tokens revoked (or the revocation failed, see errorOccurred) and the
    // keychain entry removed.
    void logoutFinished();
    // A login, restore or renewal failed (translated message in error.message).
    void errorOccurred(const plancia::Error &error);

private:
    void setState(State state);
    void fail(const plancia::Error &error);
    void onLoginTokens(const TokenResponse &tokens, bool persist);
    // Fetches the user behind `tokens` and logs in as them; refuses (with `refusal`) a token
    // that names nobody, or, with mustBeLastSubject, someone else than the stored login.
    void loginAs(const TokenResponse &tokens, bool persist, bool mustBeLastSubject,
                 const QString &refusal);
    // A login that got tokens but no acceptable user: drops the tokens and ends in Error.
    void failLogin(const plancia::Error &error);
    // A restore or oidc-agent login that got no access token: reports the error and ends
    // LoggedOut, not Error, since what is needed is a new login.
    void endRestore(const plancia::Error &error);
    void finishLogin(UserInfo user, bool persist);
    void persistRefreshToken();
    void checkRefreshExpiry();
    void withConfiguration(std::function<void(const Result<OidcConfiguration> &)> done);
    void restoreFromKeychain();
    void restoreWithRefreshToken(const QString &key, const QString &refresh);
    void restoreRefused(const QString &key, const plancia::Error &error);
    void installOidcAgentSource();
    void fetchUser(const TokenResponse &tokens, std::function<void(UserInfo)> done);
    void finishRestore(bool loggedIn);
    void noteKeychainError(const plancia::Error &error);
    // Ends whatever login, restore or user lookup is in flight (its jobs and callbacks live in
    // the returned scope, which the next call deletes) and starts a new one.
    QObject *beginOperation();
    void endOperations();
    QString settingsKey(const char *name) const;
    QString lastSubject() const;
    void setLastSubject(const QString &subject, const QDateTime &loginTime);

    Profile m_profile;
    Options m_options;
    HttpClient *m_http;
    TokenManager *m_tokens;
    TokenStore *m_store;
    OidcConfiguration m_config;
    State m_state = State::LoggedOut;
    UserInfo m_user;
    plancia::Error m_lastError;
    QPointer<DeviceFlowJob> m_login;
    QTimer *m_warningTimer;
    bool m_keychainAvailable = true;
    bool m_keychainWarned = false;
    bool m_warnedExpiry = false;
    bool m_restoring = false;
    QPointer<QObject> m_operation;
};

} // namespace plancia
