// Session's oidc-agent token source: `oidc-token <account>` instead of a stored refresh token.
#include "auth/oidcagentjob.h"
#include "auth/session.h"
#include "auth/tokenmanager.h"
#include "log/logging.h"

namespace plancia {

namespace {

auto log()
{
    return logger("core.auth");
}

} // namespace

void Session::installOidcAgentSource()
{
    m_tokens->setExternalSource([this](QObject *context,
                                       std::function<void(const Result<TokenResponse> &)> done) {
        auto *job =
            new OidcAgentJob(m_profile.iam.oidcAgentAccount, m_options.oidcAgentTimeout, context);
        if (!m_options.oidcTokenProgram.isEmpty())
            job->setProgram(m_options.oidcTokenProgram);
        connect(job, &OidcAgentJob::finished, context, std::move(done));
        job->start();
    });
}

void Session::loginWithOidcAgent()
{
    beginOperation();
    setState(State::LoggingIn);
    if (!m_tokens->hasTokens() &&
        m_profile.iam.tokenSource != Profile::Iam::TokenSource::OidcAgent) {
        // A device-flow profile asked for the agent explicitly: use it for this session.
        m_profile.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
    }
    m_tokens->clear();
    installOidcAgentSource();
    withConfiguration([this](const Result<OidcConfiguration> &c) {
        if (!c.ok()) // userinfo will be missing; the JWT's claims may be enough
            log()->warn("discovery failed: {}", c.error().toLogString().toStdString());
        m_tokens->accessToken(m_operation, true, [this](const Result<QString> &t) {
            if (!t.ok()) {
                endRestore(t.error());
                return;
            }
            TokenResponse current;
            current.accessToken = t.value();
            loginAs(current, false, false, tr("oidc-agent's token does not say who you are."));
        });
    });
}

} // namespace plancia
