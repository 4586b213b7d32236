#pragma once

#include "net/job.h"
#include "net/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace plancia {

class HttpClient;

// The parts of `{issuer}.well-known/openid-configuration` the app uses. Paths are never
// hard-coded: everything comes from here.
struct OidcConfiguration
{
    QUrl issuer;
    QUrl deviceAuthorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl userinfoEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl jwksUri;

    bool isValid() const { return tokenEndpoint.isValid() && !tokenEndpoint.isEmpty(); }
};

// Parses a discovery document; checks that `issuer` matches the one asked for.
Result<OidcConfiguration> parseOidcConfiguration(const QByteArray &json, const QUrl &issuer);

// What the token endpoint answered (device code grant, refresh, or an oidc-agent token).
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // empty when the server did not rotate/issue one
    QString idToken;
    QString tokenType;
    QString scope;
    QDateTime accessExpiry;  // from expires_in, else the JWT's exp
    QDateTime refreshExpiry; // from refresh_expires_in or the refresh JWT's exp; may be invalid
};

// Parses a successful token endpoint answer (RFC 6749 §5.1).
Result<TokenResponse> parseTokenResponse(const QByteArray &json, const QDateTime &now);

// Fetches and parses the discovery document. A Job: one finished(), then it deletes itself.
class DiscoveryJob : public ResultJob<OidcConfiguration>
{
    Q_OBJECT

public:
    DiscoveryJob(HttpClient *client, QUrl issuer, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const plancia::Result<plancia::OidcConfiguration> &result);

protected:
    void doStart() override;
    void emitFinished(const Result<OidcConfiguration> &result) override { Q_EMIT finished(result); }

private:
    QPointer<HttpClient> m_client;
    QUrl m_issuer;
};

} // namespace plancia

Q_DECLARE_METATYPE(plancia::OidcConfiguration)
Q_DECLARE_METATYPE(plancia::TokenResponse)
