#pragma once

#include <QString>

namespace plancia {

// Masks secrets in text that is about to be logged: Authorization headers, bearer tokens, JWTs,
// OAuth/OIDC token fields (JSON and form encoded), S3 secret keys and session tokens, and the
// signature parts of presigned URLs. Also masks every value registered with addSecret().
QString redact(const QString &text);
std::string redact(std::string_view text);

// Registers a secret value (a token the session holds) so that it is masked wherever it
// appears, even in a context the patterns do not know. Values shorter than 8 characters are
// ignored (they would mask ordinary words).
void addSecret(const QString &secret);
void removeSecret(const QString &secret);
void clearSecrets();

inline constexpr QStringView kRedacted = u"[redacted]";

} // namespace plancia
