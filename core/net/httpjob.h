#pragma once

#include "httprequest.h"
#include "result.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace plancia {

class HttpClient;

using HttpResult = Result<HttpResponse>;

// A single HTTP exchange with timeout, retries (idempotent requests only), authorization and
// cancellation. Follows the KJob contract: start() never works synchronously, finished() is
// emitted exactly once (also for cancel()), and the job deletes itself afterwards. Destroying
// the job (e.g. because its owner went away) aborts the request without emitting.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    HttpJob(HttpClient *client, HttpRequest request, QObject *owner);
    ~HttpJob() override;

    const HttpRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    // Extra validation of successful answers: by default any 2xx is success and everything
    // else is an Error. Set to false to receive non-2xx answers as values.
    void setTreatHttpErrorsAsErrors(bool on) { m_httpErrorsAreErrors = on; }

public Q_SLOTS:
    void start();
    // Aborts and emits finished() with Error::Kind::Canceled.
    void cancel();

Q_SIGNALS:
    void finished(const plancia::HttpResult &result);
    // Streaming mode only: a piece of the body as it arrives (status is known by then).
    void chunk(const QByteArray &data);
    // Streaming mode only: emitted once, when the status line and headers have arrived.
    void responseStarted(int status, const plancia::HeaderList &headers);
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    void attempt();
    void sendWithAuthorization(const QByteArray &authorization);
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void retryLater(std::chrono::milliseconds delay, const Error &why);
    void finish(const HttpResult &result);
    void abortReply();
    Error errorFromReply(QNetworkReply::NetworkError code, const QString &text) const;
    std::chrono::milliseconds backoff() const;

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QByteArray m_body;
    HttpResponse m_streamResponse;
    int m_attempts = 0;
    bool m_triedRefresh = false;
    bool m_timedOut = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_headersSeen = false;
    bool m_httpErrorsAreErrors = true;
    QByteArray m_lastAuthorization;
};

} // namespace plancia
