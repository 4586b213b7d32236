#include "auth/claims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace plancia {

QJsonObject jwtPayload(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    return doc.isObject() ? doc.object() : QJsonObject{};
}

QDateTime jwtExpiry(const QString &token)
{
    const QJsonValue exp = jwtPayload(token).value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), QTimeZone::utc());
}

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const auto &v : value.toArray()) {
            if (v.isString())
                out << v.toString();
        }
    } else if (value.isString()) {
        out = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return out;
}

} // namespace

UserInfo userInfoFromClaims(const QJsonObject &claims, const RoleMapping &mapping)
{
    UserInfo u;
    u.subject = claims.value(QLatin1String("sub")).toString();
    u.username = claims.value(QLatin1String("preferred_username")).toString();
    u.displayName = claims.value(QLatin1String("name")).toString();
    u.email = claims.value(QLatin1String("email")).toString();
    QStringList groups = stringList(claims.value(QLatin1String("wlcg.groups")));
    if (groups.isEmpty())
        groups = stringList(claims.value(QLatin1String("groups")));
    for (QString &g : groups) {
        if (g.startsWith(QLatin1Char('/')))
            g.remove(0, 1);
    }
    groups.removeDuplicates();
    u.groups = groups;
    if (u.displayName.isEmpty())
        u.displayName = u.username;
    u.roles = rolesForGroups(u.groups, mapping);
    return u;
}

UserInfo mergeUserInfo(UserInfo base, const UserInfo &more, const RoleMapping &mapping)
{
    if (base.subject.isEmpty())
        base.subject = more.subject;
    if (base.username.isEmpty())
        base.username = more.username;
    if (base.displayName.isEmpty() || base.displayName == base.username)
        base.displayName = more.displayName.isEmpty() ? base.username : more.displayName;
    if (base.email.isEmpty())
        base.email = more.email;
    if (base.groups.isEmpty())
        base.groups = more.groups;
    base.roles = rolesForGroups(base.groups, mapping);
    return base;
}

} // namespace plancia
