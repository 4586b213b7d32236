"""API machinery: discovery, authn/authz, CRUD, selectors, paging, watch, errors (no seed)."""
import threading
import unittest

from simclient import Sim, deadline_loop, job_manifest

NS = "user-mrossi"
PODS = "/api/v1/namespaces/%s/pods" % NS
JOBS = "/apis/batch/v1/namespaces/%s/jobs" % NS


def bare_pod(name, labels=None, scheduler="manual-scheduler"):
    """A pod no scheduler picks up: stays Pending, so tests control every change."""
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "labels": labels or {}},
            "spec": {"schedulerName": scheduler, "containers": [{"name": "c", "image": "busybox:1.36"}]}}


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = Sim("--history-size", "300")

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def test_discovery_and_version(self):
        s = self.sim
        code, _, v = s.get("/version", user=None)
        self.assertEqual(code, 200)
        self.assertEqual(v["major"], "1")
        self.assertEqual(s.ok("GET", "/api")["versions"], ["v1"])
        groups = {g["name"] for g in s.ok("GET", "/apis")["groups"]}
        self.assertTrue({"batch", "kueue.x-k8s.io", "visibility.kueue.x-k8s.io"} <= groups)
        names = {r["name"] for r in s.ok("GET", "/api/v1")["resources"]}
        self.assertTrue({"pods", "pods/log", "nodes", "namespaces", "events"} <= names)
        kq = {r["name"]: r for r in s.ok("GET", "/apis/kueue.x-k8s.io/v1beta1")["resources"]}
        self.assertTrue(kq["workloads"]["namespaced"])
        self.assertFalse(kq["clusterqueues"]["namespaced"])
        agg_accept = ("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                      "application/json")
        code, h, agg = s.get("/apis", headers={"Accept": agg_accept})
        self.assertEqual(h["Content-Type"], "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")
        batch = next(i for i in agg["items"] if i["metadata"]["name"] == "batch")
        jobs = batch["versions"][0]["resources"][0]
        self.assertEqual((jobs["resource"], jobs["scope"], jobs["responseKind"]["kind"]), ("jobs", "Namespaced", "Job"))
        self.assertEqual(jobs["subresources"][0]["subresource"], "status")
        core = s.ok("GET", "/api", headers={"Accept": agg_accept})
        pods = next(r for r in core["items"][0]["versions"][0]["resources"] if r["resource"] == "pods")
        self.assertIn("log", [x["subresource"] for x in pods["subresources"]])
        code, _, st = s.get("/apis/nope.example.com/v1")
        self.assertEqual(code, 404)

    def test_401_without_or_with_bad_token(self):
        for user in (None, "Bearer not-a-token"):
            code, _, st = self.sim.get(PODS, user=user)
            self.assertEqual(code, 401)
            self.assertEqual((st["kind"], st["reason"], st["code"]), ("Status", "Unauthorized", 401))

    def test_403_across_namespaces_and_support_rights(self):
        s = self.sim
        code, _, st = s.get("/api/v1/namespaces/user-gbianchi/pods", user="mrossi")
        self.assertEqual(code, 403)
        self.assertEqual(st["reason"], "Forbidden")
        self.assertEqual(st["message"], 'pods is forbidden: User "mrossi" cannot list resource "pods" in API group "" '
                                        'in the namespace "user-gbianchi"')
        code, _, st = s.get("/apis/batch/v1/namespaces/user-gbianchi/jobs/x", user="mrossi")
        self.assertEqual(st["message"], 'jobs.batch "x" is forbidden: User "mrossi" cannot get resource "jobs" in '
                                        'API group "batch" in the namespace "user-gbianchi"')
        code, _, st = s.get("/api/v1/pods", user="mrossi")
        self.assertEqual(code, 403)
        self.assertIn("at the cluster scope", st["message"])
        self.assertEqual(s.get(PODS, user="mrossi")[0], 200)
        for path in ("/api/v1/nodes", "/apis/kueue.x-k8s.io/v1beta1/clusterqueues",
                     "/apis/kueue.x-k8s.io/v1beta1/resourceflavors"):
            self.assertEqual(s.get(path, user="hack01")[0], 200, path)
        # Support staff (ml-infn) read everything, may delete, may not create.
        self.assertEqual(s.get("/api/v1/pods", user="dferri")[0], 200)
        self.assertEqual(s.get("/apis/batch/v1/jobs", user="dferri")[0], 200)
        code, _, st = s.request("POST", JOBS, "dferri", job_manifest("support-job"))
        self.assertEqual(code, 403)
        self.assertIn('cannot create resource "jobs" in API group "batch" in the namespace "user-mrossi"', st["message"])

    def test_access_reviews(self):
        s = self.sim

        def can(user, **ra):
            r = s.ok("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", user=user,
                     body={"apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
                           "spec": {"resourceAttributes": ra}})
            return r["status"]["allowed"]
        self.assertTrue(can("mrossi", verb="create", group="batch", resource="jobs", namespace=NS))
        self.assertFalse(can("mrossi", verb="list", resource="pods", namespace="user-gbianchi"))
        self.assertTrue(can("dferri", verb="list", resource="pods"))
        self.assertFalse(can("dferri", verb="create", group="batch", resource="jobs", namespace=NS))
        self.assertTrue(can("dferri", verb="delete", group="batch", resource="jobs", namespace=NS))
        who = s.ok("POST", "/apis/authentication.k8s.io/v1/selfsubjectreviews", user="dferri",
                   body={"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"})
        self.assertEqual(who["status"]["userInfo"]["username"], "dferri")
        self.assertIn("ml-infn", who["status"]["userInfo"]["groups"])

    def test_crud_errors(self):
        s = self.sim
        code, _, st = s.get(PODS + "/nope")
        self.assertEqual((code, st["reason"], st["message"]), (404, "NotFound", 'pods "nope" not found'))
        code, _, st = s.get(JOBS + "/nope")
        self.assertEqual(st["message"], 'jobs.batch "nope" not found')
        s.ok("POST", PODS, body=bare_pod("dup"))
        code, _, st = s.request("POST", PODS, body=bare_pod("dup"))
        self.assertEqual((code, st["reason"], st["message"]), (409, "AlreadyExists", 'pods "dup" already exists'))
        pod = s.ok("GET", PODS + "/dup")
        stale = dict(pod, metadata=dict(pod["metadata"], labels={"a": "1"}))
        s.ok("PUT", PODS + "/dup", body=stale)
        code, _, st = s.request("PUT", PODS + "/dup", body=dict(stale, metadata=dict(stale["metadata"],
                                                                                     labels={"a": "2"})))
        self.assertEqual((code, st["reason"]), (409, "Conflict"))
        self.assertIn("the object has been modified", st["message"])
        gen = s.ok("POST", PODS, body=dict(bare_pod(""), metadata={"generateName": "gen-"}))
        self.assertTrue(gen["metadata"]["name"].startswith("gen-") and len(gen["metadata"]["name"]) == 9)
        for k in ("uid", "resourceVersion", "creationTimestamp"):
            self.assertIn(k, gen["metadata"])
        self.assertEqual(gen["status"]["phase"], "Pending")
        self.assertEqual(gen["spec"]["containers"][0]["terminationMessagePolicy"], "File")
        code, _, st = s.request("DELETE", PODS)
        code, _, st = s.request("POST", PODS + "/dup/status", body={})
        self.assertEqual(code, 405)
        self.assertEqual(st["reason"], "MethodNotAllowed")
        self.assertEqual(s.get(PODS, query={"limit": "ten"})[0], 400)
        code, _, st = s.request("POST", PODS, body=b"{not json")
        self.assertEqual((code, st["reason"]), (400, "BadRequest"))
        code, _, st = s.request("POST", PODS, body=b"a: b", headers={"Content-Type": "text/plain"})
        self.assertEqual(code, 415)

    def test_invalid_job_422_with_causes(self):
        bad = job_manifest("Bad_Name", restart="Always")
        c = bad["spec"]["template"]["spec"]["containers"]
        del c[0]["image"]
        c.append({"name": "main", "image": "x"})
        code, _, st = self.sim.request("POST", JOBS, body=bad, user="mrossi")
        self.assertEqual((code, st["reason"]), (422, "Invalid"))
        causes = {(x["reason"], x["field"]) for x in st["details"]["causes"]}
        self.assertIn(("FieldValueInvalid", "metadata.name"), causes)
        self.assertIn(("FieldValueRequired", "spec.template.spec.containers[0].image"), causes)
        self.assertIn(("FieldValueDuplicate", "spec.template.spec.containers[1].name"), causes)
        self.assertIn(("FieldValueNotSupported", "spec.template.spec.restartPolicy"), causes)
        self.assertTrue(st["message"].startswith('Job.batch "Bad_Name" is invalid: ['))
        self.assertEqual(st["details"]["kind"], "Job")
        nocont = job_manifest("no-containers")
        nocont["spec"]["template"]["spec"]["containers"] = []
        nocont["spec"]["template"]["spec"].pop("restartPolicy")
        code, _, st = self.sim.request("POST", JOBS, body=nocont)
        causes = {(x["reason"], x["field"], x["message"]) for x in st["details"]["causes"]}
        self.assertIn(("FieldValueRequired", "spec.template.spec.containers", "Required value"), causes)
        self.assertIn(("FieldValueRequired", "spec.template.spec.restartPolicy",
                       'Required value: valid values: "OnFailure", "Never"'), causes)
        gpu = job_manifest("gpu-req")
        gpu["spec"]["template"]["spec"]["containers"][0]["resources"] = {
            "requests": {"nvidia.com/gpu": "1"}, "limits": {"cpu": "1"}}
        code, _, st = self.sim.request("POST", JOBS, body=gpu)
        self.assertEqual(code, 422)
        self.assertIn("Limit must be set for non overcommitable resources", st["message"])
        q = job_manifest("bad-qty", memory="lots")
        code, _, st = self.sim.request("POST", JOBS, body=q)
        self.assertEqual((code, st["reason"]), (400, "BadRequest"))
        self.assertIn("quantities must match the regular expression", st["message"])

    def test_unknown_fields_strict_and_warn(self):
        job = job_manifest("typo-job")
        job["spec"]["template"]["spec"]["containers"][0]["imagee"] = "x"
        job["spec"]["foo"] = 1
        code, _, st = self.sim.request("POST", JOBS, body=job, query={"fieldValidation": "Strict"})
        self.assertEqual((code, st["reason"]), (400, "BadRequest"))
        self.assertTrue(st["message"].startswith("strict decoding error: "))
        self.assertIn('unknown field "spec.template.spec.containers[0].imagee"', st["message"])
        self.assertIn('unknown field "spec.foo"', st["message"])
        code, headers, obj = self.sim.request("POST", JOBS, body=job)
        self.assertEqual(code, 201)
        warnings = headers.get_all("Warning")
        self.assertIn('299 - "unknown field \\"spec.foo\\""', warnings)
        self.assertNotIn("foo", obj["spec"])
        self.sim.ok("DELETE", JOBS + "/typo-job", query={"propagationPolicy": "Background"})

    def test_patch_kinds(self):
        s = self.sim
        s.ok("POST", PODS, body=bare_pod("patchme", {"a": "1"}))
        p = s.ok("PATCH", PODS + "/patchme", body={"metadata": {"labels": {"b": "2", "a": None}}},
                 headers={"Content-Type": "application/merge-patch+json"})
        self.assertEqual(p["metadata"]["labels"], {"b": "2"})
        p = s.ok("PATCH", PODS + "/patchme", body={"spec": {"containers": [{"name": "c", "image": "busybox:1.37"}]}},
                 headers={"Content-Type": "application/strategic-merge-patch+json"})
        self.assertEqual(p["spec"]["containers"][0]["image"], "busybox:1.37")
        self.assertEqual(p["spec"]["containers"][0]["terminationMessagePath"], "/dev/termination-log")
        p = s.ok("PATCH", PODS + "/patchme", body=[{"op": "add", "path": "/metadata/annotations", "value": {"x": "y"}},
                                                   {"op": "test", "path": "/metadata/labels/b", "value": "2"}],
                 headers={"Content-Type": "application/json-patch+json"})
        self.assertEqual(p["metadata"]["annotations"], {"x": "y"})
        code, _, st = s.request("PATCH", PODS + "/patchme", body={"spec": {"nodeName": "x"}},
                                headers={"Content-Type": "application/merge-patch+json"})
        self.assertEqual(code, 422)
        code, _, st = s.request("PATCH", "/apis/kueue.x-k8s.io/v1beta1/clusterqueues/cq-research", body={},
                                headers={"Content-Type": "application/strategic-merge-patch+json"})
        self.assertEqual(code, 415)

    def test_selectors(self):
        s = self.sim
        ns = "/api/v1/namespaces/user-gbianchi/pods"
        for name, labels in (("sa", {"app": "a", "tier": "web"}), ("sb", {"app": "b"}), ("sc", {"app": "c", "env": "prod"})):
            s.ok("POST", ns, body=bare_pod(name, labels))

        def names(**q):
            return sorted(p["metadata"]["name"] for p in s.ok("GET", ns, query=q)["items"])
        self.assertEqual(names(labelSelector="app in (a,b)"), ["sa", "sb"])
        self.assertEqual(names(labelSelector="app notin (a),app"), ["sb", "sc"])
        self.assertEqual(names(labelSelector="!tier,app"), ["sb", "sc"])
        self.assertEqual(names(labelSelector="app=c,env"), ["sc"])
        self.assertEqual(names(labelSelector="app!=c,app"), ["sa", "sb"])
        self.assertEqual(names(fieldSelector="metadata.name=sb"), ["sb"])
        self.assertEqual(names(fieldSelector="status.phase=Pending,metadata.name!=sa", labelSelector="app"),
                         ["sb", "sc"])
        code, _, st = s.request("GET", ns, query={"fieldSelector": "spec.bogus=1"})
        self.assertEqual(code, 400)
        code, _, st = s.request("GET", ns, query={"labelSelector": "a in b"})
        self.assertEqual(code, 400)

    def test_list_paging_and_expired_continue(self):
        s = self.sim
        full = [n["metadata"]["name"] for n in s.ok("GET", "/api/v1/namespaces")["items"]]
        self.assertGreater(len(full), 10)
        got, cont, first = [], None, None
        while True:
            q = {"limit": 4}
            if cont:
                q["continue"] = cont
            page = s.ok("GET", "/api/v1/namespaces", query=q)
            first = first or page
            got += [n["metadata"]["name"] for n in page["items"]]
            self.assertLessEqual(len(page["items"]), 4)
            cont = page["metadata"].get("continue")
            if not cont:
                break
            # A change between pages is not seen: the pages come from one snapshot.
            s.ok("PATCH", "/api/v1/namespaces/user-hack12", body={"metadata": {"labels": {"touched": str(len(got))}}},
                 headers={"Content-Type": "application/merge-patch+json"})
        self.assertEqual(got, full)
        self.assertEqual(first["metadata"]["remainingItemCount"], len(full) - 4)
        # Age the snapshot out of the history window: the continue token expires (410).
        page = s.ok("GET", "/api/v1/namespaces", query={"limit": 2})
        for i in range(320):
            s.ok("PATCH", "/api/v1/namespaces/user-hack11", body={"metadata": {"labels": {"n": str(i)}}},
                 headers={"Content-Type": "application/merge-patch+json"})
        code, _, st = s.request("GET", "/api/v1/namespaces", query={"limit": 2, "continue": page["metadata"]["continue"]})
        self.assertEqual((code, st["reason"]), (410, "Expired"))
        # ... and so does a watch from that resourceVersion: ERROR event carrying a 410 Status.
        w = s.stream("/api/v1/namespaces", query={"watch": "1", "resourceVersion": page["metadata"]["resourceVersion"]})
        ev = next(w.events(10))
        w.close()
        self.assertEqual(ev["type"], "ERROR")
        self.assertEqual((ev["object"]["code"], ev["object"]["reason"]), (410, "Gone"))
        self.assertIn("too old resource version", ev["object"]["message"])

    def test_watch_after_list_sees_each_change_once(self):
        s = self.sim
        ns = "/api/v1/namespaces/user-lverdi/pods"
        lst = s.ok("GET", ns)
        rv = lst["metadata"]["resourceVersion"]
        w = s.stream(ns, user="admin", query={"watch": "1", "resourceVersion": rv, "allowWatchBookmarks": "true"})
        self.assertEqual(w.status, 200)
        expected = []

        def writer():
            for i in range(6):
                o = s.ok("POST", ns, body=bare_pod("w%d" % i, {"i": str(i)}))
                expected.append(("ADDED", o["metadata"]["name"], o["metadata"]["resourceVersion"]))
                o = s.ok("PATCH", ns + "/w%d" % i, body={"metadata": {"labels": {"step": "2"}}},
                         headers={"Content-Type": "application/merge-patch+json"})
                expected.append(("MODIFIED", o["metadata"]["name"], o["metadata"]["resourceVersion"]))
            for i in range(6):
                o = s.ok("DELETE", ns + "/w%d" % i)
        t = threading.Thread(target=writer)
        t.start()
        seen = []
        for ev in w.events(20):
            if ev["type"] == "BOOKMARK":
                continue
            seen.append((ev["type"], ev["object"]["metadata"]["name"], ev["object"]["metadata"]["resourceVersion"]))
            if sum(1 for e in seen if e[0] == "DELETED") == 6:
                break
        t.join()
        w.close()
        self.assertEqual(len(seen), 18)
        self.assertEqual(seen[:0] + [e for e in seen if e[0] != "DELETED"], expected)
        rvs = [int(e[2]) for e in seen]
        self.assertEqual(rvs, sorted(set(rvs)), "resourceVersions strictly increase, no duplicates")
        self.assertTrue(all(r > int(rv) for r in rvs))
        # A second watch from the same version replays exactly the same sequence.
        w2 = s.stream(ns, query={"watch": "1", "resourceVersion": rv, "timeoutSeconds": "1"})
        again = [(e["type"], e["object"]["metadata"]["name"], e["object"]["metadata"]["resourceVersion"])
                 for e in w2.events(10)]
        w2.close()
        self.assertEqual(again, seen)

    def test_watch_selector_transitions_initial_events_and_timeout(self):
        s = self.sim
        ns = "/api/v1/namespaces/user-scolombo/pods"
        s.ok("POST", ns, body=bare_pod("t0", {"keep": "yes"}))
        w = s.stream(ns, query={"watch": "true", "labelSelector": "keep=yes", "timeoutSeconds": "3"})
        s.ok("POST", ns, body=bare_pod("t1", {"keep": "no"}))
        s.ok("PATCH", ns + "/t1", body={"metadata": {"labels": {"keep": "yes"}}},
             headers={"Content-Type": "application/merge-patch+json"})
        s.ok("PATCH", ns + "/t0", body={"metadata": {"labels": {"keep": "no"}}},
             headers={"Content-Type": "application/merge-patch+json"})
        evs = [(e["type"], e["object"]["metadata"]["name"]) for e in w.events(10)]
        w.close()
        # No resourceVersion: the current state first (synthetic ADDED), then changes; selector
        # transitions appear as ADDED/DELETED. The stream ends at timeoutSeconds.
        self.assertEqual(evs, [("ADDED", "t0"), ("ADDED", "t1"), ("DELETED", "t0")])
        w = s.stream(ns, query={"watch": "1", "sendInitialEvents": "true", "resourceVersionMatch": "NotOlderThan",
                                "allowWatchBookmarks": "true", "timeoutSeconds": "1"})
        evs = list(w.events(10))
        w.close()
        self.assertEqual([e["type"] for e in evs], ["ADDED", "ADDED", "BOOKMARK"])
        self.assertEqual(evs[-1]["object"]["metadata"]["annotations"], {"k8s.io/initial-events-end": "true"})

    def test_delete_propagation(self):
        s = self.sim
        ns = "/apis/batch/v1/namespaces/user-fesposito/jobs"
        pods = "/api/v1/namespaces/user-fesposito/pods"
        for name in ("bg", "orphan", "default"):
            s.ok("POST", ns, body=job_manifest(name, queue=None, duration="1h"))
        for name in ("bg", "orphan", "default"):
            s.wait_for(pods + "?labelSelector=job-name%3D" + name, lambda l: len(l["items"]) == 1)
        code, headers, st = s.request("DELETE", ns + "/default")
        self.assertEqual(code, 200)
        self.assertIn("child pods are preserved by default", headers.get("Warning"))
        self.assertEqual(st["kind"], "Status")
        s.ok("DELETE", ns + "/orphan", body={"propagationPolicy": "Orphan"})
        s.ok("DELETE", ns + "/bg", body={"propagationPolicy": "Background"})
        s.wait_for(pods + "?labelSelector=job-name%3Dbg", lambda l: not l["items"])
        left = s.ok("GET", pods + "?labelSelector=job-name%3Dorphan")["items"]
        self.assertEqual(len(left), 1)
        self.assertNotIn("ownerReferences", left[0]["metadata"])
        code, _, st = s.request("DELETE", ns + "/bg")
        self.assertEqual(code, 404)
        # Foreground: the job stays (deletionTimestamp, finalizer) until its pods are gone.
        s.ok("POST", ns, body=job_manifest("fg", queue=None, duration="1h"))
        s.wait_for(pods + "?labelSelector=job-name%3Dfg", lambda l: len(l["items"]) == 1)
        j = s.ok("DELETE", ns + "/fg", body={"propagationPolicy": "Foreground"})
        self.assertIn("foregroundDeletion", j["metadata"]["finalizers"])
        self.assertIn("deletionTimestamp", j["metadata"])
        for _ in deadline_loop(20):
            if s.get(ns + "/fg")[0] == 404:
                break
        self.assertEqual(s.get(ns + "/fg")[0], 404)
        self.assertEqual(s.ok("GET", pods + "?labelSelector=job-name%3Dfg")["items"], [])

    def test_legacy_watch_path_and_speed_endpoint(self):
        s = self.sim
        s.ok("POST", "/api/v1/namespaces/user-aromano/pods", body=bare_pod("legacy"))
        w = s.stream("/api/v1/watch/namespaces/user-aromano/pods/legacy", query={"timeoutSeconds": "1"})
        evs = [(e["type"], e["object"]["metadata"]["name"]) for e in w.events(10)]
        w.close()
        self.assertEqual(evs, [("ADDED", "legacy")])
        self.assertEqual(s.ok("GET", "/sim/v1/speed")["speed"], 60.0)
        self.assertEqual(s.get("/sim/v1/speed", user="mrossi")[0], 403)
        self.assertEqual(s.ok("POST", "/sim/v1/speed", query={"value": "30"})["speed"], 30.0)
        self.assertEqual(s.ok("POST", "/sim/v1/speed", query={"value": "60"})["speed"], 60.0)

    def test_table_output(self):
        s = self.sim
        t = s.ok("GET", "/api/v1/nodes", headers={"Accept": "application/json;as=Table;v=v1;g=meta.k8s.io,"
                                                            "application/json"})
        self.assertEqual(t["kind"], "Table")
        self.assertEqual([c["name"] for c in t["columnDefinitions"]][:5], ["Name", "Status", "Roles", "Age", "Version"])
        rows = {r["cells"][0]: r for r in t["rows"]}
        self.assertEqual(rows["bubble-virtual-node"]["cells"][1], "NotReady")
        self.assertEqual(rows["hub-t4-1"]["object"]["kind"], "PartialObjectMetadata")


if __name__ == "__main__":
    unittest.main()
