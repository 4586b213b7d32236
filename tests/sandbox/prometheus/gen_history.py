#!/usr/bin/env python3
"""Generates the sandbox Prometheus history (OpenMetrics text) from fleet.json.

Series (PLATFORM-API.md section 5): DCGM per GPU and per MIG slice, allocatable/allocated
accelerators, kube-state-metrics requests and allocatable, XRT FPGA series, and per pod its CPU
request (kube-state-metrics, cores) and cAdvisor's container_cpu_usage_seconds_total counter.

Everything is a deterministic function of (fleet, absolute time): the sessions that occupy a
device on a given UTC day are drawn from a RNG seeded by (device, day), so generating any window
(the full 14 days, or just the tail since a cached history) gives the same values. The CPU usage
counters restart at each UTC midnight (and when a pod starts), so a window's counters only need
that day's occupancy, which generate() computes from the midnight before the window.

Usage: gen_history.py --fleet FILE --out FILE [--start EPOCH] [--end EPOCH] [--days N] [--step S]
"""
import argparse
import hashlib
import json
import math
import random
import sys
import time

DAY = 86400
TZ_OFFSET = 3600  # Italy (CET), for working-hour patterns

# Per model: (idle W, max W, idle temp C)
POWER = {"t4": (10, 70, 32), "rtx5000": (12, 230, 34), "a100": (40, 250, 33), "a30": (30, 165, 33),
         "u50": (15, 75, 40), "u250": (25, 225, 42), "v70": (20, 75, 41)}
DCGM_INSTANCE_PORT = 9400
SUMMED = {"allocated_accelerators", "kube_pod_container_resource_requests"}


def h32(*parts):
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=4).digest(), "big")


def noise(key, t):
    """Deterministic noise in [0, 1) for (key, t)."""
    x = math.sin((t / 300.0) * 12.9898 + key * 0.000123) * 43758.5453
    return x - math.floor(x)


def sanitise(resource):
    return resource.replace(".", "_").replace("/", "_").replace("-", "_")


def devices(fleet):
    """Flattens the fleet into physical devices (GPUs, MIG slices, FPGAs)."""
    out = []
    for node in fleet["nodes"]:
        gpu_index = 0
        fpga_index = 0
        for acc in node["accelerators"]:
            if acc["kind"] == "gpu" and acc.get("mig"):
                mig = acc["mig"]
                per = mig.get("slicesPerParent", 7)
                first = mig.get("firstInstanceId", 7)  # DCGM GPU_I_ID: 7.. for 1g slices, 0 for a 7g.80gb
                for p in range(mig.get("parentCount", 1)):
                    parent = {"node": node["name"], "model": mig["parentModel"], "kind": "mig-parent",
                              "gpu": gpu_index, "acc": acc,
                              "uuid": uuid_for(node["name"], mig["parentModel"], gpu_index)}
                    out.append(parent)
                    for s in range(min(per, acc["count"] - p * per)):
                        out.append({"node": node["name"], "model": acc["model"], "kind": "mig", "gpu": gpu_index,
                                    "gi": first + s, "acc": acc, "uuid": parent["uuid"], "parent": parent})
                    gpu_index += 1
            elif acc["kind"] == "gpu":
                for _ in range(acc["count"]):
                    out.append({"node": node["name"], "model": acc["model"], "kind": "gpu", "gpu": gpu_index,
                                "acc": acc, "uuid": uuid_for(node["name"], acc["model"], gpu_index)})
                    gpu_index += 1
            else:
                for _ in range(acc["count"]):
                    out.append({"node": node["name"], "model": acc["model"], "kind": "fpga", "index": fpga_index,
                                "acc": acc, "device_id": f"0000:{0x3b + fpga_index * 0x10:02x}:00.1"})
                    fpga_index += 1
    return out


def uuid_for(node, model, idx):
    h = hashlib.sha1(f"{node}/{model}/{idx}".encode()).hexdigest()
    return f"GPU-{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tenants(fleet):
    """Which users (and projects) use which models; weights favour real patterns."""
    users = fleet["users"]
    by_group = {}
    for u in users:
        for g in u["groups"]:
            by_group.setdefault(g, []).append(u["username"])
    model_projects = {
        "a100": ["flashsim", "cms-anomaly"], "a30": ["cms-anomaly"], "t4": ["flashsim", "ml-infn-users"],
        "rtx5000": ["cms-anomaly", "ml-infn-users"], "a100-1g.10gb": ["ml-infn-users"],
        "u50": ["km3-fpga"], "u250": ["km3-fpga"], "v70": ["km3-fpga"],
    }
    out = {}
    for model, projects in model_projects.items():
        cands = []
        for p in projects:
            for u in by_group.get(p, []):
                cands.append((u, p if p != "ml-infn-users" else ""))
        out[model] = cands or [(users[0]["username"], "")]
    out["_hackathon"] = [(u, "hackathon-2026") for u in by_group.get("hackathon-2026", []) if u.startswith("hack")]
    return out


def is_hackathon_day(day):
    weekday = (day + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    week = (day + 3) // 7
    return week % 2 == 0 and weekday in (1, 2, 3)


def sessions_for_day(dev, day, tmap, seed):
    """Sessions (start, end, user, project, kind, load) starting on UTC day `day`."""
    rng = random.Random(h32(seed, dev["node"], dev["model"], dev.get("gpu"), dev.get("gi"), dev.get("index"), day))
    weekday = (day + 3) % 7
    out = []
    hack = is_hackathon_day(day) and dev["model"] in ("t4", "a100-1g.10gb")
    t = day * DAY + rng.randint(0, 3 * 3600)
    end_of_day = (day + 1) * DAY
    while t < end_of_day:
        local_hour = ((t + TZ_OFFSET) % DAY) / 3600
        working = weekday < 5 and 8 <= local_hour < 19
        p_busy = 0.85 if hack and 8 <= local_hour < 18 else (0.7 if working else (0.35 if weekday < 5 else 0.2))
        if rng.random() < p_busy:
            if hack and 8 <= local_hour < 18:
                user, project = rng.choice(tmap["_hackathon"])
                kind, dur = "notebook", rng.randint(3600, 4 * 3600)
            else:
                user, project = rng.choice(tmap[dev["model"]])
                if rng.random() < 0.5:
                    kind, dur = "notebook", rng.randint(1800, 6 * 3600)
                else:
                    kind, dur = "job", rng.randint(3600, 14 * 3600)
            dur -= dur % 300
            out.append((t, t + dur, user, project, kind, 0.45 + 0.5 * rng.random(), rng.randrange(1 << 20)))
            t += dur + rng.randint(1, 6) * 300
        else:
            t += rng.randint(1, 12) * 1800
    return out


NODE_LABELS_ALLOWLIST = ("plancia.io/server", "nvidia.com/gpu.product", "accelerator", "kubernetes.io/role",
                         "virtual-node.interlink/type")


def node_label_series(node):
    """kube_node_labels{node, label_<sanitised>...} for the allow-listed labels a node has."""
    labels = {"node": node["name"]}
    for k in NODE_LABELS_ALLOWLIST:
        if k in (node.get("labels") or {}):
            labels["label_" + sanitise(k)] = node["labels"][k]
    labels.update({"job": "kube-state-metrics", "instance": "kube-state-metrics:8080"})
    return labels


def pod_cores(ns, pod, node, node_cpu, node_devices):
    """CPU cores a pod requests, 1..8, no more than its node's share per device (stable per pod)."""
    cap = max(1, min(8, node_cpu // max(1, node_devices)))
    return 1 + h32("cpu", ns, pod) % cap


def cpu_utilisation(sess, key, t):
    """Fraction of its requested cores a pod uses at t, 0.2..0.9: the GPU load's daily and weekly pattern."""
    local = t + TZ_OFFSET
    local_hour = (local % DAY) / 3600
    weekend = (local // DAY + 3) % 7 >= 5
    diurnal = 0.75 + 0.25 * math.sin((local_hour - 9) / 24 * 2 * math.pi)
    if sess[4] == "notebook":
        u = sess[5] * diurnal * (0.3 + 0.7 * noise(key, t))
    else:
        u = sess[5] * (0.9 + 0.15 * noise(key, t))
    return 0.2 + 0.7 * min(1.0, u * (0.8 if weekend else 1.0))


def pod_name(sess, dev):
    start, _, user, project, kind, _, tag = sess
    if kind == "notebook":
        return f"jupyter-{user}"
    return f"{project or 'train'}-{dev['model'].replace('.', '-')}-{tag:05x}-{start % 100000:05d}"[:63]


def generate(fleet, start, end, step, out):
    seed = h32(fleet["cluster"]["name"])
    tmap = tenants(fleet)
    devs = devices(fleet)
    times = list(range(start - start % step + (step if start % step else 0), end + 1, step))
    if not times:
        return 0
    # Occupancy is computed from the first step after the midnight before the window (the CPU
    # counters' origin); every other series uses only the window's part.
    ext_times = list(range(((times[0] - 1) // DAY) * DAY + step, times[0], step)) + times
    offset = len(ext_times) - len(times)
    first_day, last_day = ext_times[0] // DAY - 2, times[-1] // DAY
    # Per device: sessions overlapping the window, and a per-step occupant index.
    occupancy, ext_occupancy = {}, {}
    for i, dev in enumerate(devs):
        if dev["kind"] == "mig-parent":
            continue
        sess = []
        for day in range(first_day, last_day + 1):
            sess.extend(sessions_for_day(dev, day, tmap, seed))
        sess = [s for s in sess if s[1] > ext_times[0] and s[0] <= times[-1]]
        sess.sort()
        occ, j = [], 0
        for t in ext_times:
            while j < len(sess) and sess[j][1] <= t:
                j += 1
            occ.append(sess[j] if j < len(sess) and sess[j][0] <= t else None)
        ext_occupancy[i] = occ
        occupancy[i] = occ[offset:]

    families = {}  # name -> (type, help, {labels_tuple: [(t, v)]})

    def add(name, labels, t, v, typ="gauge", help_=""):
        fam = families.setdefault(name, (typ, help_, {}))
        samples = fam[2].setdefault(tuple(labels.items()), {})
        # Two devices can serve the same pod (a notebook with 2 GPUs): pod-level series add up.
        samples[t] = samples.get(t, 0) + v if name in SUMMED else v

    for i, dev in enumerate(devs):
        node, model, acc = dev["node"], dev["model"], dev["acc"]
        idle_w, max_w, idle_c = POWER.get(model.split("-")[0], (20, 200, 35))
        key = h32(dev.get("uuid") or dev.get("device_id"), dev.get("gi"))
        if dev["kind"] == "mig-parent":
            slices = [j for j, d in enumerate(devs) if d.get("parent") is dev]
            base = {"gpu": str(dev["gpu"]), "UUID": dev["uuid"], "device": f"nvidia{dev['gpu']}",
                    "modelName": acc["dcgmModelName"], "Hostname": node,
                    "job": "dcgm-exporter", "instance": f"{node}:{DCGM_INSTANCE_PORT}"}
            for k, t in enumerate(times):
                busy = sum((occupancy[j][k][5] if occupancy[j][k] else 0.0) for j in slices) / max(1, len(slices))
                add("DCGM_FI_DEV_POWER_USAGE", base, t, round(idle_w + (max_w - idle_w) * busy * (0.9 + 0.1 * noise(key, t)), 2))
                add("DCGM_FI_DEV_GPU_TEMP", base, t, round(idle_c + 40 * busy + 2 * noise(key + 1, t), 0))
            continue
        occ = occupancy[i]
        if dev["kind"] in ("gpu", "mig"):
            base = {"gpu": str(dev["gpu"]), "UUID": dev["uuid"], "device": f"nvidia{dev['gpu']}",
                    "modelName": acc["dcgmModelName"], "Hostname": node,
                    "job": "dcgm-exporter", "instance": f"{node}:{DCGM_INSTANCE_PORT}"}
            if dev["kind"] == "mig":
                base["GPU_I_PROFILE"] = acc["mig"]["profile"]
                base["GPU_I_ID"] = str(dev["gi"])
            mem = acc["memoryMiB"]
            for k, t in enumerate(times):
                s = occ[k]
                labels = base
                if s:
                    labels = dict(base, namespace=f"user-{s[2]}", pod=pod_name(s, dev),
                                  container="notebook" if s[4] == "notebook" else "main")
                    local_hour = ((t + TZ_OFFSET) % DAY) / 3600
                    diurnal = 0.75 + 0.25 * math.sin((local_hour - 9) / 24 * 2 * math.pi)
                    if s[4] == "notebook":
                        load = s[5] * diurnal * (0.3 + 0.7 * noise(key, t))
                    else:
                        load = min(1.0, s[5] * (0.9 + 0.15 * noise(key, t)))
                    fb = mem * min(0.97, 0.15 + 0.8 * s[5]) * (0.95 + 0.05 * noise(key + 2, t))
                else:
                    load, fb = 0.0, 0.0
                fb = int(fb) if s else 1
                add("DCGM_FI_DEV_FB_USED", labels, t, fb, help_="Framebuffer memory used (in MiB).")
                add("DCGM_FI_DEV_FB_FREE", labels, t, mem - fb, help_="Framebuffer memory free (in MiB).")
                add("DCGM_FI_PROF_GR_ENGINE_ACTIVE", labels, t, round(load, 4),
                    help_="Ratio of time the graphics engine is active.")
                if dev["kind"] == "gpu":
                    add("DCGM_FI_DEV_GPU_UTIL", labels, t, int(round(100 * load)), help_="GPU utilization (in %).")
                    add("DCGM_FI_DEV_POWER_USAGE", labels, t,
                        round(idle_w + (max_w - idle_w) * load + 3 * noise(key + 3, t), 2), help_="Power draw (in W).")
                    add("DCGM_FI_DEV_GPU_TEMP", labels, t, round(idle_c + 45 * load + 2 * noise(key + 4, t), 0),
                        help_="GPU temperature (in C).")
        else:  # FPGA, XRT exporter
            shell = acc["shell"]
            base = {"device_id": dev["device_id"], "shell": shell, "Hostname": node, "model": model,
                    "job": "xrt-exporter", "instance": f"{node}:9101"}
            for k, t in enumerate(times):
                s = occ[k]
                load = s[5] * (0.8 + 0.2 * noise(key, t)) if s else 0.0
                add("xrt_device_ready", base, t, 1, help_="XRT device ready (1) or not (0).")
                add("xrt_device_power_consumption", base, t, round(idle_w + (max_w - idle_w) * load, 2),
                    help_="Board power (W).")
                add("xrt_device_temperature", base, t, round(idle_c + 30 * load + 2 * noise(key + 1, t), 1),
                    help_="FPGA temperature (C).")

        # Attribution: allocated accelerators and pod requests, while a session holds the device.
        resource = acc["resource"]
        for k, t in enumerate(times):
            s = occ[k]
            if not s:
                continue
            ns, pod = f"user-{s[2]}", pod_name(s, dev)
            add("allocated_accelerators", {"node": node, "model": model, "extended_resource": resource,
                                           "namespace": ns, "pod": pod, "project": s[3],
                                           "job": "ai-infn-accelerators", "instance": "accelerator-exporter:8000"},
                t, 1, help_="Accelerators allocated to a pod.")
            add("kube_pod_container_resource_requests",
                {"namespace": ns, "pod": pod, "container": "notebook" if s[4] == "notebook" else "main",
                 "node": node, "resource": sanitise(resource), "unit": "integer",
                 "job": "kube-state-metrics", "instance": "kube-state-metrics:8080"},
                t, 1, help_="The number of requested request resource by a container.")

    # CPU per pod (one series per container, however many devices the pod holds): the request in
    # cores while the pod exists, and cAdvisor's usage counter growing by utilisation x cores.
    node_cpu = {n["name"]: n["cpu"] for n in fleet["nodes"]}
    node_devices = {}
    for dev in devs:
        if dev["kind"] != "mig-parent":
            node_devices[dev["node"]] = node_devices.get(dev["node"], 0) + 1
    pods = {}  # (namespace, pod, container, node) -> {ext step index: session}
    for i, dev in enumerate(devs):
        if dev["kind"] == "mig-parent":
            continue
        for k, s in enumerate(ext_occupancy[i]):
            if s:
                key = (f"user-{s[2]}", pod_name(s, dev), "notebook" if s[4] == "notebook" else "main", dev["node"])
                pods.setdefault(key, {}).setdefault(k, s)
    for (ns, pod, container, node), held in sorted(pods.items()):
        cores = pod_cores(ns, pod, node, node_cpu.get(node, 8), node_devices.get(node, 1))
        key = h32("cpu", ns, pod, container)
        req = {"namespace": ns, "pod": pod, "container": container, "node": node, "resource": "cpu", "unit": "core",
               "job": "kube-state-metrics", "instance": "kube-state-metrics:8080"}
        use = {"namespace": ns, "pod": pod, "container": container, "node": node,
               "job": "kubelet", "instance": f"{node}:10250"}
        used = 0.0
        for k in sorted(held):
            t = ext_times[k]
            if k - 1 not in held or (t - 1) // DAY != (t - step - 1) // DAY:
                used = 0.0  # a new container, or the midnight restart that keeps windows independent
            used += cpu_utilisation(held[k], key, t) * cores * step
            if k >= offset:
                add("kube_pod_container_resource_requests", req, t, cores)
                add("container_cpu_usage_seconds_total", use, t, round(used, 3), typ="counter",
                    help_="Cumulative cpu time consumed in seconds.")

    # Node labels as kube-state-metrics exports them with --metric-labels-allowlist=nodes=[...]:
    # charts group Kubernetes nodes (VMs) by the physical server they run on.
    for node in fleet["nodes"] + fleet.get("virtualNodes", []):
        labels = node_label_series(node)
        for t in times:
            add("kube_node_labels", labels, t, 1, help_="Kubernetes labels converted to Prometheus labels.")

    # Capacity series, constant over time (virtual nodes too: their accelerators are allocatable).
    for node in fleet["nodes"] + fleet.get("virtualNodes", []):
        for acc in node["accelerators"]:
            for t in times:
                add("allocatable_accelerators", {"node": node["name"], "model": acc["model"],
                                                 "extended_resource": acc["resource"],
                                                 "job": "ai-infn-accelerators", "instance": "accelerator-exporter:8000"},
                    t, acc["count"], help_="Accelerators allocatable on a node.")
        per_resource = {}
        for acc in node["accelerators"]:
            per_resource[acc["resource"]] = per_resource.get(acc["resource"], 0) + acc["count"]
        for resource, count in per_resource.items():
            for t in times:
                add("kube_node_status_allocatable", {"node": node["name"], "resource": sanitise(resource),
                                                     "unit": "integer", "job": "kube-state-metrics",
                                                     "instance": "kube-state-metrics:8080"},
                    t, count, help_="The allocatable for different resources of a node.")
        for t in times:
            add("kube_node_status_allocatable", {"node": node["name"], "resource": "cpu", "unit": "core",
                                                 "job": "kube-state-metrics", "instance": "kube-state-metrics:8080"},
                t, node["cpu"])

    lines = 0
    w = out.write
    for name, (typ, help_, series) in families.items():
        w(f"# HELP {name} {help_ or name}\n# TYPE {name} {typ}\n")
        for labels, samples in series.items():
            lab = ",".join(f'{k}="{v}"' for k, v in labels if v != "")
            prefix = f"{name}{{{lab}}} "
            w("".join(f"{prefix}{v} {t}\n" for t, v in sorted(samples.items())))
            lines += len(samples)
    w("# EOF\n")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fleet", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--end", type=int, default=None, help="epoch seconds (default: now)")
    ap.add_argument("--start", type=int, default=None, help="epoch seconds (default: end - days)")
    ap.add_argument("--days", type=float, default=None)
    ap.add_argument("--step", type=int, default=None)
    a = ap.parse_args()
    fleet = json.load(open(a.fleet, encoding="utf-8"))
    hist = fleet.get("history", {})
    step = a.step or int(hist.get("stepSeconds", 300))
    end = a.end or int(time.time())
    end -= end % step
    start = a.start if a.start is not None else end - int((a.days or hist.get("days", 14)) * DAY)
    t0 = time.monotonic()
    with open(a.out, "w", encoding="utf-8", buffering=1 << 20) as f:
        n = generate(fleet, start, end, step, f)
    print(json.dumps({"samples": n, "start": start, "end": end, "step": step,
                      "seconds": round(time.monotonic() - t0, 2)}))


if __name__ == "__main__":
    sys.exit(main())
