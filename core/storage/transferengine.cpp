// TransferEngine, the owner's side: the queue as people see it (a mutex-guarded copy the
// engine's thread keeps up to date), commands to that thread, and the coalesced signals.
#include "storage/transferengine.h"

#include "storage/transferworker.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <curl/curl.h>

namespace plancia::s3 {

using detail::Command;

class TransferEngine::Private
{
public:
    std::shared_ptr<detail::Shared> shared = std::make_shared<detail::Shared>();
    std::unique_ptr<detail::Worker> worker;
    CredentialsSource credentials;
    bool busy = false;
};

namespace {

bool isTerminal(TransferEngine::State s)
{
    return s == TransferEngine::State::Done || s == TransferEngine::State::Failed ||
           s == TransferEngine::State::Cancelled;
}

struct CurlGlobal
{
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

} // namespace

TransferEngine::TransferEngine(Endpoint endpoint, CredentialsSource credentials, Settings settings,
                               QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_settings(std::move(settings))
{
    static CurlGlobal global;
    d->credentials = std::move(credentials);
    d->shared->settings = m_settings;
    QPointer<TransferEngine> self(this);
    auto flush = [self] {
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (!self)
                    return;
                QList<Id> added, finished;
                QSet<Id> changed;
                bool idleNow = true;
                {
                    std::lock_guard lock(self->d->shared->mutex);
                    self->d->shared->flushPosted = false;
                    added.swap(self->d->shared->added);
                    changed.swap(self->d->shared->changed);
                    finished.swap(self->d->shared->finished);
                    for (const Item &item : std::as_const(self->d->shared->items)) {
                        if (!isTerminal(item.state)) {
                            idleNow = false;
                            break;
                        }
                    }
                }
                for (Id id : std::as_const(added)) {
                    changed.remove(id);
                    Q_EMIT self->itemAdded(id);
                }
                for (Id id : std::as_const(changed))
                    Q_EMIT self->itemChanged(id);
                for (Id id : std::as_const(finished))
                    Q_EMIT self->itemFinished(id);
                Q_EMIT self->totalsChanged();
                if (idleNow && self->d->busy) {
                    self->d->busy = false;
                    Q_EMIT self->idle();
                }
            },
            Qt::QueuedConnection);
    };
    auto ask = [self](bool force) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, force] {
                if (!self)
                    return;
                if (!self->d->credentials) {
                    self->d->worker->push(Command{
                        Command::Kind::Credentials, 0, false, std::nullopt,
                        Error::make(Error::Kind::Config, tr("No S3 credentials are configured."))});
                    return;
                }
                self->d->credentials(force, self.data(), [self](Result<AwsCredentials> c) {
                    if (self)
                        self->d->worker->push(Command{Command::Kind::Credentials, 0, false,
                                                      std::nullopt, std::move(c)});
                });
            },
            Qt::QueuedConnection);
    };
    d->worker = std::make_unique<detail::Worker>(d->shared, std::move(endpoint), flush, ask);
}

TransferEngine::~TransferEngine()
{
    d->worker.reset();
}

namespace {

TransferEngine::Id addItem(detail::Shared &shared, TransferEngine::Item item)
{
    item.id = shared.nextId++;
    std::lock_guard lock(shared.mutex);
    shared.items.insert(item.id, item);
    shared.order.append(item.id);
    shared.added.append(item.id);
    return item.id;
}

} // namespace

TransferEngine::Id TransferEngine::upload(const QString &localPath, const QString &bucket,
                                          const QString &key)
{
    const QFileInfo info(localPath);
    Item item;
    item.direction = Direction::Upload;
    item.bucket = bucket;
    item.localPath = QDir::cleanPath(info.absoluteFilePath());
    item.key = key;
    if (info.isDir()) {
        item.size = -1;
    } else {
        if (key.isEmpty() || key.endsWith(QLatin1Char('/')))
            item.key = key + info.fileName();
        item.size = info.exists() ? info.size() : -1;
    }
    const Id id = addItem(*d->shared, item);
    d->busy = true;
    d->worker->push(Command{Command::Kind::Add, id, false, std::nullopt, {}});
    return id;
}

TransferEngine::Id TransferEngine::download(const QString &bucket, const QString &key,
                                            const QString &localPath, bool recursive)
{
    Item item;
    item.direction = Direction::Download;
    item.bucket = bucket;
    item.key = key;
    const QFileInfo info(localPath);
    item.localPath = QDir::cleanPath(info.absoluteFilePath());
    QString base;
    if (!recursive && (info.isDir() || localPath.endsWith(QLatin1Char('/')))) {
        // Into a folder: the key's last segment, mapped, is the file name.
        const QString prefix = key.left(key.lastIndexOf(QLatin1Char('/')) + 1);
        auto name = localPathFor(localPath, prefix, key);
        if (name.ok()) {
            item.localPath = name->path;
            item.nameMapped = name->mapped;
        } else {
            item.state = State::Failed;
            item.error = name.error();
        }
    }
    const Id id = addItem(*d->shared, item);
    if (item.state == State::Failed) {
        std::lock_guard lock(d->shared->mutex);
        d->shared->finished.append(id);
    }
    d->busy = true;
    if (item.state != State::Failed)
        d->worker->push(Command{Command::Kind::Add, id, recursive, std::nullopt, {}});
    else
        d->worker->push(Command{Command::Kind::Settings, 0, false, std::nullopt, {}});
    return id;
}

void TransferEngine::pause(Id id)
{
    d->worker->push(Command{Command::Kind::Pause, id, false, std::nullopt, {}});
}

void TransferEngine::resume(Id id)
{
    d->busy = true;
    d->worker->push(Command{Command::Kind::Resume, id, false, std::nullopt, {}});
}

void TransferEngine::cancel(Id id)
{
    d->worker->push(Command{Command::Kind::Cancel, id, false, std::nullopt, {}});
}

namespace {

QList<TransferEngine::Id> topLevel(detail::Shared &shared)
{
    std::lock_guard lock(shared.mutex);
    QList<TransferEngine::Id> ids;
    for (TransferEngine::Id id : std::as_const(shared.order)) {
        if (shared.items.value(id).parent == 0)
            ids << id;
    }
    return ids;
}

} // namespace

void TransferEngine::pauseAll()
{
    for (Id id : topLevel(*d->shared))
        pause(id);
}

void TransferEngine::resumeAll()
{
    for (Id id : topLevel(*d->shared))
        resume(id);
}

void TransferEngine::cancelAll()
{
    for (Id id : topLevel(*d->shared))
        cancel(id);
}

QList<TransferEngine::Id> TransferEngine::resumeSaved()
{
    QList<Id> ids;
    if (m_settings.stateDir.isEmpty())
        return ids;
    QSet<QString> running;
    {
        std::lock_guard lock(d->shared->mutex);
        for (const Item &item : std::as_const(d->shared->items)) {
            if (!isTerminal(item.state))
                running << item.bucket + QChar(0) + item.key + QChar(0) + item.localPath;
        }
    }
    const QDir dir(m_settings.stateDir);
    const QStringList files =
        dir.entryList({QStringLiteral("upload-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto state = UploadState::load(dir.filePath(name));
        if (!state.ok()) {
            // A damaged state cannot be continued; its upload is the lifecycle rule's to clean.
            QFile::remove(dir.filePath(name));
            continue;
        }
        if (running.contains(state->bucket + QChar(0) + state->key + QChar(0) + state->localPath))
            continue;
        Item item;
        item.direction = Direction::Upload;
        item.bucket = state->bucket;
        item.key = state->key;
        item.localPath = state->localPath;
        item.size = state->size;
        const Id id = addItem(*d->shared, item);
        d->busy = true;
        d->worker->push(Command{Command::Kind::Add, id, false, state.value(), {}});
        ids << id;
    }
    return ids;
}

void TransferEngine::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_settings.bandwidthLimit = bytesPerSecond;
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->settings.bandwidthLimit = bytesPerSecond;
    }
    d->worker->push(Command{Command::Kind::Settings, 0, false, std::nullopt, {}});
}

void TransferEngine::setParallelTransfers(int n)
{
    m_settings.parallelTransfers = std::max(1, n);
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->settings.parallelTransfers = m_settings.parallelTransfers;
    }
    d->worker->push(Command{Command::Kind::Settings, 0, false, std::nullopt, {}});
}

void TransferEngine::setParallelParts(int n)
{
    m_settings.parallelParts = std::max(1, n);
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->settings.parallelParts = m_settings.parallelParts;
    }
    d->worker->push(Command{Command::Kind::Settings, 0, false, std::nullopt, {}});
}

TransferEngine::Item TransferEngine::item(Id id) const
{
    std::lock_guard lock(d->shared->mutex);
    return d->shared->items.value(id);
}

QList<TransferEngine::Item> TransferEngine::items() const
{
    std::lock_guard lock(d->shared->mutex);
    QList<Item> out;
    out.reserve(d->shared->order.size());
    for (Id id : std::as_const(d->shared->order))
        out << d->shared->items.value(id);
    return out;
}

TransferEngine::Totals TransferEngine::totals() const
{
    std::lock_guard lock(d->shared->mutex);
    Totals t;
    QSet<Id> parents;
    for (const Item &item : std::as_const(d->shared->items)) {
        if (item.parent)
            parents << item.parent;
    }
    for (const Item &item : std::as_const(d->shared->items)) {
        if (parents.contains(item.id))
            continue; // a folder: its files count
        switch (item.state) {
        case State::Done:
            ++t.done;
            break;
        case State::Failed:
            ++t.failed;
            break;
        case State::Cancelled:
            ++t.cancelled;
            break;
        case State::Queued:
        case State::Paused:
            ++t.queued;
            break;
        default:
            ++t.running;
        }
        if (item.size > 0)
            t.bytes += item.size;
        t.transferred += item.transferred;
        t.bytesPerSecond += item.bytesPerSecond;
    }
    if (t.bytesPerSecond > 1)
        t.eta = std::chrono::seconds(qint64(double(t.bytes - t.transferred) / t.bytesPerSecond));
    return t;
}

bool TransferEngine::isIdle() const
{
    std::lock_guard lock(d->shared->mutex);
    for (const Item &item : std::as_const(d->shared->items)) {
        if (!isTerminal(item.state))
            return false;
    }
    return true;
}

void TransferEngine::clearFinished()
{
    QList<Id> gone;
    {
        std::lock_guard lock(d->shared->mutex);
        for (Id id : std::as_const(d->shared->order)) {
            const Item item = d->shared->items.value(id);
            if (item.parent == 0 && isTerminal(item.state))
                gone << id;
        }
        QSet<Id> drop(gone.cbegin(), gone.cend());
        for (const Item &item : std::as_const(d->shared->items)) {
            if (drop.contains(item.parent))
                drop << item.id;
        }
        for (Id id : std::as_const(drop))
            d->shared->items.remove(id);
        d->shared->order.removeIf([&](Id id) { return drop.contains(id); });
    }
    for (Id id : std::as_const(gone))
        d->worker->push(Command{Command::Kind::Forget, id, false, std::nullopt, {}});
}

} // namespace plancia::s3
