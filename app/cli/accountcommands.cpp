// `plancia-cli whoami` and `plancia-cli logout`.
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "platform/platform.h"

#include <QJsonObject>

namespace plancia::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::AccountCommands)
};

bool noArguments(Context &context, const QCommandLineParser &parser, const char *command)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    context.usageError(Tr::tr("%1 takes no arguments.").arg(QLatin1String(command)),
                       QLatin1String(command));
    return false;
}

} // namespace

void whoamiOptions(QCommandLineParser &) {}

int runWhoami(Context &context, const QCommandLineParser &parser)
{
    if (!noArguments(context, parser, "whoami"))
        return ExitUsage;
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    Session *session = nullptr;
    if (const int rc = Account::restore(context, *profile, &session))
        return rc;
    if (context.json()) {
        context.printJson(Account::userJson(*session));
    } else {
        for (const QString &line : Account::userText(*session))
            context.print(line);
    }
    return ExitOk;
}

void logoutOptions(QCommandLineParser &) {}

int runLogout(Context &context, const QCommandLineParser &parser)
{
    if (!noArguments(context, parser, "logout"))
        return ExitUsage;
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    // The stored login is restored first, so that logout can revoke it at the IAM (a refresh
    // token only removed from the keychain would stay valid there).
    Session *session = context.platform(Account::withRememberedAgent(*profile))->session();
    std::optional<Error> restoreError;
    std::optional<QString> noKeychain;
    std::optional<bool> restored;
    QObject scope;
    auto errors = QObject::connect(session, &Session::errorOccurred, &scope,
                                   [&](const Error &e) { restoreError = e; });
    QObject::connect(session, &Session::keychainUnavailable, &scope,
                     [&](const QString &m) { noKeychain = m; });
    QObject::connect(session, &Session::restoreFinished, &scope, [&](bool ok) {
        restored = ok;
        context.wake();
    });
    session->restore();
    if (!context.waitFor([&] { return restored.has_value(); }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    const bool loggedIn = *restored;
    const QString user = session->user().username;
    const Profile used = session->profile();
    // Unreachable IAM: the stored login is still there (and still valid), only unverified.
    const bool unverified = !loggedIn && restoreError &&
                            restoreError->kind != Error::Kind::Unauthorized &&
                            restoreError->kind != Error::Kind::Auth;

    QObject::disconnect(errors);
    std::optional<Error> revokeError;
    QObject::connect(session, &Session::errorOccurred, &scope,
                     [&](const Error &e) { revokeError = e; });
    bool done = false;
    QObject::connect(session, &Session::logoutFinished, &scope, [&] {
        done = true;
        context.wake();
    });
    session->logout();
    // Not interruptible: half a logout (revoked, still in the keychain) helps nobody.
    context.waitFor([&] { return done; });
    context.settleKeychain();
    Account::forgetAgent(*profile);

    if (revokeError)
        return context.fail(ExitFailed, revokeError->message, revokeError);
    if (unverified) {
        return context.fail(ExitFailed,
                            Tr::tr("Removed the stored login, but %1 could not be reached to "
                                   "revoke it: %2")
                                .arg(used.iam.issuer.toString(), restoreError->message),
                            restoreError);
    }
    QJsonObject json{{QStringLiteral("loggedOut"), loggedIn},
                     {QStringLiteral("platform"), Account::platformJson(used)}};
    if (loggedIn) {
        json.insert(QStringLiteral("user"), user);
        context.message(Tr::tr("Logged out %1 from %2.").arg(user, Account::platformText(used)));
    } else if (noKeychain) {
        context.message(Tr::tr("Not logged in to %1 (no keychain: %2).")
                            .arg(Account::platformText(used), *noKeychain));
    } else {
        context.message(Tr::tr("Not logged in to %1.").arg(Account::platformText(used)));
    }
    if (context.json())
        context.printJson(json);
    return ExitOk;
}

} // namespace plancia::cli
