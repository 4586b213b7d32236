// Calculator::snapshot(): totals assembled from the per-node sums the pods keep up to date.
#include "availability.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace plancia::availability {

namespace {

int rounded(double v)
{
    return int(std::lround(v));
}

struct PromIndex
{
    QSet<QString> nodes;              // nodes the exporter reports at all
    QHash<QString, double> allocated; // "node|resource"
};

PromIndex indexSamples(const QList<AllocationSample> &samples)
{
    PromIndex idx;
    for (const AllocationSample &s : samples) {
        idx.nodes.insert(s.node);
        idx.allocated[s.node + QLatin1Char('|') + s.resource] += s.allocated;
    }
    return idx;
}

bool modelLess(const ModelAvailability &a, const ModelAvailability &b)
{
    const auto rank = [](const AcceleratorModel &m) {
        return m.kind == AcceleratorKind::Fpga ? 1 : 0;
    };
    if (rank(a.model) != rank(b.model))
        return rank(a.model) < rank(b.model);
    // Slices sort under their GPU: by the group's name, the GPU first, then by profile.
    const QString ga = a.model.parentId.isEmpty() ? a.model.name : a.model.parentName;
    const QString gb = b.model.parentId.isEmpty() ? b.model.name : b.model.parentName;
    if (ga != gb)
        return ga < gb;
    const bool sa = a.model.kind == AcceleratorKind::MigSlice;
    const bool sb = b.model.kind == AcceleratorKind::MigSlice;
    if (sa != sb)
        return !sa;
    return a.model.name < b.model.name;
}

} // namespace

Snapshot Calculator::snapshot() const
{
    Snapshot snap;
    snap.podScope = m_podScope;
    snap.prometheusAvailable = m_allocation.has_value();
    snap.computedAt = QDateTime::currentDateTimeUtc();
    snap.user = m_user;
    const bool allPods = m_podScope == PodScope::All;
    const PromIndex prom = m_allocation ? indexSamples(*m_allocation) : PromIndex{};

    QMap<QString, ModelAvailability> models; // by model id + resource
    for (const Node &n : m_nodes) {
        NodeResources info = n.info;
        const Usage usage = m_usage.value(info.name);
        info.cpuRequested = usage.requested.value(QStringLiteral("cpu"));
        info.memoryRequested = usage.requested.value(QStringLiteral("memory"));
        info.pods = usage.pods;
        const bool promNode = prom.nodes.contains(info.name);
        for (NodeResources::Accelerator &a : info.accelerators) {
            const int kube = rounded(usage.requested.value(a.resource));
            const int own = rounded(usage.ownRequested.value(a.resource));
            UsageSource source = UsageSource::Kubernetes;
            int used = kube;
            const QString pkey = info.name + QLatin1Char('|') + a.resource;
            if (!allPods) {
                if (promNode) {
                    source = UsageSource::Prometheus;
                    used = std::max(own, rounded(prom.allocated.value(pkey)));
                } else {
                    source = UsageSource::Unknown;
                    used = -1;
                }
            } else if (promNode && rounded(prom.allocated.value(pkey)) != kube) {
                snap.disagreements.append({info.name, a.model.name, a.resource, kube,
                                           rounded(prom.allocated.value(pkey))});
            }
            a.used = used;
            if (info.isVirtual)
                continue; // offload sites are listed apart, not counted as free here
            const QString key = a.model.id + QLatin1Char('|') + a.resource;
            ModelAvailability &m = models[key];
            if (m.model.id.isEmpty()) {
                m.model = a.model;
                m.resource = a.resource;
            }
            const bool usable = info.ready && info.schedulable;
            m.total += a.total;
            m.ownUsed += own;
            if (used < 0 || m.used < 0) {
                m.used = -1;
            } else {
                m.used += used;
                if (!usable)
                    m.unavailable += std::max(0, a.total - used);
            }
            if (source == UsageSource::Unknown ||
                (source == UsageSource::Prometheus && m.source == UsageSource::Kubernetes))
                m.source = source;
            m.nodes.append({info.name, a.total, used, usable});
        }
        if (info.isVirtual) {
            OffloadSite site = n.site;
            site.pods = usage.pods;
            site.userPods = usage.userPods;
            snap.user.offloaded += usage.userPods;
            snap.sites << site;
        }
        snap.nodes << info;
    }
    snap.models = models.values();
    std::sort(snap.models.begin(), snap.models.end(), modelLess);
    snap.queues = m_clusterQueues.values();
    snap.queues += m_localQueues.values();
    return snap;
}

} // namespace plancia::availability
