// `plancia-cli login [--oidc-agent ACCOUNT]`: the device flow as text on stderr (link, code, a
// QR code on a terminal, a countdown), or a token from a running oidc-agent.
#include "account.h"
#include "auth/deviceflowjob.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "platform/platform.h"
#include "terminalqr.h"

#include <QPointer>

#include <cstdio>
#include <unistd.h>

namespace plancia::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Login)
};

const auto kAgentOption = QStringLiteral("oidc-agent");

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

QString minutesSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The countdown: rewritten in place on a terminal, a line a minute (and the last 10 s) in a log
// or a pipe.
class Countdown
{
public:
    explicit Countdown(const Context &context)
        : m_context(context)
        , m_tty(stderrIsTerminal())
    {}
    ~Countdown() { end(); }

    void show(int secondsLeft)
    {
        const QString text =
            Tr::tr("Waiting for approval… %1 left").arg(minutesSeconds(secondsLeft));
        if (m_tty) {
            std::fprintf(stderr, "\r\033[K%s", text.toLocal8Bit().constData());
            std::fflush(stderr);
            m_open = true;
            return;
        }
        if (m_last >= 0 && m_last - secondsLeft < 60 && secondsLeft != 10)
            return;
        m_last = secondsLeft;
        m_context.message(text);
    }
    void end()
    {
        if (!m_open)
            return;
        m_open = false;
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }

private:
    const Context &m_context;
    bool m_tty;
    bool m_open = false;
    int m_last = -1;
};

int reportLogin(Context &context, Session *session, const std::optional<QString> &noKeychain)
{
    // The refresh token must be in the keychain before the process ends, or the next command
    // finds no login.
    context.settleKeychain();
    if (!session->keychainAvailable() &&
        session->profile().iam.tokenSource != Profile::Iam::TokenSource::OidcAgent) {
        return context.fail(ExitFailed,
                            Tr::tr("Logged in as %1, but the login could not be stored. %2")
                                .arg(session->user().username,
                                     Account::noKeychainAdvice(
                                         context, noKeychain.value_or(Tr::tr("see the log")))));
    }
    if (context.json()) {
        context.printJson(Account::userJson(*session));
    } else {
        context.message(
            Tr::tr("Logged in to %1 as %2.")
                .arg(Account::platformText(session->profile()), session->user().username));
        for (const QString &line : Account::userText(*session))
            context.print(line);
    }
    return ExitOk;
}

int loginWithAgent(Context &context, Profile profile, const QString &account)
{
    const bool fromProfile = profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent &&
                             profile.iam.oidcAgentAccount == account;
    profile.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
    profile.iam.oidcAgentAccount = account;
    Session *session = context.platform(profile)->session();
    std::optional<Error> error;
    QObject scope;
    std::optional<QString> noKeychain;
    QObject::connect(session, &Session::errorOccurred, &scope, [&](const Error &e) { error = e; });
    QObject::connect(session, &Session::keychainUnavailable, &scope,
                     [&](const QString &m) { noKeychain = m; });
    QObject::connect(session, &Session::stateChanged, &scope, [&] { context.wake(); });
    context.message(Tr::tr("Asking oidc-agent (account %1) for a token…").arg(account));
    session->loginWithOidcAgent();
    if (!context.waitFor([&] { return session->state() != Session::State::LoggingIn; }))
        return context.fail(ExitFailed, Tr::tr("Login canceled."));
    if (session->state() != Session::State::LoggedIn) {
        const QString why = error ? error->message : Tr::tr("oidc-agent gave no token.");
        return context.fail(ExitFailed, Tr::tr("Login through oidc-agent failed: %1").arg(why),
                            error);
    }
    if (!fromProfile)
        Account::rememberAgent(profile, account);
    return reportLogin(context, session, noKeychain);
}

void showCode(const Context &context, const DeviceFlowJob &job)
{
    const QUrl complete = job.verificationUriComplete();
    context.message(Tr::tr("To log in, open this link in a browser and enter the code:"));
    // "Link:" and "Code:" are not translated: scripts read these two lines.
    context.message(QStringLiteral("Link: ") + job.verificationUri().toString());
    context.message(QStringLiteral("Code: ") + job.userCode());
    if (stderrIsTerminal()) {
        const QString qr = terminalQrCode(complete.toString().toUtf8());
        if (!qr.isEmpty()) {
            context.message(Tr::tr("Or scan this code with a phone (it opens the link with the "
                                   "code filled in):"));
            std::fputs(qr.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
        }
    } else if (complete != job.verificationUri()) {
        context.message(Tr::tr("Or open, with the code filled in: %1").arg(complete.toString()));
    }
}

int deviceLogin(Context &context, const Profile &profile)
{
    Session *session = context.platform(profile)->session();
    std::optional<Error> error;
    std::optional<Result<TokenResponse>> flow;
    QObject scope;
    std::optional<QString> noKeychain;
    QObject::connect(session, &Session::errorOccurred, &scope, [&](const Error &e) { error = e; });
    QObject::connect(session, &Session::keychainUnavailable, &scope,
                     [&](const QString &m) { noKeychain = m; });
    QObject::connect(session, &Session::stateChanged, &scope, [&] { context.wake(); });

    Countdown countdown(context);
    bool codeShown = false;
    QPointer<DeviceFlowJob> job = session->startDeviceLogin();
    QObject::connect(job, &DeviceFlowJob::codeReceived, &scope, [&] {
        showCode(context, *job);
        codeShown = true;
    });
    QObject::connect(job, &DeviceFlowJob::statusChanged, &scope,
                     [&](DeviceFlowJob::State state, int secondsLeft) {
                         if (codeShown && state == DeviceFlowJob::State::WaitingForApproval)
                             countdown.show(secondsLeft);
                     });
    QObject::connect(job, &DeviceFlowJob::finished, &scope, [&](const Result<TokenResponse> &r) {
        countdown.end();
        flow = r;
        context.wake();
    });
    const bool finished = context.waitFor([&] {
        if (!flow)
            return false;
        return !flow->ok() || session->state() != Session::State::LoggingIn;
    });
    countdown.end();
    if (!finished) {
        if (job)
            job->cancel();
        return context.fail(ExitFailed, Tr::tr("Login canceled."));
    }
    if (!flow->ok())
        return context.fail(ExitFailed, flow->error().message, flow->error());
    if (session->state() != Session::State::LoggedIn) {
        const QString why = error ? error->message : Tr::tr("The login failed.");
        return context.fail(ExitFailed, why, error);
    }
    Account::forgetAgent(profile);
    return reportLogin(context, session, noKeychain);
}

} // namespace

void loginOptions(QCommandLineParser &parser)
{
    parser.addOption({kAgentOption,
                      Tr::tr("Take the tokens from a running oidc-agent's ACCOUNT instead of a "
                             "device login; later commands keep using it until logout."),
                      Tr::tr("ACCOUNT")});
}

int runLogin(Context &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(Tr::tr("login takes no arguments."), QStringLiteral("login"));
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (parser.isSet(kAgentOption))
        return loginWithAgent(context, *profile, parser.value(kAgentOption));
    if (profile->iam.tokenSource == Profile::Iam::TokenSource::OidcAgent)
        return loginWithAgent(context, *profile, profile->iam.oidcAgentAccount);
    return deviceLogin(context, *profile);
}

} // namespace plancia::cli
