#include "auth/oidcconfiguration.h"

#include "auth/claims.h"
#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plancia {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(plancia::OidcConfiguration)
};

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QUrl urlField(const QJsonObject &o, const char *name)
{
    return QUrl(o.value(QLatin1String(name)).toString());
}

} // namespace

Result<OidcConfiguration> parseOidcConfiguration(const QByteArray &json, const QUrl &issuer)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        return Error::make(Error::Kind::Parse,
                           Text::tr("The identity provider's configuration could not be read."),
                           pe.errorString());
    }
    const QJsonObject o = doc.object();
    OidcConfiguration c;
    c.issuer = urlField(o, "issuer");
    if (withoutTrailingSlash(c.issuer.toString()) != withoutTrailingSlash(issuer.toString())) {
        return Error::make(Error::Kind::Config,
                           Text::tr("The identity provider says it is %1, not %2.")
                               .arg(c.issuer.toString(), issuer.toString()));
    }
    c.deviceAuthorizationEndpoint = urlField(o, "device_authorization_endpoint");
    c.tokenEndpoint = urlField(o, "token_endpoint");
    c.userinfoEndpoint = urlField(o, "userinfo_endpoint");
    c.revocationEndpoint = urlField(o, "revocation_endpoint");
    c.introspectionEndpoint = urlField(o, "introspection_endpoint");
    c.jwksUri = urlField(o, "jwks_uri");
    if (!c.tokenEndpoint.isValid() || c.tokenEndpoint.isRelative()) {
        return Error::make(
            Error::Kind::Parse,
            Text::tr("The identity provider's configuration has no token endpoint."));
    }
    return c;
}

Result<TokenResponse> parseTokenResponse(const QByteArray &json, const QDateTime &now)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject o = doc.object();
    const QString access = o.value(QLatin1String("access_token")).toString();
    if (!doc.isObject() || access.isEmpty()) {
        return Error::make(Error::Kind::Parse,
                           Text::tr("The identity provider's answer holds no access token."),
                           redact(QString::fromUtf8(json.left(300))));
    }
    TokenResponse t;
    t.accessToken = access;
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.idToken = o.value(QLatin1String("id_token")).toString();
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble())
        t.accessExpiry = now.addSecs(qint64(expiresIn.toDouble()));
    else if (expiresIn.isString())
        t.accessExpiry = now.addSecs(expiresIn.toString().toLongLong());
    if (!t.accessExpiry.isValid())
        t.accessExpiry = jwtExpiry(access);
    if (!t.accessExpiry.isValid())
        t.accessExpiry = now.addSecs(300); // unknown: assume short, refresh early
    const QJsonValue refreshIn = o.value(QLatin1String("refresh_expires_in"));
    if (refreshIn.isDouble() && refreshIn.toDouble() > 0)
        t.refreshExpiry = now.addSecs(qint64(refreshIn.toDouble()));
    else if (!t.refreshToken.isEmpty())
        t.refreshExpiry = jwtExpiry(t.refreshToken);
    for (const QString &s : {t.accessToken, t.refreshToken, t.idToken})
        addSecret(s);
    return t;
}

DiscoveryJob::DiscoveryJob(HttpClient *client, QUrl issuer, QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_issuer(std::move(issuer))
{}

void DiscoveryJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Canceled, Text::tr("Canceled.")));
        return;
    }
    QString base = m_issuer.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    HttpRequest req =
        HttpRequest::get(QUrl(base + QStringLiteral(".well-known/openid-configuration")));
    req.authenticate = false;
    req.timeout = std::chrono::seconds(20);
    // Parented to this job: a canceled or deleted DiscoveryJob takes its request with it.
    auto *job = m_client->send(std::move(req), this);
    connect(job, &HttpJob::finished, this, [this](const HttpResult &r) {
        if (!r.ok()) {
            Error e = r.error();
            e.message = Text::tr("Cannot read the identity provider's configuration at %1: %2")
                            .arg(m_issuer.toString(), e.message);
            finishWith(e);
        } else {
            finishWith(parseOidcConfiguration(r->body, m_issuer));
        }
    });
}

} // namespace plancia
