"""Test helpers: start a simulator on a free port, talk to it over HTTP like a client would."""
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.join(os.path.dirname(HERE), "kubesim.py")
FLEET = os.path.join(os.path.dirname(os.path.dirname(HERE)), "sandbox", "fleet.json")
if not os.path.exists(FLEET):
    FLEET = os.path.join(os.path.dirname(os.path.dirname(HERE)), "fleet.json")

TOKENS = {
    "admin": ("admintoken", "kube-admin", "system:masters"),
    "mrossi": ("mrossitoken", "mrossi", "ml-infn-users,flashsim"),
    "gbianchi": ("gbianchitoken", "gbianchi", "ml-infn-users,flashsim,cms-anomaly"),
    "aromano": ("aromanotoken", "aromano", "ml-infn-users,ml-infn-platform"),
    "fesposito": ("fespositotoken", "fesposito", "ml-infn-users,km3-fpga"),
    "dferri": ("dferritoken", "dferri", "ml-infn,ml-infn-users,ml-infn-platform"),
    "hack01": ("hack01token", "hack01", "hackathon-2026"),
}


def deadline_loop(timeout, interval=0.05):
    """Yield until the deadline; the caller breaks when its condition holds."""
    end = time.time() + timeout
    while time.time() < end:
        yield
        time.sleep(interval)


class Sim:
    def __init__(self, *extra, seed=False, speed=60.0):
        self.dir = tempfile.mkdtemp(prefix="kubesim-test-")
        self.token_file = os.path.join(self.dir, "tokens.csv")
        with open(self.token_file, "w") as f:
            for tok, user, groups in TOKENS.values():
                f.write('%s,%s,%s,"%s"\n' % (tok, user, user, groups))
        self.stderr_path = os.path.join(self.dir, "stderr")
        args = [sys.executable, KUBESIM, "--host", "127.0.0.1", "--port", "0", "--fleet", FLEET,
                "--token-auth-file", self.token_file, "--speed", str(speed)] + list(extra)
        if not seed:
            args.append("--no-seed")
        self.stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self.stderr)
        self.port = self.secure_port = None
        for _ in deadline_loop(20):
            with open(self.stderr_path) as f:
                text = f.read()
            for line in text.splitlines():
                if "serving on http://" in line:
                    self.port = int(line.split("serving on http://")[1].split()[0].rsplit(":", 1)[1])
                if "serving on https://" in line:
                    self.secure_port = int(line.split("serving on https://")[1].split()[0].rsplit(":", 1)[1])
            if self.port or self.proc.poll() is not None:
                break
        if not self.port:
            raise RuntimeError("kubesim did not start: %s" % open(self.stderr_path).read())

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.stderr.close()

    def log(self):
        with open(self.stderr_path) as f:
            return f.read()

    # -- requests ----------------------------------------------------------------------------------
    def request(self, method, path, user="admin", body=None, headers=None, query=None, raw=False):
        h = dict(headers or {})
        if user:
            h["Authorization"] = "Bearer " + TOKENS[user][0] if user in TOKENS else user
        if query:
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode(query)
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            if isinstance(data, str):
                data = data.encode()
            h.setdefault("Content-Type", "application/json")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        payload = resp.read()
        conn.close()
        if raw:
            return resp.status, resp.headers, payload
        try:
            return resp.status, resp.headers, json.loads(payload)
        except ValueError:
            return resp.status, resp.headers, payload.decode()

    def get(self, path, user="admin", **kw):
        return self.request("GET", path, user, **kw)

    def ok(self, method, path, user="admin", body=None, **kw):
        code, _, obj = self.request(method, path, user, body, **kw)
        if code >= 300:
            raise AssertionError("%s %s -> %d %s" % (method, path, code, obj))
        return obj

    def wait_for(self, path, pred, timeout=20, user="admin"):
        last = None
        for _ in deadline_loop(timeout):
            code, _, last = self.get(path, user)
            if code == 200 and pred(last):
                return last
        raise AssertionError("timed out waiting on %s; last: %s" % (path, json.dumps(last)[:3000]))

    def stream(self, path, user="admin", query=None, headers=None):
        """Open a streaming GET (watch, log follow); returns a Stream reading lines."""
        h = dict(headers or {})
        h["Authorization"] = "Bearer " + TOKENS[user][0]
        if query:
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode(query)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request("GET", path, headers=h)
        return Stream(conn, conn.getresponse())


class Stream:
    def __init__(self, conn, resp):
        self.conn = conn
        self.resp = resp
        self.status = resp.status

    def lines(self, timeout=20):
        """Yield decoded lines until the server ends the stream or the deadline passes."""
        end = time.time() + timeout
        self.conn.sock.settimeout(timeout)
        while time.time() < end:
            line = self.resp.readline()
            if not line:
                return
            yield line.decode().rstrip("\n")

    def events(self, timeout=20):
        for line in self.lines(timeout):
            if line:
                yield json.loads(line)

    def close(self):
        self.conn.close()


def job_manifest(name, gpus=0, duration="30s", queue="user-queue", annotations=None, tolerations=None,
                 node_selector=None, cpu="1", memory="2Gi", command=None, restart="Never", **spec):
    lim = {"cpu": cpu, "memory": memory}
    if gpus:
        lim["nvidia.com/gpu"] = str(gpus)
    ann = {"sim.plancia.io/duration": duration} if duration else {}
    ann.update(annotations or {})
    pod_spec = {"restartPolicy": restart, "containers": [{
        "name": "main", "image": "harbor.cloud.infn.it/ai-infn/train:1.0",
        "command": command or ["python", "train.py"], "resources": {"limits": lim}}]}
    if tolerations:
        pod_spec["tolerations"] = tolerations
    if node_selector:
        pod_spec["nodeSelector"] = node_selector
    job = {"apiVersion": "batch/v1", "kind": "Job",
           "metadata": {"name": name, "labels": {"kueue.x-k8s.io/queue-name": queue} if queue else {}},
           "spec": dict({"backoffLimit": 0, "template": {"metadata": {"annotations": ann}, "spec": pod_spec}}, **spec)}
    return job


def cond(obj, typ):
    for c in (obj.get("status") or {}).get("conditions") or []:
        if c["type"] == typ:
            return c
    return None
