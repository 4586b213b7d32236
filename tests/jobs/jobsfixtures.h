#pragma once

// Fixtures for the core/jobs tests: a ClusterCatalog from the sandbox's fleet.json (flavors,
// cluster queues, nodes and virtual nodes as the simulator serves them) and a notebook pod as
// KubeSpawner makes it.

#include "jobs/clustercatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plancia::test {

inline QJsonObject fleetJson()
{
    QFile f(QStringLiteral(PLANCIA_FLEET_JSON));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject nodeFromFleet(const QJsonObject &n, bool isVirtual)
{
    QJsonObject alloc{
        {QStringLiteral("cpu"), QString::number(n.value(QLatin1String("cpu")).toInt())},
        {QStringLiteral("memory"), n.value(QLatin1String("memory")).toString()},
        {QStringLiteral("pods"), QStringLiteral("110")}};
    QJsonObject labels = n.value(QLatin1String("labels")).toObject();
    for (const QJsonValue &a : n.value(QLatin1String("accelerators")).toArray()) {
        const QJsonObject ao = a.toObject();
        const QString res = ao.value(QLatin1String("resource")).toString();
        const int have = alloc.value(res).toString().toInt();
        alloc.insert(res, QString::number(have + ao.value(QLatin1String("count")).toInt()));
        if (isVirtual) {
            const QJsonObject l = ao.value(QLatin1String("labels")).toObject();
            for (auto it = l.begin(); it != l.end(); ++it)
                labels.insert(it.key(), it.value());
        }
    }
    QJsonArray conditions{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                    {QStringLiteral("status"), n.value(QLatin1String("connected")).toBool(true)
                                                   ? QStringLiteral("True")
                                                   : QStringLiteral("Unknown")}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), n.value(QLatin1String("name"))},
                     {QStringLiteral("labels"), labels}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("taints"), n.value(QLatin1String("taints"))}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("allocatable"), alloc},
                                               {QStringLiteral("capacity"), alloc},
                                               {QStringLiteral("conditions"), conditions}}}};
}

// The catalog the simulator would give user-mrossi (namespace user-mrossi, cq-research).
inline jobs::ClusterCatalog fleetCatalog()
{
    const QJsonObject fleet = fleetJson();
    const QJsonObject kueue = fleet.value(QLatin1String("kueue")).toObject();
    jobs::ClusterCatalog c;
    c.namespaceName = QStringLiteral("user-mrossi");
    for (const QJsonValue &v : kueue.value(QLatin1String("resourceFlavors")).toArray()) {
        QJsonObject f = v.toObject();
        const QString name = f.take(QStringLiteral("name")).toString();
        c.flavors.append(
            QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                        {QStringLiteral("spec"), f}});
    }
    for (const QJsonValue &v : kueue.value(QLatin1String("clusterQueues")).toArray()) {
        QJsonObject q = v.toObject();
        const QString name = q.take(QStringLiteral("name")).toString();
        c.clusterQueues.append(
            QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                        {QStringLiteral("spec"), q}});
    }
    for (const QJsonValue &v : kueue.value(QLatin1String("localQueues")).toArray()) {
        const QJsonObject q = v.toObject();
        if (!q.value(QLatin1String("forGroups"))
                 .toArray()
                 .contains(QStringLiteral("ml-infn-users")))
            continue;
        c.localQueues.append(QJsonObject{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), q.value(QLatin1String("name"))},
                         {QStringLiteral("namespace"), c.namespaceName}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("clusterQueue"),
                                                  q.value(QLatin1String("clusterQueue"))}}}});
    }
    for (const QJsonValue &v : fleet.value(QLatin1String("nodes")).toArray())
        c.nodes.append(nodeFromFleet(v.toObject(), false));
    for (const QJsonValue &v : fleet.value(QLatin1String("virtualNodes")).toArray())
        c.nodes.append(nodeFromFleet(v.toObject(), true));
    for (const QJsonValue &v : fleet.value(QLatin1String("priorityClasses")).toArray()) {
        const QJsonObject p = v.toObject();
        c.priorityClasses.append(
            QJsonObject{{QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("name"), p.value(QLatin1String("name"))}}},
                        {QStringLiteral("value"), p.value(QLatin1String("value"))}});
    }
    return c;
}

// A running notebook as KubeSpawner makes it (the sandbox seed's shape): an A100 MIG slice.
inline QJsonObject notebookPod()
{
    const QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("notebook")},
        {QStringLiteral("image"),
         QStringLiteral("harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cuda")},
        {QStringLiteral("command"), QJsonArray{QStringLiteral("jupyterhub-singleuser"),
                                               QStringLiteral("--ServerApp.ip=0.0.0.0")}},
        {QStringLiteral("env"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("JUPYTERHUB_USER")},
                         {QStringLiteral("value"), QStringLiteral("mrossi")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("JUPYTERHUB_API_TOKEN")},
                         {QStringLiteral("value"), QStringLiteral("not-for-jobs")}},
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("WANDB_KEY")},
                 {QStringLiteral("valueFrom"),
                  QJsonObject{{QStringLiteral("secretKeyRef"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("wandb")},
                                           {QStringLiteral("key"), QStringLiteral("key")}}}}}}}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("limits"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("2")},
                                  {QStringLiteral("memory"), QStringLiteral("4G")},
                                  {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}},
                     {QStringLiteral("requests"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("2")},
                                  {QStringLiteral("memory"), QStringLiteral("4G")},
                                  {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}}}},
        {QStringLiteral("volumeMounts"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("home")},
                                {QStringLiteral("mountPath"), QStringLiteral("/home/mrossi")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("shared")},
                                {QStringLiteral("mountPath"), QStringLiteral("/shared")}}}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("jupyter-mrossi")},
             {QStringLiteral("namespace"), QStringLiteral("user-mrossi")},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("app"), QStringLiteral("jupyterhub")},
                          {QStringLiteral("component"), QStringLiteral("singleuser-server")},
                          {QStringLiteral("hub.jupyter.org/servername"), QString()},
                          {QStringLiteral("hub.jupyter.org/username"), QStringLiteral("mrossi")}}},
             {QStringLiteral("annotations"),
              QJsonObject{
                  {QStringLiteral("hub.jupyter.org/username"), QStringLiteral("mrossi")}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("containers"), QJsonArray{container}},
             {QStringLiteral("restartPolicy"), QStringLiteral("OnFailure")},
             {QStringLiteral("nodeSelector"),
              QJsonObject{{QStringLiteral("nvidia.com/gpu.product"),
                           QStringLiteral("NVIDIA-A100-80GB-PCIe-MIG-1g.10gb")}}},
             {QStringLiteral("tolerations"),
              QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("nvidia.com/gpu")},
                                     {QStringLiteral("operator"), QStringLiteral("Exists")},
                                     {QStringLiteral("effect"), QStringLiteral("NoSchedule")}},
                         QJsonObject{{QStringLiteral("key"),
                                      QStringLiteral("node.kubernetes.io/not-ready")},
                                     {QStringLiteral("operator"), QStringLiteral("Exists")},
                                     {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                                     {QStringLiteral("tolerationSeconds"), 300}}}},
             {QStringLiteral("volumes"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("home")},
                                     {QStringLiteral("persistentVolumeClaim"),
                                      QJsonObject{{QStringLiteral("claimName"),
                                                   QStringLiteral("claim-mrossi")}}}},
                         QJsonObject{
                             {QStringLiteral("name"), QStringLiteral("shared")},
                             {QStringLiteral("nfs"),
                              QJsonObject{{QStringLiteral("server"), QStringLiteral("hub-storage")},
                                          {QStringLiteral("path"),
                                           QStringLiteral("/exports/shared")}}}}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}}}};
}

} // namespace plancia::test
