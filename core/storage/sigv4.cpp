#include "storage/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace plancia::sigv4 {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray dateStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray credentialScope(const QDateTime &time, const Scope &scope)
{
    return dateStamp(time) + '/' + scope.region.toUtf8() + '/' + scope.service.toUtf8() +
           "/aws4_request";
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("http") && port == 80) ||
                             (url.scheme() == QLatin1String("https") && port == 443);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray collapseSpaces(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray uriEncode(const QByteArray &raw, bool keepSlash)
{
    // toPercentEncoding leaves exactly the unreserved set alone, and uses upper-case hex.
    return QUrl::toPercentEncoding(QString::fromUtf8(raw),
                                   keepSlash ? QByteArray("/") : QByteArray());
}

QByteArray canonicalUri(const QUrl &url, bool doubleEncode)
{
    QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    QByteArray encoded = uriEncode(path, true);
    if (doubleEncode)
        encoded = uriEncode(encoded, true);
    return encoded;
}

QByteArray canonicalQuery(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // '+' in a query is a literal plus for S3, not a space.
        params.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                       uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &p : std::as_const(params)) {
        if (!out.isEmpty())
            out += '&';
        out += p.first + '=' + p.second;
    }
    return out;
}

QByteArray canonicalRequest(const HttpRequest &request, const QByteArray &payloadHash,
                            QByteArray *signedHeaders, bool doubleEncode)
{
    QMap<QByteArray, QByteArray> headers; // sorted by lower-case name
    headers.insert("host", hostHeader(request.url));
    for (const auto &h : request.headers) {
        const QByteArray name = h.first.toLower().trimmed();
        if (name == "authorization")
            continue;
        const QByteArray value = collapseSpaces(h.second);
        if (name == "host")
            headers.insert(name, value);
        else if (headers.contains(name))
            headers[name] += ',' + value;
        else
            headers.insert(name, value);
    }
    QByteArray canonicalHeaders;
    QByteArray names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
        if (!names.isEmpty())
            names += ';';
        names += it.key();
    }
    if (signedHeaders)
        *signedHeaders = names;
    return request.method + '\n' + canonicalUri(request.url, doubleEncode) + '\n' +
           canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n' + names + '\n' +
           payloadHash;
}

QByteArray stringToSign(const QByteArray &canonical, const QDateTime &time, const Scope &scope)
{
    return "AWS4-HMAC-SHA256\n" + amzDate(time) + '\n' + credentialScope(time, scope) + '\n' +
           hexSha256(canonical);
}

QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const Scope &scope)
{
    QByteArray key = hmac("AWS4" + secretAccessKey.toUtf8(), dateStamp(time));
    key = hmac(key, scope.region.toUtf8());
    key = hmac(key, scope.service.toUtf8());
    return hmac(key, "aws4_request");
}

void sign(HttpRequest &request, const AwsCredentials &credentials, const Scope &scope,
          const QDateTime &time, QByteArray payloadHash)
{
    if (payloadHash.isEmpty())
        payloadHash = hexSha256(request.body);
    auto setHeader = [&request](const QByteArray &name, const QByteArray &value) {
        request.headers.erase(std::remove_if(request.headers.begin(), request.headers.end(),
                                             [&](const auto &h) {
                                                 return h.first.compare(name,
                                                                        Qt::CaseInsensitive) == 0;
                                             }),
                              request.headers.end());
        request.headers.append({name, value});
    };
    setHeader("X-Amz-Date", amzDate(time));
    if (scope.service == QLatin1String("s3"))
        setHeader("X-Amz-Content-Sha256", payloadHash);
    if (!credentials.sessionToken.isEmpty())
        setHeader("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    QByteArray names;
    const QByteArray canonical =
        canonicalRequest(request, payloadHash, &names, scope.service != QLatin1String("s3"));
    const QByteArray signature = hmac(signingKey(credentials.secretAccessKey, time, scope),
                                      stringToSign(canonical, time, scope))
                                     .toHex();
    setHeader("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() +
                                   '/' + credentialScope(time, scope) + ", SignedHeaders=" + names +
                                   ", Signature=" + signature);
}

} // namespace plancia::sigv4
