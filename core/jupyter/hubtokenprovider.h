#pragma once

#include "net/authorizer.h"
#include "net/renewingcredential.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace plancia {

class HttpClient;

// The JupyterHub API token of the logged-in user, minted from the IAM access token through the
// hub's authenticator (`POST /hub/api/users/{name}/tokens {"auth": {"access_token": ...}}`),
// held in memory only, renewed before it expires and re-minted once after the hub refused it
// (JupyterHub answers a stale token with 403).
class HubTokenProvider : public QObject
{
    Q_OBJECT

public:
    // The IAM access token ("forceRefresh" after a refusal).
    using AccessTokenSource = std::function<void(bool forceRefresh, QObject *context,
                                                 std::function<void(Result<QString>)> done)>;

    // `http` carries the hub calls of the provider itself (minting, revoking): no authorizer.
    HubTokenProvider(HttpClient *http, QUrl hubUrl, AccessTokenSource accessToken,
                     QObject *parent = nullptr);
    ~HubTokenProvider() override;

    void setUsername(const QString &username);
    void setLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }
    // See RenewingCredential::setForceWindow (default 60 s).
    void setForceWindow(std::chrono::milliseconds window) { m_token.setForceWindow(window); }

    // The hub token, always delivered asynchronously.
    void token(QObject *context, bool forceRenew,
               std::function<void(const Result<QString> &)> done);
    // "Authorization: token <hub token>" for the hub's HttpClient.
    Authorizer authorizer();
    // Forgets the token; with `revoke`, asks the hub to delete it (best effort, no wait).
    void clear(bool revoke);

    QDateTime expiry() const { return m_token.expiry(); }
    int mintCount() const { return m_mints; }

    // `{hub}/hub/api/<path>`.
    static QUrl apiUrl(const QUrl &hub, const QString &path);

Q_SIGNALS:
    void changed();

private:
    void mint();

    QPointer<HttpClient> m_http;
    QUrl m_hubUrl;
    AccessTokenSource m_accessToken;
    QString m_username;
    std::chrono::seconds m_lifetime{8 * 3600};
    RenewingCredential<QString> m_token;
    QString m_tokenId;
    int m_mints = 0;
};

} // namespace plancia
