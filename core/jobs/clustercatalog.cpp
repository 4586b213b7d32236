#include "jobs/clustercatalog.h"

#include "availability/acceleratornames.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>

namespace plancia::jobs {

using namespace Qt::StringLiterals;
using availability::isAcceleratorResource;
using availability::modelForResource;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::ClusterCatalog)
};

bool labelsMatch(const QMap<QString, QString> &nodeLabels, const QMap<QString, QString> &selector)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (nodeLabels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

const char *kindOf(availability::AcceleratorKind k)
{
    return availability::kindKey(k);
}

} // namespace

QString ClusterCatalog::modelIdOf(const QString &resource, const QMap<QString, QString> &labels)
{
    return modelForResource(resource, labels).id;
}

std::optional<FlavorChoice> ClusterCatalog::flavorFor(const QString &model) const
{
    if (model.isEmpty())
        return FlavorChoice{QString(), u"nvidia.com/gpu"_s, {}, {}};
    const QList<QJsonObject> &fl = flavors.isEmpty() ? builtinDefaults().flavors : flavors;
    const QString wanted = model.toLower();
    for (const QJsonObject &f : fl) {
        const kube::ResourceFlavorView flavor(f);
        const QMap<QString, QString> selector = flavor.nodeLabels();
        if (selector.isEmpty())
            continue;
        // From the nodes the flavor selects: their accelerator resources and models.
        for (const QJsonObject &n : nodes) {
            const kube::NodeView node(n);
            if (node.isVirtual() || !labelsMatch(node.labels(), selector))
                continue;
            const kube::ResourceList alloc = node.allocatable();
            for (auto it = alloc.cbegin(); it != alloc.cend(); ++it) {
                if (!isAcceleratorResource(it.key()) || it.value() <= 0)
                    continue;
                if (modelIdOf(it.key(), node.labels()) == wanted)
                    return FlavorChoice{flavor.name(), it.key(), selector, flavor.tolerations()};
            }
        }
        // Without nodes: the flavor's own GPU product label.
        const QString product = selector.value(kube::NodeView::kGpuProductLabel);
        if (!product.isEmpty() && modelIdOf(u"nvidia.com/gpu"_s, selector) == wanted)
            return FlavorChoice{flavor.name(), u"nvidia.com/gpu"_s, selector, flavor.tolerations()};
    }
    return std::nullopt;
}

QList<AcceleratorOffer> ClusterCatalog::acceleratorOffers() const
{
    QList<AcceleratorOffer> out;
    auto find = [&out](const QString &model) -> AcceleratorOffer * {
        for (AcceleratorOffer &o : out) {
            if (o.model == model)
                return &o;
        }
        return nullptr;
    };
    const QList<QJsonObject> &fl = flavors.isEmpty() ? builtinDefaults().flavors : flavors;
    for (const QJsonObject &f : fl) {
        const kube::ResourceFlavorView flavor(f);
        const QMap<QString, QString> selector = flavor.nodeLabels();
        if (selector.isEmpty())
            continue;
        bool fromNodes = false;
        for (const QJsonObject &n : nodes) {
            const kube::NodeView node(n);
            if (node.isVirtual() || !labelsMatch(node.labels(), selector))
                continue;
            const kube::ResourceList alloc = node.allocatable();
            for (auto it = alloc.cbegin(); it != alloc.cend(); ++it) {
                if (!isAcceleratorResource(it.key()) || it.value() <= 0)
                    continue;
                fromNodes = true;
                const auto m = modelForResource(it.key(), node.labels());
                AcceleratorOffer *o = find(m.id);
                if (!o) {
                    out.append(AcceleratorOffer{m.id,
                                                m.name,
                                                QLatin1String(kindOf(m.kind)),
                                                flavor.name(),
                                                it.key(),
                                                0,
                                                {}});
                    o = &out.last();
                }
                o->perNodeMax = std::max(o->perNodeMax, int(it.value()));
            }
        }
        const QString product = selector.value(kube::NodeView::kGpuProductLabel);
        if (!fromNodes && !product.isEmpty()) {
            const auto m = modelForResource(u"nvidia.com/gpu"_s, selector);
            if (!find(m.id))
                out.append(AcceleratorOffer{m.id,
                                            m.name,
                                            QLatin1String(kindOf(m.kind)),
                                            flavor.name(),
                                            u"nvidia.com/gpu"_s,
                                            0,
                                            {}});
        }
    }
    for (const QJsonObject &n : virtualNodes()) {
        const kube::NodeView node(n);
        const kube::ResourceList alloc = node.allocatable();
        for (auto it = alloc.cbegin(); it != alloc.cend(); ++it) {
            if (!isAcceleratorResource(it.key()) || it.value() <= 0)
                continue;
            const auto m = modelForResource(it.key(), node.labels());
            AcceleratorOffer *o = find(m.id);
            if (!o) {
                out.append(AcceleratorOffer{
                    m.id, m.name, QLatin1String(kindOf(m.kind)), QString(), it.key(), 0, {}});
                o = &out.last();
            }
            o->sites.append(node.name());
            o->perNodeMax = std::max(o->perNodeMax, int(it.value()));
        }
    }
    return out;
}

QString ClusterCatalog::clusterQueueOf(const QString &localQueue) const
{
    for (const QJsonObject &lq : localQueues) {
        const kube::LocalQueueView v(lq);
        if (v.name() == localQueue && (namespaceName.isEmpty() || v.namespaceName().isEmpty() ||
                                       v.namespaceName() == namespaceName))
            return v.clusterQueue();
    }
    return {};
}

std::optional<QJsonObject> ClusterCatalog::clusterQueue(const QString &name) const
{
    for (const QJsonObject &o : clusterQueues) {
        if (kube::ObjectView(o).name() == name)
            return o;
    }
    return std::nullopt;
}

std::optional<QJsonObject> ClusterCatalog::flavor(const QString &name) const
{
    const QList<QJsonObject> &fl = flavors.isEmpty() ? builtinDefaults().flavors : flavors;
    for (const QJsonObject &o : fl) {
        if (kube::ObjectView(o).name() == name)
            return o;
    }
    return std::nullopt;
}

std::optional<QJsonObject> ClusterCatalog::node(const QString &name) const
{
    for (const QJsonObject &o : nodes) {
        if (kube::ObjectView(o).name() == name)
            return o;
    }
    return std::nullopt;
}

QList<QJsonObject> ClusterCatalog::virtualNodes() const
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : nodes) {
        if (kube::NodeView(o).isVirtual())
            out.append(o);
    }
    return out;
}

QString ClusterCatalog::siteName(const QJsonObject &node)
{
    const kube::NodeView v(node);
    const QString site = v.label(u"interlink.ai-infn/site"_s);
    return site.isEmpty() ? v.name() : site;
}

QStringList ClusterCatalog::priorityClassNames() const
{
    QStringList out;
    for (const QJsonObject &o : priorityClasses)
        out.append(kube::ObjectView(o).name());
    return out;
}

ClusterCatalog ClusterCatalog::builtinDefaults()
{
    // PLATFORM-API.md section 3: the AI_INFN chart's flavors (nodeLabels on
    // nvidia.com/gpu.product, the GPU taint tolerated) and the interLink one.
    static const ClusterCatalog defaults = [] {
        ClusterCatalog c;
        const QJsonArray gpuTol{QJsonObject{{u"key"_s, u"nvidia.com/gpu"_s},
                                            {u"operator"_s, u"Exists"_s},
                                            {u"effect"_s, u"NoSchedule"_s}}};
        auto gpu = [&](const QString &name, const QString &product) {
            return QJsonObject{
                {u"apiVersion"_s, u"kueue.x-k8s.io/v1beta1"_s},
                {u"kind"_s, u"ResourceFlavor"_s},
                {u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                {u"spec"_s,
                 QJsonObject{
                     {u"nodeLabels"_s, QJsonObject{{u"nvidia.com/gpu.product"_s, product}}},
                     {u"nodeTaints"_s, QJsonArray{QJsonObject{{u"key"_s, u"nvidia.com/gpu"_s},
                                                              {u"effect"_s, u"NoSchedule"_s}}}},
                     {u"tolerations"_s, gpuTol}}}};
        };
        c.flavors = {
            QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"cpu-only"_s}}},
                        {u"spec"_s, QJsonObject{{u"nodeLabels"_s,
                                                 QJsonObject{{u"accelerator"_s, u"none"_s}}}}}},
            gpu(u"gpu-t4"_s, u"Tesla-T4"_s),
            gpu(u"gpu-rtx5000"_s, u"Quadro-RTX-5000"_s),
            gpu(u"gpu-mig-1g.10gb"_s, u"NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"_s),
            gpu(u"gpu-a100"_s, u"NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"_s),
            QJsonObject{
                {u"metadata"_s, QJsonObject{{u"name"_s, u"interlink"_s}}},
                {u"spec"_s,
                 QJsonObject{
                     {u"nodeLabels"_s, QJsonObject{{u"type"_s, u"virtual-kubelet"_s}}},
                     {u"tolerations"_s,
                      QJsonArray{QJsonObject{{u"key"_s, u"virtual-node.interlink/no-schedule"_s},
                                             {u"operator"_s, u"Exists"_s},
                                             {u"effect"_s, u"NoSchedule"_s}}}}}}},
        };
        return c;
    }();
    return defaults;
}

// ---- ClusterCatalogJob ---------------------------------------------------------------------

ClusterCatalogJob::ClusterCatalogJob(kube::KubeClient *client, QString namespaceName,
                                     QObject *owner)
    : ResultJob<LoadedCatalog>(owner)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
{
    m_out.catalog.namespaceName = m_namespace;
}

void ClusterCatalogJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    const QList<QPair<kube::ResourceKind, QString>> parts{
        {kube::ResourceKind::resourceFlavors(), QString()},
        {kube::ResourceKind::clusterQueues(), QString()},
        {kube::ResourceKind::localQueues(), m_namespace},
        {kube::ResourceKind::nodes(), QString()},
        {kube::ResourceKind{u"scheduling.k8s.io"_s, u"v1"_s, u"priorityclasses"_s,
                            u"PriorityClass"_s, false},
         QString()},
    };
    m_pending = int(parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        kube::ListOptions opts;
        opts.limit = 0;
        kube::KubeJob *job = m_client->list(parts[i].first, parts[i].second, opts, this);
        m_parts.append(job);
        connect(job, &kube::KubeJob::finished, this,
                [this, i](const Result<QJsonObject> &r) { onPart(i, r); });
    }
}

void ClusterCatalogJob::doCancel()
{
    for (const auto &p : std::as_const(m_parts)) {
        if (p)
            p->cancel();
    }
}

void ClusterCatalogJob::onPart(int which, const Result<QJsonObject> &result)
{
    static const char *names[] = {"resourceflavors", "clusterqueues", "localqueues", "nodes",
                                  "priorityclasses"};
    if (!result.ok()) {
        ++m_failed;
        m_lastError = result.error();
        m_out.warnings.append(Tr::tr("Could not read %1: %2")
                                  .arg(QLatin1String(names[which]), result.error().message));
    } else {
        QList<QJsonObject> items;
        for (const QJsonValue &v : result.value().value("items"_L1).toArray())
            items.append(v.toObject());
        ClusterCatalog &c = m_out.catalog;
        switch (which) {
        case 0:
            c.flavors = items;
            break;
        case 1:
            c.clusterQueues = items;
            break;
        case 2:
            c.localQueues = items;
            break;
        case 3:
            c.nodes = items;
            break;
        case 4:
            c.priorityClasses = items;
            break;
        }
    }
    if (--m_pending > 0)
        return;
    if (m_failed == int(m_parts.size()))
        finishWith(m_lastError);
    else
        finishWith(m_out);
}

} // namespace plancia::jobs
