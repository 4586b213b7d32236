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
    const quint64 generation = ++m_generation;
    setState(State::LoggingIn);
    if (!m_tokens->hasTokens() &&
        m_profile.iam.tokenSource != Profile::Iam::TokenSource::OidcAgent) {
        // A device-flow profile asked for the agent explicitly: use it for this session.
        m_profile.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
    }
    m_tokens->clear();
    installOidcAgentSource();
    QPointer<Session> self(this);
    withConfiguration([self, generation](const Result<OidcConfiguration> &c) {
        if (!self || generation != self->m_generation)
            return;
        if (!c.ok()) // userinfo will be missing; the JWT's claims may be enough
            log()->warn("discovery failed: {}", c.error().toLogString().toStdString());
        self->m_tokens->accessToken(self, true, [self, generation](const Result<QString> &t) {
            if (!self || generation != self->m_generation)
                return;
            if (!t.ok()) {
                self->endRestore(t.error());
                return;
            }
            TokenResponse current;
            current.accessToken = t.value();
            self->loginAs(current, false, false,
                          tr("oidc-agent's token does not say who you are."));
        });
    });
}

} // namespace plancia
