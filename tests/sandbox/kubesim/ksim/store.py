"""Object store with one global resourceVersion counter (like etcd) and a bounded change history.

Stored objects are never mutated after being stored: writers pass a fresh dict, readers may hand the
stored dict straight to the serializer. The history keeps (rv, type, object, previous object) so that
watches can resume from any version still in the window and paged lists can be served from a
consistent snapshot; versions older than the window give 410 like a compacted etcd.
"""
import base64
import collections
import copy
import json
import threading
import uuid

from . import errors
from .clock import now_iso

Change = collections.namedtuple("Change", "rv rkey type obj prev")


def obj_key(obj):
    md = obj.get("metadata") or {}
    return (md.get("namespace") or "", md["name"])


def sort_key(k):
    return "%s/%s" % k if k[0] else k[1]


class Store:
    def __init__(self, history_size=5000):
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        self.rv = 1000
        self.objs = collections.defaultdict(dict)
        self.by_uid = {}
        self.history = collections.deque(maxlen=history_size)
        # Oldest rv from which a watch can resume without missing anything.
        self.compacted = self.rv
        self.listeners = []
        self.write_count = 0

    # -- low level -------------------------------------------------------------------------------
    def _next_rv(self):
        self.rv += 1
        return self.rv

    def _record(self, rkey, typ, obj, prev):
        if len(self.history) == self.history.maxlen:
            self.compacted = self.history[0].rv
        self.history.append(Change(int(obj["metadata"]["resourceVersion"]), rkey, typ, obj, prev))
        self.write_count += 1
        self.cond.notify_all()
        for cb in self.listeners:
            cb(rkey, typ, obj)

    def _put(self, rd, obj, typ, prev):
        key = obj_key(obj)
        self.objs[rd.key][key] = obj
        self.by_uid[obj["metadata"]["uid"]] = (rd, key)
        self._record(rd.key, typ, obj, prev)

    # -- reads -----------------------------------------------------------------------------------
    def get(self, rd, ns, name):
        with self.lock:
            return self.objs[rd.key].get((ns or "", name))

    def must_get(self, rd, ns, name):
        o = self.get(rd, ns, name)
        if o is None:
            raise errors.not_found(rd, name)
        return o

    def by_uid_get(self, uid):
        with self.lock:
            ref = self.by_uid.get(uid)
            if not ref:
                return None
            return self.objs[ref[0].key].get(ref[1])

    def items(self, rd, ns=None):
        with self.lock:
            objs = self.objs[rd.key]
            if ns:
                return [o for k, o in objs.items() if k[0] == ns]
            return list(objs.values())

    def snapshot(self, rd, ns, at_rv):
        """Objects of rd (in ns) as they were at at_rv, sorted by key; 410 Expired if compacted."""
        with self.lock:
            if at_rv < self.compacted:
                raise errors.expired("too old resource version: %d (%d)" % (at_rv, self.compacted))
            state = dict(self.objs[rd.key])
            for ch in reversed(self.history):
                if ch.rv <= at_rv:
                    break
                if ch.rkey != rd.key:
                    continue
                k = obj_key(ch.obj)
                if ch.type == "ADDED":
                    state.pop(k, None)
                else:
                    state[k] = ch.prev
        out = [(sort_key(k), o) for k, o in state.items() if o is not None and (not ns or k[0] == ns)]
        out.sort(key=lambda t: t[0])
        return out

    def changes_after(self, rv):
        """Changes with rv > given rv; raises 410 Gone when the window no longer covers rv."""
        with self.lock:
            if rv < self.compacted:
                raise errors.gone("too old resource version: %d (%d)" % (rv, self.compacted))
            out = []
            for ch in reversed(self.history):
                if ch.rv <= rv:
                    break
                out.append(ch)
            out.reverse()
            return out

    # -- writes ----------------------------------------------------------------------------------
    def create(self, rd, obj):
        with self.lock:
            md = obj.setdefault("metadata", {})
            key = obj_key(obj)
            if key in self.objs[rd.key]:
                raise errors.already_exists(rd, md["name"])
            md["uid"] = md.get("uid") or str(uuid.uuid4())
            md.setdefault("creationTimestamp", now_iso())
            md["resourceVersion"] = str(self._next_rv())
            if rd.kind not in ("Event", "Namespace", "Node"):
                md["generation"] = 1
            obj["apiVersion"] = rd.api_version
            obj["kind"] = rd.kind
            self._put(rd, obj, "ADDED", None)
            return obj

    def update(self, rd, obj, expect_rv=None, status_only=None):
        """Replace an object. expect_rv: optimistic concurrency (409 Conflict when stale)."""
        with self.lock:
            key = obj_key(obj)
            cur = self.objs[rd.key].get(key)
            if cur is None:
                raise errors.not_found(rd, key[1])
            if expect_rv and expect_rv != cur["metadata"]["resourceVersion"]:
                raise errors.conflict(rd, key[1], "the object has been modified; please apply your changes "
                                                  "to the latest version and try again")
            md = obj["metadata"]
            for k in ("uid", "creationTimestamp"):
                md[k] = cur["metadata"].get(k)
            if "generation" in cur["metadata"]:
                gen = cur["metadata"]["generation"]
                if _spec_of(cur) != _spec_of(obj):
                    gen += 1
                md["generation"] = gen
            if cur["metadata"].get("deletionTimestamp"):
                md["deletionTimestamp"] = cur["metadata"]["deletionTimestamp"]
                if "deletionGracePeriodSeconds" in cur["metadata"]:
                    md["deletionGracePeriodSeconds"] = cur["metadata"]["deletionGracePeriodSeconds"]
            obj["apiVersion"] = rd.api_version
            obj["kind"] = rd.kind
            if _strip_rv(cur) == _strip_rv(obj):
                return cur  # no-op writes do not bump resourceVersion (as the apiserver)
            md["resourceVersion"] = str(self._next_rv())
            if md.get("deletionTimestamp") and not md.get("finalizers") and \
                    not md.get("deletionGracePeriodSeconds"):
                # Last finalizer removed: the object goes away.
                self._remove(rd, obj)
                return obj
            self._put(rd, obj, "MODIFIED", cur)
            return obj

    def mutate(self, rd, ns, name, fn):
        """Read-modify-write under the lock; fn gets a deep copy and returns it (or None to skip)."""
        with self.lock:
            cur = self.get(rd, ns, name)
            if cur is None:
                return None
            new = fn(copy.deepcopy(cur))
            if new is None:
                return cur
            return self.update(rd, new)

    def _remove(self, rd, obj):
        key = obj_key(obj)
        prev = self.objs[rd.key].pop(key, None)
        if prev is None:
            return None
        self.by_uid.pop(prev["metadata"]["uid"], None)
        final = obj if obj is not prev else copy.deepcopy(prev)
        final["metadata"]["resourceVersion"] = str(self._next_rv())
        self._record(rd.key, "DELETED", final, prev)
        return final

    def remove(self, rd, ns, name):
        """Remove now (after grace/finalizers); emits DELETED carrying the deletion revision."""
        with self.lock:
            cur = self.get(rd, ns, name)
            if cur is None:
                return None
            return self._remove(rd, copy.deepcopy(cur))

    def mark_deleting(self, rd, ns, name, grace=None, add_finalizer=None):
        with self.lock:
            cur = self.get(rd, ns, name)
            if cur is None:
                return None
            new = copy.deepcopy(cur)
            md = new["metadata"]
            if not md.get("deletionTimestamp"):
                md["deletionTimestamp"] = now_iso()
            if grace is not None:
                md["deletionGracePeriodSeconds"] = grace
            if add_finalizer and add_finalizer not in (md.get("finalizers") or []):
                md.setdefault("finalizers", []).append(add_finalizer)
            if _strip_rv(new) == _strip_rv(cur):
                return cur
            md["resourceVersion"] = str(self._next_rv())
            self._put(rd, new, "MODIFIED", cur)
            return new

    def wait(self, since_write_count, timeout):
        with self.cond:
            if self.write_count == since_write_count:
                self.cond.wait(timeout)
            return self.write_count


def _spec_of(o):
    return {k: v for k, v in o.items() if k not in ("metadata", "status", "apiVersion", "kind")}


def _strip_rv(o):
    o = dict(o)
    md = dict(o.get("metadata") or {})
    md.pop("resourceVersion", None)
    o["metadata"] = md
    return o


# -- continue tokens (same shape as the apiserver's etcd3 continue token) ----------------------------
def encode_continue(rv, start_key):
    raw = json.dumps({"v": "meta.k8s.io/v1", "rv": rv, "start": start_key + "\x00"}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_continue(tok):
    try:
        pad = "=" * (-len(tok) % 4)
        d = json.loads(base64.urlsafe_b64decode(tok + pad))
        if d.get("v") != "meta.k8s.io/v1" or not isinstance(d.get("rv"), int):
            raise ValueError
        return d["rv"], d["start"]
    except Exception:
        raise errors.bad_request("continue key is not valid: incorrect encoded start resourceVersion "
                                 "(version meta.k8s.io/v1)")
