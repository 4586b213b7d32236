"""A small kube-scheduler: filters (readiness, taints, selector/affinity, resources incl. per-model
accelerator devices), a score that sends taint-tolerating pods to virtual nodes, binding, and the
notebook preemption of opportunistic Kueue batch workloads."""
from fractions import Fraction

from .. import errors, quantity, resources
from ..clock import now_iso
from . import podutil

PODS = resources.lookup("", "pods")
NODES = resources.lookup("", "nodes")
BASIC = ("cpu", "memory", "ephemeral-storage", "pods")


def is_notebook(pod):
    labels = pod["metadata"].get("labels") or {}
    return labels.get("component") == "singleuser-server" and labels.get("app") == "jupyterhub"


class Scheduler:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store
        self.fleet = sim.fleet
        self.alloc = {}  # pod uid -> [Device]
        self.last_msg = {}

    # -- accounting --------------------------------------------------------------------------------
    def sync_alloc(self):
        live = {}
        for p in self.store.items(PODS):
            if p["spec"].get("nodeName") and not podutil.is_terminal(p):
                live[p["metadata"]["uid"]] = p
        for uid in list(self.alloc):
            if uid not in live:
                for d in self.alloc.pop(uid):
                    d.pod = None
        return live

    def node_usage(self, live):
        used = {}
        for p in live.values():
            u = used.setdefault(p["spec"]["nodeName"], {})
            for k, v in quantity.pod_requests(p["spec"]).items():
                u[k] = u.get(k, Fraction(0)) + v
            u["pods"] = u.get("pods", Fraction(0)) + 1
        return used

    def free_devices(self, node_name, resource, spec):
        """Free devices of `resource` on node whose (node ∪ entry) labels satisfy the pod's selector."""
        out = []
        for d in self.fleet.devices.get(node_name, []):
            if d.resource != resource or d.pod is not None:
                continue
            if spec is not None and not podutil.pod_matches_labels(spec, self.fleet.entry_labels(node_name, d.entry)):
                continue
            out.append(d)
        return out

    def flavor_free(self, node_labels_sel, resource, reserved_extra=0):
        """Free devices of resource on all ready nodes matching a flavor's nodeLabels (for Kueue)."""
        total = 0
        for node in self.store.items(NODES):
            if not self._node_ready(node):
                continue
            name = node["metadata"]["name"]
            for d in self.fleet.devices.get(name, []):
                if d.resource != resource or d.pod is not None:
                    continue
                labels = self.fleet.entry_labels(name, d.entry)
                if all(labels.get(k) == v for k, v in node_labels_sel.items()):
                    total += 1
        # Notebook pods waiting for a nominated node hold their claim.
        for p in self.store.items(PODS):
            if not p["spec"].get("nodeName") and (p.get("status") or {}).get("nominatedNodeName"):
                total -= int(quantity.pod_requests(p["spec"]).get(resource, 0))
        return total

    @staticmethod
    def _node_ready(node):
        if (node.get("spec") or {}).get("unschedulable"):
            return False
        return any(c["type"] == "Ready" and c["status"] == "True" for c in node["status"].get("conditions") or [])

    # -- filtering ---------------------------------------------------------------------------------
    def fit(self, pod, node, used):
        """None if the pod fits on node, else a (reason-key) string as in the scheduler's message."""
        spec = pod["spec"]
        name = node["metadata"]["name"]
        if (node.get("spec") or {}).get("unschedulable"):
            return "node(s) were unschedulable"
        taints = (node.get("spec") or {}).get("taints") or []
        if not self._node_ready(node) and not any(t["key"].startswith("node.kubernetes.io/") for t in taints):
            taints = taints + [{"key": "node.kubernetes.io/not-ready", "effect": "NoSchedule"}]
        for t in taints:
            if t.get("effect") in ("NoSchedule", "NoExecute") and not podutil.tolerates(spec.get("tolerations"), t):
                return "node(s) had untolerated taint {%s: %s}" % (t["key"], t.get("value", ""))
        labels = node["metadata"].get("labels") or {}
        devs = self.fleet.devices.get(name, [])
        label_sets = [labels] + [self.fleet.entry_labels(name, d.entry) for d in devs]
        if not any(podutil.pod_matches_labels(spec, ls) for ls in label_sets):
            return "node(s) didn't match Pod's node affinity/selector"
        req = quantity.pod_requests(spec)
        alloc = node["status"].get("allocatable") or {}
        u = used.get(name, {})
        if u.get("pods", 0) + 1 > quantity.try_parse(alloc.get("pods", "110")):
            return "Too many pods"
        for k, v in req.items():
            if v == 0:
                continue
            if k in BASIC:
                if u.get(k, 0) + v > quantity.try_parse(alloc.get(k, "0")):
                    return "Insufficient %s" % k
            else:
                if len(self.free_devices(name, k, spec)) < v:
                    return "Insufficient %s" % k
        return None

    def score(self, pod, node, used):
        labels = node["metadata"].get("labels") or {}
        virtual = labels.get("virtual-node.interlink/type") == "virtual-kubelet"
        s = 0.0
        if virtual:
            s += 1000  # the user flagged the pod offloadable by tolerating the taint
        alloc = node["status"].get("allocatable") or {}
        u = used.get(node["metadata"]["name"], {})
        cpu = quantity.try_parse(alloc.get("cpu", "1")) or 1
        s += float(1 - u.get("cpu", 0) / cpu) * 10
        return s

    # -- the loop ----------------------------------------------------------------------------------
    def reconcile(self):
        with self.store.lock:
            live = self.sync_alloc()
            used = self.node_usage(live)
            nodes = sorted(self.store.items(NODES), key=lambda n: n["metadata"]["name"])
            pending = [p for p in self.store.items(PODS)
                       if not p["spec"].get("nodeName") and not p["metadata"].get("deletionTimestamp")
                       and (p.get("status") or {}).get("phase", "Pending") == "Pending"
                       and p["spec"].get("schedulerName", "default-scheduler") == "default-scheduler"
                       and not p["spec"].get("schedulingGates")]
            pending.sort(key=lambda p: (-(p["spec"].get("priority") or 0), p["metadata"]["creationTimestamp"],
                                        p["metadata"]["name"]))
            for pod in pending:
                reasons = {}
                best = None
                for node in nodes:
                    r = self.fit(pod, node, used)
                    if r is None:
                        sc = self.score(pod, node, used)
                        if best is None or sc > best[0]:
                            best = (sc, node)
                    else:
                        reasons[r] = reasons.get(r, 0) + 1
                if best:
                    self.bind(pod["metadata"]["namespace"], pod["metadata"]["name"], best[1]["metadata"]["name"])
                    live = self.sync_alloc()
                    used = self.node_usage(live)
                    continue
                self._unschedulable(pod, nodes, reasons)
                if is_notebook(pod) and not (pod.get("status") or {}).get("nominatedNodeName"):
                    self.sim.kueue.preempt_for(pod, nodes, used)

    def _unschedulable(self, pod, nodes, reasons):
        parts = sorted("%d %s" % (n, r) for r, n in reasons.items())
        msg = "0/%d nodes are available: %s. preemption: 0/%d nodes are available: %d Preemption is not " \
              "helpful for scheduling." % (len(nodes), ", ".join(parts), len(nodes), len(nodes))
        uid = pod["metadata"]["uid"]
        if self.last_msg.get(uid) == msg:
            return

        def upd(p):
            st = p.setdefault("status", {})
            podutil.set_condition(st.setdefault("conditions", []), "PodScheduled", "False", "Unschedulable", msg)
            return p
        self.store.mutate(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"], upd)
        self.last_msg[uid] = msg
        self.sim.recorder.record(pod, "Warning", "FailedScheduling", msg, "default-scheduler")

    def allocate(self, pod, node_name=None):
        """Give a pod concrete devices on its node (at binding, or when state is reloaded)."""
        node_name = node_name or pod["spec"]["nodeName"]
        devs = []
        for k, v in quantity.pod_requests(pod["spec"]).items():
            if k in BASIC or v == 0:
                continue
            devs += self.free_devices(node_name, k, pod["spec"])[:int(v)]
        for d in devs:
            d.pod = (pod["metadata"]["namespace"], pod["metadata"]["name"], pod["spec"]["containers"][0]["name"])
        self.alloc[pod["metadata"]["uid"]] = devs
        return devs

    def bind(self, ns, name, node_name, at=None, quiet=False):
        """Bind a pod (also the pods/binding subresource). Allocates concrete accelerator devices."""
        with self.store.lock:
            pod = self.store.must_get(PODS, ns, name)
            if pod["spec"].get("nodeName"):
                raise errors.conflict(PODS, name, "pod %s is already assigned to node \"%s\""
                                      % (name, pod["spec"]["nodeName"]))
            node = self.store.get(NODES, None, node_name)
            if node is None:
                raise errors.not_found(NODES, node_name)
            devs = self.allocate(pod, node_name)
            ts = now_iso(at)

            def upd(p):
                p["spec"]["nodeName"] = node_name
                st = p.setdefault("status", {})
                st.pop("nominatedNodeName", None)
                podutil.set_condition(st.setdefault("conditions", []), "PodScheduled", "True", now=ts)
                c = podutil.get_condition(p, "PodScheduled")
                c.pop("reason", None)
                c.pop("message", None)
                return p
            self.store.mutate(PODS, ns, name, upd)
            self.last_msg.pop(pod["metadata"]["uid"], None)
            if not quiet:
                self.sim.recorder.record(pod, "Normal", "Scheduled", "Successfully assigned %s/%s to %s"
                                         % (ns, name, node_name), "default-scheduler", at=at)
            self.sim.kick()
            return devs
