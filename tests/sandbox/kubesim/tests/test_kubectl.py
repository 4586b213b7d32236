"""A standard client, unchanged: kubectl against the simulator's TLS port (kubectl sends tokens only over TLS)."""
import json
import os
import shutil
import subprocess
import unittest

from simclient import TOKENS, Sim, deadline_loop

KUBECTL = shutil.which("kubectl")
OPENSSL = shutil.which("openssl")

JOB_YAML = """apiVersion: batch/v1
kind: Job
metadata:
  name: kc-job
  labels:
    kueue.x-k8s.io/queue-name: user-queue
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations:
        sim.plancia.io/duration: "90s"
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: harbor.cloud.infn.it/ai-infn/train:1.0
        command: ["python", "train.py"]
        resources:
          limits: {cpu: "1", memory: 2Gi, nvidia.com/gpu: 1}
"""


@unittest.skipUnless(KUBECTL and OPENSSL, "kubectl and openssl are needed")
class KubectlTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile
        d = tempfile.mkdtemp(prefix="kubesim-kubectl-")
        cls.cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
        subprocess.run([OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cls.cert,
                        "-days", "1", "-subj", "/CN=kubesim", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
        cls.sim = Sim("--secure-port", "0", "--tls-cert-file", cls.cert, "--tls-private-key-file", key, seed=True,
                      speed=60)
        assert cls.sim.secure_port, cls.sim.log()  # printed before the plain-HTTP line Sim waits for
        cls.kubeconfig = os.path.join(d, "kubeconfig")
        users = "".join("- name: %s\n  user: {token: %s}\n" % (u, TOKENS[u][0]) for u in ("admin", "mrossi"))
        ctxs = "".join("- name: %s\n  context: {cluster: sim, user: %s%s}\n"
                       % (u, u, ", namespace: user-mrossi" if u == "mrossi" else "") for u in ("admin", "mrossi"))
        with open(cls.kubeconfig, "w") as f:
            f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n"
                    "    server: https://127.0.0.1:%d\n    certificate-authority: %s\nusers:\n%scontexts:\n%s"
                    "current-context: admin\n" % (cls.sim.secure_port, cls.cert, users, ctxs))
        cls.env = dict(os.environ, KUBECONFIG=cls.kubeconfig, HOME=d)
        cls.job = os.path.join(d, "job.yaml")
        with open(cls.job, "w") as f:
            f.write(JOB_YAML)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def kubectl(self, *args, ctx="admin", check=True, timeout=30):
        r = subprocess.run([KUBECTL, "--context", ctx] + list(args), env=self.env, capture_output=True, text=True,
                           timeout=timeout)
        if check and r.returncode != 0:
            self.fail("kubectl %s failed (%d): %s%s" % (" ".join(args), r.returncode, r.stdout, r.stderr))
        return r

    def test_get_nodes_and_pods_all_namespaces(self):
        out = self.kubectl("get", "nodes,pods", "-A").stdout
        self.assertRegex(out, r"node/hub-t4-1\s+Ready\s+worker")
        self.assertRegex(out, r"node/bubble-virtual-node\s+NotReady\s+agent")
        self.assertRegex(out, r"user-mrossi\s+pod/jupyter-mrossi\s+1/1\s+Running")
        self.assertRegex(out, r"pod/podman-offload-test-\w+\s+0/1\s+ProviderFailed")
        self.assertRegex(out, r"pod/oom-repro-\w+\s+0/1\s+OOMKilled")
        wide = self.kubectl("get", "pods", "-n", "user-aromano", "-o", "wide").stdout
        self.assertIn("leonardo-virtual-node", wide)
        data = json.loads(self.kubectl("get", "jobs", "-A", "-o", "json").stdout)
        self.assertEqual(data["kind"], "List")
        self.assertTrue(any(j["metadata"]["name"] == "flashsim-big-sweep" and j["spec"]["suspend"]
                            for j in data["items"]))
        out = self.kubectl("get", "workloads,clusterqueues,localqueues", "-A").stdout
        self.assertIn("cq-research", out)

    def test_forbidden_message(self):
        r = self.kubectl("get", "pods", "-n", "user-gbianchi", ctx="mrossi", check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('Error from server (Forbidden): pods is forbidden: User "mrossi" cannot list resource "pods" in '
                      'API group "" in the namespace "user-gbianchi"', r.stderr)

    def test_auth_can_i_and_whoami(self):
        self.assertEqual(self.kubectl("auth", "can-i", "create", "jobs", ctx="mrossi").stdout.strip(), "yes")
        r = self.kubectl("auth", "can-i", "list", "pods", "-n", "user-gbianchi", ctx="mrossi", check=False)
        self.assertEqual(r.stdout.strip(), "no")
        self.assertRegex(self.kubectl("auth", "whoami", ctx="mrossi").stdout, r"Username\s+mrossi")

    def test_create_logs_watch_delete(self):
        out = self.kubectl("create", "-f", self.job, ctx="mrossi").stdout
        self.assertIn("job.batch/kc-job created", out)
        r = self.kubectl("create", "-f", self.job, ctx="mrossi", check=False)
        self.assertIn('Error from server (AlreadyExists): error when creating "%s": jobs.batch "kc-job" already exists'
                      % self.job, r.stderr)
        for _ in deadline_loop(20):
            phase = self.kubectl("get", "pods", "-l", "job-name=kc-job", "-o", "jsonpath={.items[*].status.phase}",
                                 ctx="mrossi").stdout
            if phase == "Running":
                break
        self.assertEqual(phase, "Running")
        logs = self.kubectl("logs", "job/kc-job", "--tail=2", ctx="mrossi").stdout
        self.assertEqual(len(logs.splitlines()), 2)
        self.assertIn(" INFO ", logs)
        w = self.kubectl("get", "pods", "-w", "--request-timeout=3s", ctx="mrossi", check=False, timeout=30)
        self.assertRegex(w.stdout, r"NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE")
        self.assertIn("kc-job-", w.stdout)
        out = self.kubectl("wait", "--for=condition=complete", "job/kc-job", "--timeout=20s", ctx="mrossi").stdout
        self.assertIn("condition met", out)
        out = self.kubectl("delete", "job", "kc-job", ctx="mrossi").stdout
        self.assertIn('job.batch "kc-job" deleted', out)
        r = self.kubectl("get", "job", "kc-job", ctx="mrossi", check=False)
        self.assertIn('Error from server (NotFound): jobs.batch "kc-job" not found', r.stderr)
        for _ in deadline_loop(10):
            left = self.kubectl("get", "pods", "-l", "job-name=kc-job", "-o", "name", ctx="mrossi").stdout
            if not left.strip():
                break
        self.assertEqual(left.strip(), "", "kubectl delete uses propagationPolicy=Background")

    def test_invalid_and_strict(self):
        bad = self.job.replace("job.yaml", "bad.yaml")
        with open(bad, "w") as f:
            f.write(JOB_YAML.replace("name: kc-job", "name: kc-bad").replace("      - name: main\n",
                                                                            "      - name: main\n        imagee: x\n"))
        r = self.kubectl("create", "-f", bad, ctx="mrossi", check=False)
        self.assertIn('strict decoding error: unknown field "spec.template.spec.containers[0].imagee"', r.stderr)
        with open(bad, "w") as f:
            f.write(JOB_YAML.replace("name: kc-job", "name: kc-bad").replace("restartPolicy: Never",
                                                                            "restartPolicy: Always"))
        r = self.kubectl("create", "-f", bad, ctx="mrossi", check=False)
        self.assertIn('The Job "kc-bad" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": '
                      'supported values: "OnFailure", "Never"', r.stderr)


if __name__ == "__main__":
    unittest.main()
