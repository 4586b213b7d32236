#!/usr/bin/env python3
"""Sandbox Prometheus: backfilled history for every accelerator model (PLATFORM-API.md section 5)."""
import time
import unittest
import urllib.parse

import sandboxlib as sb

DAY = 86400


class PrometheusTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.url = sb.profile()["prometheus"]["url"]
        cls.fleet = sb.fleet()
        cls.now = time.time()

    def query(self, path, **params):
        r = sb.request("GET", self.url + "api/v1/" + path + "?" + urllib.parse.urlencode(params))
        self.assertEqual(r.status, 200, r.text)
        body = r.json()
        self.assertEqual(body["status"], "success", body)
        return body["data"]

    def range(self, expr, days=14, step="1h"):
        return self.query("query_range", query=expr, start=self.now - days * DAY, end=self.now, step=step)

    def accelerators(self):
        for node in self.fleet["nodes"]:
            for acc in node["accelerators"]:
                yield node, acc

    def series_expr(self, acc):
        if acc["kind"] == "fpga":
            return f'xrt_device_power_consumption{{model="{acc["model"]}"}}'
        if acc.get("mig"):
            return f'DCGM_FI_PROF_GR_ENGINE_ACTIVE{{GPU_I_PROFILE="{acc["mig"]["profile"]}"}}'
        return f'DCGM_FI_DEV_GPU_UTIL{{modelName="{acc["dcgmModelName"]}"}}'

    def test_history_for_every_model(self):
        models = {}
        for node, acc in self.accelerators():
            models.setdefault(acc["model"], acc)
        self.assertEqual(set(models), {"t4", "rtx5000", "a100", "a100-1g.10gb", "a30", "u50", "u250", "v70"})
        for model, acc in models.items():
            with self.subTest(model=model):
                data = self.range(f"max({self.series_expr(acc)})")
                self.assertEqual(data["resultType"], "matrix")
                self.assertEqual(len(data["result"]), 1, data)
                values = data["result"][0]["values"]
                first, last = values[0][0], values[-1][0]
                self.assertLess(first, self.now - 13.5 * DAY, f"{model}: history starts too late")
                self.assertGreater(last, self.now - 2 * 3600, f"{model}: history ends too early")
                self.assertGreater(len(values), 13 * 24, model)
                self.assertGreater(max(float(v) for _, v in values), 0, model)
                cap = self.range(f'sum(allocatable_accelerators{{model="{model}",node=~"ai-infn-.*"}})')["result"]
                self.assertEqual(len(cap), 1, model)
                total = sum(a["count"] for _, a in self.accelerators() if a["model"] == model)
                self.assertEqual(float(cap[0]["values"][-1][1]), total, model)

    def test_five_minute_resolution_and_labels(self):
        data = self.range('DCGM_FI_DEV_GPU_UTIL{Hostname="ai-infn-srv01",gpu="0"}', days=1, step="5m")
        samples = sum(len(s["values"]) for s in data["result"])
        self.assertGreaterEqual(samples, 280)
        labels = self.query("series", **{"match[]": 'DCGM_FI_DEV_FB_USED{GPU_I_PROFILE="1g.10gb"}',
                                         "start": self.now - DAY, "end": self.now})
        self.assertTrue(labels)
        for k in ("gpu", "UUID", "modelName", "Hostname", "GPU_I_PROFILE", "GPU_I_ID"):
            self.assertIn(k, labels[0])

    def test_attribution_per_user_and_project(self):
        data = self.range("count by (namespace) (allocated_accelerators)")["result"]
        namespaces = {s["metric"]["namespace"] for s in data}
        self.assertGreater(len(namespaces), 8, namespaces)
        self.assertTrue(any(ns.startswith("user-hack") for ns in namespaces), namespaces)
        projects = {s["metric"].get("project") for s in self.range("count by (project) (allocated_accelerators)")["result"]}
        self.assertTrue({"flashsim", "km3-fpga", "hackathon-2026"} <= projects, projects)
        req = self.range('sum(kube_pod_container_resource_requests{resource="nvidia_com_gpu"})')["result"]
        self.assertTrue(req and max(float(v) for _, v in req[0]["values"]) > 0)

    def test_daily_pattern(self):
        # Working hours are busier than nights over the fortnight.
        day = self.query("query", query="avg(avg_over_time(DCGM_FI_DEV_GPU_UTIL[14d]))")
        self.assertTrue(day["result"])
        series = self.range("avg(DCGM_FI_DEV_GPU_UTIL)", step="1h")["result"][0]["values"]
        by_hour = {}
        for t, v in series:
            by_hour.setdefault(time.gmtime(t).tm_hour, []).append(float(v))
        mean = {h: sum(v) / len(v) for h, v in by_hour.items()}
        self.assertGreater(mean[10], mean[2])

    def test_instant_query_recent(self):
        data = self.query("query", query="count(last_over_time(DCGM_FI_DEV_POWER_USAGE[1h]))")
        self.assertTrue(data["result"])
        self.assertGreaterEqual(float(data["result"][0]["value"][1]), 19)


    def test_live_scrape_of_kubesim(self):
        if not sb.state().get("kubesim"):
            self.skipTest("no Kubernetes simulator in this sandbox")

        def kubesim_up():
            targets = self.query("targets")["activeTargets"]
            health = [t["health"] for t in targets if t["labels"]["job"] == "kubesim"]
            return health == ["up"]
        sb.poll(kubesim_up, 45, interval=0.5, what="kubesim scrape target up")
        # Only the simulator exports node memory; relabelled like kube-state-metrics.
        data = self.query("query", query='kube_node_status_allocatable{node="vk-podman",resource="memory"}')
        self.assertEqual(len(data["result"]), 1, data)
        self.assertEqual(data["result"][0]["metric"]["job"], "kube-state-metrics")
        # History and live samples of the same capacity series are one series, not two.
        data = self.query("query", query='count(allocatable_accelerators{node="ai-infn-srv01",model="t4"})')
        self.assertEqual(data["result"][0]["value"][1], "1")


if __name__ == "__main__":
    unittest.main(verbosity=2)
