// TransferEngine's pure helpers: part sizes and the mapping between S3 keys and local names.
#include "storage/transferengine.h"

#include <QDir>
#include <QFileInfo>

namespace plancia::s3 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::s3::TransferEngine)
};

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kMaxPart = 5LL * 1024 * kMiB;
constexpr qint64 kMaxObject = 5LL * 1024 * 1024 * kMiB;
constexpr int kMaxParts = 10000;
// 255 bytes is the file name limit of every common file system; the rest is for ".plancia-part".
constexpr int kMaxSegment = 240;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool needsEscape(unsigned char c)
{
    if (c < 0x20 || c == 0x7f || c == '\\')
        return true;
#ifdef Q_OS_WIN
    if (c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*')
        return true;
#endif
    return false;
}

void appendEscaped(QByteArray &out, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    out += '%';
    out += hex[c >> 4];
    out += hex[c & 15];
}

// One key segment as a file name (before the length cut).
QByteArray escapeSegment(const QByteArray &seg)
{
    if (seg.isEmpty())
        return QByteArrayLiteral("%");
    if (seg == ".")
        return QByteArrayLiteral("%2E");
    if (seg == "..")
        return QByteArrayLiteral("%2E%2E");
    QByteArray out;
    out.reserve(seg.size());
    for (qsizetype i = 0; i < seg.size(); ++i) {
        const auto c = static_cast<unsigned char>(seg[i]);
        if (c == '%') {
            // A '%' that could be read back as an escape: "%XX", a trailing "%+", or the
            // whole segment "%" (the empty segment's mark).
            const bool hexFollows = i + 2 < seg.size() && isHex(seg[i + 1]) && isHex(seg[i + 2]);
            const bool plusAtEnd = i + 2 == seg.size() && seg[i + 1] == '+';
            if (hexFollows || plusAtEnd || seg.size() == 1)
                appendEscaped(out, c);
            else
                out += char(c);
        } else if (needsEscape(c)) {
            appendEscaped(out, c);
        } else {
            out += char(c);
        }
    }
#ifdef Q_OS_WIN
    if (out.endsWith('.') || out.endsWith(' ')) {
        const unsigned char last = out.back();
        out.chop(1);
        appendEscaped(out, last);
    }
#endif
    return out;
}

// Cuts an escaped segment into pieces of at most kMaxSegment bytes, never inside a UTF-8
// character or a %XX escape; every piece but the last ends with the "%+" mark.
QList<QByteArray> cutSegment(const QByteArray &escaped)
{
    if (escaped.size() <= kMaxSegment)
        return {escaped};
    QList<QByteArray> pieces;
    qsizetype pos = 0;
    while (escaped.size() - pos > kMaxSegment) {
        qsizetype end = pos + kMaxSegment - 2; // room for "%+"
        // Back off to a character boundary: not a UTF-8 continuation byte, not inside %XX.
        while (end > pos && (static_cast<unsigned char>(escaped[end]) & 0xC0) == 0x80)
            --end;
        if (end - 1 > pos && escaped[end - 1] == '%')
            end -= 1;
        else if (end - 2 > pos && escaped[end - 2] == '%')
            end -= 2;
        pieces << escaped.mid(pos, end - pos) + "%+";
        pos = end;
    }
    pieces << escaped.mid(pos);
    return pieces;
}

QByteArray unescapeSegment(const QByteArray &seg)
{
    if (seg == "%")
        return {};
    QByteArray out;
    out.reserve(seg.size());
    for (qsizetype i = 0; i < seg.size(); ++i) {
        if (seg[i] == '%' && i + 2 < seg.size() && isHex(seg[i + 1]) && isHex(seg[i + 2])) {
            out += char(QByteArray::fromHex(seg.mid(i + 1, 2)).at(0));
            i += 2;
        } else {
            out += seg[i];
        }
    }
    return out;
}

} // namespace

Result<qint64> TransferEngine::partSizeFor(qint64 size, qint64 minimum)
{
    if (size < 0)
        return Error::make(Error::Kind::Invalid, Tr::tr("The file size is unknown."));
    if (size > kMaxObject) {
        return Error::make(Error::Kind::TooLarge,
                           Tr::tr("The file is larger than 5 TiB, the largest object S3 stores."));
    }
    qint64 part = std::max<qint64>(minimum, 5 * kMiB);
    part = (part + kMiB - 1) / kMiB * kMiB;
    const qint64 needed = (size + kMaxParts - 1) / kMaxParts;
    if (needed > part)
        part = (needed + kMiB - 1) / kMiB * kMiB;
    return std::min(part, kMaxPart);
}

Result<TransferEngine::LocalName>
TransferEngine::localPathFor(const QString &folder, const QString &prefix, const QString &key)
{
    if (folder.isEmpty())
        return Error::make(Error::Kind::Invalid, Tr::tr("No destination folder was given."));
    QString rest = key;
    if (!prefix.isEmpty() && key.startsWith(prefix))
        rest = key.mid(prefix.size());
    if (rest.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("The key %1 names no file below %2.").arg(key, prefix));
    const QByteArray raw = rest.toUtf8();
    QList<QByteArray> segments = raw.split('/');
    // A key "dir/" is a folder marker: the last (empty) segment names no file.
    LocalName name;
    QByteArray relative;
    for (const QByteArray &seg : std::as_const(segments)) {
        const QByteArray escaped = escapeSegment(seg);
        if (escaped != seg)
            name.mapped = true;
        for (const QByteArray &piece : cutSegment(escaped)) {
            if (piece.size() != escaped.size())
                name.mapped = true;
            if (!relative.isEmpty())
                relative += '/';
            relative += piece;
        }
    }
    const QString base = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    name.path = base + QLatin1Char('/') + QString::fromUtf8(relative);
    return name;
}

QString TransferEngine::keyForLocalName(const QString &relativePath)
{
    const QList<QByteArray> segments = relativePath.toUtf8().split('/');
    QByteArray key;
    bool continues = false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QByteArray seg = segments[i];
        if (i > 0 && !continues)
            key += '/';
        continues = seg.endsWith("%+") && i + 1 < segments.size();
        if (continues)
            seg.chop(2);
        key += unescapeSegment(seg);
    }
    return QString::fromUtf8(key);
}

} // namespace plancia::s3
