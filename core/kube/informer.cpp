#include "kube/informer.h"

#include "log/logging.h"

#include <QRandomGenerator>
#include <QSet>

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
    ListOptions lo;
    lo.labelSelector = m_options.labelSelector;
    lo.fieldSelector = m_options.fieldSelector;
    lo.limit = m_options.pageSize;
    m_listJob = m_client->listAll(m_kind, m_namespace, lo, this);
    connect(m_listJob, &ListAllJob::finished, this, &Informer::onListed);
}

void Informer::onListed(const Result<KubeList> &result)
{
    m_listJob = nullptr; // it ends itself
    if (!result.ok()) {
        if (result.error().kind == Error::Kind::Canceled)
            return;
        fail(result.error(), Next::List);
        return;
    }
    m_failures = 0;
    m_backoff = std::chrono::milliseconds(0);
    QPointer<Informer> self(this);
    m_resourceVersion = result.value().resourceVersion;
    applyList(result.value().items);
    if (!self)
        return;
    m_synced = true;
    setState(State::Watching);
    Q_EMIT synced();
    if (!self || m_state != State::Watching)
        return;
    watch();
}

// The differences between the cache and a fresh list, applied one by one (the cache is
// current for each signal's receivers): new keys added, changed versions modified, keys
// missing from the list removed; unchanged objects emit nothing.
void Informer::applyList(const QList<QJsonObject> &items)
{
    QPointer<Informer> self(this);
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const QJsonObject &o : items) {
        const QString key = ObjectView(o).key();
        seen.insert(key);
        auto it = m_objects.find(key);
        if (it == m_objects.end()) {
            m_objects.insert(key, o);
            Q_EMIT added(o);
        } else {
            const QString rv = rvOf(o);
            if ((!rv.isEmpty() && rv == rvOf(*it)) || (rv.isEmpty() && o == *it))
                continue;
            const QJsonObject previous = *it;
            *it = o;
            Q_EMIT modified(o, previous);
        }
        if (!self)
            return;
    }
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        const QJsonObject gone = it.value();
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
        m_objects.insert(key, o);
        Q_EMIT added(o);
        return;
    }
    const QJsonObject previous = *it;
    *it = o;
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
