#pragma once

#include "testhttpserver.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace plancia::test {

// An unsigned JWT with the given claims (the client never checks signatures).
inline QString fakeJwt(QJsonObject claims)
{
    const QByteArray header =
        QByteArray(JSON({"alg" : "none", "typ" : "JWT"}))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload =
        QJsonDocument(claims)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(header + '.' + payload + ".c2lnbmF0dXJl");
}

// A scriptable IAM on a TestHttpServer: discovery, device code, token (device code and refresh
// grants, rotating refresh tokens, reuse detection), revocation and userinfo.
class FakeIam
{
public:
    struct Form : QUrlQuery
    {
        using QUrlQuery::QUrlQuery;
        QString get(const char *name) const
        {
            return queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        }
    };

    TestHttpServer server;
    int accessTtl = 3600;
    int refreshExpiresIn = 0; // sent as refresh_expires_in when > 0
    // What the token endpoint answers to a device code poll: returns {status, body}.
    std::function<QPair<int, QByteArray>(int poll)> devicePoll;
    QByteArray deviceCodeAnswer;
    int polls = 0;
    int refreshes = 0;
    int issued = 0;
    QStringList revoked;
    QStringList spentRefreshTokens;
    QString currentRefresh;
    bool reuseDetected = false;
    // Delays the refresh answer (ms) to let concurrent requests pile up.
    int refreshDelayMs = 0;

    bool start()
    {
        if (!server.listen())
            return false;
        deviceCodeAnswer =
            QJsonDocument(QJsonObject{
                              {QStringLiteral("device_code"), QStringLiteral("dev-code-123456")},
                              {QStringLiteral("user_code"), QStringLiteral("ABCD-EFGH")},
                              {QStringLiteral("verification_uri"), url(QStringLiteral("device"))},
                              {QStringLiteral("verification_uri_complete"),
                               url(QStringLiteral("device?user_code=ABCD-EFGH"))},
                              {QStringLiteral("expires_in"), 600},
                          })
                .toJson(QJsonDocument::Compact);
        server.setHandler([this](const TestHttpServer::Request &req, TestHttpServer::Reply reply) {
            handle(req, reply);
        });
        return true;
    }

    QString url(const QString &path = {}) const
    {
        return server.url(QStringLiteral("/") + path).toString();
    }
    QUrl issuer() const { return server.url(QStringLiteral("/")); }

    QString accessToken(int n) const
    {
        return fakeJwt({{QStringLiteral("sub"), QStringLiteral("sub-mrossi")},
                        {QStringLiteral("preferred_username"), QStringLiteral("mrossi")},
                        {QStringLiteral("name"), QStringLiteral("Mario Rossi")},
                        {QStringLiteral("n"), n},
                        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + accessTtl},
                        {QStringLiteral("wlcg.groups"), QJsonArray{QStringLiteral("/ml-infn-users"),
                                                                   QStringLiteral("/flashsim")}}});
    }

    QByteArray tokenAnswer()
    {
        ++issued;
        currentRefresh = QStringLiteral("refresh-token-%1-xyzzy").arg(issued);
        QJsonObject o{{QStringLiteral("access_token"), accessToken(issued)},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), accessTtl},
                      {QStringLiteral("refresh_token"), currentRefresh},
                      {QStringLiteral("scope"), QStringLiteral("openid")}};
        if (refreshExpiresIn > 0)
            o.insert(QStringLiteral("refresh_expires_in"), refreshExpiresIn);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    void handle(const TestHttpServer::Request &req, TestHttpServer::Reply reply)
    {
        const QByteArray path = req.path.split('?').first();
        const Form form(QString::fromUtf8(req.body));
        if (path == "/.well-known/openid-configuration") {
            reply.send(
                200, QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("issuer"), url()},
                             {QStringLiteral("device_authorization_endpoint"),
                              url(QStringLiteral("devicecode"))},
                             {QStringLiteral("token_endpoint"), url(QStringLiteral("token"))},
                             {QStringLiteral("userinfo_endpoint"), url(QStringLiteral("userinfo"))},
                             {QStringLiteral("revocation_endpoint"), url(QStringLiteral("revoke"))},
                         })
                         .toJson(QJsonDocument::Compact));
        } else if (path == "/devicecode") {
            reply.send(200, deviceCodeAnswer);
        } else if (path == "/token" && form.get("grant_type") == QLatin1String("refresh_token")) {
            ++refreshes;
            const QString rt = form.get("refresh_token");
            if (spentRefreshTokens.contains(rt) || rt != currentRefresh) {
                reuseDetected = spentRefreshTokens.contains(rt);
                reply.send(400, JSON({"error" : "invalid_grant"}));
                return;
            }
            spentRefreshTokens << rt;
            const QByteArray body = tokenAnswer();
            if (refreshDelayMs > 0) {
                QTimer::singleShot(refreshDelayMs,
                                   [reply, body]() mutable { reply.send(200, body); });
            } else {
                reply.send(200, body);
            }
        } else if (path == "/token") {
            ++polls;
            if (devicePoll) {
                const auto [status, body] = devicePoll(polls);
                reply.send(status, status == 200 ? tokenAnswer() : body);
            } else {
                reply.send(200, tokenAnswer());
            }
        } else if (path == "/revoke") {
            revoked << form.get("token");
            reply.send(200, {});
        } else {
            reply.send(404, JSON({"error" : "not_found"}));
        }
    }
};

} // namespace plancia::test
