#include "storage/sigv4.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cstdio>

namespace plancia::sigv4 {

namespace {

// OpenSSL's one-shot HMAC: the transfer engine signs every request (10,000 small files are
// 10,000 signatures, five HMACs each), and QMessageAuthenticationCode costs several times more.
QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

// "yyyyMMdd" and "yyyyMMddTHHmmssZ" without QDateTime::toString's format parser.
QByteArray formatUtc(const QDateTime &time, bool withTime)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[32];
    const int n =
        withTime ? std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(),
                                 d.day(), t.hour(), t.minute(), t.second())
                 : std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year(), d.month(), d.day());
    return QByteArray(buf, std::clamp(n, 0, int(sizeof buf) - 1));
}

QByteArray dateStamp(const QDateTime &time)
{
    return formatUtc(time, false);
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
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len)).toHex();
}

QByteArray amzDate(const QDateTime &time)
{
    return formatUtc(time, true);
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
    // The key changes only with the day, the scope and the secret: the last one is kept (per
    // thread, in memory only) so that signing a request costs one HMAC instead of five.
    struct Cached
    {
        QString secret, region, service;
        QByteArray date, key;
    };
    thread_local Cached cached;
    const QByteArray date = dateStamp(time);
    if (!cached.key.isEmpty() && cached.date == date && cached.secret == secretAccessKey &&
        cached.region == scope.region && cached.service == scope.service)
        return cached.key;
    QByteArray key = hmac("AWS4" + secretAccessKey.toUtf8(), date);
    key = hmac(key, scope.region.toUtf8());
    key = hmac(key, scope.service.toUtf8());
    key = hmac(key, "aws4_request");
    cached = Cached{secretAccessKey, scope.region, scope.service, date, key};
    return key;
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
