"""/metrics: what runs now, in the series and label conventions of the sandbox's Prometheus history."""
import hashlib
import math
import time

from . import quantity, resources
from .clock import parse_iso
from .controllers import podutil

PODS = resources.lookup("", "pods")
NODES = resources.lookup("", "nodes")


def sanitise(r):
    return r.replace(".", "_").replace("/", "_").replace("-", "_")


# The conventions of tests/sandbox/prometheus/gen_history.py (checked by tests/test_metrics.py):
# per model (idle W, max W, idle temperature C); the parent model for MIG slices.
POWER = {"t4": (10, 70, 32), "rtx5000": (12, 230, 34), "a100": (40, 250, 33), "a30": (30, 165, 33),
         "u50": (15, 75, 40), "u250": (25, 225, 42), "v70": (20, 75, 41)}


# kube-state-metrics' --metric-labels-allowlist for nodes (gen_history.NODE_LABELS_ALLOWLIST).
NODE_LABELS_ALLOWLIST = ("plancia.io/server", "nvidia.com/gpu.product", "accelerator", "kubernetes.io/role",
                         "virtual-node.interlink/type")


def power_profile(model):
    return POWER.get(model.split("-")[0], (20, 200, 35))


def h32(*parts):
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=4).digest(), "big")


def noise(key, t):
    """Deterministic noise in [0, 1) for (key, t), as the history's."""
    x = math.sin((t / 300.0) * 12.9898 + key * 0.000123) * 43758.5453
    return x - math.floor(x)


def device_key(d):
    return h32(d.uuid or d.device_id, d.gi)


def dcgm_labels(d):
    labels = {"gpu": str(d.gpu), "UUID": d.uuid, "device": "nvidia%d" % d.gpu,
              "modelName": d.entry.get("dcgmModelName", ""), "Hostname": d.node}
    if d.gi is not None:
        labels["GPU_I_PROFILE"] = d.entry["mig"]["profile"]
        labels["GPU_I_ID"] = str(d.gi)
    return labels


def _lab(d):
    return ",".join('%s="%s"' % (k, str(v).replace("\\", "\\\\").replace('"', '\\"')) for k, v in d.items() if v != "")


class Metrics:
    def __init__(self, sim):
        self.sim = sim

    def render(self):
        fams = {}

        def add(name, typ, help_, labels, value):
            fams.setdefault(name, (typ, help_, []))[2].append((labels, value))

        sim = self.sim
        fleet = sim.fleet
        with sim.store.lock:
            pods = {(p["metadata"]["namespace"], p["metadata"]["name"]): p for p in sim.store.items(PODS)}
            nodes = sim.store.items(NODES)
            alloc = {uid: list(devs) for uid, devs in sim.scheduler.alloc.items()}
            # device -> (pod uid, (namespace, pod, container)), read under the lock with the pods
            holders = {id(d): (uid, d.pod) for uid, devs in alloc.items() for d in devs if d.pod is not None}
        now = time.time()
        for n in sorted(nodes, key=lambda n: n["metadata"]["name"]):
            name = n["metadata"]["name"]
            nl = {"node": name}
            for k in NODE_LABELS_ALLOWLIST:
                if k in (n["metadata"].get("labels") or {}):
                    nl["label_" + sanitise(k)] = n["metadata"]["labels"][k]
            add("kube_node_labels", "gauge", "Kubernetes labels converted to Prometheus labels.", nl, 1)
            for r, v in sorted((n["status"].get("allocatable") or {}).items()):
                unit = {"cpu": "core", "memory": "byte", "ephemeral-storage": "byte"}.get(r, "integer")
                val = quantity.try_parse(v)
                add("kube_node_status_allocatable", "gauge", "The allocatable for different resources of a node.",
                    {"node": name, "resource": sanitise(r), "unit": unit}, float(val))
            phys = fleet.physical.get(name) or fleet.virtual.get(name)
            for acc in (phys or {}).get("accelerators") or []:
                add("allocatable_accelerators", "gauge", "Accelerators allocatable on a node.",
                    {"node": name, "model": acc["model"], "extended_resource": acc["resource"]}, acc["count"])
        for p in sorted(pods.values(), key=lambda p: (p["metadata"]["namespace"], p["metadata"]["name"])):
            if not p["spec"].get("nodeName") or podutil.is_terminal(p):
                continue
            ns, pn, node = p["metadata"]["namespace"], p["metadata"]["name"], p["spec"]["nodeName"]
            for c in p["spec"].get("containers") or []:
                req = dict((c.get("resources") or {}).get("limits") or {})
                req.update((c.get("resources") or {}).get("requests") or {})
                for r, v in sorted(req.items()):
                    unit = {"cpu": "core", "memory": "byte"}.get(r, "integer")
                    add("kube_pod_container_resource_requests", "gauge",
                        "The number of requested request resource by a container.",
                        {"namespace": ns, "pod": pn, "container": c["name"], "node": node, "resource": sanitise(r),
                         "unit": unit}, float(quantity.try_parse(v)))
            if node in fleet.physical and p["status"].get("phase") == "Running":
                self._cpu_usage(add, p, now)
        counted = {}
        # Every physical GPU, MIG slice and FPGA board, as the DCGM and XRT exporters report them.
        for node_name in sorted(fleet.physical):
            node_devs = fleet.devices.get(node_name, [])
            slices_of = {}  # MIG parent gpu index -> [(device, load)]
            for d in node_devs:
                held = holders.get(id(d))
                load = 0.0
                if held:
                    uid, (ns, pn, _) = held
                    if (pods.get((ns, pn)) or {}).get("status", {}).get("phase") == "Running":
                        load = self._load(uid, now)
                if d.gpu is None:
                    self._fpga(add, d, load, now)
                    continue
                labels = dcgm_labels(d)
                if held:
                    uid, (ns, pn, cname) = held
                    key = (d.node, d.model, d.resource, ns, pn)
                    counted[key] = counted.get(key, 0) + 1
                    labels.update({"namespace": ns, "pod": pn, "container": cname})
                mem = d.entry.get("memoryMiB", 0)
                fb = int(mem * min(0.97, 0.15 + 0.8 * load)) if load else 1
                dkey = device_key(d)
                if d.gi is None:
                    idle_w, max_w, idle_c = power_profile(d.model)
                    add("DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %).", labels, int(round(100 * load)))
                    add("DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W).", labels,
                        round(idle_w + (max_w - idle_w) * load + 3 * noise(dkey + 3, now), 2))
                    add("DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C).", labels,
                        round(idle_c + 45 * load + 2 * noise(dkey + 4, now)))
                else:
                    slices_of.setdefault(d.gpu, []).append((d, load))
                add("DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB).", labels, fb)
                add("DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB).", labels, mem - fb)
                add("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "gauge", "Ratio of time the graphics engine is active.", labels,
                    round(load, 4))
            # A MIG-enabled GPU reports power and temperature on the parent (no pod: slices are shared);
            # utilisation only per slice (DCGM_FI_PROF_GR_ENGINE_ACTIVE), as in the history.
            for gpu, slices in sorted(slices_of.items()):
                d = slices[0][0]
                parent = {"gpu": str(gpu), "UUID": d.uuid, "device": "nvidia%d" % gpu,
                          "modelName": d.entry.get("dcgmModelName", ""), "Hostname": d.node}
                busy = sum(load for _, load in slices) / len(slices)
                idle_w, max_w, idle_c = power_profile(d.entry["mig"]["parentModel"])
                pkey = h32(d.uuid, None)
                add("DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W).", parent,
                    round(idle_w + (max_w - idle_w) * busy * (0.9 + 0.1 * noise(pkey, now)), 2))
                add("DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C).", parent,
                    round(idle_c + 40 * busy + 2 * noise(pkey + 1, now)))
        for uid, devs in alloc.items():
            for d in devs:
                held = holders.get(id(d))
                if held and d.gpu is None:  # FPGAs and virtual-node GPUs (no DCGM series above)
                    key = (d.node, d.model, d.resource) + tuple(held[1][:2])
                    counted[key] = counted.get(key, 0) + 1
        for (node, model, resource, ns, pn), cnt in sorted(counted.items()):
            pod = pods.get((ns, pn)) or {}
            project = (pod.get("metadata", {}).get("labels") or {}).get("ai-infn.it/project", "")
            add("allocated_accelerators", "gauge", "Accelerators allocated to a pod.",
                {"node": node, "model": model, "extended_resource": resource, "namespace": ns, "pod": pn,
                 "project": project}, cnt)
        out = []
        for name, (typ, help_, samples) in fams.items():
            out.append("# HELP %s %s\n# TYPE %s %s\n" % (name, help_, name, typ))
            for labels, v in samples:
                out.append("%s{%s} %s\n" % (name, _lab(labels), _num(v)))
        return "".join(out)

    @staticmethod
    def _load(uid, now):
        """Load of a running pod's devices: a slow wave, phase from the pod uid (stable across runs)."""
        phase = (h32(uid) % 1000) / 1000.0
        return max(0.05, min(1.0, 0.6 + 0.35 * math.sin(now / 60.0 + phase * 6.28)))

    @staticmethod
    def _cpu_utilisation_integral(uid, t0, t1):
        """Core-seconds per requested core from t0 to t1: utilisation 0.55 + 0.35 sin(t / 600 + phase),
        between 20 % and 90 % as in the history, integrated exactly (a counter never decreases)."""
        phase = (h32("cpu", uid) % 1000) / 1000.0 * 6.28
        t1 = max(t0, t1)
        return 0.55 * (t1 - t0) + 0.35 * 600 * (math.cos(t0 / 600 + phase) - math.cos(t1 / 600 + phase))

    @classmethod
    def _cpu_usage(cls, add, p, now):
        """cAdvisor's container_cpu_usage_seconds_total of a running pod's containers on a physical
        node: the requested cores (0.1 without a request) times the utilisation since the container
        started (its wall-clock run time: Prometheus rates are per wall-clock second)."""
        meta, st = p["metadata"], p["status"]
        started = {}
        for cs in st.get("containerStatuses") or []:
            running = (cs.get("state") or {}).get("running") or {}
            started[cs.get("name")] = parse_iso(running.get("startedAt"))
        for c in p["spec"].get("containers") or []:
            t0 = started.get(c["name"]) or parse_iso(st.get("startTime")) or now
            res = c.get("resources") or {}
            cpu = ((res.get("requests") or {}).get("cpu") or (res.get("limits") or {}).get("cpu"))
            cores = float(quantity.try_parse(cpu)) if cpu else 0.1
            used = cores * cls._cpu_utilisation_integral(meta.get("uid", meta["name"]) + "/" + c["name"], t0, now)
            add("container_cpu_usage_seconds_total", "counter", "Cumulative cpu time consumed in seconds.",
                {"namespace": meta["namespace"], "pod": meta["name"], "container": c["name"],
                 "node": p["spec"]["nodeName"]}, round(used, 3))

    @staticmethod
    def _fpga(add, d, load, now):
        idle_w, max_w, idle_c = power_profile(d.model)
        labels = {"device_id": d.device_id, "shell": d.entry.get("shell", ""), "Hostname": d.node, "model": d.model}
        key = device_key(d)
        add("xrt_device_ready", "gauge", "XRT device ready (1) or not (0).", labels, 1)
        add("xrt_device_power_consumption", "gauge", "Board power (W).", labels,
            round(idle_w + (max_w - idle_w) * load, 2))
        add("xrt_device_temperature", "gauge", "FPGA temperature (C).", labels,
            round(idle_c + 30 * load + 2 * noise(key + 1, now), 1))


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
