#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace plancia::kube {

// Kubernetes objects are kept as the server sent them (QJsonObject: Qt's compact binary form
// shares data on copy, so a cache of 20,000 objects is cheap to hand out), and read through thin
// typed views that never copy the JSON. Why QJson and not nlohmann_json in core/kube: the
// objects end up in Qt models and signals, and QJsonObject's implicit sharing makes a list and
// watch cache's snapshots free; nlohmann's value semantics would deep-copy on every hand-out.

// What to list and watch: group/version/resource (plural) and whether it lives in namespaces.
struct ResourceKind
{
    QString group; // "" for the core API
    QString version;
    QString resource; // plural, as in the URL
    QString kind;
    bool namespaced = true;

    // /api/v1/... or /apis/<group>/<version>/...; `ns` empty: all namespaces (or cluster-scoped).
    QString collectionPath(const QString &ns = {}) const;
    QString objectPath(const QString &ns, const QString &name) const;
    // "pods" or "jobs.batch" (for keys and logs).
    QString key() const;

    static ResourceKind nodes();
    static ResourceKind namespaces();
    static ResourceKind pods();
    static ResourceKind events();
    static ResourceKind jobs();
    static ResourceKind workloads();       // kueue.x-k8s.io/v1beta1
    static ResourceKind localQueues();     // kueue.x-k8s.io/v1beta1
    static ResourceKind clusterQueues();   // kueue.x-k8s.io/v1beta1
    static ResourceKind resourceFlavors(); // kueue.x-k8s.io/v1beta1
};

// Metadata every object has.
class ObjectView
{
public:
    explicit ObjectView(const QJsonObject &json)
        : m_json(json)
    {}
    const QJsonObject &json() const { return m_json; }
    QJsonObject metadata() const { return m_json.value(QLatin1String("metadata")).toObject(); }
    QJsonObject spec() const { return m_json.value(QLatin1String("spec")).toObject(); }
    QJsonObject status() const { return m_json.value(QLatin1String("status")).toObject(); }
    QString name() const;
    QString namespaceName() const;
    QString uid() const;
    QString resourceVersion() const;
    QDateTime creationTimestamp() const;
    bool isBeingDeleted() const;
    QMap<QString, QString> labels() const;
    QMap<QString, QString> annotations() const;
    QString label(const QString &key) const;
    QString annotation(const QString &key) const;
    // "namespace/name", or "name" for cluster-scoped objects: the informer's key.
    QString key() const;

protected:
    QJsonObject m_json; // shared with the cache, not copied
};

// Kubernetes quantities ("500m", "4Gi", "2", "1.5"): cores, bytes or counts as doubles.
double parseQuantity(const QString &quantity, bool *ok = nullptr);

// One condition of status.conditions[].
struct Condition
{
    QString type;
    QString status; // "True", "False", "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;
    bool isTrue() const { return status == QLatin1String("True"); }
};
QList<Condition> conditionsOf(const QJsonObject &status);

} // namespace plancia::kube
