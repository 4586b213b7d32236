#pragma once

#include "net/httpclient.h" // s3client.h needs it complete (QPointer<HttpClient>)
#include "net/result.h"
#include "storage/s3client.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace plancia::ui {

// What the Storage page asks of the object store, as callbacks: the seam between the page's
// models and core's S3Client (S3StorageSource adapts it), so that the models and the page are
// tested against a fake without a server.
//
// Contract for every call: the callback runs exactly once, always later (never inside the call),
// in `owner`'s thread, and never after `owner` is gone (deleting the owner cancels the call).
class StorageSource
{
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    virtual ~StorageSource() = default;

    virtual void buckets(QObject *owner, Callback<QList<s3::Bucket>> done) = 0;
    // One page of a delimited listing ("folders" in commonPrefixes), at most `maxKeys` keys.
    virtual void list(const QString &bucket, const QString &prefix, const QString &token,
                      int maxKeys, QObject *owner, Callback<s3::Listing> done) = 0;
    virtual void usage(const QString &bucket, QObject *owner, Callback<s3::Usage> done) = 0;
    // Deletes `keys` and everything under each of `prefixes` (each ending with '/').
    virtual void remove(const QString &bucket, const QStringList &keys, const QStringList &prefixes,
                        QObject *owner, Callback<s3::DeleteReport> done) = 0;
    virtual void createFolder(const QString &bucket, const QString &prefix, QObject *owner,
                              Callback<bool> done) = 0;
    // Rename: an object (`from` a key) or a folder (`from` ending with '/', everything under it).
    virtual void move(const QString &bucket, const QString &from, const QString &to, QObject *owner,
                      Callback<bool> done) = 0;
    virtual void presign(const QString &bucket, const QString &key, std::chrono::seconds lifetime,
                         QObject *owner, Callback<s3::S3Client::Presigned> done) = 0;
};

} // namespace plancia::ui
