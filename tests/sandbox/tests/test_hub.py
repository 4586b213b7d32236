#!/usr/bin/env python3
"""Sandbox JupyterHub: hub token from an IAM token, real servers started/stopped with profiles
(PLATFORM-API.md section 2)."""
import json
import time
import unittest
import urllib.error
import urllib.request

import sandboxlib as sb


def read_progress(url, token, timeout=90):
    """Reads the spawn progress event stream until ready or failed; returns the events."""
    req = urllib.request.Request(url, headers={"Authorization": f"token {token}", "Accept": "text/event-stream"})
    events = []
    deadline = time.monotonic() + timeout
    with urllib.request.urlopen(req, timeout=timeout, context=sb.ssl_context()) as r:
        assert r.headers.get("Content-Type", "").startswith("text/event-stream"), r.headers
        for raw in r:
            if time.monotonic() > deadline:
                raise AssertionError(f"progress stream did not finish in {timeout}s: {events}")
            line = raw.decode().strip()
            if not line.startswith("data:"):
                continue
            ev = json.loads(line[5:])
            events.append(ev)
            if ev.get("ready") or ev.get("failed"):
                break
    return events


class HubTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        p = sb.profile()
        cls.hub = p["hub"]["url"]
        cls.issuer = p["iam"]["issuer"]
        cls.api = cls.hub + "hub/api/"

    def hub_token(self, username, iam_user=None):
        at = sb.test_token(self.issuer, iam_user or username)
        return sb.request("POST", self.api + f"users/{username}/tokens",
                          json_body={"auth": {"access_token": at}, "expires_in": 3600, "note": "plancia test"})

    def call(self, method, path, token, body=None):
        return sb.request(method, self.api + path, json_body=body, headers={"Authorization": f"token {token}"})

    def test_token_from_iam_token(self):
        r = self.hub_token("lverdi")
        self.assertIn(r.status, (200, 201), r.text)
        tok = r.json()["token"]
        me = self.call("GET", "user", tok)
        self.assertEqual(me.status, 200, me.text)
        self.assertEqual(me.json()["name"], "lverdi")
        self.assertFalse(me.json()["admin"])

    def test_token_for_someone_else_refused(self):
        r = self.hub_token("gbianchi", iam_user="lverdi")
        self.assertEqual(r.status, 403, r.text)

    def test_invalid_iam_token_refused(self):
        r = sb.request("POST", self.api + "users/lverdi/tokens", json_body={"auth": {"access_token": "x.y.z"}})
        self.assertEqual(r.status, 403, r.text)

    def test_admin_group_is_hub_admin(self):
        tok = self.hub_token("dferri").json()["token"]
        me = self.call("GET", "user", tok).json()
        self.assertTrue(me["admin"])
        users = self.call("GET", "users?limit=200", tok)
        self.assertEqual(users.status, 200, users.text)
        names = {u["name"] for u in users.json()}
        self.assertTrue({u["username"] for u in sb.fleet()["users"]} <= names)
        hack = [u for u in users.json() if u["name"] == "hack05"][0]
        self.assertIn("hackathon-2026", hack["groups"])

    def test_tutor_sees_participants_only(self):
        tok = self.hub_token("cgallo").json()["token"]
        r = self.call("GET", "users", tok)
        self.assertEqual(r.status, 200, r.text)
        names = {u["name"] for u in r.json()}
        self.assertIn("hack01", names)
        self.assertNotIn("mrossi", names)

    def test_tutor_starts_and_stops_participant_servers(self):
        tok = self.hub_token("cgallo").json()["token"]
        r = self.call("POST", "users/hack02/server", tok, {"profile": "cpu-small"})
        self.assertIn(r.status, (201, 202), r.text)
        events = read_progress(self.api + "users/hack02/server/progress", tok)
        self.assertTrue(events[-1].get("ready"), events)
        r = self.call("DELETE", "users/hack02/server", tok)
        self.assertIn(r.status, (202, 204), r.text)
        sb.poll(lambda: not self.call("GET", "users/hack02", tok).json()["servers"], 30, what="hack02 stopped")
        r = self.call("POST", "users/lverdi/server", tok, {"profile": "cpu-small"})
        self.assertIn(r.status, (403, 404), r.text)

    def test_default_and_named_server_with_profiles(self):
        user = "mrossi"
        tok = self.hub_token(user).json()["token"]
        # Default server with a GPU profile by name.
        r = self.call("POST", f"users/{user}/server", tok, {"profile": "t4"})
        self.assertIn(r.status, (201, 202), r.text)
        events = read_progress(self.api + f"users/{user}/server/progress", tok)
        self.assertTrue(events[-1].get("ready"), events)
        messages = " | ".join(e.get("message", "") for e in events)
        self.assertIn("Requesting gpu:t4:1", messages)
        self.assertIn("Pod scheduled on hub-t4-1: nvidia.com/gpu=1 (Tesla-T4)", messages)
        # Named server with explicit AI_INFN form fields, a MIG slice.
        opts = {"img": "harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cuda", "cpu": 2, "mem": "4G",
                "gpu": "gpu:a100-1g.10gb:1"}
        r = self.call("POST", f"users/{user}/servers/analysis", tok, opts)
        self.assertIn(r.status, (201, 202), r.text)
        events = read_progress(self.api + f"users/{user}/servers/analysis/progress", tok)
        self.assertTrue(events[-1].get("ready"), events)
        messages = " | ".join(e.get("message", "") for e in events)
        self.assertIn("Requesting gpu:a100-1g.10gb:1", messages)
        # MIG single strategy: the slice is an nvidia.com/gpu of the node whose product names it.
        self.assertIn("Pod scheduled on hub-a100-2: nvidia.com/gpu=1 (NVIDIA-A100-80GB-PCIe-MIG-1g.10gb)", messages)

        model = self.call("GET", f"users/{user}", tok).json()
        servers = model["servers"]
        self.assertTrue(servers[""]["ready"])
        self.assertTrue(servers["analysis"]["ready"])
        self.assertEqual(servers["analysis"]["user_options"]["gpu"], "gpu:a100-1g.10gb:1")
        self.assertEqual(servers[""]["user_options"]["profile"], "t4")

        # The single-user servers are real Jupyter servers behind the proxy.
        for url in (servers[""]["url"], servers["analysis"]["url"]):
            api = sb.request("GET", self.hub.rstrip("/") + url + "api/status",
                             headers={"Authorization": f"token {tok}"})
            self.assertEqual(api.status, 200, api.text)

        # Stop both.
        for path in (f"users/{user}/server", f"users/{user}/servers/analysis"):
            r = self.call("DELETE", path, tok)
            self.assertIn(r.status, (202, 204), r.text)

        def stopped():
            s = self.call("GET", f"users/{user}", tok).json()["servers"]
            return not s
        sb.poll(stopped, 30, what="servers stopped")

    def test_login_form_with_fleet_password(self):
        import http.cookiejar
        import re
        import urllib.parse
        password = sb.fleet()["iam"]["browserPassword"]
        for pw, ok in (("wrong", False), (password, True)):
            opener = sb.opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
            html = opener.open(self.hub + "hub/login").read().decode()
            form = {"username": "aromano", "password": pw}
            xsrf = re.search(r'name="_xsrf" value="([^"]+)"', html)
            if xsrf:
                form["_xsrf"] = xsrf.group(1)
            try:
                r = opener.open(urllib.request.Request(self.hub + "hub/login?next=%2Fhub%2Fhome",
                                                       urllib.parse.urlencode(form).encode()))
                status, url, page = r.status, r.url, r.read().decode()
            except urllib.error.HTTPError as e:
                status, url, page = e.code, e.url, e.read().decode()
            if ok:
                self.assertEqual(status, 200)
                self.assertIn("/hub/home", url)
            else:  # the hub shows its login page again with an error
                self.assertIn("/hub/login", url)
                self.assertIn("Invalid username or password", page)

    def test_bad_profile_fails(self):
        user = "scolombo"
        tok = self.hub_token(user).json()["token"]
        r = self.call("POST", f"users/{user}/server", tok, {"cpu": 7})
        # Like a Kubernetes hub: accepted (202), then the spawn fails in the progress stream
        # (or at once with 4xx/5xx when the hub saw the failure before answering).
        if r.status == 202:
            events = read_progress(self.api + f"users/{user}/server/progress", tok)
            self.assertTrue(events[-1].get("failed"), events)
            self.assertIn("cpu must be one of", events[-1].get("message", ""))
        else:
            self.assertGreaterEqual(r.status, 400, r.text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
