"""A job's own output in its log (sh -c echo/printf), the log parameters, offloaded logs, and the whole
life of a workload preempted by a higher PriorityClass in its ClusterQueue (Kueue v0.13's conditions)."""
import unittest

from simclient import Sim, cond, deadline_loop, job_manifest

INTERLINK_TOL = {"key": "virtual-node.interlink/no-schedule", "operator": "Exists"}
A30 = {"nvidia.com/gpu.product": "NVIDIA-A30"}


def jobs(ns):
    return "/apis/batch/v1/namespaces/%s/jobs" % ns


def pods(ns):
    return "/api/v1/namespaces/%s/pods" % ns


def workloads(ns):
    return "/apis/kueue.x-k8s.io/v1beta1/namespaces/%s/workloads" % ns


class JobLifeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim(speed=120)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def pod_of(self, ns, job, user, phase=("Running", "Succeeded", "Failed")):
        return self.sim.wait_for(pods(ns) + "?labelSelector=job-name%3D" + job,
                                 lambda l: l["items"] and l["items"][0]["status"].get("phase") in phase,
                                 user=user, timeout=30)["items"][0]

    def log(self, ns, pod, user, **query):
        code, _, body = self.sim.request("GET", pods(ns) + "/" + pod["metadata"]["name"] + "/log", user=user,
                                         query=query, raw=True)
        self.assertEqual(code, 200, body)
        return body.decode()

    def test_sh_c_script_output_comes_first_then_the_run(self):
        s, ns, user = self.sim, "user-dferri", "dferri"
        script = ('set -e\n# a comment\nGREETING="hello from"\necho "$GREETING $HOSTNAME"\n'
                  "printf 'step %d of %d\\n' 1 2; echo 'literal $GREETING'\n"
                  'echo hidden > /tmp/out.txt; echo to-stderr >&2\n'
                  'echo "${MODE:-default} mode, lr=$LR" && sleep 20 && echo "all done"')
        job = job_manifest("echoes", duration=None, command=["sh", "-c", script])
        job["spec"]["template"]["spec"]["containers"][0]["env"] = [{"name": "LR", "value": "3e-4"}]
        s.ok("POST", jobs(ns), body=job, user=user)
        pod = self.pod_of(ns, "echoes", user)
        name = pod["metadata"]["name"]
        first = ["hello from " + name, "step 1 of 2", "literal $GREETING", "to-stderr", "default mode, lr=3e-4"]
        for _ in deadline_loop(10):
            lines = self.log(ns, pod, user).splitlines()
            if len(lines) > len(first):
                break
        self.assertEqual(lines[:len(first)], first, "the script's own lines, in order, before the run")
        self.assertRegex(lines[len(first)], r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO Starting echoes on ")
        # Follow to the end: the part after `sleep 20` comes when the container exits, before the last line.
        f = s.stream(pods(ns) + "/" + name + "/log", user=user, query={"follow": "true"})
        got = list(f.lines(20))
        f.close()
        self.assertEqual(got[:len(first)], first)
        self.assertEqual(got[-2:][0], "all done", got[-3:])
        self.assertTrue(got[-1].endswith("Training finished, model saved to /output/model.pt"))
        s.wait_for(jobs(ns) + "/echoes", lambda j: cond(j, "Complete"), user=user)
        # timestamps: RFC 3339 nano, non-decreasing; sinceTime after the start drops the script's first lines;
        # limitBytes cuts the body; tailLines counts from the end.
        stamped = self.log(ns, pod, user, timestamps="true").splitlines()
        stamps = [ln.split(" ", 1)[0] for ln in stamped]
        self.assertEqual(stamps, sorted(stamps))
        self.assertEqual(stamped[0].split(" ", 1)[1], first[0])
        since = stamps[len(first)]  # the run's first line: the script's lines are microseconds older
        later = self.log(ns, pod, user, sinceTime=since).splitlines()
        self.assertNotIn(first[0], later)
        self.assertIn("all done", later)
        self.assertEqual(self.log(ns, pod, user, limitBytes=5), first[0][:5])
        self.assertEqual(self.log(ns, pod, user, tailLines=2).splitlines()[0], "all done")
        code, _, st = s.request("GET", pods(ns) + "/" + name + "/log", user=user, query={"sinceTime": "yesterday"})
        self.assertEqual((code, st["message"]), (400, 'invalid value for sinceTime: "yesterday"'))

    def test_direct_echo_bash_flags_and_indexed_jobs(self):
        s, ns, user = self.sim, "user-dferri", "dferri"
        s.ok("POST", jobs(ns), body=job_manifest("plain-echo", duration="5s", command=["echo", "-n", "no", "shell"],
                                                 ), user=user)
        job = job_manifest("indexed", duration="5s", command=["/bin/bash", "-ec"],
                           completions=2, parallelism=2, completionMode="Indexed")
        job["spec"]["template"]["spec"]["containers"][0]["args"] = ['echo "shard $JOB_COMPLETION_INDEX of 2"']
        s.ok("POST", jobs(ns), body=job, user=user)
        pod = self.pod_of(ns, "plain-echo", user)
        for _ in deadline_loop(10):
            text = self.log(ns, pod, user)
            if text:
                break
        self.assertTrue(text.startswith("no shell\n"), text[:80])
        got = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dindexed",
                         lambda l: len(l["items"]) == 2 and all(p["status"].get("phase") in ("Running", "Succeeded")
                                                                for p in l["items"]), user=user)["items"]
        firsts = set()
        for p in got:
            for _ in deadline_loop(10):
                text = self.log(ns, p, user)
                if text:
                    break
            firsts.add(text.splitlines()[0])
        self.assertEqual(firsts, {"shard 0 of 2", "shard 1 of 2"})

    def test_offloaded_pod_log_holds_the_script_output(self):
        s, ns, user = self.sim, "user-aromano", "aromano"
        s.ok("POST", jobs(ns), body=job_manifest("remote-echo", duration="10m", tolerations=[INTERLINK_TOL],
                                                 queue="offload-queue", command=["sh", "-c", "echo remote hello"],
                                                 node_selector={"kubernetes.io/hostname": "podman-virtual-node"}),
             user=user)
        pod = s.wait_for(pods(ns) + "?labelSelector=job-name%3Dremote-echo",
                         lambda l: l["items"] and l["items"][0]["spec"].get("nodeName"), user=user)["items"][0]
        self.assertEqual(pod["spec"]["nodeName"], "podman-virtual-node")
        code, _, st = s.request("GET", pods(ns) + "/" + pod["metadata"]["name"] + "/log", user=user)
        if code == 400:  # still queued at the remote site
            self.assertIn("is waiting to start", st["message"])
        pod = self.pod_of(ns, "remote-echo", user)
        for _ in deadline_loop(10):
            text = self.log(ns, pod, user)
            if text:
                break
        self.assertEqual(text.splitlines()[0], "remote hello")
        self.assertIn("INFO Starting remote-echo on podman-virtual-node", text)
        s.ok("DELETE", jobs(ns) + "/remote-echo", user=user, body={"propagationPolicy": "Background"})

    def test_higher_priority_class_preempts_and_the_victim_is_requeued(self):
        """cq-research (withinClusterQueue: LowerPriority) has one A30: `highest` evicts `lowest`."""
        s, ns, user = self.sim, "user-gbianchi", "gbianchi"
        low = job_manifest("pc-low", gpus=1, duration="10h", node_selector=A30)
        low["spec"]["template"]["spec"]["priorityClassName"] = "lowest"
        low_job = s.ok("POST", jobs(ns), body=low, user=user)
        low_pod = self.pod_of(ns, "pc-low", user, phase=("Running",))
        lw = s.wait_for(workloads(ns) + "?labelSelector=kueue.x-k8s.io%2Fjob-uid%3D" + low_job["metadata"]["uid"],
                        lambda l: l["items"] and (cond(l["items"][0], "Admitted") or {}).get("status") == "True",
                        user=user)["items"][0]
        # Long enough that the victim is still waiting while it is looked at on a loaded machine
        # (at 10 s, a CI run saw it admitted again before its Requeued condition was read).
        high = job_manifest("pc-high", gpus=1, duration="30s", node_selector=A30)
        high["spec"]["template"]["spec"]["priorityClassName"] = "highest"
        high_job = s.ok("POST", jobs(ns), body=high, user=user)
        path = workloads(ns) + "/" + lw["metadata"]["name"]
        lw = s.wait_for(path, lambda w: (cond(w, "Evicted") or {}).get("status") == "True", user=user)
        hw = s.ok("GET", workloads(ns), user=user,
                  query={"labelSelector": "kueue.x-k8s.io/job-uid=" + high_job["metadata"]["uid"]})["items"][0]
        msg = ("Preempted to accommodate a workload (UID: %s, JobUID: %s) due to prioritization in the ClusterQueue"
               % (hw["metadata"]["uid"], high_job["metadata"]["uid"]))
        ev, pr = cond(lw, "Evicted"), cond(lw, "Preempted")
        self.assertEqual((ev["reason"], ev["message"]), ("Preempted", msg))
        self.assertEqual((pr["status"], pr["reason"], pr["message"]), ("True", "InClusterQueue", msg))
        lw = s.wait_for(path, lambda w: (cond(w, "Requeued") or {}).get("status") == "True", user=user)
        self.assertEqual((cond(lw, "Requeued")["reason"], cond(lw, "QuotaReserved")["status"]), ("Preempted", "False"))
        self.assertEqual(cond(lw, "QuotaReserved")["reason"], "Pending")
        self.assertEqual((cond(lw, "Admitted")["status"], cond(lw, "Admitted")["reason"]), ("False", "NoReservation"))
        # The victim's Job is suspended again, its pod deleted; the preemptor runs on the A30.
        j = s.wait_for(jobs(ns) + "/pc-low", lambda j: j["spec"].get("suspend") is True, user=user)
        self.assertEqual(j["spec"]["template"]["spec"]["nodeSelector"], A30, "Kueue restores the template")
        s.wait_for(pods(ns) + "?labelSelector=job-name%3Dpc-low",
                   lambda l: all(p["metadata"]["uid"] != low_pod["metadata"]["uid"] for p in l["items"]), user=user)
        hp = self.pod_of(ns, "pc-high", user, phase=("Running", "Succeeded"))
        self.assertEqual(hp["spec"]["nodeName"], low_pod["spec"]["nodeName"])
        evs = s.ok("GET", "/api/v1/namespaces/%s/events" % ns, user=user)["items"]
        wl_reasons = [e["reason"] for e in evs if e["involvedObject"]["name"] == lw["metadata"]["name"]]
        self.assertIn("Preempted", wl_reasons)
        self.assertIn("EvictedDueToPreempted", wl_reasons)
        job_reasons = [e["reason"] for e in evs if e["involvedObject"]["name"] == "pc-low"
                       and e["involvedObject"]["kind"] == "Job"]
        self.assertIn("Stopped", job_reasons)
        # When the preemptor is done, the requeued workload is admitted again and its job resumes.
        s.wait_for(jobs(ns) + "/pc-high", lambda j: cond(j, "Complete"), user=user, timeout=60)
        lw = s.wait_for(path, lambda w: (cond(w, "Admitted") or {}).get("status") == "True", user=user, timeout=60)
        self.assertEqual(cond(lw, "Evicted")["status"], "False")
        s.wait_for(jobs(ns) + "/pc-low", lambda j: not j["spec"]["suspend"] and j["status"].get("active"), user=user)
        for n in ("pc-low", "pc-high"):
            s.ok("DELETE", jobs(ns) + "/" + n, user=user, body={"propagationPolicy": "Background"})


if __name__ == "__main__":
    unittest.main()
