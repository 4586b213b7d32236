#include "availabilityfeed.h"

#include "kube/informer.h"
#include "log/logging.h"
#include "metrics/prometheusclient.h"
#include "metrics/queries.h"
#include "platform/platform.h"

#include <QDateTime>

#include <memory>

namespace plancia::availability {

namespace {

auto log()
{
    return logger("core.availability");
}

} // namespace

AvailabilityFeed::AvailabilityFeed(Platform *platform, QObject *parent)
    : AvailabilityFeed(Sources{}, parent)
{
    if (!platform)
        return;
    const QString ns = platform->kubernetesNamespace();
    const bool support = platform->session()->user().hasRole(Role::Support) ||
                         platform->session()->user().hasRole(Role::Admin);
    Sources s;
    s.userNamespace = ns;
    s.displayNames = platform->profile().accelerators;
    s.nodes = platform->informer(kube::ResourceKind::nodes(), {});
    // Only support staff may list every namespace's pods; the others would get a 403 (which is
    // still handled: the feed falls back to the user's namespace).
    s.ownPodsOnly = !support;
    s.pods = platform->informer(kube::ResourceKind::pods(), support ? QString() : ns);
    s.clusterQueues = platform->informer(kube::ResourceKind::clusterQueues(), {});
    if (!ns.isEmpty())
        s.localQueues = platform->informer(kube::ResourceKind::localQueues(), ns);
    QPointer<Platform> guard(platform);
    if (!platform->profile().prometheus.url.isEmpty()) {
        m_platform = platform;
        m_crossCheck.setInterval(30000);
    }
    m_sources = s;
    m_ownPodsFactory = [guard, ns]() -> kube::Informer * {
        if (!guard || ns.isEmpty())
            return nullptr;
        return guard->informer(kube::ResourceKind::pods(), ns);
    };
}

AvailabilityFeed::AvailabilityFeed(Sources sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &AvailabilityFeed::publish);
    connect(&m_crossCheck, &QTimer::timeout, this, &AvailabilityFeed::crossCheck);
}

void AvailabilityFeed::setCrossCheckInterval(std::chrono::milliseconds interval)
{
    m_crossCheck.setInterval(int(interval.count()));
    if (interval.count() <= 0)
        m_crossCheck.stop();
}

// Capacity and allocation per node and resource from AI_INFN's exporter, both asked at once;
// the last of the two answers sets the allocation (or says Prometheus is unavailable).
void AvailabilityFeed::crossCheck()
{
    if (!m_platform || !m_platform->metrics())
        return;
    // A check still running is left to finish, not superseded: against a Prometheus that
    // refuses connections each check takes its retries' time, and superseding every one of them
    // would never report the outage.
    if (m_crossCheckScope)
        return;
    m_crossCheckScope = new QObject(this);
    struct Pending
    {
        std::optional<Result<metrics::QueryResult>> allocatable, allocated;
    };
    auto pending = std::make_shared<Pending>();
    QObject *scope = m_crossCheckScope.data();
    auto done = [this, pending, scope] {
        if (!pending->allocatable || !pending->allocated)
            return;
        for (const auto *r : {&*pending->allocatable, &*pending->allocated}) {
            if (!r->ok()) {
                setAllocation(std::nullopt, r->error().message);
                scope->deleteLater();
                return;
            }
        }
        QHash<QString, AllocationSample> byKey;
        auto keyOf = [](const metrics::Labels &l) {
            return l.value(QStringLiteral("node")) + QLatin1Char('|') +
                   l.value(QStringLiteral("extended_resource"));
        };
        for (const auto &sample : pending->allocatable->value().vector) {
            AllocationSample &a = byKey[keyOf(sample.labels)];
            a.node = sample.labels.value(QStringLiteral("node"));
            a.resource = sample.labels.value(QStringLiteral("extended_resource"));
            a.model = sample.labels.value(QStringLiteral("model"));
            a.allocatable += sample.value;
        }
        for (const auto &sample : pending->allocated->value().vector) {
            const QString key = keyOf(sample.labels);
            if (byKey.contains(key))
                byKey[key].allocated += sample.value;
        }
        setAllocation(byKey.values());
        scope->deleteLater();
    };
    auto *capacity =
        m_platform->metrics()->query(metrics::queries::acceleratorsAllocatable(), scope);
    connect(capacity, &metrics::QueryJob::finished, scope,
            [pending, done](const Result<metrics::QueryResult> &r) {
                pending->allocatable = r;
                done();
            });
    auto *allocation =
        m_platform->metrics()->query(metrics::queries::acceleratorsAllocated(), scope);
    connect(allocation, &metrics::QueryJob::finished, scope,
            [pending, done](const Result<metrics::QueryResult> &r) {
                pending->allocated = r;
                done();
            });
}

AvailabilityFeed::~AvailabilityFeed() = default;

void AvailabilityFeed::start()
{
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_calc.setUserNamespace(m_sources.userNamespace);
    m_calc.setDisplayNames(m_sources.displayNames);
    m_calc.setPodScope(m_sources.ownPodsOnly ? PodScope::OwnNamespace : PodScope::All);
    m_podsForbidden = m_sources.ownPodsOnly;
    if (m_sources.nodes)
        attach(m_sources.nodes, Nodes);
    else
        m_errors[Nodes] = tr("No Kubernetes API is configured.");
    if (m_sources.pods)
        attach(m_sources.pods, Pods);
    if (m_sources.clusterQueues)
        attach(m_sources.clusterQueues, ClusterQueues);
    else
        m_synced[ClusterQueues] = true;
    if (m_sources.localQueues)
        attach(m_sources.localQueues, LocalQueues);
    else
        m_synced[LocalQueues] = true;
    // Asynchronous also when every informer is synced already.
    m_coalesce.start(0);
    if (m_platform && m_crossCheck.interval() > 0) {
        crossCheck();
        m_crossCheck.start();
    }
}

void AvailabilityFeed::attach(kube::Informer *informer, Source source)
{
    m_attached << informer;
    using I = kube::Informer;
    switch (source) {
    case Nodes:
        connect(informer, &I::added, this, [this](const QJsonObject &o) {
            m_calc.setNode(o);
            schedule();
        });
        connect(informer, &I::modified, this, [this](const QJsonObject &o, const QJsonObject &) {
            m_calc.setNode(o);
            schedule();
        });
        connect(informer, &I::removed, this, [this](const QJsonObject &o) {
            m_calc.removeNode(o);
            schedule();
        });
        break;
    case Pods:
        connect(informer, &I::added, this, [this](const QJsonObject &o) {
            m_calc.setPod(o);
            schedule();
        });
        connect(informer, &I::modified, this, [this](const QJsonObject &o, const QJsonObject &) {
            m_calc.setPod(o);
            schedule();
        });
        connect(informer, &I::removed, this, [this](const QJsonObject &o) {
            m_calc.removePod(o);
            schedule();
        });
        break;
    case ClusterQueues:
        connect(informer, &I::added, this, [this](const QJsonObject &o) {
            m_calc.setClusterQueue(o);
            schedule();
        });
        connect(informer, &I::modified, this, [this](const QJsonObject &o, const QJsonObject &) {
            m_calc.setClusterQueue(o);
            schedule();
        });
        connect(informer, &I::removed, this, [this](const QJsonObject &o) {
            m_calc.removeClusterQueue(o);
            schedule();
        });
        break;
    case LocalQueues:
        connect(informer, &I::added, this, [this](const QJsonObject &o) {
            m_calc.setLocalQueue(o);
            schedule();
        });
        connect(informer, &I::modified, this, [this](const QJsonObject &o, const QJsonObject &) {
            m_calc.setLocalQueue(o);
            schedule();
        });
        connect(informer, &I::removed, this, [this](const QJsonObject &o) {
            m_calc.removeLocalQueue(o);
            schedule();
        });
        break;
    case SourceCount:
        break;
    }
    connect(informer, &I::synced, this, [this, source] { onSynced(source); });
    connect(informer, &I::errorOccurred, this,
            [this, source](const Error &e) { onError(source, e); });
    connect(informer, &I::stateChanged, this, [this, source](I::State s) {
        if (s == I::State::Watching && !m_errors[source].isEmpty()) {
            m_errors[source].clear();
            schedule();
        }
    });
    if (informer->hasSynced()) {
        load(informer, source);
        m_synced[source] = true;
    } else if (informer->state() == I::State::Backoff) {
        onError(source, informer->lastError());
    }
}

void AvailabilityFeed::detach(kube::Informer *informer)
{
    if (!informer)
        return;
    disconnect(informer, nullptr, this, nullptr);
    m_attached.removeAll(informer);
}

void AvailabilityFeed::load(kube::Informer *informer, Source source)
{
    for (const QJsonObject &o : informer->objects()) {
        switch (source) {
        case Nodes:
            m_calc.setNode(o);
            break;
        case Pods:
            m_calc.setPod(o);
            break;
        case ClusterQueues:
            m_calc.setClusterQueue(o);
            break;
        case LocalQueues:
            m_calc.setLocalQueue(o);
            break;
        case SourceCount:
            break;
        }
    }
}

void AvailabilityFeed::onSynced(Source source)
{
    m_synced[source] = true;
    m_errors[source].clear();
    schedule();
}

void AvailabilityFeed::onError(Source source, const Error &error)
{
    log()->warn("availability: source {} failed: {}", int(source),
                error.toLogString().toStdString());
    if (source == Pods && error.kind == Error::Kind::Forbidden && !m_podsForbidden) {
        switchToOwnPods();
        return;
    }
    m_errors[source] = error.message;
    if (source == Nodes)
        m_nodesError = error;
    if (source == Pods && !m_synced[Pods])
        m_calc.setPodScope(PodScope::None);
    schedule();
}

void AvailabilityFeed::switchToOwnPods()
{
    m_podsForbidden = true;
    detach(m_sources.pods);
    m_calc.clearPods();
    m_calc.setPodScope(PodScope::OwnNamespace);
    m_synced[Pods] = false;
    m_errors[Pods].clear();
    if (!m_sources.ownPods && m_ownPodsFactory)
        m_sources.ownPods = m_ownPodsFactory();
    m_sources.pods = m_sources.ownPods;
    if (m_sources.pods)
        attach(m_sources.pods, Pods);
    else
        m_calc.setPodScope(PodScope::None);
    schedule();
}

void AvailabilityFeed::setAllocation(std::optional<QList<AllocationSample>> samples,
                                     const QString &unavailableReason)
{
    m_crossChecked = true;
    m_prometheusProblem = samples ? QString() : unavailableReason;
    m_calc.setAllocation(std::move(samples));
    // Confirm the disagreements this check sees against the previous check's.
    QSet<QString> now;
    for (const Disagreement &d : m_calc.snapshot().disagreements)
        now.insert(d.node + QLatin1Char('|') + d.resource);
    m_confirmedDisagreements = now & m_lastDisagreements;
    m_lastDisagreements = now;
    schedule();
}

void AvailabilityFeed::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void AvailabilityFeed::publish()
{
    if (m_synced[Pods] && m_calc.podScope() == PodScope::None)
        m_calc.setPodScope(m_podsForbidden ? PodScope::OwnNamespace : PodScope::All);
    m_snapshot = m_calc.snapshot();
    m_snapshot.disagreements.removeIf([this](const Disagreement &d) {
        return !m_confirmedDisagreements.contains(d.node + QLatin1Char('|') + d.resource);
    });
    updateState();
    Q_EMIT changed();
}

void AvailabilityFeed::updateState()
{
    // Complete: every list is in, or has failed (then problems() says so).
    const auto settled = [this](Source s) {
        return m_synced[s] || !m_errors[s].isEmpty();
    };
    State next = State::Loading;
    if (m_synced[Nodes] && (settled(Pods) || !m_sources.pods) && settled(ClusterQueues) &&
        settled(LocalQueues))
        next = State::Ready;
    else if (!m_synced[Nodes] && !m_errors[Nodes].isEmpty())
        next = State::Failed;
    if (next == m_state)
        return;
    m_state = next;
    if (next == State::Ready && m_timeToReady < 0)
        m_timeToReady = QDateTime::currentMSecsSinceEpoch() - m_started;
    Q_EMIT stateChanged(next);
}

QList<AvailabilityFeed::Problem> AvailabilityFeed::problems() const
{
    using K = Problem::Kind;
    QList<Problem> out;
    if (!m_errors[Nodes].isEmpty())
        out.append({K::NodesUnavailable,
                    tr("The cluster's nodes cannot be read now: %1").arg(m_errors[Nodes])});
    if (!m_errors[Pods].isEmpty()) {
        out.append({K::PodsUnavailable, tr("The pods cannot be read now, so what is in use is "
                                           "not known: %1")
                                            .arg(m_errors[Pods])});
    } else if (m_podsForbidden) {
        out.append({K::PodsForbidden,
                    m_snapshot.prometheusAvailable
                        ? tr("You may see only your own pods: what is in use comes from "
                             "Prometheus's allocation series.")
                        : tr("You may see only your own pods and Prometheus is not available: "
                             "only the totals and your own use are known.")});
    }
    for (Source s : {ClusterQueues, LocalQueues}) {
        if (!m_errors[s].isEmpty()) {
            out.append({K::QueuesUnavailable,
                        tr("The batch queues cannot be read now: %1").arg(m_errors[s])});
            break;
        }
    }
    if (!m_prometheusProblem.isEmpty())
        out.append({K::PrometheusUnavailable,
                    tr("Prometheus is not available, so the numbers are not cross-checked: %1")
                        .arg(m_prometheusProblem)});
    for (const Disagreement &d : m_snapshot.disagreements) {
        out.append({K::Disagreement,
                    tr("Kubernetes and Prometheus disagree about %1 on %2: %3 in use according "
                       "to the pods, %4 according to Prometheus.")
                        .arg(d.model, d.node)
                        .arg(d.kubernetes)
                        .arg(d.prometheus)});
    }
    return out;
}

} // namespace plancia::availability
