"""Wires the store, API and controllers together and runs the controller loop."""
import threading
import time
import uuid

from . import errors, resources, validation
from .api import Api
from .auth import Authorizer
from .clock import SimClock
from .controllers.jobs import JobController
from .controllers.kubelet import Kubelet
from .controllers.kueue import Kueue
from .controllers.scheduler import Scheduler
from .events import Recorder
from .fleet import Fleet
from .gc import GarbageCollector
from .metrics import Metrics
from .store import Store
from .watch import Watches

TICK = 0.1


class Sim:
    def __init__(self, fleet_data, authn, speed=1.0, history_size=5000):
        self.store = Store(history_size)
        self.clock = SimClock(speed)
        self.fleet = Fleet(fleet_data)
        self.authn = authn
        self.authz = Authorizer(self.fleet.namespaces_of, self.fleet.admin_group)
        self.recorder = Recorder(self.store)
        self.watches = Watches(self.store)
        self.api = Api(self)
        self.gc = GarbageCollector(self)
        self.scheduler = Scheduler(self)
        self.kubelet = Kubelet(self)
        self.jobs = JobController(self)
        self.kueue = Kueue(self)
        self.metrics = Metrics(self)
        self.wake = threading.Event()
        self.stopping = False
        self.boot = time.time()
        self.persistence = None
        self.store.listeners.append(lambda *a: self.wake.set())

    def bootstrap(self):
        for ns in self.fleet.namespace_objects(self.boot):
            self.store.create(resources.lookup("", "namespaces"), ns)
        for n in self.fleet.node_objects(self.boot):
            self.store.create(resources.lookup("", "nodes"), n)
        for o in self.fleet.priority_class_objects(self.boot):
            self.store.create(resources.lookup("scheduling.k8s.io", "priorityclasses"), o)
        flavors, cqs, lqs = self.fleet.kueue_objects(self.boot)
        for o in flavors:
            self.store.create(resources.lookup(resources.KUEUE, "resourceflavors"), o)
        for o in cqs:
            self.store.create(resources.lookup(resources.KUEUE, "clusterqueues"), o)
        for o in lqs:
            self.store.create(resources.lookup(resources.KUEUE, "localqueues"), o)

    def set_speed(self, speed):
        old = self.clock.speed
        self.clock.set_speed(speed)
        with self.store.lock:
            self.kubelet.rescale(old, self.clock.speed)
        self.kick()

    def kick(self):
        self.wake.set()

    def admit_create(self, rd, obj, user):
        """Mutating admission before validation-on-store: defaulting, Kueue's job webhook."""
        md = obj["metadata"]
        md["uid"] = str(uuid.uuid4())
        if rd.kind == "Pod":
            validation.default_pod(obj)
            self.priority_admission(obj)
        elif rd.kind == "Job":
            self.kueue.webhook_job(obj)
            validation.default_job(obj)
        elif rd.kind == "Namespace":
            obj.setdefault("spec", {"finalizers": ["kubernetes"]})
            obj["status"] = {"phase": "Active"}
            md.setdefault("labels", {})["kubernetes.io/metadata.name"] = md["name"]
        self.kick()

    def priority_class(self, name):
        return self.store.get(resources.lookup("scheduling.k8s.io", "priorityclasses"), None, name)

    def priority_admission(self, pod):
        """The Priority admission plugin: priorityClassName -> spec.priority and preemptionPolicy."""
        spec = pod["spec"]
        name = spec.get("priorityClassName")
        if not name:
            return
        pc = self.priority_class(name)
        if pc is None:
            rd = resources.lookup("", "pods")
            raise errors.ApiError(403, "Forbidden", 'pods "%s" is forbidden: no PriorityClass with name %s was found'
                                  % (pod["metadata"].get("name") or pod["metadata"].get("generateName", ""), name),
                                  errors._details(pod["metadata"].get("name", ""), rd.group, rd.plural))
        spec["priority"] = pc.get("value", 0)
        spec["preemptionPolicy"] = pc.get("preemptionPolicy", "PreemptLowerPriority")

    # -- controller loop ---------------------------------------------------------------------------
    def step(self):
        self.gc.reconcile()
        self.jobs.reconcile()
        self.kueue.reconcile()
        self.scheduler.reconcile()
        self.kubelet.reconcile()

    def run(self):
        busy = 0
        while not self.stopping:
            try:
                before = self.store.write_count
                self.step()
                changed = self.store.write_count != before
            except Exception:
                import traceback
                traceback.print_exc()
                changed = False
            busy = busy + 1 if changed else 0
            if self.persistence is not None:
                try:
                    self.persistence.save()
                except OSError as e:
                    print("kubesim: cannot save state: %s" % e, flush=True)
            if changed and busy < 50:
                continue
            nd = self.kubelet.next_deadline()
            wait = TICK * 5 if nd is None else max(0.0, min(TICK * 5, nd - time.time()))
            self.wake.wait(max(0.01, wait))
            self.wake.clear()

    def start(self):
        t = threading.Thread(target=self.run, name="controllers", daemon=True)
        t.start()
        return t
