#pragma once

#include "authorizer.h"
#include "httprequest.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace plancia {

class HttpJob;

struct RetryPolicy
{
    std::chrono::milliseconds initialBackoff{300};
    std::chrono::milliseconds maxBackoff{10000};
};

// One per service endpoint family: owns the network access managers, the TLS configuration
// (system CAs plus an optional per-profile bundle; verification is never turned off) and
// the authorizer. Jobs are created parented to the caller's object so that closing a view
// cancels what it asked for.
//
// Connections: Qt opens at most 6 HTTP/1.1 connections per host and network access manager,
// and a request beyond them waits for a free one. A stream (a Kubernetes watch, a log follow, a
// spawn progress event-stream) holds its connection for minutes, so ordinary requests use one
// manager and streams others: a stream takes a connection of a stream manager with fewer than
// 6 streams to that host, and a new stream manager is made when all are full. Many streams thus
// never starve ordinary requests, nor each other.
//
// HTTP/2 stays off. It would multiplex all of this on one connection to servers that speak it
// (the Kubernetes API server, Prometheus), but then the path used every day would differ from
// the sandbox's, whose IAM, hub proxy, simulator and S3 speak HTTP/1.1 only; one dead HTTP/2
// connection would end every watch at once; and Qt's HTTP/2 client also queues requests beyond
// the server's SETTINGS_MAX_CONCURRENT_STREAMS on its one connection, so streams would still
// need a budget of their own.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    // Qt's HTTP/1.1 connections per host and network access manager.
    static constexpr int kConnectionsPerHost = 6;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Adds the PEM certificates in `path` to the trusted CAs. Returns an error if the file
    // is missing or holds no certificate.
    Status addCaBundle(const QString &path);
    // Prepares every attempt of an authenticating request (see authorizer.h).
    void setAuthorizer(Authorizer authorizer) { m_authorizer = std::move(authorizer); }
    bool hasAuthorizer() const { return bool(m_authorizer); }
    // Some services (JupyterHub, S3 with expired STS credentials) answer 403, not 401, to an
    // expired or revoked credential: treat a 403 like a 401 (ask the authorizer once for fresh
    // credentials, then retry).
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

    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    const Authorizer &authorizer() const { return m_authorizer; }

    // The manager for ordinary (collected) requests.
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // The manager for a new stream to `url`'s host; the stream's reply counts against it until
    // the reply is destroyed (HttpJob passes it to trackStream()).
    QNetworkAccessManager *streamManagerFor(const QUrl &url);
    void trackStream(QNetworkAccessManager *manager, const QUrl &url, QNetworkReply *reply);
    // How many stream managers exist (tests, diagnostics).
    int streamManagerCount() const { return int(m_streamLanes.size()); }

private:
    struct StreamLane
    {
        QNetworkAccessManager *manager = nullptr;
        QHash<QString, int> streamsPerHost; // "scheme://host:port" -> open stream replies
    };
    QNetworkAccessManager *makeManager();

    QNetworkAccessManager *m_nam;
    std::vector<StreamLane> m_streamLanes;
    QSslConfiguration m_ssl;
    Authorizer m_authorizer;
    RetryPolicy m_retry;
    QByteArray m_userAgent;
    bool m_forbiddenIsStale = false;
};

} // namespace plancia
