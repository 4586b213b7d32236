#pragma once

#include <QMap>
#include <QString>

namespace plancia::availability {

// What kind of device an extended resource counts.
enum class AcceleratorKind {
    Gpu,      // a whole GPU
    MigSlice, // a MIG instance of a GPU (both strategies)
    Fpga,
};

const char *kindKey(AcceleratorKind kind); // "gpu", "mig", "fpga" (stable: JSON, tests)

// One accelerator model as people see it.
struct AcceleratorModel
{
    QString id;   // stable key: "t4", "rtx5000", "a100", "a100-1g.10gb", "u250"
    QString name; // "T4", "RTX 5000", "A100 MIG 1g.10gb", "U250" (or the profile's name)
    AcceleratorKind kind = AcceleratorKind::Gpu;
    QString parentId;   // MIG slices: the GPU model they are cut from ("a100"); else empty
    QString parentName; // and its name ("A100")
    QString migProfile; // "1g.10gb" for slices

    bool isValid() const { return !id.isEmpty(); }
};

// Whether an allocatable resource name counts accelerators: nvidia.com/gpu, nvidia.com/mig-*,
// xilinx.com/fpga-*, amd.com/* (FPGA shells, PLATFORM-API.md section 5; amd.com/gpu is a GPU).
bool isAcceleratorResource(const QString &resource);

// Names a node's accelerator resource from what the node says about itself, without a fleet
// file: `labels` are the node's labels, `displayNames` the profile's `accelerators` map
// (model id -> name shown to people), which wins over the derived name.
//  - nvidia.com/gpu: the model from `nvidia.com/gpu.product` ("Tesla-T4" -> T4,
//    "Quadro-RTX-5000" -> RTX 5000). A product naming a MIG profile
//    ("NVIDIA-A100-80GB-PCIe-MIG-1g.10gb") is the *single* strategy: the node's nvidia.com/gpu
//    are slices, "A100 MIG 1g.10gb" grouped under A100 (a 7g.* profile is the whole GPU).
//    Virtual nodes name theirs with `nvidia-gpu-type`; older nodes with `accelerator`.
//  - nvidia.com/mig-<profile>: the *mixed* strategy; the parent from
//    `nvidia.com/mig-<profile>.product` or else `nvidia.com/gpu.product`.
//  - FPGAs: the board from the shell in the resource name (xilinx_u50_gen3x16... -> U50), else
//    the `xilinx-fpga-type` label.
AcceleratorModel modelForResource(const QString &resource, const QMap<QString, QString> &labels,
                                  const QMap<QString, QString> &displayNames = {});

// The model of a `nvidia.com/gpu.product` value ("NVIDIA-A100-PCIE-40GB" -> A100).
AcceleratorModel modelForGpuProduct(const QString &product,
                                    const QMap<QString, QString> &displayNames = {});

} // namespace plancia::availability
