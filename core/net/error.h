#pragma once

#include <QCoreApplication>
#include <QString>

namespace plancia {

// One error type for everything core does. `message` is translated and meant for people;
// `detail` is for logs and bug reports (already redacted by whoever fills it in).
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(plancia::Error)

public:
    enum class Kind {
        Network,      // connection refused, DNS, reset
        Timeout,      // no answer within the deadline
        Canceled,     // the caller gave up
        Tls,          // certificate or handshake failure
        Unauthorized, // 401: credentials missing or expired
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        Gone,         // 410 (e.g. an expired Kubernetes resourceVersion)
        Invalid,      // 400/422: the request was rejected as malformed
        RateLimited,  // 429
        Server,       // 5xx
        Http,         // any other unexpected HTTP status
        Parse,        // the answer could not be understood
        TooLarge,     // the answer exceeded what we accept
        Config,       // a profile or setting is wrong
        Keychain,     // the system keychain failed
        Auth,         // login flow failures (denied, expired code, ...)
        Unsupported,  // the server or platform lacks a feature
        Unavailable,  // a local helper the profile relies on is missing or not running
                      // (oidc-agent, the system keychain's service)
        Internal,
    };

    Kind kind = Kind::Internal;
    int httpStatus = 0;
    QString message;
    QString detail;

    static Error make(Kind kind, QString message, QString detail = {}, int httpStatus = 0)
    {
        return Error{kind, httpStatus, std::move(message), std::move(detail)};
    }

    // A short, translated description of an HTTP status for people.
    static QString describeHttpStatus(int status);
    // The error kind an HTTP status maps to.
    static Kind kindForHttpStatus(int status);
    static const char *kindName(Kind kind);

    // "message (detail)" for logs.
    QString toLogString() const;
};

} // namespace plancia
