"""/metrics: what runs now, in the series and label conventions of the sandbox's Prometheus history."""
import math
import time

from . import quantity, resources
from .controllers import podutil

PODS = resources.lookup("", "pods")
NODES = resources.lookup("", "nodes")


def sanitise(r):
    return r.replace(".", "_").replace("/", "_").replace("-", "_")


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
        now = time.time()
        for n in sorted(nodes, key=lambda n: n["metadata"]["name"]):
            name = n["metadata"]["name"]
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
        counted = {}
        holders = {}
        for uid, devs in alloc.items():
            for d in devs:
                if d.pod is not None:
                    holders[id(d)] = (uid, d.pod)
        # Every physical GPU / MIG slice, as the DCGM exporter reports it: pod labels while held.
        for node_name in sorted(fleet.physical):
            for d in fleet.devices.get(node_name, []):
                if d.gpu is None:
                    continue
                labels = {"gpu": str(d.gpu), "UUID": d.uuid, "device": "nvidia%d" % d.gpu,
                          "modelName": d.entry.get("dcgmModelName", ""), "Hostname": d.node}
                if d.gi is not None:
                    labels["GPU_I_PROFILE"] = d.entry["mig"]["profile"]
                    labels["GPU_I_ID"] = str(d.gi)
                held = holders.get(id(d))
                load, fb = 0.0, 1
                mem = d.entry.get("memoryMiB", 0)
                if held:
                    uid, (ns, pn, cname) = held
                    key = (d.node, d.model, d.resource, ns, pn)
                    counted[key] = counted.get(key, 0) + 1
                    labels.update({"namespace": ns, "pod": pn, "container": cname})
                    if (pods.get((ns, pn)) or {}).get("status", {}).get("phase") == "Running":
                        load = self._load(uid, d, now)
                        fb = int(mem * min(0.97, 0.15 + 0.8 * load))
                if d.gi is None:
                    add("DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %).", labels, int(round(100 * load)))
                add("DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB).", labels, fb)
                add("DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB).", labels, mem - fb)
                add("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "gauge", "Ratio of time the graphics engine is active.", labels,
                    round(load, 4))
        for uid, devs in alloc.items():
            for d in devs:
                if d.pod is not None and d.gpu is None:  # FPGAs and virtual-node GPUs: attribution only
                    key = (d.node, d.model, d.resource) + tuple(d.pod[:2])
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
    def _load(uid, dev, now):
        phase = (hash(uid) % 1000) / 1000.0
        return max(0.05, min(1.0, 0.6 + 0.35 * math.sin(now / 60.0 + phase * 6.28)))


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
