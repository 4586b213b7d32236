#include "httpjob.h"

#include "httpclient.h"
#include "log/logging.h"
#include "log/redact.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>

namespace plancia {

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

bool isRetryableNetworkError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// The codes Qt gives a complete answer whose status is 4xx/5xx. Any other code (or any code with
// a status below 400) means the exchange itself failed: connection dropped mid-body, broken
// chunked encoding, TLS, redirect loop.
bool isHttpStatusError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

// Retry-After in seconds (the HTTP-date form is rare for APIs; it falls back to backoff).
std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::chrono::milliseconds(std::min(seconds, 120) * 1000);
}

QString bodySnippet(const QByteArray &body)
{
    constexpr int limit = 512;
    QString s = QString::fromUtf8(body.left(limit));
    if (body.size() > limit)
        s += QStringLiteral("…");
    return redact(s);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(ms.count() / 1000.0);
}

} // namespace

HttpJob::HttpJob(HttpClient *client, HttpRequest request, QObject *owner)
    : ResultJob<HttpResponse>(owner)
    , m_client(client)
    , m_request(std::move(request))
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::attempt);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HttpJob::onDeadline);
}

HttpJob::~HttpJob()
{
    abortReply();
}

void HttpJob::doStart()
{
    if (m_request.deadline.count() > 0)
        m_deadlineTimer.start(m_request.deadline);
    attempt();
}

void HttpJob::doCancel()
{
    abortReply();
}

void HttpJob::abortReply()
{
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

std::chrono::milliseconds HttpJob::backoff() const
{
    const auto policy = m_client ? m_client->retryPolicy() : RetryPolicy{};
    const int exponent = std::clamp(m_attempts - 1, 0, 16);
    auto delay = policy.initialBackoff * (1LL << exponent);
    delay = std::min<std::chrono::milliseconds>(delay, policy.maxBackoff);
    // Full jitter on the upper half keeps many clients from retrying in lockstep.
    const auto half = delay.count() / 2;
    const auto jitter = half > 0 ? QRandomGenerator::global()->bounded(qint64(half) + 1) : 0;
    return std::chrono::milliseconds(half + jitter);
}

void HttpJob::attempt()
{
    if (isFinished())
        return;
    if (!m_client) {
        finish(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
        return;
    }
    ++m_attempts;
    m_authorized = false;
    const bool force = std::exchange(m_forceRefresh, false);
    if (!m_request.authenticate || !m_client->hasAuthorizer()) {
        send(m_request);
        return;
    }
    // Every attempt is authorized anew from the request as its owner built it: a retry, the
    // retry after a refusal and a renewed STS credential all carry a fresh header or signature.
    QPointer<HttpJob> self(this);
    const int attemptNo = m_attempts;
    m_client->authorizer()(m_request, force, this, [self, attemptNo](Result<HttpRequest> wire) {
        if (!self || self->isFinished() || self->m_attempts != attemptNo || self->m_reply)
            return; // a late or second answer
        if (!wire.ok()) {
            self->finish(wire.error());
            return;
        }
        self->m_authorized = true;
        self->send(wire.value());
    });
}

void HttpJob::send(const HttpRequest &wire)
{
    QNetworkRequest req(wire.url);
    req.setSslConfiguration(m_client->sslConfiguration());
    req.setHeader(QNetworkRequest::UserAgentHeader, m_client->userAgent());
    // Redirects keep the Authorization header only on the same origin (Qt drops it otherwise).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    // HTTP/1.1 only; why is explained in httpclient.h.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : std::as_const(wire.headers))
        req.setRawHeader(h.first, h.second);

    m_body.clear();
    m_headersSeen = false;
    m_timedOut = false;

    QNetworkAccessManager *nam = m_request.streaming ? m_client->streamManagerFor(wire.url)
                                                     : m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (wire.method == "HEAD") {
        // Qt knows a HEAD answer has no body only through head(): as a custom verb it waits
        // for Content-Length bytes that never come.
        reply = nam->head(req);
    } else if (wire.body.isEmpty() && (wire.method == "GET" || wire.method == "DELETE")) {
        reply = nam->sendCustomRequest(req, wire.method);
    } else {
        reply = nam->sendCustomRequest(req, wire.method, wire.body);
    }
    if (m_request.streaming)
        m_client->trackStream(nam, wire.url, reply);
    m_reply = reply;
    logger("core.net")
        ->debug("{} {} (attempt {})", wire.method.constData(),
                redact(wire.url.toString(QUrl::RemoveUserInfo)).toStdString(), m_attempts);

    // The idle timer starts once the request is on the wire: a request queued behind busy
    // connections (Qt's 6 per host) is waiting for us, not for the server.
    m_idleTimer.stop();
    m_idleTimer.setInterval(m_request.timeout);
    connect(reply, &QNetworkReply::socketStartedConnecting, this, &HttpJob::onActivity);
    connect(reply, &QNetworkReply::requestSent, this, &HttpJob::onActivity);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        onActivity();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        onActivity();
        Q_EMIT downloadProgress(got, total);
    });
}

void HttpJob::onActivity()
{
    if (m_reply)
        m_idleTimer.start();
}

void HttpJob::onMetaData()
{
    if (!m_reply)
        return;
    onActivity();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_request.streaming || m_headersSeen || status < 200 || status >= 300)
        return;
    m_headersSeen = true;
    // From now on the stream may be silent for as long as its kind allows (a watch without
    // events), no longer the few seconds a server may take to answer.
    m_idleTimer.setInterval(m_request.streamIdleTimeout);
    m_idleTimer.start();
    const auto pairs = m_reply->rawHeaderPairs();
    Q_EMIT responseStarted(status, HeaderList(pairs.begin(), pairs.end()));
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    onActivity();
    if (m_request.streaming && !m_headersSeen) {
        QPointer<HttpJob> self(this);
        onMetaData();
        if (!self || !m_reply)
            return;
    }
    if (streamStarted()) {
        const QByteArray data = m_reply->readAll();
        if (!data.isEmpty())
            Q_EMIT chunk(data);
        return;
    }
    m_body += m_reply->readAll();
    if (m_body.size() > m_request.maxResponseBytes) {
        abortReply();
        finish(Error::make(Error::Kind::TooLarge,
                           Error::tr("The server's answer is larger than %1 MiB; it was not read.")
                               .arg(m_request.maxResponseBytes / (1024 * 1024)),
                           redact(m_request.url.toString())));
    }
}

void HttpJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously or queued; handled there
}

void HttpJob::onDeadline()
{
    if (isFinished())
        return;
    abortReply();
    finish(Error::make(Error::Kind::Timeout,
                       Error::tr("The request did not complete within %1 seconds.")
                           .arg(seconds(m_request.deadline)),
                       redact(m_request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
}

Error HttpJob::errorFromReply(int status, QNetworkReply::NetworkError code,
                              const QString &text) const
{
    const QString where = redact(m_request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const QString host = m_request.url.host();
    if (m_timedOut && streamStarted()) {
        return Error::make(Error::Kind::Timeout,
                           Error::tr("The stream from %1 was silent for %2 seconds.")
                               .arg(host, seconds(m_request.streamIdleTimeout)),
                           where);
    }
    if (m_timedOut) {
        return Error::make(Error::Kind::Timeout,
                           Error::tr("The server did not answer within %1 seconds.")
                               .arg(seconds(m_request.timeout)),
                           where);
    }
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        if (status != 0 || m_headersSeen || !m_body.isEmpty()) {
            return Error::make(Error::Kind::Network,
                               Error::tr("The connection to %1 was closed before the answer was "
                                         "complete.")
                                   .arg(host),
                               where + QStringLiteral(": ") + text);
        }
        [[fallthrough]];
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Error::make(Error::Kind::Network, Error::tr("Cannot reach %1: %2").arg(host, text),
                           where);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(Error::Kind::Tls,
                           Error::tr("The secure connection to %1 failed: %2").arg(host, text),
                           where);
    case QNetworkReply::OperationCanceledError:
        return Error::make(Error::Kind::Canceled, Error::tr("The request was canceled."), where);
    default:
        return Error::make(Error::Kind::Network,
                           Error::tr("Network error talking to %1: %2").arg(host, text), where);
    }
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();
    const bool transportFailed =
        m_timedOut || status == 0 ||
        (netError != QNetworkReply::NoError && !(status >= 400 && isHttpStatusError(netError)));

    // What arrived is delivered, also when the stream then turns out cut: the owner decides.
    if (streamStarted()) {
        if (const QByteArray tail = reply->readAll(); !tail.isEmpty()) {
            QPointer<HttpJob> self(this);
            Q_EMIT chunk(tail);
            if (!self || isFinished())
                return;
        }
    } else {
        m_body += reply->readAll();
    }
    m_reply = nullptr;
    reply->deleteLater();

    if (transportFailed) {
        const Error err = errorFromReply(status, netError, reply->errorString());
        // A stream that delivered data is not sent again: its owner would see it twice.
        const bool retryable =
            !streamStarted() && (m_timedOut || isRetryableNetworkError(netError));
        if (retryable && m_request.isIdempotent() && m_attempts <= m_request.maxRetries) {
            retryLater(backoff(), err);
            return;
        }
        finish(err);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.url = reply->url();
    const auto pairs = reply->rawHeaderPairs();
    response.headers = HeaderList(pairs.begin(), pairs.end());
    response.body = std::move(m_body);

    const bool refused =
        status == 401 || (status == 403 && m_client && m_client->forbiddenMeansStaleCredentials());
    if (refused && m_authorized && !m_triedRefresh) {
        // The credentials were refused: ask once for fresh ones, then give up.
        m_triedRefresh = true;
        m_forceRefresh = true;
        logger("core.net")
            ->info("{} from {}; retrying once with refreshed credentials", status,
                   m_request.url.host().toStdString());
        QMetaObject::invokeMethod(this, &HttpJob::attempt, Qt::QueuedConnection);
        return;
    }

    if (isRetryableStatus(status) && m_request.isIdempotent() &&
        m_attempts <= m_request.maxRetries) {
        const auto delay = retryAfter(response.header("Retry-After")).value_or(backoff());
        retryLater(delay, Error::make(Error::kindForHttpStatus(status),
                                      Error::describeHttpStatus(status), {}, status));
        return;
    }

    if (m_httpErrorsAreErrors && (status < 200 || status >= 300)) {
        finish(Error::make(Error::kindForHttpStatus(status), Error::describeHttpStatus(status),
                           bodySnippet(response.body), status));
        return;
    }
    finish(std::move(response));
}

void HttpJob::retryLater(std::chrono::milliseconds delay, const Error &why)
{
    logger("core.net")
        ->info("retrying {} {} in {} ms after: {}", m_request.method.constData(),
               redact(m_request.url.toString(QUrl::RemoveQuery)).toStdString(), delay.count(),
               why.toLogString().toStdString());
    m_retryTimer.start(delay);
}

void HttpJob::finish(HttpResult result)
{
    finishWith(std::move(result));
}

void HttpJob::emitFinished(const HttpResult &result)
{
    abortReply();
    m_deadlineTimer.stop();
    if (!result.ok() && result.error().kind != Error::Kind::Canceled) {
        logger("core.net")
            ->warn("{} {} failed: {}", m_request.method.constData(),
                   redact(m_request.url.toString(QUrl::RemoveQuery)).toStdString(),
                   result.error().toLogString().toStdString());
    }
    Q_EMIT finished(result);
}

} // namespace plancia
