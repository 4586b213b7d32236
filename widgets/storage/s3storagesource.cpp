#include "storage/s3storagesource.h"

#include <QTimer>

#include <memory>

namespace plancia::ui {

S3StorageSource::S3StorageSource(s3::S3Client *client, KnownBuckets known)
    : m_client(client)
    , m_known(std::move(known))
{}

bool S3StorageSource::gone(QObject *owner, const std::function<void(const Error &)> &fail) const
{
    if (m_client)
        return false;
    // As the contract says: later, and not after the owner.
    QTimer::singleShot(0, owner, [fail] {
        fail(Error::make(
            Error::Kind::Canceled,
            QCoreApplication::translate("plancia::ui::StoragePage", "The profile was closed.")));
    });
    return true;
}

void S3StorageSource::buckets(QObject *owner, Callback<QList<s3::Bucket>> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    m_client->buckets(m_known ? m_known() : QList<s3::Bucket>{}, owner)->then(std::move(done));
}

void S3StorageSource::list(const QString &bucket, const QString &prefix, const QString &token,
                           int maxKeys, QObject *owner, Callback<s3::Listing> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    m_client->list(bucket, prefix, token, false, owner, maxKeys)->then(std::move(done));
}

void S3StorageSource::usage(const QString &bucket, QObject *owner, Callback<s3::Usage> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    m_client->usage(bucket, owner)->then(std::move(done));
}

void S3StorageSource::remove(const QString &bucket, const QStringList &keys,
                             const QStringList &prefixes, QObject *owner,
                             Callback<s3::DeleteReport> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    // The keys in one batched call, then each prefix in turn; the reports merged.
    struct State
    {
        QPointer<s3::S3Client> client;
        QString bucket;
        QStringList prefixes;
        QPointer<QObject> owner;
        Callback<s3::DeleteReport> done;
        s3::DeleteReport report;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->client = m_client;
    state->bucket = bucket;
    state->prefixes = prefixes;
    state->owner = owner;
    state->done = std::move(done);
    auto merge = [state](const Result<s3::DeleteReport> &r) {
        if (!r) {
            auto d = std::move(state->done);
            state->next = nullptr; // breaks the cycle
            d(r.error());
            return;
        }
        state->report.deleted += r.value().deleted;
        state->report.failed += r.value().failed;
        state->next();
    };
    state->next = [state, merge] {
        if (state->prefixes.isEmpty() || !state->client || !state->owner) {
            auto d = std::move(state->done);
            const s3::DeleteReport report = state->report;
            state->next = nullptr;
            if (d)
                d(report);
            return;
        }
        const QString prefix = state->prefixes.takeFirst();
        state->client->removePrefix(state->bucket, prefix, state->owner)->then(merge);
    };
    if (keys.isEmpty())
        QTimer::singleShot(0, owner, [state] {
            if (state->next)
                state->next();
        });
    else
        m_client->remove(bucket, keys, owner)->then(merge);
}

void S3StorageSource::createFolder(const QString &bucket, const QString &prefix, QObject *owner,
                                   Callback<bool> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    m_client->createFolder(bucket, prefix, owner)->then(std::move(done));
}

void S3StorageSource::move(const QString &bucket, const QString &from, const QString &to,
                           QObject *owner, Callback<bool> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    if (!from.endsWith(QLatin1Char('/'))) {
        m_client->copy(bucket, from, bucket, to, true, owner)->then(std::move(done));
        return;
    }
    m_client->movePrefix(bucket, from, bucket, to, owner)
        ->then([done = std::move(done)](const Result<s3::DeleteReport> &r) {
            if (!r)
                return done(r.error());
            if (r.value().failed.isEmpty())
                return done(true);
            const s3::DeleteFailure &f = r.value().failed.first();
            done(Error::make(Error::Kind::Forbidden,
                             QCoreApplication::translate("plancia::ui::StoragePage",
                                                         "%n key(s) could not be moved, the first "
                                                         "%1: %2",
                                                         nullptr, int(r.value().failed.size()))
                                 .arg(f.key, f.message.isEmpty() ? f.code : f.message),
                             f.code));
        });
}

void S3StorageSource::presign(const QString &bucket, const QString &key,
                              std::chrono::seconds lifetime, QObject *owner,
                              Callback<s3::S3Client::Presigned> done)
{
    if (gone(owner, [done](const Error &e) { done(e); }))
        return;
    m_client->presignGet(bucket, key, lifetime, owner)->then(std::move(done));
}

EngineTransferQueue::EngineTransferQueue(s3::TransferEngine *engine, QObject *parent)
    : TransferQueue(parent)
    , m_engine(engine)
{
    if (!engine)
        return;
    using E = s3::TransferEngine;
    connect(engine, &E::itemAdded, this, &TransferQueue::itemAdded);
    connect(engine, &E::itemChanged, this, &TransferQueue::itemChanged);
    connect(engine, &E::itemFinished, this, &TransferQueue::itemFinished);
    connect(engine, &E::totalsChanged, this, &TransferQueue::totalsChanged);
}

TransferQueue::Id EngineTransferQueue::upload(const QString &localPath, const QString &bucket,
                                              const QString &key)
{
    return m_engine ? m_engine->upload(localPath, bucket, key) : 0;
}

TransferQueue::Id EngineTransferQueue::download(const QString &bucket, const QString &key,
                                                const QString &localPath, bool recursive)
{
    return m_engine ? m_engine->download(bucket, key, localPath, recursive) : 0;
}

void EngineTransferQueue::pause(Id id)
{
    if (m_engine)
        m_engine->pause(id);
}

void EngineTransferQueue::resume(Id id)
{
    if (m_engine)
        m_engine->resume(id);
}

void EngineTransferQueue::cancel(Id id)
{
    if (m_engine)
        m_engine->cancel(id);
}

void EngineTransferQueue::pauseAll()
{
    if (m_engine)
        m_engine->pauseAll();
}

void EngineTransferQueue::resumeAll()
{
    if (m_engine)
        m_engine->resumeAll();
}

void EngineTransferQueue::cancelAll()
{
    if (m_engine)
        m_engine->cancelAll();
}

void EngineTransferQueue::clearFinished()
{
    if (m_engine)
        m_engine->clearFinished();
    Q_EMIT cleared();
}

void EngineTransferQueue::setBandwidthLimit(qint64 bytesPerSecond)
{
    if (m_engine)
        m_engine->setBandwidthLimit(bytesPerSecond);
}

qint64 EngineTransferQueue::bandwidthLimit() const
{
    return m_engine ? m_engine->settings().bandwidthLimit : 0;
}

TransferQueue::Item EngineTransferQueue::item(Id id) const
{
    return m_engine ? m_engine->item(id) : Item{};
}

QList<TransferQueue::Item> EngineTransferQueue::items() const
{
    return m_engine ? m_engine->items() : QList<Item>{};
}

TransferQueue::Totals EngineTransferQueue::totals() const
{
    return m_engine ? m_engine->totals() : Totals{};
}

} // namespace plancia::ui
