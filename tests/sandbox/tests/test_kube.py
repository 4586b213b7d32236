#!/usr/bin/env python3
"""Sandbox wiring of the Kubernetes simulator: profile server (HTTPS with the sandbox CA),
kubeconfigs (static tokens), IAM tokens accepted. The simulator's own API behaviour is tested in kubesim/tests."""
import http.client
import os
import shutil
import ssl
import subprocess
import unittest
import urllib.error
import urllib.request

import sandboxlib as sb


def kubeconfig_token(path):
    with open(path) as f:
        lines = f.readlines()
    for line in lines:
        if line.strip().startswith("token:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no token in {path}")


class KubeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.state = sb.state()
        if not cls.state.get("kubesim"):
            raise unittest.SkipTest("kubesim/kubesim.py missing: no Kubernetes simulator in this sandbox")
        cls.profile = sb.profile()
        cls.server = cls.profile["kubernetes"]["server"]

    def get(self, url, token, context=None):
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(req, timeout=10, context=context or sb.ssl_context()) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code

    def test_profile_server_and_tokens(self):
        user = kubeconfig_token(self.state["kubeconfigUser"])
        admin = kubeconfig_token(self.state["kubeconfigAdmin"])
        ns = self.profile["kubernetes"]["namespace"].format(username=self.state["kubeUsers"]["user"])
        self.assertEqual(self.get(f"{self.server}/api/v1/namespaces/{ns}/pods", user), 200)
        self.assertEqual(self.get(f"{self.server}/api/v1/pods", admin), 200)
        self.assertEqual(self.get(f"{self.server}/api/v1/namespaces/{ns}/pods", "wrong-token"), 401)
        q = self.profile["kubernetes"]["localQueue"]
        self.assertEqual(self.get(f"{self.server}/apis/kueue.x-k8s.io/v1beta1/namespaces/{ns}/localqueues/{q}", user), 200)

    def test_iam_token_accepted(self):
        tok = sb.test_token(self.profile["iam"]["issuer"], "lverdi")
        self.assertEqual(self.get(f"{self.server}/api/v1/namespaces/user-lverdi/pods", tok), 200)

    def test_tls_only_with_the_sandbox_ca(self):
        self.assertTrue(self.server.startswith("https://127.0.0.1:"), self.server)
        self.assertEqual(self.profile["kubernetes"]["caFile"], self.profile["caFile"])
        self.assertEqual(self.state["kubeCaFile"], self.profile["caFile"])
        user = kubeconfig_token(self.state["kubeconfigUser"])
        ns = f"user-{self.state['kubeUsers']['user']}"
        url = f"{self.server}/api/v1/namespaces/{ns}/pods"
        ctx = ssl.create_default_context(cafile=self.state["kubeCaFile"])
        self.assertEqual(self.get(url, user, ctx), 200)
        # The system's CAs alone do not trust the sandbox; and the certificate names 127.0.0.1
        # and localhost, so host-name checks pass for both.
        with self.assertRaises(urllib.error.URLError) as e:
            self.get(url, user, ssl.create_default_context())
        self.assertIsInstance(e.exception.reason, ssl.SSLCertVerificationError)
        self.assertEqual(self.get(url.replace("127.0.0.1", "localhost"), user, ctx), 200)
        # No plain-HTTP port any more.
        with self.assertRaises((urllib.error.URLError, ConnectionError, http.client.HTTPException)):
            self.get(url.replace("https://", "http://"), user)

    def test_kubectl_with_kubeconfigs(self):
        kubectl = shutil.which("kubectl")
        if not kubectl:
            self.skipTest("kubectl not installed")
        env = dict(os.environ, HOME=os.environ.get("TMPDIR", "/tmp"))
        for kc in (self.state["kubeconfigUser"], self.state["kubeconfigAdmin"]):
            r = subprocess.run([kubectl, "--kubeconfig", kc, "get", "pods", "-o", "name"], capture_output=True,
                               text=True, timeout=60, env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
        r = subprocess.run([kubectl, "--kubeconfig", self.state["kubeconfigAdmin"], "get", "nodes", "-o", "name"],
                           capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        for node in ("hub-t4-1", "hub-a100-2", "hub-master", "leonardo-virtual-node"):
            self.assertIn(f"node/{node}", r.stdout)
        r = subprocess.run([kubectl, "--kubeconfig", self.state["kubeconfigUser"], "get", "priorityclasses,clusterqueues",
                            "-o", "name"], capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        for obj in ("priorityclass.scheduling.k8s.io/fire", "clusterqueue.kueue.x-k8s.io/offloading"):
            self.assertIn(obj, r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
