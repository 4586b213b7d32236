#pragma once

#include "availability/acceleratornames.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace plancia::availability {

// Where the "in use" numbers come from.
enum class UsageSource {
    Kubernetes, // every namespace's pods are visible: allocatable minus what pods hold
    Prometheus, // pods are not all visible (403): the allocation series stand in
    Unknown,    // neither: totals are known, use is not (only the user's own is)
};
const char *usageSourceKey(UsageSource source);

// Which pods the caller could list.
enum class PodScope {
    All,          // every namespace (support staff)
    OwnNamespace, // listing all namespaces was refused (403): only the user's namespace
    None,         // not even that (yet)
};

// One model on one node.
struct NodeShare
{
    QString node;
    int total = 0;
    int used = 0; // -1: unknown
    bool schedulable = true;
    int free() const { return used < 0 || !schedulable ? 0 : std::max(0, total - used); }
};

struct ModelAvailability
{
    AcceleratorModel model;
    QString resource; // the extended resource counted (nvidia.com/gpu, nvidia.com/mig-1g.10gb, ...)
    int total = 0;
    int used = 0;        // -1 when unknown (see UsageSource)
    int unavailable = 0; // on nodes that are not ready or cordoned, not in use
    int ownUsed = 0;     // held by the user's own pods
    UsageSource source = UsageSource::Kubernetes;
    QList<NodeShare> nodes;
    bool usedKnown() const { return used >= 0; }
    int free() const { return used < 0 ? -1 : std::max(0, total - used - unavailable); }
};

struct NodeResources
{
    QString name;
    QString server;    // the physical server a VM runs on (label/annotation), empty if unknown
    QStringList roles; // "control-plane", "worker", "virtual"
    bool ready = false;
    bool schedulable = true;
    bool isVirtual = false;
    double cpuAllocatable = 0;
    double cpuRequested = 0;      // of the visible pods
    double memoryAllocatable = 0; // bytes
    double memoryRequested = 0;
    int pods = 0; // visible, not finished
    struct Accelerator
    {
        AcceleratorModel model;
        QString resource;
        int total = 0;
        int used = 0; // -1 unknown
    };
    QList<Accelerator> accelerators;
};

struct OffloadSite
{
    QString node;
    QString name; // the site (interlink.ai-infn/site label, else the node name)
    QString plugin;
    bool ready = false; // InterlinkConnectivity True (else the node's Ready)
    QString reason;     // InterlinkPingSuccessful / InterlinkPingFailed
    QString message;
    double cpu = 0;
    double memory = 0; // bytes
    QList<QPair<QString, int>>
        accelerators; // model name, count (nvidia-gpu-type / xilinx-fpga-type)
    int pods = 0;     // visible pods there, not finished
    int userPods = 0; // the user's own
};

struct FlavorUsage
{
    QString flavor;
    struct Resource
    {
        QString name;
        double used = 0; // status flavorsUsage total
        double borrowed = 0;
        double nominal = -1; // spec nominalQuota (ClusterQueues), -1 unknown
    };
    QList<Resource> resources;
};

struct QueueStatus
{
    enum class Kind { Cluster, Local };
    Kind kind = Kind::Cluster;
    QString name;
    QString namespaceName; // LocalQueues
    QString clusterQueue;  // LocalQueues: where they point
    QString cohort;        // ClusterQueues
    int pending = 0;
    int reserving = 0;
    int admitted = 0;
    bool active = true;
    QList<FlavorUsage> flavors;
};

// The user's own activity, counted from the pods of their namespace.
struct UserActivity
{
    int sessions = 0;    // running notebook servers
    int jobPods = 0;     // running pods of Jobs
    int pendingPods = 0; // not yet running
    int offloaded = 0;   // scheduled on a virtual node, not finished
};

// Prometheus's allocation of one resource on one node (AI_INFN's allocatable_accelerators /
// allocated_accelerators), filled by the caller from core/metrics.
struct AllocationSample
{
    QString node;
    QString resource; // extended resource
    QString model;    // the exporter's model label (informational)
    double allocatable = 0;
    double allocated = 0;
};

// Kubernetes and Prometheus disagree about a node's use of a resource.
struct Disagreement
{
    QString node;
    QString model; // name shown to people
    QString resource;
    int kubernetes = 0;
    int prometheus = 0;
};

struct Snapshot
{
    QList<ModelAvailability> models; // GPUs, each followed by its MIG slices, then FPGAs
    QList<NodeResources> nodes;      // by name
    QList<OffloadSite> sites;
    QList<QueueStatus> queues; // ClusterQueues, then LocalQueues
    UserActivity user;
    PodScope podScope = PodScope::All;
    bool prometheusAvailable = false;
    QList<Disagreement> disagreements;
    QDateTime computedAt;

    const ModelAvailability *model(const QString &id) const;
};

// The availability of accelerators computed from Kubernetes objects (the JSON an Informer
// holds), kept incrementally: each node, pod and queue is set or removed as the watch reports
// it, and snapshot() assembles the totals from per-node sums without rescanning the pods.
// A pod holds its devices while it is scheduled (spec.nodeName set) and not Succeeded/Failed.
class Calculator
{
public:
    void setDisplayNames(const QMap<QString, QString> &names) { m_names = names; }
    void setUserNamespace(const QString &ns) { m_userNamespace = ns; }
    QString userNamespace() const { return m_userNamespace; }
    void setPodScope(PodScope scope) { m_podScope = scope; }
    PodScope podScope() const { return m_podScope; }

    void setNode(const QJsonObject &node);
    void removeNode(const QJsonObject &node);
    void setPod(const QJsonObject &pod);
    void removePod(const QJsonObject &pod);
    void clearPods();
    void setClusterQueue(const QJsonObject &queue);
    void removeClusterQueue(const QJsonObject &queue);
    void setLocalQueue(const QJsonObject &queue);
    void removeLocalQueue(const QJsonObject &queue);
    // std::nullopt: Prometheus is not available (not configured, down, or no such series).
    void setAllocation(std::optional<QList<AllocationSample>> samples);

    int nodeCount() const { return int(m_nodes.size()); }
    int podCount() const { return int(m_pods.size()); }

    Snapshot snapshot() const;

private:
    struct Node
    {
        NodeResources info;                 // accelerators' `used` filled in by snapshot()
        OffloadSite site;                   // for virtual nodes
        QHash<QString, double> allocatable; // accelerators, cpu, memory
    };
    struct Pod
    {
        QString node; // empty unless it holds its requests
        QString namespaceName;
        QHash<QString, double> requests;
        bool holds = false;
        bool running = false;
        bool pending = false;
        bool session = false;
        bool job = false;
    };
    struct Usage
    {
        QHash<QString, double> requested;
        QHash<QString, double> ownRequested;
        int pods = 0;
        int userPods = 0;
    };

    void account(const Pod &pod, int sign);
    void accountUser(const Pod &pod, int sign);
    static Pod podRecord(const QJsonObject &pod);

    QMap<QString, QString> m_names;
    QString m_userNamespace;
    PodScope m_podScope = PodScope::All;
    QMap<QString, Node> m_nodes;
    QHash<QString, Pod> m_pods;
    QHash<QString, Usage> m_usage; // by node name (also for nodes not seen yet)
    UserActivity m_user;
    QMap<QString, QueueStatus> m_clusterQueues;
    QMap<QString, QueueStatus> m_localQueues; // "ns/name"
    std::optional<QList<AllocationSample>> m_allocation;
};

// Kubernetes quantities as numbers ("500m" -> 0.5, "4Gi" -> 4294967296).
double quantityValue(const QString &quantity);

} // namespace plancia::availability
