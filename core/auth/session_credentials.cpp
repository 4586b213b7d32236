// Session's IAM access token, as a value and as a bearer Authorization header.
#include "auth/session.h"
#include "auth/tokenmanager.h"

namespace plancia {

void Session::accessToken(QObject *context, bool forceRefresh,
                          std::function<void(const Result<QString> &)> done)
{
    if (!m_tokens->hasTokens() && !m_tokens->isRefreshing()) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, done = std::move(done)] {
                if (!hasContext || guard)
                    done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_tokens->accessToken(context, forceRefresh, std::move(done));
}

Authorizer Session::bearerAuthorizer()
{
    QPointer<Session> self(this);
    return headerAuthorizer(
        [self](bool force, QObject *context, std::function<void(Result<QByteArray>)> done) {
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
        });
}

} // namespace plancia
