"""Cluster behaviour: Kueue admission and quota, scheduling, offload, failures, preemption, logs, metrics."""
import calendar
import re
import time
import unittest

from simclient import Sim, cond, deadline_loop, job_manifest

INTERLINK_TOL = {"key": "virtual-node.interlink/no-schedule", "operator": "Exists"}
GPU_TOL = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}
PRODUCT = "nvidia.com/gpu.product"
A100 = {PRODUCT: "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"}
MIG = {PRODUCT: "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"}
T4 = {PRODUCT: "Tesla-T4"}
A30 = {PRODUCT: "NVIDIA-A30"}
VIRTUAL = ("infn-t1", "leonardo-virtual-node", "podman-virtual-node", "bubble-virtual-node")


def jobs(ns):
    return "/apis/batch/v1/namespaces/%s/jobs" % ns


def pods(ns):
    return "/api/v1/namespaces/%s/pods" % ns


def workloads(ns):
    return "/apis/kueue.x-k8s.io/v1beta1/namespaces/%s/workloads" % ns


def notebook(user, gpus, product=A100[PRODUCT]):
    return {"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "jupyter-" + user,
                         "labels": {"app": "jupyterhub", "component": "singleuser-server",
                                    "hub.jupyter.org/username": user}},
            "spec": {"nodeSelector": {PRODUCT: product}, "tolerations": [GPU_TOL],
                     "containers": [{"name": "notebook", "image": "harbor.cloud.infn.it/ai-infn/lab:2026.1-cuda",
                                     "resources": {"limits": {"cpu": "4", "memory": "8Gi",
                                                              "nvidia.com/gpu": str(gpus)}}}]}}


class BehaviourTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim(speed=120)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def workload_of(self, ns, job):
        items = self.sim.wait_for(workloads(ns) + "?labelSelector=kueue.x-k8s.io%2Fjob-uid%3D" + job["metadata"]["uid"],
                                  lambda l: len(l["items"]) == 1)["items"]
        return items[0]

    def events_for(self, ns, name, kind):
        evs = self.sim.ok("GET", "/api/v1/namespaces/%s/events" % ns,
                          query={"fieldSelector": "involvedObject.name=%s,involvedObject.kind=%s" % (name, kind)})
        return sorted(evs["items"], key=lambda e: int(e["metadata"]["name"].rsplit(".", 1)[1], 16))

    def test_job_that_cannot_fit_stays_pending_with_kueue_message(self):
        s = self.sim
        job = s.ok("POST", jobs("user-mrossi"), body=job_manifest("too-big", gpus=10, duration="10m"), user="mrossi")
        self.assertTrue(job["spec"]["suspend"], "Kueue's webhook suspends queued jobs")
        wl = self.workload_of("user-mrossi", job)
        self.assertTrue(re.fullmatch(r"job-too-big-[0-9a-f]{5}", wl["metadata"]["name"]))
        self.assertEqual(wl["metadata"]["ownerReferences"][0]["uid"], job["metadata"]["uid"])
        wl = s.wait_for(workloads("user-mrossi") + "/" + wl["metadata"]["name"],
                        lambda w: (cond(w, "QuotaReserved") or {}).get("reason") == "Pending", user="mrossi")
        c = cond(wl, "QuotaReserved")
        self.assertEqual(c["status"], "False")
        self.assertTrue(c["message"].startswith("couldn't assign flavors to pod set main: "))
        # Every flavor's cohort-wide maximum is below 10 (8 T4s is the largest).
        self.assertIn("insufficient quota for nvidia.com/gpu in flavor gpu-a100, request > maximum capacity (10 > 4)",
                      c["message"])
        self.assertIn("insufficient quota for nvidia.com/gpu in flavor gpu-t4, request > maximum capacity (10 > 8)",
                      c["message"])
        vis = s.ok("GET", "/apis/visibility.kueue.x-k8s.io/v1beta1/namespaces/user-mrossi/localqueues/user-queue/"
                          "pendingworkloads", user="mrossi")
        mine = [i for i in vis["items"] if i["metadata"]["name"] == wl["metadata"]["name"]]
        self.assertEqual(mine[0]["positionInLocalQueue"], 0)
        s.wait_for("/apis/kueue.x-k8s.io/v1beta1/namespaces/user-mrossi/localqueues/user-queue",
                        lambda q: q["status"].get("pendingWorkloads", 0) >= 1)
        self.assertEqual(s.ok("GET", jobs("user-mrossi") + "/too-big")["spec"]["suspend"], True)
        self.assertEqual(s.ok("GET", pods("user-mrossi"), query={"labelSelector": "job-name=too-big"})["items"], [])
        reasons = [e["reason"] for e in self.events_for("user-mrossi", wl["metadata"]["name"], "Workload")]
        self.assertIn("Pending", reasons)

    def test_job_that_fits_is_admitted_runs_and_completes(self):
        s = self.sim
        ns = "user-gbianchi"
        job = s.ok("POST", jobs(ns), body=job_manifest("fits", gpus=1, duration="2m", node_selector=A100),
                   user="gbianchi")
        done = s.wait_for(jobs(ns) + "/fits", lambda j: cond(j, "Complete"), user="gbianchi")
        self.assertFalse(done["spec"]["suspend"])
        self.assertEqual(done["spec"]["template"]["spec"]["nodeSelector"], A100)
        self.assertIn(GPU_TOL, done["spec"]["template"]["spec"]["tolerations"], "the flavor's toleration, added")
        self.assertEqual(done["status"]["succeeded"], 1)
        self.assertIn("completionTime", done["status"])
        wl = s.wait_for(workloads(ns) + "/" + self.workload_of(ns, job)["metadata"]["name"],
                        lambda w: cond(w, "Finished"))
        self.assertEqual(cond(wl, "Finished")["reason"], "Succeeded")
        self.assertEqual(wl["status"]["admission"]["clusterQueue"], "cq-research")
        self.assertEqual(wl["status"]["admission"]["podSetAssignments"][0]["flavors"]["nvidia.com/gpu"], "gpu-a100")
        for t in ("QuotaReserved", "Admitted"):
            self.assertEqual(cond(wl, t)["status"], "True")
        reasons = [e["reason"] for e in self.events_for(ns, "fits", "Job")]
        order = ["CreatedWorkload", "Started", "Resumed", "SuccessfulCreate", "Completed"]
        self.assertEqual([r for r in reasons if r in order], order)
        pod = s.ok("GET", pods(ns), query={"labelSelector": "job-name=fits"})["items"][0]
        self.assertIn(pod["spec"]["nodeName"], ("hub-a100full-2", "hub-a100-3"))
        self.assertEqual(pod["status"]["phase"], "Succeeded")
        term = pod["status"]["containerStatuses"][0]["state"]["terminated"]
        self.assertEqual((term["exitCode"], term["reason"]), (0, "Completed"))
        preasons = [e["reason"] for e in self.events_for(ns, pod["metadata"]["name"], "Pod")]
        self.assertEqual(preasons[:5], ["Scheduled", "Pulling", "Pulled", "Created", "Started"])
        wr = [e["reason"] for e in self.events_for(ns, wl["metadata"]["name"], "Workload")]
        self.assertEqual(wr[:2], ["QuotaReserved", "Admitted"])

    def test_offloadable_job_lands_on_a_virtual_node(self):
        s = self.sim
        ns = "user-aromano"
        w = s.stream(pods(ns), user="aromano", query={"watch": "1", "labelSelector": "job-name=offload-any"})
        s.ok("POST", jobs(ns), body=job_manifest("offload-any", duration="20m", tolerations=[INTERLINK_TOL],
                                                  queue="offload-queue"), user="aromano")
        s.ok("POST", jobs(ns), body=job_manifest("offload-pinned", duration="20m", tolerations=[INTERLINK_TOL],
                                                  queue="offload-queue",
                                                  node_selector={"kubernetes.io/hostname": "podman-virtual-node"}),
             user="aromano")
        waiting = None
        for ev in w.events(20):
            cs = (ev["object"].get("status") or {}).get("containerStatuses") or []
            if cs and "waiting" in cs[0]["state"] and waiting is None:
                waiting = cs[0]["state"]["waiting"]
            if ev["object"]["status"].get("phase") == "Running":
                break
        w.close()
        self.assertEqual(waiting.get("message"), "Remote pod submitted")
        p = s.ok("GET", pods(ns), query={"labelSelector": "job-name=offload-any"})["items"][0]
        self.assertIn(p["spec"]["nodeName"], ("leonardo-virtual-node", "podman-virtual-node", "infn-t1"),
                      "offloaded, to a connected node")
        p2 = s.wait_for(pods(ns) + "?labelSelector=job-name%3Doffload-pinned",
                        lambda l: l["items"] and l["items"][0]["spec"].get("nodeName"))["items"][0]
        self.assertEqual(p2["spec"]["nodeName"], "podman-virtual-node")
        wl = self.workload_of(ns, s.ok("GET", jobs(ns) + "/offload-any"))
        self.assertEqual(wl["status"]["admission"]["clusterQueue"], "offloading")
        self.assertEqual(wl["status"]["admission"]["podSetAssignments"][0]["flavors"]["cpu"], "interlink")
        # In the user's own queue a job stays home, even tolerating the virtual nodes' taint.
        s.ok("POST", jobs(ns), body=job_manifest("stay-home", duration="20m", tolerations=[INTERLINK_TOL]),
             user="aromano")
        p3 = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dstay-home",
                        lambda l: l["items"] and l["items"][0]["spec"].get("nodeName"))["items"][0]
        self.assertEqual(p3["spec"]["nodeName"], "hub-cpu-2", "cpu-only flavor: accelerator=none")

    def test_deactivated_workload_is_evicted(self):
        s = self.sim
        ns = "user-hack01"
        job = s.ok("POST", jobs(ns), body=job_manifest("deact", duration="1h"), user="hack01")
        s.wait_for(jobs(ns) + "/deact", lambda j: j["status"].get("active"))
        wl = self.workload_of(ns, job)
        s.ok("PATCH", workloads(ns) + "/" + wl["metadata"]["name"], body={"spec": {"active": False}},
             headers={"Content-Type": "application/merge-patch+json"})
        wl = s.wait_for(workloads(ns) + "/" + wl["metadata"]["name"],
                        lambda w: (cond(w, "Evicted") or {}).get("reason") == "Deactivated")
        self.assertIsNone(cond(wl, "Preempted"))
        s.wait_for(jobs(ns) + "/deact", lambda j: j["spec"]["suspend"] and not j["status"].get("active"))
        s.ok("DELETE", jobs(ns) + "/deact", body={"propagationPolicy": "Background"})

    def test_offloaded_failure_shows_provider_failed(self):
        s = self.sim
        ns = "user-fesposito"
        s.ok("POST", jobs(ns), body=job_manifest("remote-fail", duration="1m", tolerations=[INTERLINK_TOL],
                                                  queue="offload-queue",
                                                  annotations={"sim.plancia.io/fail-reason": "ProviderFailed"}),
             user="fesposito")
        job = s.wait_for(jobs(ns) + "/remote-fail", lambda j: cond(j, "Failed"))
        self.assertEqual(cond(job, "Failed")["reason"], "BackoffLimitExceeded")
        p = s.ok("GET", pods(ns), query={"labelSelector": "job-name=remote-fail"})["items"][0]
        self.assertIn(p["spec"]["nodeName"], VIRTUAL)
        self.assertEqual((p["status"]["phase"], p["status"]["reason"]), ("Failed", "ProviderFailed"))
        term = p["status"]["containerStatuses"][0]["state"]["terminated"]
        self.assertEqual((term["exitCode"], term["reason"]), (1, "ProviderFailed"))
        wl = s.wait_for(workloads(ns) + "/" + self.workload_of(ns, job)["metadata"]["name"],
                        lambda w: cond(w, "Finished"))
        self.assertEqual(cond(wl, "Finished")["reason"], "Failed")

    def test_oomkilled_and_exit_code(self):
        s = self.sim
        ns = "user-scolombo"
        s.ok("POST", jobs(ns), body=job_manifest("oom", duration="1m",
                                                  annotations={"sim.plancia.io/fail-reason": "OOMKilled"}))
        s.ok("POST", jobs(ns), body=job_manifest("exit3", duration="1m", queue=None,
                                                  annotations={"sim.plancia.io/exit-code": "3"}))
        s.ok("POST", jobs(ns), body=job_manifest("slurm-timeout", duration="1m", tolerations=[INTERLINK_TOL],
                                                  queue="offload-queue",
                                                  node_selector={"kubernetes.io/hostname": "leonardo-virtual-node"},
                                                  annotations={"sim.plancia.io/fail-reason": "SlurmJobTimeout"}))
        for name, code, reason in (("oom", 137, "OOMKilled"), ("exit3", 3, "Error"),
                                   ("slurm-timeout", 143, "SlurmJobTimeout")):
            s.wait_for(jobs(ns) + "/" + name, lambda j: cond(j, "Failed"))
            p = s.ok("GET", pods(ns), query={"labelSelector": "job-name=" + name})["items"][0]
            term = p["status"]["containerStatuses"][0]["state"]["terminated"]
            self.assertEqual((term["exitCode"], term["reason"]), (code, reason))

    def test_parallelism_completions_backoff_and_sleep(self):
        s = self.sim
        ns = "user-cgallo"
        # No duration annotation: the command's `sleep 60` sets the run time (0.5 s at speed 120).
        s.ok("POST", jobs(ns), body=job_manifest("par", duration=None, queue=None, completions=3, parallelism=2,
                                                  command=["sh", "-c", "echo start; sleep 60"]))
        seen_active = 0
        for _ in deadline_loop(20):
            j = s.ok("GET", jobs(ns) + "/par")
            seen_active = max(seen_active, j["status"].get("active", 0))
            if cond(j, "Complete"):
                break
        self.assertEqual(seen_active, 2)
        self.assertEqual(j["status"]["succeeded"], 3)
        self.assertEqual(len(s.ok("GET", pods(ns), query={"labelSelector": "job-name=par"})["items"]), 3)
        # backoffLimit 1: a failing pod is replaced once, then the job fails.
        s.ok("POST", jobs(ns), body=job_manifest("retry", duration="30s", queue=None, backoffLimit=1,
                                                  annotations={"sim.plancia.io/exit-code": "2"}))
        j = s.wait_for(jobs(ns) + "/retry", lambda j: cond(j, "Failed"))
        self.assertEqual(j["status"]["failed"], 2)
        self.assertEqual(cond(j, "Failed")["reason"], "BackoffLimitExceeded")
        self.assertEqual(len(s.ok("GET", pods(ns), query={"labelSelector": "job-name=retry"})["items"]), 2)

    def test_notebook_preempts_batch_job(self):
        s = self.sim
        # Whole A100s: 1 on hub-a100full-2 + 3 on hub-a100-3; the research queue's quota is 4.
        s.ok("POST", pods("user-lverdi"), body=notebook("lverdi", 1))
        s.wait_for(pods("user-lverdi") + "/jupyter-lverdi", lambda p: p["status"].get("phase") == "Running")
        names = ["batch-a", "batch-b", "batch-c"]
        for n in names:
            s.ok("POST", jobs("user-mrossi"), body=job_manifest(n, gpus=1, duration="3h", node_selector=A100))
        for n in names:
            s.wait_for(pods("user-mrossi") + "?labelSelector=job-name%3D" + n,
                       lambda l: l["items"] and l["items"][0]["status"].get("phase") == "Running")
        rv = s.ok("GET", jobs("user-mrossi"))["metadata"]["resourceVersion"]
        s.ok("POST", pods("user-gbianchi"), body=notebook("gbianchi", 1), user="gbianchi")
        nb = s.wait_for(pods("user-gbianchi") + "/jupyter-gbianchi", lambda p: p["status"].get("phase") == "Running",
                        timeout=30)
        self.assertIn(nb["spec"]["nodeName"], ("hub-a100full-2", "hub-a100-3"))

        def history(path):
            w = s.stream(path, query={"watch": "1", "resourceVersion": rv, "timeoutSeconds": "1"})
            evs = list(w.events(10))
            w.close()
            return evs
        wl_evs = history(workloads("user-mrossi"))
        evicted = [e["object"] for e in wl_evs if (cond(e["object"], "Evicted") or {}).get("status") == "True"]
        self.assertEqual(len({w["metadata"]["name"] for w in evicted}), 1)
        wl = evicted[0]
        self.assertEqual(cond(wl, "Evicted")["reason"], "Preempted")
        self.assertEqual(cond(wl, "Preempted")["status"], "True")
        self.assertIn(nb["metadata"]["uid"], cond(wl, "Evicted")["message"])
        self.assertEqual(cond(wl, "QuotaReserved")["status"], "False")
        self.assertNotIn("admission", wl["status"])
        name = wl["metadata"]["ownerReferences"][0]["name"]
        job_evs = [e["object"] for e in history(jobs("user-mrossi")) if e["object"]["metadata"]["name"] == name]
        stopped = [j for j in job_evs if j["spec"]["suspend"]]
        self.assertTrue(stopped, "the evicted job goes back to suspend: true")
        self.assertEqual(stopped[0]["spec"]["template"]["spec"]["nodeSelector"], A100, "Kueue restores the template")
        self.assertNotIn("tolerations", stopped[0]["spec"]["template"]["spec"])
        pod_evs = history(pods("user-mrossi") + "?labelSelector=job-name%3D" + name)
        self.assertIn("DELETED", [e["type"] for e in pod_evs], "its running pod is removed")
        reasons = [e["reason"] for e in self.events_for("user-mrossi", name, "Job")]
        self.assertIn("Stopped", reasons)
        self.assertIn("Suspended", reasons)
        # Requeued: the workload is admitted again once an A100 is free, and the job resumes.
        s.ok("DELETE", pods("user-lverdi") + "/jupyter-lverdi", query={"gracePeriodSeconds": "0"})
        s.wait_for(workloads("user-mrossi") + "/" + wl["metadata"]["name"],
                   lambda w: cond(w, "Admitted")["status"] == "True", timeout=30)
        s.wait_for(jobs("user-mrossi") + "/" + name, lambda j: not j["spec"]["suspend"] and j["status"].get("active"))
        s.ok("DELETE", pods("user-gbianchi") + "/jupyter-gbianchi", user="gbianchi")
        for n in names:
            s.ok("DELETE", jobs("user-mrossi") + "/" + n, body={"propagationPolicy": "Background"})

    def flavor_usage(self, cq, flavor, resource="nvidia.com/gpu"):
        st = self.sim.ok("GET", "/apis/kueue.x-k8s.io/v1beta1/clusterqueues/" + cq)["status"]
        fl = next(f for f in st["flavorsUsage"] if f["name"] == flavor)
        r = next(r for r in fl["resources"] if r["name"] == resource)
        return r["total"], r["borrowed"]

    def running(self, ns, names):
        def ok(l):
            phases = {p["metadata"]["labels"]["job-name"]: p["status"].get("phase") for p in l["items"]
                      if not p["metadata"].get("deletionTimestamp")}
            return all(phases.get(n) == "Running" for n in names)
        return self.sim.wait_for(pods(ns), ok, timeout=30)

    def test_cohort_borrowing_and_reclaim(self):
        """gpu-t4: cq-research 6 nominal, cq-hackathon 2 nominal + borrowingLimit 4, one cohort. The
        hackathon borrows research's unused T4s; research takes them back (reclaimWithinCohort: Any)."""
        s = self.sim
        hack = ["hack-t4-%d" % i for i in range(5)]
        for n in hack:
            s.ok("POST", jobs("user-hack01"), body=job_manifest(n, gpus=1, duration="10h", node_selector=T4))
        self.running("user-hack01", hack)
        s.wait_for("/apis/kueue.x-k8s.io/v1beta1/clusterqueues/cq-hackathon",
                   lambda q: q["status"].get("admittedWorkloads") == 5)
        self.assertEqual(self.flavor_usage("cq-hackathon", "gpu-t4"), ("5", "3"), "2 nominal + 3 borrowed")
        self.assertEqual(self.flavor_usage("cq-research", "gpu-t4"), ("0", "0"))
        # A sixth would pass the borrowing limit (2 + 4) only with 2 GPUs: Kueue's message, no preemption.
        s.ok("POST", jobs("user-hack01"), body=job_manifest("hack-t4-two", gpus=2, duration="10h", node_selector=T4))
        wl = s.wait_for(workloads("user-hack01") + "?labelSelector=kueue.x-k8s.io%2Fjob-uid%3D" +
                        s.ok("GET", jobs("user-hack01") + "/hack-t4-two")["metadata"]["uid"],
                        lambda l: l["items"] and (cond(l["items"][0], "QuotaReserved") or {}).get("reason") == "Pending")
        self.assertIn("insufficient unused quota for nvidia.com/gpu in flavor gpu-t4, 1 more needed",
                      cond(wl["items"][0], "QuotaReserved")["message"])
        s.ok("DELETE", jobs("user-hack01") + "/hack-t4-two", body={"propagationPolicy": "Background"})
        # Research wants 5 T4s, within its nominal 6: 3 are free, 2 are reclaimed from the borrower.
        rv = s.ok("GET", workloads("user-hack01"))["metadata"]["resourceVersion"]
        mine = ["research-t4-%d" % i for i in range(5)]
        for n in mine:
            s.ok("POST", jobs("user-mrossi"), body=job_manifest(n, gpus=1, duration="10h", node_selector=T4))
        self.running("user-mrossi", mine)
        s.wait_for("/apis/kueue.x-k8s.io/v1beta1/clusterqueues/cq-research",
                   lambda q: q["status"].get("admittedWorkloads") == 5)
        self.assertEqual(self.flavor_usage("cq-research", "gpu-t4"), ("5", "0"))
        self.assertEqual(self.flavor_usage("cq-hackathon", "gpu-t4"), ("3", "1"))
        w = s.stream(workloads("user-hack01"), query={"watch": "1", "resourceVersion": rv, "timeoutSeconds": "1"})
        evicted = {}
        for ev in w.events(10):
            c = cond(ev["object"], "Preempted") or {}
            if c.get("status") == "True":
                evicted[ev["object"]["metadata"]["name"]] = (c["reason"], cond(ev["object"], "Evicted")["message"])
        w.close()
        self.assertEqual(len(evicted), 2, evicted)
        for reason, msg in evicted.values():
            self.assertEqual(reason, "InCohortReclamation")
            self.assertRegex(msg, r"^Preempted to accommodate a workload \(UID: [0-9a-f-]+, JobUID: [0-9a-f-]+\) "
                                  r"due to reclamation within the cohort$")
        # The two evicted hackathon jobs wait: the cohort has no T4 left for them.
        hq = s.ok("GET", "/apis/kueue.x-k8s.io/v1beta1/clusterqueues/cq-hackathon")["status"]
        self.assertEqual((hq["admittedWorkloads"], hq["pendingWorkloads"]), (3, 2))
        for ns, names in (("user-hack01", hack), ("user-mrossi", mine)):
            for n in names:
                s.ok("DELETE", jobs(ns) + "/" + n, body={"propagationPolicy": "Background"})
        s.wait_for("/apis/kueue.x-k8s.io/v1beta1/clusterqueues/cq-hackathon",
                   lambda q: q["status"].get("reservingWorkloads") == 0 and q["status"].get("pendingWorkloads") == 0)

    def test_priority_classes_and_preemption_in_the_queue(self):
        s = self.sim
        pcs = {p["metadata"]["name"]: p for p in s.ok("GET", "/apis/scheduling.k8s.io/v1/priorityclasses",
                                                      user="mrossi")["items"]}
        self.assertEqual({n: pcs[n]["value"] for n in ("lowest", "lower", "higher", "highest", "fire")},
                         {"lowest": -100, "lower": -80, "higher": -50, "highest": -20, "fire": -10})
        self.assertEqual(pcs["fire"]["preemptionPolicy"], "PreemptLowerPriority")
        code, _, st = s.request("POST", pods("user-mrossi"), body={
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "bad-class"},
            "spec": {"priorityClassName": "nope", "containers": [{"name": "c", "image": "x"}]}})
        self.assertEqual((code, st["message"]), (403, 'pods "bad-class" is forbidden: no PriorityClass with name '
                                                      'nope was found'))
        # cq-research holds the only A30 (withinClusterQueue: LowerPriority): "fire" evicts "lowest".
        low = job_manifest("a30-low", gpus=1, duration="10h", node_selector=A30)
        low["spec"]["template"]["spec"]["priorityClassName"] = "lowest"
        s.ok("POST", jobs("user-gbianchi"), body=low)
        self.running("user-gbianchi", ["a30-low"])
        high = job_manifest("a30-fire", gpus=1, duration="10h", node_selector=A30)
        high["spec"]["template"]["spec"]["priorityClassName"] = "fire"
        job = s.ok("POST", jobs("user-gbianchi"), body=high)
        self.running("user-gbianchi", ["a30-fire"])
        wl = self.workload_of("user-gbianchi", job)
        self.assertEqual((wl["spec"]["priority"], wl["spec"]["priorityClassSource"]),
                         (-10, "scheduling.k8s.io/priorityclass"))
        lw = self.workload_of("user-gbianchi", s.ok("GET", jobs("user-gbianchi") + "/a30-low"))
        self.assertEqual(cond(lw, "Preempted")["reason"], "InClusterQueue")
        self.assertIn("due to prioritization in the ClusterQueue", cond(lw, "Evicted")["message"])
        self.assertEqual(cond(lw, "QuotaReserved")["status"], "False")
        pod = s.ok("GET", pods("user-gbianchi"), query={"labelSelector": "job-name=a30-fire"})["items"][0]
        self.assertEqual((pod["spec"]["priority"], pod["spec"]["nodeName"]), (-10, "hub-a30-2"))
        for n in ("a30-low", "a30-fire"):
            s.ok("DELETE", jobs("user-gbianchi") + "/" + n, body={"propagationPolicy": "Background"})

    def test_logs_tail_timestamps_and_follow(self):
        s = self.sim
        ns = "user-dferri"
        s.ok("POST", jobs(ns), body=job_manifest("chatty", duration="30m"), user="dferri")
        p = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dchatty",
                       lambda l: l["items"] and l["items"][0]["status"].get("phase") == "Running")["items"][0]
        path = pods(ns) + "/" + p["metadata"]["name"] + "/log"
        for _ in deadline_loop(10):
            code, _, text = s.request("GET", path, user="dferri", raw=True)
            if text.count(b"\n") >= 4:
                break
        code, h, text = s.request("GET", path, user="dferri", query={"tailLines": 2}, raw=True)
        self.assertEqual(code, 200)
        self.assertTrue(h["Content-Type"].startswith("text/plain"))
        lines = text.decode().splitlines()
        self.assertEqual(len(lines), 2)
        self.assertRegex(lines[0], r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO ")
        code, _, text = s.request("GET", path, user="dferri", query={"tailLines": 1, "timestamps": "true"}, raw=True)
        self.assertRegex(text.decode(), r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z \d{4}-")
        code, _, text = s.request("GET", path, user="dferri", query={"sinceSeconds": 1}, raw=True)
        self.assertLess(text.count(b"\n"), 1 + 1.5 * 120 / 10 + 2)
        code, _, st = s.request("GET", path, user="dferri", query={"container": "nope"})
        self.assertEqual((code, st["message"]), (400, "container nope is not valid for pod %s" % p["metadata"]["name"]))
        self.assertEqual(s.request("GET", path, user="mrossi")[0], 403)
        # follow: new lines keep arriving on the open stream.
        f = s.stream(path, user="dferri", query={"follow": "true", "tailLines": 1})
        got = []
        for line in f.lines(10):
            got.append(line)
            if len(got) >= 4:
                break
        f.close()
        self.assertEqual(len(got), 4)
        # follow ends when the container exits, after its last line.
        s.ok("POST", jobs(ns), body=job_manifest("short", duration="40s"), user="dferri")
        p = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dshort",
                       lambda l: l["items"] and l["items"][0]["status"].get("phase") == "Running")["items"][0]
        f = s.stream(pods(ns) + "/" + p["metadata"]["name"] + "/log", user="dferri", query={"follow": "1"})
        got = list(f.lines(15))
        f.close()
        self.assertTrue(got and got[-1].endswith("Training finished, model saved to /output/model.pt"), got[-3:])
        s.wait_for(jobs(ns) + "/short", lambda j: cond(j, "Complete"))

    def test_metrics_for_running_gpu_pods(self):
        s = self.sim
        s.ok("POST", pods("user-hack02"), body=dict(notebook("hack02", 0), spec={
            "nodeSelector": MIG, "tolerations": [GPU_TOL],
            "containers": [{"name": "notebook", "image": "lab:1", "resources": {
                "limits": {"cpu": "2", "memory": "4Gi", "nvidia.com/gpu": "1"}}}]}))
        s.wait_for(pods("user-hack02") + "/jupyter-hack02", lambda p: p["status"].get("phase") == "Running")
        code, h, text = s.request("GET", "/metrics", user=None, raw=True)
        self.assertEqual(code, 200)
        text = text.decode()
        # MIG single strategy: the slice is an nvidia.com/gpu of a node whose product names the profile.
        self.assertIn('allocated_accelerators{node="hub-a100-2",model="a100-1g.10gb",'
                      'extended_resource="nvidia.com/gpu",namespace="user-hack02",pod="jupyter-hack02"} 1', text)
        self.assertRegex(text, r'DCGM_FI_DEV_FB_USED\{gpu="\d+",UUID="GPU-[0-9a-f-]+",device="nvidia\d+",'
                               r'modelName="NVIDIA A100 80GB PCIe",Hostname="hub-a100-2",GPU_I_PROFILE="1g.10gb",'
                               r'GPU_I_ID="\d+",namespace="user-hack02",pod="jupyter-hack02",container="notebook"\} \d+')
        self.assertIn('kube_pod_container_resource_requests{namespace="user-hack02",pod="jupyter-hack02",'
                      'container="notebook",node="hub-a100-2",resource="nvidia_com_gpu",unit="integer"} 1',
                      text)
        self.assertIn('kube_node_status_allocatable{node="hub-t4-1",resource="nvidia_com_gpu",unit="integer"} 8',
                      text)
        self.assertIn('kube_node_status_allocatable{node="hub-a100-2",resource="nvidia_com_gpu",unit="integer"} 7',
                      text)
        self.assertIn('allocatable_accelerators{node="hub-fpga-2",model="u50",'
                      'extended_resource="xilinx.com/fpga-xilinx_u50_gen3x16_xdma_201920_3"} 2', text)
        self.assertIn('kube_node_labels{node="hub-a100-2",label_plancia_io_server="ai-infn-srv02",'
                      'label_nvidia_com_gpu_product="NVIDIA-A100-80GB-PCIe-MIG-1g.10gb",'
                      'label_accelerator="mig-1g.10gb"} 1', text)
        s.ok("DELETE", pods("user-hack02") + "/jupyter-hack02")


class SeedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim(seed=True, speed=1)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def test_seed_state(self):
        s = self.sim
        all_pods = s.ok("GET", "/api/v1/pods")["items"]
        nbs = [p for p in all_pods if p["metadata"]["labels"].get("component") == "singleuser-server"
               and p["status"]["phase"] == "Running"]
        self.assertGreaterEqual(len({p["metadata"]["namespace"] for p in nbs}), 4)
        phases = {p["status"]["phase"] for p in all_pods}
        self.assertTrue({"Running", "Succeeded", "Failed"} <= phases)
        offloaded = [p for p in all_pods if p["spec"].get("nodeName", "") in VIRTUAL]
        self.assertGreaterEqual(len(offloaded), 3)
        self.assertTrue(any(p["status"].get("reason") == "ProviderFailed" for p in offloaded))
        reasons = {cs["state"].get("terminated", {}).get("reason") for p in all_pods
                   for cs in p["status"].get("containerStatuses") or []}
        self.assertTrue({"OOMKilled", "SlurmJobTimeout", "Completed", "Error"} <= reasons)
        wls = s.ok("GET", "/apis/kueue.x-k8s.io/v1beta1/workloads")["items"]
        self.assertTrue(any((cond(w, "QuotaReserved") or {}).get("status") == "False" for w in wls))
        s.wait_for("/apis/kueue.x-k8s.io/v1beta1/workloads",
                   lambda l: any("request > maximum capacity" in (cond(w, "QuotaReserved") or {}).get("message", "")
                                 for w in l["items"]))
        ages = sorted(time.time() - calendar.timegm(time.strptime(p["metadata"]["creationTimestamp"], "%Y-%m-%dT%H:%M:%SZ"))
                      for p in all_pods)
        self.assertGreater(max(ages) - min(ages), 12 * 3600, "ages spread over hours")
        bubble = s.ok("GET", "/api/v1/nodes/bubble-virtual-node")
        ic = {c["type"]: c for c in bubble["status"]["conditions"]}
        self.assertEqual((ic["InterlinkConnectivity"]["status"], ic["InterlinkConnectivity"]["reason"]),
                         ("False", "InterlinkPingFailed"))
        self.assertNotEqual(ic["Ready"]["status"], "True")
        leo = s.ok("GET", "/api/v1/nodes/leonardo-virtual-node")
        self.assertIn({"key": "virtual-node.interlink/no-schedule", "value": "true", "effect": "NoSchedule"},
                      leo["spec"]["taints"])
        for k, v in (("virtual-node.interlink/type", "virtual-kubelet"), ("kubernetes.io/role", "agent"),
                     ("kubernetes.io/os", "virtual-kubelet"), ("nvidia-gpu-type", "a100"), ("type", "virtual-kubelet")):
            self.assertEqual(leo["metadata"]["labels"][k], v)
        # MIG single strategy: slices are nvidia.com/gpu on a node whose product names the profile.
        mig = s.ok("GET", "/api/v1/nodes/hub-a100-2")
        self.assertEqual(mig["status"]["allocatable"]["nvidia.com/gpu"], "7")
        self.assertEqual(mig["metadata"]["labels"][PRODUCT], MIG[PRODUCT])
        self.assertEqual(mig["metadata"]["labels"]["plancia.io/server"], "ai-infn-srv02")
        self.assertIn({"key": "nvidia.com/gpu", "effect": "NoSchedule"}, mig["spec"]["taints"])
        self.assertEqual(s.ok("GET", "/api/v1/nodes/hub-a100-3")["status"]["allocatable"]["nvidia.com/gpu"], "3")
        master = s.ok("GET", "/api/v1/nodes/hub-master")
        self.assertIn({"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"},
                      master["spec"]["taints"])
        # Every physical server's devices, per model, as DESIGN.md's fleet.
        per = {}
        for n in s.ok("GET", "/api/v1/nodes")["items"]:
            srv = n["metadata"]["labels"].get("plancia.io/server")
            for r, v in n["status"]["allocatable"].items():
                if "/" in r and not r.startswith("hugepages"):
                    key = (srv, n["metadata"]["labels"].get(PRODUCT) or r)
                    per[key] = per.get(key, 0) + int(v)
        self.assertEqual(per[("ai-infn-srv01", "Tesla-T4")], 8)
        self.assertEqual(per[("ai-infn-srv01", "Quadro-RTX-5000")], 5)
        self.assertEqual(per[("ai-infn-srv02", MIG[PRODUCT])], 7)
        self.assertEqual(per[("ai-infn-srv02", A100[PRODUCT])], 1)
        self.assertEqual(per[("ai-infn-srv03", A100[PRODUCT])], 3)
        self.assertEqual(per[("ai-infn-srv04", "amd.com/xilinx_v70_gen5x8_qdma_base_2")], 2)
        lowest = s.ok("GET", "/apis/batch/v1/namespaces/user-lverdi/jobs/anomaly-sweep-rtx")
        wl = self.sim.ok("GET", "/apis/kueue.x-k8s.io/v1beta1/namespaces/user-lverdi/workloads",
                         query={"labelSelector": "kueue.x-k8s.io/job-uid=" + lowest["metadata"]["uid"]})["items"][0]
        self.assertEqual((wl["spec"]["priority"], wl["spec"]["priorityClassName"]), (-100, "lowest"))


if __name__ == "__main__":
    unittest.main()


class PersistenceTest(unittest.TestCase):
    def test_state_dir_survives_restart(self):
        import tempfile
        state = tempfile.mkdtemp(prefix="kubesim-state-")
        s = Sim("--state-dir", state, speed=60)
        try:
            ns = "user-mrossi"
            job = s.ok("POST", jobs(ns), body=job_manifest("persist", gpus=1, duration="10m"))
            s.wait_for(jobs(ns) + "/persist", lambda j: j["status"].get("active"))
            pod = s.ok("GET", pods(ns), query={"labelSelector": "job-name=persist"})["items"][0]
            rv = int(s.ok("GET", "/api/v1/pods")["metadata"]["resourceVersion"])
        finally:
            s.stop()
        s = Sim("--state-dir", state, speed=60)
        try:
            self.assertIn("state loaded", s.log())
            again = s.ok("GET", jobs(ns) + "/persist")
            self.assertEqual(again["metadata"]["uid"], job["metadata"]["uid"])
            p2 = s.ok("GET", pods(ns) + "/" + pod["metadata"]["name"])
            self.assertEqual(p2["status"]["phase"], "Running")
            self.assertGreaterEqual(int(s.ok("GET", "/api/v1/pods")["metadata"]["resourceVersion"]), rv)
            w = s.stream(pods(ns), query={"watch": "1", "resourceVersion": str(rv - 5)})
            ev = next(w.events(10))
            w.close()
            self.assertEqual((ev["type"], ev["object"]["code"]), ("ERROR", 410))
            code, _, text = s.request("GET", "/metrics", user=None, raw=True)
            self.assertIn('pod="%s"' % pod["metadata"]["name"], text.decode(), "devices re-allocated")
            s.ok("POST", "/sim/v1/speed", query={"value": "600"})
            s.wait_for(jobs(ns) + "/persist", lambda j: cond(j, "Complete"), timeout=20)
        finally:
            s.stop()
