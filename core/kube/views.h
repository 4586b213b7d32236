#pragma once

#include "kube/kubeobject.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace plancia::kube {

// Typed, read-only views over the JSON of the kinds Plancia reads. Each view holds the object
// (shared, not copied) and answers from it on demand; a missing field reads as empty/zero.

// Resource name ("cpu", "memory", "nvidia.com/gpu") -> quantity (cores, bytes, counts).
using ResourceList = QMap<QString, double>;
ResourceList resourceListOf(const QJsonObject &quantities);

struct Taint
{
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
};
QList<Taint> taintsOf(const QJsonArray &taints);

struct Toleration
{
    QString key;
    QString operatorName; // Exists, Equal
    QString value;
    QString effect;
};

std::optional<Condition> findCondition(const QList<Condition> &conditions, const QString &type);

class NodeView : public ObjectView
{
public:
    using ObjectView::ObjectView;
    static inline const QString kGpuProductLabel = QStringLiteral("nvidia.com/gpu.product");

    ResourceList allocatable() const;
    ResourceList capacity() const;
    double allocatable(const QString &resource) const;
    // nvidia.com/gpu.product (e.g. "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"), empty without one.
    QString gpuProduct() const { return label(kGpuProductLabel); }
    QList<Taint> taints() const;
    QList<Condition> conditions() const { return conditionsOf(status()); }
    std::optional<Condition> condition(const QString &type) const;
    // A Virtual Kubelet / interLink node (an offload site).
    bool isVirtual() const;
    bool isReady() const;
    bool isUnschedulable() const;
    bool isControlPlane() const;
    // InterlinkConnectivity: true/false when the node reports it, nullopt otherwise.
    std::optional<bool> interlinkConnected() const;
};

struct OwnerReference
{
    QString apiVersion;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
};
QList<OwnerReference> ownerReferencesOf(const QJsonObject &metadata);

struct ContainerStatus
{
    enum class State { Unknown, Waiting, Running, Terminated };
    QString name;
    bool ready = false;
    int restartCount = 0;
    State state = State::Unknown;
    QString reason; // waiting or terminated reason (ContainerCreating, OOMKilled, Completed)
    QString message;
    int exitCode = 0; // terminated only
    // The previous run (lastState.terminated), when the container restarted.
    QString lastTerminationReason;
    int lastExitCode = 0;
};

class PodView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QString phase() const { return status().value(QLatin1String("phase")).toString(); }
    // status.reason (Evicted, ProviderFailed), empty without one.
    QString reason() const { return status().value(QLatin1String("reason")).toString(); }
    QString nodeName() const { return spec().value(QLatin1String("nodeName")).toString(); }
    QString priorityClassName() const
    {
        return spec().value(QLatin1String("priorityClassName")).toString();
    }
    // The pod's effective requests: the containers' requests summed, or an init container's
    // when larger (how the scheduler counts them).
    ResourceList requests() const;
    double request(const QString &resource) const { return requests().value(resource); }
    QList<ContainerStatus> containerStatuses() const;
    QList<OwnerReference> ownerReferences() const { return ownerReferencesOf(metadata()); }
    std::optional<OwnerReference> controller() const;
    QList<Condition> conditions() const { return conditionsOf(status()); }
    // Succeeded or Failed: its containers are gone and hold nothing.
    bool isTerminal() const;
    // Bound to a node and not finished: it holds what it requested on that node.
    bool holdsResources() const { return !nodeName().isEmpty() && !isTerminal(); }
};

class JobView : public ObjectView
{
public:
    using ObjectView::ObjectView;
    static inline const QString kQueueLabel = QStringLiteral("kueue.x-k8s.io/queue-name");

    QList<Condition> conditions() const { return conditionsOf(status()); }
    std::optional<Condition> condition(const QString &type) const;
    bool isSuspended() const { return spec().value(QLatin1String("suspend")).toBool(); }
    int active() const { return status().value(QLatin1String("active")).toInt(); }
    int succeeded() const { return status().value(QLatin1String("succeeded")).toInt(); }
    int failed() const { return status().value(QLatin1String("failed")).toInt(); }
    int parallelism() const { return spec().value(QLatin1String("parallelism")).toInt(1); }
    int completions() const { return spec().value(QLatin1String("completions")).toInt(1); }
    QString queueName() const { return label(kQueueLabel); }
    bool isComplete() const;
    bool isFailed() const;
    bool isFinished() const { return isComplete() || isFailed(); }
    QDateTime startTime() const;
    QDateTime completionTime() const;
};

struct PodSetAssignment
{
    QString name;
    QMap<QString, QString> flavors; // resource -> flavor
    int count = 0;
    ResourceList resourceUsage;
};

class WorkloadView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QList<Condition> conditions() const { return conditionsOf(status()); }
    std::optional<Condition> condition(const QString &type) const;
    bool isQuotaReserved() const { return isTrue(QStringLiteral("QuotaReserved")); }
    bool isAdmitted() const { return isTrue(QStringLiteral("Admitted")); }
    bool isEvicted() const { return isTrue(QStringLiteral("Evicted")); }
    bool isPreempted() const { return isTrue(QStringLiteral("Preempted")); }
    bool isFinished() const { return isTrue(QStringLiteral("Finished")); }
    // Waiting for quota: neither reserved nor finished.
    bool isPending() const { return !isQuotaReserved() && !isFinished(); }
    QString queueName() const { return spec().value(QLatin1String("queueName")).toString(); }
    int priority() const { return spec().value(QLatin1String("priority")).toInt(); }
    QString priorityClassName() const
    {
        return spec().value(QLatin1String("priorityClassName")).toString();
    }
    // status.admission.clusterQueue; empty when not admitted.
    QString clusterQueue() const;
    QList<PodSetAssignment> podSetAssignments() const;
    // The Job (or other owner) this workload stands for.
    std::optional<OwnerReference> owner() const;

private:
    bool isTrue(const QString &type) const;
};

struct ResourceUsage
{
    QString name; // resource
    double total = 0;
    double borrowed = 0;
};
struct FlavorUsage
{
    QString flavor;
    QList<ResourceUsage> resources;
    double total(const QString &resource) const;
};
QList<FlavorUsage> flavorUsageOf(const QJsonArray &usage);

struct ResourceQuota
{
    QString name; // resource
    double nominal = 0;
    std::optional<double> borrowingLimit;
    std::optional<double> lendingLimit;
};
struct FlavorQuotas
{
    QString flavor;
    QList<ResourceQuota> resources;
};
struct ResourceGroup
{
    QStringList coveredResources;
    QList<FlavorQuotas> flavors;
};

// Counters shared by ClusterQueue and LocalQueue status.
struct QueueCounters
{
    int pending = 0;
    int reserving = 0;
    int admitted = 0;
};

class ClusterQueueView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QString cohort() const { return spec().value(QLatin1String("cohort")).toString(); }
    QList<ResourceGroup> resourceGroups() const;
    // The nominal quota of `resource` in `flavor` (0 if none).
    double nominalQuota(const QString &flavor, const QString &resource) const;
    QueueCounters counters() const;
    QList<FlavorUsage> flavorsUsage() const;
    QList<FlavorUsage> flavorsReservation() const;
    QList<Condition> conditions() const { return conditionsOf(status()); }
    bool isActive() const;
};

class LocalQueueView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QString clusterQueue() const { return spec().value(QLatin1String("clusterQueue")).toString(); }
    QueueCounters counters() const;
    // status.flavorUsage (v1beta1; flavorsUsage accepted too).
    QList<FlavorUsage> flavorUsage() const;
    QList<Condition> conditions() const { return conditionsOf(status()); }
};

class ResourceFlavorView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QMap<QString, QString> nodeLabels() const;
    QList<Taint> nodeTaints() const;
    QList<Toleration> tolerations() const;
};

struct ObjectReference
{
    QString kind;
    QString namespaceName;
    QString name;
    QString uid;
    QString fieldPath;
};

class EventView : public ObjectView
{
public:
    using ObjectView::ObjectView;

    QString reason() const { return m_json.value(QLatin1String("reason")).toString(); }
    QString message() const { return m_json.value(QLatin1String("message")).toString(); }
    QString type() const
    {
        return m_json.value(QLatin1String("type")).toString();
    } // Normal, Warning
    int count() const;
    ObjectReference involvedObject() const;
    // source.component, else reportingComponent/reportingController.
    QString sourceComponent() const;
    // When it last happened: lastTimestamp, else series.lastObservedTime, else eventTime, else
    // firstTimestamp, else the object's creation.
    QDateTime lastTimestamp() const;
    QDateTime firstTimestamp() const;
};

} // namespace plancia::kube
