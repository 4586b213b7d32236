#include "jupyter/hubtokenprovider.h"

#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plancia {

namespace {

auto log()
{
    return logger("core.jupyter");
}

} // namespace

HubTokenProvider::HubTokenProvider(HttpClient *http, QUrl hubUrl, AccessTokenSource accessToken,
                                   QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_hubUrl(std::move(hubUrl))
    , m_accessToken(std::move(accessToken))
    , m_token(this, [this] { mint(); })
{
    m_token.setForceWindow(std::chrono::seconds(60));
}

HubTokenProvider::~HubTokenProvider() = default;

QUrl HubTokenProvider::apiUrl(const QUrl &hub, const QString &path)
{
    QString base = hub.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base + QStringLiteral("hub/api/") + path);
}

void HubTokenProvider::setUsername(const QString &username)
{
    if (username == m_username)
        return;
    clear(false);
    m_username = username;
}

void HubTokenProvider::token(QObject *context, bool forceRenew,
                             std::function<void(const Result<QString> &)> done)
{
    m_token.get(context, forceRenew, std::move(done));
}

Authorizer HubTokenProvider::authorizer()
{
    QPointer<HubTokenProvider> self(this);
    return headerAuthorizer(
        [self](bool force, QObject *context, std::function<void(Result<QByteArray>)> done) {
            if (!self) {
                done(Error::make(Error::Kind::Canceled, tr("The session is gone.")));
                return;
            }
            self->token(context, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("token " + t.value().toUtf8()));
            });
        });
}

void HubTokenProvider::clear(bool revoke)
{
    const auto &current = m_token.value();
    if (revoke && current && !m_tokenId.isEmpty() && m_http && !m_username.isEmpty()) {
        HttpRequest req;
        req.method = QByteArrayLiteral("DELETE");
        req.url = apiUrl(
            m_hubUrl, QStringLiteral("users/%1/tokens/%2")
                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_username)), m_tokenId));
        req.authenticate = false;
        req.header(QByteArrayLiteral("Authorization"), "token " + current->toUtf8());
        req.timeout = std::chrono::seconds(10);
        // Parented to the client, not to this provider: the revocation outlives a logout.
        auto *job = m_http->send(std::move(req), m_http);
        connect(job, &HttpJob::finished, m_http, [](const HttpResult &r) {
            if (r.ok())
                log()->info("hub API token revoked");
        });
    }
    m_tokenId.clear();
    const bool had = current.has_value();
    m_token.clear(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
    if (had)
        Q_EMIT changed();
}

void HubTokenProvider::mint()
{
    QObject *scope = m_token.renewalScope();
    if (!m_http || m_username.isEmpty() || m_hubUrl.isEmpty()) {
        m_token.settle(Error::make(Error::Kind::Config,
                                   tr("JupyterHub is not configured, or you are not logged in.")));
        return;
    }
    m_accessToken(false, scope, [this, scope](const Result<QString> &access) {
        if (!access.ok()) {
            m_token.settle(access.error());
            return;
        }
        QJsonObject auth{{QStringLiteral("access_token"), access.value()}};
        QJsonObject body{{QStringLiteral("auth"), auth},
                         {QStringLiteral("note"), QStringLiteral("plancia")},
                         {QStringLiteral("expires_in"), qint64(m_lifetime.count())}};
        HttpRequest req = HttpRequest::post(
            apiUrl(m_hubUrl, QStringLiteral("users/%1/tokens")
                                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_username)))),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"));
        req.authenticate = false;
        req.maxRetries = 0;
        ++m_mints;
        auto *job = m_http->send(std::move(req), scope);
        connect(job, &HttpJob::finished, scope, [this](const HttpResult &r) {
            if (!r.ok()) {
                Error e = r.error();
                e.message = tr("JupyterHub did not accept your login: %1").arg(e.message);
                m_token.settle(e);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(r->body).object();
            const QString token = o.value(QLatin1String("token")).toString();
            if (token.isEmpty()) {
                m_token.settle(
                    Error::make(Error::Kind::Parse, tr("JupyterHub's answer holds no token.")));
                return;
            }
            addSecret(token);
            m_tokenId = o.value(QLatin1String("id")).toString();
            QDateTime expiry = QDateTime::fromString(
                o.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
            if (!expiry.isValid())
                expiry = QDateTime::currentDateTimeUtc().addSecs(m_lifetime.count());
            log()->info("hub API token minted; valid until {}",
                        expiry.toUTC().toString(Qt::ISODate).toStdString());
            m_token.settle(token, expiry.toUTC());
            Q_EMIT changed();
        });
    });
}

} // namespace plancia
