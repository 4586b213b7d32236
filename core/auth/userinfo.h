#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace plancia {

// What a person may do in the app; decides which pages are shown.
enum class Role { Researcher, Support, Tutor, Admin };

inline size_t qHash(Role role, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(role), seed);
}

struct UserInfo
{
    QString subject;     // IAM `sub`
    QString username;    // `preferred_username`
    QString displayName; // `name`, else the username
    QString email;
    QStringList groups; // `wlcg.groups` without the leading '/', else `groups`
    QSet<Role> roles;

    bool isValid() const { return !subject.isEmpty(); }
    bool hasRole(Role role) const { return roles.contains(role); }
};

// Which IAM groups give which roles. The defaults are AI_INFN's: `ml-infn` is the platform's
// admin group (support staff are admins there), and tutor groups are named `<event>-tutors`.
struct RoleMapping
{
    QStringList adminGroups{QStringLiteral("ml-infn")};
    QStringList tutorGroups;
    // A group ending in this suffix also makes its members tutors (empty: off).
    QString tutorGroupSuffix = QStringLiteral("-tutors");
};

// Everyone logged in is a Researcher; an admin group adds Admin and Support; a tutor group adds
// Tutor.
QSet<Role> rolesForGroups(const QStringList &groups, const RoleMapping &mapping = {});

// A translated, human name of a role ("Researcher").
QString roleName(Role role);
// Roles in a fixed order (Researcher, Tutor, Support, Admin), for display.
QList<Role> sortedRoles(const QSet<Role> &roles);

} // namespace plancia

Q_DECLARE_METATYPE(plancia::UserInfo)
