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

    // Deadline without a byte in either direction; for streams (watch, event-stream) this is the
    // idle limit, not the total.
    std::chrono::milliseconds timeout{30000};
    // Retries on connection errors, 429 and 502/503/504. Only used for idempotent requests.
    int maxRetries = 3;
    // Defaults to the method's idempotency (GET, HEAD, PUT, DELETE, OPTIONS).
    std::optional<bool> idempotent;
    // Ask the client's authorizer for an Authorization header.
    bool authenticate = true;
    // Deliver the body as it arrives through HttpJob::chunk instead of collecting it.
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
