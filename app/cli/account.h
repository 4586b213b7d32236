#pragma once

#include "auth/userinfo.h"
#include "config/profile.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace plancia {

class Session;

namespace cli {

class Context;

// The login the commands share with the desktop app.
class Account
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Account)

public:
    // The profile with the oidc-agent account remembered by `login --oidc-agent` applied.
    static Profile withRememberedAgent(Profile profile);
    static void rememberAgent(const Profile &profile, const QString &account);
    static void forgetAgent(const Profile &profile);

    // Logs in silently (keychain or oidc-agent), as every command that talks to the platform
    // must first. On success returns 0 and sets *session; otherwise reports why and returns the
    // exit code (3: nobody is logged in or the stored login was refused; 1: the IAM could not
    // be asked). `quiet` leaves the "not logged in" case to the caller.
    static int restore(Context &context, const Profile &profile, Session **session,
                       bool quiet = false);

    // "user", "name", "email", "subject", "roles" (stable keys), "groups", "platform" {...}.
    static QJsonObject userJson(const Session &session);
    // Lines for people: user, roles, groups, platform, login expiry.
    static QStringList userText(const Session &session);
    // What to do without a keychain.
    static QString noKeychainAdvice(const Context &context, const QString &reason);

    static QJsonObject platformJson(const Profile &profile);
    static QString platformText(const Profile &profile);
};

QString roleKey(Role role);

} // namespace cli
} // namespace plancia
