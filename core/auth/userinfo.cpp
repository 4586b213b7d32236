#include "auth/userinfo.h"

#include <QCoreApplication>

#include <algorithm>

namespace plancia {

namespace {

struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(plancia::Role)
};

} // namespace

QSet<Role> rolesForGroups(const QStringList &groups, const RoleMapping &mapping)
{
    QSet<Role> roles{Role::Researcher};
    for (const QString &raw : groups) {
        const QString group = raw.startsWith(QLatin1Char('/')) ? raw.mid(1) : raw;
        if (mapping.adminGroups.contains(group)) {
            roles.insert(Role::Admin);
            roles.insert(Role::Support);
        }
        if (mapping.tutorGroups.contains(group) ||
            (!mapping.tutorGroupSuffix.isEmpty() && group.endsWith(mapping.tutorGroupSuffix)))
            roles.insert(Role::Tutor);
    }
    return roles;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Researcher:
        return RoleText::tr("Researcher");
    case Role::Support:
        return RoleText::tr("Support");
    case Role::Tutor:
        return RoleText::tr("Tutor");
    case Role::Admin:
        return RoleText::tr("Admin");
    }
    return {};
}

QList<Role> sortedRoles(const QSet<Role> &roles)
{
    QList<Role> out;
    for (Role r : {Role::Researcher, Role::Tutor, Role::Support, Role::Admin}) {
        if (roles.contains(r))
            out << r;
    }
    return out;
}

} // namespace plancia
