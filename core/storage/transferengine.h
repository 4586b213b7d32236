#pragma once

#include "net/httpclient.h" // s3client.h holds a QPointer<HttpClient>
#include "net/result.h"
#include "storage/s3authorizer.h"
#include "storage/s3client.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace plancia::s3 {

// The bulk data mover: a queue of uploads and downloads (files, folders, prefixes) on libcurl's
// multi interface in a thread of its own, SigV4-signed per request with the credentials of the
// moment (an STS renewal in the middle of a transfer re-signs the next request; a 403
// ExpiredToken renews and retries, never fails the transfer).
//
// - Parallel transfers and parallel parts; the part size grows with the file so that no upload
//   needs more than 10,000 parts (at least 5 MiB, at most 5 GiB).
// - Integrity: each request body is sent with its checksum (x-amz-content-sha256 = the real
//   payload hash, which RadosGW verifies: a corrupted part is refused). The object's checksum is
//   stored as metadata: a single PUT stores the file's SHA-256 as x-amz-meta-plancia-sha256; a
//   multipart upload stores a tree hash, x-amz-meta-plancia-sha256-tree = "<part size>:<hex>",
//   the SHA-256 of the concatenated binary SHA-256s of the parts of that size. The file is read
//   and hashed once (the part hashes are needed for the signatures anyway, and the tree is known
//   before CreateMultipartUpload, which is where metadata goes); a download fetches ranges of that
//   part size and hashes each as it streams, so verifying costs no second read. A download is
//   checked against plancia-sha256 or plancia-sha256-tree, else, for a single-part object, against
//   the MD5 ETag; a multipart ETag ("<hex>-<n>") is not an MD5 and is never compared as one (such
//   an object is checked by size only: Item::verifiedWith stays empty).
// - Resume: an unfinished multipart upload's state (upload id, parts done with their checksums)
//   is saved under Settings::stateDir after every part, so the upload continues after the app or
//   the server restarts (resumeSaved()). A download is written to "<name>.plancia-part" and
//   renamed only when complete and verified.
// - Safety: nothing is written outside the chosen folder whatever the key (see localPathFor).
// - Memory stays flat: parts are read from and written to files in bounded buffers.
// - Retries with exponential backoff on 5xx, SlowDown, RequestTimeout and network errors.
class TransferEngine : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int parallelTransfers = 4;
        // Files of at most 1 MiB may run this many at once (never fewer than
        // parallelTransfers): they are bound by the server's time per request (RadosGW takes
        // ~50 ms to answer a small GET), not by bandwidth.
        int parallelSmallFiles = 64;
        int parallelParts = 4; // per multipart transfer
        qint64 minPartSize = 8 * 1024 * 1024;
        qint64 multipartThreshold = 16 * 1024 * 1024; // single PUT/GET below this
        qint64 bandwidthLimit = 0; // bytes per second over all transfers; 0 = none
        int maxRetries = 6;
        std::chrono::milliseconds initialBackoff{250};
        // Where multipart upload state is kept (one small JSON file per upload, no secret).
        QString stateDir;
        QStringList caFiles; // extra PEM bundles (the profile's)
    };

    enum class Direction { Upload, Download };
    Q_ENUM(Direction)
    enum class State { Queued, Listing, Running, Paused, Verifying, Done, Failed, Cancelled };
    Q_ENUM(State)

    using Id = quint64;

    struct Item
    {
        Id id = 0;
        Id parent = 0; // the folder/prefix transfer this file belongs to (0: none)
        Direction direction = Direction::Upload;
        QString bucket;
        QString key;
        QString localPath;
        // When the key could not be used as a local name as is (invalid characters, too long,
        // "..", absolute): what it was mapped to, shown to people.
        bool nameMapped = false;
        qint64 size = -1; // -1 until known
        qint64 transferred = 0;
        State state = State::Queued;
        Error error; // Failed: in words
        double bytesPerSecond = 0;
        std::chrono::seconds eta{-1};
        int retries = 0;
        // Bytes already done when a saved upload was resumed (not sent again).
        qint64 resumedBytes = 0;
        // Done: the object's checksum matched ("sha256", "sha256-tree" or "md5"); empty when
        // nothing could be compared (a foreign multipart object).
        QString verifiedWith;
        QDateTime started;
        QDateTime finished;
    };

    struct Totals
    {
        int queued = 0, running = 0, done = 0, failed = 0, cancelled = 0;
        qint64 bytes = 0; // known sizes of all items
        qint64 transferred = 0;
        double bytesPerSecond = 0;
        std::chrono::seconds eta{-1};
    };

    // `credentials` is called in the owner's thread (the engine's thread asks through it, and
    // with forceRefresh after S3 answered ExpiredToken/InvalidAccessKeyId).
    TransferEngine(Endpoint endpoint, CredentialsSource credentials, Settings settings,
                   QObject *parent = nullptr);
    ~TransferEngine() override; // cancels what runs (saved multipart state is kept)

    // A file (to `key`, or prefix + file name when `key` ends with '/') or a folder (every
    // file under it to prefix + relative path).
    Id upload(const QString &localPath, const QString &bucket, const QString &key);
    // One object to a file (`localPath` is the file, or a folder to put it in), or with
    // `recursive` every key under the prefix `key` into the folder `localPath`.
    Id download(const QString &bucket, const QString &key, const QString &localPath,
                bool recursive = false);

    void pause(Id id);
    void resume(Id id);
    void cancel(Id id); // an upload's multipart upload is aborted, a download's part file removed
    void pauseAll();
    void resumeAll();
    void cancelAll();
    // Unfinished multipart uploads saved in stateDir (after a crash or a restart): queued again,
    // continuing after their last confirmed part. Returns their ids.
    QList<Id> resumeSaved();

    void setBandwidthLimit(qint64 bytesPerSecond);
    void setParallelTransfers(int n);
    void setParallelParts(int n);
    const Settings &settings() const { return m_settings; }

    Item item(Id id) const;
    QList<Item> items() const; // in queue order
    Totals totals() const;
    bool isIdle() const;
    // Forget finished (done, cancelled, failed) items.
    void clearFinished();

    // Part size for a file of `size` bytes: at least `minimum`, a multiple of 1 MiB, so that at
    // most 10,000 parts are needed (fails above 5 TiB, S3's object limit).
    static Result<qint64> partSizeFor(qint64 size, qint64 minimum = 8 * 1024 * 1024);

    // The local path for `key` under `folder` (for a download of prefix `prefix`): the key's
    // rest after the prefix, split at '/', each segment mapped when it cannot be a file name
    // here by a reversible %XX escape (see keyForLocalName): "" -> "%", "." -> "%2E",
    // ".." -> "%2E%2E", control characters and '\\' (and <>:"|?* on Windows) -> %XX, a '%'
    // that would read as an escape -> "%25"; a segment longer than 240 bytes (room for
    // ".plancia-part") is cut at a character boundary into folders, each cut marked by a
    // trailing "%+". A leading '/' and "//" never make an absolute path. Always inside `folder`
    // (the engine also refuses to follow a symbolic link inside it).
    struct LocalName
    {
        QString path; // absolute, inside folder
        bool mapped = false;
    };
    static Result<LocalName> localPathFor(const QString &folder, const QString &prefix,
                                          const QString &key);
    // The inverse of the segment mapping (for uploading a downloaded folder back).
    static QString keyForLocalName(const QString &relativePath);

Q_SIGNALS:
    // Delivered in the owner's thread; progress is coalesced (at most ~10 per second per item).
    void itemAdded(plancia::s3::TransferEngine::Id id);
    void itemChanged(plancia::s3::TransferEngine::Id id);
    void itemFinished(plancia::s3::TransferEngine::Id id);
    void totalsChanged();
    void idle(); // the queue emptied (everything done, failed or cancelled)

private:
    class Private;
    std::unique_ptr<Private> d;
    Settings m_settings;
};

} // namespace plancia::s3
