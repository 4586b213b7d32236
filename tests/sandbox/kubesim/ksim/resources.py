"""The resource types the simulator serves, and the discovery documents built from them."""

ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]


class ResourceDef:
    def __init__(self, group, version, plural, kind, namespaced, short=(), verbs=ALL_VERBS,
                 categories=(), singular=None, subresources=()):
        self.group = group
        self.version = version
        self.plural = plural
        self.kind = kind
        self.namespaced = namespaced
        self.short = list(short)
        self.verbs = list(verbs)
        self.categories = list(categories)
        self.singular = singular or kind.lower()
        self.subresources = list(subresources)  # [(name, kind, verbs)]

    @property
    def api_version(self):
        return self.version if not self.group else "%s/%s" % (self.group, self.version)

    @property
    def key(self):
        return (self.group, self.plural)

    def __repr__(self):
        return "<%s %s>" % (self.api_version, self.plural)


KUEUE = "kueue.x-k8s.io"
VISIBILITY = "visibility.kueue.x-k8s.io"

RESOURCES = [
    ResourceDef("", "v1", "namespaces", "Namespace", False, ["ns"],
                verbs=["create", "delete", "get", "list", "patch", "update", "watch"],
                subresources=[("status", "Namespace", ["get", "patch", "update"])]),
    ResourceDef("", "v1", "nodes", "Node", False, ["no"],
                subresources=[("status", "Node", ["get", "patch", "update"])]),
    ResourceDef("", "v1", "pods", "Pod", True, ["po"], categories=["all"],
                subresources=[("log", "Pod", ["get"]), ("status", "Pod", ["get", "patch", "update"]),
                              ("binding", "Binding", ["create"]), ("eviction", "Eviction", ["create"])]),
    ResourceDef("", "v1", "events", "Event", True, ["ev"]),
    ResourceDef("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", False, ["pc"]),
    ResourceDef("batch", "v1", "jobs", "Job", True, [], categories=["all"],
                subresources=[("status", "Job", ["get", "patch", "update"])]),
    ResourceDef(KUEUE, "v1beta1", "workloads", "Workload", True, ["wl"], categories=["kueue"],
                subresources=[("status", "Workload", ["get", "patch", "update"])]),
    ResourceDef(KUEUE, "v1beta1", "localqueues", "LocalQueue", True, ["queue", "queues", "lq"],
                categories=["kueue"], subresources=[("status", "LocalQueue", ["get", "patch", "update"])]),
    ResourceDef(KUEUE, "v1beta1", "clusterqueues", "ClusterQueue", False, ["cq"], categories=["kueue"],
                subresources=[("status", "ClusterQueue", ["get", "patch", "update"])]),
    ResourceDef(KUEUE, "v1beta1", "resourceflavors", "ResourceFlavor", False, ["flavor", "flavors", "rf"],
                categories=["kueue"]),
]

BY_KEY = {r.key: r for r in RESOURCES}
BY_KIND = {(r.group, r.kind): r for r in RESOURCES}

# Visibility API: served by hand (not stored), listed in discovery like Kueue's aggregated API.
VISIBILITY_RESOURCES = [
    {"name": "clusterqueues", "singularName": "", "namespaced": False, "kind": "ClusterQueue",
     "verbs": ["get"]},
    {"name": "clusterqueues/pendingworkloads", "singularName": "", "namespaced": False,
     "kind": "PendingWorkloadsSummary", "verbs": ["get"]},
    {"name": "localqueues", "singularName": "", "namespaced": True, "kind": "LocalQueue", "verbs": ["get"]},
    {"name": "localqueues/pendingworkloads", "singularName": "", "namespaced": True,
     "kind": "PendingWorkloadsSummary", "verbs": ["get"]},
]


# Review APIs: create-only, answered from the caller's identity (not stored).
REVIEW_RESOURCES = {
    ("authorization.k8s.io", "v1"): [{"name": "selfsubjectaccessreviews", "singularName": "selfsubjectaccessreview",
                                      "namespaced": False, "kind": "SelfSubjectAccessReview", "verbs": ["create"]}],
    ("authentication.k8s.io", "v1"): [{"name": "selfsubjectreviews", "singularName": "selfsubjectreview",
                                       "namespaced": False, "kind": "SelfSubjectReview", "verbs": ["create"]}],
}


def lookup(group, plural):
    return BY_KEY.get((group, plural))


def groups():
    """[(group, version)] in discovery order, excluding the core group."""
    seen = []
    for r in RESOURCES:
        if r.group and (r.group, r.version) not in seen:
            seen.append((r.group, r.version))
    seen.append((VISIBILITY, "v1beta1"))
    seen += list(REVIEW_RESOURCES)
    return seen


def api_versions():
    return {"kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": ""}]}


def api_group_list():
    out = []
    for g, v in groups():
        gv = {"groupVersion": "%s/%s" % (g, v), "version": v}
        out.append({"name": g, "versions": [gv], "preferredVersion": gv})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": out}


def api_group(group):
    for g, v in groups():
        if g == group:
            gv = {"groupVersion": "%s/%s" % (g, v), "version": v}
            return {"kind": "APIGroup", "apiVersion": "v1", "name": g, "versions": [gv],
                    "preferredVersion": gv}
    return None


def resource_list(group, version):
    if (group, version) in REVIEW_RESOURCES:
        return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "%s/%s" % (group, version),
                "resources": REVIEW_RESOURCES[(group, version)]}
    if group == VISIBILITY and version == "v1beta1":
        return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "%s/%s" % (group, version),
                "resources": VISIBILITY_RESOURCES}
    items = []
    for r in RESOURCES:
        if r.group != group or r.version != version:
            continue
        e = {"name": r.plural, "singularName": r.singular, "namespaced": r.namespaced, "kind": r.kind,
             "verbs": r.verbs}
        if r.short:
            e["shortNames"] = r.short
        if r.categories:
            e["categories"] = r.categories
        items.append(e)
        for sub, kind, verbs in r.subresources:
            items.append({"name": "%s/%s" % (r.plural, sub), "singularName": "", "namespaced": r.namespaced,
                          "kind": kind, "verbs": verbs})
    if not items:
        return None
    return {"kind": "APIResourceList", "apiVersion": "v1",
            "groupVersion": version if not group else "%s/%s" % (group, version), "resources": items}


def version_info():
    return {"major": "1", "minor": "31", "gitVersion": "v1.31.4-kubesim", "gitCommit": "0" * 40,
            "gitTreeState": "clean", "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.22.10",
            "compiler": "gc", "platform": "linux/amd64"}


AGGREGATED_CTYPE = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"


def _aggregated_version(group, version):
    rl = resource_list(group, version)
    top = {}
    for r in rl["resources"]:
        name = r["name"]
        if "/" in name:
            parent, sub = name.split("/", 1)
            top[parent].setdefault("subresources", []).append({
                "subresource": sub, "responseKind": {"group": "", "version": "", "kind": r["kind"]},
                "verbs": r["verbs"]})
            continue
        e = {"resource": name, "responseKind": {"group": "", "version": "", "kind": r["kind"]},
             "scope": "Namespaced" if r["namespaced"] else "Cluster", "singularResource": r.get("singularName", ""),
             "verbs": r["verbs"]}
        for k in ("shortNames", "categories"):
            if r.get(k):
                e[k] = r[k]
        top[name] = e
    return {"version": version, "resources": list(top.values()), "freshness": "Current"}


def aggregated(core):
    """apidiscovery.k8s.io/v2 APIGroupDiscoveryList for /api (core=True) or /apis."""
    if core:
        items = [{"metadata": {"name": "", "creationTimestamp": None}, "versions": [_aggregated_version("", "v1")]}]
    else:
        items = [{"metadata": {"name": g, "creationTimestamp": None}, "versions": [_aggregated_version(g, v)]}
                 for g, v in groups()]
    return {"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items}


def wants_aggregated(accept):
    for part in (accept or "").split(","):
        p = [x.strip() for x in part.split(";")]
        params = dict(x.split("=", 1) for x in p[1:] if "=" in x)
        if params.get("g") == "apidiscovery.k8s.io" and params.get("v") == "v2" and \
                params.get("as") == "APIGroupDiscoveryList":
            return True
        if p[0] in ("application/json", "*/*"):
            return False
    return False
