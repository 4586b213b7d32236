#include "httpjob.h"

#include "httpclient.h"
#include "log/logging.h"
#include "log/redact.h"

#include <QBuffer>
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

} // namespace

HttpJob::HttpJob(HttpClient *client, HttpRequest request, QObject *owner)
    : QObject(owner)
    , m_client(client)
    , m_request(std::move(request))
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::attempt);
}

HttpJob::~HttpJob()
{
    abortReply();
}

void HttpJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never do the work synchronously: callers connect after start() in the same breath.
    QMetaObject::invokeMethod(this, &HttpJob::attempt, Qt::QueuedConnection);
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    abortReply();
    finish(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
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
    if (m_finished)
        return;
    if (!m_client) {
        finish(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
        return;
    }
    ++m_attempts;
    if (m_request.authenticate && m_client->hasAuthorizer()) {
        QPointer<HttpJob> self(this);
        const bool force = m_triedRefresh;
        m_client->authorizer()(force, this, [self](const Result<QByteArray> &auth) {
            if (!self || self->m_finished)
                return;
            if (!auth.ok()) {
                self->finish(auth.error());
                return;
            }
            self->sendWithAuthorization(auth.value());
        });
        return;
    }
    sendWithAuthorization({});
}

void HttpJob::sendWithAuthorization(const QByteArray &authorization)
{
    QNetworkRequest req(m_request.url);
    req.setSslConfiguration(m_client->sslConfiguration());
    req.setHeader(QNetworkRequest::UserAgentHeader, m_client->userAgent());
    // Redirects keep the Authorization header only on the same origin (Qt drops it otherwise).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : std::as_const(m_request.headers))
        req.setRawHeader(h.first, h.second);
    m_lastAuthorization = authorization;
    if (!authorization.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), authorization);

    m_body.clear();
    m_headersSeen = false;
    m_timedOut = false;
    m_streamResponse = {};

    auto *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (m_request.body.isEmpty() &&
        (m_request.method == "GET" || m_request.method == "HEAD" || m_request.method == "DELETE")) {
        reply = nam->sendCustomRequest(req, m_request.method);
    } else {
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    }
    m_reply = reply;
    logger("core.net")
        ->debug("{} {} (attempt {})", m_request.method.constData(),
                redact(m_request.url.toString(QUrl::RemoveUserInfo)).toStdString(), m_attempts);

    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_idleTimer.start();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        m_idleTimer.start();
        Q_EMIT downloadProgress(got, total);
    });
    m_idleTimer.setInterval(m_request.timeout);
    m_idleTimer.start();
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    if (m_request.streaming && success) {
        if (!m_headersSeen) {
            m_headersSeen = true;
            m_streamResponse.status = status;
            m_streamResponse.url = m_reply->url();
            const auto pairs = m_reply->rawHeaderPairs();
            m_streamResponse.headers = HeaderList(pairs.begin(), pairs.end());
            Q_EMIT responseStarted(status, m_streamResponse.headers);
        }
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

Error HttpJob::errorFromReply(QNetworkReply::NetworkError code, const QString &text) const
{
    const QString where = redact(m_request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (m_timedOut) {
        return Error::make(Error::Kind::Timeout,
                           Error::tr("The server did not answer within %1 seconds.")
                               .arg(m_request.timeout.count() / 1000.0),
                           where);
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Error::make(Error::Kind::Network,
                           Error::tr("Cannot reach %1: %2").arg(m_request.url.host(), text), where);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(
            Error::Kind::Tls,
            Error::tr("The secure connection to %1 failed: %2").arg(m_request.url.host(), text),
            where);
    case QNetworkReply::OperationCanceledError:
        return Error::make(Error::Kind::Canceled, Error::tr("The request was canceled."), where);
    default:
        return Error::make(
            Error::Kind::Network,
            Error::tr("Network error talking to %1: %2").arg(m_request.url.host(), text), where);
    }
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();

    if (status == 0 || m_timedOut) {
        const Error err = errorFromReply(netError, reply->errorString());
        const bool retryable =
            m_timedOut ? !m_request.streaming : isRetryableNetworkError(netError);
        if (retryable && m_request.isIdempotent() && m_attempts <= m_request.maxRetries) {
            retryLater(backoff(), err);
            return;
        }
        finish(err);
        return;
    }

    if (!m_request.streaming || !(status >= 200 && status < 300))
        m_body += reply->readAll();
    else if (const QByteArray tail = reply->readAll(); !tail.isEmpty())
        Q_EMIT chunk(tail);

    HttpResponse response;
    response.status = status;
    response.url = reply->url();
    const auto pairs = reply->rawHeaderPairs();
    response.headers = HeaderList(pairs.begin(), pairs.end());
    response.body = std::move(m_body);

    const bool refused =
        status == 401 || (status == 403 && m_client && m_client->forbiddenMeansStaleCredentials());
    if (refused && m_request.authenticate && m_client && m_client->hasAuthorizer() &&
        !m_triedRefresh && !m_lastAuthorization.isEmpty()) {
        // The credentials were refused: ask once for fresh ones, then give up.
        m_triedRefresh = true;
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

void HttpJob::finish(const HttpResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    abortReply();
    if (!result.ok() && result.error().kind != Error::Kind::Canceled) {
        logger("core.net")
            ->warn("{} {} failed: {}", m_request.method.constData(),
                   redact(m_request.url.toString(QUrl::RemoveQuery)).toStdString(),
                   result.error().toLogString().toStdString());
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace plancia
