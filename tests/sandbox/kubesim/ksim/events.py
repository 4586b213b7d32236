"""v1 Event recording with the client-go correlator's aggregation (count, first/lastTimestamp)."""
import time

from . import resources
from .clock import now_iso

EVENTS = resources.lookup("", "events")


def ref(obj, field_path=None):
    md = obj["metadata"]
    r = {"kind": obj["kind"], "namespace": md.get("namespace", ""), "name": md["name"], "uid": md["uid"],
         "apiVersion": obj["apiVersion"], "resourceVersion": md.get("resourceVersion", "")}
    if not r["namespace"]:
        r.pop("namespace")
    if field_path:
        r["fieldPath"] = field_path
    return r


class Recorder:
    def __init__(self, store):
        self.store = store
        self.lock = store.lock  # one lock order: callers already hold the store lock
        self.index = {}
        self.seq = 0  # (uid, reason, message, component) -> (ns, name)

    def record(self, obj, typ, reason, message, component, host=None, field_path=None, at=None):
        """Record an Event about obj. `at` backdates it (seed state)."""
        t = time.time() if at is None else at
        md = obj["metadata"]
        ns = md.get("namespace") or "default"
        key = (md["uid"], reason, message, component, field_path)
        with self.lock:
            existing = self.index.get(key)
            if existing and self.store.get(EVENTS, *existing) is not None:
                def bump(ev):
                    ev["count"] = ev.get("count", 1) + 1
                    ev["lastTimestamp"] = now_iso(t)
                    return ev
                return self.store.mutate(EVENTS, existing[0], existing[1], bump)
            self.seq += 1
            name = "%s.%x" % (md["name"], int(t * 1e9) + self.seq)
            source = {"component": component}
            if host:
                source["host"] = host
            ev = {"metadata": {"name": name, "namespace": ns, "creationTimestamp": now_iso(t)},
                  "involvedObject": ref(obj, field_path), "reason": reason, "message": message,
                  "source": source, "firstTimestamp": now_iso(t), "lastTimestamp": now_iso(t), "count": 1,
                  "type": typ, "eventTime": None, "reportingComponent": component,
                  "reportingInstance": host or ""}
            created = self.store.create(EVENTS, ev)
            self.index[key] = (ns, name)
            return created
