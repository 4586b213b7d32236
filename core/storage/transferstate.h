#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace plancia::s3 {

// The saved state of an unfinished multipart upload (one JSON file per upload in the engine's
// state dir, rewritten atomically after every part; no secret in it): enough to continue after
// the app or the server restarted, and to notice that the file changed meanwhile.
struct UploadState
{
    struct DonePart
    {
        int number = 0;
        QByteArray sha256; // hex
        QByteArray etag;
    };

    QString bucket;
    QString key;
    QString localPath;
    qint64 size = 0;
    qint64 modifiedMs = 0; // the file's mtime when the upload began
    qint64 partSize = 0;
    QString uploadId;
    QByteArray treeHash; // hex, see TransferEngine (x-amz-meta-plancia-sha256-tree)
    QList<DonePart> parts;

    QByteArray toJson() const;
    // Refuses (Parse) anything incomplete or inconsistent: a corrupt file is never resumed.
    static Result<UploadState> fromJson(const QByteArray &json);

    // The file name in `dir` for an upload of `localPath` to bucket/key.
    static QString fileFor(const QString &dir, const QString &bucket, const QString &key,
                           const QString &localPath);
    Status save(const QString &dir) const;
    static Result<UploadState> load(const QString &path);
};

} // namespace plancia::s3
