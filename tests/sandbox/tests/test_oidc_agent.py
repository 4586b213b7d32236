#!/usr/bin/env python3
"""Interop: oidc-agent (the token agent researchers use with INDIGO IAM) logs in to the sandbox IAM
with the device flow and hands out its tokens through `oidc-token`."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import sandboxlib as sb


@unittest.skipUnless(shutil.which("oidc-agent") and shutil.which("oidc-gen") and shutil.which("oidc-token"),
                     "oidc-agent-cli not installed")
class OidcAgentTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="plancia-oidc-agent-")
        self.env = dict(os.environ, HOME=self.tmp.name, TMPDIR=self.tmp.name)
        out = subprocess.run(["oidc-agent"], env=self.env, capture_output=True, text=True, timeout=30).stdout
        self.sock = re.search(r"OIDC_SOCK=([^;]+);", out).group(1)
        self.agent_pid = int(re.search(r"OIDCD_PID=(\d+);", out).group(1))
        self.env["OIDC_SOCK"] = self.sock
        self.issuer = sb.profile()["iam"]["issuer"]

    def tearDown(self):
        try:
            os.kill(self.agent_pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        sb.poll(lambda: not os.path.exists(f"/proc/{self.agent_pid}") or
                open(f"/proc/{self.agent_pid}/stat").read().split(")")[1].split()[0] == "Z", 10, what="agent exit")
        self.tmp.cleanup()

    def test_device_flow_and_token(self):
        gen = subprocess.Popen(["oidc-gen", "sandbox", f"--issuer={self.issuer}", "--client-id=oidc-agent",
                                "--client-secret=oidc-agent-sandbox-secret",
                                "--scope=openid profile offline_access wlcg.groups", "--flow=device",
                                "--no-save", "--no-url-call", "--confirm-default",
                                f"--cert-path={sb.ca_file()}",  # the IAM's certificate: sandbox CA
                                "--redirect-uri=http://localhost:4242"],
                               env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        try:
            code = None
            deadline = time.monotonic() + 30
            for line in gen.stdout:
                m = re.search(r"\b([B-DF-HJ-NP-TV-XZ]{4}-[B-DF-HJ-NP-TV-XZ]{4})\b", line)
                if m:
                    code = m.group(1)
                    break
                self.assertLess(time.monotonic(), deadline, "no user code from oidc-gen")
            self.assertIsNotNone(code)
            r = sb.request("POST", self.issuer + "__test/approve", json_body={"user_code": code, "username": "scolombo"})
            self.assertEqual(r.status, 200, r.text)
            rest, _ = gen.communicate(timeout=60)
            self.assertEqual(gen.returncode, 0, rest)
        finally:
            if gen.poll() is None:
                gen.kill()
                gen.wait()
        tok = subprocess.run(["oidc-token", "sandbox"], env=self.env, capture_output=True, text=True, timeout=30)
        self.assertEqual(tok.returncode, 0, tok.stderr)
        claims = sb.jwt_payload(tok.stdout.strip())
        self.assertEqual(claims["preferred_username"], "scolombo")
        self.assertIn("/ml-infn-users", claims["wlcg.groups"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
