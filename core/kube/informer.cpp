#include "kube/informer.h"

#include "log/logging.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace plancia::kube {

namespace {

auto log()
{
    return logger("core.kube");
}

struct InformerTr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::kube::Informer)
};

QString rvOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

// A watch shorter than this that delivered nothing is a server refusing to stream, not a
// stream that ended: it is retried with backoff, not at once.
constexpr qint64 kShortWatchMs = 1000;

} // namespace

Informer::Informer(KubeClient *client, ResourceKind kind, QString namespaceName, Options options,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_namespace(std::move(namespaceName))
    , m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Informer::resume);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &Informer::applyPage);
}

Informer::~Informer()
{
    cancelJobs();
}

QString Informer::keyFor(const ResourceKind &kind, const QString &namespaceName,
                         const Options &options)
{
    QString key = kind.key() + QLatin1Char('/') +
                  (namespaceName.isEmpty() ? QStringLiteral("*") : namespaceName) +
                  QLatin1Char('/');
    if (!options.labelSelector.isEmpty())
        key += QStringLiteral("l=") + options.labelSelector;
    if (!options.fieldSelector.isEmpty())
        key += QStringLiteral(";f=") + options.fieldSelector;
    return key;
}

void Informer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Informer::start()
{
    if (m_state != State::Idle)
        return;
    list();
}

void Informer::stop()
{
    cancelJobs();
    m_failures = 0;
    m_backoff = std::chrono::milliseconds(0);
    setState(State::Idle);
}

void Informer::retryNow()
{
    if (m_state != State::Backoff)
        return;
    m_retryTimer.stop();
    resume();
}

void Informer::dropWatch()
{
    if (!m_watchJob)
        return;
    delete m_watchJob.data(); // aborted without a signal
    log()->info("{}: watch dropped on request; resuming from {}", m_kind.key().toStdString(),
                m_resourceVersion.toStdString());
    watch();
}

void Informer::restartWatch(const QString &resourceVersion)
{
    cancelJobs();
    m_resourceVersion = resourceVersion;
    setState(State::Watching);
    watch();
}

void Informer::cancelJobs()
{
    m_retryTimer.stop();
    m_applyTimer.stop();
    ++m_listGeneration;
    m_pageItems = QJsonArray();
    m_pageAt = 0;
    delete m_listJob.data();
    delete m_watchJob.data();
}

void Informer::resume()
{
    if (m_next == Next::Watch && m_synced)
        watch();
    else
        list();
}

QList<QJsonObject> Informer::objects() const
{
    QList<QJsonObject> out;
    out.reserve(m_objects.size());
    for (const Entry &e : m_objects)
        out.append(read(e));
    return out;
}

QJsonObject Informer::object(const QString &key) const
{
    const auto it = m_objects.constFind(key);
    return it == m_objects.constEnd() ? QJsonObject() : read(*it);
}

Informer::Entry Informer::entryFor(const QJsonObject &object) const
{
    Entry e;
    bool numeric = false;
    const qint64 v = rvOf(object).toLongLong(&numeric);
    e.version = numeric ? v : -1;
    if (m_packer)
        e.packed = m_packer->pack(object);
    if (e.packed.isEmpty())
        e.object = object;
    return e;
}

QJsonObject Informer::read(const Entry &entry) const
{
    if (entry.packed.isEmpty())
        return entry.object;
    return m_packer->unpack(entry.packed);
}

// Past packAbove objects, a dictionary is made of the first few dozen and every object is
// packed (once; later ones as they come).
void Informer::maybePack()
{
    if (m_packer || m_options.packAbove <= 0 || m_objects.size() < m_options.packAbove)
        return;
    QElapsedTimer clock;
    clock.start();
    QList<QJsonObject> samples;
    constexpr int kSamples = 64;
    samples.reserve(kSamples);
    for (auto it = m_objects.cbegin(); it != m_objects.cend() && samples.size() < kSamples; ++it)
        samples.append(it->object);
    m_packer = std::make_unique<ObjectPacker>();
    m_packer->train(samples);
    qint64 bytes = 0;
    for (Entry &e : m_objects) {
        if (!e.packed.isEmpty())
            continue;
        e.packed = m_packer->pack(e.object);
        if (!e.packed.isEmpty())
            e.object = QJsonObject();
        bytes += e.packed.size();
    }
    log()->info("{}: {} objects cached, packed with a {}-byte dictionary into {} KiB in {} ms",
                m_kind.key().toStdString(), m_objects.size(), m_packer->dictionarySize(),
                bytes / 1024, clock.elapsed());
}

void Informer::list()
{
    delete m_watchJob.data();
    delete m_listJob.data();
    if (!m_client) {
        fail(Error::make(Error::Kind::Canceled, InformerTr::tr("The Kubernetes client is gone.")),
             Next::List);
        return;
    }
    setState(State::Listing);
    ++m_lists;
    ++m_listGeneration;
    m_pageItems = QJsonArray();
    m_pageAt = 0;
    m_listSeen.clear();
    m_listVersion.clear();
    m_listPages = 0;
    listPage(QString());
}

void Informer::listPage(const QString &continueToken)
{
    ListOptions lo;
    lo.labelSelector = m_options.labelSelector;
    lo.fieldSelector = m_options.fieldSelector;
    lo.limit = m_options.pageSize;
    lo.continueToken = continueToken;
    m_listToken = continueToken;
    m_listJob = m_client->list(m_kind, m_namespace, lo, this);
    connect(m_listJob, &KubeJob::finished, this, &Informer::onListPage);
}

void Informer::onListPage(const Result<QJsonObject> &result)
{
    m_listJob = nullptr; // it ends itself
    if (!result.ok()) {
        if (result.error().kind == Error::Kind::Canceled)
            return;
        if (result.error().kind == Error::Kind::Gone && m_listPages > 0) {
            // The continue token expired (the snapshot is older than the server keeps): list
            // again from the start, as client-go does.
            log()->info("{}: continue token expired after {} pages; listing again",
                        m_kind.key().toStdString(), m_listPages);
            list();
            return;
        }
        m_listSeen.clear();
        fail(result.error(), Next::List);
        return;
    }
    const QJsonObject &body = result.value();
    const QJsonObject md = body.value(QLatin1String("metadata")).toObject();
    // The snapshot's version is the first page's; later pages repeat it.
    if (m_listPages++ == 0)
        m_listVersion = md.value(QLatin1String("resourceVersion")).toString();
    m_pageNext = md.value(QLatin1String("continue")).toString();
    if (!m_pageNext.isEmpty() && m_pageNext == m_listToken) {
        // A server that hands back the token it was given would page forever.
        m_listSeen.clear();
        fail(Error::make(Error::Kind::Parse,
                         InformerTr::tr("The Kubernetes API server returned the same continue "
                                        "token twice for %1.")
                             .arg(m_kind.key())),
             Next::List);
        return;
    }
    m_pageItems = body.value(QLatin1String("items")).toArray();
    m_pageAt = 0;
    applyPage();
}

// The current page against the cache, one object at a time (the cache is current for each
// signal's receivers): new keys added, changed versions modified; unchanged objects emit
// nothing. In slices of a few milliseconds, so that a page of 500 large objects (packing each
// one) does not hold the event loop; the next page is asked for when this one is in. Keys the
// whole list lacked are removed at its end (removeUnseen).
void Informer::applyPage()
{
    constexpr qint64 kSliceMs = 8;
    QPointer<Informer> self(this);
    const quint64 generation = m_listGeneration;
    QElapsedTimer clock;
    clock.start();
    while (m_pageAt < m_pageItems.size()) {
        if ((m_pageAt & 15) == 0 && clock.elapsed() >= kSliceMs) {
            m_applyTimer.start();
            return;
        }
        const QJsonObject o = m_pageItems.at(m_pageAt++).toObject();
        const QString key = ObjectView(o).key();
        m_listSeen.insert(key);
        auto it = m_objects.find(key);
        if (it == m_objects.end()) {
            m_objects.insert(key, entryFor(o));
            maybePack();
            Q_EMIT added(o);
        } else {
            bool numeric = false;
            const qint64 version = rvOf(o).toLongLong(&numeric);
            if (numeric && version == it->version)
                continue;
            const QJsonObject previous = read(*it);
            if (!numeric) {
                const QString rv = rvOf(o);
                if ((!rv.isEmpty() && rv == rvOf(previous)) || (rv.isEmpty() && o == previous))
                    continue;
            }
            *it = entryFor(o);
            Q_EMIT modified(o, previous);
        }
        if (!self || generation != m_listGeneration)
            return; // destroyed, stopped or restarted by a receiver
    }
    m_pageItems = QJsonArray();
    m_pageAt = 0;
    if (!m_pageNext.isEmpty()) {
        listPage(m_pageNext);
        return;
    }
    removeUnseen();
    if (!self || generation != m_listGeneration || m_state != State::Listing)
        return;
    m_listSeen.clear();
    m_failures = 0;
    m_backoff = std::chrono::milliseconds(0);
    m_resourceVersion = m_listVersion;
    m_synced = true;
    setState(State::Watching);
    Q_EMIT synced();
    if (!self || m_state != State::Watching)
        return;
    watch();
}

void Informer::removeUnseen()
{
    QPointer<Informer> self(this);
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (m_listSeen.contains(it.key())) {
            ++it;
            continue;
        }
        const QJsonObject gone = read(it.value());
        it = m_objects.erase(it);
        Q_EMIT removed(gone);
        if (!self)
            return;
    }
}

void Informer::watch()
{
    delete m_watchJob.data();
    if (!m_client) {
        fail(Error::make(Error::Kind::Canceled, InformerTr::tr("The Kubernetes client is gone.")),
             Next::Watch);
        return;
    }
    ++m_watches;
    WatchOptions wo;
    wo.resourceVersion = m_resourceVersion;
    wo.labelSelector = m_options.labelSelector;
    wo.fieldSelector = m_options.fieldSelector;
    wo.bookmarks = true;
    wo.timeout = m_options.watchTimeout;
    m_watchClock.start();
    m_watchJob = m_client->watch(m_kind, m_namespace, wo, this);
    connect(m_watchJob, &WatchJob::event, this, &Informer::onWatchEvent);
    connect(m_watchJob, &WatchJob::finished, this, &Informer::onWatchFinished);
    connect(m_watchJob, &WatchJob::streaming, this, [this] {
        if (m_state == State::Backoff)
            setState(State::Watching);
    });
}

void Informer::onWatchEvent(const WatchEvent &event)
{
    using Type = WatchEvent::Type;
    const QJsonObject &o = event.object;
    if (event.type == Type::Error) {
        const auto status = KubeStatus::parse(o);
        const Error err =
            status ? errorFromStatus(*status, m_kind.key())
                   : Error::make(Error::Kind::Server,
                                 InformerTr::tr("The watch of %1 failed.").arg(m_kind.key()));
        delete m_watchJob.data();
        if (status && status->code == 410) {
            log()->info("{}: resourceVersion {} is gone ({}); relisting",
                        m_kind.key().toStdString(), m_resourceVersion.toStdString(),
                        status->message.toStdString());
            list();
            return;
        }
        fail(err, Next::Watch);
        return;
    }
    m_failures = 0;
    m_backoff = std::chrono::milliseconds(0);
    const QString rv = rvOf(o);
    if (!rv.isEmpty())
        m_resourceVersion = rv;
    if (event.type == Type::Bookmark)
        return;
    const QString key = ObjectView(o).key();
    if (event.type == Type::Deleted) {
        if (m_objects.remove(key) > 0)
            Q_EMIT removed(o);
        return;
    }
    auto it = m_objects.find(key);
    if (it == m_objects.end()) {
        m_objects.insert(key, entryFor(o));
        maybePack();
        Q_EMIT added(o);
        return;
    }
    const QJsonObject previous = read(*it);
    *it = entryFor(o);
    Q_EMIT modified(o, previous);
}

void Informer::onWatchFinished(const Status &result)
{
    const bool delivered = m_watchJob && m_watchJob->events() > 0;
    const bool wasStreaming = m_watchJob && m_watchJob->isStreaming();
    const bool longEnough = m_watchClock.elapsed() >= kShortWatchMs;
    m_watchJob = nullptr; // it ends itself
    if (result.ok()) {
        // The server ended the stream (timeoutSeconds): renew it from the last version.
        if (delivered || longEnough) {
            watch();
            return;
        }
        fail(Error::make(Error::Kind::Network,
                         InformerTr::tr("The Kubernetes API server ended the watch of %1 at once.")
                             .arg(m_kind.key())),
             Next::Watch);
        return;
    }
    const Error &err = result.error();
    if (err.kind == Error::Kind::Canceled)
        return;
    if (err.kind == Error::Kind::Gone) {
        log()->info("{}: watch from {} refused with 410; relisting", m_kind.key().toStdString(),
                    m_resourceVersion.toStdString());
        list();
        return;
    }
    if (wasStreaming && (delivered || longEnough)) {
        // A stream that worked and was cut: resume at once from the last version seen.
        log()->info("{}: watch cut ({}); resuming from {}", m_kind.key().toStdString(),
                    err.toLogString().toStdString(), m_resourceVersion.toStdString());
        watch();
        return;
    }
    fail(err, Next::Watch);
}

void Informer::fail(const Error &error, Next next)
{
    m_applyTimer.stop();
    delete m_watchJob.data();
    delete m_listJob.data();
    m_lastError = error;
    m_next = next;
    ++m_failures;
    const int exponent = std::clamp(m_failures - 1, 0, 16);
    auto delay = std::min<std::chrono::milliseconds>(m_options.initialBackoff * (1LL << exponent),
                                                     m_options.maxBackoff);
    const qint64 spread = delay.count() / 5;
    if (spread > 0)
        delay += std::chrono::milliseconds(QRandomGenerator::global()->bounded(spread + 1));
    m_backoff = delay;
    log()->warn("{} in {}: {}; retrying in {} ms", m_kind.key().toStdString(),
                (m_namespace.isEmpty() ? QStringLiteral("*") : m_namespace).toStdString(),
                error.toLogString().toStdString(), delay.count());
    setState(State::Backoff);
    m_retryTimer.start(delay);
    Q_EMIT errorOccurred(error);
}

} // namespace plancia::kube
