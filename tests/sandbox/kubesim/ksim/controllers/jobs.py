"""batch/v1 job-controller: pods from the template, suspend/resume, backoff, completion, TTL."""
import copy
import time

from .. import resources
from ..api import gen_name
from ..clock import now_iso, parse_iso
from . import podutil

PODS = resources.lookup("", "pods")
JOBS = resources.lookup("batch", "jobs")
COMP = "job-controller"


def job_finished(job):
    return podutil.cond_true(job, "Complete") or podutil.cond_true(job, "Failed")


class JobController:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store
        self.tracked = {}  # job uid -> {pod uid: last seen phase} (the job-tracking finalizer's role)
        self.next_create = {}

    def pods_of(self, job):
        uid = job["metadata"]["uid"]
        return [p for p in self.store.items(PODS, job["metadata"]["namespace"])
                if any(r.get("uid") == uid and r.get("controller") for r in p["metadata"].get("ownerReferences") or [])]

    def reconcile(self):
        now = time.time()
        with self.store.lock:
            for job in self.store.items(JOBS):
                if job["metadata"].get("deletionTimestamp"):
                    continue
                self._sync(job, now)

    def _sync(self, job, now):
        ns, name, uid = job["metadata"]["namespace"], job["metadata"]["name"], job["metadata"]["uid"]
        spec = job["spec"]
        st = copy.deepcopy(job.get("status") or {})
        conds = st.setdefault("conditions", [])
        pods = self.pods_of(job)
        track = self.tracked.setdefault(uid, {})
        succeeded, failed = st.get("succeeded", 0), st.get("failed", 0)
        present = {p["metadata"]["uid"]: p for p in pods}
        # Count terminal pods once; a pod that vanished while active counts as failed unless suspended.
        for p in pods:
            puid = p["metadata"]["uid"]
            phase = p["status"].get("phase")
            if phase in ("Succeeded", "Failed") and track.get(puid) not in ("Succeeded", "Failed"):
                if phase == "Succeeded":
                    succeeded += 1
                else:
                    failed += 1
            track[puid] = phase if not p["metadata"].get("deletionTimestamp") or phase in ("Succeeded", "Failed") \
                else track.get(puid, "Terminating")
        for puid in list(track):
            if puid not in present:
                if track[puid] not in ("Succeeded", "Failed", "Suspended") and not spec.get("suspend") \
                        and not job_finished(job):
                    failed += 1
                del track[puid]
        active = [p for p in pods if not podutil.is_terminal(p) and not p["metadata"].get("deletionTimestamp")]
        terminating = [p for p in pods if p["metadata"].get("deletionTimestamp") and not podutil.is_terminal(p)]
        restarts = sum(cs.get("restartCount", 0) for p in pods for cs in p["status"].get("containerStatuses") or [])
        finished = job_finished(job)
        ts = now_iso(now)

        if not finished and spec.get("suspend"):
            for p in active:
                track[p["metadata"]["uid"]] = "Suspended"
                self.sim.gc.delete(PODS, ns, p["metadata"]["name"], {"propagationPolicy": "Background"})
                self.sim.recorder.record(job, "Normal", "SuccessfulDelete", "Deleted pod: %s" % p["metadata"]["name"],
                                         COMP)
            if podutil.set_condition(conds, "Suspended", "True", "JobSuspended", "Job suspended", ts):
                self.sim.recorder.record(job, "Normal", "Suspended", "Job suspended", COMP)
                st.pop("startTime", None)
            active = []
        elif not finished:
            c = podutil.get_condition({"status": st}, "Suspended")
            if c and c["status"] == "True":
                podutil.set_condition(conds, "Suspended", "False", "JobResumed", "Job resumed", ts)
                self.sim.recorder.record(job, "Normal", "Resumed", "Job resumed", COMP)
                st["startTime"] = ts
            st.setdefault("startTime", ts)
            comp = spec.get("completions")
            par = spec.get("parallelism", 1)
            limit = spec.get("backoffLimit", 6)
            deadline = spec.get("activeDeadlineSeconds")
            fail_reason = None
            if failed + restarts > limit:
                fail_reason = ("BackoffLimitExceeded", "Job has reached the specified backoff limit")
            elif deadline and now - parse_iso(st["startTime"]) > self.sim.clock.real(deadline):
                fail_reason = ("DeadlineExceeded", "Job was active longer than specified deadline")
            if fail_reason:
                for p in active:
                    self.sim.gc.delete(PODS, ns, p["metadata"]["name"], {"propagationPolicy": "Background"})
                podutil.set_condition(conds, "FailureTarget", "True", fail_reason[0], fail_reason[1], ts)
                podutil.set_condition(conds, "Failed", "True", fail_reason[0], fail_reason[1], ts)
                self.sim.recorder.record(job, "Warning", fail_reason[0], fail_reason[1], COMP)
                active = []
            elif comp is not None and succeeded >= comp or comp is None and succeeded > 0 and not active:
                podutil.set_condition(conds, "SuccessCriteriaMet", "True", "CompletionsReached",
                                      "Reached expected number of succeeded pods", ts)
                podutil.set_condition(conds, "Complete", "True", "CompletionsReached",
                                      "Reached expected number of succeeded pods", ts)
                st["completionTime"] = ts
                self.sim.recorder.record(job, "Normal", "Completed", "Job completed", COMP)
            else:
                want = par if comp is None else min(par, comp - succeeded)
                missing = want - len(active) - len(terminating)
                if missing > 0 and now >= self.next_create.get(uid, 0):
                    for _ in range(missing):
                        p = self._create_pod(job, succeeded + len(active))
                        active.append(p)
                        track[p["metadata"]["uid"]] = "Pending"
                    if failed:
                        # Exponential back-off before replacing failed pods (10 s, 20 s, ... simulated).
                        self.next_create[uid] = now + self.sim.clock.real(min(360.0, 10.0 * 2 ** (failed - 1)))
        if not conds:
            st.pop("conditions")
        st["active"] = len(active)
        st["ready"] = sum(1 for p in active if podutil.cond_true(p, "Ready"))
        st["terminating"] = len(terminating)
        if succeeded:
            st["succeeded"] = succeeded
        if failed:
            st["failed"] = failed
        st["uncountedTerminatedPods"] = {}
        if not st["active"]:
            st.pop("active")
        if st != (job.get("status") or {}):
            def upd(j):
                j["status"] = st
                return j
            self.store.mutate(JOBS, ns, name, upd)
        self._ttl(job, st, now)

    def _ttl(self, job, st, now):
        ttl = job["spec"].get("ttlSecondsAfterFinished")
        if ttl is None:
            return
        done = [c for c in st.get("conditions") or [] if c["type"] in ("Complete", "Failed") and c["status"] == "True"]
        if done and now >= parse_iso(done[0]["lastTransitionTime"]) + self.sim.clock.real(ttl):
            self.sim.gc.delete(JOBS, job["metadata"]["namespace"], job["metadata"]["name"],
                               {"propagationPolicy": "Background"})

    def _create_pod(self, job, index, at=None):
        tmpl = copy.deepcopy(job["spec"]["template"])
        md = tmpl.get("metadata") or {}
        name = job["metadata"]["name"]
        labels = dict(md.get("labels") or {})
        annotations = dict(md.get("annotations") or {})
        if job["spec"].get("completionMode") == "Indexed":
            labels["batch.kubernetes.io/job-completion-index"] = str(index)
            annotations["batch.kubernetes.io/job-completion-index"] = str(index)
            prefix = "%s-%d-" % (name, index)
        else:
            prefix = name + "-"
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": gen_name(prefix), "generateName": prefix, "namespace": job["metadata"]["namespace"],
                            "labels": labels, "ownerReferences": [podutil.owner_ref(job)]},
               "spec": tmpl.get("spec") or {}}
        if annotations:
            pod["metadata"]["annotations"] = annotations
        self.sim.admit_create(PODS, pod, None)
        if at is not None:
            pod["metadata"]["creationTimestamp"] = now_iso(at)
        created = self.store.create(PODS, pod)
        self.sim.recorder.record(job, "Normal", "SuccessfulCreate", "Created pod: %s" % created["metadata"]["name"],
                                 COMP, at=at)
        return created
