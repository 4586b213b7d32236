#include "account.h"

#include "auth/session.h"
#include "cli.h"
#include "platform/platform.h"

#include <QJsonArray>
#include <QSettings>

namespace plancia::cli {

namespace {

QString agentKey(const Profile &profile)
{
    return QStringLiteral("cli/oidcAgentAccount/") + profile.name;
}

// Failures that say nothing about the login itself: the IAM could not be asked.
bool isTransient(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Tls:
    case Error::Kind::Server:
    case Error::Kind::RateLimited:
    case Error::Kind::Parse:
    case Error::Kind::Http:
        return true;
    default:
        return false;
    }
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Researcher:
        return QStringLiteral("researcher");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Tutor:
        return QStringLiteral("tutor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

Profile Account::withRememberedAgent(Profile profile)
{
    const QString account = QSettings().value(agentKey(profile)).toString();
    if (!account.isEmpty() && profile.iam.tokenSource == Profile::Iam::TokenSource::DeviceFlow) {
        profile.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
        profile.iam.oidcAgentAccount = account;
    }
    return profile;
}

void Account::rememberAgent(const Profile &profile, const QString &account)
{
    QSettings().setValue(agentKey(profile), account);
}

void Account::forgetAgent(const Profile &profile)
{
    QSettings().remove(agentKey(profile));
}

QString Account::noKeychainAdvice(const Context &context, const QString &reason)
{
    return tr("No keychain is available (%1), so a login cannot be kept between commands. Use "
              "oidc-agent instead: '%2 login --oidc-agent ACCOUNT'.")
        .arg(reason, context.programName());
}

int Account::restore(Context &context, const Profile &profile, Session **session, bool quiet)
{
    Session *s = context.platform(withRememberedAgent(profile))->session();
    std::optional<Error> error;
    std::optional<QString> noKeychain;
    std::optional<bool> loggedIn;
    QObject scope;
    QObject::connect(s, &Session::errorOccurred, &scope, [&](const Error &e) { error = e; });
    QObject::connect(s, &Session::keychainUnavailable, &scope,
                     [&](const QString &m) { noKeychain = m; });
    QObject::connect(s, &Session::restoreFinished, &scope, [&](bool ok) {
        loggedIn = ok;
        context.wake();
    });
    s->restore();
    if (!context.waitFor([&] { return loggedIn.has_value(); }))
        return context.fail(ExitFailed, tr("Canceled."));
    *session = s;
    if (*loggedIn)
        return ExitOk;
    const Profile &used = s->profile();
    if (noKeychain)
        return context.fail(ExitNotLoggedIn, noKeychainAdvice(context, *noKeychain));
    if (error && isTransient(error->kind)) {
        return context.fail(
            ExitFailed,
            tr("Cannot check the login at %1: %2").arg(used.iam.issuer.toString(), error->message),
            error);
    }
    if (error) {
        return context.fail(ExitNotLoggedIn,
                            tr("Not logged in to %1: %2 Log in with '%3 login'.")
                                .arg(platformText(used), error->message, context.programName()),
                            error);
    }
    if (quiet)
        return ExitNotLoggedIn;
    return context.fail(ExitNotLoggedIn, tr("Not logged in to %1. Log in with '%2 login'.")
                                             .arg(platformText(used), context.programName()));
}

QJsonObject Account::platformJson(const Profile &profile)
{
    return {{QStringLiteral("name"), profile.name},
            {QStringLiteral("displayName"), profile.displayName},
            {QStringLiteral("issuer"), profile.iam.issuer.toString()},
            {QStringLiteral("file"), profile.sourcePath}};
}

QString Account::platformText(const Profile &profile)
{
    if (profile.displayName.isEmpty() || profile.displayName == profile.name)
        return profile.name;
    return tr("%1 (%2)").arg(profile.displayName, profile.name);
}

QJsonObject Account::userJson(const Session &session)
{
    const UserInfo &u = session.user();
    QJsonArray roles;
    for (Role r : sortedRoles(u.roles))
        roles.append(roleKey(r));
    const bool agent = session.profile().iam.tokenSource == Profile::Iam::TokenSource::OidcAgent;
    return {{QStringLiteral("user"), u.username},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("subject"), u.subject},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("groups"), QJsonArray::fromStringList(u.groups)},
            {QStringLiteral("platform"), platformJson(session.profile())},
            {QStringLiteral("tokenSource"),
             agent ? QStringLiteral("oidc-agent") : QStringLiteral("device")},
            {QStringLiteral("accessTokenExpiry"), dateTimeJson(session.accessTokenExpiry())},
            {QStringLiteral("loginExpiry"), dateTimeJson(session.refreshTokenExpiry())}};
}

QStringList Account::userText(const Session &session)
{
    const UserInfo &u = session.user();
    QStringList roles;
    for (Role r : sortedRoles(u.roles))
        roles << roleName(r);
    QString who = u.username;
    if (!u.displayName.isEmpty() && u.displayName != u.username)
        who = tr("%1 (%2)").arg(u.username, u.displayName);
    if (!u.email.isEmpty())
        who = tr("%1 <%2>").arg(who, u.email);
    const Profile &p = session.profile();
    QStringList lines{
        tr("User:     %1").arg(who),
        tr("Roles:    %1").arg(roles.join(QStringLiteral(", "))),
        tr("Groups:   %1")
            .arg(u.groups.isEmpty() ? tr("none") : u.groups.join(QStringLiteral(", "))),
        tr("Platform: %1, %2").arg(platformText(p), p.iam.issuer.toString()),
    };
    if (p.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
        lines << tr("Login:    through oidc-agent, account %1").arg(p.iam.oidcAgentAccount);
    } else {
        lines << tr("Login:    valid until %1").arg(dateTimeText(session.refreshTokenExpiry()));
    }
    lines << tr("Access:   current token valid until %1 (renewed automatically)")
                 .arg(dateTimeText(session.accessTokenExpiry()));
    return lines;
}

} // namespace plancia::cli
