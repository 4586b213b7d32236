#pragma once

#include "config/profile.h"
#include "net/result.h"
#include "storage/awscredentials.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace plancia {

class HttpClient;
class TokenManager;

// Credentials derived from the IAM access token, each renewed before it expires and re-derived
// on demand after a refusal: a JupyterHub API token (minted through the hub's authenticator)
// and STS credentials for S3 (AssumeRoleWithWebIdentity). Held in memory only. Concurrent
// requests while a renewal runs wait for that one renewal.
class ServiceCredentials : public QObject
{
    Q_OBJECT

public:
    ServiceCredentials(HttpClient *http, TokenManager *tokens, QObject *parent = nullptr);
    ~ServiceCredentials() override;

    void setProfile(const Profile &profile) { m_profile = profile; }
    void setUsername(const QString &username) { m_username = username; }
    void setHubTokenLifetime(std::chrono::seconds lifetime) { m_hubLifetime = lifetime; }
    // A forced renewal (after a refusal) younger than this is ignored: the refusal was about
    // the request (e.g. a missing scope), not the credential. Hub default 60 s, STS 1 s.
    void setHubForceWindow(std::chrono::milliseconds window) { m_hub.forceWindow = window; }
    // Forgets everything; revokes the hub token at the hub (best effort) when `revoke`.
    void clear(bool revoke);

    void hubToken(QObject *context, bool forceRenew,
                  std::function<void(const Result<QString> &)> done);
    void stsCredentials(QObject *context, bool forceRenew,
                        std::function<void(const Result<AwsCredentials> &)> done);

    QDateTime hubTokenExpiry() const { return m_hub.expiry; }
    QDateTime stsExpiry() const { return m_sts.expiry; }
    int hubMintCount() const { return m_hub.renewals; }
    int stsRenewCount() const { return m_sts.renewals; }

    // Parses an AssumeRoleWithWebIdentity answer (or its ErrorResponse).
    static Result<AwsCredentials> parseStsResponse(const QByteArray &xml);

Q_SIGNALS:
    void changed();

private:
    template<typename T>
    struct Slot
    {
        struct Waiter
        {
            QPointer<QObject> context;
            bool hasContext = false;
            std::function<void(const Result<T> &)> done;
        };
        std::optional<T> value;
        QDateTime obtained;
        QDateTime expiry;
        QList<Waiter> waiters;
        QTimer timer;
        bool pending = false;
        int renewals = 0;
        std::chrono::milliseconds forceWindow{1000};
        quint64 generation = 0;
    };

    template<typename T>
    void request(Slot<T> &slot, QObject *context, bool force,
                 std::function<void(const Result<T> &)> done, void (ServiceCredentials::*renew)());
    template<typename T>
    void settle(Slot<T> &slot, const Result<T> &result, void (ServiceCredentials::*renew)());
    template<typename T>
    bool fresh(const Slot<T> &slot) const;

    void mintHubToken();
    void assumeRole();

    QPointer<HttpClient> m_http;
    QPointer<TokenManager> m_tokens;
    Profile m_profile;
    QString m_username;
    std::chrono::seconds m_hubLifetime{8 * 3600};
    Slot<QString> m_hub;
    QString m_hubTokenId;
    Slot<AwsCredentials> m_sts;
};

} // namespace plancia
