#include "storage/transferstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace plancia::s3 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::s3::TransferEngine)
};

constexpr int kVersion = 1;

Error corrupt(const QString &why)
{
    return Error::make(Error::Kind::Parse, Tr::tr("The saved state of an upload is damaged."),
                       QStringLiteral("upload state: ") + why);
}

bool isHexHash(const QByteArray &h)
{
    if (h.size() != 64)
        return false;
    for (const char c : h) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QByteArray UploadState::toJson() const
{
    QJsonArray done;
    for (const DonePart &p : parts) {
        done.append(QJsonObject{{QStringLiteral("n"), p.number},
                                {QStringLiteral("sha256"), QString::fromLatin1(p.sha256)},
                                {QStringLiteral("etag"), QString::fromLatin1(p.etag)}});
    }
    const QJsonObject o{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("bucket"), bucket},
        {QStringLiteral("key"), key},
        {QStringLiteral("localPath"), localPath},
        {QStringLiteral("size"), QString::number(size)},
        {QStringLiteral("modifiedMs"), QString::number(modifiedMs)},
        {QStringLiteral("partSize"), QString::number(partSize)},
        {QStringLiteral("uploadId"), uploadId},
        {QStringLiteral("treeSha256"), QString::fromLatin1(treeHash)},
        {QStringLiteral("parts"), done},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<UploadState> UploadState::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not JSON: ") + err.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return corrupt(QStringLiteral("unknown version"));
    UploadState s;
    s.bucket = o.value(QStringLiteral("bucket")).toString();
    s.key = o.value(QStringLiteral("key")).toString();
    s.localPath = o.value(QStringLiteral("localPath")).toString();
    s.uploadId = o.value(QStringLiteral("uploadId")).toString();
    s.treeHash = o.value(QStringLiteral("treeSha256")).toString().toLatin1();
    bool ok1 = false, ok2 = false, ok3 = false;
    s.size = o.value(QStringLiteral("size")).toString().toLongLong(&ok1);
    s.modifiedMs = o.value(QStringLiteral("modifiedMs")).toString().toLongLong(&ok2);
    s.partSize = o.value(QStringLiteral("partSize")).toString().toLongLong(&ok3);
    if (s.bucket.isEmpty() || s.key.isEmpty() || s.localPath.isEmpty() || s.uploadId.isEmpty())
        return corrupt(QStringLiteral("a field is missing"));
    if (!ok1 || !ok2 || !ok3 || s.size <= 0 || s.partSize <= 0 || !isHexHash(s.treeHash))
        return corrupt(QStringLiteral("bad size, part size or tree hash"));
    const qint64 count = (s.size + s.partSize - 1) / s.partSize;
    if (count > 10000)
        return corrupt(QStringLiteral("more than 10,000 parts"));
    const QJsonArray done = o.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &v : done) {
        const QJsonObject p = v.toObject();
        DonePart part{p.value(QStringLiteral("n")).toInt(),
                      p.value(QStringLiteral("sha256")).toString().toLatin1(),
                      p.value(QStringLiteral("etag")).toString().toLatin1()};
        if (part.number < 1 || part.number > count || !isHexHash(part.sha256) ||
            part.etag.isEmpty())
            return corrupt(QStringLiteral("bad part"));
        for (const DonePart &seen : std::as_const(s.parts)) {
            if (seen.number == part.number)
                return corrupt(QStringLiteral("part listed twice"));
        }
        s.parts << part;
    }
    return s;
}

QString UploadState::fileFor(const QString &dir, const QString &bucket, const QString &key,
                             const QString &localPath)
{
    const QByteArray id = QCryptographicHash::hash(
        (bucket + QChar(0) + key + QChar(0) + localPath).toUtf8(), QCryptographicHash::Sha256);
    return QDir(dir).filePath(QStringLiteral("upload-") + QString::fromLatin1(id.toHex().left(32)) +
                              QStringLiteral(".json"));
}

Status UploadState::save(const QString &dir) const
{
    if (!QDir().mkpath(dir)) {
        return Error::make(Error::Kind::Internal,
                           Tr::tr("Cannot create the folder %1 for the upload state.").arg(dir));
    }
    QSaveFile f(fileFor(dir, bucket, key, localPath));
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        return Error::make(Error::Kind::Internal,
                           Tr::tr("Cannot save the state of the upload: %1").arg(f.errorString()));
    }
    return Ok{};
}

Result<UploadState> UploadState::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return corrupt(QStringLiteral("unreadable: ") + f.errorString());
    return fromJson(f.read(4 * 1024 * 1024));
}

} // namespace plancia::s3
