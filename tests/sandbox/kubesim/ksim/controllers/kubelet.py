"""Kubelet and interLink virtual kubelet: container start, run time, exit, logs, graceful deletion."""
import hashlib
import re
import time

from .. import errors, resources
from ..api import Response, Stream
from ..clock import now_iso, parse_iso, rfc3339nano
from . import logtext, podutil

PODS = resources.lookup("", "pods")
NODES = resources.lookup("", "nodes")
DUR_ANN = "sim.plancia.io/duration"
EXIT_ANN = "sim.plancia.io/exit-code"
FAIL_ANN = "sim.plancia.io/fail-reason"
PULL_SECONDS = 4.0          # simulated image pull + container start
REMOTE_QUEUE_SECONDS = 30.0  # simulated time a remote site takes to start an offloaded pod
DEFAULT_RUN_SECONDS = 60.0


class Run:
    """In-memory runtime state of one pod (what a container runtime would know)."""

    def __init__(self, created, start_at, duration, virtual):
        self.created = created
        self.start_at = start_at
        self.duration = duration  # simulated seconds, None = until deleted
        self.virtual = virtual
        self.started = None       # real time the current container instance started
        self.end_at = None
        self.finished = None
        self.kill_at = None
        self.instances = []       # (started, finished) of previous instances


def pod_duration(pod):
    ann = pod["metadata"].get("annotations") or {}
    d = podutil.parse_duration(ann.get(DUR_ANN))
    if d is not None:
        return d
    from .scheduler import is_notebook
    if is_notebook(pod):
        return None
    for c in pod["spec"].get("containers") or []:
        words = " ".join(str(x) for x in (c.get("command") or []) + (c.get("args") or []))
        m = re.search(r"\bsleep\s+([0-9.]+[smh]?)", words)
        if m:
            return podutil.parse_duration(m.group(1))
    return DEFAULT_RUN_SECONDS


def is_virtual(node):
    return (node["metadata"].get("labels") or {}).get("virtual-node.interlink/type") == "virtual-kubelet"


class Kubelet:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store
        self.clock = sim.clock
        self.runs = {}

    def rescale(self, old_speed, new_speed):
        """Keep progress when the speed changes: remaining real time scales by old/new."""
        now = time.time()
        f = old_speed / new_speed
        for r in self.runs.values():
            for attr in ("start_at", "end_at"):
                v = getattr(r, attr)
                if v is not None and v > now:
                    setattr(r, attr, now + (v - now) * f)

    # -- lifecycle ---------------------------------------------------------------------------------
    def reconcile(self):
        now = time.time()
        with self.store.lock:
            nodes = {n["metadata"]["name"]: n for n in self.store.items(NODES)}
            live = set()
            for pod in self.store.items(PODS):
                node_name = pod["spec"].get("nodeName")
                if not node_name:
                    continue
                uid = pod["metadata"]["uid"]
                live.add(uid)
                node = nodes.get(node_name)
                if pod["metadata"].get("deletionTimestamp"):
                    self._terminate(pod, now)
                    continue
                if podutil.is_terminal(pod) or node is None:
                    continue
                run = self.runs.get(uid)
                if run is None:
                    run = self._create(pod, node, now)
                if run.started is None and now >= run.start_at:
                    self._start(pod, node, run, now)
                elif run.end_at is not None and now >= run.end_at:
                    self._exit(pod, node, run, now)
            for uid in list(self.runs):
                if uid not in live:
                    del self.runs[uid]

    def next_deadline(self):
        ts = [t for r in self.runs.values() for t in (r.start_at if r.started is None else None,
                                                       r.end_at if r.finished is None else None, r.kill_at)
              if t is not None]
        return min(ts) if ts else None

    def adopt(self, pod, started, remaining, virtual):
        """Seed helper: a pod running since `started` (epoch) with `remaining` simulated seconds left."""
        r = Run(started, started, None if remaining is None else 0, virtual)
        r.started = started
        r.end_at = None if remaining is None else time.time() + self.clock.real(remaining)
        self.runs[pod["metadata"]["uid"]] = r
        return r

    def adopt_finished(self, pod, started, finished, virtual):
        r = Run(started, started, 0, virtual)
        r.started, r.end_at, r.finished = started, finished, finished
        self.runs[pod["metadata"]["uid"]] = r
        return r

    def _create(self, pod, node, now):
        virtual = is_virtual(node)
        delay = REMOTE_QUEUE_SECONDS if virtual else PULL_SECONDS
        run = Run(now, now + self.clock.real(delay), pod_duration(pod), virtual)
        self.runs[pod["metadata"]["uid"]] = run
        ip = next((a["address"] for a in node["status"].get("addresses") or [] if a["type"] == "InternalIP"), "")

        def upd(p):
            st = p.setdefault("status", {})
            conds = st.setdefault("conditions", [])
            names = [c["name"] for c in p["spec"]["containers"]]
            podutil.set_condition(conds, "PodReadyToStartContainers", "True" if not virtual else "False")
            podutil.set_condition(conds, "Initialized", "True")
            msg = "containers with unready status: [%s]" % " ".join(names)
            podutil.set_condition(conds, "Ready", "False", "ContainersNotReady", msg)
            podutil.set_condition(conds, "ContainersReady", "False", "ContainersNotReady", msg)
            st["hostIP"] = ip
            st["hostIPs"] = [{"ip": ip}]
            st["startTime"] = now_iso(now)
            st["containerStatuses"] = [self._status(c, {"waiting": {
                "reason": "ContainerCreating", **({"message": "Remote pod submitted"} if virtual else {})}})
                for c in p["spec"]["containers"]]
            return p
        self.store.mutate(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"], upd)
        host = node["metadata"]["name"]
        if not virtual:
            for c in pod["spec"]["containers"]:
                self.sim.recorder.record(pod, "Normal", "Pulling", 'Pulling image "%s"' % c["image"], "kubelet",
                                         host, "spec.containers{%s}" % c["name"])
        else:
            self.sim.recorder.record(pod, "Normal", "RemotePodSubmitted",
                                     "Remote pod submitted to %s" % self._site(node), "interlink", host)
        return run

    def _site(self, node):
        return (node["metadata"].get("labels") or {}).get("interlink.ai-infn/site", node["metadata"]["name"])

    @staticmethod
    def _status(c, state, ready=False, restarts=0, last=None):
        img = c["image"]
        s = {"name": c["name"], "image": img if "/" in img.split(":")[0] else "docker.io/library/" + img,
             "imageID": "", "containerID": "", "ready": ready, "restartCount": restarts, "started": "running" in state,
             "state": state, "lastState": last or {}}
        if "waiting" not in state:
            h = hashlib.sha256((img + c["name"]).encode()).hexdigest()
            s["imageID"] = s["image"].split(":")[0] + "@sha256:" + h
        return s

    def _start(self, pod, node, run, now):
        run.started = now
        run.end_at = None if run.duration is None else now + self.clock.real(run.duration)
        virtual = run.virtual
        idx = int(hashlib.md5(pod["metadata"]["uid"].encode()).hexdigest()[:4], 16)

        def upd(p):
            st = p["status"]
            conds = st.setdefault("conditions", [])
            podutil.set_condition(conds, "PodReadyToStartContainers", "True")
            podutil.set_condition(conds, "Ready", "True")
            podutil.set_condition(conds, "ContainersReady", "True")
            for c in conds:
                if c["type"] in ("Ready", "ContainersReady"):
                    c.pop("reason", None)
                    c.pop("message", None)
            st["phase"] = "Running"
            st["podIP"] = "10.244.%d.%d" % (idx % 200, 2 + idx % 250) if not virtual else st.get("hostIP", "")
            st["podIPs"] = [{"ip": st["podIP"]}]
            old = {s["name"]: s for s in st.get("containerStatuses") or []}
            st["containerStatuses"] = []
            for c in p["spec"]["containers"]:
                o = old.get(c["name"]) or {}
                cs = self._status(c, {"running": {"startedAt": now_iso(now)}}, True, o.get("restartCount", 0),
                                  o.get("lastState"))
                cs["containerID"] = "containerd://" + hashlib.sha256((p["metadata"]["uid"] + c["name"] + str(now))
                                                                     .encode()).hexdigest()
                st["containerStatuses"].append(cs)
            return p
        self.store.mutate(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"], upd)
        host = node["metadata"]["name"]
        comp = "kubelet"
        for c in pod["spec"]["containers"]:
            fp = "spec.containers{%s}" % c["name"]
            if not virtual:
                self.sim.recorder.record(pod, "Normal", "Pulled", 'Successfully pulled image "%s" in 3.912s '
                                         '(3.912s including waiting). Image size: 4153928334 bytes.' % c["image"],
                                         comp, host, fp)
            self.sim.recorder.record(pod, "Normal", "Created", "Created container %s" % c["name"],
                                     comp if not virtual else "interlink", host, fp)
            self.sim.recorder.record(pod, "Normal", "Started", "Started container %s" % c["name"],
                                     comp if not virtual else "interlink", host, fp)

    def outcome(self, pod, virtual):
        ann = pod["metadata"].get("annotations") or {}
        reason = ann.get(FAIL_ANN)
        try:
            code = int(ann.get(EXIT_ANN, "0"))
        except ValueError:
            code = 1
        if reason == "OOMKilled":
            return 137, "OOMKilled"
        if reason == "ProviderFailed" and virtual:
            return 1, "ProviderFailed"
        if reason == "SlurmJobTimeout":
            return 143, "SlurmJobTimeout"
        if reason and code == 0:
            code = 1
        return code, ("Completed" if code == 0 else (reason or "Error"))

    def _exit(self, pod, node, run, now, at=None):
        code, reason = self.outcome(pod, run.virtual)
        run.finished = now
        rp = pod["spec"].get("restartPolicy", "Always")
        restart = rp == "Always" or (rp == "OnFailure" and code != 0)
        if reason == "ProviderFailed":
            restart = False
        fin = now_iso(now)

        def upd(p):
            st = p["status"]
            term = {"exitCode": code, "reason": reason, "startedAt": now_iso(run.started), "finishedAt": fin,
                    "containerID": ""}
            for cs in st.get("containerStatuses") or []:
                term = dict(term, containerID=cs.get("containerID", ""))
                if restart:
                    cs["lastState"] = {"terminated": term}
                    cs["restartCount"] = cs.get("restartCount", 0) + 1
                    cs["state"] = {"running": {"startedAt": fin}}
                else:
                    cs["state"] = {"terminated": term}
                    cs["ready"] = False
                    cs["started"] = False
            if not restart:
                st["phase"] = "Succeeded" if code == 0 else "Failed"
                conds = st.setdefault("conditions", [])
                podutil.set_condition(conds, "Ready", "False", "PodCompleted" if code == 0 else "PodFailed")
                podutil.set_condition(conds, "ContainersReady", "False", "PodCompleted" if code == 0 else "PodFailed")
                podutil.set_condition(conds, "PodReadyToStartContainers", "False")
                if reason == "ProviderFailed":
                    st["reason"] = "ProviderFailed"
                    st["message"] = "The remote site refused the job: %s" % self._site(node)
            return p
        self.store.mutate(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"], upd)
        host = node["metadata"]["name"]
        if restart:
            run.instances.append((run.started, now))
            run.started = now
            run.end_at = None if run.duration is None else now + self.clock.real(run.duration)
            run.finished = None
            self.sim.recorder.record(pod, "Warning", "BackOff", "Back-off restarting failed container %s in pod "
                                     "%s_%s(%s)" % (pod["spec"]["containers"][0]["name"], pod["metadata"]["name"],
                                                    pod["metadata"]["namespace"], pod["metadata"]["uid"]),
                                     "kubelet", host)
        elif reason == "ProviderFailed":
            self.sim.recorder.record(pod, "Warning", "ProviderFailed", "interLink: remote submission to %s failed"
                                     % self._site(node), "interlink", host)
        elif reason == "SlurmJobTimeout":
            self.sim.recorder.record(pod, "Warning", "SlurmJobTimeout", "Slurm job cancelled due to time limit",
                                     "interlink", host)
        elif reason == "OOMKilled":
            self.sim.recorder.record(pod, "Warning", "OOMKilled", "Container %s was OOM-killed (memory limit %s)"
                                     % (pod["spec"]["containers"][0]["name"],
                                        ((pod["spec"]["containers"][0].get("resources") or {}).get("limits") or {})
                                        .get("memory", "none")), "kubelet", host)

    def _terminate(self, pod, now):
        uid = pod["metadata"]["uid"]
        run = self.runs.get(uid)
        if run is None:
            run = self.runs[uid] = Run(now, now, None, False)
            run.finished = now
        if run.kill_at is None:
            grace = pod["metadata"].get("deletionGracePeriodSeconds", 30) or 0
            run.kill_at = now + min(0.5, self.clock.real(min(grace, 2.0)))
            if not podutil.is_terminal(pod) and run.started is not None:
                for c in pod["spec"]["containers"]:
                    self.sim.recorder.record(pod, "Normal", "Killing", "Stopping container %s" % c["name"],
                                             "kubelet", pod["spec"]["nodeName"], "spec.containers{%s}" % c["name"])
            return
        if now >= run.kill_at:
            if run.finished is None:
                run.finished = now
            self.store.remove(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"])

    # -- logs --------------------------------------------------------------------------------------
    def log_lines(self, pod, container, run, now, previous=False):
        if run is None or run.started is None:
            return []
        if previous:
            if not run.instances:
                return None
            start, end = run.instances[-1]
        else:
            start, end = run.started, run.finished or now
            if run.end_at is not None:
                end = min(end, run.end_at)
        code, reason = self.outcome(pod, run.virtual)
        done = (run.finished is not None and not previous) or previous
        return logtext.lines(pod, container, start, end, self.clock.speed, done, code, reason)

    def logs(self, req, t):
        pod = self.store.must_get(PODS, t.ns, t.name)
        names = [c["name"] for c in pod["spec"].get("containers") or []]
        cname = req.q("container")
        if not cname:
            if len(names) != 1:
                dflt = (pod["metadata"].get("annotations") or {}).get("kubectl.kubernetes.io/default-container")
                if dflt in names:
                    cname = dflt
                else:
                    raise errors.bad_request("a container name must be specified for pod %s, choose one of: [%s]"
                                             % (t.name, " ".join(names)))
            else:
                cname = names[0]
        if cname not in names:
            raise errors.bad_request("container %s is not valid for pod %s" % (cname, t.name))
        run = self.runs.get(pod["metadata"]["uid"])
        previous = req.qbool("previous")
        if run is None or run.started is None:
            st = next((s for s in (pod.get("status") or {}).get("containerStatuses") or [] if s["name"] == cname), None)
            why = ((st or {}).get("state") or {}).get("waiting", {}).get("reason", "ContainerCreating")
            raise errors.bad_request('container "%s" in pod "%s" is waiting to start: %s' % (cname, t.name, why))
        lines = self.log_lines(pod, cname, run, time.time(), previous)
        if lines is None:
            raise errors.bad_request('previous terminated container "%s" in pod "%s" not found' % (cname, t.name))
        since = None
        if req.q("sinceSeconds"):
            since = time.time() - req.qint("sinceSeconds")
        elif req.q("sinceTime"):
            try:
                since = parse_iso(req.q("sinceTime"))
            except ValueError:
                raise errors.bad_request('invalid value for sinceTime: "%s"' % req.q("sinceTime"))
        if since is not None:
            lines = [l for l in lines if l[0] >= since]
        n = req.qint("tailLines", None)
        if n is not None:
            lines = lines[-n:] if n > 0 else []
        ts = req.qbool("timestamps")
        limit = req.qint("limitBytes")

        def fmt(line):
            return ((rfc3339nano(line[0]) + " ") if ts else "") + line[1] + "\n"
        body = "".join(fmt(l) for l in lines).encode()
        if limit:
            body = body[:limit]
        if not req.qbool("follow") or previous or run.finished is not None:
            return Response(200, body, content_type="text/plain")
        return Stream(self._follow(pod, cname, run, body, len(lines) and lines[-1][0], ts, limit),
                      content_type="text/plain")

    def _follow(self, pod, cname, run, first, last_t, ts, limit):
        sent = len(first)
        if first:
            yield first
        uid = pod["metadata"]["uid"]
        seen = self.store.write_count
        while True:
            now = time.time()
            cur = self.store.get(PODS, pod["metadata"]["namespace"], pod["metadata"]["name"])
            if cur is None or cur["metadata"]["uid"] != uid:
                return
            new = [l for l in self.log_lines(cur, cname, run, now) if l[0] > last_t]
            for l in new:
                chunk = (((rfc3339nano(l[0]) + " ") if ts else "") + l[1] + "\n").encode()
                if limit and sent + len(chunk) > limit:
                    yield chunk[:limit - sent]
                    return
                sent += len(chunk)
                last_t = l[0]
                yield chunk
            if run.finished is not None and not new:
                return
            step = logtext.interval_real(cur, self.clock.speed)
            seen = self.store.wait(seen, min(step, 1.0))
            if not new:
                yield b""
