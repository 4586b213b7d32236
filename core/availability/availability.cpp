#include "availability.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace plancia::availability {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> m;
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

QString keyOf(const QJsonObject &object)
{
    const QJsonObject md = obj(object, "metadata");
    const QString ns = str(md, "namespace");
    return ns.isEmpty() ? str(md, "name") : ns + QLatin1Char('/') + str(md, "name");
}

std::optional<QJsonObject> condition(const QJsonObject &status, const QString &type)
{
    for (const QJsonValue &v : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("type")).toString() == type)
            return c;
    }
    return std::nullopt;
}

bool conditionTrue(const QJsonObject &status, const QString &type)
{
    const auto c = condition(status, type);
    return c && c->value(QLatin1String("status")).toString() == QLatin1String("True");
}

// The first label or annotation whose key ends with one of `suffixes` ("/server", ...).
QString bySuffix(const QMap<QString, QString> &labels, const QMap<QString, QString> &annotations,
                 const QStringList &suffixes)
{
    for (const auto *map : {&labels, &annotations}) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            for (const QString &s : suffixes) {
                if (it.key().endsWith(s) && !it.value().isEmpty())
                    return it.value();
            }
        }
    }
    return {};
}

bool isVirtualNode(const QMap<QString, QString> &labels)
{
    const QString vk = QStringLiteral("virtual-kubelet");
    return labels.value(QStringLiteral("virtual-node.interlink/type")) == vk ||
           labels.value(QStringLiteral("type")) == vk;
}

// Requests of one container: requests, with limits standing in for what is not requested (as
// the API server defaults them).
QHash<QString, double> containerRequests(const QJsonObject &container)
{
    const QJsonObject res = obj(container, "resources");
    QHash<QString, double> out;
    const QJsonObject limits = obj(res, "limits");
    for (auto it = limits.begin(); it != limits.end(); ++it)
        out.insert(it.key(), quantityValue(it.value().toString()));
    const QJsonObject requests = obj(res, "requests");
    for (auto it = requests.begin(); it != requests.end(); ++it)
        out.insert(it.key(), quantityValue(it.value().toString()));
    return out;
}

// The pod's effective requests: the sum over containers, or the largest init container.
QHash<QString, double> podRequests(const QJsonObject &spec)
{
    QHash<QString, double> sum;
    for (const QJsonValue &c : spec.value(QLatin1String("containers")).toArray()) {
        const auto r = containerRequests(c.toObject());
        for (auto it = r.begin(); it != r.end(); ++it)
            sum[it.key()] += it.value();
    }
    for (const QJsonValue &c : spec.value(QLatin1String("initContainers")).toArray()) {
        const auto r = containerRequests(c.toObject());
        for (auto it = r.begin(); it != r.end(); ++it)
            sum[it.key()] = std::max(sum.value(it.key()), it.value());
    }
    return sum;
}

int rounded(double v)
{
    return int(std::lround(v));
}

QList<FlavorUsage> flavorUsage(const QJsonArray &array)
{
    QList<FlavorUsage> out;
    for (const QJsonValue &fv : array) {
        const QJsonObject f = fv.toObject();
        FlavorUsage u;
        u.flavor = str(f, "name");
        for (const QJsonValue &rv : f.value(QLatin1String("resources")).toArray()) {
            const QJsonObject r = rv.toObject();
            FlavorUsage::Resource res;
            res.name = str(r, "name");
            res.used = quantityValue(r.value(QLatin1String("total")).toVariant().toString());
            res.borrowed = quantityValue(r.value(QLatin1String("borrowed")).toVariant().toString());
            u.resources << res;
        }
        out << u;
    }
    return out;
}

void fillCounters(QueueStatus &q, const QJsonObject &status)
{
    q.pending = status.value(QLatin1String("pendingWorkloads")).toInt();
    q.reserving = status.value(QLatin1String("reservingWorkloads")).toInt();
    q.admitted = status.value(QLatin1String("admittedWorkloads")).toInt();
    if (const auto c = condition(status, QStringLiteral("Active")))
        q.active = c->value(QLatin1String("status")).toString() == QLatin1String("True");
}

} // namespace

const char *usageSourceKey(UsageSource source)
{
    switch (source) {
    case UsageSource::Kubernetes:
        return "kubernetes";
    case UsageSource::Prometheus:
        return "prometheus";
    case UsageSource::Unknown:
        return "unknown";
    }
    return "unknown";
}

double quantityValue(const QString &quantity)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*"
                       "(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?\\s*$"));
    const auto m = re.match(quantity);
    if (!m.hasMatch())
        return 0;
    double v = m.captured(1).toDouble();
    const QString suffix = m.captured(2);
    static const QHash<QString, double> factors{
        {QStringLiteral("Ki"), 1024.0},
        {QStringLiteral("Mi"), std::pow(1024.0, 2)},
        {QStringLiteral("Gi"), std::pow(1024.0, 3)},
        {QStringLiteral("Ti"), std::pow(1024.0, 4)},
        {QStringLiteral("Pi"), std::pow(1024.0, 5)},
        {QStringLiteral("Ei"), std::pow(1024.0, 6)},
        {QStringLiteral("n"), 1e-9},
        {QStringLiteral("u"), 1e-6},
        {QStringLiteral("m"), 1e-3},
        {QStringLiteral("k"), 1e3},
        {QStringLiteral("M"), 1e6},
        {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12},
        {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18},
    };
    if (!suffix.isEmpty())
        v *= factors.value(suffix, 1.0);
    return v;
}

const ModelAvailability *Snapshot::model(const QString &id) const
{
    for (const ModelAvailability &m : models) {
        if (m.model.id == id)
            return &m;
    }
    return nullptr;
}

void Calculator::setNode(const QJsonObject &json)
{
    const QJsonObject md = obj(json, "metadata");
    const QJsonObject status = obj(json, "status");
    const auto labels = stringMap(obj(md, "labels"));
    const auto annotations = stringMap(obj(md, "annotations"));
    Node n;
    NodeResources &info = n.info;
    info.name = str(md, "name");
    info.isVirtual = isVirtualNode(labels);
    info.ready = conditionTrue(status, QStringLiteral("Ready"));
    info.schedulable = !obj(json, "spec").value(QLatin1String("unschedulable")).toBool();
    info.server = bySuffix(labels, annotations,
                           {QStringLiteral("/server"), QStringLiteral("/physical-server"),
                            QStringLiteral("/hypervisor")});
    const QString rolePrefix = QStringLiteral("node-role.kubernetes.io/");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(rolePrefix))
            info.roles << it.key().mid(rolePrefix.size());
    }
    if (info.isVirtual)
        info.roles << QStringLiteral("virtual");
    const QJsonObject alloc = obj(status, "allocatable");
    info.cpuAllocatable = quantityValue(str(alloc, "cpu"));
    info.memoryAllocatable = quantityValue(str(alloc, "memory"));
    for (auto it = alloc.begin(); it != alloc.end(); ++it) {
        if (!isAcceleratorResource(it.key()))
            continue;
        const double count = quantityValue(it.value().toString());
        n.allocatable.insert(it.key(), count);
        NodeResources::Accelerator a;
        a.model = modelForResource(it.key(), labels, m_names);
        a.resource = it.key();
        a.total = rounded(count);
        info.accelerators << a;
    }
    std::sort(info.accelerators.begin(), info.accelerators.end(),
              [](const auto &a, const auto &b) { return a.model.name < b.model.name; });
    if (info.isVirtual) {
        OffloadSite &s = n.site;
        s.node = info.name;
        s.name = bySuffix(labels, {}, {QStringLiteral("/site")});
        if (s.name.isEmpty())
            s.name = info.name;
        s.plugin = bySuffix(labels, {}, {QStringLiteral("/plugin")});
        auto link = condition(status, QStringLiteral("InterlinkConnectivity"));
        if (!link)
            link = condition(status, QStringLiteral("Ready"));
        if (link) {
            s.ready = link->value(QLatin1String("status")).toString() == QLatin1String("True");
            s.reason = link->value(QLatin1String("reason")).toString();
            s.message = link->value(QLatin1String("message")).toString();
        }
        s.cpu = info.cpuAllocatable;
        s.memory = info.memoryAllocatable;
        for (const auto &a : std::as_const(info.accelerators))
            s.accelerators.append({a.model.name, a.total});
    }
    m_nodes.insert(info.name, n);
}

void Calculator::removeNode(const QJsonObject &node)
{
    m_nodes.remove(str(obj(node, "metadata"), "name"));
}

Calculator::Pod Calculator::podRecord(const QJsonObject &json)
{
    const QJsonObject md = obj(json, "metadata");
    const QJsonObject spec = obj(json, "spec");
    const QString phase = str(obj(json, "status"), "phase");
    Pod p;
    p.namespaceName = str(md, "namespace");
    const QString node = str(spec, "nodeName");
    const bool finished = phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed");
    p.holds = !node.isEmpty() && !finished;
    p.running = phase == QLatin1String("Running");
    p.pending = !finished && !p.running;
    if (p.holds) {
        p.node = node;
        p.requests = podRequests(spec);
    }
    const QJsonObject labels = obj(md, "labels");
    p.session =
        labels.value(QLatin1String("component")).toString() == QLatin1String("singleuser-server") ||
        obj(md, "annotations").contains(QLatin1String("hub.jupyter.org/username"));
    p.job = labels.contains(QLatin1String("job-name")) ||
            labels.contains(QLatin1String("batch.kubernetes.io/job-name"));
    for (const QJsonValue &o : md.value(QLatin1String("ownerReferences")).toArray()) {
        if (o.toObject().value(QLatin1String("kind")).toString() == QLatin1String("Job"))
            p.job = true;
    }
    return p;
}

void Calculator::account(const Pod &pod, int sign)
{
    if (!pod.holds)
        return;
    Usage &u = m_usage[pod.node];
    const bool own = !m_userNamespace.isEmpty() && pod.namespaceName == m_userNamespace;
    for (auto it = pod.requests.begin(); it != pod.requests.end(); ++it) {
        u.requested[it.key()] += sign * it.value();
        if (own)
            u.ownRequested[it.key()] += sign * it.value();
    }
    u.pods += sign;
    if (own)
        u.userPods += sign;
}

void Calculator::accountUser(const Pod &pod, int sign)
{
    if (m_userNamespace.isEmpty() || pod.namespaceName != m_userNamespace)
        return;
    if (pod.running && pod.session)
        m_user.sessions += sign;
    if (pod.running && pod.job)
        m_user.jobPods += sign;
    if (pod.pending)
        m_user.pendingPods += sign;
}

void Calculator::setPod(const QJsonObject &json)
{
    const QString key = keyOf(json);
    auto it = m_pods.find(key);
    if (it != m_pods.end()) {
        account(*it, -1);
        accountUser(*it, -1);
    }
    const Pod p = podRecord(json);
    account(p, +1);
    accountUser(p, +1);
    m_pods.insert(key, p);
}

void Calculator::removePod(const QJsonObject &json)
{
    const auto it = m_pods.find(keyOf(json));
    if (it == m_pods.end())
        return;
    account(*it, -1);
    accountUser(*it, -1);
    m_pods.erase(it);
}

void Calculator::clearPods()
{
    m_pods.clear();
    m_usage.clear();
    m_user = {};
}

void Calculator::setClusterQueue(const QJsonObject &json)
{
    QueueStatus q;
    q.kind = QueueStatus::Kind::Cluster;
    q.name = str(obj(json, "metadata"), "name");
    const QJsonObject spec = obj(json, "spec");
    q.cohort = str(spec, "cohort");
    const QJsonObject status = obj(json, "status");
    fillCounters(q, status);
    q.flavors = flavorUsage(status.value(QLatin1String("flavorsUsage")).toArray());
    // Nominal quotas from the spec, per flavor and resource; flavors without use are listed too.
    for (const QJsonValue &gv : spec.value(QLatin1String("resourceGroups")).toArray()) {
        for (const QJsonValue &fv : gv.toObject().value(QLatin1String("flavors")).toArray()) {
            const QJsonObject f = fv.toObject();
            const QString name = str(f, "name");
            auto fit = std::find_if(q.flavors.begin(), q.flavors.end(),
                                    [&](const FlavorUsage &u) { return u.flavor == name; });
            if (fit == q.flavors.end()) {
                q.flavors.append(FlavorUsage{name, {}});
                fit = q.flavors.end() - 1;
            }
            for (const QJsonValue &rv : f.value(QLatin1String("resources")).toArray()) {
                const QJsonObject r = rv.toObject();
                const QString rname = str(r, "name");
                const double nominal =
                    quantityValue(r.value(QLatin1String("nominalQuota")).toVariant().toString());
                auto rit = std::find_if(fit->resources.begin(), fit->resources.end(),
                                        [&](const auto &x) { return x.name == rname; });
                if (rit == fit->resources.end())
                    fit->resources.append({rname, 0, 0, nominal});
                else
                    rit->nominal = nominal;
            }
        }
    }
    m_clusterQueues.insert(q.name, q);
}

void Calculator::removeClusterQueue(const QJsonObject &queue)
{
    m_clusterQueues.remove(str(obj(queue, "metadata"), "name"));
}

void Calculator::setLocalQueue(const QJsonObject &json)
{
    QueueStatus q;
    q.kind = QueueStatus::Kind::Local;
    const QJsonObject md = obj(json, "metadata");
    q.name = str(md, "name");
    q.namespaceName = str(md, "namespace");
    q.clusterQueue = str(obj(json, "spec"), "clusterQueue");
    const QJsonObject status = obj(json, "status");
    fillCounters(q, status);
    // v1beta1 spells it flavorUsage on LocalQueues; accept the ClusterQueue spelling too.
    QJsonArray usage = status.value(QLatin1String("flavorUsage")).toArray();
    if (usage.isEmpty())
        usage = status.value(QLatin1String("flavorsUsage")).toArray();
    q.flavors = flavorUsage(usage);
    m_localQueues.insert(q.namespaceName + QLatin1Char('/') + q.name, q);
}

void Calculator::removeLocalQueue(const QJsonObject &queue)
{
    m_localQueues.remove(keyOf(queue));
}

void Calculator::setAllocation(std::optional<QList<AllocationSample>> samples)
{
    m_allocation = std::move(samples);
}

} // namespace plancia::availability
