"""Seed state: a realistic picture of the platform at start-up, with ages spread over hours and days.

Objects are built through the same controller code paths (Kueue admission, binding, job pods),
with backdated timestamps; running pods are handed to the kubelet so they finish on their own.
"""
import time

from . import resources
from .clock import now_iso
from .controllers import podutil
from .controllers.kueue import QUEUE_LABEL

H = 3600
JOBS = resources.lookup("batch", "jobs")
PODS = resources.lookup("", "pods")
CQS = resources.lookup(resources.KUEUE, "clusterqueues")
INTERLINK_TOL = {"key": "virtual-node.interlink/no-schedule", "operator": "Exists"}
GPU_TOL = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}
T4 = {"nvidia.com/gpu.product": "Tesla-T4"}
RTX = {"nvidia.com/gpu.product": "Quadro-RTX-5000"}
A100 = {"nvidia.com/gpu.product": "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"}
MIG = {"nvidia.com/gpu.product": "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"}
TRAIN_IMG = "harbor.cloud.infn.it/ai-infn/ai-infn-train:2026.1-cuda"


def _container(name, image, cpu, mem, extra=None, command=None):
    lim = {"cpu": str(cpu), "memory": mem}
    lim.update(extra or {})
    c = {"name": name, "image": image, "resources": {"limits": lim, "requests": dict(lim)}}
    if command:
        c["command"] = command
    return c


class Seeder:
    def __init__(self, sim):
        self.sim = sim
        self.now = time.time()
        self.fleet = sim.fleet
        self.profiles = {p["name"]: p for p in sim.fleet.data.get("profiles") or []}

    def ns(self, user):
        return self.fleet.namespace_of(user)

    # -- notebooks ---------------------------------------------------------------------------------
    def notebook(self, user, profile, node, ago):
        p = self.profiles[profile]
        extra, sel, tols = {}, {"accelerator": "none"}, []
        if p["gpu"] != "none":
            # As AI_INFN's spawner: the model's node selector and the GPU nodes' taint tolerated.
            _, model, n = p["gpu"].split(":")
            entry = next(a for nd in self.fleet.physical.values() for a in nd["accelerators"] if a["model"] == model)
            extra[entry["resource"]] = n
            sel = {"nvidia.com/gpu.product": entry["labels"]["nvidia.com/gpu.product"]}
            tols = [GPU_TOL]
        mem = p["mem"]
        c = _container("notebook", p["img"], p["cpu"], mem, extra,
                       ["jupyterhub-singleuser", "--ServerApp.ip=0.0.0.0"])
        c["ports"] = [{"containerPort": 8888, "name": "notebook-port", "protocol": "TCP"}]
        c["env"] = [{"name": "JUPYTERHUB_USER", "value": user}, {"name": "JUPYTER_IMAGE", "value": p["img"]}]
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": "jupyter-" + user, "namespace": self.ns(user),
                            "labels": {"app": "jupyterhub", "component": "singleuser-server", "heritage": "jupyterhub",
                                       "hub.jupyter.org/network-access-hub": "true",
                                       "hub.jupyter.org/servername": "", "hub.jupyter.org/username": user},
                            "annotations": {"hub.jupyter.org/username": user,
                                            "ai-infn.it/profile": profile}},
               "spec": {"containers": [c], "restartPolicy": "OnFailure", "nodeSelector": sel,
                        "volumes": [{"name": "home", "persistentVolumeClaim": {"claimName": "claim-" + user}}]}}
        if tols:
            pod["spec"]["tolerations"] = tols
        self._bare_pod(pod, node, self.now - ago, None)

    def _bare_pod(self, pod, node, t0, remaining):
        sim = self.sim
        sim.admit_create(PODS, pod, None)
        pod["metadata"]["creationTimestamp"] = now_iso(t0)
        sim.store.create(PODS, pod)
        self._place(pod, node, t0, remaining)

    def _place(self, pod, node, t0, remaining, finished=None, outcome=None):
        sim = self.sim
        ns, name = pod["metadata"]["namespace"], pod["metadata"]["name"]
        sim.scheduler.bind(ns, name, node, at=t0 + 1)
        node_obj = sim.store.get(resources.lookup("", "nodes"), None, node)
        virtual = (node_obj["metadata"].get("labels") or {}).get("virtual-node.interlink/type") == "virtual-kubelet"
        started = t0 + (90 if virtual else 8)
        cur = sim.store.get(PODS, ns, name)
        if finished is None:
            sim.kubelet.adopt(cur, started, remaining, virtual)
        else:
            sim.kubelet.adopt_finished(cur, started, finished, virtual)
        ip = next(a["address"] for a in node_obj["status"]["addresses"] if a["type"] == "InternalIP")
        h = abs(hash(cur["metadata"]["uid"]))

        def upd(p):
            st = p["status"]
            conds = st.setdefault("conditions", [])
            for typ in ("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"):
                podutil.set_condition(conds, typ, "True", now=now_iso(started))
            st.update({"hostIP": ip, "hostIPs": [{"ip": ip}], "startTime": now_iso(t0 + 1),
                       "podIP": ip if virtual else "10.244.%d.%d" % (h % 200, 2 + h % 250)})
            st["podIPs"] = [{"ip": st["podIP"]}]
            css = []
            for c in p["spec"]["containers"]:
                cs = sim.kubelet._status(c, {"running": {"startedAt": now_iso(started)}}, True)
                cs["containerID"] = "containerd://%064x" % (h + len(css))
                css.append(cs)
            st["containerStatuses"] = css
            if finished is not None:
                code, reason = outcome
                for cs in css:
                    cs.update({"ready": False, "started": False, "state": {"terminated": {
                        "exitCode": code, "reason": reason, "startedAt": now_iso(started),
                        "finishedAt": now_iso(finished), "containerID": cs["containerID"]}}})
                st["phase"] = "Succeeded" if code == 0 else "Failed"
                r = "PodCompleted" if code == 0 else "PodFailed"
                for typ in ("Ready", "ContainersReady"):
                    podutil.set_condition(conds, typ, "False", r, now=now_iso(finished))
                podutil.set_condition(conds, "PodReadyToStartContainers", "False", now=now_iso(finished))
                if reason == "ProviderFailed":
                    st["reason"] = "ProviderFailed"
                    st["message"] = "The remote site refused the job: %s" % (
                        node_obj["metadata"]["labels"].get("interlink.ai-infn/site", node))
            else:
                st["phase"] = "Running"
            return p
        sim.store.mutate(PODS, ns, name, upd)
        rec = sim.recorder.record
        comp = "kubelet" if not virtual else "interlink"
        if virtual:
            rec(cur, "Normal", "RemotePodSubmitted", "Remote pod submitted", "interlink", node, at=t0 + 2)
        else:
            rec(cur, "Normal", "Pulled", 'Container image "%s" already present on machine'
                % cur["spec"]["containers"][0]["image"], comp, node, at=started - 1)
        rec(cur, "Normal", "Created", "Created container %s" % cur["spec"]["containers"][0]["name"], comp, node,
            at=started)
        rec(cur, "Normal", "Started", "Started container %s" % cur["spec"]["containers"][0]["name"], comp, node,
            at=started)
        if finished is not None and outcome[1] in ("ProviderFailed", "SlurmJobTimeout", "OOMKilled"):
            rec(cur, "Warning", outcome[1], {"ProviderFailed": "interLink: remote submission failed",
                                            "SlurmJobTimeout": "Slurm job cancelled due to time limit",
                                            "OOMKilled": "Container was OOM-killed"}[outcome[1]],
                comp if outcome[1] != "OOMKilled" else "kubelet", node, at=finished)

    # -- batch jobs --------------------------------------------------------------------------------
    def job(self, user, name, ago, container, node=None, state="running", run_for=None, remaining=None,
            annotations=None, tolerations=None, node_selector=None, backoff=6, completions=1, project=None,
            queue="user-queue", priority_class=None):
        sim = self.sim
        ns = self.ns(user)
        t0 = self.now - ago
        tmpl = {"metadata": {"annotations": dict(annotations or {}),
                             "labels": {"ai-infn.it/project": project} if project else {}},
                "spec": {"restartPolicy": "Never", "containers": [container]}}
        if tolerations:
            tmpl["spec"]["tolerations"] = tolerations
        if node_selector:
            tmpl["spec"]["nodeSelector"] = node_selector
        if priority_class:
            tmpl["spec"]["priorityClassName"] = priority_class
        job = {"apiVersion": "batch/v1", "kind": "Job",
               "metadata": {"name": name, "namespace": ns, "labels": {QUEUE_LABEL: queue}},
               "spec": {"backoffLimit": backoff, "completions": completions, "parallelism": 1, "template": tmpl}}
        sim.admit_create(JOBS, job, None)
        job["metadata"]["creationTimestamp"] = now_iso(t0)
        job["spec"]["template"]["metadata"].setdefault("annotations", {})
        job = sim.store.create(JOBS, job)
        sim.recorder.record(job, "Normal", "Suspended", "Job suspended", "job-controller", at=t0)
        kq = sim.kueue
        wl = kq._create_workload(job, at=t0)
        sim.recorder.record(job, "Normal", "CreatedWorkload", "Created Workload: %s/%s" % (ns, wl["metadata"]["name"]),
                            "kueue-job-controller", at=t0)
        if state == "pending":
            return job
        lq, cq = kq.cq_of(wl)
        adm, msg, _ = kq.assign(wl, cq, kq.book(empty=state != "running"))
        if adm is None:
            raise RuntimeError("seed job %s/%s does not fit: %s" % (ns, name, msg))
        kq.admit(wl, adm, at=t0 + 2)
        job = sim.store.get(JOBS, ns, name)
        wl = kq.workload_of(job)
        kq._start_job(job, wl, at=t0 + 2)
        job = sim.store.get(JOBS, ns, name)
        sim.recorder.record(job, "Normal", "Resumed", "Job resumed", "job-controller", at=t0 + 2)
        track = sim.jobs.tracked.setdefault(job["metadata"]["uid"], {})
        pods = []
        tries = 1 if state != "failed" else backoff + 1
        t = t0 + 3
        for i in range(completions if state != "failed" else tries):
            pod = sim.jobs._create_pod(job, i, at=t)
            pods.append(pod)
            last = i == (completions if state != "failed" else tries) - 1
            if state == "running" and last:
                self._place(pod, node, t, remaining)
                track[pod["metadata"]["uid"]] = "Running"
            else:
                end = t + run_for
                code, reason = (0, "Completed") if state == "succeeded" else sim.kubelet.outcome(
                    pod, node in self.fleet.virtual)
                self._place(pod, node, t, None, finished=end, outcome=(code, reason))
                track[pod["metadata"]["uid"]] = "Succeeded" if code == 0 else "Failed"
                t = end + 15
        st = {"startTime": now_iso(t0 + 2), "uncountedTerminatedPods": {}, "terminating": 0,
              "conditions": [{"type": "Suspended", "status": "False", "reason": "JobResumed", "message": "Job resumed",
                              "lastProbeTime": None, "lastTransitionTime": now_iso(t0 + 2)}]}
        if state == "running":
            st.update({"active": 1, "ready": 1})
            if completions > 1:
                st["succeeded"] = completions - 1
        elif state == "succeeded":
            st.update({"succeeded": completions, "ready": 0, "completionTime": now_iso(t - 15)})
            for typ in ("SuccessCriteriaMet", "Complete"):
                st["conditions"].append({"type": typ, "status": "True", "reason": "CompletionsReached",
                                         "message": "Reached expected number of succeeded pods",
                                         "lastProbeTime": None, "lastTransitionTime": now_iso(t - 15)})
            sim.recorder.record(job, "Normal", "Completed", "Job completed", "job-controller", at=t - 15)
        else:
            st.update({"failed": tries, "ready": 0})
            for typ in ("FailureTarget", "Failed"):
                st["conditions"].append({"type": typ, "status": "True", "reason": "BackoffLimitExceeded",
                                         "message": "Job has reached the specified backoff limit",
                                         "lastProbeTime": None, "lastTransitionTime": now_iso(t - 15)})
            sim.recorder.record(job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit",
                                "job-controller", at=t - 15)

        def upd(j):
            j["status"] = st
            return j
        sim.store.mutate(JOBS, ns, name, upd)
        if state != "running":
            ok = state == "succeeded"
            kq._set_wl(wl, lambda c, s: podutil.set_condition(
                c, "Finished", "True", "Succeeded" if ok else "Failed",
                "Job finished successfully" if ok else "Job has reached the specified backoff limit",
                kueue=True, now=now_iso(t - 15)))
        return job


def seed(sim):
    s = Seeder(sim)
    users = sim.fleet.users
    with sim.store.lock:
        # Interactive sessions (pods as the hub's KubeSpawner labels them).
        for user, profile, node, ago in (("mrossi", "t4", "hub-t4-1", 3 * H),
                                         ("gbianchi", "a100", "hub-a100-3", 26 * H),
                                         ("lverdi", "rtx5000", "hub-rtx-3", 50 * 60),
                                         ("cgallo", "cpu-small", "hub-cpu-2", 5 * H),
                                         ("hack01", "a100-mig", "hub-a100-2", 2 * H),
                                         ("hack02", "a100-mig", "hub-a100-2", 2 * H - 300),
                                         ("hack03", "t4", "hub-t4-1", 100 * 60),
                                         ("hack04", "cpu-small", "hub-cpu-2", 95 * 60)):
            if user in users:
                s.notebook(user, profile, node, ago)
        gpu = lambda n: {"nvidia.com/gpu": str(n)}
        train = ["python", "train.py", "--config", "configs/default.yaml"]
        # Running on real nodes: an opportunistic A100 training (preemptible), a T4 scan, a MIG
        # exercise in the hackathon queue, an RTX 5000 job at a low priority.
        s.job("mrossi", "flashsim-train-a100", 2 * H, _container("main", TRAIN_IMG, 8, "32Gi", gpu(1), train),
              "hub-a100-3", remaining=4 * H, annotations={"sim.plancia.io/duration": "6h"}, project="flashsim",
              node_selector=A100)
        s.job("gbianchi", "cms-ae-scan-t4", 40 * 60, _container("main", TRAIN_IMG, 4, "16Gi", gpu(1), train),
              "hub-t4-1", remaining=80 * 60, node_selector=T4,
              annotations={"sim.plancia.io/duration": "2h"}, project="cms-anomaly")
        s.job("hack05", "hack-mig-exercise", 20 * 60, _container("main", TRAIN_IMG, 2, "8Gi", gpu(1), train),
              "hub-a100-2", remaining=40 * 60, annotations={"sim.plancia.io/duration": "1h"}, node_selector=MIG)
        s.job("lverdi", "anomaly-sweep-rtx", 70 * 60, _container("main", TRAIN_IMG, 4, "16Gi", gpu(1), train),
              "hub-rtx-1", remaining=3 * H, node_selector=RTX, priority_class="lowest",
              annotations={"sim.plancia.io/duration": "4h10m"}, project="cms-anomaly")
        # Offloaded (the offloading ClusterQueue: cpu and memory only): running on Leonardo (pinned),
        # succeeded at Tier-1 (needs the pool toleration).
        s.job("aromano", "leonardo-llm-prep", 40 * 60,
              _container("main", TRAIN_IMG, 16, "128Gi", None, train), "leonardo-virtual-node", remaining=200 * 60,
              tolerations=[INTERLINK_TOL], node_selector={"kubernetes.io/hostname": "leonardo-virtual-node"},
              queue="offload-queue",
              annotations={"sim.plancia.io/duration": "4h", "slurm-job.vk.io/flags": "--time=06:00:00"})
        s.job("aromano", "tier1-mc-production", 30 * H,
              _container("main", "harbor.cloud.infn.it/ai-infn/mc-prod:3.2", 4, "8Gi", None,
                         ["bash", "-c", "./run.sh && sleep 7200"]), "infn-t1", state="succeeded", queue="offload-queue",
              run_for=2 * H, tolerations=[INTERLINK_TOL, {"key": "pool.vk.io", "operator": "Equal",
                                                          "value": "pool-tier1-ai", "effect": "NoSchedule"}])
        s.job("gbianchi", "cms-ae-train", 28 * H, _container("main", TRAIN_IMG, 8, "32Gi", gpu(1), train),
              "hub-a100full-2", state="succeeded", run_for=5 * H, completions=3, project="cms-anomaly",
              node_selector=A100)
        # Failures: exit code, OOMKilled, offload ProviderFailed, Slurm time limit.
        s.job("lverdi", "anomaly-tune", 5 * H, _container("main", TRAIN_IMG, 4, "16Gi", gpu(1), train),
              "hub-rtx-3", state="failed", run_for=12 * 60, backoff=1,
              annotations={"sim.plancia.io/exit-code": "1"}, node_selector=RTX)
        s.job("scolombo", "oom-repro", 3 * H, _container("main", TRAIN_IMG, 2, "4Gi", gpu(1), train),
              "hub-t4-1", state="failed", run_for=7 * 60, backoff=0,
              annotations={"sim.plancia.io/fail-reason": "OOMKilled"}, node_selector=T4)
        s.job("fesposito", "podman-offload-test", 2 * H,
              _container("main", "harbor.cloud.infn.it/ai-infn/km3-trigger:0.9", 2, "4Gi", None,
                         ["python", "trigger.py"]), "podman-virtual-node", state="failed", run_for=60, backoff=0,
              tolerations=[INTERLINK_TOL], annotations={"sim.plancia.io/fail-reason": "ProviderFailed"},
              project="km3-fpga", queue="offload-queue")
        s.job("mricci", "leonardo-long-sim", 9 * H, _container("main", TRAIN_IMG, 8, "64Gi", None, train),
              "leonardo-virtual-node", state="failed", run_for=6 * H, backoff=0, tolerations=[INTERLINK_TOL],
              node_selector={"kubernetes.io/hostname": "leonardo-virtual-node"}, queue="offload-queue",
              annotations={"sim.plancia.io/fail-reason": "SlurmJobTimeout",
                           "slurm-job.vk.io/flags": "--time=06:00:00"})
        # Pending: more A100s than the cohort will ever give (Kueue "request > maximum capacity").
        s.job("mrossi", "flashsim-big-sweep", 45 * 60, _container("main", TRAIN_IMG, 32, "256Gi", gpu(8), train),
              state="pending", node_selector=A100)
        s.job("hack06", "hack-too-many-slices", 10 * 60, _container("main", TRAIN_IMG, 2, "8Gi", gpu(6), train),
              state="pending", node_selector=MIG)
