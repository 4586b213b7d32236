#pragma once

#include "auth/userinfo.h"
#include "net/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace plancia {

// The payload of a JWT (no signature check: the token came over TLS from the token endpoint,
// and the servers that accept it verify it themselves). Empty object if it is not a JWT.
QJsonObject jwtPayload(const QString &token);
// The JWT's `exp`, invalid when absent or not a JWT.
QDateTime jwtExpiry(const QString &token);

// UserInfo from OIDC claims (ID token, access token or userinfo answer): username from
// `preferred_username`, groups from `wlcg.groups` (leading '/' stripped) or `groups`.
UserInfo userInfoFromClaims(const QJsonObject &claims, const RoleMapping &mapping);
// Fills the gaps of `base` from `more` (userinfo after the ID token).
UserInfo mergeUserInfo(UserInfo base, const UserInfo &more, const RoleMapping &mapping);

} // namespace plancia
