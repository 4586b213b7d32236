#include "metrics/queries.h"

#include <QStringList>

#include <algorithm>

namespace plancia::metrics::queries {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// The utilisation of every device in %, pod labels kept (they tell who held it).
QString deviceUtilisation()
{
    return withHostname(str("(DCGM_FI_DEV_GPU_UTIL{GPU_I_PROFILE=\"\"} * 1) or "
                            "(DCGM_FI_PROF_GR_ENGINE_ACTIVE{GPU_I_PROFILE!=\"\"} * 100)"));
}

// Every bare selector `name{...}` of `expr` read through last_over_time over one resolution
// step less a second: an instant selector would also take a sample exactly one lookback old
// (Prometheus's window includes its start), so a pod would count one step past its end in
// backfilled data, which has no staleness markers.
QString recent(QString expr, const Accounting &a)
{
    const QString window =
        duration(std::max(std::chrono::seconds(1), a.resolution - std::chrono::seconds(1)));
    for (const char *name : {"allocated_accelerators{", "kube_pod_container_resource_requests{",
                             "DCGM_FI_DEV_GPU_UTIL{", "DCGM_FI_PROF_GR_ENGINE_ACTIVE{"}) {
        const QString n = QString::fromLatin1(name);
        qsizetype at = 0;
        while ((at = expr.indexOf(n, at)) >= 0) {
            const qsizetype close = expr.indexOf(QLatin1Char('}'), at);
            const QString replaced =
                QStringLiteral("last_over_time(%1[%2])").arg(expr.mid(at, close + 1 - at), window);
            expr.replace(at, close + 1 - at, replaced);
            at += replaced.size();
        }
    }
    return expr;
}

// Devices held by a pod, per (namespace, pod, project): AI_INFN's exporter, or kube-state-metrics'
// GPU requests for the pods it does not know (both MIG strategies' resource names).
QString gpuHeld(const Accounting &a)
{
    return recent(
        str("sum by (namespace, pod, project) (max by (namespace, pod, project, node, model, "
            "extended_resource) (allocated_accelerators{extended_resource=~\"nvidia.com/"
            "gpu|nvidia.com/mig-.+\"})) or on (namespace, pod) sum by (namespace, pod) (max by "
            "(namespace, pod, container, node, resource) "
            "(kube_pod_container_resource_requests{resource=~\"nvidia_com_gpu|nvidia_com_mig_"
            ".+\"}))"),
        a);
}

QString cpuRequested(const Accounting &a)
{
    return recent(str("sum by (namespace, pod) (max by (namespace, pod, container, node) "
                      "(kube_pod_container_resource_requests{resource=\"cpu\"}))"),
                  a);
}

// `expr` (per namespace and pod) with the grouping label available: `user` from the namespace,
// `project` joined from allocated_accelerators when `expr` lacks it.
QString withGroup(const QString &expr, const Accounting &a, bool hasProject)
{
    switch (a.by) {
    case GroupBy::User:
        return QStringLiteral("label_replace(%1, \"user\", \"$1\", \"namespace\", \"%2\")")
            .arg(expr, namespaceUserPattern(a.namespaceTemplate));
    case GroupBy::Namespace:
        return expr;
    case GroupBy::Project:
        if (hasProject)
            return expr;
        return QStringLiteral("(%1 * on (namespace, pod) group_left (project) max by (namespace, "
                              "pod, project) (allocated_accelerators))")
            .arg(expr);
    }
    return expr;
}

QString subquery(const QString &expr, std::chrono::seconds window, std::chrono::seconds res)
{
    return QStringLiteral("(%1)[%2:%3]").arg(expr, duration(window), duration(res));
}

// Hours of `perPod` (a count of devices or cores per pod) integrated over the window.
QString hours(const QString &perPod, const Accounting &a, std::chrono::seconds window,
              bool hasProject)
{
    const QString g = groupLabel(a.by);
    return QStringLiteral("sum by (%1) (%2) * %3 / 3600")
        .arg(g, withGroup(
                    QStringLiteral("sum_over_time(%1)").arg(subquery(perPod, window, a.resolution)),
                    a, hasProject))
        .arg(a.resolution.count());
}

} // namespace

QString withHostname(const QString &expr)
{
    return QStringLiteral("label_replace(%1, \"Hostname\", \"$1\", \"hostname\", \"(.+)\")")
        .arg(expr);
}

QString gpuUtilisationPerGpu()
{
    return QStringLiteral("max by (%1) (%2)").arg(str(kDeviceLabels), deviceUtilisation());
}

QString gpuUtilisationPerModel()
{
    return QStringLiteral("avg by (modelName, GPU_I_PROFILE) (%1)").arg(gpuUtilisationPerGpu());
}

QString gpuUtilisationPerNode()
{
    return QStringLiteral("avg by (Hostname) (%1)").arg(gpuUtilisationPerGpu());
}

QString gpuMemoryUsedPerGpu()
{
    return QStringLiteral("max by (%1) (%2)")
        .arg(str(kDeviceLabels), withHostname(str("DCGM_FI_DEV_FB_USED")));
}

QString gpuMemoryUsedPerModel()
{
    return QStringLiteral("sum by (modelName, GPU_I_PROFILE) (%1)").arg(gpuMemoryUsedPerGpu());
}

QString fpgaPower()
{
    return QStringLiteral("max by (Hostname, device_id, shell, model) (%1)")
        .arg(withHostname(str("xrt_device_power_consumption")));
}

QString fpgaReady()
{
    return QStringLiteral("max by (Hostname, device_id, shell, model) (%1)")
        .arg(withHostname(str("xrt_device_ready")));
}

QString fpgaAllocated()
{
    return str("sum by (node, model, extended_resource, namespace, pod, project) "
               "(last_over_time(allocated_accelerators{extended_resource=~\"xilinx.com/.+|amd.com/"
               ".+\"}[1m]))");
}

QString acceleratorsAllocatable()
{
    return str("max by (node, model, extended_resource) (allocatable_accelerators)");
}

QString acceleratorsAllocated()
{
    return str("sum by (node, model, extended_resource) (max by (node, model, extended_resource, "
               "namespace, pod) (last_over_time(allocated_accelerators[1m])))");
}

QString groupLabel(GroupBy by)
{
    switch (by) {
    case GroupBy::User:
        return QStringLiteral("user");
    case GroupBy::Namespace:
        return QStringLiteral("namespace");
    case GroupBy::Project:
        return QStringLiteral("project");
    }
    return {};
}

QString gpuHours(const Accounting &a, std::chrono::seconds window)
{
    return hours(gpuHeld(a), a, window, true);
}

QString cpuHours(const Accounting &a, std::chrono::seconds window)
{
    return hours(cpuRequested(a), a, window, false);
}

QString gpuEfficiency(const Accounting &a, std::chrono::seconds window)
{
    // Per device while held (pod labels present), then summed and counted per group over time.
    const QString held =
        QStringLiteral("max by (Hostname, gpu, GPU_I_ID, namespace, pod) (%1)")
            .arg(withHostname(
                recent(str("(DCGM_FI_DEV_GPU_UTIL{GPU_I_PROFILE=\"\", pod!=\"\"} * 1) or "
                           "(DCGM_FI_PROF_GR_ENGINE_ACTIVE{GPU_I_PROFILE!=\"\", pod!=\"\"} * 100)"),
                       a)));
    const QString g = groupLabel(a.by);
    const QString grouped = withGroup(held, a, false);
    return QStringLiteral("sum by (%1) (sum_over_time(%2)) / sum by (%1) (count_over_time(%2))")
        .arg(g, subquery(grouped, window, a.resolution));
}

QString cpuEfficiency(const Accounting &a, std::chrono::seconds window)
{
    const QString used = str("sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{"
                             "container!=\"\", container!=\"POD\"}[5m]))");
    const QString g = groupLabel(a.by);
    return QStringLiteral("100 * sum by (%1) (sum_over_time(%2)) / sum by (%1) (sum_over_time(%3))")
        .arg(g, subquery(withGroup(used, a, false), window, a.resolution),
             subquery(withGroup(cpuRequested(a), a, false), window, a.resolution));
}

QString duration(std::chrono::seconds s)
{
    return QStringLiteral("%1s").arg(s.count());
}

QString namespaceUserPattern(const QString &namespaceTemplate)
{
    static const QString special = QStringLiteral(".+*?()[]{}|^$\\");
    const QString marker = QStringLiteral("{username}");
    QString out;
    const qsizetype at = namespaceTemplate.indexOf(marker);
    const auto escape = [&](QStringView part) {
        for (QChar c : part) {
            if (special.contains(c))
                out += QStringLiteral("\\\\"); // a backslash, escaped for the PromQL string
            if (c == QLatin1Char('"'))
                out += QLatin1Char('\\');
            out += c;
        }
    };
    if (at < 0) {
        escape(namespaceTemplate);
        return out;
    }
    escape(QStringView(namespaceTemplate).left(at));
    out += QStringLiteral("(.+)");
    escape(QStringView(namespaceTemplate).mid(at + marker.size()));
    return out;
}

} // namespace plancia::metrics::queries
