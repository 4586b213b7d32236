#include "error.h"

namespace plancia {

Error::Kind Error::kindForHttpStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::Invalid;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 410:
        return Kind::Gone;
    case 413:
        return Kind::TooLarge;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 ? Kind::Server : Kind::Http;
    }
}

QString Error::describeHttpStatus(int status)
{
    switch (status) {
    case 400:
        return tr("The server rejected the request as malformed (HTTP 400).");
    case 401:
        return tr("You are not logged in, or your login has expired (HTTP 401).");
    case 403:
        return tr("You do not have permission for this (HTTP 403).");
    case 404:
        return tr("The requested item does not exist (HTTP 404).");
    case 409:
        return tr("The item was changed or already exists (HTTP 409).");
    case 410:
        return tr("The requested data is no longer available (HTTP 410).");
    case 413:
        return tr("The request is too large for the server (HTTP 413).");
    case 422:
        return tr("The server rejected the request as invalid (HTTP 422).");
    case 429:
        return tr("The server is busy; too many requests (HTTP 429).");
    case 500:
        return tr("The server failed with an internal error (HTTP 500).");
    case 502:
    case 503:
    case 504:
        return tr("The server is temporarily unavailable (HTTP %1).").arg(status);
    default:
        return tr("The server answered with an unexpected status (HTTP %1).").arg(status);
    }
}

const char *Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return "network";
    case Kind::Timeout:
        return "timeout";
    case Kind::Canceled:
        return "canceled";
    case Kind::Tls:
        return "tls";
    case Kind::Unauthorized:
        return "unauthorized";
    case Kind::Forbidden:
        return "forbidden";
    case Kind::NotFound:
        return "not-found";
    case Kind::Conflict:
        return "conflict";
    case Kind::Gone:
        return "gone";
    case Kind::Invalid:
        return "invalid";
    case Kind::RateLimited:
        return "rate-limited";
    case Kind::Server:
        return "server";
    case Kind::Http:
        return "http";
    case Kind::Parse:
        return "parse";
    case Kind::TooLarge:
        return "too-large";
    case Kind::Config:
        return "config";
    case Kind::Keychain:
        return "keychain";
    case Kind::Auth:
        return "auth";
    case Kind::Unsupported:
        return "unsupported";
    case Kind::Unavailable:
        return "unavailable";
    case Kind::Internal:
        return "internal";
    }
    return "unknown";
}

QString Error::toLogString() const
{
    QString s = QString::fromLatin1(kindName(kind));
    if (httpStatus)
        s += QStringLiteral(" %1").arg(httpStatus);
    s += QStringLiteral(": ") + message;
    if (!detail.isEmpty())
        s += QStringLiteral(" (") + detail + QLatin1Char(')');
    return s;
}

} // namespace plancia
