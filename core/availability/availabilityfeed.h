#pragma once

#include "availability/availability.h"
#include "net/error.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

#include <functional>

namespace plancia {
class Platform;
namespace kube {
class Informer;
}

namespace availability {

// The live availability of one Platform: the Calculator fed by the Platform's shared informers
// (nodes; pods of every namespace for support staff, else of the user's namespace; ClusterQueues;
// the user's LocalQueues). Each added/modified/removed event updates the sums; nothing is
// refetched on a timer. changed() is coalesced (at most every `coalesce` ms) so a burst of watch
// events repaints once.
class AvailabilityFeed : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Loading, // a first list is still running
        Ready,   // nodes and pods are in (some parts may still be unavailable: problems())
        Failed,  // the nodes cannot be listed: there is nothing to show
    };
    Q_ENUM(State)

    // What is missing or doubtful, each with a sentence for people (translated).
    struct Problem
    {
        enum class Kind {
            PodsForbidden,   // only the user's own pods are visible (403 on all namespaces)
            PodsUnavailable, // pods cannot be listed at all now
            NodesUnavailable,
            QueuesUnavailable,
            PrometheusUnavailable,
            Disagreement, // Kubernetes and Prometheus disagree about a node's allocation
        };
        Kind kind;
        QString message;
    };

    // Attaches to `platform`'s informers for the logged-in user (start() begins).
    explicit AvailabilityFeed(Platform *platform, QObject *parent = nullptr);
    // For tests and tools: explicit informers (nodes and pods required, the others may be null).
    struct Sources
    {
        kube::Informer *nodes = nullptr;
        kube::Informer *pods = nullptr;    // all namespaces, or the user's (then ownPodsOnly)
        kube::Informer *ownPods = nullptr; // the user's namespace: the fallback after a 403
        kube::Informer *clusterQueues = nullptr;
        kube::Informer *localQueues = nullptr;
        bool ownPodsOnly = false;
        QString userNamespace;
        QMap<QString, QString> displayNames;
    };
    AvailabilityFeed(Sources sources, QObject *parent = nullptr);
    ~AvailabilityFeed() override;

    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }
    // Connects to the informers and takes what they already hold (a shared informer may be
    // synced already); asynchronous like every start().
    void start();

    State state() const { return m_state; }
    const Snapshot &snapshot() const { return m_snapshot; }
    QList<Problem> problems() const;
    // Why the nodes cannot be read (State::Failed), for exit codes and logs.
    const Error &nodesError() const { return m_nodesError; }
    // Milliseconds from start() to the first Ready snapshot (-1 before).
    qint64 timeToReady() const { return m_timeToReady; }

    // The Prometheus cross-check (allocation per node and resource), filled by whoever queries
    // Prometheus; std::nullopt with a reason: Prometheus is unavailable.
    void setAllocation(std::optional<QList<AllocationSample>> samples,
                       const QString &unavailableReason = {});
    // Built from a Platform whose profile names Prometheus, the feed asks it itself (the named
    // queries of core/metrics) at start and then every `interval`; 0 turns that off.
    void setCrossCheckInterval(std::chrono::milliseconds interval);
    // The first cross-check has not answered yet (a one-shot caller such as the CLI waits).
    bool crossCheckPending() const { return m_crossCheckScope && !m_crossChecked; }

    const Calculator &calculator() const { return m_calc; }

Q_SIGNALS:
    void stateChanged(plancia::availability::AvailabilityFeed::State state);
    // A new snapshot() (coalesced).
    void changed();

private:
    enum Source { Nodes, Pods, ClusterQueues, LocalQueues, SourceCount };
    void attach(kube::Informer *informer, Source source);
    void detach(kube::Informer *informer);
    void load(kube::Informer *informer, Source source);
    void onError(Source source, const Error &error);
    void onSynced(Source source);
    void switchToOwnPods();
    void schedule();
    void publish();
    void updateState();
    void crossCheck();

    Sources m_sources;
    std::function<kube::Informer *()> m_ownPodsFactory;
    Calculator m_calc;
    QList<QPointer<kube::Informer>> m_attached;
    bool m_synced[SourceCount] = {false, false, false, false};
    QString m_errors[SourceCount];
    bool m_podsForbidden = false;
    Error m_nodesError;
    QString m_prometheusProblem;
    State m_state = State::Loading;
    Snapshot m_snapshot;
    QTimer m_coalesce;
    QPointer<Platform> m_platform;
    QTimer m_crossCheck;
    QPointer<QObject> m_crossCheckScope;
    bool m_crossChecked = false;
    // A disagreement is reported only when two consecutive cross-checks see it (Prometheus
    // scrapes every 15 s and reads the last minute, so it trails the watch by design).
    QSet<QString> m_lastDisagreements;
    QSet<QString> m_confirmedDisagreements;
    qint64 m_started = 0;
    qint64 m_timeToReady = -1;
};

} // namespace availability
} // namespace plancia
