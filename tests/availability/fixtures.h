#pragma once

// Kubernetes objects as an Informer holds them, built in code so that each test shows the
// fields it depends on. Names follow AI_INFN's cluster (VMs, one GPU model each).

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace fixtures {

using Labels = QMap<QString, QString>;
using Resources = QMap<QString, QString>;

inline QJsonObject toObject(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline QJsonObject node(const QString &name, const Labels &labels, const Resources &allocatable,
                        bool ready = true, bool unschedulable = false,
                        const QJsonArray &extraConditions = {})
{
    QJsonArray conditions{QJsonObject{{"type", "Ready"}, {"status", ready ? "True" : "False"}}};
    for (const auto &c : extraConditions)
        conditions.append(c);
    Resources alloc = allocatable;
    alloc.insert("cpu", alloc.value("cpu", "32"));
    alloc.insert("memory", alloc.value("memory", "128Gi"));
    alloc.insert("pods", "110");
    QJsonObject spec;
    if (unschedulable)
        spec.insert("unschedulable", true);
    return QJsonObject{
        {"metadata", QJsonObject{{"name", name}, {"labels", toObject(labels)}}},
        {"spec", spec},
        {"status", QJsonObject{{"allocatable", toObject(alloc)},
                               {"capacity", toObject(alloc)},
                               {"conditions", conditions}}},
    };
}

inline QJsonObject virtualNode(const QString &name, const QString &site, bool connected,
                               const Labels &extraLabels = {}, const Resources &alloc = {})
{
    Labels labels{{"virtual-node.interlink/type", "virtual-kubelet"},
                  {"kubernetes.io/role", "agent"},
                  {"kubernetes.io/os", "virtual-kubelet"},
                  {"interlink.ai-infn/site", site}};
    labels.insert(extraLabels);
    const QJsonObject link{
        {"type", "InterlinkConnectivity"},
        {"status", connected ? "True" : "False"},
        {"reason", connected ? "InterlinkPingSuccessful" : "InterlinkPingFailed"},
        {"message", connected ? "Ping to InterLink API succeeded"
                              : "Ping to InterLink API failed: connection refused"}};
    Resources a = alloc;
    a.insert("cpu", a.value("cpu", "1024"));
    a.insert("memory", a.value("memory", "4Ti"));
    return node(name, labels, a, connected, false, {link});
}

// A pod in `phase` on `nodeName` ("" = not scheduled) requesting `requests` in one container.
inline QJsonObject pod(const QString &ns, const QString &name, const QString &nodeName,
                       const QString &phase, const Resources &requests, const Labels &labels = {})
{
    QJsonObject spec{
        {"containers",
         QJsonArray{QJsonObject{{"name", "main"},
                                {"image", "python:3.11"},
                                {"resources", QJsonObject{{"requests", toObject(requests)},
                                                          {"limits", toObject(requests)}}}}}}};
    if (!nodeName.isEmpty())
        spec.insert("nodeName", nodeName);
    return QJsonObject{
        {"metadata", QJsonObject{{"name", name}, {"namespace", ns}, {"labels", toObject(labels)}}},
        {"spec", spec},
        {"status", QJsonObject{{"phase", phase}}},
    };
}

inline QJsonObject withPhase(QJsonObject pod, const QString &phase)
{
    QJsonObject status = pod.value("status").toObject();
    status.insert("phase", phase);
    pod.insert("status", status);
    return pod;
}

// The AI_INFN layout: MIG *single* strategy (each VM exposes its slices as nvidia.com/gpu and
// names the profile in nvidia.com/gpu.product), a 7g.80gb VM that is a whole A100, RTX and T4
// VMs, a CPU VM, the control plane, FPGA boards on the storage VM, and interLink sites.
inline QList<QJsonObject> singleStrategyNodes()
{
    const Labels worker{{"node-role.kubernetes.io/worker", ""}, {"nvidia.com/gpu.present", "true"}};
    auto with = [&](Labels extra) {
        Labels l = worker;
        l.insert(extra);
        return l;
    };
    return {
        node("hub-a100-2",
             with({{"nvidia.com/gpu.product", "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"},
                   {"nvidia.com/mig.strategy", "single"},
                   {"plancia.io/server", "ai-infn-srv03"}}),
             {{"nvidia.com/gpu", "7"}}),
        node("hub-a100-3",
             with({{"nvidia.com/gpu.product", "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"},
                   {"nvidia.com/mig.strategy", "single"},
                   {"plancia.io/server", "ai-infn-srv03"}}),
             {{"nvidia.com/gpu", "2"}}),
        node("hub-rtx-3",
             with({{"nvidia.com/gpu.product", "Quadro-RTX-5000"},
                   {"plancia.io/server", "ai-infn-srv01"}}),
             {{"nvidia.com/gpu", "5"}}),
        node("hub-t4-1",
             with({{"nvidia.com/gpu.product", "Tesla-T4"}, {"plancia.io/server", "ai-infn-srv01"}}),
             {{"nvidia.com/gpu", "8"}}),
        node("hub-cpu-2", {{"node-role.kubernetes.io/worker", ""}}, {{"cpu", "64"}}),
        node("hub-storage", {{"node-role.kubernetes.io/worker", ""}, {"xilinx-fpga-type", "u250"}},
             {{"xilinx.com/fpga-xilinx_u50_gen3x16_xdma_201920_3", "2"},
              {"xilinx.com/fpga-xilinx_u250_gen3x16_xdma_shell_4_1", "1"},
              {"amd.com/xilinx_v70_gen5x8_qdma_base_2", "2"}}),
        node("hub-master", {{"node-role.kubernetes.io/control-plane", ""}}, {{"cpu", "8"}}),
        virtualNode("infn-t1", "INFN-Tier1", true),
        virtualNode("leonardo-virtual-node", "CINECA Leonardo", true, {{"nvidia-gpu-type", "a100"}},
                    {{"nvidia.com/gpu", "32"}}),
        virtualNode("hpc-bubble", "HPC bubble", false),
    };
}

// The *mixed* strategy: one node with whole A100s and a split one (nvidia.com/mig-1g.10gb).
inline QList<QJsonObject> mixedStrategyNodes()
{
    return {
        node("ai-infn-srv03",
             {{"nvidia.com/gpu.product", "NVIDIA-A100-PCIE-40GB"},
              {"nvidia.com/mig.strategy", "mixed"},
              {"nvidia.com/mig-1g.10gb.product", "NVIDIA-A100-PCIE-40GB-MIG-1g.10gb"}},
             {{"nvidia.com/gpu", "2"}, {"nvidia.com/mig-1g.10gb", "7"}}),
        node("ai-infn-srv01", {{"nvidia.com/gpu.product", "Tesla-T4"}}, {{"nvidia.com/gpu", "8"}}),
    };
}

} // namespace fixtures
