#include "auth/oauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plancia {

OAuthError parseOAuthError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return {o.value(QLatin1String("error")).toString(),
            o.value(QLatin1String("error_description")).toString()};
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

HttpRequest oauthPost(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HttpRequest req = HttpRequest::post(url, formBody(fields),
                                        QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    req.authenticate = false;
    req.idempotent = false;
    req.maxRetries = 0;
    req.timeout = std::chrono::seconds(30);
    return req;
}

} // namespace plancia
