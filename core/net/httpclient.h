#pragma once

#include "httprequest.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace plancia {

class HttpJob;

// Supplies the Authorization header value for a request, possibly after an async refresh.
// `forceRefresh` is set after the server answered 401 to a header this authorizer gave.
using Authorizer = std::function<void(bool forceRefresh, QObject *context,
                                      std::function<void(const Result<QByteArray> &)> done)>;

struct RetryPolicy
{
    std::chrono::milliseconds initialBackoff{300};
    std::chrono::milliseconds maxBackoff{10000};
};

// One per service endpoint family: owns the network access manager, the TLS configuration
// (system CAs plus an optional per-profile bundle; verification is never turned off) and
// the authorizer. Jobs are created parented to the caller's object so that closing a view
// cancels what it asked for.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Adds the PEM certificates in `path` to the trusted CAs. Returns an error if the file
    // is missing or holds no certificate.
    Status addCaBundle(const QString &path);
    void setAuthorizer(Authorizer authorizer) { m_authorizer = std::move(authorizer); }
    bool hasAuthorizer() const { return bool(m_authorizer); }
    // Some services (JupyterHub) answer 403, not 401, to an expired or revoked token: treat a
    // 403 like a 401 (ask the authorizer once for fresh credentials, then retry).
    void setForbiddenMeansStaleCredentials(bool on) { m_forbiddenIsStale = on; }
    bool forbiddenMeansStaleCredentials() const { return m_forbiddenIsStale; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setUserAgent(QByteArray agent) { m_userAgent = std::move(agent); }
    QByteArray userAgent() const { return m_userAgent; }

    // Creates a job; call start() on it (or use send()).
    HttpJob *createJob(HttpRequest request, QObject *owner);
    // Creates and starts a job. The job emits exactly one finished() and deletes itself after.
    HttpJob *send(HttpRequest request, QObject *owner);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    const Authorizer &authorizer() const { return m_authorizer; }

private:
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    Authorizer m_authorizer;
    RetryPolicy m_retry;
    QByteArray m_userAgent;
    bool m_forbiddenIsStale = false;
};

} // namespace plancia
