// Session's service credentials: the Authorization headers and STS credentials it hands out.
#include "auth/servicecredentials.h"
#include "auth/session.h"
#include "auth/tokenmanager.h"

namespace plancia {

Authorizer Session::kubernetesAuthorizer()
{
    QPointer<Session> self(this);
    return
        [self](bool force, QObject *context, std::function<void(const Result<QByteArray> &)> done) {
            if (!self) {
                done(Error::make(Error::Kind::Canceled, tr("The session is gone.")));
                return;
            }
            self->accessToken(context, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("Bearer " + t.value().toUtf8()));
            });
        };
}

Authorizer Session::prometheusAuthorizer()
{
    if (!m_profile.prometheus.useBearer)
        return {};
    return kubernetesAuthorizer();
}

Authorizer Session::hubAuthorizer()
{
    QPointer<Session> self(this);
    return
        [self](bool force, QObject *context, std::function<void(const Result<QByteArray> &)> done) {
            if (!self) {
                done(Error::make(Error::Kind::Canceled, tr("The session is gone.")));
                return;
            }
            if (self->m_state != State::LoggedIn && !self->m_tokens->hasTokens()) {
                done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
                return;
            }
            self->m_services->hubToken(context, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("token " + t.value().toUtf8()));
            });
        };
}

void Session::configureHubClient(HttpClient *client)
{
    client->setAuthorizer(hubAuthorizer());
    client->setForbiddenMeansStaleCredentials(true);
}

void Session::invalidateHubToken()
{
    m_services->hubToken(this, true, [](const Result<QString> &) {});
}

void Session::s3Credentials(QObject *context, bool forceRefresh,
                            std::function<void(const Result<AwsCredentials> &)> done)
{
    if (m_state != State::LoggedIn && !m_tokens->hasTokens()) {
        done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
        return;
    }
    m_services->stsCredentials(context, forceRefresh, std::move(done));
}

void Session::accessToken(QObject *context, bool forceRefresh,
                          std::function<void(const Result<QString> &)> done)
{
    if (!m_tokens->hasTokens() && !m_tokens->isRefreshing()) {
        done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
        return;
    }
    m_tokens->accessToken(context, forceRefresh, std::move(done));
}

} // namespace plancia
