#include "kube/views.h"

namespace plancia::kube {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    const QString t = str(o, key);
    return t.isEmpty() ? QDateTime() : QDateTime::fromString(t, Qt::ISODateWithMs);
}

QMap<QString, QString> stringMap(const QJsonObject &object)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// A quantity may come as a string ("4Gi") or, from some writers, as a number.
double quantityOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return parseQuantity(v.toString());
}

int counter(const QJsonObject &status, const char *key)
{
    return status.value(QLatin1String(key)).toInt();
}

} // namespace

ResourceList resourceListOf(const QJsonObject &quantities)
{
    ResourceList out;
    for (auto it = quantities.begin(); it != quantities.end(); ++it)
        out.insert(it.key(), quantityOf(it.value()));
    return out;
}

QList<Taint> taintsOf(const QJsonArray &taints)
{
    QList<Taint> out;
    for (const QJsonValue &v : taints) {
        const QJsonObject t = v.toObject();
        out.append(Taint{str(t, "key"), str(t, "value"), str(t, "effect")});
    }
    return out;
}

std::optional<Condition> findCondition(const QList<Condition> &conditions, const QString &type)
{
    for (const Condition &c : conditions) {
        if (c.type == type)
            return c;
    }
    return std::nullopt;
}

QList<OwnerReference> ownerReferencesOf(const QJsonObject &metadata)
{
    QList<OwnerReference> out;
    for (const QJsonValue &v : metadata.value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append(OwnerReference{str(o, "apiVersion"), str(o, "kind"), str(o, "name"),
                                  str(o, "uid"), o.value(QLatin1String("controller")).toBool()});
    }
    return out;
}

// --- Node ----------------------------------------------------------------------------------

ResourceList NodeView::allocatable() const
{
    return resourceListOf(status().value(QLatin1String("allocatable")).toObject());
}

ResourceList NodeView::capacity() const
{
    return resourceListOf(status().value(QLatin1String("capacity")).toObject());
}

double NodeView::allocatable(const QString &resource) const
{
    return quantityOf(status().value(QLatin1String("allocatable")).toObject().value(resource));
}

QList<Taint> NodeView::taints() const
{
    return taintsOf(spec().value(QLatin1String("taints")).toArray());
}

std::optional<Condition> NodeView::condition(const QString &type) const
{
    return findCondition(conditions(), type);
}

bool NodeView::isVirtual() const
{
    return label(QStringLiteral("virtual-node.interlink/type")) ==
               QLatin1String("virtual-kubelet") ||
           label(QStringLiteral("type")) == QLatin1String("virtual-kubelet") ||
           label(QStringLiteral("kubernetes.io/os")) == QLatin1String("virtual-kubelet");
}

bool NodeView::isReady() const
{
    const auto c = condition(QStringLiteral("Ready"));
    return c && c->isTrue();
}

bool NodeView::isUnschedulable() const
{
    return spec().value(QLatin1String("unschedulable")).toBool();
}

bool NodeView::isControlPlane() const
{
    const QJsonObject labels = metadata().value(QLatin1String("labels")).toObject();
    return labels.contains(QLatin1String("node-role.kubernetes.io/control-plane")) ||
           labels.contains(QLatin1String("node-role.kubernetes.io/master"));
}

std::optional<bool> NodeView::interlinkConnected() const
{
    const auto c = condition(QStringLiteral("InterlinkConnectivity"));
    if (!c)
        return std::nullopt;
    return c->isTrue();
}

// --- Pod -----------------------------------------------------------------------------------

ResourceList PodView::requests() const
{
    auto requestsOf = [](const QJsonValue &container) {
        return resourceListOf(container.toObject()
                                  .value(QLatin1String("resources"))
                                  .toObject()
                                  .value(QLatin1String("requests"))
                                  .toObject());
    };
    ResourceList sum;
    for (const QJsonValue &c : spec().value(QLatin1String("containers")).toArray()) {
        const ResourceList r = requestsOf(c);
        for (auto it = r.begin(); it != r.end(); ++it)
            sum[it.key()] += it.value();
    }
    for (const QJsonValue &c : spec().value(QLatin1String("initContainers")).toArray()) {
        const ResourceList r = requestsOf(c);
        for (auto it = r.begin(); it != r.end(); ++it)
            sum[it.key()] = std::max(sum.value(it.key()), it.value());
    }
    return sum;
}

QList<ContainerStatus> PodView::containerStatuses() const
{
    QList<ContainerStatus> out;
    for (const QJsonValue &v : status().value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject o = v.toObject();
        ContainerStatus cs;
        cs.name = str(o, "name");
        cs.ready = o.value(QLatin1String("ready")).toBool();
        cs.restartCount = o.value(QLatin1String("restartCount")).toInt();
        const QJsonObject state = o.value(QLatin1String("state")).toObject();
        if (state.contains(QLatin1String("terminated"))) {
            const QJsonObject t = state.value(QLatin1String("terminated")).toObject();
            cs.state = ContainerStatus::State::Terminated;
            cs.reason = str(t, "reason");
            cs.message = str(t, "message");
            cs.exitCode = t.value(QLatin1String("exitCode")).toInt();
        } else if (state.contains(QLatin1String("waiting"))) {
            const QJsonObject w = state.value(QLatin1String("waiting")).toObject();
            cs.state = ContainerStatus::State::Waiting;
            cs.reason = str(w, "reason");
            cs.message = str(w, "message");
        } else if (state.contains(QLatin1String("running"))) {
            cs.state = ContainerStatus::State::Running;
        }
        const QJsonObject last = o.value(QLatin1String("lastState"))
                                     .toObject()
                                     .value(QLatin1String("terminated"))
                                     .toObject();
        cs.lastTerminationReason = str(last, "reason");
        cs.lastExitCode = last.value(QLatin1String("exitCode")).toInt();
        out.append(cs);
    }
    return out;
}

std::optional<OwnerReference> PodView::controller() const
{
    for (const OwnerReference &o : ownerReferences()) {
        if (o.controller)
            return o;
    }
    return std::nullopt;
}

bool PodView::isTerminal() const
{
    const QString p = phase();
    return p == QLatin1String("Succeeded") || p == QLatin1String("Failed");
}

// --- Job -----------------------------------------------------------------------------------

std::optional<Condition> JobView::condition(const QString &type) const
{
    return findCondition(conditions(), type);
}

bool JobView::isComplete() const
{
    const auto c = condition(QStringLiteral("Complete"));
    return c && c->isTrue();
}

bool JobView::isFailed() const
{
    const auto c = condition(QStringLiteral("Failed"));
    return c && c->isTrue();
}

QDateTime JobView::startTime() const
{
    return timeOf(status(), "startTime");
}

QDateTime JobView::completionTime() const
{
    return timeOf(status(), "completionTime");
}

// --- Workload ------------------------------------------------------------------------------

std::optional<Condition> WorkloadView::condition(const QString &type) const
{
    return findCondition(conditions(), type);
}

bool WorkloadView::isTrue(const QString &type) const
{
    const auto c = condition(type);
    return c && c->isTrue();
}

QString WorkloadView::clusterQueue() const
{
    return str(status().value(QLatin1String("admission")).toObject(), "clusterQueue");
}

QList<PodSetAssignment> WorkloadView::podSetAssignments() const
{
    QList<PodSetAssignment> out;
    const QJsonArray a = status()
                             .value(QLatin1String("admission"))
                             .toObject()
                             .value(QLatin1String("podSetAssignments"))
                             .toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out.append(PodSetAssignment{
            str(o, "name"), stringMap(o.value(QLatin1String("flavors")).toObject()),
            o.value(QLatin1String("count")).toInt(),
            resourceListOf(o.value(QLatin1String("resourceUsage")).toObject())});
    }
    return out;
}

std::optional<OwnerReference> WorkloadView::owner() const
{
    const auto refs = ownerReferencesOf(metadata());
    if (refs.isEmpty())
        return std::nullopt;
    for (const OwnerReference &o : refs) {
        if (o.controller)
            return o;
    }
    return refs.first();
}

// --- Queues --------------------------------------------------------------------------------

double FlavorUsage::total(const QString &resource) const
{
    for (const ResourceUsage &r : resources) {
        if (r.name == resource)
            return r.total;
    }
    return 0;
}

QList<FlavorUsage> flavorUsageOf(const QJsonArray &usage)
{
    QList<FlavorUsage> out;
    for (const QJsonValue &v : usage) {
        const QJsonObject f = v.toObject();
        FlavorUsage fu{str(f, "name"), {}};
        for (const QJsonValue &r : f.value(QLatin1String("resources")).toArray()) {
            const QJsonObject o = r.toObject();
            fu.resources.append(ResourceUsage{str(o, "name"),
                                              quantityOf(o.value(QLatin1String("total"))),
                                              quantityOf(o.value(QLatin1String("borrowed")))});
        }
        out.append(fu);
    }
    return out;
}

QList<ResourceGroup> ClusterQueueView::resourceGroups() const
{
    QList<ResourceGroup> out;
    for (const QJsonValue &g : spec().value(QLatin1String("resourceGroups")).toArray()) {
        const QJsonObject go = g.toObject();
        ResourceGroup group;
        for (const QJsonValue &r : go.value(QLatin1String("coveredResources")).toArray())
            group.coveredResources << r.toString();
        for (const QJsonValue &f : go.value(QLatin1String("flavors")).toArray()) {
            const QJsonObject fo = f.toObject();
            FlavorQuotas fq{str(fo, "name"), {}};
            for (const QJsonValue &r : fo.value(QLatin1String("resources")).toArray()) {
                const QJsonObject ro = r.toObject();
                ResourceQuota q{str(ro, "name"),
                                quantityOf(ro.value(QLatin1String("nominalQuota"))), std::nullopt,
                                std::nullopt};
                if (ro.contains(QLatin1String("borrowingLimit")))
                    q.borrowingLimit = quantityOf(ro.value(QLatin1String("borrowingLimit")));
                if (ro.contains(QLatin1String("lendingLimit")))
                    q.lendingLimit = quantityOf(ro.value(QLatin1String("lendingLimit")));
                fq.resources.append(q);
            }
            group.flavors.append(fq);
        }
        out.append(group);
    }
    return out;
}

double ClusterQueueView::nominalQuota(const QString &flavor, const QString &resource) const
{
    for (const ResourceGroup &g : resourceGroups()) {
        for (const FlavorQuotas &f : g.flavors) {
            if (f.flavor != flavor)
                continue;
            for (const ResourceQuota &q : f.resources) {
                if (q.name == resource)
                    return q.nominal;
            }
        }
    }
    return 0;
}

QueueCounters ClusterQueueView::counters() const
{
    const QJsonObject s = status();
    return {counter(s, "pendingWorkloads"), counter(s, "reservingWorkloads"),
            counter(s, "admittedWorkloads")};
}

QList<FlavorUsage> ClusterQueueView::flavorsUsage() const
{
    return flavorUsageOf(status().value(QLatin1String("flavorsUsage")).toArray());
}

QList<FlavorUsage> ClusterQueueView::flavorsReservation() const
{
    return flavorUsageOf(status().value(QLatin1String("flavorsReservation")).toArray());
}

bool ClusterQueueView::isActive() const
{
    const auto c = findCondition(conditions(), QStringLiteral("Active"));
    return !c || c->isTrue(); // no condition yet: assume active
}

QueueCounters LocalQueueView::counters() const
{
    const QJsonObject s = status();
    return {counter(s, "pendingWorkloads"), counter(s, "reservingWorkloads"),
            counter(s, "admittedWorkloads")};
}

QList<FlavorUsage> LocalQueueView::flavorUsage() const
{
    const QJsonObject s = status();
    if (s.contains(QLatin1String("flavorUsage")))
        return flavorUsageOf(s.value(QLatin1String("flavorUsage")).toArray());
    return flavorUsageOf(s.value(QLatin1String("flavorsUsage")).toArray());
}

// --- ResourceFlavor --------------------------------------------------------------------------

QMap<QString, QString> ResourceFlavorView::nodeLabels() const
{
    return stringMap(spec().value(QLatin1String("nodeLabels")).toObject());
}

QList<Taint> ResourceFlavorView::nodeTaints() const
{
    return taintsOf(spec().value(QLatin1String("nodeTaints")).toArray());
}

QList<Toleration> ResourceFlavorView::tolerations() const
{
    QList<Toleration> out;
    for (const QJsonValue &v : spec().value(QLatin1String("tolerations")).toArray()) {
        const QJsonObject t = v.toObject();
        out.append(
            Toleration{str(t, "key"), str(t, "operator"), str(t, "value"), str(t, "effect")});
    }
    return out;
}

// --- Event ---------------------------------------------------------------------------------

int EventView::count() const
{
    const QJsonObject series = m_json.value(QLatin1String("series")).toObject();
    if (series.contains(QLatin1String("count")))
        return series.value(QLatin1String("count")).toInt();
    return m_json.value(QLatin1String("count")).toInt(1);
}

ObjectReference EventView::involvedObject() const
{
    QJsonObject o = m_json.value(QLatin1String("involvedObject")).toObject();
    if (o.isEmpty())
        o = m_json.value(QLatin1String("regarding")).toObject(); // events.k8s.io/v1
    return ObjectReference{str(o, "kind"), str(o, "namespace"), str(o, "name"), str(o, "uid"),
                           str(o, "fieldPath")};
}

QString EventView::sourceComponent() const
{
    const QString c = str(m_json.value(QLatin1String("source")).toObject(), "component");
    if (!c.isEmpty())
        return c;
    const QString rc = str(m_json, "reportingComponent");
    return rc.isEmpty() ? str(m_json, "reportingController") : rc;
}

QDateTime EventView::lastTimestamp() const
{
    for (const QDateTime &t :
         {timeOf(m_json, "lastTimestamp"),
          timeOf(m_json.value(QLatin1String("series")).toObject(), "lastObservedTime"),
          timeOf(m_json, "eventTime"), timeOf(m_json, "firstTimestamp")}) {
        if (t.isValid())
            return t;
    }
    return creationTimestamp();
}

QDateTime EventView::firstTimestamp() const
{
    for (const QDateTime &t : {timeOf(m_json, "firstTimestamp"), timeOf(m_json, "eventTime")}) {
        if (t.isValid())
            return t;
    }
    return creationTimestamp();
}

} // namespace plancia::kube
