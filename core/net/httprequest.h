#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <optional>

namespace plancia {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // The longest silence (no byte in either direction) once the request is on the wire; a
    // request waiting for a free connection is not timed out. For a stream, the limit until its
    // status line and headers have arrived; after that, streamIdleTimeout.
    std::chrono::milliseconds timeout{30000};
    // Streams only: the longest silence while the body streams. Long enough for a Kubernetes
    // watch with timeoutSeconds=300 that sees no event (a watch with a longer timeoutSeconds
    // sets its timeoutSeconds plus a margin); a stream whose peer died is still noticed.
    std::chrono::milliseconds streamIdleTimeout{std::chrono::seconds(330)};
    // The longest time for the whole job, all attempts included, from start(); zero means no
    // limit. Independent of the idle limits above.
    std::chrono::milliseconds deadline{0};
    // Retries on connection errors, 429 and 502/503/504. Only used for idempotent requests.
    int maxRetries = 3;
    // Defaults to the method's idempotency (GET, HEAD, PUT, DELETE, OPTIONS).
    std::optional<bool> idempotent;
    // Hand every attempt to the client's Authorizer (a bearer header, a SigV4 signature).
    bool authenticate = true;
    // Deliver the body as it arrives through HttpJob::chunk instead of collecting it. Streams
    // use connections of their own, so that long-lived ones never hold up ordinary requests. A
    // stream is retried only until its headers are in (responseStarted()): after that, data may
    // have been delivered and would arrive twice, so a cut stream ends with an error and its
    // owner resumes (a watch from its resourceVersion, a log from its last timestamp).
    bool streaming = false;
    // Answers larger than this fail with Error::Kind::TooLarge (collected mode only).
    qint64 maxResponseBytes = 64 * 1024 * 1024;

    static HttpRequest get(QUrl url)
    {
        HttpRequest r;
        r.url = std::move(url);
        return r;
    }
    static HttpRequest post(QUrl url, QByteArray body, QByteArray contentType)
    {
        HttpRequest r;
        r.method = QByteArrayLiteral("POST");
        r.url = std::move(url);
        r.body = std::move(body);
        r.headers.append({QByteArrayLiteral("Content-Type"), std::move(contentType)});
        return r;
    }

    // The value of a header (case-insensitive; the last occurrence wins), empty if absent.
    QByteArray headerValue(QByteArrayView name) const
    {
        QByteArray value;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                value = h.second;
        }
        return value;
    }

    HttpRequest &header(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    // Replaces every header of that name (case-insensitive) with one.
    HttpRequest &setHeader(const QByteArray &name, QByteArray value)
    {
        headers.removeIf(
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        headers.append({name, std::move(value)});
        return *this;
    }

    bool isIdempotent() const
    {
        if (idempotent)
            return *idempotent;
        return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
               method == "OPTIONS";
    }
};

struct HttpResponse
{
    int status = 0;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // Case-insensitive; the last occurrence wins.
    QByteArray header(QByteArrayView name) const
    {
        QByteArray value;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                value = h.second;
        }
        return value;
    }
};

} // namespace plancia
