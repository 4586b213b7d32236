"""Kueue (v1beta1): job webhook, Workloads, flavor assignment by quota (with cohort borrowing,
cohort.py), admission, preemption (reclaim, priority, notebooks), queue status counters; the
visibility API's pending workloads are in visibility.py."""
import copy
import hashlib
import time
from fractions import Fraction

from .. import quantity, resources
from ..clock import now_iso, parse_iso
from . import podutil, visibility
from .cohort import QuotaBook, preemption_targets
from .jobs import job_finished

JOBS = resources.lookup("batch", "jobs")
PODS = resources.lookup("", "pods")
WLS = resources.lookup(resources.KUEUE, "workloads")
LQS = resources.lookup(resources.KUEUE, "localqueues")
CQS = resources.lookup(resources.KUEUE, "clusterqueues")
RFS = resources.lookup(resources.KUEUE, "resourceflavors")
QUEUE_LABEL = "kueue.x-k8s.io/queue-name"
FINALIZER = "kueue.x-k8s.io/resource-in-use"
JOB_COMP = "kueue-job-controller"
ADM_COMP = "kueue-admission"


def workload_name(job):
    name = job["metadata"]["name"]
    h = hashlib.sha1((name + job["metadata"]["uid"] + "batch/v1, Kind=Job").encode()).hexdigest()[:5]
    prefix = ("job-" + name)[:63 - 6]
    return "%s-%s" % (prefix, h)


def is_admitted(wl):
    return podutil.cond_true(wl, "QuotaReserved") and podutil.cond_true(wl, "Admitted")


def is_finished(wl):
    return podutil.cond_true(wl, "Finished")


class Kueue:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store
        self.last_pending = {}

    # -- webhook -----------------------------------------------------------------------------------
    def webhook_job(self, job):
        if (job["metadata"].get("labels") or {}).get(QUEUE_LABEL):
            job.setdefault("spec", {})["suspend"] = True

    # -- helpers -----------------------------------------------------------------------------------
    def workload_of(self, job):
        uid = job["metadata"]["uid"]
        for wl in self.store.items(WLS, job["metadata"]["namespace"]):
            if any(r.get("uid") == uid for r in wl["metadata"].get("ownerReferences") or []):
                return wl
        return None

    def job_of(self, wl):
        ref = podutil.controller_of(wl)
        return self.store.by_uid_get(ref["uid"]) if ref else None

    def cq_of(self, wl):
        lq = self.store.get(LQS, wl["metadata"]["namespace"], wl["spec"].get("queueName", ""))
        if lq is None:
            return None, None
        return lq, self.store.get(CQS, None, lq["spec"].get("clusterQueue", ""))

    def requests(self, wl):
        ps = wl["spec"]["podSets"][0]
        per = quantity.pod_requests(ps["template"].get("spec") or {})
        return {k: v * ps.get("count", 1) for k, v in per.items() if v}

    def usage(self, cq_name):
        used = {}
        for wl in self.store.items(WLS):
            adm = (wl.get("status") or {}).get("admission") or {}
            if adm.get("clusterQueue") != cq_name or not podutil.cond_true(wl, "QuotaReserved") or is_finished(wl):
                continue
            for psa in adm.get("podSetAssignments") or []:
                for r, f in (psa.get("flavors") or {}).items():
                    q = quantity.try_parse((psa.get("resourceUsage") or {}).get(r, 0))
                    used.setdefault(f, {})[r] = used.setdefault(f, {}).get(r, Fraction(0)) + q
        return used

    # -- the loop ----------------------------------------------------------------------------------
    def reconcile(self):
        with self.store.lock:
            for job in self.store.items(JOBS):
                if (job["metadata"].get("labels") or {}).get(QUEUE_LABEL) and \
                        not job["metadata"].get("deletionTimestamp"):
                    self._sync_job(job)
            for wl in self.store.items(WLS):
                md = wl["metadata"]
                if md.get("deletionTimestamp") and FINALIZER in (md.get("finalizers") or []):
                    self._drop_finalizer(wl)
                elif podutil.controller_of(wl) and self.job_of(wl) is None and not md.get("deletionTimestamp"):
                    self.sim.gc.delete(WLS, md["namespace"], md["name"], {"propagationPolicy": "Background"})
            self._admit()
            self._status()

    def _drop_finalizer(self, wl):
        def upd(w):
            w["metadata"]["finalizers"] = [f for f in w["metadata"]["finalizers"] if f != FINALIZER]
            return w
        self.store.mutate(WLS, wl["metadata"]["namespace"], wl["metadata"]["name"], upd)

    def _sync_job(self, job, at=None):
        wl = self.workload_of(job)
        ns = job["metadata"]["namespace"]
        if wl is None:
            if job_finished(job):
                return
            wl = self._create_workload(job, at)
            self.sim.recorder.record(job, "Normal", "CreatedWorkload", "Created Workload: %s/%s"
                                     % (ns, wl["metadata"]["name"]), JOB_COMP, at=at)
            return
        if job_finished(job):
            if not is_finished(wl):
                ok = podutil.cond_true(job, "Complete")
                self._set_wl(wl, lambda c, st: podutil.set_condition(
                    c, "Finished", "True", "Succeeded" if ok else "Failed",
                    "Job finished successfully" if ok else (podutil.get_condition(job, "Failed") or {}).get(
                        "message", "Job failed"), kueue=True))
            return
        suspended = job["spec"].get("suspend")
        if is_admitted(wl) and not wl["spec"].get("active", True):
            self.evict(wl, "The workload is deactivated", reason="Deactivated")
            return
        if is_admitted(wl) and suspended:
            self._start_job(job, wl)
        elif not is_admitted(wl) and not suspended:
            self._stop_job(job, wl)

    def _create_workload(self, job, at=None):
        spec = job["spec"]
        tmpl = copy.deepcopy(spec["template"])
        wl = {"apiVersion": "kueue.x-k8s.io/v1beta1", "kind": "Workload",
              "metadata": {"name": workload_name(job), "namespace": job["metadata"]["namespace"],
                           "labels": {"kueue.x-k8s.io/job-uid": job["metadata"]["uid"]},
                           "ownerReferences": [podutil.owner_ref(job)], "finalizers": [FINALIZER]},
              "spec": {"active": True, "queueName": job["metadata"]["labels"][QUEUE_LABEL],
                       "podSets": [{"name": "main", "count": spec.get("parallelism", 1), "template": tmpl}],
                       "priority": 0, "priorityClassSource": ""}}
        # The pod template's PriorityClass gives the workload its priority (Kueue's
        # scheduling.k8s.io/priorityclass source).
        pc_name = (tmpl.get("spec") or {}).get("priorityClassName")
        pc = self.sim.priority_class(pc_name) if pc_name else None
        if pc is not None:
            wl["spec"].update({"priority": pc.get("value", 0), "priorityClassName": pc_name,
                               "priorityClassSource": "scheduling.k8s.io/priorityclass"})
        if at is not None:
            wl["metadata"]["creationTimestamp"] = now_iso(at)
        return self.store.create(WLS, wl)

    def _set_wl(self, wl, fn):
        def upd(w):
            st = w.setdefault("status", {})
            fn(st.setdefault("conditions", []), st)
            return w
        return self.store.mutate(WLS, wl["metadata"]["namespace"], wl["metadata"]["name"], upd)

    def _start_job(self, job, wl, at=None):
        adm = wl["status"]["admission"]
        flavors = set()
        for psa in adm.get("podSetAssignments") or []:
            flavors |= set((psa.get("flavors") or {}).values())
        sel, tols = {}, []
        for f in sorted(flavors):
            rf = self.store.get(RFS, None, f)
            if rf:
                sel.update(rf["spec"].get("nodeLabels") or {})
                tols += rf["spec"].get("tolerations") or []

        def upd(j):
            j["spec"]["suspend"] = False
            ps = j["spec"]["template"].setdefault("spec", {})
            if sel:
                ps["nodeSelector"] = dict(ps.get("nodeSelector") or {}, **sel)
            if tols:
                ps["tolerations"] = (ps.get("tolerations") or []) + tols
            return j
        self.store.mutate(JOBS, job["metadata"]["namespace"], job["metadata"]["name"], upd)
        self.sim.recorder.record(job, "Normal", "Started", "Admitted by clusterQueue %s" % adm["clusterQueue"],
                                 JOB_COMP, at=at)

    def _stop_job(self, job, wl):
        orig = wl["spec"]["podSets"][0]["template"].get("spec") or {}

        def upd(j):
            j["spec"]["suspend"] = True
            ps = j["spec"]["template"].setdefault("spec", {})
            for k in ("nodeSelector", "tolerations"):
                if k in orig:
                    ps[k] = copy.deepcopy(orig[k])
                else:
                    ps.pop(k, None)
            return j
        self.store.mutate(JOBS, job["metadata"]["namespace"], job["metadata"]["name"], upd)
        ev = podutil.get_condition(wl, "Evicted")
        msg = ev["message"] if ev and ev.get("status") == "True" else "No matching Workload"
        self.sim.recorder.record(job, "Normal", "Stopped", msg, JOB_COMP)

    # -- admission ---------------------------------------------------------------------------------
    def book(self, empty=False):
        """A QuotaBook of every ClusterQueue's quota and (unless empty) current usage."""
        return QuotaBook(self.store.items(CQS), (lambda name: {}) if empty else self.usage)

    @staticmethod
    def wl_usage(wl):
        used = {}
        for psa in (((wl.get("status") or {}).get("admission") or {}).get("podSetAssignments") or []):
            for r, f in (psa.get("flavors") or {}).items():
                q = quantity.try_parse((psa.get("resourceUsage") or {}).get(r, 0))
                used.setdefault(f, {})[r] = used.setdefault(f, {}).get(r, Fraction(0)) + q
        return used

    def assign(self, wl, cq, book=None, preempt=None):
        """Return (assignment, None, borrows) or (None, message, False) like Kueue's flavor assigner.
        With preempt=[], the first flavor where preemption would make room fills it with victims."""
        book = book or self.book()
        cq_name = cq["metadata"]["name"]
        need = self.requests(wl)
        tmpl_spec = wl["spec"]["podSets"][0]["template"].get("spec") or {}
        groups = cq["spec"].get("resourceGroups") or []
        flavors_of = {}
        for r in need:
            g = next((g for g in groups if r in g.get("coveredResources", [])), None)
            if g is None:
                return None, "couldn't assign flavors to pod set main: resource %s unavailable in ClusterQueue" \
                    % r, False
            flavors_of.setdefault(id(g), (g, []))[1].append(r)
        assignment, borrows = {}, False
        for g, res in flavors_of.values():
            statuses, chosen, could_preempt = [], None, None
            for fl in g.get("flavors") or []:
                fname = fl["name"]
                rf = self.store.get(RFS, None, fname)
                if rf is None:
                    statuses.append("flavor %s not found" % fname)
                    continue
                tols = (tmpl_spec.get("tolerations") or []) + (rf["spec"].get("tolerations") or [])
                bad = next((t for t in rf["spec"].get("nodeTaints") or [] if not podutil.tolerates(tols, t)), None)
                if bad:
                    statuses.append("untolerated taint {%s: %s} in flavor %s" % (bad["key"], bad.get("value", ""),
                                                                                 fname))
                    continue
                nl = rf["spec"].get("nodeLabels") or {}
                ns_ = tmpl_spec.get("nodeSelector") or {}
                if any(k in ns_ and ns_[k] != v for k, v in nl.items()):
                    statuses.append("flavor %s doesn't match node affinity" % fname)
                    continue
                fail, quota_short = None, False
                for r in g.get("coveredResources", []):
                    if r not in res:
                        continue
                    val = need[r]
                    avail, maximum = book.capacity(cq_name, fname, r)
                    if val > maximum:
                        fail = "insufficient quota for %s in flavor %s, request > maximum capacity (%s > %s)" % (
                            r, fname, quantity.fmt(r, val), quantity.fmt(r, maximum))
                    elif val > avail:
                        fail = "insufficient unused quota for %s in flavor %s, %s more needed" % (
                            r, fname, quantity.fmt(r, val - max(0, avail)))
                        quota_short = True
                    elif r not in ("cpu", "memory"):
                        free = self.sim.scheduler.flavor_free(nl, r)
                        if val > free:
                            fail = "insufficient unused quota for %s in flavor %s, %s more needed" % (
                                r, fname, quantity.fmt(r, val - max(0, free)))
                    if fail:
                        break
                if fail:
                    statuses.append(fail)
                    if quota_short and could_preempt is None:
                        could_preempt = fname
                    continue
                chosen = fname
                break
            if chosen is None and preempt is not None and could_preempt is not None:
                victims = self.preemption_targets(wl, cq_name, could_preempt,
                                                  {r: need[r] for r in res}, book)
                if victims:
                    preempt.extend(victims)
            if chosen is None:
                return None, "couldn't assign flavors to pod set main: " + ", ".join(statuses), False
            for r in res:
                assignment[r] = chosen
                if book.used_of(cq_name, chosen, r) + need[r] > book.nominal(cq_name, chosen, r):
                    borrows = True
        ps = wl["spec"]["podSets"][0]
        return {"clusterQueue": cq_name, "podSetAssignments": [{
            "name": "main", "flavors": assignment, "count": ps.get("count", 1),
            "resourceUsage": {r: quantity.fmt(r, v) for r, v in need.items()}}]}, None, borrows

    def preemption_targets(self, wl, cq_name, flavor, need, book):
        cands = []
        members = set(book.members(cq_name))
        for w in self.store.items(WLS):
            adm = (w.get("status") or {}).get("admission") or {}
            if adm.get("clusterQueue") not in members or not is_admitted(w) or is_finished(w) or \
                    w["metadata"].get("deletionTimestamp"):
                continue
            usage = self.wl_usage(w)
            if not any(r in usage.get(flavor, {}) for r in need):
                continue
            at = parse_iso((podutil.get_condition(w, "QuotaReserved") or {}).get("lastTransitionTime")) or 0
            cands.append((w, adm["clusterQueue"], w["spec"].get("priority") or 0, at, usage))
        found = preemption_targets(book, cq_name, wl["spec"].get("priority") or 0, flavor, need, cands)
        return [(c[0], "InClusterQueue" if c[1] == cq_name else "InCohortReclamation") for c in found or []]

    def pending_order(self):
        """{cq name: [workloads in queue order]} (BestEffortFIFO: priority, then creation)."""
        out = {}
        for wl in self.store.items(WLS):
            if is_finished(wl) or podutil.cond_true(wl, "QuotaReserved") or wl["metadata"].get("deletionTimestamp") \
                    or not wl["spec"].get("active", True):
                continue
            lq, cq = self.cq_of(wl)
            out.setdefault(cq["metadata"]["name"] if cq else "", []).append(wl)
        for v in out.values():
            v.sort(key=lambda w: (-(w["spec"].get("priority") or 0), w["metadata"]["creationTimestamp"],
                                  w["metadata"]["name"]))
        return out

    def _admit(self, at=None):
        """One scheduling cycle. As Kueue's scheduler, workloads that fit without borrowing go first
        (pass 1); those that need to borrow, or to preempt, come after (pass 2)."""
        pending = self.pending_order()
        book = self.book()
        done = set()
        for borrowing_pass in (False, True):
            for cq_name, wls in pending.items():
                cq = self.store.get(CQS, None, cq_name) if cq_name else None
                for wl in wls:
                    uid = wl["metadata"]["uid"]
                    if uid in done:
                        continue
                    if cq is None:
                        lq, _ = self.cq_of(wl)
                        msg = ("LocalQueue %s doesn't exist" % wl["spec"].get("queueName")) if lq is None else \
                            "ClusterQueue %s doesn't exist" % lq["spec"].get("clusterQueue")
                        self._pending(wl, msg, "Inadmissible")
                        done.add(uid)
                        continue
                    victims = [] if borrowing_pass else None
                    adm, msg, borrows = self.assign(wl, cq, book, preempt=victims)
                    if adm is not None and (borrowing_pass or not borrows):
                        self.admit(wl, adm, at)
                        book.add(cq_name, self.wl_usage({"status": {"admission": adm}}))
                        done.add(uid)
                    elif borrowing_pass:
                        self._pending(wl, msg, "Pending", at)
                        for victim, _ in victims or []:
                            book.add(victim["status"]["admission"]["clusterQueue"], self.wl_usage(victim), -1)
                        self._preempt(wl, victims or [])

    def _preempt(self, preemptor, victims):
        job_uid = (preemptor["metadata"].get("labels") or {}).get("kueue.x-k8s.io/job-uid", "UNKNOWN")
        for wl, reason in victims:
            why = "reclamation within the cohort" if reason == "InCohortReclamation" else \
                "prioritization in the ClusterQueue"
            self.evict(wl, "Preempted to accommodate a workload (UID: %s, JobUID: %s) due to %s"
                       % (preemptor["metadata"]["uid"], job_uid, why), preempted_reason=reason)

    def _pending(self, wl, msg, reason, at=None):
        key = wl["metadata"]["uid"]
        cur = podutil.get_condition(wl, "QuotaReserved")
        if cur and cur.get("message") == msg and cur.get("status") == "False":
            return
        self._set_wl(wl, lambda c, st: podutil.set_condition(c, "QuotaReserved", "False", reason, msg, kueue=True,
                                                             now=now_iso(at)))
        if self.last_pending.get(key) != msg:
            self.last_pending[key] = msg
            self.sim.recorder.record(wl, "Normal", "Pending", msg, ADM_COMP, at=at)

    def admit(self, wl, adm, at=None):
        cq = adm["clusterQueue"]
        waited = int(time.time() - (parse_iso(wl["metadata"]["creationTimestamp"]) or time.time()))
        ts = now_iso(at)

        def fn(c, st):
            st["admission"] = adm
            podutil.set_condition(c, "QuotaReserved", "True", "QuotaReserved",
                                  "Quota reserved in ClusterQueue %s" % cq, kueue=True, now=ts)
            podutil.set_condition(c, "Admitted", "True", "Admitted", "The workload is admitted", kueue=True, now=ts)
            if any(x["type"] == "Evicted" for x in c):
                podutil.set_condition(c, "Evicted", "False", "QuotaReserved", "Previously: " +
                                      podutil.get_condition({"status": st}, "Evicted")["message"], kueue=True, now=ts)
        self._set_wl(wl, fn)
        self.last_pending.pop(wl["metadata"]["uid"], None)
        self.sim.recorder.record(wl, "Normal", "QuotaReserved", "Quota reserved in ClusterQueue %s, wait time since "
                                 "queued was %ds" % (cq, max(0, waited)), ADM_COMP, at=at)
        self.sim.recorder.record(wl, "Normal", "Admitted", "Admitted by ClusterQueue %s, wait time since reservation "
                                 "was 0s" % cq, ADM_COMP, at=at)

    # -- preemption by notebooks -------------------------------------------------------------------
    def preempt_for(self, pod, nodes, used):
        sched = self.sim.scheduler
        need = {k: int(v) for k, v in quantity.pod_requests(pod["spec"]).items()
                if k not in ("cpu", "memory", "ephemeral-storage", "pods") and v}
        if not need:
            return
        best = None
        for node in nodes:
            name = node["metadata"]["name"]
            if (node["metadata"].get("labels") or {}).get("virtual-node.interlink/type"):
                continue
            victims = {}
            ok = True
            for r, n in need.items():
                free = len(sched.free_devices(name, r, pod["spec"]))
                if free >= n:
                    continue
                for vp in self.store.items(PODS):
                    if vp["spec"].get("nodeName") != name or podutil.is_terminal(vp):
                        continue
                    devs = [d for d in sched.alloc.get(vp["metadata"]["uid"], []) if d.resource == r and
                            podutil.pod_matches_labels(pod["spec"], self.sim.fleet.entry_labels(name, d.entry))]
                    wl = self._victim_workload(vp)
                    if not devs or wl is None:
                        continue
                    victims[wl["metadata"]["uid"]] = wl
                    free += len(devs)
                    if free >= n:
                        break
                if free < n:
                    ok = False
                    break
            if ok and victims and (best is None or len(victims) < len(best[1])):
                best = (name, victims)
        if not best:
            return
        node_name, victims = best
        msg = "Preempted to accommodate a workload (UID: %s, JobUID: UNKNOWN) due to prioritization in the " \
              "ClusterQueue" % pod["metadata"]["uid"]
        for wl in victims.values():
            self.evict(wl, msg)

        def nominate(p):
            p["status"]["nominatedNodeName"] = node_name
            return p
        self.store.mutate(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"], nominate)

    def _victim_workload(self, vp):
        ref = podutil.controller_of(vp)
        if not ref or ref.get("kind") != "Job":
            return None
        job = self.store.by_uid_get(ref["uid"])
        if job is None or not (job["metadata"].get("labels") or {}).get(QUEUE_LABEL):
            return None
        wl = self.workload_of(job)
        return wl if wl is not None and is_admitted(wl) and not is_finished(wl) else None

    def evict(self, wl, msg, reason="Preempted", preempted_reason="InClusterQueue"):
        preempted = reason == "Preempted"

        def fn(c, st):
            st.pop("admission", None)
            podutil.set_condition(c, "Evicted", "True", reason, msg, kueue=True)
            if preempted:
                podutil.set_condition(c, "Preempted", "True", preempted_reason, msg, kueue=True)
            # Kueue's job reconciler: UnsetQuotaReservationWithCondition(wl, "Pending", evicted.message)
            podutil.set_condition(c, "QuotaReserved", "False", "Pending", msg, kueue=True)
            podutil.set_condition(c, "Admitted", "False", "NoReservation", "The workload has no reservation",
                                  kueue=True)
            podutil.set_condition(c, "Requeued", "True" if preempted else "False", reason, msg, kueue=True)
        self._set_wl(wl, fn)
        if preempted:
            self.sim.recorder.record(wl, "Normal", "Preempted", msg, "kueue-preemption")
        self.sim.recorder.record(wl, "Normal", "EvictedDueTo" + reason, msg, ADM_COMP)
        self.sim.kick()

    # -- status ------------------------------------------------------------------------------------
    def _status(self):
        pending = self.pending_order()
        book = self.book()
        for cq in self.store.items(CQS):
            name = cq["metadata"]["name"]
            wls = [w for w in self.store.items(WLS) if ((w.get("status") or {}).get("admission") or {})
                   .get("clusterQueue") == name and podutil.cond_true(w, "QuotaReserved") and not is_finished(w)]
            fu = []
            for g in cq["spec"].get("resourceGroups") or []:
                for fl in g.get("flavors") or []:
                    fu.append({"name": fl["name"], "resources": [
                        {"name": r, "total": quantity.fmt(r, book.used_of(name, fl["name"], r)),
                         "borrowed": quantity.fmt(r, book.borrowed(name, fl["name"], r))}
                        for r in g.get("coveredResources") or []]})
            st = {"pendingWorkloads": len(pending.get(name, [])), "reservingWorkloads": len(wls),
                  "admittedWorkloads": sum(1 for w in wls if is_admitted(w)),
                  "flavorsReservation": fu, "flavorsUsage": fu,
                  "conditions": [{"type": "Active", "status": "True", "reason": "Ready",
                                  "message": "Can admit new workloads",
                                  "lastTransitionTime": cq["metadata"]["creationTimestamp"]}]}
            if st != cq.get("status"):
                def upd(o, st=st):
                    o["status"] = st
                    return o
                self.store.mutate(CQS, None, name, upd)
        for lq in self.store.items(LQS):
            ns, name = lq["metadata"]["namespace"], lq["metadata"]["name"]
            mine = [w for w in self.store.items(WLS, ns) if w["spec"].get("queueName") == name and not is_finished(w)]
            res = [w for w in mine if podutil.cond_true(w, "QuotaReserved")]
            fu = {}
            for w in res:
                for psa in w["status"]["admission"].get("podSetAssignments") or []:
                    for r, f in (psa.get("flavors") or {}).items():
                        fu.setdefault(f, {})[r] = fu.setdefault(f, {}).get(r, Fraction(0)) + \
                            quantity.try_parse(psa["resourceUsage"].get(r, 0))
            usage = [{"name": f, "resources": [{"name": r, "total": quantity.fmt(r, v)} for r, v in sorted(rs.items())]}
                     for f, rs in sorted(fu.items())]
            st = {"pendingWorkloads": len(mine) - len(res), "reservingWorkloads": len(res),
                  "admittedWorkloads": sum(1 for w in res if is_admitted(w)),
                  "flavorUsage": usage, "flavorsReservation": usage,
                  "conditions": [{"type": "Active", "status": "True", "reason": "Ready",
                                  "message": "Can submit new workloads to localQueue",
                                  "lastTransitionTime": lq["metadata"]["creationTimestamp"]}]}
            if st != lq.get("status"):
                def upd(o, st=st):
                    o["status"] = st
                    return o
                self.store.mutate(LQS, ns, name, upd)

    def visibility(self, req, version, ns, rest):
        return visibility.serve(self, req, version, ns, rest)
