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
                cap = self.range(f'sum(allocatable_accelerators{{model="{model}",node=~"hub-.*"}})')["result"]
                self.assertEqual(len(cap), 1, model)
                total = sum(a["count"] for _, a in self.accelerators() if a["model"] == model)
                self.assertEqual(float(cap[0]["values"][-1][1]), total, model)

    def test_five_minute_resolution_and_labels(self):
        data = self.range('DCGM_FI_DEV_GPU_UTIL{Hostname="hub-t4-1",gpu="0"}', days=1, step="5m")
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

    def test_cpu_requests_and_usage(self):
        """Per pod its CPU request (cores) and cAdvisor's usage counter: over a day of history the
        pods use 20..90 % of what they request (rate over 5 min, as Plancia's efficiency reads it),
        and working hours are busier than nights."""
        at = sb.state()["timings"]["history"]["end"] - 3600
        used = "sum(rate(container_cpu_usage_seconds_total[5m]))"
        req = 'sum(last_over_time(kube_pod_container_resource_requests{resource="cpu"}[299s]))'
        data = self.query("query", query=f"sum_over_time(({used})[1d:5m]) / sum_over_time(({req})[1d:5m])",
                          time=at)["result"]
        self.assertEqual(len(data), 1, data)
        self.assertTrue(0.2 <= float(data[0]["value"][1]) <= 0.9, data)
        per_ns = self.query("query", time=at,
                            query="count by (namespace) (count_over_time(container_cpu_usage_seconds_total[1d]))")
        per_ns = per_ns["result"]
        self.assertGreater(len(per_ns), 5, per_ns)
        # On the history's 5-minute grid (a 5-minute rate needs the samples at both ends).
        end = at - at % 3600
        series = self.query("query_range", query=f"{used} / {req}", start=end - 13 * DAY, end=end,
                            step="1h")["result"][0]["values"]
        self.assertGreater(len(series), 12 * 24)
        by_hour = {}
        for t, v in series:
            by_hour.setdefault(time.gmtime(t).tm_hour, []).append(float(v))
        mean = {h: sum(v) / len(v) for h, v in by_hour.items()}
        self.assertTrue(all(0.2 - 1e-9 <= m <= 0.9 + 1e-9 for m in mean.values()), mean)
        self.assertGreater(mean[13], mean[2])

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
        data = self.query("query", query='kube_node_status_allocatable{node="podman-virtual-node",resource="memory"}')
        self.assertEqual(len(data["result"]), 1, data)
        self.assertEqual(data["result"][0]["metric"]["job"], "kube-state-metrics")
        # History and live samples of the same capacity series are one series, not two.
        data = self.query("query", query='count(allocatable_accelerators{node="hub-t4-1",model="t4"})')
        self.assertEqual(data["result"][0]["value"][1], "1")
        data = self.query("query", query='count(kube_node_labels{node="hub-a100-2"})')
        self.assertEqual(data["result"][0]["value"][1], "1")
        # cAdvisor's counters of running pods: relabelled like the history's (kubelet on the node).
        def live_cpu():
            r = self.query("query", query="container_cpu_usage_seconds_total")["result"]
            return r or None
        live = sb.poll(live_cpu, 45, interval=0.5, what="live container_cpu_usage_seconds_total")
        for r in live:
            m = r["metric"]
            self.assertEqual(set(m), {"__name__", "namespace", "pod", "container", "node", "job", "instance"}, m)
            self.assertEqual((m["job"], m["instance"]), ("kubelet", m["node"] + ":10250"))


    def expected_devices(self):
        """Per metric, the device count per model that fleet.json declares (physical nodes)."""
        whole, slices, parents, fpgas = {}, {}, {}, {}

        def inc(d, k, n):
            d[k] = d.get(k, 0) + n
        for node, acc in self.accelerators():
            if acc["kind"] == "fpga":
                inc(fpgas, acc["model"], acc["count"])
            elif acc.get("mig"):
                inc(slices, acc["dcgmModelName"], acc["count"])
                inc(parents, acc["dcgmModelName"], acc["mig"].get("parentCount", 1))
            else:
                inc(whole, acc["dcgmModelName"], acc["count"])

        def plus(a, b):
            return {k: a.get(k, 0) + b.get(k, 0) for k in set(a) | set(b)}
        return {
            ("DCGM_FI_DEV_GPU_UTIL", "modelName"): whole,
            ("DCGM_FI_DEV_FB_USED", "modelName"): plus(whole, slices),
            ("DCGM_FI_DEV_FB_FREE", "modelName"): plus(whole, slices),
            ("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "modelName"): plus(whole, slices),
            ("DCGM_FI_DEV_POWER_USAGE", "modelName"): plus(whole, parents),
            ("DCGM_FI_DEV_GPU_TEMP", "modelName"): plus(whole, parents),
            ("xrt_device_ready", "model"): fpgas,
            ("xrt_device_power_consumption", "model"): fpgas,
            ("xrt_device_temperature", "model"): fpgas,
        }

    def counts_at(self, metric, by, window, at):
        data = self.query("query", query=f"count by ({by}) (last_over_time({metric}[{window}s]))", time=at)
        return {r["metric"].get(by, ""): int(r["value"][1]) for r in data["result"]}

    def device_series_at(self, metric, window, at):
        """Label sets (pod attribution removed) of the series with a sample in (at - window, at]."""
        data = self.query("query", query=f"last_over_time({metric}[{window}s])", time=at)
        out = [frozenset((k, v) for k, v in r["metric"].items() if k not in ("namespace", "pod", "container"))
               for r in data["result"]]
        return out

    def test_live_devices_complete_and_joined_with_history(self):
        """Every fleet device has live series after kubesim is scraped, idle ones included, with the
        label sets of the history (job/instance relabelled), so device counts per model are the same
        from the last history step and from live samples alone."""
        st = sb.state()
        if not st.get("kubesim"):
            self.skipTest("no Kubernetes simulator in this sandbox")
        hist_end = st["timings"]["history"]["end"]
        expected = self.expected_devices()
        # History only: the last backfilled step (history steps are 5 min apart, live samples come later).
        for (metric, by), want in expected.items():
            with self.subTest(part="history", metric=metric):
                self.assertEqual(self.counts_at(metric, by, 60, hist_end), want)
        # Live only: a window that starts after the last history sample and holds at least one scrape
        # (every 15 s). Poll until such a window exists and every device is in it.
        last = {}

        def live_complete():
            at = time.time()
            window = min(60, int(at - hist_end) - 1)
            if window < 20:
                last["window"] = window
                return None
            got = {key: self.counts_at(key[0], key[1], window, at) for key in expected}
            last.update(window=window, got=got)
            return (at, window) if got == expected else None
        try:
            found = sb.poll(live_complete, 120, interval=1, what="live device counts equal to fleet.json")
        except AssertionError:
            found = None
        if not found:
            self.fail(f"live counts never matched fleet.json within 120 s: last {last}, expected {expected}")
        at, window = found
        # Same series in both: for every device family, the live label sets (job/instance included,
        # pod attribution aside) are exactly the history's, each device exactly once.
        for (metric, _), want in expected.items():
            with self.subTest(part="labels", metric=metric):
                live = self.device_series_at(metric, window, at)
                hist = self.device_series_at(metric, 60, hist_end)
                self.assertEqual(len(live), sum(want.values()), "one live series per device")
                self.assertEqual(len(set(live)), len(live))
                self.assertEqual(set(live), set(hist))
        # Capacity joins too: one allocatable_accelerators series per node and model, history + live.
        cap = self.query("query", query="count by (node, model) (allocatable_accelerators)", time=at)["result"]
        want = {(n["name"], a["model"]) for n in self.fleet["nodes"] + self.fleet.get("virtualNodes", [])
                for a in n["accelerators"]}
        self.assertEqual({(r["metric"]["node"], r["metric"]["model"]) for r in cap}, want)
        self.assertEqual({r["value"][1] for r in cap}, {"1"})
        # Idle devices read as idle; the busy ones (seeded notebooks and jobs) carry their pod.
        util = self.query("query", query=f"last_over_time(DCGM_FI_DEV_GPU_UTIL[{window}s])", time=at)["result"]
        idle = [float(r["value"][1]) for r in util if "pod" not in r["metric"]]
        busy = [r for r in util if "pod" in r["metric"]]
        self.assertTrue(idle and set(idle) == {0.0}, idle)
        self.assertTrue(busy, "the seeded GPU pods show up with namespace/pod")
        self.assertTrue(all(r["metric"]["namespace"].startswith("user-") for r in busy), busy)


if __name__ == "__main__":
    unittest.main(verbosity=2)
