#!/usr/bin/env python3
"""A platform keeps its address: `down` then `up` of the same run directory gives the same ports,
issuer and CA, and a login made before the restart (its refresh token) still works after it.
Also: two `up`s at once never pick the same port.

Runs its own sandbox in a separate run directory (sharing the fixture's history cache)."""
import importlib.machinery
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import unittest

import sandboxlib as sb

SANDBOX = os.path.join(sb.SANDBOX_DIR, "sandbox")
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def load_sandbox_module():
    sys.dont_write_bytecode = True  # no __pycache__ next to the script in the source tree
    loader = importlib.machinery.SourceFileLoader("sandbox_script", SANDBOX)
    spec = importlib.util.spec_from_loader("sandbox_script", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def reserve_in_other_process(names, preferred):
    """PortRegistry.reserve in a separate process (reservations are per `up` process)."""
    code = textwrap.dedent(f"""
        import importlib.machinery, importlib.util, json, sys
        loader = importlib.machinery.SourceFileLoader("sandbox_script", {SANDBOX!r})
        spec = importlib.util.spec_from_loader("sandbox_script", loader)
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
        print(json.dumps(mod.PortRegistry().reserve({names!r}, {preferred!r})))
    """)
    r = subprocess.run([sys.executable, "-B", "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    ports, notes = json.loads(r.stdout)
    return ports, notes


class PortRegistryTest(unittest.TestCase):
    def setUp(self):
        self.mod = load_sandbox_module()

    def test_a_reserved_port_is_not_picked_by_another_up(self):
        names = ["a", "b", "c"]
        reg = self.mod.PortRegistry()
        mine, notes = reg.reserve(names, {})
        self.assertEqual(notes, [])
        self.assertEqual(len(set(mine.values())), 3)
        low, high = self.mod.stable_port_range()
        for p in mine.values():
            self.assertTrue(low <= p <= high, p)
        try:
            # Nothing listens on them yet (the services bind later): still taken for the other `up`.
            other, notes = reserve_in_other_process(names, mine)
            self.assertFalse(set(other.values()) & set(mine.values()), (mine, other))
            self.assertEqual(len(notes), 3, notes)
            self.assertIn("is taken", notes[0])
        finally:
            reg.release()
        again, notes = reserve_in_other_process(names, mine)
        self.assertEqual(again, mine)
        self.assertEqual(notes, [])

    def test_a_listening_port_is_not_reused(self):
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        busy = srv.getsockname()[1]
        try:
            ports, notes = reserve_in_other_process(["iam"], {"iam": busy})
            self.assertNotEqual(ports["iam"], busy)
            self.assertEqual(notes, [f"port {busy} of iam is taken: it moves to {ports['iam']}"])
        finally:
            srv.close()


class RestartTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="plancia-sandbox-restart-")
        self.run = os.path.join(self.tmp.name, "run")
        self.env = dict(os.environ)
        self.env.pop("PLANCIA_SANDBOX_FAIL_AFTER", None)

    def tearDown(self):
        subprocess.run([sys.executable, SANDBOX, "down", "--run-dir", self.run], env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        self.tmp.cleanup()

    def sandbox(self, *args):
        r = subprocess.run([sys.executable, SANDBOX, *args, "--run-dir", self.run], env=self.env,
                           capture_output=True, text=True, timeout=180)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r

    def state(self):
        with open(os.path.join(self.run, "state.json")) as f:
            return json.load(f)

    def login(self, issuer, ca):
        disco = sb.request("GET", issuer + ".well-known/openid-configuration", ca=ca).json()
        flow = sb.request("POST", disco["device_authorization_endpoint"], ca=ca,
                          data={"client_id": "plancia", "scope": "openid profile offline_access wlcg.groups"}).json()
        a = sb.request("POST", issuer + "__test/approve", ca=ca,
                       json_body={"user_code": flow["user_code"], "username": "mrossi"})
        self.assertEqual(a.status, 200, a.text)
        r = sb.request("POST", disco["token_endpoint"], ca=ca,
                       data={"grant_type": DEVICE_GRANT, "device_code": flow["device_code"], "client_id": "plancia"})
        self.assertEqual(r.status, 200, r.text)
        return disco, r.json()

    def test_same_address_issuer_ca_and_logins_after_down_up(self):
        self.sandbox("up")
        before = self.state()
        ca = before["caFile"]
        with open(ca, "rb") as f:
            ca_pem = f.read()
        disco, tok = self.login(before["issuer"], ca)
        self.assertIn("refresh_token", tok)
        kids = [k["kid"] for k in sb.request("GET", disco["jwks_uri"], ca=ca).json()["keys"]]

        # radosgw alone killed and started again (an S3 outage): the objects stay (in the OSD).
        with open(before["s3AdminCredentials"]) as f:
            admin = json.load(f)
        s3 = before["s3Endpoint"]
        put = sb.s3_request("PUT", s3, admin, "user-mrossi", "before-restart.txt", body=b"kept", ca=ca)
        self.assertEqual(put.status, 200, put.text)
        self.sandbox("service", "stop", "rgw")
        self.assertFalse(sb.listening(before["ports"]["rgw"]))
        self.sandbox("service", "start", "rgw")
        got = sb.s3_request("GET", s3, admin, "user-mrossi", "before-restart.txt", ca=ca)
        self.assertEqual((got.status, got.body), (200, b"kept"))
        sts = sb.request("POST", before["stsEndpoint"] + "/", ca=ca, data={
            "Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15", "RoleArn": admin["RoleArn"],
            "RoleSessionName": "restart-test", "WebIdentityToken": tok["access_token"]})
        self.assertEqual(sts.status, 200, sts.text)

        down = self.sandbox("down")
        self.assertNotIn("forgotten", down.stderr)
        for name, port in before["ports"].items():
            self.assertFalse(sb.listening(port), f"{name} port {port} still listening")

        up = self.sandbox("up")
        self.assertNotIn("is taken", up.stderr)
        after = self.state()
        self.assertNotEqual(after["id"], before["id"])  # a new set of processes...
        self.assertEqual(after["ports"], before["ports"])  # ...at the same address
        self.assertEqual(after["issuer"], before["issuer"])
        with open(after["caFile"], "rb") as f:
            self.assertEqual(f.read(), ca_pem)
        self.assertEqual([k["kid"] for k in sb.request("GET", disco["jwks_uri"], ca=ca).json()["keys"]], kids)
        # The access token from before the restart is still good (same signing key)...
        info = sb.request("GET", disco["userinfo_endpoint"], ca=ca,
                          headers={"Authorization": f"Bearer {tok['access_token']}"})
        self.assertEqual(info.status, 200, info.text)
        self.assertEqual(info.json()["preferred_username"], "mrossi")
        # ...and so is the refresh token (the grant survived), which rotates as usual.
        r = sb.request("POST", disco["token_endpoint"], ca=ca,
                       data={"grant_type": "refresh_token", "refresh_token": tok["refresh_token"],
                             "client_id": "plancia"})
        self.assertEqual(r.status, 200, r.text)
        self.assertNotEqual(r.json()["refresh_token"], tok["refresh_token"])
        self.assertEqual(sb.jwt_payload(r.json()["access_token"])["preferred_username"], "mrossi")
        # S3 is seeded again (memstore keeps nothing across `down`) and its STS trusts the same IAM.
        self.assertEqual(sb.s3_request("GET", s3, admin, "user-mrossi", "before-restart.txt", ca=ca).status, 403)
        with open(after["s3AdminCredentials"]) as f:
            admin = json.load(f)
        self.assertEqual(sb.s3_request("GET", after["s3Endpoint"], admin, "user-mrossi", "README.md", ca=ca).status, 200)
        self.assertEqual(sb.s3_request("GET", s3, admin, "user-mrossi", "before-restart.txt", ca=ca).status, 404)
        sts = sb.request("POST", after["stsEndpoint"] + "/", ca=ca, data={
            "Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15", "RoleArn": admin["RoleArn"],
            "RoleSessionName": "restart-test", "WebIdentityToken": r.json()["access_token"]})
        self.assertEqual(sts.status, 200, sts.text)

        # `down --forget`: the next `up` is a new platform (new CA and keys; the old login is gone).
        self.assertIn("forgotten", self.sandbox("down", "--forget").stderr)
        self.sandbox("up")
        fresh = self.state()
        with open(fresh["caFile"], "rb") as f:
            self.assertNotEqual(f.read(), ca_pem)
        r = sb.request("POST", fresh["issuer"] + "token", ca=fresh["caFile"],
                       data={"grant_type": "refresh_token", "refresh_token": r.json()["refresh_token"],
                             "client_id": "plancia"})
        self.assertEqual(r.json().get("error"), "invalid_grant", r.text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
