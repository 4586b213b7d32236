#pragma once

#include "httprequest.h"
#include "job.h"
#include "result.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace plancia {

class HttpClient;

using HttpResult = Result<HttpResponse>;

// A single HTTP exchange with idle timeout, retries (idempotent requests only), authorization
// and cancellation, on the Job contract (job.h): start() never works synchronously, finished()
// is emitted exactly once (also for cancel()), and the job deletes itself afterwards.
// Destroying the job (e.g. because its owner went away) aborts the request without emitting.
//
// Any transport error is an Error, whatever the status line said: a 200 whose body was cut
// (Content-Length not reached, a chunked stream without its last chunk) never looks complete.
class HttpJob : public ResultJob<HttpResponse>
{
    Q_OBJECT

public:
    HttpJob(HttpClient *client, HttpRequest request, QObject *owner);
    ~HttpJob() override;

    const HttpRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }

    // Extra validation of successful answers: by default any 2xx is success and everything
    // else is an Error. Set to false to receive complete non-2xx answers as values.
    void setTreatHttpErrorsAsErrors(bool on) { m_httpErrorsAreErrors = on; }

Q_SIGNALS:
    void finished(const plancia::HttpResult &result);
    // Streaming mode only: a piece of the body as it arrives (status is known by then).
    void chunk(const QByteArray &data);
    // Streaming mode only: emitted once, when the status line and headers have arrived.
    void responseStarted(int status, const plancia::HeaderList &headers);
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const HttpResult &result) override;

private:
    void attempt();
    void send(const HttpRequest &wire);
    void onActivity();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void retryLater(std::chrono::milliseconds delay, const Error &why);
    void finish(HttpResult result);
    void abortReply();
    Error errorFromReply(int status, QNetworkReply::NetworkError code, const QString &text) const;
    std::chrono::milliseconds backoff() const;
    bool streamStarted() const { return m_request.streaming && m_headersSeen; }

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QByteArray m_body;
    int m_attempts = 0;
    bool m_triedRefresh = false;
    bool m_forceRefresh = false; // the next attempt asks the authorizer for fresh credentials
    bool m_authorized = false;   // this attempt went through the authorizer
    bool m_timedOut = false;
    bool m_headersSeen = false;
    bool m_httpErrorsAreErrors = true;
};

} // namespace plancia
