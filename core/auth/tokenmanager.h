#pragma once

#include "auth/oidcconfiguration.h"
#include "net/renewingcredential.h"
#include "net/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace plancia {

class HttpClient;

// Holds the IAM tokens of one login and keeps the access token fresh: a timer refreshes it
// before it expires (at 75% of its lifetime or 60 s before expiry, whichever comes first, minus
// the tolerated clock skew), so a request rarely waits. Rotation-safe: a refresh token is sent
// at most once, and concurrent requests for a token while a refresh runs are coalesced into
// that one refresh. With an oidc-agent source, "refresh" means asking the agent again.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const Result<QString> &)>;
    // Obtains new tokens without a refresh token (oidc-agent).
    using ExternalSource =
        std::function<void(QObject *context, std::function<void(const Result<TokenResponse> &)>)>;

    TokenManager(HttpClient *client, QObject *parent = nullptr);
    ~TokenManager() override;

    void setConfiguration(const OidcConfiguration &config, const QString &clientId);
    void setClockSkew(std::chrono::seconds skew) { m_skew = skew; }
    void setExternalSource(ExternalSource source) { m_external = std::move(source); }

    // Takes the tokens of a fresh login (or a restore) and schedules the next refresh.
    void setTokens(const TokenResponse &tokens);
    // Restores from a stored refresh token: refreshes at once.
    void restoreFromRefreshToken(const QString &refreshToken);
    // Forgets everything (no network).
    void clear();
    // Revokes the refresh token (and the access token) at the revocation endpoint, then
    // clears. `done` is called once, whatever happened.
    void revokeAndClear(std::function<void(const Status &)> done);

    bool hasTokens() const { return !m_tokens.accessToken.isEmpty(); }
    bool isRefreshing() const { return m_refreshing; }
    QDateTime accessExpiry() const { return m_tokens.accessExpiry; }
    QDateTime refreshExpiry() const { return m_tokens.refreshExpiry; }
    QDateTime nextRefreshAt() const;
    QString idToken() const { return m_tokens.idToken; }
    QString refreshToken() const { return m_tokens.refreshToken; }
    // The access token if it is still valid (skew included), else empty. No network.
    QString currentAccessToken() const;
    int refreshCount() const { return m_refreshCount; }

    // A valid access token: soon (always asynchronously) if the current one is fresh, else after
    // the (one, shared) refresh. `forceRefresh` refreshes even a fresh token (after a 401), still
    // coalesced.
    void accessToken(QObject *context, bool forceRefresh, TokenCallback done);
    // Starts a refresh unless one runs.
    void refresh();

    // Time before expiry at which the timer refreshes (exposed for tests).
    static std::chrono::milliseconds refreshDelay(std::chrono::milliseconds lifetime,
                                                  std::chrono::seconds skew);

Q_SIGNALS:
    // New access token (and maybe a rotated refresh token).
    void tokensChanged();
    // The refresh token was replaced by the server: persist the new one.
    void refreshTokenRotated();
    // A refresh failed; if `fatal`, the refresh token is unusable and a new login is needed.
    void refreshFailed(const plancia::Error &error, bool fatal);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        TokenCallback done;
    };

    void schedule();
    void cancelRefresh();
    void finishRefresh(const Result<TokenResponse> &result);
    void settle(const Result<QString> &result);

    QPointer<HttpClient> m_client;
    OidcConfiguration m_config;
    QString m_clientId;
    TokenResponse m_tokens;
    ExternalSource m_external;
    std::chrono::seconds m_skew{30};
    QTimer m_timer;
    QDateTime m_obtainedAt;
    QDateTime m_lastRefreshDone;
    QDateTime m_nextRefresh;
    int m_failures = 0;
    QList<Waiter> m_waiters;
    QString m_usedRefreshToken;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    // Parent of the refresh in flight (its HttpJob or oidc-agent job).
    QPointer<QObject> m_refreshScope;
};

} // namespace plancia
