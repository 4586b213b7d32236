"""fleet.json → Nodes, Namespaces, Kueue objects, and the accelerator devices behind node resources.

Device numbering and UUIDs follow tests/sandbox/prometheus/gen_history.py (gpu index per node in
accelerator order, MIG slices on their parent's index with GPU_I_ID 7.., UUID from sha1 of
node/model/index), so the simulator's live series continue the backfilled history.
"""
import hashlib

from . import quantity
from .clock import now_iso

INTERLINK_TAINT = "virtual-node.interlink/no-schedule"
DAY = 86400


def uuid_for(node, model, idx):
    h = hashlib.sha1(("%s/%s/%d" % (node, model, idx)).encode()).hexdigest()
    return "GPU-%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


class Device:
    def __init__(self, node, entry, ordinal, gpu=None, gi=None, uuid=None, device_id=None):
        self.node = node
        self.entry = entry  # the accelerator entry (dict from fleet.json)
        self.ordinal = ordinal
        self.gpu = gpu
        self.gi = gi
        self.uuid = uuid
        self.device_id = device_id
        self.pod = None  # (namespace, name, container) holding it

    @property
    def model(self):
        return self.entry["model"]

    @property
    def resource(self):
        return self.entry["resource"]


def node_devices(node):
    out = []
    gpu_index = 0
    fpga_index = 0
    for acc in node.get("accelerators") or []:
        if acc["kind"] == "gpu" and acc.get("mig"):
            mig = acc["mig"]
            per = mig.get("slicesPerParent", 7)
            first = mig.get("firstInstanceId", 7)
            n = 0
            for p in range(mig.get("parentCount", 1)):
                parent_uuid = uuid_for(node["name"], mig["parentModel"], gpu_index)
                for s in range(min(per, acc["count"] - p * per)):
                    out.append(Device(node["name"], acc, n, gpu=gpu_index, gi=first + s, uuid=parent_uuid))
                    n += 1
                gpu_index += 1
        elif acc["kind"] == "gpu":
            for i in range(acc["count"]):
                out.append(Device(node["name"], acc, i, gpu=gpu_index,
                                  uuid=uuid_for(node["name"], acc["model"], gpu_index)))
                gpu_index += 1
        else:
            for i in range(acc["count"]):
                out.append(Device(node["name"], acc, i,
                                  device_id="0000:%02x:00.1" % (0x3b + fpga_index * 0x10)))
                fpga_index += 1
    return out


class Fleet:
    def __init__(self, data):
        self.data = data
        self.cluster = data.get("cluster") or {}
        self.admin_group = self.cluster.get("adminGroup", "ml-infn")
        self.users = {u["username"]: u for u in data.get("users") or []}
        self.physical = {n["name"]: n for n in data.get("nodes") or []}
        self.virtual = {n["name"]: n for n in data.get("virtualNodes") or []}
        self.devices = {}
        for n in list(self.physical.values()) + list(self.virtual.values()):
            self.devices[n["name"]] = node_devices(n) if n["name"] in self.physical else \
                [Device(n["name"], acc, i) for acc in n.get("accelerators") or [] for i in range(acc["count"])]

    def namespace_of(self, username):
        u = self.users.get(username)
        if u and u.get("namespace"):
            return u["namespace"]
        return self.cluster.get("userNamespaceTemplate", "user-{username}").format(username=username)

    def namespaces_of(self, username):
        return {self.namespace_of(username)} if username in self.users else set()

    def entry_labels(self, node_name, entry):
        n = self.physical.get(node_name) or self.virtual.get(node_name)
        labels = dict(n.get("labels") or {})
        labels.update(entry.get("labels") or {})
        return labels

    # -- objects -----------------------------------------------------------------------------------
    def node_objects(self, boot):
        out = []
        for i, n in enumerate(self.physical.values()):
            out.append(self._node(n, i, boot, virtual=False))
        for i, n in enumerate(self.virtual.values()):
            out.append(self._node(n, 100 + i, boot, virtual=True))
        return out

    def _node(self, n, idx, boot, virtual):
        res = {}
        for acc in n.get("accelerators") or []:
            res[acc["resource"]] = res.get(acc["resource"], 0) + acc["count"]
        cap = {"cpu": str(n["cpu"]), "memory": quantity.fmt_bytes(quantity.parse(n["memory"])),
               "ephemeral-storage": "1921722500Ki" if not virtual else "100Ti",
               "hugepages-1Gi": "0", "hugepages-2Mi": "0", "pods": "110" if not virtual else "1000"}
        if virtual:
            cap.pop("hugepages-1Gi")
            cap.pop("hugepages-2Mi")
        for k, v in res.items():
            cap[k] = str(v)
        created = now_iso(boot - (180 - idx % 50) * DAY if not virtual else boot - (40 - idx % 30) * DAY)
        hb = now_iso()
        connected = n.get("connected", True)
        conds = []
        if not virtual:
            for typ, reason, msg in (("MemoryPressure", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                                     ("DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                                     ("PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available")):
                conds.append({"type": typ, "status": "False", "reason": reason, "message": msg,
                              "lastHeartbeatTime": hb, "lastTransitionTime": created})
            conds.append({"type": "Ready", "status": "True", "reason": "KubeletReady",
                          "message": "kubelet is posting ready status", "lastHeartbeatTime": hb,
                          "lastTransitionTime": created})
        else:
            since = now_iso(boot - 3 * 3600) if not connected else created
            conds.append({"type": "Ready", "status": "True" if connected else "Unknown",
                          "reason": "KubeletReady" if connected else "NodeStatusUnknown",
                          "message": "Kubelet is ready" if connected else "Kubelet stopped posting node status.",
                          "lastHeartbeatTime": hb if connected else since, "lastTransitionTime": since})
            conds.append({"type": "InterlinkConnectivity", "status": "True" if connected else "False",
                          "reason": "InterlinkPingSuccessful" if connected else "InterlinkPingFailed",
                          "message": "Ping to InterLink API succeeded" if connected else
                          "Ping to InterLink API failed: connection refused",
                          "lastHeartbeatTime": hb, "lastTransitionTime": since})
        taints = [dict(t) for t in n.get("taints") or []]
        if virtual and not connected:
            ts = now_iso(boot - 3 * 3600)
            taints += [{"key": "node.kubernetes.io/unreachable", "effect": "NoSchedule", "timeAdded": ts},
                       {"key": "node.kubernetes.io/unreachable", "effect": "NoExecute", "timeAdded": ts}]
        labels = dict(n.get("labels") or {})
        labels.setdefault("kubernetes.io/hostname", n["name"])
        labels.setdefault("beta.kubernetes.io/arch", "amd64")
        labels.setdefault("beta.kubernetes.io/os", labels.get("kubernetes.io/os", "linux"))
        if virtual:
            for acc in n.get("accelerators") or []:
                for k, v in (acc.get("labels") or {}).items():
                    labels.setdefault(k, v)
        spec = {"podCIDR": "10.244.%d.0/24" % idx, "podCIDRs": ["10.244.%d.0/24" % idx]}
        if taints:
            spec["taints"] = taints
        ip = "10.10.0.%d" % (11 + idx) if not virtual else "10.10.1.%d" % (idx - 99)
        info = {"architecture": "amd64", "bootID": "", "containerRuntimeVersion": "containerd://1.7.22",
                "kernelVersion": "5.15.0-126-generic", "kubeProxyVersion": "v1.31.4",
                "kubeletVersion": "v1.31.4", "machineID": hashlib.md5(n["name"].encode()).hexdigest(),
                "operatingSystem": "linux", "osImage": "Ubuntu 22.04.5 LTS",
                "systemUUID": str(hashlib.md5(("sys" + n["name"]).encode()).hexdigest())}
        if virtual:
            info.update({"containerRuntimeVersion": "", "kernelVersion": "", "kubeProxyVersion": "",
                         "kubeletVersion": "v1.31.4-vk-interlink-0.4.1", "operatingSystem": "linux",
                         "osImage": "interLink %s plugin (%s)" % (n.get("plugin", ""), n.get("site", ""))})
        return {"metadata": {"name": n["name"], "labels": labels, "creationTimestamp": created,
                             "annotations": {"node.alpha.kubernetes.io/ttl": "0",
                                             "volumes.kubernetes.io/controller-managed-attach-detach": "true"}},
                "spec": spec,
                "status": {"capacity": cap, "allocatable": dict(cap), "conditions": conds,
                           "addresses": [{"type": "InternalIP", "address": ip}, {"type": "Hostname",
                                                                                 "address": n["name"]}],
                           "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}}, "nodeInfo": info,
                           "phase": None}}

    def namespace_objects(self, boot):
        out = []
        names = list(self.cluster.get("systemNamespaces") or []) + ["default", "kube-public", "kube-node-lease"]
        for i, name in enumerate(dict.fromkeys(names)):
            out.append(self._ns(name, boot - 200 * DAY, {}))
        for i, u in enumerate(self.users.values()):
            ns = self.namespace_of(u["username"])
            out.append(self._ns(ns, boot - (150 - i * 5) * DAY, {"ai-infn.it/user": u["username"]}))
        return out

    def _ns(self, name, t, labels):
        labels = dict(labels, **{"kubernetes.io/metadata.name": name})
        return {"metadata": {"name": name, "labels": labels, "creationTimestamp": now_iso(t)},
                "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}

    def kueue_objects(self, boot):
        kq = self.data.get("kueue") or {}
        t = now_iso(boot - 120 * DAY)
        flavors, cqs, lqs = [], [], []
        for rf in kq.get("resourceFlavors") or []:
            flavors.append(self._flavor(rf, t))
        for cq in kq.get("clusterQueues") or []:
            groups = []
            for rg in cq.get("resourceGroups") or []:
                fl = [{"name": f["name"], "resources": [
                    dict({"name": r["name"], "nominalQuota": r["nominalQuota"]},
                         **{k: r[k] for k in ("borrowingLimit", "lendingLimit") if k in r})
                    for r in f.get("resources") or []]} for f in rg.get("flavors") or []]
                groups.append({"coveredResources": list(rg.get("coveredResources") or []), "flavors": fl})
            spec = {"namespaceSelector": {}, "queueingStrategy": cq.get("queueingStrategy", "BestEffortFIFO"),
                    "resourceGroups": groups, "flavorFungibility": {"whenCanBorrow": "Borrow",
                                                                    "whenCanPreempt": "TryNextFlavor"},
                    "stopPolicy": "None"}
            if cq.get("cohort"):
                spec["cohort"] = cq["cohort"]
            spec["preemption"] = dict({"borrowWithinCohort": {"policy": "Never"}, "reclaimWithinCohort": "Never",
                                       "withinClusterQueue": "Never"}, **(cq.get("preemption") or {}))
            cqs.append({"apiVersion": "kueue.x-k8s.io/v1beta1", "kind": "ClusterQueue",
                        "metadata": {"name": cq["name"], "creationTimestamp": t,
                                     "finalizers": ["kueue.x-k8s.io/resource-in-use"]},
                        "spec": spec, "status": {}})
        # Every user namespace gets one LocalQueue per name: the first entry of that name whose
        # forGroups meet the user's groups.
        for u in self.users.values():
            done = set()
            for entry in kq.get("localQueues") or []:
                if entry["name"] in done or not set(entry.get("forGroups") or []) & set(u.get("groups") or []):
                    continue
                done.add(entry["name"])
                ns = entry.get("namespaceTemplate", "user-{username}").format(username=u["username"]) \
                    if not u.get("namespace") else u["namespace"]
                lqs.append({"apiVersion": "kueue.x-k8s.io/v1beta1", "kind": "LocalQueue",
                            "metadata": {"name": entry["name"], "namespace": ns, "creationTimestamp": t},
                            "spec": {"clusterQueue": entry["clusterQueue"], "stopPolicy": "None"}, "status": {}})
        return flavors, cqs, lqs

    def priority_class_objects(self, boot):
        """scheduling.k8s.io/v1 PriorityClasses: the two every cluster has, then fleet.json's."""
        t = now_iso(boot - 200 * DAY)
        out = []
        system = [{"name": "system-cluster-critical", "value": 2000000000,
                   "description": "Used for system critical pods that must run in the cluster, but can be moved "
                                  "to another node if necessary."},
                  {"name": "system-node-critical", "value": 2000001000,
                   "description": "Used for system critical pods that must not be moved from their current node."}]
        for pc in system + list(self.data.get("priorityClasses") or []):
            out.append({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass",
                        "metadata": {"name": pc["name"], "creationTimestamp": t},
                        "value": pc["value"], "globalDefault": bool(pc.get("globalDefault", False)),
                        "description": pc.get("description", ""),
                        "preemptionPolicy": pc.get("preemptionPolicy", "PreemptLowerPriority")})
        return out

    def _flavor(self, rf, t):
        spec = {"nodeLabels": dict(rf.get("nodeLabels") or {})}
        if rf.get("nodeTaints"):
            spec["nodeTaints"] = [dict(x) for x in rf["nodeTaints"]]
        if rf.get("tolerations"):
            spec["tolerations"] = [dict(x) for x in rf["tolerations"]]
        return {"apiVersion": "kueue.x-k8s.io/v1beta1", "kind": "ResourceFlavor",
                "metadata": {"name": rf["name"], "creationTimestamp": t,
                             "finalizers": ["kueue.x-k8s.io/resource-in-use"]}, "spec": spec}
