#pragma once

#include "net/httpclient.h" // QPointer<HttpClient> needs the complete type
#include "net/httpjob.h"
#include "net/httprequest.h"
#include "net/job.h"
#include "net/result.h"
#include "storage/awscredentials.h"
#include "storage/s3authorizer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace plancia {
class HttpClient;
class HttpJob;
} // namespace plancia

namespace plancia::s3 {

// What the S3 API (Ceph RadosGW, AWS, MinIO) answers, typed. Keys are always decoded (the
// client asks for encoding-type=url and decodes), so any key round-trips byte for byte.

struct Bucket
{
    QString name;
    QDateTime created;
    // Why the user has it: "listed" (ListBuckets answered), "own" (the profile's per-user
    // bucket), "group:<name>" (a project bucket of one of the token's groups), "profile".
    QString origin;
};

struct Object
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified;
    QByteArray etag; // without quotes; "<hex>-<n>" for a multipart object
    QString storageClass;
};

struct Listing
{
    QString bucket;
    QString prefix;
    QList<Object> objects;
    QStringList commonPrefixes; // "folders", each ending with the delimiter
    bool truncated = false;
    QString nextContinuationToken;
};

struct ObjectHead
{
    qint64 size = 0;
    QDateTime lastModified;
    QByteArray etag;
    QByteArray contentType;
    // x-amz-meta-* without the prefix, keys lower-cased (e.g. "plancia-sha256").
    QHash<QByteArray, QByteArray> metadata;
};

struct Part
{
    int number = 0; // 1..10000
    QByteArray etag;
    qint64 size = 0;
};

struct Upload
{
    QString key;
    QString uploadId;
    QDateTime initiated;
};

struct DeleteFailure
{
    QString key;
    QString code;
    QString message;
};

struct DeleteReport
{
    QStringList deleted;
    QList<DeleteFailure> failed;
};

// Bucket usage, summed by listing (RadosGW gives role credentials no admin usage API).
struct Usage
{
    QString bucket;
    qint64 objects = 0;
    qint64 bytes = 0;
};

// An S3 error answer (<Error><Code/><Message/>...), with RadosGW's empty Message replaced by
// words for the code. Error::detail carries "S3 <Code> (HTTP <status>)".
struct ErrorInfo
{
    int httpStatus = 0;
    QString code;
    QString message;
    QString resource;
    QString requestId;
};
std::optional<ErrorInfo> parseError(const QByteArray &xml, int httpStatus);
// The Error for a failed S3 answer: Kind from the status/code (403 AccessDenied -> Forbidden,
// NoSuchKey/NoSuchBucket -> NotFound, ExpiredToken -> Unauthorized, SlowDown/5xx ->
// Unavailable-like retriable), message in words (never a token or signature).
Error errorFor(const HttpResponse &response);

// Settings a client needs besides the HttpClient (which signs).
struct Endpoint
{
    QUrl url; // https://rgw.example:443
    QString region = QStringLiteral("us-east-1");
    bool pathStyle = true; // false: https://<bucket>.host/key
};

// URL of a bucket or object (key encoded once per SigV4's rules: '/' kept).
QUrl objectUrl(const Endpoint &endpoint, const QString &bucket, const QString &key = {});

// The job of one S3 operation (several HTTP calls for paged or batched ones). As every Job:
// started queued, exactly one result, then done(); cancel(); deleting `owner` aborts silently.
// (A template cannot have signals: the result goes to the callback given to then().)
template<typename T>
class S3Job : public ResultJob<T>
{
public:
    using Callback = std::function<void(const Result<T> &)>;
    using Step = std::function<void(S3Job *)>;

    S3Job(Step start, QObject *owner)
        : ResultJob<T>(owner)
        , m_step(std::move(start))
    {}

    // Where the result goes; set it before the event loop runs (jobs start queued).
    S3Job *then(Callback callback)
    {
        m_callback = std::move(callback);
        return this;
    }
    // For the implementation: the result, and the HTTP calls to abort on cancel().
    void deliver(Result<T> r) { this->finishWith(std::move(r)); }
    void track(HttpJob *job) { m_http.append(job); }

protected:
    void doStart() override { m_step(this); }
    void doCancel() override
    {
        for (const auto &job : std::as_const(m_http)) {
            if (job)
                job->cancel();
        }
    }
    void emitFinished(const Result<T> &r) override
    {
        if (m_callback)
            m_callback(r);
    }

private:
    Step m_step;
    Callback m_callback;
    QList<QPointer<HttpJob>> m_http;
};

using BucketsJob = S3Job<QList<Bucket>>;
using ListJob = S3Job<Listing>;
using HeadJob = S3Job<ObjectHead>;
using UploadIdJob = S3Job<QString>;
using PartsJob = S3Job<QList<Part>>;
using UploadsJob = S3Job<QList<Upload>>;
using DeleteJob = S3Job<DeleteReport>;
using UsageJob = S3Job<Usage>;
using BytesJob = S3Job<QByteArray>;
using DoneJob = S3Job<bool>;

// S3's limits.
inline constexpr int kMaxDeleteBatch = 1000;
inline constexpr qint64 kMaxSinglePutOrCopy = 5LL * 1024 * 1024 * 1024; // 5 GiB
inline constexpr qint64 kMaxPresignSeconds = 604800;                    // 7 days

// The S3 API over an HttpClient whose Authorizer signs with SigV4 (Platform::s3()). Control
// operations and small objects; bulk data goes through the TransferEngine (libcurl), which
// signs the same way with the same credentials.
class S3Client : public QObject
{
    Q_OBJECT

public:
    S3Client(HttpClient *http, Endpoint endpoint, QObject *parent = nullptr);

    const Endpoint &endpoint() const { return m_endpoint; }
    HttpClient *http() const { return m_http; }

    // The credentials the HttpClient's authorizer signs with (Platform: STS). Used to presign
    // (presignGet) and to renew once when S3 answers 403 ExpiredToken (or InvalidAccessKeyId /
    // InvalidToken for a session token it no longer knows): the request is then sent again, once.
    // (The HttpClient does not treat every 403 as stale credentials: AccessDenied is an answer.)
    void setCredentialsSource(CredentialsSource source) { m_credentials = std::move(source); }
    const CredentialsSource &credentialsSource() const { return m_credentials; }
    // Sends `request` on the client (with the one renewal described above) and hands the
    // complete answer, 2xx or not, to `done`, which is not called if `job` is gone. For the
    // transfer engine and the operations below.
    void send(HttpRequest request, QObject *job, std::function<void(const HttpResult &)> done,
              std::function<void(HttpJob *)> track = {});

    // The buckets the user may use: ListBuckets when the server allows it, merged with
    // `known` (from the profile and the token's groups; role credentials are often refused
    // ListBuckets). A refused ListBuckets is not an error when `known` is not empty.
    BucketsJob *buckets(const QList<Bucket> &known, QObject *owner);

    // One page of ListObjectsV2 (delimiter "/" unless `recursive`), max 1000 keys.
    ListJob *list(const QString &bucket, const QString &prefix, const QString &continuationToken,
                  bool recursive, QObject *owner, int maxKeys = 1000);
    // Every page; `page` is called for each (for progressive display), the result holds all.
    ListJob *listAll(const QString &bucket, const QString &prefix, bool recursive, QObject *owner,
                     std::function<void(const Listing &page)> page = {});

    HeadJob *head(const QString &bucket, const QString &key, QObject *owner);
    // Ranged GET (bytes first..last inclusive; last < 0: to the end).
    BytesJob *get(const QString &bucket, const QString &key, QObject *owner, qint64 first = 0,
                  qint64 last = -1);
    // Single PUT of a small object (the body in memory); `metadata` becomes x-amz-meta-*.
    DoneJob *put(const QString &bucket, const QString &key, QByteArray body, QObject *owner,
                 const QHash<QByteArray, QByteArray> &metadata = {},
                 const QByteArray &contentType = {});
    // An empty object "prefix/" (a folder as the console shows it).
    DoneJob *createFolder(const QString &bucket, const QString &prefix, QObject *owner);

    UploadIdJob *createMultipartUpload(const QString &bucket, const QString &key, QObject *owner,
                                       const QHash<QByteArray, QByteArray> &metadata = {});
    DoneJob *completeMultipartUpload(const QString &bucket, const QString &key,
                                     const QString &uploadId, const QList<Part> &parts,
                                     QObject *owner);
    DoneJob *abortMultipartUpload(const QString &bucket, const QString &key,
                                  const QString &uploadId, QObject *owner);
    PartsJob *listParts(const QString &bucket, const QString &key, const QString &uploadId,
                        QObject *owner);
    UploadsJob *listMultipartUploads(const QString &bucket, const QString &prefix, QObject *owner);

    // DeleteObjects in batches of 1000 (quiet mode); per-key failures in the report.
    DeleteJob *remove(const QString &bucket, const QStringList &keys, QObject *owner);
    // Every key under a prefix (listing + batched delete).
    DeleteJob *removePrefix(const QString &bucket, const QString &prefix, QObject *owner);

    // CopyObject; over 5 GiB a multipart copy (UploadPartCopy). `move` deletes the source
    // once the copy is complete.
    DoneJob *copy(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                  const QString &dstKey, bool move, QObject *owner);
    // Rename/move everything under a prefix.
    DeleteJob *movePrefix(const QString &bucket, const QString &srcPrefix, const QString &dstBucket,
                          const QString &dstPrefix, QObject *owner);

    UsageJob *usage(const QString &bucket, QObject *owner, const QString &prefix = {});

    // A presigned GET URL (query form of SigV4) valid for `lifetime` (max 7 days; with STS
    // credentials also bounded by their expiry: the returned expiry says which).
    struct Presigned
    {
        QUrl url;
        QDateTime expires;
    };
    static Result<Presigned> presign(const Endpoint &endpoint, const AwsCredentials &credentials,
                                     const QString &bucket, const QString &key,
                                     std::chrono::seconds lifetime,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // presign() with the current credentials of credentialsSource().
    S3Job<Presigned> *presignGet(const QString &bucket, const QString &key,
                                 std::chrono::seconds lifetime, QObject *owner);

    // Parsers (public for tests and fuzzing).
    static Result<Listing> parseListing(const QByteArray &xml);
    static Result<QList<Bucket>> parseBuckets(const QByteArray &xml);
    static Result<QList<Part>> parseParts(const QByteArray &xml, bool *truncated = nullptr,
                                          int *nextMarker = nullptr);
    static Result<QList<Upload>> parseUploads(const QByteArray &xml, bool *truncated = nullptr,
                                              QString *nextKeyMarker = nullptr,
                                              QString *nextUploadIdMarker = nullptr);
    static Result<DeleteReport> parseDeleteResult(const QByteArray &xml);

    // The DeleteObjects body of `keys` (XML-escaped, <Quiet>true</Quiet>), at most 1000.
    static QByteArray deleteBody(const QStringList &keys);
    // The x-amz-copy-source value of bucket/key (encoded as SigV4 encodes a path).
    static QByteArray copySource(const QString &bucket, const QString &key);
    // Keys, prefixes and tokens of an encoding-type=url answer, decoded as botocore does
    // (unquote_plus: AWS writes a space as '+', a '+' as "%2B"; RadosGW writes "%20").
    static QString urlDecode(const QString &text);

private:
    QPointer<HttpClient> m_http;
    Endpoint m_endpoint;
    CredentialsSource m_credentials;
};

} // namespace plancia::s3
