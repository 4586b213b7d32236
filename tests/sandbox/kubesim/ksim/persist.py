"""--state-dir: the objects, the resourceVersion counter and the runtime state survive a restart.

The change history does not: after a restart every watch or continue token from before it gets
410, as after an etcd compaction, and clients relist.
"""
import json
import os
import time

from . import resources
from .controllers.kubelet import Run
from .store import obj_key

FILE = "kubesim-state.json"
SAVE_EVERY = 2.0


class Persistence:
    def __init__(self, sim, directory):
        self.sim = sim
        self.path = os.path.join(directory, FILE)
        os.makedirs(directory, exist_ok=True)
        self.saved_count = -1
        self.last_save = 0.0

    def exists(self):
        return os.path.isfile(self.path)

    def save(self, force=False):
        sim = self.sim
        store = sim.store
        with store.lock:
            if store.write_count == self.saved_count:
                return
            if not force and time.time() - self.last_save < SAVE_EVERY:
                return
            data = {"version": 1, "rv": store.rv, "speed": sim.clock.speed,
                    "objects": {"%s/%s" % rd.key: list(store.objs[rd.key].values()) for rd in resources.RESOURCES},
                    "runs": {uid: r.__dict__ for uid, r in sim.kubelet.runs.items()},
                    "tracked": sim.jobs.tracked}
            text = json.dumps(data, separators=(",", ":"))
            self.saved_count = store.write_count
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, self.path)
        self.last_save = time.time()

    def load(self):
        sim = self.sim
        store = sim.store
        with open(self.path) as f:
            data = json.load(f)
        with store.lock:
            for rd in resources.RESOURCES:
                for obj in data["objects"].get("%s/%s" % rd.key, []):
                    store.objs[rd.key][obj_key(obj)] = obj
                    store.by_uid[obj["metadata"]["uid"]] = (rd, obj_key(obj))
            store.rv = store.compacted = data["rv"]
            sim.jobs.tracked.update(data.get("tracked") or {})
            pods = resources.lookup("", "pods")
            runs = data.get("runs") or {}
            for pod in store.items(pods):
                uid = pod["metadata"]["uid"]
                if pod["spec"].get("nodeName") and pod["status"].get("phase") not in ("Succeeded", "Failed"):
                    sim.scheduler.allocate(pod)
                if uid in runs:
                    r = Run(0, 0, None, False)
                    r.__dict__.update(runs[uid])
                    r.instances = [tuple(i) for i in r.instances]
                    sim.kubelet.runs[uid] = r
        self.saved_count = store.write_count
