#include "kube/kubeobject.h"

#include <QUrl>

#include <cmath>
#include <optional>

namespace plancia::kube {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QMap<QString, QString> stringMap(const QJsonObject &object)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

ResourceKind make(const char *group, const char *version, const char *resource, const char *kind,
                  bool namespaced)
{
    return ResourceKind{QString::fromLatin1(group), QString::fromLatin1(version),
                        QString::fromLatin1(resource), QString::fromLatin1(kind), namespaced};
}

// The multiplier of a quantity's suffix (Kubernetes resource.Quantity: binary SI, decimal SI);
// nullopt for an unknown suffix.
std::optional<double> suffixFactor(QStringView suffix)
{
    struct Suffix
    {
        const char *text;
        double factor;
    };
    static const Suffix table[] = {
        {"", 1.0},
        {"n", 1e-9},
        {"u", 1e-6},
        {"m", 1e-3},
        {"k", 1e3},
        {"M", 1e6},
        {"G", 1e9},
        {"T", 1e12},
        {"P", 1e15},
        {"E", 1e18},
        {"Ki", 1024.0},
        {"Mi", std::pow(1024.0, 2)},
        {"Gi", std::pow(1024.0, 3)},
        {"Ti", std::pow(1024.0, 4)},
        {"Pi", std::pow(1024.0, 5)},
        {"Ei", std::pow(1024.0, 6)},
    };
    for (const Suffix &s : table) {
        if (suffix == QLatin1String(s.text))
            return s.factor;
    }
    return std::nullopt;
}

} // namespace

QString ResourceKind::collectionPath(const QString &ns) const
{
    QString path = group.isEmpty() ? QStringLiteral("/api/%1").arg(version)
                                   : QStringLiteral("/apis/%1/%2").arg(group, version);
    if (namespaced && !ns.isEmpty())
        path += QStringLiteral("/namespaces/") + encoded(ns);
    return path + QLatin1Char('/') + resource;
}

QString ResourceKind::objectPath(const QString &ns, const QString &name) const
{
    return collectionPath(ns) + QLatin1Char('/') + encoded(name);
}

QString ResourceKind::key() const
{
    return group.isEmpty() ? resource : resource + QLatin1Char('.') + group;
}

ResourceKind ResourceKind::nodes()
{
    return make("", "v1", "nodes", "Node", false);
}
ResourceKind ResourceKind::namespaces()
{
    return make("", "v1", "namespaces", "Namespace", false);
}
ResourceKind ResourceKind::pods()
{
    return make("", "v1", "pods", "Pod", true);
}
ResourceKind ResourceKind::events()
{
    return make("", "v1", "events", "Event", true);
}
ResourceKind ResourceKind::jobs()
{
    return make("batch", "v1", "jobs", "Job", true);
}
ResourceKind ResourceKind::workloads()
{
    return make("kueue.x-k8s.io", "v1beta1", "workloads", "Workload", true);
}
ResourceKind ResourceKind::localQueues()
{
    return make("kueue.x-k8s.io", "v1beta1", "localqueues", "LocalQueue", true);
}
ResourceKind ResourceKind::clusterQueues()
{
    return make("kueue.x-k8s.io", "v1beta1", "clusterqueues", "ClusterQueue", false);
}
ResourceKind ResourceKind::resourceFlavors()
{
    return make("kueue.x-k8s.io", "v1beta1", "resourceflavors", "ResourceFlavor", false);
}

QString ObjectView::name() const
{
    return metadata().value(QLatin1String("name")).toString();
}

QString ObjectView::namespaceName() const
{
    return metadata().value(QLatin1String("namespace")).toString();
}

QString ObjectView::uid() const
{
    return metadata().value(QLatin1String("uid")).toString();
}

QString ObjectView::resourceVersion() const
{
    return metadata().value(QLatin1String("resourceVersion")).toString();
}

QDateTime ObjectView::creationTimestamp() const
{
    return QDateTime::fromString(metadata().value(QLatin1String("creationTimestamp")).toString(),
                                 Qt::ISODateWithMs);
}

bool ObjectView::isBeingDeleted() const
{
    const QJsonValue v = metadata().value(QLatin1String("deletionTimestamp"));
    return v.isString() && !v.toString().isEmpty();
}

QMap<QString, QString> ObjectView::labels() const
{
    return stringMap(metadata().value(QLatin1String("labels")).toObject());
}

QMap<QString, QString> ObjectView::annotations() const
{
    return stringMap(metadata().value(QLatin1String("annotations")).toObject());
}

QString ObjectView::label(const QString &key) const
{
    return metadata().value(QLatin1String("labels")).toObject().value(key).toString();
}

QString ObjectView::annotation(const QString &key) const
{
    return metadata().value(QLatin1String("annotations")).toObject().value(key).toString();
}

QString ObjectView::key() const
{
    const QJsonObject md = metadata();
    const QString ns = md.value(QLatin1String("namespace")).toString();
    const QString n = md.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? n : ns + QLatin1Char('/') + n;
}

double parseQuantity(const QString &quantity, bool *ok)
{
    if (ok)
        *ok = false;
    const QString q = quantity.trimmed();
    if (q.isEmpty())
        return 0.0;
    // The number: optional sign, digits, optional fraction.
    qsizetype i = 0;
    if (q[i] == QLatin1Char('+') || q[i] == QLatin1Char('-'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < q.size() && (q[i].isDigit() || q[i] == QLatin1Char('.')))
        ++i;
    if (i == digitsStart)
        return 0.0;
    bool numberOk = false;
    const double number = q.left(i).toDouble(&numberOk);
    if (!numberOk)
        return 0.0;
    QStringView rest = QStringView(q).mid(i);
    double factor = 1.0;
    // "1e3" / "1E-2": a decimal exponent; a lone "E" is the exa suffix.
    if (rest.size() > 1 && (rest[0] == QLatin1Char('e') || rest[0] == QLatin1Char('E'))) {
        bool expOk = false;
        const int exponent = rest.mid(1).toInt(&expOk);
        if (!expOk)
            return 0.0;
        factor = std::pow(10.0, exponent);
    } else if (const auto f = suffixFactor(rest)) {
        factor = *f;
    } else {
        return 0.0;
    }
    if (ok)
        *ok = true;
    return number * factor;
}

QList<Condition> conditionsOf(const QJsonObject &status)
{
    QList<Condition> out;
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    out.reserve(conditions.size());
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        out.append(Condition{
            c.value(QLatin1String("type")).toString(),
            c.value(QLatin1String("status")).toString(),
            c.value(QLatin1String("reason")).toString(),
            c.value(QLatin1String("message")).toString(),
            QDateTime::fromString(c.value(QLatin1String("lastTransitionTime")).toString(),
                                  Qt::ISODateWithMs),
        });
    }
    return out;
}

} // namespace plancia::kube
