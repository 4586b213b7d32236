#pragma once

// In-memory stand-ins for the Storage page's backends: a bucket store that lists like
// ListObjectsV2 with a delimiter (pages, continuation tokens, common prefixes) and a transfer
// queue driven by the test.

#include "storage/storagesource.h"
#include "storage/transferqueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTimer>

#include <algorithm>

namespace plancia::test {

class FakeStorage : public ui::StorageSource
{
public:
    struct Call
    {
        QString bucket, prefix, token;
        int maxKeys = 0;
    };

    // Keys are kept sorted (as S3 lists them).
    void put(const QString &bucket, const QString &key, qint64 size = 1,
             QDateTime modified = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC))
    {
        m_buckets[bucket].insert(key, s3::Object{key, size, modified, {}, {}});
    }
    void putMany(const QString &bucket, const QString &prefix, int count, qint64 size = 10)
    {
        auto &b = m_buckets[bucket];
        const QDateTime t = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QString key =
                prefix + QStringLiteral("obj-%1.dat").arg(i, 6, 10, QLatin1Char('0'));
            b.insert(key, s3::Object{key, size + i, t.addSecs(i), {}, {}});
        }
    }
    QStringList keys(const QString &bucket) const { return m_buckets.value(bucket).keys(); }

    int delayMs = 0;           // per answer
    std::optional<Error> fail; // the next list answer
    QList<Call> calls;
    QStringList removedKeys, removedPrefixes, folders;
    QList<QPair<QString, QString>> moves;
    int presigns = 0;

    void buckets(QObject *owner, Callback<QList<s3::Bucket>> done) override
    {
        QList<s3::Bucket> out;
        for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
            out.append(s3::Bucket{it.key(), {}, QStringLiteral("listed")});
        later(owner, [done, out] { done(out); });
    }

    void list(const QString &bucket, const QString &prefix, const QString &token, int maxKeys,
              QObject *owner, Callback<s3::Listing> done) override
    {
        calls.append({bucket, prefix, token, maxKeys});
        if (fail) {
            const Error e = *fail;
            fail.reset();
            later(owner, [done, e] { done(e); });
            return;
        }
        s3::Listing page;
        page.bucket = bucket;
        page.prefix = prefix;
        const auto &keys = m_buckets[bucket];
        auto it = token.isEmpty() ? keys.lowerBound(prefix) : keys.upperBound(token);
        int n = 0;
        QString last;
        for (; it != keys.cend() && it.key().startsWith(prefix); ++it) {
            if (n == maxKeys) {
                page.truncated = true;
                page.nextContinuationToken = last;
                break;
            }
            const qsizetype slash = it.key().indexOf(QLatin1Char('/'), prefix.size());
            if (slash >= 0) {
                const QString cp = it.key().left(slash + 1);
                page.commonPrefixes.append(cp);
                // Past every key under this common prefix.
                auto next = keys.lowerBound(cp + QChar(0xFFFF));
                last = std::prev(next).key();
                it = std::prev(next);
            } else {
                page.objects.append(it.value());
                last = it.key();
            }
            ++n;
        }
        later(owner, [done, page] { done(page); });
    }

    void usage(const QString &bucket, QObject *owner, Callback<s3::Usage> done) override
    {
        s3::Usage u{bucket, 0, 0};
        for (const auto &o : m_buckets.value(bucket)) {
            ++u.objects;
            u.bytes += o.size;
        }
        later(owner, [done, u] { done(u); });
    }

    void remove(const QString &bucket, const QStringList &keys, const QStringList &prefixes,
                QObject *owner, Callback<s3::DeleteReport> done) override
    {
        s3::DeleteReport report;
        auto &b = m_buckets[bucket];
        for (const QString &k : keys) {
            if (b.remove(k))
                report.deleted.append(k);
        }
        for (const QString &p : prefixes) {
            for (const QString &k : b.keys()) {
                if (k.startsWith(p)) {
                    b.remove(k);
                    report.deleted.append(k);
                }
            }
        }
        removedKeys += keys;
        removedPrefixes += prefixes;
        later(owner, [done, report] { done(report); });
    }

    void createFolder(const QString &bucket, const QString &prefix, QObject *owner,
                      Callback<bool> done) override
    {
        put(bucket, prefix, 0);
        folders.append(prefix);
        later(owner, [done] { done(true); });
    }

    void move(const QString &bucket, const QString &from, const QString &to, QObject *owner,
              Callback<bool> done) override
    {
        auto &b = m_buckets[bucket];
        for (const QString &k : b.keys()) {
            if (k == from || (from.endsWith(QLatin1Char('/')) && k.startsWith(from))) {
                s3::Object o = b.take(k);
                o.key = to + k.mid(from.size());
                b.insert(o.key, o);
            }
        }
        moves.append({from, to});
        later(owner, [done] { done(true); });
    }

    void presign(const QString &bucket, const QString &key, std::chrono::seconds lifetime,
                 QObject *owner, Callback<s3::S3Client::Presigned> done) override
    {
        ++presigns;
        s3::S3Client::Presigned p;
        p.url = QUrl(QStringLiteral("https://s3.test/%1/%2?X-Amz-Expires=%3")
                         .arg(bucket, key)
                         .arg(lifetime.count()));
        p.expires = QDateTime::currentDateTimeUtc().addSecs(lifetime.count());
        later(owner, [done, p] { done(p); });
    }

private:
    void later(QObject *owner, std::function<void()> f)
    {
        QTimer::singleShot(delayMs, owner, std::move(f));
    }

    QMap<QString, QMap<QString, s3::Object>> m_buckets;
};

class FakeQueue : public ui::TransferQueue
{
public:
    using ui::TransferQueue::TransferQueue;

    // Downloads write their file and finish by themselves (for drag-out).
    bool completeDownloads = false;

    Id upload(const QString &localPath, const QString &bucket, const QString &key) override
    {
        return add(Direction::Upload, bucket, key, localPath, QFileInfo(localPath).size());
    }
    Id download(const QString &bucket, const QString &key, const QString &localPath,
                bool recursive) override
    {
        const Id id = add(Direction::Download, bucket, key, localPath, 4);
        recursives.insert(id, recursive);
        if (completeDownloads) {
            QTimer::singleShot(20, this, [this, id, localPath, recursive] {
                if (recursive)
                    QDir().mkpath(localPath);
                else {
                    QFile f(localPath);
                    if (f.open(QIODevice::WriteOnly))
                        f.write("data");
                }
                set(id, State::Done, 4);
            });
        }
        return id;
    }
    void pause(Id id) override { set(id, State::Paused, m_items[index(id)].transferred); }
    void resume(Id id) override { set(id, State::Running, m_items[index(id)].transferred); }
    void cancel(Id id) override { set(id, State::Cancelled, m_items[index(id)].transferred); }
    void pauseAll() override { ++pausedAll; }
    void resumeAll() override {}
    void cancelAll() override {}
    void clearFinished() override
    {
        m_items.erase(std::remove_if(m_items.begin(), m_items.end(),
                                     [](const Item &i) { return isFinished(i.state); }),
                      m_items.end());
        Q_EMIT cleared();
    }
    void setBandwidthLimit(qint64 bytesPerSecond) override { limit = bytesPerSecond; }
    qint64 bandwidthLimit() const override { return limit; }
    Item item(Id id) const override
    {
        const int i = index(id);
        return i < 0 ? Item{} : m_items.at(i);
    }
    QList<Item> items() const override { return m_items; }
    Totals totals() const override
    {
        Totals t;
        for (const Item &i : m_items) {
            if (i.parent)
                continue;
            t.queued += i.state == State::Queued;
            t.running += i.state == State::Running;
            t.done += i.state == State::Done;
            t.failed += i.state == State::Failed;
            t.cancelled += i.state == State::Cancelled;
            t.bytes += std::max<qint64>(i.size, 0);
            t.transferred += i.transferred;
        }
        return t;
    }

    Id add(Direction d, const QString &bucket, const QString &key, const QString &local,
           qint64 size, Id parent = 0)
    {
        Item i;
        i.id = ++m_next;
        i.parent = parent;
        i.direction = d;
        i.bucket = bucket;
        i.key = key;
        i.localPath = local;
        i.size = size;
        m_items.append(i);
        Q_EMIT itemAdded(i.id);
        Q_EMIT totalsChanged();
        return i.id;
    }
    void set(Id id, State s, qint64 transferred, const Error &error = {}, double rate = 0,
             std::chrono::seconds eta = std::chrono::seconds(-1))
    {
        Item &i = m_items[index(id)];
        i.state = s;
        i.transferred = transferred;
        i.error = error;
        i.bytesPerSecond = rate;
        i.eta = eta;
        Q_EMIT itemChanged(id);
        if (isFinished(s))
            Q_EMIT itemFinished(id);
        Q_EMIT totalsChanged();
    }

    QHash<Id, bool> recursives;
    qint64 limit = 0;
    int pausedAll = 0;

private:
    int index(Id id) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == id)
                return i;
        }
        return -1;
    }
    QList<Item> m_items;
    Id m_next = 0;
};

} // namespace plancia::test
