"""Cluster behaviour: Kueue admission and quota, scheduling, offload, failures, preemption, logs, metrics."""
import calendar
import re
import time
import unittest

from simclient import Sim, cond, deadline_loop, job_manifest

INTERLINK_TOL = {"key": "virtual-node.interlink/no-schedule", "operator": "Exists"}


def jobs(ns):
    return "/apis/batch/v1/namespaces/%s/jobs" % ns


def pods(ns):
    return "/api/v1/namespaces/%s/pods" % ns


def workloads(ns):
    return "/apis/kueue.x-k8s.io/v1beta1/namespaces/%s/workloads" % ns


def notebook(user, gpus, product="NVIDIA-A100-PCIE-40GB"):
    return {"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "jupyter-" + user,
                         "labels": {"app": "jupyterhub", "component": "singleuser-server",
                                    "hub.jupyter.org/username": user}},
            "spec": {"nodeSelector": {"nvidia.com/gpu.product": product},
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
        job = s.ok("POST", jobs("user-mrossi"), body=job_manifest("too-big", gpus=8, duration="10m"), user="mrossi")
        self.assertTrue(job["spec"]["suspend"], "Kueue's webhook suspends queued jobs")
        wl = self.workload_of("user-mrossi", job)
        self.assertTrue(re.fullmatch(r"job-too-big-[0-9a-f]{5}", wl["metadata"]["name"]))
        self.assertEqual(wl["metadata"]["ownerReferences"][0]["uid"], job["metadata"]["uid"])
        wl = s.wait_for(workloads("user-mrossi") + "/" + wl["metadata"]["name"],
                        lambda w: (cond(w, "QuotaReserved") or {}).get("reason") == "Pending", user="mrossi")
        c = cond(wl, "QuotaReserved")
        self.assertEqual(c["status"], "False")
        self.assertTrue(c["message"].startswith("couldn't assign flavors to pod set main: "))
        self.assertIn("insufficient quota for nvidia.com/gpu in flavor gpu-a100, request > maximum capacity (8 > 3)",
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
        job = s.ok("POST", jobs(ns), body=job_manifest("fits", gpus=1, duration="2m"), user="gbianchi")
        done = s.wait_for(jobs(ns) + "/fits", lambda j: cond(j, "Complete"), user="gbianchi")
        self.assertFalse(done["spec"]["suspend"])
        self.assertEqual(done["spec"]["template"]["spec"]["nodeSelector"], {"accelerator": "a100"})
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
        self.assertIn(pod["spec"]["nodeName"], ("ai-infn-srv02", "ai-infn-srv03"))
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
        s.ok("POST", jobs(ns), body=job_manifest("offload-any", duration="20m", tolerations=[INTERLINK_TOL]),
             user="aromano")
        s.ok("POST", jobs(ns), body=job_manifest("offload-pinned", duration="20m", tolerations=[INTERLINK_TOL],
                                                  node_selector={"kubernetes.io/hostname": "vk-podman"}),
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
        self.assertIn(p["spec"]["nodeName"], ("vk-leonardo", "vk-podman"), "tolerating: offloaded, connected node")
        p2 = s.wait_for(pods(ns) + "?labelSelector=job-name%3Doffload-pinned",
                        lambda l: l["items"] and l["items"][0]["spec"].get("nodeName"))["items"][0]
        self.assertEqual(p2["spec"]["nodeName"], "vk-podman")
        wl = self.workload_of(ns, s.ok("GET", jobs(ns) + "/offload-any"))
        self.assertEqual(wl["status"]["admission"]["podSetAssignments"][0]["flavors"]["cpu"], "interlink")
        # Without the toleration a job never goes to a virtual node.
        s.ok("POST", jobs(ns), body=job_manifest("stay-home", duration="20m"), user="aromano")
        p3 = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dstay-home",
                        lambda l: l["items"] and l["items"][0]["spec"].get("nodeName"))["items"][0]
        self.assertTrue(p3["spec"]["nodeName"].startswith("ai-infn-srv"))

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
                                                  annotations={"sim.plancia.io/fail-reason": "ProviderFailed"}),
             user="fesposito")
        job = s.wait_for(jobs(ns) + "/remote-fail", lambda j: cond(j, "Failed"))
        self.assertEqual(cond(job, "Failed")["reason"], "BackoffLimitExceeded")
        p = s.ok("GET", pods(ns), query={"labelSelector": "job-name=remote-fail"})["items"][0]
        self.assertTrue(p["spec"]["nodeName"].startswith("vk-"))
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
                                                  node_selector={"kubernetes.io/hostname": "vk-leonardo"},
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
        # Whole A100s: 2 on srv02 + 2 on srv03; the research queue's quota is 3.
        s.ok("POST", pods("user-lverdi"), body=notebook("lverdi", 1))
        s.wait_for(pods("user-lverdi") + "/jupyter-lverdi", lambda p: p["status"].get("phase") == "Running")
        names = ["batch-a", "batch-b", "batch-c"]
        for n in names:
            s.ok("POST", jobs("user-mrossi"), body=job_manifest(n, gpus=1, duration="3h"))
        for n in names:
            s.wait_for(pods("user-mrossi") + "?labelSelector=job-name%3D" + n,
                       lambda l: l["items"] and l["items"][0]["status"].get("phase") == "Running")
        rv = s.ok("GET", jobs("user-mrossi"))["metadata"]["resourceVersion"]
        s.ok("POST", pods("user-gbianchi"), body=notebook("gbianchi", 1), user="gbianchi")
        nb = s.wait_for(pods("user-gbianchi") + "/jupyter-gbianchi", lambda p: p["status"].get("phase") == "Running",
                        timeout=30)
        self.assertEqual(nb["spec"]["nodeName"] in ("ai-infn-srv02", "ai-infn-srv03"), True)

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
        self.assertNotIn("nodeSelector", stopped[0]["spec"]["template"]["spec"], "Kueue restores the template")
        pod_evs = history(pods("user-mrossi") + "?labelSelector=job-name%3D" + name)
        self.assertIn("DELETED", [e["type"] for e in pod_evs], "its running pod is removed")
        reasons = [e["reason"] for e in self.events_for("user-mrossi", name, "Job")]
        self.assertIn("Stopped", reasons)
        self.assertIn("Suspended", reasons)
        # Requeued: the workload is admitted again (on whatever flavor has room) and the job resumes.
        s.wait_for(workloads("user-mrossi") + "/" + wl["metadata"]["name"],
                   lambda w: cond(w, "Admitted")["status"] == "True", timeout=30)
        s.wait_for(jobs("user-mrossi") + "/" + name, lambda j: not j["spec"]["suspend"] and j["status"].get("active"))
        s.ok("DELETE", pods("user-gbianchi") + "/jupyter-gbianchi", user="gbianchi")
        for n in names:
            s.ok("DELETE", jobs("user-mrossi") + "/" + n, body={"propagationPolicy": "Background"})
        s.ok("DELETE", pods("user-lverdi") + "/jupyter-lverdi")

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
            "nodeSelector": {"accelerator": "a100"},
            "containers": [{"name": "notebook", "image": "lab:1", "resources": {
                "limits": {"cpu": "2", "memory": "4Gi", "nvidia.com/mig-1g.10gb": "1"}}}]}))
        s.wait_for(pods("user-hack02") + "/jupyter-hack02", lambda p: p["status"].get("phase") == "Running")
        code, h, text = s.request("GET", "/metrics", user=None, raw=True)
        self.assertEqual(code, 200)
        text = text.decode()
        self.assertIn('allocated_accelerators{node="ai-infn-srv03",model="a100-1g.10gb",'
                      'extended_resource="nvidia.com/mig-1g.10gb",namespace="user-hack02",pod="jupyter-hack02"} 1', text)
        self.assertRegex(text, r'DCGM_FI_DEV_FB_USED\{gpu="\d+",UUID="GPU-[0-9a-f-]+",device="nvidia\d+",'
                               r'modelName="NVIDIA A100-PCIE-40GB",Hostname="ai-infn-srv03",GPU_I_PROFILE="1g.10gb",'
                               r'GPU_I_ID="\d+",namespace="user-hack02",pod="jupyter-hack02",container="notebook"\} \d+')
        self.assertIn('kube_pod_container_resource_requests{namespace="user-hack02",pod="jupyter-hack02",'
                      'container="notebook",node="ai-infn-srv03",resource="nvidia_com_mig_1g_10gb",unit="integer"} 1',
                      text)
        self.assertIn('kube_node_status_allocatable{node="ai-infn-srv01",resource="nvidia_com_gpu",unit="integer"} 13',
                      text)
        self.assertIn('allocatable_accelerators{node="ai-infn-srv02",model="u50",'
                      'extended_resource="xilinx.com/fpga-xilinx_u50_gen3x16_xdma_201920_3"} 2', text)
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
        offloaded = [p for p in all_pods if p["spec"].get("nodeName", "").startswith("vk-")]
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
        bubble = s.ok("GET", "/api/v1/nodes/vk-hpc-bubble")
        ic = {c["type"]: c for c in bubble["status"]["conditions"]}
        self.assertEqual((ic["InterlinkConnectivity"]["status"], ic["InterlinkConnectivity"]["reason"]),
                         ("False", "InterlinkPingFailed"))
        self.assertNotEqual(ic["Ready"]["status"], "True")
        leo = s.ok("GET", "/api/v1/nodes/vk-leonardo")
        self.assertIn({"key": "virtual-node.interlink/no-schedule", "value": "true", "effect": "NoSchedule"},
                      leo["spec"]["taints"])
        for k, v in (("virtual-node.interlink/type", "virtual-kubelet"), ("kubernetes.io/role", "agent"),
                     ("kubernetes.io/os", "virtual-kubelet"), ("nvidia-gpu-type", "a100")):
            self.assertEqual(leo["metadata"]["labels"][k], v)
        srv3 = s.ok("GET", "/api/v1/nodes/ai-infn-srv03")
        self.assertEqual(srv3["status"]["allocatable"]["nvidia.com/mig-1g.10gb"], "7")
        self.assertEqual(srv3["status"]["allocatable"]["nvidia.com/gpu"], "2")


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
