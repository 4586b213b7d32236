#include "storage/s3client.h"

#include "log/logging.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "storage/sigv4.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace plancia::s3 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::s3::S3Client)
};

auto log()
{
    return logger("core.s3");
}

// Bounds for what a parser accepts (an answer is at most HttpRequest::maxResponseBytes anyway).
constexpr qint64 kMaxXmlBytes = 64 * 1024 * 1024;
constexpr int kMaxXmlDepth = 16;
// Part size of a multipart copy (UploadPartCopy): 10,000 parts cover 5 TiB.
constexpr qint64 kCopyPartSize = 512LL * 1024 * 1024;
// Copies in flight while moving a prefix.
constexpr int kParallelCopies = 8;

Error configError()
{
    return Error::make(Error::Kind::Config,
                       Tr::tr("The profile has no S3 endpoint (setting s3.endpoint)."),
                       QStringLiteral("s3: no endpoint"));
}

Error parseFailure(const QXmlStreamReader &xml, const char *what)
{
    QString why = xml.errorString();
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        why = Tr::tr("the answer ends too early (cut off?)");
    return Error::make(
        Error::Kind::Parse,
        Tr::tr("The S3 answer could not be read: %1 (line %2).").arg(why).arg(xml.lineNumber()),
        QStringLiteral("s3 %1: XML error at line %2 column %3: %4")
            .arg(QLatin1String(what))
            .arg(xml.lineNumber())
            .arg(xml.columnNumber())
            .arg(xml.errorString()));
}

Error wrongRoot(const QString &root, const char *want)
{
    return Error::make(
        Error::Kind::Parse,
        Tr::tr("The S3 answer is not the expected one (%1 instead of %2).")
            .arg(root.isEmpty() ? Tr::tr("nothing") : root, QLatin1String(want)),
        QStringLiteral("s3: root element %1, expected %2").arg(root, QLatin1String(want)));
}

// Walks an XML document: `onElement(path)` for every start element (path = names from the
// root, e.g. "ListBucketResult/Contents/Key"); it may read the element's text with text().
class Walker
{
public:
    explicit Walker(const QByteArray &data)
        : m_xml(data)
        , m_size(data.size())
    {}

    // Reads up to the root element; returns its name (empty on error).
    QString root()
    {
        if (m_size > kMaxXmlBytes)
            return {};
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                m_root = m_xml.name().toString();
                return m_root;
            }
        }
        return {};
    }

    // Calls `leaf(path, text)` for every element without children under the root.
    template<typename Fn>
    bool walk(Fn &&leaf, const std::function<void(const QString &)> &open = {},
              const std::function<void(const QString &)> &close = {})
    {
        QStringList path{m_root};
        QString text;
        bool hasChild = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path << m_xml.name().toString();
                if (path.size() > kMaxXmlDepth) {
                    m_xml.raiseError(QStringLiteral("nested too deeply"));
                    break;
                }
                text.clear();
                hasChild = false;
                if (open)
                    open(path.join(QLatin1Char('/')));
            } else if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (path.size() <= 1) {
                    path.clear();
                    break; // the root's end
                }
                const QString p = path.join(QLatin1Char('/'));
                if (!hasChild)
                    leaf(p, text);
                if (close)
                    close(p);
                path.removeLast();
                hasChild = true;
                text.clear();
            }
        }
        if (!m_xml.hasError() && !m_xml.atEnd()) {
            // The root's end tag was seen; anything but whitespace/comments after it is an error.
            while (!m_xml.atEnd())
                m_xml.readNext();
        }
        if (!m_xml.hasError() && !path.isEmpty())
            m_xml.raiseError(QStringLiteral("Premature end of document"));
        return !m_xml.hasError();
    }

    bool tooLarge() const { return m_size > kMaxXmlBytes; }
    const QXmlStreamReader &reader() const { return m_xml; }

private:
    QXmlStreamReader m_xml;
    qint64 m_size;
    QString m_root;
};

Error emptyAnswer()
{
    return Error::make(Error::Kind::Parse, Tr::tr("The S3 server sent an empty answer."),
                       QStringLiteral("s3: empty body"));
}

Error tooLargeError()
{
    return Error::make(Error::Kind::TooLarge, Tr::tr("The S3 answer is too large to read."),
                       QStringLiteral("s3: XML over %1 bytes").arg(kMaxXmlBytes));
}

QDateTime isoTime(const QString &text)
{
    // "2026-12-01T10:11:12.345Z" (AWS, RadosGW) without the general parser.
    const QStringView t = QStringView(text).trimmed();
    if (t.size() >= 20 && t.back() == u'Z' && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' &&
        t[13] == u':' && t[16] == u':') {
        auto num = [&](qsizetype from, qsizetype n) {
            int v = 0;
            for (qsizetype i = from; i < from + n; ++i) {
                const char16_t c = t[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + int(c - u'0');
            }
            return v;
        };
        int ms = 0;
        bool ok = true;
        if (t.size() > 20) {
            ok = t[19] == u'.';
            const qsizetype digits = t.size() - 21;
            const int frac = digits > 0 ? num(20, std::min<qsizetype>(digits, 3)) : -1;
            ok = ok && frac >= 0;
            ms = digits >= 3 ? frac : digits == 2 ? frac * 10 : frac * 100;
        }
        const QDate d(num(0, 4), num(5, 2), num(8, 2));
        const QTime tm(num(11, 2), num(14, 2), num(17, 2), ms);
        if (ok && d.isValid() && tm.isValid())
            return QDateTime(d, tm, QTimeZone::utc());
    }
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return parsed.toUTC();
}

QDateTime httpTime(const QByteArray &text)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(text).trimmed(),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QByteArray unquote(QString etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag.toLatin1();
}

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        case '\r':
            out += QLatin1String("&#13;");
            break;
        case '\n':
            out += QLatin1String("&#10;");
            break;
        case '\t':
            out += QLatin1String("&#9;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Words for an S3 error code (RadosGW sends many with an empty Message).
QString wordsFor(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("AccessDenied"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "Access denied: your S3 credentials do not allow this.")},
        {QStringLiteral("AllAccessDisabled"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "All access to this resource is disabled.")},
        {QStringLiteral("NoSuchBucket"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The bucket does not exist.")},
        {QStringLiteral("NoSuchKey"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The object does not exist.")},
        {QStringLiteral("NoSuchUpload"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The multipart upload does not exist (completed or aborted).")},
        {QStringLiteral("ExpiredToken"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The temporary S3 credentials have expired.")},
        {QStringLiteral("InvalidToken"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 session token is not valid (expired or malformed).")},
        {QStringLiteral("InvalidAccessKeyId"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server does not know these credentials (access key).")},
        {QStringLiteral("SignatureDoesNotMatch"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server refused the request's signature (wrong secret key, "
                           "or a proxy changed the request).")},
        {QStringLiteral("RequestTimeTooSkewed"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "This computer's clock differs too much from the S3 server's.")},
        {QStringLiteral("SlowDown"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server is busy and asks to slow down; try again shortly.")},
        {QStringLiteral("ServiceUnavailable"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The S3 service is unavailable right now.")},
        {QStringLiteral("InternalError"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The S3 server had an internal error.")},
        {QStringLiteral("RequestTimeout"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server timed out waiting for the request's data.")},
        {QStringLiteral("BucketNotEmpty"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The bucket is not empty.")},
        {QStringLiteral("BucketAlreadyExists"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "A bucket of that name already exists (someone else's).")},
        {QStringLiteral("BucketAlreadyOwnedByYou"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "You already own a bucket of that name.")},
        {QStringLiteral("TooManyBuckets"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "You have as many buckets as allowed.")},
        {QStringLiteral("InvalidBucketName"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The bucket name is not valid.")},
        {QStringLiteral("KeyTooLongError"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The object name is too long (at most 1024 bytes).")},
        {QStringLiteral("EntityTooSmall"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "A part of the upload is smaller than the 5 MiB minimum (only the last "
                           "may be smaller).")},
        {QStringLiteral("EntityTooLarge"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The upload is larger than S3 allows.")},
        {QStringLiteral("InvalidPart"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "A part of the upload is missing or its ETag does not match.")},
        {QStringLiteral("InvalidPartOrder"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The parts of the upload are not in ascending order.")},
        {QStringLiteral("InvalidRange"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The requested byte range is outside the object.")},
        {QStringLiteral("InvalidDigest"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The checksum sent with the request is not valid.")},
        {QStringLiteral("BadDigest"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The data arrived damaged: its checksum does not match.")},
        {QStringLiteral("XAmzContentSHA256Mismatch"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The data arrived damaged: its SHA-256 does not match.")},
        {QStringLiteral("MalformedXML"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The S3 server could not read the request.")},
        {QStringLiteral("InvalidArgument"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server refused an argument of the request.")},
        {QStringLiteral("InvalidRequest"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The S3 server refused the request.")},
        {QStringLiteral("NotImplemented"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The S3 server does not implement this operation.")},
        {QStringLiteral("MethodNotAllowed"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "This operation is not allowed on this resource.")},
        {QStringLiteral("PreconditionFailed"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The object changed in the meantime (a precondition failed).")},
        {QStringLiteral("QuotaExceeded"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client", "The storage quota is exceeded.")},
        {QStringLiteral("InvalidObjectState"),
         QT_TRANSLATE_NOOP("plancia::s3::S3Client",
                           "The object is archived and cannot be read now.")},
    };
    const auto it = words.constFind(code);
    return it == words.cend() ? QString()
                              : QCoreApplication::translate("plancia::s3::S3Client", *it);
}

Error::Kind kindFor(int status, const QString &code)
{
    if (code == QLatin1String("ExpiredToken") || code == QLatin1String("InvalidToken") ||
        code == QLatin1String("InvalidAccessKeyId") ||
        code == QLatin1String("SignatureDoesNotMatch"))
        return Error::Kind::Unauthorized;
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("AllAccessDisabled"))
        return Error::Kind::Forbidden;
    if (code == QLatin1String("NoSuchKey") || code == QLatin1String("NoSuchBucket") ||
        code == QLatin1String("NoSuchUpload"))
        return Error::Kind::NotFound;
    if (code == QLatin1String("SlowDown"))
        return Error::Kind::RateLimited;
    if (code == QLatin1String("BucketNotEmpty") || code == QLatin1String("BucketAlreadyExists") ||
        code == QLatin1String("BucketAlreadyOwnedByYou"))
        return Error::Kind::Conflict;
    if (status == 416 || status == 412)
        return Error::Kind::Invalid;
    return Error::kindForHttpStatus(status);
}

// Codes that mean the credentials ran out (a renewal and one retry may help).
bool staleCredentials(const HttpResponse &r)
{
    if (r.status != 403 && r.status != 400)
        return false;
    const auto info = parseError(r.body, r.status);
    if (!info)
        return false;
    return info->code == QLatin1String("ExpiredToken") ||
           info->code == QLatin1String("InvalidToken") ||
           info->code == QLatin1String("InvalidAccessKeyId");
}

QUrl withQuery(QUrl url, const QList<QPair<QByteArray, QString>> &params)
{
    QByteArray q;
    for (const auto &p : params) {
        if (!q.isEmpty())
            q += '&';
        q += p.first;
        if (!p.second.isNull())
            q += '=' + sigv4::uriEncode(p.second.toUtf8(), false);
    }
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}

HttpRequest request(QByteArray method, QUrl url)
{
    HttpRequest r;
    r.method = std::move(method);
    r.url = std::move(url);
    return r;
}

QByteArray md5Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

void addMetadata(HttpRequest &r, const QHash<QByteArray, QByteArray> &metadata)
{
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        r.header("x-amz-meta-" + it.key().toLower(), it.value());
}

} // namespace

// --- errors -----------------------------------------------------------------------------------

std::optional<ErrorInfo> parseError(const QByteArray &xml, int httpStatus)
{
    if (xml.trimmed().isEmpty())
        return std::nullopt;
    Walker w(xml);
    if (w.root() != QLatin1String("Error"))
        return std::nullopt;
    ErrorInfo info;
    info.httpStatus = httpStatus;
    w.walk([&](const QString &path, const QString &text) {
        if (path == QLatin1String("Error/Code"))
            info.code = text.trimmed();
        else if (path == QLatin1String("Error/Message"))
            info.message = text.trimmed();
        else if (path == QLatin1String("Error/Resource"))
            info.resource = text.trimmed();
        else if (path == QLatin1String("Error/RequestId"))
            info.requestId = text.trimmed();
    });
    if (info.code.isEmpty())
        return std::nullopt;
    if (info.message.isEmpty())
        info.message = wordsFor(info.code);
    return info;
}

Error errorFor(const HttpResponse &response)
{
    const auto info = parseError(response.body, response.status);
    QString code = info ? info->code : QString();
    if (!info) {
        // HEAD answers carry no body: the status says it.
        if (response.status == 404)
            code = response.url.path().count(QLatin1Char('/')) <= 1 ? QStringLiteral("NoSuchBucket")
                                                                    : QStringLiteral("NoSuchKey");
        else if (response.status == 403)
            code = QStringLiteral("AccessDenied");
        else if (response.status == 503)
            code = QStringLiteral("SlowDown");
    }
    QString message = wordsFor(code);
    if (message.isEmpty() && info && !info->message.isEmpty())
        message = info->message;
    if (message.isEmpty()) {
        message =
            code.isEmpty()
                ? Tr::tr("The S3 server answered: %1.")
                      .arg(Error::describeHttpStatus(response.status))
                : Tr::tr("The S3 server answered %1 (HTTP %2).").arg(code).arg(response.status);
    }
    QString detail = QStringLiteral("S3 %1 (HTTP %2)")
                         .arg(code.isEmpty() ? QStringLiteral("-") : code)
                         .arg(response.status);
    if (info) {
        if (!info->message.isEmpty() && info->message != message)
            detail += QStringLiteral(": ") + info->message;
        if (!info->resource.isEmpty())
            detail += QStringLiteral(" resource=") + info->resource;
        if (!info->requestId.isEmpty())
            detail += QStringLiteral(" request=") + info->requestId;
    }
    return Error::make(kindFor(response.status, code), message, detail, response.status);
}

// --- URLs ---------------------------------------------------------------------------------------

QUrl objectUrl(const Endpoint &endpoint, const QString &bucket, const QString &key)
{
    QUrl url = endpoint.url;
    QByteArray base = url.path(QUrl::FullyEncoded).toLatin1();
    while (base.endsWith('/'))
        base.chop(1);
    QByteArray path = base;
    if (bucket.isEmpty()) {
        path += '/';
    } else if (endpoint.pathStyle) {
        path += '/' + sigv4::uriEncode(bucket.toUtf8(), false);
        if (!key.isEmpty())
            path += '/' + sigv4::uriEncode(key.toUtf8(), true);
    } else {
        url.setHost(bucket + QLatin1Char('.') + url.host());
        path += '/' + sigv4::uriEncode(key.toUtf8(), true);
    }
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    url.setQuery(QString());
    return url;
}

QString S3Client::urlDecode(const QString &text)
{
    QByteArray raw = text.toUtf8();
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

QByteArray S3Client::copySource(const QString &bucket, const QString &key)
{
    return sigv4::uriEncode(bucket.toUtf8(), false) + '/' + sigv4::uriEncode(key.toUtf8(), true);
}

QByteArray S3Client::deleteBody(const QStringList &keys)
{
    QString body = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                  "<Quiet>true</Quiet>");
    for (const QString &k : keys)
        body += QStringLiteral("<Object><Key>") + xmlEscape(k) + QStringLiteral("</Key></Object>");
    body += QStringLiteral("</Delete>");
    return body.toUtf8();
}

// --- parsers -----------------------------------------------------------------------------------

Result<Listing> S3Client::parseListing(const QByteArray &xml)
{
    // The hot path of every listing (100 pages for 100,000 keys): a flat state machine on the
    // reader, no per-element allocations beyond the values kept.
    if (xml.size() > kMaxXmlBytes)
        return tooLargeError();
    if (xml.trimmed().isEmpty())
        return emptyAnswer();
    QXmlStreamReader x(xml);
    Listing l;
    bool urlEncoded = false;
    int depth = 0;
    enum class In { Nothing, Contents, Prefixes } in = In::Nothing;
    Object current;
    bool rootSeen = false;
    bool rootClosed = false;
    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = x.name();
            if (depth == 1) {
                if (name == u"Error")
                    return errorFor(HttpResponse{200, {}, {}, xml});
                if (name != u"ListBucketResult")
                    return wrongRoot(name.toString(), "ListBucketResult");
                rootSeen = true;
            } else if (depth == 2) {
                if (name == u"Contents") {
                    in = In::Contents;
                    current = Object{};
                } else if (name == u"CommonPrefixes") {
                    in = In::Prefixes;
                } else {
                    const QString text = x.readElementText(QXmlStreamReader::SkipChildElements);
                    --depth;
                    if (name == u"IsTruncated")
                        l.truncated = text.trimmed() == u"true";
                    else if (name == u"NextContinuationToken")
                        l.nextContinuationToken = text;
                    else if (name == u"EncodingType")
                        urlEncoded = text.trimmed().compare(u"url", Qt::CaseInsensitive) == 0;
                    else if (name == u"Name")
                        l.bucket = text;
                    else if (name == u"Prefix")
                        l.prefix = text;
                }
            } else if (depth == 3 && in == In::Contents) {
                if (name == u"Key") {
                    current.key = x.readElementText();
                } else if (name == u"Size") {
                    current.size = x.readElementText().trimmed().toLongLong();
                } else if (name == u"LastModified") {
                    current.lastModified = isoTime(x.readElementText());
                } else if (name == u"ETag") {
                    current.etag = unquote(x.readElementText());
                } else if (name == u"StorageClass") {
                    current.storageClass = x.readElementText();
                } else {
                    x.skipCurrentElement();
                }
                --depth;
            } else if (depth == 3 && in == In::Prefixes && name == u"Prefix") {
                l.commonPrefixes << x.readElementText();
                --depth;
            } else {
                if (depth > kMaxXmlDepth) {
                    x.raiseError(QStringLiteral("nested too deeply"));
                    break;
                }
                x.skipCurrentElement();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && in == In::Contents)
                l.objects.append(std::move(current));
            if (depth == 2)
                in = In::Nothing;
            if (depth == 1)
                rootClosed = true;
            --depth;
        }
    }
    if (x.hasError())
        return parseFailure(x, "ListObjectsV2");
    if (!rootSeen)
        return wrongRoot({}, "ListBucketResult");
    if (!rootClosed)
        return parseFailure(x, "ListObjectsV2");
    if (urlEncoded) {
        l.prefix = urlDecode(l.prefix);
        for (Object &o : l.objects)
            o.key = urlDecode(o.key);
        for (QString &p : l.commonPrefixes)
            p = urlDecode(p);
    }
    if (l.truncated && l.nextContinuationToken.isEmpty())
        return Error::make(Error::Kind::Parse,
                           Tr::tr("The S3 listing says it has more pages but gives no way to "
                                  "continue."),
                           QStringLiteral("s3: IsTruncated without NextContinuationToken"));
    return l;
}

Result<QList<Bucket>> S3Client::parseBuckets(const QByteArray &xml)
{
    Walker w(xml);
    if (w.tooLarge())
        return tooLargeError();
    const QString root = w.root();
    if (root == QLatin1String("Error"))
        return errorFor(HttpResponse{200, {}, {}, xml});
    if (root != QLatin1String("ListAllMyBucketsResult")) {
        if (w.reader().hasError())
            return parseFailure(w.reader(), "ListBuckets");
        return wrongRoot(root, "ListAllMyBucketsResult");
    }
    QList<Bucket> out;
    Bucket current;
    const bool ok = w.walk(
        [&](const QString &p, const QString &t) {
            if (p == QLatin1String("ListAllMyBucketsResult/Buckets/Bucket/Name"))
                current.name = t.trimmed();
            else if (p == QLatin1String("ListAllMyBucketsResult/Buckets/Bucket/CreationDate"))
                current.created = isoTime(t);
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListAllMyBucketsResult/Buckets/Bucket"))
                current = Bucket{{}, {}, QStringLiteral("listed")};
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListAllMyBucketsResult/Buckets/Bucket") &&
                !current.name.isEmpty())
                out.append(current);
        });
    if (!ok)
        return parseFailure(w.reader(), "ListBuckets");
    return out;
}

Result<QList<Part>> S3Client::parseParts(const QByteArray &xml, bool *truncated, int *nextMarker)
{
    Walker w(xml);
    if (w.tooLarge())
        return tooLargeError();
    const QString root = w.root();
    if (root == QLatin1String("Error"))
        return errorFor(HttpResponse{200, {}, {}, xml});
    if (root != QLatin1String("ListPartsResult")) {
        if (w.reader().hasError())
            return parseFailure(w.reader(), "ListParts");
        return wrongRoot(root, "ListPartsResult");
    }
    QList<Part> out;
    Part current;
    bool trunc = false;
    int next = 0;
    const bool ok = w.walk(
        [&](const QString &p, const QString &t) {
            if (p == QLatin1String("ListPartsResult/Part/PartNumber"))
                current.number = t.trimmed().toInt();
            else if (p == QLatin1String("ListPartsResult/Part/ETag"))
                current.etag = unquote(t);
            else if (p == QLatin1String("ListPartsResult/Part/Size"))
                current.size = t.trimmed().toLongLong();
            else if (p == QLatin1String("ListPartsResult/IsTruncated"))
                trunc = t.trimmed() == QLatin1String("true");
            else if (p == QLatin1String("ListPartsResult/NextPartNumberMarker"))
                next = t.trimmed().toInt();
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListPartsResult/Part"))
                current = Part{};
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListPartsResult/Part"))
                out.append(current);
        });
    if (!ok)
        return parseFailure(w.reader(), "ListParts");
    for (const Part &p : std::as_const(out)) {
        if (p.number < 1 || p.number > 10000)
            return Error::make(Error::Kind::Parse,
                               Tr::tr("The S3 answer lists a part numbered %1 (1 to 10,000 "
                                      "expected).")
                                   .arg(p.number),
                               QStringLiteral("s3 ListParts: part number %1").arg(p.number));
    }
    if (truncated)
        *truncated = trunc;
    if (nextMarker)
        *nextMarker = next;
    return out;
}

Result<QList<Upload>> S3Client::parseUploads(const QByteArray &xml, bool *truncated,
                                             QString *nextKeyMarker, QString *nextUploadIdMarker)
{
    Walker w(xml);
    if (w.tooLarge())
        return tooLargeError();
    const QString root = w.root();
    if (root == QLatin1String("Error"))
        return errorFor(HttpResponse{200, {}, {}, xml});
    if (root != QLatin1String("ListMultipartUploadsResult")) {
        if (w.reader().hasError())
            return parseFailure(w.reader(), "ListMultipartUploads");
        return wrongRoot(root, "ListMultipartUploadsResult");
    }
    QList<Upload> out;
    Upload current;
    bool trunc = false;
    bool urlEncoded = false;
    QString nextKey;
    QString nextId;
    const bool ok = w.walk(
        [&](const QString &p, const QString &t) {
            if (p == QLatin1String("ListMultipartUploadsResult/Upload/Key"))
                current.key = t;
            else if (p == QLatin1String("ListMultipartUploadsResult/Upload/UploadId"))
                current.uploadId = t.trimmed();
            else if (p == QLatin1String("ListMultipartUploadsResult/Upload/Initiated"))
                current.initiated = isoTime(t);
            else if (p == QLatin1String("ListMultipartUploadsResult/IsTruncated"))
                trunc = t.trimmed() == QLatin1String("true");
            else if (p == QLatin1String("ListMultipartUploadsResult/NextKeyMarker"))
                nextKey = t;
            else if (p == QLatin1String("ListMultipartUploadsResult/NextUploadIdMarker"))
                nextId = t.trimmed();
            else if (p == QLatin1String("ListMultipartUploadsResult/EncodingType"))
                urlEncoded = t.trimmed().compare(QLatin1String("url"), Qt::CaseInsensitive) == 0;
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListMultipartUploadsResult/Upload"))
                current = Upload{};
        },
        [&](const QString &p) {
            if (p == QLatin1String("ListMultipartUploadsResult/Upload"))
                out.append(current);
        });
    if (!ok)
        return parseFailure(w.reader(), "ListMultipartUploads");
    if (urlEncoded) {
        for (Upload &u : out)
            u.key = urlDecode(u.key);
        nextKey = urlDecode(nextKey);
    }
    if (truncated)
        *truncated = trunc;
    if (nextKeyMarker)
        *nextKeyMarker = nextKey;
    if (nextUploadIdMarker)
        *nextUploadIdMarker = nextId;
    return out;
}

Result<DeleteReport> S3Client::parseDeleteResult(const QByteArray &xml)
{
    Walker w(xml);
    if (w.tooLarge())
        return tooLargeError();
    const QString root = w.root();
    if (root == QLatin1String("Error"))
        return errorFor(HttpResponse{200, {}, {}, xml});
    if (root != QLatin1String("DeleteResult")) {
        if (w.reader().hasError())
            return parseFailure(w.reader(), "DeleteObjects");
        return wrongRoot(root, "DeleteResult");
    }
    DeleteReport report;
    DeleteFailure failure;
    const bool ok = w.walk(
        [&](const QString &p, const QString &t) {
            if (p == QLatin1String("DeleteResult/Deleted/Key"))
                report.deleted << t;
            else if (p == QLatin1String("DeleteResult/Error/Key"))
                failure.key = t;
            else if (p == QLatin1String("DeleteResult/Error/Code"))
                failure.code = t.trimmed();
            else if (p == QLatin1String("DeleteResult/Error/Message"))
                failure.message = t.trimmed();
        },
        [&](const QString &p) {
            if (p == QLatin1String("DeleteResult/Error"))
                failure = DeleteFailure{};
        },
        [&](const QString &p) {
            if (p == QLatin1String("DeleteResult/Error")) {
                const QString words = wordsFor(failure.code);
                if (!words.isEmpty())
                    failure.message = words;
                else if (failure.message.isEmpty())
                    failure.message = Tr::tr("The S3 server answered %1.").arg(failure.code);
                report.failed.append(failure);
            }
        });
    if (!ok)
        return parseFailure(w.reader(), "DeleteObjects");
    return report;
}

// --- presign ---------------------------------------------------------------------------------

Result<S3Client::Presigned> S3Client::presign(const Endpoint &endpoint,
                                              const AwsCredentials &credentials,
                                              const QString &bucket, const QString &key,
                                              std::chrono::seconds lifetime, const QDateTime &now)
{
    if (!endpoint.url.isValid())
        return configError();
    if (!credentials.isValid())
        return Error::make(Error::Kind::Auth, Tr::tr("No S3 credentials are available."),
                           QStringLiteral("presign: no credentials"));
    if (lifetime.count() < 1 || lifetime.count() > kMaxPresignSeconds)
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("A shared link lasts from 1 second to 7 days."),
                           QStringLiteral("presign: lifetime %1 s").arg(lifetime.count()));
    qint64 seconds = lifetime.count();
    const QDateTime time = now.toUTC();
    if (credentials.expiration.isValid()) {
        const qint64 left = time.secsTo(credentials.expiration);
        if (left < 1)
            return Error::make(Error::Kind::Unauthorized,
                               Tr::tr("The temporary S3 credentials have expired."),
                               QStringLiteral("presign: credentials expired"));
        seconds = std::min(seconds, left);
    }
    const sigv4::Scope scope{endpoint.region, QStringLiteral("s3")};
    const QByteArray date = time.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray credential = credentials.accessKeyId.toUtf8() + '/' + date + '/' +
                                  endpoint.region.toUtf8() + "/s3/aws4_request";
    QList<QPair<QByteArray, QString>> params{
        {"X-Amz-Algorithm", QStringLiteral("AWS4-HMAC-SHA256")},
        {"X-Amz-Credential", QString::fromUtf8(credential)},
        {"X-Amz-Date", QString::fromLatin1(sigv4::amzDate(time))},
        {"X-Amz-Expires", QString::number(seconds)},
    };
    if (!credentials.sessionToken.isEmpty())
        params.append({"X-Amz-Security-Token", credentials.sessionToken});
    params.append({"X-Amz-SignedHeaders", QStringLiteral("host")});
    HttpRequest r = request("GET", withQuery(objectUrl(endpoint, bucket, key), params));
    QByteArray names;
    const QByteArray canonical = sigv4::canonicalRequest(r, sigv4::kUnsignedPayload, &names);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(
            sigv4::stringToSign(canonical, time, scope),
            sigv4::signingKey(credentials.secretAccessKey, time, scope), QCryptographicHash::Sha256)
            .toHex();
    params.append({"X-Amz-Signature", QString::fromLatin1(signature)});
    return Presigned{withQuery(objectUrl(endpoint, bucket, key), params), time.addSecs(seconds)};
}

// --- the client --------------------------------------------------------------------------------

S3Client::S3Client(HttpClient *http, Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
{}

void S3Client::send(HttpRequest req, QObject *job, std::function<void(const HttpResult &)> done,
                    std::function<void(HttpJob *)> track)
{
    struct Attempt
    {
        static void run(QPointer<S3Client> self, HttpRequest req, QPointer<QObject> job,
                        std::function<void(const HttpResult &)> done,
                        std::function<void(HttpJob *)> track, bool renewed)
        {
            if (!job)
                return;
            if (!self || !self->m_http) {
                done(Error::make(Error::Kind::Canceled, Tr::tr("The S3 client is gone.")));
                return;
            }
            HttpJob *http = self->m_http->createJob(req, job);
            http->setTreatHttpErrorsAsErrors(false);
            if (track)
                track(http);
            QObject::connect(
                http, &HttpJob::finished, job,
                [self, req, job, done, track, renewed](const HttpResult &r) {
                    if (!r.ok() || renewed || !self || !self->m_credentials) {
                        done(r);
                        return;
                    }
                    auto renew = [self, req, job, done, track, r] {
                        log()->info("s3: {} answered {}: renewing the credentials, once",
                                    req.url.path().toStdString(), r->status);
                        self->m_credentials(
                            true, job, [self, req, job, done, track, r](Result<AwsCredentials> c) {
                                if (!job)
                                    return;
                                if (!c.ok()) {
                                    done(r); // the original refusal, in words by the caller
                                    return;
                                }
                                run(self, req, job, done, track, true);
                            });
                    };
                    if (staleCredentials(r.value())) {
                        renew();
                        return;
                    }
                    // RadosGW 16.2 answers credentials past their expiry with a plain 403
                    // AccessDenied: renew when the current ones are (nearly) over, e.g. after
                    // the computer slept; a genuine refusal is answered as it is.
                    if (r->status == 403) {
                        self->m_credentials(
                            false, job, [job, done, r, renew](Result<AwsCredentials> c) {
                                if (!job)
                                    return;
                                if (c.ok() && c->expiration.isValid() &&
                                    QDateTime::currentDateTimeUtc().secsTo(c->expiration) < 30) {
                                    renew();
                                    return;
                                }
                                done(r);
                            });
                        return;
                    }
                    done(r);
                });
            http->start();
        }
    };
    Attempt::run(this, std::move(req), job, std::move(done), std::move(track), false);
}

namespace {

// Sends `req` for `job`; non-2xx answers and transport errors end the job with their Error;
// a 2xx answer goes to `ok`.
template<typename T>
void call(S3Client *client, S3Job<T> *job, HttpRequest req,
          std::function<void(const HttpResponse &)> ok)
{
    client->send(
        std::move(req), job,
        [job, ok = std::move(ok)](const HttpResult &r) {
            if (!r.ok()) {
                job->deliver(r.error());
                return;
            }
            if (r->status < 200 || r->status > 299) {
                job->deliver(errorFor(r.value()));
                return;
            }
            ok(r.value());
        },
        [job](HttpJob *http) { job->track(http); });
}

template<typename T>
S3Job<T> *startJob(QObject *owner, typename S3Job<T>::Step step)
{
    auto *job = new S3Job<T>(std::move(step), owner);
    job->start();
    return job;
}

// A 200 answer that is an <Error> (CompleteMultipartUpload, CopyObject may answer so).
std::optional<Error> errorIn200(const HttpResponse &r)
{
    if (r.body.isEmpty())
        return std::nullopt;
    if (const auto info = parseError(r.body, r.status)) {
        HttpResponse copy = r;
        if (copy.status < 400)
            copy.status = info->code == QLatin1String("SlowDown") ? 503 : 500;
        return errorFor(copy);
    }
    return std::nullopt;
}

} // namespace

BucketsJob *S3Client::buckets(const QList<Bucket> &known, QObject *owner)
{
    return startJob<QList<Bucket>>(owner, [this, known](BucketsJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        send(
            request("GET", objectUrl(m_endpoint, {})), job,
            [job, known](const HttpResult &r) {
                Result<QList<Bucket>> listed = !r.ok() ? Result<QList<Bucket>>(r.error())
                                               : (r->status < 200 || r->status > 299)
                                                   ? Result<QList<Bucket>>(errorFor(r.value()))
                                                   : parseBuckets(r->body);
                if (!listed.ok()) {
                    const auto kind = listed.error().kind;
                    if (!known.isEmpty() &&
                        (kind == Error::Kind::Forbidden || kind == Error::Kind::Unauthorized ||
                         kind == Error::Kind::NotFound || kind == Error::Kind::Invalid ||
                         kind == Error::Kind::Http)) {
                        log()->info("s3: ListBuckets refused ({}): the profile's {} buckets",
                                    listed.error().detail.toStdString(), known.size());
                        job->deliver(known);
                    } else {
                        job->deliver(listed.error());
                    }
                    return;
                }
                QList<Bucket> out = known;
                for (const Bucket &b : std::as_const(listed.value())) {
                    auto it = std::find_if(out.begin(), out.end(),
                                           [&](const Bucket &k) { return k.name == b.name; });
                    if (it != out.end())
                        it->created = b.created;
                    else
                        out.append(b);
                }
                job->deliver(out);
            },
            [job](HttpJob *http) { job->track(http); });
    });
}

ListJob *S3Client::list(const QString &bucket, const QString &prefix,
                        const QString &continuationToken, bool recursive, QObject *owner,
                        int maxKeys)
{
    return startJob<Listing>(owner, [=, this](ListJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        QList<QPair<QByteArray, QString>> params{{"list-type", QStringLiteral("2")}};
        if (!continuationToken.isEmpty())
            params.append({"continuation-token", continuationToken});
        if (!recursive)
            params.append({"delimiter", QStringLiteral("/")});
        params.append({"encoding-type", QStringLiteral("url")});
        params.append({"max-keys", QString::number(std::clamp(maxKeys, 1, 1000))});
        params.append({"prefix", prefix});
        call<Listing>(this, job, request("GET", withQuery(objectUrl(m_endpoint, bucket), params)),
                      [job, bucket, prefix](const HttpResponse &r) {
                          Result<Listing> l = parseListing(r.body);
                          if (l.ok()) {
                              l->bucket = bucket;
                              l->prefix = prefix;
                          }
                          job->deliver(std::move(l));
                      });
    });
}

ListJob *S3Client::listAll(const QString &bucket, const QString &prefix, bool recursive,
                           QObject *owner, std::function<void(const Listing &page)> page)
{
    return startJob<Listing>(owner, [=, this](ListJob *job) {
        auto all = std::make_shared<Listing>();
        all->bucket = bucket;
        all->prefix = prefix;
        auto next = std::make_shared<std::function<void(QString)>>();
        *next = [=, this](const QString &token) {
            list(bucket, prefix, token, recursive, job)->then([=](const Result<Listing> &r) {
                if (!r.ok()) {
                    job->deliver(r.error());
                    *next = nullptr;
                    return;
                }
                if (page)
                    page(r.value());
                all->objects += r->objects;
                all->commonPrefixes += r->commonPrefixes;
                if (r->truncated) {
                    if (r->nextContinuationToken == token) {
                        job->deliver(Error::make(
                            Error::Kind::Parse, Tr::tr("The S3 listing repeats the same page."),
                            QStringLiteral("s3: same continuation token twice")));
                        *next = nullptr;
                        return;
                    }
                    QMetaObject::invokeMethod(
                        job,
                        [next, t = r->nextContinuationToken] {
                            if (*next)
                                (*next)(t);
                        },
                        Qt::QueuedConnection);
                    return;
                }
                job->deliver(std::move(*all));
                *next = nullptr;
            });
        };
        (*next)(QString());
    });
}

HeadJob *S3Client::head(const QString &bucket, const QString &key, QObject *owner)
{
    return startJob<ObjectHead>(owner, [=, this](HeadJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        call<ObjectHead>(this, job, request("HEAD", objectUrl(m_endpoint, bucket, key)),
                         [job](const HttpResponse &r) {
                             ObjectHead h;
                             h.size = r.header("Content-Length").toLongLong();
                             h.lastModified = httpTime(r.header("Last-Modified"));
                             h.etag = unquote(QString::fromLatin1(r.header("ETag")));
                             h.contentType = r.header("Content-Type");
                             for (const auto &hd : r.headers) {
                                 const QByteArray name = hd.first.toLower();
                                 if (name.startsWith("x-amz-meta-"))
                                     h.metadata.insert(name.mid(11), hd.second);
                             }
                             job->deliver(h);
                         });
    });
}

BytesJob *S3Client::get(const QString &bucket, const QString &key, QObject *owner, qint64 first,
                        qint64 last)
{
    return startJob<QByteArray>(owner, [=, this](BytesJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        HttpRequest r = request("GET", objectUrl(m_endpoint, bucket, key));
        if (first > 0 || last >= 0)
            r.header("Range", "bytes=" + QByteArray::number(first) + '-' +
                                  (last >= 0 ? QByteArray::number(last) : QByteArray()));
        call<QByteArray>(this, job, r,
                         [job](const HttpResponse &resp) { job->deliver(resp.body); });
    });
}

DoneJob *S3Client::put(const QString &bucket, const QString &key, QByteArray body, QObject *owner,
                       const QHash<QByteArray, QByteArray> &metadata, const QByteArray &contentType)
{
    return startJob<bool>(owner, [=, this](DoneJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        HttpRequest r = request("PUT", objectUrl(m_endpoint, bucket, key));
        r.body = body;
        r.header("Content-MD5", md5Base64(body));
        r.header("Content-Type", contentType.isEmpty()
                                     ? QByteArrayLiteral("application/octet-stream")
                                     : contentType);
        addMetadata(r, metadata);
        call<bool>(this, job, r, [job](const HttpResponse &) { job->deliver(true); });
    });
}

DoneJob *S3Client::createFolder(const QString &bucket, const QString &prefix, QObject *owner)
{
    QString p = prefix;
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    return put(bucket, p, {}, owner, {}, QByteArrayLiteral("application/x-directory"));
}

UploadIdJob *S3Client::createMultipartUpload(const QString &bucket, const QString &key,
                                             QObject *owner,
                                             const QHash<QByteArray, QByteArray> &metadata)
{
    return startJob<QString>(owner, [=, this](UploadIdJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        HttpRequest r = request(
            "POST", withQuery(objectUrl(m_endpoint, bucket, key), {{"uploads", QString()}}));
        r.header("Content-Type", "application/octet-stream");
        addMetadata(r, metadata);
        call<QString>(this, job, r, [job](const HttpResponse &resp) {
            Walker w(resp.body);
            const QString root = w.root();
            if (root != QLatin1String("InitiateMultipartUploadResult")) {
                if (auto e = errorIn200(resp)) {
                    job->deliver(*e);
                    return;
                }
                job->deliver(w.reader().hasError()
                                 ? parseFailure(w.reader(), "CreateMultipart")
                                 : wrongRoot(root, "InitiateMultipartUploadResult"));
                return;
            }
            QString id;
            const bool ok = w.walk([&](const QString &p, const QString &t) {
                if (p == QLatin1String("InitiateMultipartUploadResult/UploadId"))
                    id = t.trimmed();
            });
            if (!ok) {
                job->deliver(parseFailure(w.reader(), "CreateMultipart"));
                return;
            }
            if (id.isEmpty()) {
                job->deliver(Error::make(Error::Kind::Parse,
                                         Tr::tr("The S3 server gave the upload no id."),
                                         QStringLiteral("s3: no UploadId")));
                return;
            }
            job->deliver(id);
        });
    });
}

DoneJob *S3Client::completeMultipartUpload(const QString &bucket, const QString &key,
                                           const QString &uploadId, const QList<Part> &parts,
                                           QObject *owner)
{
    return startJob<bool>(owner, [=, this](DoneJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        QList<Part> sorted = parts;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Part &a, const Part &b) { return a.number < b.number; });
        QByteArray body = "<CompleteMultipartUpload "
                          "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
        for (const Part &p : std::as_const(sorted))
            body += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>\"" +
                    p.etag + "\"</ETag></Part>";
        body += "</CompleteMultipartUpload>";
        HttpRequest r = request(
            "POST", withQuery(objectUrl(m_endpoint, bucket, key), {{"uploadId", uploadId}}));
        r.body = body;
        r.header("Content-Type", "application/xml");
        // Completing twice is harmless (NoSuchUpload the second time is checked by the caller).
        r.idempotent = true;
        r.timeout = std::chrono::minutes(10); // RadosGW assembles before answering
        call<bool>(this, job, r, [job](const HttpResponse &resp) {
            if (auto e = errorIn200(resp)) {
                job->deliver(*e);
                return;
            }
            job->deliver(true);
        });
    });
}

DoneJob *S3Client::abortMultipartUpload(const QString &bucket, const QString &key,
                                        const QString &uploadId, QObject *owner)
{
    return startJob<bool>(owner, [=, this](DoneJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        call<bool>(this, job,
                   request("DELETE",
                           withQuery(objectUrl(m_endpoint, bucket, key), {{"uploadId", uploadId}})),
                   [job](const HttpResponse &) { job->deliver(true); });
    });
}

PartsJob *S3Client::listParts(const QString &bucket, const QString &key, const QString &uploadId,
                              QObject *owner)
{
    return startJob<QList<Part>>(owner, [=, this](PartsJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        auto all = std::make_shared<QList<Part>>();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [=, this](int marker) {
            QList<QPair<QByteArray, QString>> params{{"max-parts", QStringLiteral("1000")}};
            if (marker > 0)
                params.append({"part-number-marker", QString::number(marker)});
            params.append({"uploadId", uploadId});
            call<QList<Part>>(this, job,
                              request("GET", withQuery(objectUrl(m_endpoint, bucket, key), params)),
                              [=](const HttpResponse &resp) {
                                  bool truncated = false;
                                  int nextMarker = 0;
                                  auto parts = parseParts(resp.body, &truncated, &nextMarker);
                                  if (!parts.ok()) {
                                      job->deliver(parts.error());
                                      *next = nullptr;
                                      return;
                                  }
                                  *all += parts.value();
                                  if (truncated && nextMarker > marker) {
                                      (*next)(nextMarker);
                                      return;
                                  }
                                  job->deliver(*all);
                                  *next = nullptr;
                              });
        };
        (*next)(0);
    });
}

UploadsJob *S3Client::listMultipartUploads(const QString &bucket, const QString &prefix,
                                           QObject *owner)
{
    return startJob<QList<Upload>>(owner, [=, this](UploadsJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        auto all = std::make_shared<QList<Upload>>();
        auto next = std::make_shared<std::function<void(QString, QString)>>();
        *next = [=, this](const QString &keyMarker, const QString &idMarker) {
            QList<QPair<QByteArray, QString>> params{{"encoding-type", QStringLiteral("url")}};
            if (!keyMarker.isEmpty())
                params.append({"key-marker", keyMarker});
            params.append({"prefix", prefix});
            if (!idMarker.isEmpty())
                params.append({"upload-id-marker", idMarker});
            params.append({"uploads", QString()});
            call<QList<Upload>>(
                this, job, request("GET", withQuery(objectUrl(m_endpoint, bucket), params)),
                [=](const HttpResponse &resp) {
                    bool truncated = false;
                    QString nk;
                    QString ni;
                    auto uploads = parseUploads(resp.body, &truncated, &nk, &ni);
                    if (!uploads.ok()) {
                        job->deliver(uploads.error());
                        *next = nullptr;
                        return;
                    }
                    *all += uploads.value();
                    if (truncated && (nk != keyMarker || ni != idMarker) && !nk.isEmpty()) {
                        (*next)(nk, ni);
                        return;
                    }
                    job->deliver(*all);
                    *next = nullptr;
                });
        };
        (*next)(QString(), QString());
    });
}

DeleteJob *S3Client::remove(const QString &bucket, const QStringList &keys, QObject *owner)
{
    return startJob<DeleteReport>(owner, [=, this](DeleteJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        auto report = std::make_shared<DeleteReport>();
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        *next = [=, this](qsizetype from) {
            if (from >= keys.size()) {
                job->deliver(*report);
                *next = nullptr;
                return;
            }
            const QStringList batch = keys.mid(from, kMaxDeleteBatch);
            HttpRequest r =
                request("POST", withQuery(objectUrl(m_endpoint, bucket), {{"delete", QString()}}));
            r.body = deleteBody(batch);
            r.header("Content-MD5", md5Base64(r.body));
            r.header("Content-Type", "application/xml");
            r.idempotent = true;
            r.timeout = std::chrono::minutes(5);
            send(
                r, job,
                [=](const HttpResult &res) {
                    Result<DeleteReport> part = !res.ok() ? Result<DeleteReport>(res.error())
                                                : (res->status < 200 || res->status > 299)
                                                    ? Result<DeleteReport>(errorFor(res.value()))
                                                    : parseDeleteResult(res->body);
                    if (!part.ok()) {
                        // The whole batch failed: each key says why.
                        for (const QString &k : batch)
                            report->failed.append(DeleteFailure{
                                k, part.error().detail.section(QLatin1Char(' '), 1, 1),
                                part.error().message});
                    } else {
                        QSet<QString> failedKeys;
                        for (const DeleteFailure &f : std::as_const(part->failed))
                            failedKeys.insert(f.key);
                        report->failed += part->failed;
                        for (const QString &k : batch) {
                            if (!failedKeys.contains(k))
                                report->deleted << k;
                        }
                    }
                    (*next)(from + batch.size());
                },
                [job](HttpJob *http) { job->track(http); });
        };
        (*next)(0);
    });
}

DeleteJob *S3Client::removePrefix(const QString &bucket, const QString &prefix, QObject *owner)
{
    return startJob<DeleteReport>(owner, [=, this](DeleteJob *job) {
        listAll(bucket, prefix, true, job)->then([=, this](const Result<Listing> &l) {
            if (!l.ok()) {
                job->deliver(l.error());
                return;
            }
            QStringList keys;
            keys.reserve(l->objects.size());
            for (const Object &o : l->objects)
                keys << o.key;
            remove(bucket, keys, job)->then([job](const Result<DeleteReport> &r) {
                job->deliver(r);
            });
        });
    });
}

DoneJob *S3Client::copy(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                        const QString &dstKey, bool move, QObject *owner)
{
    return startJob<bool>(owner, [=, this](DoneJob *job) {
        if (!m_endpoint.url.isValid()) {
            job->deliver(configError());
            return;
        }
        if (srcBucket == dstBucket && srcKey == dstKey) {
            job->deliver(Error::make(Error::Kind::Invalid,
                                     Tr::tr("The source and the destination are the same object."),
                                     QStringLiteral("s3 copy: same object")));
            return;
        }
        auto finish = [=, this](const Result<bool> &copied) {
            if (!copied.ok() || !move) {
                job->deliver(copied);
                return;
            }
            call<bool>(this, job, request("DELETE", objectUrl(m_endpoint, srcBucket, srcKey)),
                       [job](const HttpResponse &) { job->deliver(true); });
        };
        head(srcBucket, srcKey, job)->then([=, this](const Result<ObjectHead> &h) {
            if (!h.ok()) {
                job->deliver(h.error());
                return;
            }
            if (h->size <= kMaxSinglePutOrCopy) {
                HttpRequest r = request("PUT", objectUrl(m_endpoint, dstBucket, dstKey));
                r.header("x-amz-copy-source", copySource(srcBucket, srcKey));
                r.header("x-amz-metadata-directive", "COPY");
                r.timeout = std::chrono::minutes(10);
                send(
                    r, job,
                    [=](const HttpResult &res) {
                        if (!res.ok()) {
                            finish(res.error());
                        } else if (res->status < 200 || res->status > 299) {
                            finish(errorFor(res.value()));
                        } else if (auto e = errorIn200(res.value())) {
                            finish(*e);
                        } else {
                            finish(true);
                        }
                    },
                    [job](HttpJob *http) { job->track(http); });
                return;
            }
            // Over 5 GiB: UploadPartCopy of ranges, then complete.
            createMultipartUpload(dstBucket, dstKey, job, h->metadata)
                ->then([=, this, size = h->size](const Result<QString> &id) {
                    if (!id.ok()) {
                        job->deliver(id.error());
                        return;
                    }
                    const QString uploadId = id.value();
                    qint64 partSize = kCopyPartSize;
                    while ((size + partSize - 1) / partSize > 10000)
                        partSize *= 2;
                    auto parts = std::make_shared<QList<Part>>();
                    auto next = std::make_shared<std::function<void(int)>>();
                    auto fail = [=, this](const Error &e) {
                        *next = nullptr;
                        abortMultipartUpload(dstBucket, dstKey, uploadId, this);
                        job->deliver(e);
                    };
                    *next = [=, this](int number) {
                        const qint64 first = qint64(number - 1) * partSize;
                        if (first >= size) {
                            completeMultipartUpload(dstBucket, dstKey, uploadId, *parts, job)
                                ->then([=](const Result<bool> &done) { finish(done); });
                            *next = nullptr; // last: this destroys the running closure
                            return;
                        }
                        const qint64 last = std::min(size, first + partSize) - 1;
                        HttpRequest r =
                            request("PUT", withQuery(objectUrl(m_endpoint, dstBucket, dstKey),
                                                     {{"partNumber", QString::number(number)},
                                                      {"uploadId", uploadId}}));
                        r.header("x-amz-copy-source", copySource(srcBucket, srcKey));
                        r.header("x-amz-copy-source-range", "bytes=" + QByteArray::number(first) +
                                                                '-' + QByteArray::number(last));
                        r.timeout = std::chrono::minutes(10);
                        send(
                            r, job,
                            [=](const HttpResult &res) {
                                if (!res.ok())
                                    return fail(res.error());
                                if (res->status < 200 || res->status > 299)
                                    return fail(errorFor(res.value()));
                                if (auto e = errorIn200(res.value()))
                                    return fail(*e);
                                QByteArray etag;
                                Walker w(res->body);
                                w.root();
                                w.walk([&](const QString &p, const QString &t) {
                                    if (p == QLatin1String("CopyPartResult/ETag"))
                                        etag = unquote(t);
                                });
                                if (etag.isEmpty())
                                    return fail(Error::make(
                                        Error::Kind::Parse,
                                        Tr::tr("The S3 server gave a copied part no ETag."),
                                        QStringLiteral("s3 UploadPartCopy: no ETag")));
                                parts->append(Part{number, etag, last - first + 1});
                                (*next)(number + 1);
                            },
                            [job](HttpJob *http) { job->track(http); });
                    };
                    (*next)(1);
                });
        });
    });
}

DeleteJob *S3Client::movePrefix(const QString &bucket, const QString &srcPrefix,
                                const QString &dstBucket, const QString &dstPrefix, QObject *owner)
{
    return startJob<DeleteReport>(owner, [=, this](DeleteJob *job) {
        if (bucket == dstBucket && srcPrefix == dstPrefix) {
            job->deliver(Error::make(Error::Kind::Invalid,
                                     Tr::tr("The source and the destination are the same."),
                                     QStringLiteral("s3 movePrefix: same prefix")));
            return;
        }
        listAll(bucket, srcPrefix, true, job)->then([=, this](const Result<Listing> &l) {
            if (!l.ok()) {
                job->deliver(l.error());
                return;
            }
            struct State
            {
                QList<Object> todo;
                qsizetype nextIndex = 0;
                int running = 0;
                QStringList copied;
                QList<DeleteFailure> failed;
            };
            auto st = std::make_shared<State>();
            st->todo = l->objects;
            auto pump = std::make_shared<std::function<void()>>();
            *pump = [=, this] {
                while (st->running < kParallelCopies && st->nextIndex < st->todo.size()) {
                    const Object o = st->todo.at(st->nextIndex++);
                    const QString dst = dstPrefix + o.key.mid(srcPrefix.size());
                    ++st->running;
                    copy(bucket, o.key, dstBucket, dst, false, job)
                        ->then([=](const Result<bool> &r) {
                            --st->running;
                            if (r.ok())
                                st->copied << o.key;
                            else
                                st->failed.append(DeleteFailure{
                                    o.key, r.error().detail.section(QLatin1Char(' '), 1, 1),
                                    r.error().message});
                            if (*pump)
                                (*pump)();
                        });
                }
                if (st->running > 0 || st->nextIndex < st->todo.size())
                    return;
                auto pumpRef = pump;
                remove(bucket, st->copied, job)->then([=](const Result<DeleteReport> &d) {
                    DeleteReport out;
                    out.failed = st->failed;
                    if (!d.ok()) {
                        for (const QString &k : st->copied)
                            out.failed.append(DeleteFailure{k, {}, d.error().message});
                    } else {
                        out.deleted = d->deleted;
                        out.failed += d->failed;
                    }
                    job->deliver(out);
                });
                *pumpRef = nullptr; // last: this destroys the running closure
            };
            (*pump)();
        });
    });
}

UsageJob *S3Client::usage(const QString &bucket, QObject *owner, const QString &prefix)
{
    return startJob<Usage>(owner, [=, this](UsageJob *job) {
        auto total = std::make_shared<Usage>();
        total->bucket = bucket;
        // Pages are counted as they come.
        auto *lister = listAll(bucket, prefix, true, job, [total](const Listing &page) {
            total->objects += page.objects.size();
            for (const Object &o : page.objects)
                total->bytes += o.size;
        });
        lister->then([=](const Result<Listing> &r) {
            if (!r.ok())
                job->deliver(r.error());
            else
                job->deliver(*total);
        });
    });
}

S3Job<S3Client::Presigned> *S3Client::presignGet(const QString &bucket, const QString &key,
                                                 std::chrono::seconds lifetime, QObject *owner)
{
    return startJob<Presigned>(owner, [=, this](S3Job<Presigned> *job) {
        if (!m_credentials) {
            job->deliver(Error::make(Error::Kind::Config,
                                     Tr::tr("No S3 credentials are available."),
                                     QStringLiteral("presign: no credentials source")));
            return;
        }
        m_credentials(false, job, [=, this](Result<AwsCredentials> c) {
            if (!c.ok()) {
                job->deliver(c.error());
                return;
            }
            job->deliver(presign(m_endpoint, c.value(), bucket, key, lifetime));
        });
    });
}

} // namespace plancia::s3
