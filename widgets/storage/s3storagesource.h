#pragma once

#include "storage/storagesource.h"
#include "storage/transferqueue.h"

#include <QPointer>

#include <functional>

namespace plancia::ui {

// StorageSource on core's S3Client (the platform's storage()).
class S3StorageSource : public StorageSource
{
public:
    using KnownBuckets = std::function<QList<s3::Bucket>()>;
    S3StorageSource(s3::S3Client *client, KnownBuckets known);

    void buckets(QObject *owner, Callback<QList<s3::Bucket>> done) override;
    void list(const QString &bucket, const QString &prefix, const QString &token, int maxKeys,
              QObject *owner, Callback<s3::Listing> done) override;
    void usage(const QString &bucket, QObject *owner, Callback<s3::Usage> done) override;
    void remove(const QString &bucket, const QStringList &keys, const QStringList &prefixes,
                QObject *owner, Callback<s3::DeleteReport> done) override;
    void createFolder(const QString &bucket, const QString &prefix, QObject *owner,
                      Callback<bool> done) override;
    void move(const QString &bucket, const QString &from, const QString &to, QObject *owner,
              Callback<bool> done) override;
    void presign(const QString &bucket, const QString &key, std::chrono::seconds lifetime,
                 QObject *owner, Callback<s3::S3Client::Presigned> done) override;

private:
    bool gone(QObject *owner, const std::function<void(const Error &)> &fail) const;

    QPointer<s3::S3Client> m_client;
    KnownBuckets m_known;
};

// TransferQueue on core's TransferEngine (the platform's transfers()).
class EngineTransferQueue : public TransferQueue
{
    Q_OBJECT

public:
    explicit EngineTransferQueue(s3::TransferEngine *engine, QObject *parent = nullptr);

    Id upload(const QString &localPath, const QString &bucket, const QString &key) override;
    Id download(const QString &bucket, const QString &key, const QString &localPath,
                bool recursive) override;
    void pause(Id id) override;
    void resume(Id id) override;
    void cancel(Id id) override;
    void pauseAll() override;
    void resumeAll() override;
    void cancelAll() override;
    void clearFinished() override;
    void setBandwidthLimit(qint64 bytesPerSecond) override;
    qint64 bandwidthLimit() const override;
    Item item(Id id) const override;
    QList<Item> items() const override;
    Totals totals() const override;

private:
    QPointer<s3::TransferEngine> m_engine;
};

} // namespace plancia::ui
