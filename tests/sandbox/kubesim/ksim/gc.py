"""Deletion semantics: graceful pod deletion, finalizers, propagationPolicy, and the garbage collector."""
from . import resources

PODS = resources.lookup("", "pods")
SCANNED = [r for r in resources.RESOURCES if r.plural not in ("events", "nodes", "namespaces")]


class GarbageCollector:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store

    def default_policy(self, rd):
        # batch/v1 Jobs keep the legacy default: orphan the pods (the apiserver warns about it).
        return "Orphan" if rd.kind == "Job" else "Background"

    def delete(self, rd, ns, name, opts):
        """Start deleting an object. Returns (object, deleted_immediately) or None if absent."""
        with self.store.lock:
            cur = self.store.get(rd, ns, name)
            if cur is None:
                return None
            policy = opts.get("propagationPolicy") or self.default_policy(rd)
            if policy == "Orphan":
                self._orphan(cur)
            if rd.kind == "Namespace":
                return self._delete_namespace(cur), False
            md = cur["metadata"]
            grace = opts.get("gracePeriodSeconds")
            if rd is PODS and (cur.get("spec") or {}).get("nodeName") and grace != 0:
                if grace is None:
                    grace = (cur.get("spec") or {}).get("terminationGracePeriodSeconds", 30)
                if md.get("deletionTimestamp"):
                    return cur, False
                obj = self.store.mark_deleting(rd, ns, name, grace=grace,
                                               add_finalizer="foregroundDeletion" if policy == "Foreground" else None)
                self.sim.kick()
                return obj, False
            if policy == "Foreground" and self.dependents(md["uid"]):
                obj = self.store.mark_deleting(rd, ns, name, add_finalizer="foregroundDeletion")
                self.sim.kick()
                return obj, False
            if md.get("finalizers"):
                return self.store.mark_deleting(rd, ns, name), False
            obj = self.store.remove(rd, ns, name)
            self.sim.kick()
            return obj, True

    def _orphan(self, owner):
        uid = owner["metadata"]["uid"]
        for rd, dep in self.dependents(uid):
            if rd.kind == "Workload":
                continue  # Kueue owns workload lifecycle: it deletes a workload whose job is gone
            def drop(o):
                o["metadata"]["ownerReferences"] = [r for r in o["metadata"].get("ownerReferences") or []
                                                    if r.get("uid") != uid]
                if not o["metadata"]["ownerReferences"]:
                    del o["metadata"]["ownerReferences"]
                return o
            self.store.mutate(rd, dep["metadata"].get("namespace"), dep["metadata"]["name"], drop)

    def _delete_namespace(self, ns_obj):
        name = ns_obj["metadata"]["name"]
        for rd in resources.RESOURCES:
            if rd.namespaced:
                for o in self.store.items(rd, name):
                    self.store.remove(rd, name, o["metadata"]["name"])
        return self.store.remove(resources.lookup("", "namespaces"), None, name)

    def dependents(self, uid):
        out = []
        for rd in SCANNED:
            for o in self.store.items(rd):
                for r in o["metadata"].get("ownerReferences") or []:
                    if r.get("uid") == uid:
                        out.append((rd, o))
                        break
        return out

    def reconcile(self):
        """One GC pass: delete dependents whose owners are all gone; finish foreground deletions."""
        with self.store.lock:
            for rd in SCANNED:
                for o in self.store.items(rd):
                    md = o["metadata"]
                    refs = md.get("ownerReferences") or []
                    if refs and not md.get("deletionTimestamp") and \
                            all(self.store.by_uid_get(r.get("uid")) is None for r in refs):
                        self.delete(rd, md.get("namespace"), md["name"], {"propagationPolicy": "Background"})
                        continue
                    if md.get("deletionTimestamp") and "foregroundDeletion" in (md.get("finalizers") or []):
                        deps = self.dependents(md["uid"])
                        if deps:
                            for drd, d in deps:
                                if not d["metadata"].get("deletionTimestamp"):
                                    self.delete(drd, d["metadata"].get("namespace"), d["metadata"]["name"],
                                                {"propagationPolicy": "Background"})
                        elif rd is not PODS:
                            def unfin(x):
                                x["metadata"]["finalizers"] = [f for f in x["metadata"]["finalizers"]
                                                               if f != "foregroundDeletion"]
                                return x
                            self.store.mutate(rd, md.get("namespace"), md["name"], unfin)
