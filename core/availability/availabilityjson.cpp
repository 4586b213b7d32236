#include "availabilityjson.h"

#include <QJsonArray>

namespace plancia::availability {

namespace {

QJsonValue count(int n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QJsonObject modelJson(const ModelAvailability &m)
{
    QJsonArray nodes;
    for (const NodeShare &n : m.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("node"), n.node},
                                 {QStringLiteral("total"), n.total},
                                 {QStringLiteral("used"), count(n.used)},
                                 {QStringLiteral("free"), n.used < 0 ? QJsonValue() : n.free()},
                                 {QStringLiteral("schedulable"), n.schedulable}});
    }
    QJsonObject o{{QStringLiteral("model"), m.model.id},
                  {QStringLiteral("name"), m.model.name},
                  {QStringLiteral("kind"), QLatin1String(kindKey(m.model.kind))},
                  {QStringLiteral("resource"), m.resource},
                  {QStringLiteral("total"), m.total},
                  {QStringLiteral("used"), count(m.used)},
                  {QStringLiteral("free"), count(m.free())},
                  {QStringLiteral("unavailable"), m.unavailable},
                  {QStringLiteral("yours"), m.ownUsed},
                  {QStringLiteral("source"), QLatin1String(usageSourceKey(m.source))},
                  {QStringLiteral("nodes"), nodes}};
    if (!m.model.parentId.isEmpty())
        o.insert(QStringLiteral("parent"), m.model.parentId);
    if (!m.model.migProfile.isEmpty())
        o.insert(QStringLiteral("migProfile"), m.model.migProfile);
    return o;
}

QJsonObject nodeJson(const NodeResources &n)
{
    QJsonArray acc;
    for (const auto &a : n.accelerators) {
        acc.append(QJsonObject{{QStringLiteral("model"), a.model.id},
                               {QStringLiteral("name"), a.model.name},
                               {QStringLiteral("resource"), a.resource},
                               {QStringLiteral("total"), a.total},
                               {QStringLiteral("used"), count(a.used)}});
    }
    QJsonObject o{{QStringLiteral("name"), n.name},
                  {QStringLiteral("ready"), n.ready},
                  {QStringLiteral("schedulable"), n.schedulable},
                  {QStringLiteral("virtual"), n.isVirtual},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(n.roles)},
                  {QStringLiteral("cpu"), n.cpuAllocatable},
                  {QStringLiteral("cpuRequested"), n.cpuRequested},
                  {QStringLiteral("memoryBytes"), n.memoryAllocatable},
                  {QStringLiteral("memoryRequestedBytes"), n.memoryRequested},
                  {QStringLiteral("pods"), n.pods},
                  {QStringLiteral("accelerators"), acc}};
    if (!n.server.isEmpty())
        o.insert(QStringLiteral("server"), n.server);
    return o;
}

QJsonObject siteJson(const OffloadSite &s)
{
    QJsonArray acc;
    for (const auto &a : s.accelerators)
        acc.append(
            QJsonObject{{QStringLiteral("name"), a.first}, {QStringLiteral("count"), a.second}});
    return QJsonObject{
        {QStringLiteral("name"), s.name},        {QStringLiteral("node"), s.node},
        {QStringLiteral("plugin"), s.plugin},    {QStringLiteral("ready"), s.ready},
        {QStringLiteral("reason"), s.reason},    {QStringLiteral("message"), s.message},
        {QStringLiteral("cpu"), s.cpu},          {QStringLiteral("memoryBytes"), s.memory},
        {QStringLiteral("accelerators"), acc},   {QStringLiteral("pods"), s.pods},
        {QStringLiteral("yourPods"), s.userPods}};
}

QJsonObject queueJson(const QueueStatus &q)
{
    QJsonArray flavors;
    for (const FlavorUsage &f : q.flavors) {
        QJsonArray res;
        for (const auto &r : f.resources) {
            QJsonObject ro{{QStringLiteral("name"), r.name},
                           {QStringLiteral("used"), r.used},
                           {QStringLiteral("borrowed"), r.borrowed}};
            if (r.nominal >= 0)
                ro.insert(QStringLiteral("nominal"), r.nominal);
            res.append(ro);
        }
        flavors.append(
            QJsonObject{{QStringLiteral("flavor"), f.flavor}, {QStringLiteral("resources"), res}});
    }
    const bool cluster = q.kind == QueueStatus::Kind::Cluster;
    QJsonObject o{{QStringLiteral("name"), q.name},
                  {QStringLiteral("kind"),
                   cluster ? QStringLiteral("ClusterQueue") : QStringLiteral("LocalQueue")},
                  {QStringLiteral("pending"), q.pending},
                  {QStringLiteral("reserving"), q.reserving},
                  {QStringLiteral("admitted"), q.admitted},
                  {QStringLiteral("active"), q.active},
                  {QStringLiteral("flavors"), flavors}};
    if (cluster) {
        o.insert(QStringLiteral("cohort"), q.cohort);
    } else {
        o.insert(QStringLiteral("namespace"), q.namespaceName);
        o.insert(QStringLiteral("clusterQueue"), q.clusterQueue);
    }
    return o;
}

QString scopeKey(PodScope scope)
{
    switch (scope) {
    case PodScope::All:
        return QStringLiteral("all");
    case PodScope::OwnNamespace:
        return QStringLiteral("own-namespace");
    case PodScope::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace

QJsonObject toJson(const Snapshot &s)
{
    QJsonArray models, nodes, sites, queues, disagreements;
    for (const auto &m : s.models)
        models.append(modelJson(m));
    for (const auto &n : s.nodes)
        nodes.append(nodeJson(n));
    for (const auto &site : s.sites)
        sites.append(siteJson(site));
    for (const auto &q : s.queues)
        queues.append(queueJson(q));
    for (const auto &d : s.disagreements) {
        disagreements.append(QJsonObject{{QStringLiteral("node"), d.node},
                                         {QStringLiteral("model"), d.model},
                                         {QStringLiteral("resource"), d.resource},
                                         {QStringLiteral("kubernetes"), d.kubernetes},
                                         {QStringLiteral("prometheus"), d.prometheus}});
    }
    return QJsonObject{
        {QStringLiteral("models"), models},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("sites"), sites},
        {QStringLiteral("queues"), queues},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("sessions"), s.user.sessions},
                                             {QStringLiteral("jobPods"), s.user.jobPods},
                                             {QStringLiteral("pendingPods"), s.user.pendingPods},
                                             {QStringLiteral("offloadedPods"), s.user.offloaded}}},
        {QStringLiteral("podScope"), scopeKey(s.podScope)},
        {QStringLiteral("prometheus"), s.prometheusAvailable},
        {QStringLiteral("disagreements"), disagreements},
        {QStringLiteral("computedAt"), s.computedAt.toString(Qt::ISODate)},
    };
}

} // namespace plancia::availability
