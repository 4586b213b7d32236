#pragma once

#include "net/httprequest.h"

#include <QString>

namespace plancia {

// An OAuth error answer (RFC 6749 §5.2): `error` and `error_description`. `error` is empty when
// the body is not such an answer.
struct OAuthError
{
    QString error;
    QString description;
};

OAuthError parseOAuthError(const QByteArray &body);

// application/x-www-form-urlencoded body, every value fully percent-encoded.
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// A POST of a form to an OAuth endpoint: never retried (a grant must not be replayed), no
// Authorization header from the client's authorizer.
HttpRequest oauthPost(const QUrl &url, const QList<QPair<QString, QString>> &fields);

} // namespace plancia
