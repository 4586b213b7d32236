"""JupyterHub pieces of the Plancia sandbox: an IAM-token authenticator and a profile-aware spawner.

Loaded by jupyterhub_config.py (Debian's JupyterHub 3.0, /usr/bin/python3).
"""
import asyncio
import json
import os
import re
import ssl
import urllib.error
import urllib.request

from jupyterhub.auth import Authenticator
from jupyterhub.spawner import SimpleLocalProcessSpawner
from tornado import web
from traitlets import Dict, Float, Integer, List, Unicode


def _refuse(message):
    """A spawn refusal whose words reach the client as they are (the progress stream's failed
    event says `Spawn failed: <jupyterhub_message>`)."""
    e = web.HTTPError(400, message)
    e.jupyterhub_message = message
    return e


def _userinfo(url, token, ca_file="", timeout=10):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    context = ssl.create_default_context(cafile=ca_file or None)
    with urllib.request.urlopen(req, timeout=timeout, context=context) as resp:
        return json.loads(resp.read().decode("utf-8"))


class IamTokenAuthenticator(Authenticator):
    """Accepts an IAM access token as `{"access_token": "<JWT>"}` (the `auth` body of
    `POST /hub/api/users/{name}/tokens`), or a fleet username + sandbox password on the
    login form. The token is checked at the IAM's userinfo endpoint; the hub then checks
    that the authenticated name matches `{name}`."""

    userinfo_url = Unicode(config=True, help="IAM userinfo endpoint")
    ca_file = Unicode("", config=True, help="CA bundle (PEM) that signed the IAM's certificate")
    browser_password = Unicode("", config=True, help="password for the login form (sandbox only)")
    admin_group = Unicode("ml-infn", config=True)
    fleet_users = Dict(config=True, help="username -> groups, from fleet.json")

    async def authenticate(self, handler, data):
        if not isinstance(data, dict):
            return None
        token = data.get("access_token") or data.get("token")
        if token:
            loop = asyncio.get_running_loop()
            try:
                info = await loop.run_in_executor(None, _userinfo, self.userinfo_url, token, self.ca_file)
            except urllib.error.HTTPError as e:
                self.log.warning("IAM rejected the access token: HTTP %s", e.code)
                return None
            except Exception as e:  # IAM down: no login
                self.log.error("IAM userinfo failed: %s", e)
                return None
            name = info.get("preferred_username")
            groups = [g.lstrip("/") for g in info.get("wlcg.groups") or info.get("groups") or []]
        elif self.browser_password and data.get("password") == self.browser_password:
            name = data.get("username")
            groups = self.fleet_users.get(name, [])
        else:
            return None
        if not name or name not in self.fleet_users:
            self.log.warning("unknown user %r", name)
            return None
        return {"name": name, "admin": self.admin_group in groups,
                "auth_state": None}


class ProfileSpawner(SimpleLocalProcessSpawner):
    """Runs a real jupyterhub-singleuser, accepts AI_INFN profile fields in user_options
    (`profile`, `img`, `cpu`, `mem`, `gpu`), places the accelerator on a fleet node, and
    tells it all in the spawn progress."""

    profiles = List(config=True, help="fleet.json profiles")
    fleet_nodes = List(config=True, help="fleet.json nodes")
    pid_dir = Unicode("", config=True, help="directory for single-user PID files")
    sandbox_id = Unicode("", config=True)
    activity_interval = Integer(300, config=True, help="JUPYTERHUB_ACTIVITY_INTERVAL of the servers")
    kube_url = Unicode("", config=True, help="Kubernetes API asked what is free")
    kube_tokens_file = Unicode("", config=True, help="static tokens CSV (support staff's is used)")
    admin_group = Unicode("ml-infn", config=True)
    ca_file = Unicode("", config=True)
    start_delay = Float(0.4, config=True, help="seconds between placement steps (clients see a pending server)")

    CPU = {1, 2, 3, 4, 8}
    MEM = {"2G", "4G", "8G"}

    def _resolve_options(self):
        opts = dict(self.user_options or {})
        if "profile" in opts:
            prof = next((p for p in self.profiles if p["name"] == opts["profile"]), None)
            if prof is None:
                raise _refuse(f"unknown profile {opts['profile']!r}")
            merged = {k: prof[k] for k in ("img", "cpu", "mem", "gpu")}
            merged.update({k: v for k, v in opts.items() if k in ("img", "cpu", "mem", "gpu")})
            opts = dict(merged, profile=prof["name"])
        default = self.profiles[0]
        img = str(opts.get("img") or default["img"])
        cpu = int(opts.get("cpu") or default["cpu"])
        mem = str(opts.get("mem") or default["mem"])
        gpu = str(opts.get("gpu") or "none")
        images = sorted({p["img"] for p in self.profiles})
        if img not in images:
            raise _refuse(f"unknown image {img!r}: the platform offers {', '.join(images)}")
        if cpu not in self.CPU:
            raise _refuse(f"cpu must be one of {sorted(self.CPU)}")
        if mem not in self.MEM:
            raise _refuse(f"mem must be one of {sorted(self.MEM)}")
        model, count = None, 0
        if gpu != "none":
            m = re.fullmatch(r"gpu:([A-Za-z0-9.\-]+):([0-9]+)", gpu)
            if not m:
                raise _refuse("gpu must be 'none' or 'gpu:<model>:<n>'")
            model, count = m.group(1), int(m.group(2))
        return {"profile": opts.get("profile", ""), "img": img, "cpu": cpu, "mem": mem, "gpu": gpu,
                "model": model, "count": count}

    # (user, server name) -> (node, resource, count): the hub's own sessions, which the
    # simulator does not run as pods.
    placements = {}

    def _admin_token(self):
        with open(self.kube_tokens_file, encoding="utf-8") as f:
            for line in f:
                parts = line.strip().split(",", 3)
                if len(parts) == 4 and self.admin_group in parts[3].strip('"').split(","):
                    return parts[0]
        return ""

    def _kube_free(self):
        """{(node, resource): free} from the simulator's nodes and pods; None if it cannot say."""
        if not self.kube_url or not os.path.exists(self.kube_tokens_file):
            return None
        token = self._admin_token()
        context = ssl.create_default_context(cafile=self.ca_file or None)

        def get(path):
            req = urllib.request.Request(self.kube_url + path, headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(req, timeout=5, context=context) as resp:
                return json.loads(resp.read().decode("utf-8"))
        try:
            nodes = get("/api/v1/nodes")["items"]
            pods = get("/api/v1/pods")["items"]
        except Exception as e:
            self.log.warning("Kubernetes simulator not asked what is free: %s", e)
            return None
        free = {}
        for n in nodes:
            name = n["metadata"]["name"]
            ready = not n.get("spec", {}).get("unschedulable")
            for res, qty in (n.get("status", {}).get("allocatable") or {}).items():
                if "/" in res:
                    try:
                        free[(name, res)] = int(qty) if ready else 0
                    except ValueError:
                        pass
        for p in pods:
            node = p.get("spec", {}).get("nodeName")
            if not node or p.get("status", {}).get("phase") in ("Succeeded", "Failed"):
                continue
            for ctr in p.get("spec", {}).get("containers", []):
                res = ctr.get("resources", {})
                want = dict(res.get("limits") or {})
                want.update(res.get("requests") or {})
                for r, q in want.items():
                    if (node, r) in free:
                        try:
                            free[(node, r)] -= int(q)
                        except ValueError:
                            pass
        return free

    def _place(self, model, count):
        """The node to run on, or a refusal in words: the model unknown, or not free now."""
        offers = [(node["name"], acc) for node in self.fleet_nodes for acc in node.get("accelerators", [])
                  if acc["model"] == model]
        if not offers:
            known = sorted({a["model"] for n in self.fleet_nodes for a in n.get("accelerators", [])})
            raise _refuse(f"unknown accelerator {model!r}: the platform has {', '.join(known)}")
        loop_free = self._kube_free()
        mine = {}
        for (_u, _s), (node, res, n) in self.placements.items():
            if (_u, _s) != (self.user.name, self.name):
                mine[(node, res)] = mine.get((node, res), 0) + n
        total_free = 0
        for node, acc in offers:
            key = (node, acc["resource"])
            free = (loop_free.get(key, 0) if loop_free is not None else acc["count"]) - mine.get(key, 0)
            total_free += max(0, free)
            if free >= count:
                return node, acc
        total = sum(acc["count"] for _, acc in offers)
        name = offers[0][1]["displayName"]
        raise _refuse(f"{count}x {name} is taken: {total_free} of {total} free now")

    def _emit(self, progress, message):
        self._events.append({"progress": progress, "message": message})
        self._event_flag.set()

    async def start(self):
        self._events = getattr(self, "_events", [])
        self._event_flag = getattr(self, "_event_flag", asyncio.Event())
        opts = self._resolve_options()
        self.sandbox_profile = opts
        label = f"{opts['cpu']} CPU, {opts['mem']}"
        if opts["model"]:
            node, acc = await asyncio.get_running_loop().run_in_executor(
                None, self._place, opts["model"], opts["count"])
            self.placements[(self.user.name, self.name)] = (node, acc["resource"], opts["count"])
            self._emit(10, f"Requesting {opts['gpu']} ({opts['count']}x {acc['displayName']}), {label}")
            await asyncio.sleep(self.start_delay)
            product = (acc.get("labels") or {}).get("nvidia.com/gpu.product")
            self._emit(30, f"Pod scheduled on {node}: {acc['resource']}={opts['count']}"
                           + (f" ({product})" if product else ""))
        else:
            # As AI_INFN's cpu-only model: nodeSelector accelerator=none.
            cpu_nodes = [n["name"] for n in self.fleet_nodes if (n.get("labels") or {}).get("accelerator") == "none"]
            node = cpu_nodes[0] if cpu_nodes else "local"
            self._emit(10, f"Requesting {label}, no accelerator")
            await asyncio.sleep(self.start_delay)
            self._emit(30, f"Pod scheduled on {node}")
        self.sandbox_node = node
        self._emit(50, f"Pulling image {opts['img']}")
        await asyncio.sleep(self.start_delay)
        self._emit(70, "Starting JupyterLab")
        ip_port = await super().start()
        self._write_pid()
        return ip_port

    def get_env(self):
        env = super().get_env()
        opts = getattr(self, "sandbox_profile", None) or {}
        env["PLANCIA_SANDBOX_ID"] = self.sandbox_id
        env["SANDBOX_PROFILE_IMG"] = str(opts.get("img", ""))
        env["SANDBOX_PROFILE_CPU"] = str(opts.get("cpu", ""))
        env["SANDBOX_PROFILE_MEM"] = str(opts.get("mem", ""))
        env["SANDBOX_PROFILE_GPU"] = str(opts.get("gpu", ""))
        env["SANDBOX_NODE"] = str(getattr(self, "sandbox_node", ""))
        env["JUPYTERHUB_ACTIVITY_INTERVAL"] = str(self.activity_interval)
        env["SANDBOX_POD_LABELS"] = json.dumps({
            "app": "jupyterhub", "component": "singleuser-server",
            "hub.jupyter.org/username": self.user.name,
            "hub.jupyter.org/servername": self.name or "",
        })
        return env

    def _pid_file(self):
        return os.path.join(self.pid_dir, f"singleuser-{self.user.name}-{self.name or '_default'}.pid")

    def _write_pid(self):
        if self.pid_dir and self.pid:
            os.makedirs(self.pid_dir, exist_ok=True)
            with open(self._pid_file(), "w") as f:
                f.write(f"{self.pid}\n")

    async def stop(self, now=False):
        self.placements.pop((self.user.name, self.name), None)
        await super().stop(now=now)
        if self.pid_dir:
            try:
                os.unlink(self._pid_file())
            except FileNotFoundError:
                pass

    async def progress(self):
        self._events = getattr(self, "_events", [])
        self._event_flag = getattr(self, "_event_flag", asyncio.Event())
        sent = 0
        while True:
            while sent < len(self._events):
                yield self._events[sent]
                sent += 1
            if self._spawn_future is not None and self._spawn_future.done():
                break
            self._event_flag.clear()
            try:
                await asyncio.wait_for(self._event_flag.wait(), timeout=1)
            except asyncio.TimeoutError:
                pass
        self._events = []
