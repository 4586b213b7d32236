#pragma once

#include "kube/views.h"
#include "net/job.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>

namespace plancia::kube {
class KubeClient;
class KubeJob;
} // namespace plancia::kube

namespace plancia::jobs {

// Where an accelerator model can run in the cluster: its Kueue flavor, the node labels and
// tolerations that select it, and the extended resource a pod asks for.
struct FlavorChoice
{
    QString flavor;                    // "gpu-a100", "gpu-mig-1g.10gb", "fpga"
    QString resource;                  // "nvidia.com/gpu", "xilinx.com/fpga-xilinx_u250_..."
    QMap<QString, QString> nodeLabels; // the flavor's nodeLabels (the job's nodeSelector)
    QList<kube::Toleration> tolerations;
};

// One accelerator model the platform offers somewhere, for pickers and the check.
struct AcceleratorOffer
{
    QString model;  // "a100", "a100-1g.10gb", "u250"
    QString name;   // "A100", "A100 MIG 1g.10gb", "U250"
    QString kind;   // "gpu", "mig", "fpga"
    QString flavor; // the Kueue flavor, empty for virtual nodes only
    QString resource;
    int perNodeMax = 0; // the most one node (or site) has
    QStringList sites;  // virtual nodes offering it (nvidia-gpu-type / xilinx-fpga-type)
};

// A snapshot of what the cluster says about where jobs can run: ResourceFlavors,
// ClusterQueues, the namespace's LocalQueues, nodes (physical and virtual) and PriorityClasses.
// The builder maps accelerator models to flavors from it (not from a hard-coded table); the
// check and "why pending" compare requests with its quotas. With nothing loaded (a user who may
// not list flavors), the AI_INFN chart's flavors of PLATFORM-API.md section 3 stand in.
class ClusterCatalog
{
public:
    ClusterCatalog() = default;

    QList<QJsonObject> flavors;
    QList<QJsonObject> clusterQueues;
    QList<QJsonObject> localQueues; // of the user's namespace
    QList<QJsonObject> nodes;
    QList<QJsonObject> priorityClasses;
    QString namespaceName;

    bool isEmpty() const { return flavors.isEmpty() && nodes.isEmpty(); }

    // The flavor for `model` (an availability model id, see jobspec.h): the flavor whose
    // nodeLabels select nodes with that model; nullopt when no flavor offers it. An empty model
    // gives the generic nvidia.com/gpu resource and no flavor.
    std::optional<FlavorChoice> flavorFor(const QString &model) const;
    // Every model of the flavors and of the virtual nodes.
    QList<AcceleratorOffer> acceleratorOffers() const;
    // The ClusterQueue a LocalQueue of the namespace points to (empty if unknown).
    QString clusterQueueOf(const QString &localQueue) const;
    std::optional<QJsonObject> clusterQueue(const QString &name) const;
    std::optional<QJsonObject> flavor(const QString &name) const;
    std::optional<QJsonObject> node(const QString &name) const;
    // Virtual (interLink) nodes: the offload sites.
    QList<QJsonObject> virtualNodes() const;
    // A virtual node's site name for people ("INFN-Tier1"): the interlink.ai-infn/site label,
    // else the node's name.
    static QString siteName(const QJsonObject &node);
    QStringList priorityClassNames() const;
    // The availability model id of an accelerator resource on a node with `labels`
    // ("nvidia.com/gpu" + nvidia.com/gpu.product=Tesla-T4 -> "t4"; xilinx.com/fpga-..u250.. ->
    // "u250").
    static QString modelIdOf(const QString &resource, const QMap<QString, QString> &labels);

    // The AI_INFN chart's flavors and queues (no nodes) for when nothing could be read.
    static ClusterCatalog builtinDefaults();
};

// Loads a ClusterCatalog: flavors, cluster queues, nodes, priority classes (cluster-wide) and the
// namespace's local queues, in parallel. A list the user may not read (403) is left empty and
// noted in `warnings`; only a failure of every list is an error.
struct LoadedCatalog
{
    ClusterCatalog catalog;
    QStringList warnings;
};

class ClusterCatalogJob : public ResultJob<LoadedCatalog>
{
    Q_OBJECT

public:
    ClusterCatalogJob(kube::KubeClient *client, QString namespaceName, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<plancia::jobs::LoadedCatalog> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<LoadedCatalog> &result) override { Q_EMIT finished(result); }

private:
    void onPart(int which, const Result<QJsonObject> &result);

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    LoadedCatalog m_out;
    QList<QPointer<kube::KubeJob>> m_parts;
    int m_pending = 0;
    int m_failed = 0;
    Error m_lastError;
};

} // namespace plancia::jobs
