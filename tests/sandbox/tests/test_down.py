#!/usr/bin/env python3
"""`sandbox down` (and a failed `sandbox up`) leave no process and no listening port behind.

Runs its own sandbox in a separate run directory (sharing the fixture's history cache)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import sandboxlib as sb

SANDBOX = os.path.join(sb.SANDBOX_DIR, "sandbox")


def own_processes(sandbox_id):
    marker = f"PLANCIA_SANDBOX_ID={sandbox_id}".encode()
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = f.read().split(b"\0")
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        if marker in env and stat[stat.rindex(b")") + 2:stat.rindex(b")") + 3] != b"Z":
            out.append(int(pid))
    return out


class DownTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="plancia-sandbox-down-")
        self.run = os.path.join(self.tmp.name, "run")
        self.env = dict(os.environ)
        # Shares the fixture's history cache (PLANCIA_SANDBOX_CACHE from CTest, or the default).
        self.env.pop("PLANCIA_SANDBOX_FAIL_AFTER", None)

    def tearDown(self):
        subprocess.run([sys.executable, SANDBOX, "down", "--run-dir", self.run], env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        self.tmp.cleanup()

    def sandbox(self, *args, env=None, check=True):
        r = subprocess.run([sys.executable, SANDBOX, *args, "--run-dir", self.run], env=env or self.env,
                           capture_output=True, text=True, timeout=180)
        if check:
            self.assertEqual(r.returncode, 0, r.stderr)
        return r

    def test_down_leaves_nothing(self):
        self.sandbox("up")
        state = json.load(open(os.path.join(self.run, "state.json")))
        ports = dict(state["ports"])
        # A running single-user server: a process the hub spawns in its own session.
        hub = state["hubUrl"] + "hub/api/"
        ca = state["caFile"]  # this sandbox's own CA
        tok = sb.request("POST", hub + "users/hack03/tokens", ca=ca, json_body={"auth": {
            "access_token": sb.request("POST", state["issuer"] + "__test/token", ca=ca,
                                       json_body={"username": "hack03"}).json()["access_token"]}}).json()["token"]
        r = sb.request("POST", hub + "users/hack03/server", json_body={"profile": "cpu-small"},
                       headers={"Authorization": f"token {tok}"}, ca=ca)
        self.assertIn(r.status, (201, 202), r.text)

        def ready():
            u = sb.request("GET", hub + "users/hack03", headers={"Authorization": f"token {tok}"}, ca=ca).json()
            return u["servers"].get("", {}).get("ready")
        sb.poll(ready, 60, what="single-user server")
        pids = own_processes(state["id"])
        self.assertGreaterEqual(len(pids), 7, pids)  # iam ceph-mon ceph-osd rgw hub proxy prometheus singleuser
        singleuser_pid = int(open(os.path.join(self.run, "hub", "singleuser-pids",
                                               "singleuser-hack03-_default.pid")).read())
        self.assertIn(singleuser_pid, pids)

        self.sandbox("down")
        self.assertEqual(own_processes(state["id"]), [])
        for name, port in ports.items():
            self.assertFalse(sb.listening(port), f"{name} port {port} still listening")
        self.assertFalse(os.path.exists(os.path.join(self.run, "state.json")))
        self.assertEqual(self.sandbox("status", check=False).returncode, 3)
        # A second down is harmless.
        self.sandbox("down")

    def test_failed_up_leaves_nothing(self):
        env = dict(self.env, PLANCIA_SANDBOX_FAIL_AFTER="prometheus")
        r = self.sandbox("up", env=env, check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("failure injected", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.run, "state.json")))
        m = re.search(r"starting sandbox ([0-9a-f]+) in .*; ports (\{.*\})", r.stderr)
        self.assertIsNotNone(m, r.stderr)
        self.assertEqual(own_processes(m.group(1)), [])
        for name, port in json.loads(m.group(2)).items():
            self.assertFalse(sb.listening(port), f"{name} port {port} still listening")

    def test_terminated_up_leaves_nothing(self):
        # Held after the hub's step: on a fast machine `up` could otherwise finish between the
        # hub's pid file appearing and the signal (seen in CI: exit 0).
        env = dict(self.env, PLANCIA_SANDBOX_PAUSE_AFTER="hub")
        p = subprocess.Popen([sys.executable, SANDBOX, "up", "--run-dir", self.run], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        hub_pid = os.path.join(self.run, "pids", "hub.pid")
        sb.poll(lambda: os.path.exists(hub_pid) or p.poll() is not None, 60, interval=0.05, what="hub started")
        with open(os.path.join(self.run, "state.json")) as f:
            state = json.load(f)
        p.terminate()
        _, err = p.communicate(timeout=60)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("terminated by signal", err)
        self.assertEqual(own_processes(state["id"]), [])
        for name, port in state["ports"].items():
            self.assertFalse(sb.listening(port), f"{name} port {port} still listening")


if __name__ == "__main__":
    unittest.main(verbosity=2)
