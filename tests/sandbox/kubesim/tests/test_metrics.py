"""/metrics: every fleet GPU, MIG slice and FPGA board, exactly once, in the history's conventions.

The expected devices and label sets come from ../../prometheus/gen_history.py itself (its
devices() and a one-step generate()), so the simulator's live series and the backfilled history
cannot drift apart without this failing.
"""
import collections
import importlib.util
import io
import json
import os
import re
import time
import unittest

from simclient import FLEET, Sim, deadline_loop

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_HISTORY = os.path.join(os.path.dirname(os.path.dirname(HERE)), "prometheus", "gen_history.py")
POD_LABELS = {"namespace", "pod", "container"}
DCGM_GPU = ("DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_DEV_POWER_USAGE",
            "DCGM_FI_DEV_GPU_TEMP", "DCGM_FI_PROF_GR_ENGINE_ACTIVE")
DCGM_MIG = ("DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_PROF_GR_ENGINE_ACTIVE")
DCGM_MIG_PARENT = ("DCGM_FI_DEV_POWER_USAGE", "DCGM_FI_DEV_GPU_TEMP")
XRT = ("xrt_device_ready", "xrt_device_power_consumption", "xrt_device_temperature")
DEVICE_FAMILIES = set(DCGM_GPU) | set(XRT)
SAMPLE = re.compile(r'^([A-Za-z_:][A-Za-z0-9_:]*)\{(.*)\} (\S+)( \d+)?$')  # the history has timestamps
LABEL = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"')


def load_gen_history():
    spec = importlib.util.spec_from_file_location("gen_history", GEN_HISTORY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse(text):
    """Prometheus text → {family: [(labels, value)]}; fails on anything unexpected."""
    out = collections.defaultdict(list)
    typed = set()
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            name = line.split()[2]
            assert name not in typed, "family %s declared twice (its samples must be contiguous)" % name
            typed.add(name)
            continue
        if not line or line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        assert m, "unparsable line: %r" % line
        out[m.group(1)].append((dict(LABEL.findall(m.group(2))), float(m.group(3))))
    return out


def identity(labels):
    """A series' labels without the pod attribution (what stays the same while a device is idle)."""
    return tuple(sorted((k, v) for k, v in labels.items() if k not in POD_LABELS))


def dcgm_identity(dev):
    lab = {"gpu": str(dev["gpu"]), "UUID": dev["uuid"], "device": "nvidia%d" % dev["gpu"],
           "modelName": dev["acc"]["dcgmModelName"], "Hostname": dev["node"]}
    if dev["kind"] == "mig":
        lab.update(GPU_I_PROFILE=dev["acc"]["mig"]["profile"], GPU_I_ID=str(dev["gi"]))
    return identity(lab)


def xrt_identity(dev):
    return identity({"device_id": dev["device_id"], "shell": dev["acc"]["shell"], "Hostname": dev["node"],
                     "model": dev["model"]})


class MetricsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gen = load_gen_history()
        with open(FLEET, encoding="utf-8") as f:
            cls.fleet = json.load(f)
        cls.devices = cls.gen.devices(cls.fleet)
        cls.sim = Sim(speed=60)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def metrics(self):
        code, _, body = self.sim.request("GET", "/metrics", user=None, raw=True)
        self.assertEqual(code, 200)
        return parse(body.decode())

    def expected(self):
        """{family: Counter(identity)} for every device of the fleet, from gen_history.devices()."""
        exp = collections.defaultdict(collections.Counter)
        for dev in self.devices:
            kind = dev["kind"]
            names = {"gpu": DCGM_GPU, "mig": DCGM_MIG, "mig-parent": DCGM_MIG_PARENT, "fpga": XRT}[kind]
            ident = xrt_identity(dev) if kind == "fpga" else dcgm_identity(dev)
            for name in names:
                exp[name][ident] += 1
        return exp

    def test_every_device_exactly_once(self):
        got = self.metrics()
        exp = self.expected()
        for name in sorted(DEVICE_FAMILIES):
            with self.subTest(family=name):
                self.assertEqual(collections.Counter(identity(l) for l, _ in got[name]), exp[name])
        # Independently of gen_history: per model, the counts fleet.json declares.
        whole, slices, parents, fpgas = (collections.Counter() for _ in range(4))
        for node in self.fleet["nodes"]:
            for acc in node["accelerators"]:
                if acc["kind"] == "fpga":
                    fpgas[acc["model"]] += acc["count"]
                elif acc.get("mig"):
                    slices[acc["dcgmModelName"]] += acc["count"]
                    parents[acc["dcgmModelName"]] += acc["mig"].get("parentCount", 1)
                else:
                    whole[acc["dcgmModelName"]] += acc["count"]

        def by(name, label):
            return collections.Counter(l[label] for l, _ in got[name])
        self.assertEqual(by("DCGM_FI_DEV_GPU_UTIL", "modelName"), whole)
        self.assertEqual(by("DCGM_FI_DEV_FB_USED", "modelName"), whole + slices)
        self.assertEqual(by("DCGM_FI_DEV_POWER_USAGE", "modelName"), whole + parents)
        self.assertEqual(by("DCGM_FI_DEV_GPU_TEMP", "modelName"), whole + parents)
        self.assertEqual(by("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "modelName"), whole + slices)
        for name in XRT:
            self.assertEqual(by(name, "model"), fpgas, name)
        # Whole GPUs outside MIG mode (T4, RTX 5000, A30); the A100s all run MIG (7g.80gb or 1g.10gb).
        self.assertEqual(sum(whole.values()), 15)
        self.assertEqual(slices["NVIDIA A100 80GB PCIe"], 4 + 7)
        self.assertEqual(parents["NVIDIA A100 80GB PCIe"], 5)
        self.assertEqual(sum(fpgas.values()), 10)
        # Capacity: every node (virtual ones too) and model.
        cap = {(l["node"], l["model"], l["extended_resource"]): v for l, v in got["allocatable_accelerators"]}
        want = {(n["name"], a["model"], a["resource"]): a["count"]
                for n in self.fleet["nodes"] + self.fleet.get("virtualNodes", []) for a in n["accelerators"]}
        self.assertEqual(cap, want)
        alloc = {(l["node"], l["resource"]): v for l, v in got["kube_node_status_allocatable"]}
        for n in self.fleet["nodes"] + self.fleet.get("virtualNodes", []):
            self.assertEqual(alloc[(n["name"], "cpu")], n["cpu"], n["name"])
            for a in n["accelerators"]:
                total = sum(b["count"] for b in n["accelerators"] if b["resource"] == a["resource"])
                self.assertEqual(alloc[(n["name"], self.gen.sanitise(a["resource"]))], total, n["name"])

    def history_now(self):
        """The history generator's samples for the current 5-minute step."""
        out = io.StringIO()
        now = int(time.time())
        self.gen.generate(self.fleet, now - now % 300, now - now % 300, 300, out)
        return parse(out.getvalue().replace("# EOF\n", ""))

    def test_label_sets_identical_to_history(self):
        """Series of the same device have the same label names and values here and in the history
        (before Prometheus adds job/instance), for every family both export."""
        hist = self.history_now()
        got = self.metrics()

        def keys(series):
            return {identity({k: v for k, v in l.items() if k not in ("job", "instance")}) for l, _ in series}
        for name in sorted(DEVICE_FAMILIES | {"allocatable_accelerators", "kube_node_labels"}):
            with self.subTest(family=name):
                self.assertEqual(keys(got[name]), keys(hist[name]))
        # Capacity series the history has are all exported live (the simulator adds memory, pods, ...).
        self.assertLessEqual(keys(hist["kube_node_status_allocatable"]), keys(got["kube_node_status_allocatable"]))

    def test_idle_devices_plausible(self):
        got = self.metrics()
        mem = {}
        for dev in self.devices:
            if dev["kind"] in ("gpu", "mig"):
                mem[dcgm_identity(dev)] = dev["acc"]["memoryMiB"]
        power = {}
        for dev in self.devices:
            if dev["kind"] in ("gpu", "mig-parent", "fpga"):
                ident = xrt_identity(dev) if dev["kind"] == "fpga" else dcgm_identity(dev)
                power[ident] = self.gen.POWER[dev["model"].split("-")[0]]
        # No pod runs in this simulator (no seed) unless a test started one: only idle series here
        # (a MIG parent has no pod labels but is busy while one of its slices is held).
        busy_parents = {l["UUID"] for l, _ in got["DCGM_FI_DEV_FB_USED"] if "pod" in l}
        idle = lambda series: [(l, v) for l, v in series if "pod" not in l  # noqa: E731
                               and l.get("UUID") not in busy_parents]
        for l, v in idle(got["DCGM_FI_DEV_GPU_UTIL"]):
            self.assertEqual(v, 0, l)
        for l, v in idle(got["DCGM_FI_PROF_GR_ENGINE_ACTIVE"]):
            self.assertEqual(v, 0, l)
        for l, v in idle(got["DCGM_FI_DEV_FB_USED"]):
            self.assertEqual(v, 1, l)
        for l, v in idle(got["DCGM_FI_DEV_FB_FREE"]):
            self.assertEqual(v, mem[identity(l)] - 1, l)
        for l, v in idle(got["DCGM_FI_DEV_POWER_USAGE"]):
            idle_w, _, _ = power[identity(l)]
            self.assertTrue(idle_w <= v <= idle_w + 3, (l, v))
        for l, v in idle(got["DCGM_FI_DEV_GPU_TEMP"]):
            _, _, idle_c = power[identity(l)]
            self.assertTrue(idle_c <= v <= idle_c + 2, (l, v))
            self.assertTrue(30 <= v <= 40, (l, v))
        for l, v in got["xrt_device_ready"]:
            self.assertEqual(v, 1, l)
        for l, v in idle(got["xrt_device_power_consumption"]):
            self.assertEqual(v, power[identity(l)][0], l)
        for l, v in idle(got["xrt_device_temperature"]):
            self.assertTrue(power[identity(l)][2] <= v <= power[identity(l)][2] + 2, (l, v))

    def run_pod(self, ns, name, resources, node_selector=None):
        s = self.sim
        spec = {"tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
                "containers": [{"name": "notebook", "image": "lab:1",
                                "resources": {"limits": dict({"cpu": "1", "memory": "2Gi"}, **resources)}}]}
        if node_selector:
            spec["nodeSelector"] = node_selector
        s.ok("POST", "/api/v1/namespaces/%s/pods" % ns, body={
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "labels": {"app": "jupyterhub", "component": "singleuser-server"}},
            "spec": spec})
        self.addCleanup(s.request, "DELETE", "/api/v1/namespaces/%s/pods/%s" % (ns, name),
                        query={"gracePeriodSeconds": "0"})
        return s.wait_for("/api/v1/namespaces/%s/pods/%s" % (ns, name),
                          lambda p: p["status"].get("phase") == "Running")

    def held(self, got, name, ns, pod):
        return [(l, v) for l, v in got[name] if l.get("namespace") == ns and l.get("pod") == pod]

    def test_running_gpu_pod_device_carries_pod_labels(self):
        ns, pod = "user-mrossi", "jupyter-mrossi-metrics"
        p = self.run_pod(ns, pod, {"nvidia.com/gpu": "1"}, {"nvidia.com/gpu.product": "Tesla-T4"})
        self.assertEqual(p["spec"]["nodeName"], "hub-t4-1")
        got = self.metrics()
        util = self.held(got, "DCGM_FI_DEV_GPU_UTIL", ns, pod)
        self.assertEqual(len(util), 1, util)
        labels, value = util[0]
        self.assertEqual((labels["modelName"], labels["Hostname"], labels["container"]),
                         ("Tesla T4", "hub-t4-1", "notebook"))
        self.assertTrue(25 <= value <= 95, value)
        ident = identity(labels)
        for name in DCGM_GPU:
            with self.subTest(family=name):
                series = [(l, v) for l, v in got[name] if identity(l) == ident]
                self.assertEqual(len(series), 1, "the held device appears once, with its pod: %s" % series)
                self.assertEqual(series[0][0], labels)
        idle_w, _, idle_c = self.gen.POWER["t4"]
        self.assertGreater(self.held(got, "DCGM_FI_DEV_POWER_USAGE", ns, pod)[0][1], idle_w + 3)
        self.assertGreater(self.held(got, "DCGM_FI_DEV_GPU_TEMP", ns, pod)[0][1], idle_c + 2)
        self.assertGreater(self.held(got, "DCGM_FI_DEV_FB_USED", ns, pod)[0][1], 1)
        self.assertEqual(collections.Counter(l["modelName"] for l, _ in got["DCGM_FI_DEV_GPU_UTIL"])["Tesla T4"], 8)
        alloc = self.held(got, "allocated_accelerators", ns, pod)
        self.assertEqual([(l["node"], l["model"], v) for l, v in alloc], [("hub-t4-1", "t4", 1)])
        # A held device's series have the label names of the history's held series.
        hist = self.history_now()
        for name in ("DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_POWER_USAGE", "allocated_accelerators"):
            with self.subTest(family=name):
                want = {tuple(sorted(set(l) - {"job", "instance", "project"})) for l, _ in hist[name] if "pod" in l}
                self.assertEqual(len(want), 1, want)
                self.assertEqual({tuple(sorted(set(l) - {"project"})) for l, _ in self.held(got, name, ns, pod)}, want)
        req = self.held(got, "kube_pod_container_resource_requests", ns, pod)
        want = {tuple(sorted(set(l) - {"job", "instance"})) for l, _ in hist["kube_pod_container_resource_requests"]}
        self.assertEqual({tuple(sorted(l)) for l, _ in req}, want)
        self.assertIn(("nvidia_com_gpu", 1.0), [(l["resource"], v) for l, v in req])
        # Deleted: the device is idle again, without pod labels, still exactly once.
        self.sim.ok("DELETE", "/api/v1/namespaces/%s/pods/%s" % (ns, pod), query={"gracePeriodSeconds": "0"})
        for _ in deadline_loop(20):
            got = self.metrics()
            series = [(l, v) for l, v in got["DCGM_FI_DEV_GPU_UTIL"] if identity(l) == ident]
            if series == [(dict(ident), 0.0)]:
                break
        else:
            self.fail("device not idle after the pod was deleted: %s" % series)

    def test_history_cpu_series(self):
        """The history's CPU series: per pod a request in cores (1..8) and a usage counter that grows by
        20..90 % of it per second, restarts only at a new container or at UTC midnight, and is the
        same whether generated as a whole or as a tail (the cache appends tails)."""
        end = int(time.time()) // 300 * 300
        samples = {}
        for start in (end - 86400 - 4 * 3600, end - 3 * 3600 - 600):
            out = io.StringIO()
            self.gen.generate(self.fleet, start, end, 300, out)
            got = collections.defaultdict(dict)
            for line in out.getvalue().splitlines():
                if line.startswith(("container_cpu_usage_seconds_total{", 'kube_pod_container_resource_requests{')):
                    name_labels, v, t = line.rsplit(" ", 2)
                    if "container_cpu" in name_labels or 'resource="cpu"' in name_labels:
                        got[name_labels][int(t)] = float(v)
            samples[start] = got
        whole, tail = samples.values()
        self.assertTrue(tail)
        for series, points in tail.items():
            self.assertEqual({t: whole[series][t] for t in points}, points, series)
        usage = {k: v for k, v in whole.items() if k.startswith("container_cpu")}
        requests = {k: v for k, v in whole.items() if not k.startswith("container_cpu")}
        self.assertEqual(len(usage), len(requests))
        self.assertGreater(len(usage), 20)
        rates = []
        for series, points in usage.items():
            labels = dict(LABEL.findall(series[series.index("{") + 1:-1]))
            self.assertEqual(set(labels), {"namespace", "pod", "container", "node", "job", "instance"})
            self.assertEqual((labels["job"], labels["instance"]), ("kubelet", labels["node"] + ":10250"))
            req = [k for k in requests if all('%s="%s"' % (n, labels[n]) in k
                                              for n in ("namespace", "pod", "container", "node"))]
            self.assertEqual(len(req), 1, series)
            self.assertEqual(set(requests[req[0]]), set(points), "a request whenever there is usage")
            cores = set(requests[req[0]].values())
            self.assertEqual(len(cores), 1)
            cores = cores.pop()
            self.assertTrue(1 <= cores <= 8, cores)
            for t, v in points.items():
                if t - 300 in points and (t - 1) // 86400 == (t - 301) // 86400:
                    rate = (v - points[t - 300]) / 300 / cores
                    self.assertTrue(0.2 - 1e-6 <= rate <= 0.9 + 1e-6, (series, t, rate))
                    rates.append(rate)
        self.assertGreater(max(rates) - min(rates), 0.2, "utilisation varies")

    def test_running_pod_cpu_usage_counter(self):
        """A running pod's containers have cAdvisor's usage counter with the history's label names,
        growing by at most the requested cores per second; its CPU request is exported too."""
        ns, pod = "user-mrossi", "jupyter-mrossi-cpu"
        self.run_pod(ns, pod, {"cpu": "2"}, {"nvidia.com/gpu.product": "Tesla-T4"})
        got = self.metrics()
        t0 = time.time()
        use = self.held(got, "container_cpu_usage_seconds_total", ns, pod)
        self.assertEqual(len(use), 1, use)
        labels, first = use[0]
        self.assertEqual(labels, {"namespace": ns, "pod": pod, "container": "notebook", "node": "hub-t4-1"})
        hist = self.history_now()
        want = {tuple(sorted(set(l) - {"job", "instance"})) for l, _ in hist["container_cpu_usage_seconds_total"]}
        self.assertEqual(want, {tuple(sorted(labels))})
        req = [v for l, v in self.held(got, "kube_pod_container_resource_requests", ns, pod) if l["resource"] == "cpu"]
        self.assertEqual(req, [2.0])
        for _ in deadline_loop(20):
            later = self.held(self.metrics(), "container_cpu_usage_seconds_total", ns, pod)
            if later and later[0][1] > first:
                break
        else:
            self.fail("the counter does not grow: %s" % later)
        self.assertLessEqual(later[0][1] - first, 2 * 0.9 * (time.time() - t0) + 0.01)
        # Idle devices and deleted pods: no counter for pods that do not run.
        self.assertFalse([l for l, _ in got["container_cpu_usage_seconds_total"] if not l.get("pod")])

    def test_mig_slice_and_fpga_holders(self):
        ns = "user-hack01"
        self.run_pod(ns, "jupyter-hack01-mig", {"nvidia.com/gpu": "1"},
                     {"nvidia.com/gpu.product": "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb"})
        u50 = next(a for n in self.fleet["nodes"] for a in n["accelerators"] if a["model"] == "u50")
        self.run_pod("user-fesposito", "jupyter-fesposito-fpga", {u50["resource"]: "1"})
        got = self.metrics()
        mig = self.held(got, "DCGM_FI_PROF_GR_ENGINE_ACTIVE", ns, "jupyter-hack01-mig")
        self.assertEqual(len(mig), 1, mig)
        self.assertEqual((mig[0][0]["GPU_I_PROFILE"], mig[0][0]["Hostname"]), ("1g.10gb", "hub-a100-2"))
        self.assertIn(mig[0][0]["GPU_I_ID"], [str(i) for i in range(7, 14)])
        self.assertGreater(mig[0][1], 0)
        # The parent GPU's power rises with the slice's load; it carries no pod labels.
        parent = [(l, v) for l, v in got["DCGM_FI_DEV_POWER_USAGE"] if l["UUID"] == mig[0][0]["UUID"]]
        self.assertEqual(len(parent), 1, parent)
        self.assertNotIn("pod", parent[0][0])
        self.assertGreater(parent[0][1], self.gen.POWER["a100"][0])
        # FPGAs: attribution in allocated_accelerators; the board draws more than idle.
        alloc = self.held(got, "allocated_accelerators", "user-fesposito", "jupyter-fesposito-fpga")
        self.assertEqual([(l["model"], l["node"]) for l, _ in alloc], [("u50", "hub-fpga-2")])
        boards = [v for l, v in got["xrt_device_power_consumption"] if l["model"] == "u50"]
        self.assertEqual(len(boards), 2)
        self.assertGreater(max(boards), self.gen.POWER["u50"][0])


if __name__ == "__main__":
    unittest.main()
