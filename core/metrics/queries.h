#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

// Every PromQL expression Plancia sends, in one place (widgets never write PromQL). They follow
// the exporters of PLATFORM-API.md section 5 and accept what differs between clusters:
// - the DCGM host label spelled `Hostname` (older exporters) or `hostname` (newer): every
//   expression reads both and answers with `Hostname`;
// - both MIG strategies of the GPU operator: *single* (slices are `nvidia.com/gpu` on nodes whose
//   `nvidia.com/gpu.product` names the profile, as AI_INFN runs it) and *mixed*
//   (`nvidia.com/mig-1g.10gb`); DCGM labels slices with GPU_I_PROFILE/GPU_I_ID in both, and
//   kube-state-metrics sanitises the resource names to nvidia_com_gpu / nvidia_com_mig_1g_10gb;
// - whole GPUs report DCGM_FI_DEV_GPU_UTIL (%), MIG slices only DCGM_FI_PROF_GR_ENGINE_ACTIVE
//   (a ratio): utilisation is given in % for both.
// Device-level expressions aggregate the pod labels away (`max by` the device), so a device that
// a pod held in the history and is idle now is counted once.
namespace plancia::metrics::queries {

// Labels of a device in the answers of the per-GPU expressions.
// Hostname, gpu, UUID, modelName; MIG slices also GPU_I_PROFILE, GPU_I_ID.
inline constexpr const char *kDeviceLabels =
    "Hostname, gpu, UUID, modelName, GPU_I_PROFILE, GPU_I_ID";

// `expr` with `hostname` copied into `Hostname` where only the newer spelling is present.
QString withHostname(const QString &expr);

// Utilisation in % per GPU and per MIG slice.
QString gpuUtilisationPerGpu();
// Average utilisation in % per model (modelName; MIG slices per modelName + GPU_I_PROFILE).
QString gpuUtilisationPerModel();
// Average utilisation in % per node (Hostname).
QString gpuUtilisationPerNode();
// Frame-buffer memory used in MiB per GPU / MIG slice; per model: the sum.
QString gpuMemoryUsedPerGpu();
QString gpuMemoryUsedPerModel();

// FPGAs (XRT exporter): board power in W and readiness per board (Hostname, device_id, shell,
// model); boards allocated to pods.
QString fpgaPower();
QString fpgaReady();
QString fpgaAllocated();

// Capacity and allocation from AI_INFN's exporter, per node, model and extended_resource (the
// availability model's cross-check). The allocation reads only the last minute, so the samples
// of pods that ended (the history's) do not count.
QString acceleratorsAllocatable();
QString acceleratorsAllocated();

// Who is billed: per user (the namespace, through the profile's namespace template such as
// "user-{username}"; other namespaces give user=""), per namespace, or per project (the
// `project` label of allocated_accelerators).
enum class GroupBy { User, Namespace, Project };
QString groupLabel(GroupBy by);

struct Accounting
{
    GroupBy by = GroupBy::User;
    QString namespaceTemplate = QStringLiteral("user-{username}");
    // The grid the allocation is integrated on (a subquery step): the history's step; shorter
    // pods are sampled, not missed systematically.
    std::chrono::seconds resolution{300};
};

// GPU-hours (whole GPUs and MIG slices alike: a device held for an hour is one GPU-hour) in the
// `window` that ends at the query's evaluation time: run as an instant query at the period's end,
// or as a range query with step = window for per-day/week bars. From AI_INFN's
// allocated_accelerators, or, for pods it does not report, kube-state-metrics' GPU requests.
QString gpuHours(const Accounting &a, std::chrono::seconds window);
// CPU-hours requested (kube_pod_container_resource_requests{resource="cpu"}) in the window.
QString cpuHours(const Accounting &a, std::chrono::seconds window);
// GPU efficiency in % : the mean utilisation of the devices while a pod holds them.
QString gpuEfficiency(const Accounting &a, std::chrono::seconds window);
// CPU efficiency in %: CPU used (cAdvisor's container_cpu_usage_seconds_total) over requested.
QString cpuEfficiency(const Accounting &a, std::chrono::seconds window);

// A PromQL duration: "86400s".
QString duration(std::chrono::seconds s);
// The RE2 pattern (escaped for a PromQL string) that takes the user out of a namespace made from
// `namespaceTemplate`: "user-{username}" -> "user-(.+)".
QString namespaceUserPattern(const QString &namespaceTemplate);

} // namespace plancia::metrics::queries
