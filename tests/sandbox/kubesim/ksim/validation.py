"""Decoding (unknown fields, quantities), defaulting and validation of the objects clients create."""
import re

from . import errors, quantity

DNS1123_SUB = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
DNS1123_LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
SUB_MSG = ("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
           "and must start and end with an alphanumeric character (e.g. 'example.com', regex used for "
           "validation is '%s')" % DNS1123_SUB)
LABEL_MSG = ("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must "
             "start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
             "validation is '%s')" % DNS1123_LABEL)

# ---------------------------------------------------------------------------------------------------
# Known fields. None = free-form subtree (not checked), "map" = string map, [x] = list of x.
META = {k: None for k in ("name", "generateName", "namespace", "selfLink", "uid", "resourceVersion",
                          "generation", "creationTimestamp", "deletionTimestamp",
                          "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields")}
META.update({"labels": "map", "annotations": "map"})
RESOURCES = {"limits": "map", "requests": "map", "claims": None}
CONTAINER = {k: None for k in (
    "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resizePolicy",
    "restartPolicy", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe",
    "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy",
    "securityContext", "stdin", "stdinOnce", "tty")}
CONTAINER["resources"] = RESOURCES
POD_SPEC = {k: None for k in (
    "volumes", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds",
    "activeDeadlineSeconds", "dnsPolicy", "serviceAccountName", "serviceAccount",
    "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace",
    "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName",
    "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates",
    "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints",
    "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates", "resourceClaims", "resources")}
POD_SPEC.update({"containers": [CONTAINER], "initContainers": [CONTAINER], "nodeSelector": "map"})
TEMPLATE = {"metadata": META, "spec": POD_SPEC}
JOB_SPEC = {k: None for k in (
    "parallelism", "completions", "activeDeadlineSeconds", "podFailurePolicy", "successPolicy",
    "backoffLimit", "backoffLimitPerIndex", "maxFailedIndexes", "selector", "manualSelector",
    "ttlSecondsAfterFinished", "completionMode", "suspend", "podReplacementPolicy", "managedBy")}
JOB_SPEC["template"] = TEMPLATE
TOP = {"apiVersion": None, "kind": None, "metadata": META, "status": None}
SCHEMAS = {
    "Pod": dict(TOP, spec=POD_SPEC),
    "Job": dict(TOP, spec=JOB_SPEC),
    "Namespace": dict(TOP, spec=None),
    "Node": dict(TOP, spec=None),
    "Event": dict(TOP, **{k: None for k in (
        "involvedObject", "reason", "message", "source", "firstTimestamp", "lastTimestamp", "count", "type",
        "eventTime", "series", "action", "related", "reportingComponent", "reportingInstance")}),
}
for _k in ("Workload", "LocalQueue", "ClusterQueue", "ResourceFlavor"):
    SCHEMAS[_k] = dict(TOP, spec=None)


def prune_unknown(obj, kind):
    """Drop unknown fields like the decoder does; return their paths ('spec.foo', '.spec.x[0].y')."""
    schema = SCHEMAS.get(kind)
    found = []
    if schema is not None and isinstance(obj, dict):
        _prune(obj, schema, "", found)
    return found


def _prune(node, schema, path, found):
    if schema is None or schema == "map":
        return
    if isinstance(schema, list):
        if isinstance(node, list):
            for i, item in enumerate(node):
                _prune(item, schema[0], "%s[%d]" % (path, i), found)
        return
    if not isinstance(node, dict):
        return
    for k in list(node.keys()):
        p = "%s.%s" % (path, k) if path else k
        if k not in schema:
            found.append(p)
            del node[k]
        else:
            _prune(node[k], schema[k], p, found)


def check_quantities(obj, kind, api_version):
    """Quantities are parsed while decoding: a bad one fails the whole request with 400."""
    for spec in _pod_specs(obj, kind):
        for c in (spec.get("containers") or []) + (spec.get("initContainers") or []):
            res = (c or {}).get("resources") or {}
            for part in ("limits", "requests"):
                for v in (res.get(part) or {}).values():
                    try:
                        quantity.parse(v)
                    except ValueError as e:
                        raise errors.bad_request('%s in version "%s" cannot be handled as a %s: %s'
                                                 % (kind, api_version.split("/")[-1], kind, e))


def _pod_specs(obj, kind):
    spec = obj.get("spec") or {}
    if kind == "Pod":
        return [spec] if isinstance(spec, dict) else []
    if kind == "Job":
        t = (spec.get("template") or {}).get("spec")
        return [t] if isinstance(t, dict) else []
    return []


# ---------------------------------------------------------------------------------------------------
# Defaulting (SetDefaults_* in k8s.io/kubernetes/pkg/apis/*/v1/defaults.go, the parts clients see).
def default_container(c):
    c.setdefault("terminationMessagePath", "/dev/termination-log")
    c.setdefault("terminationMessagePolicy", "File")
    img = c.get("image") or ""
    tag_latest = ":" not in img.rsplit("/", 1)[-1] or img.endswith(":latest")
    if "@" in img:
        tag_latest = False
    c.setdefault("imagePullPolicy", "Always" if tag_latest else "IfNotPresent")
    res = c.setdefault("resources", {})
    lim = res.get("limits") or {}
    if lim:
        req = res.setdefault("requests", {})
        for k, v in lim.items():
            req.setdefault(k, v)


def default_pod_spec(spec, in_template=False):
    if not in_template:
        spec.setdefault("restartPolicy", "Always")
    spec.setdefault("terminationGracePeriodSeconds", 30)
    spec.setdefault("dnsPolicy", "ClusterFirst")
    spec.setdefault("securityContext", {})
    spec.setdefault("schedulerName", "default-scheduler")
    for c in (spec.get("containers") or []) + (spec.get("initContainers") or []):
        if isinstance(c, dict):
            default_container(c)


def default_pod(pod):
    spec = pod.setdefault("spec", {})
    default_pod_spec(spec)
    spec.setdefault("serviceAccountName", "default")
    spec.setdefault("serviceAccount", spec["serviceAccountName"])
    spec.setdefault("enableServiceLinks", True)
    spec.setdefault("preemptionPolicy", "PreemptLowerPriority")
    spec.setdefault("priority", 0)
    tol = spec.setdefault("tolerations", [])
    # DefaultTolerationSeconds admission plugin.
    for key in ("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"):
        if not any(t.get("key") == key for t in tol):
            tol.append({"key": key, "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300})
    pod["status"] = {"phase": "Pending", "qosClass": qos_class(spec)}


def qos_class(spec):
    cs = spec.get("containers") or []
    any_set = False
    guaranteed = True
    for c in cs:
        res = c.get("resources") or {}
        lim, req = res.get("limits") or {}, res.get("requests") or {}
        if lim or req:
            any_set = True
        for r in ("cpu", "memory"):
            if r not in lim or quantity.try_parse(req.get(r, lim.get(r))) != quantity.try_parse(lim.get(r)):
                guaranteed = False
    if not any_set:
        return "BestEffort"
    return "Guaranteed" if guaranteed else "Burstable"


def default_job(job):
    spec = job.setdefault("spec", {})
    uid = job["metadata"]["uid"]
    name = job["metadata"]["name"]
    if spec.get("completions") is None and spec.get("parallelism") is None:
        spec["completions"] = 1
        spec["parallelism"] = 1
    spec.setdefault("parallelism", 1)
    spec.setdefault("backoffLimit", 6)
    spec.setdefault("completionMode", "NonIndexed")
    spec.setdefault("suspend", False)
    spec.setdefault("podReplacementPolicy", "TerminatingOrFailed")
    if not spec.get("manualSelector"):
        spec["selector"] = {"matchLabels": {"batch.kubernetes.io/controller-uid": uid}}
    tmpl = spec.setdefault("template", {})
    md = tmpl.setdefault("metadata", {})
    labels = md.setdefault("labels", {})
    labels.update({"batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": name,
                   "controller-uid": uid, "job-name": name})
    default_pod_spec(tmpl.setdefault("spec", {}), in_template=True)
    if not job["metadata"].get("labels"):
        job["metadata"]["labels"] = dict(labels)  # SetDefaults_Job: labels default to the template's
    job["status"] = {}


# ---------------------------------------------------------------------------------------------------
# Validation. Each cause: (reason, field, message).
def _req(field, detail=""):
    return ("FieldValueRequired", field, "Required value" + (": " + detail if detail else ""))


def _inv(field, value, detail):
    v = '"%s"' % value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else value
    return ("FieldValueInvalid", field, "Invalid value: %s: %s" % (v, detail))


def _unsup(field, value, supported):
    return ("FieldValueNotSupported", field, 'Unsupported value: "%s": supported values: %s'
            % (value, ", ".join('"%s"' % s for s in supported)))


def validate_meta(md, namespaced, max_len=253):
    causes = []
    name = md.get("name")
    if not name and not md.get("generateName"):
        causes.append(_req("metadata.name", "name or generateName is required"))
    elif name:
        if not re.fullmatch(DNS1123_SUB, name):
            causes.append(_inv("metadata.name", name, SUB_MSG))
        if len(name) > max_len:
            causes.append(_inv("metadata.name", name, "must be no more than %d characters" % max_len))
    for k, v in (md.get("labels") or {}).items():
        if not isinstance(v, str) or len(v) > 63 or (v and not re.fullmatch(r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?"
                                                                         r"[A-Za-z0-9])?", v)):
            causes.append(_inv("metadata.labels", v, "a valid label must be an empty string or consist of "
                               "alphanumeric characters, '-', '_' or '.', and must start and end with an "
                               "alphanumeric character"))
    return causes


def validate_pod_spec(spec, path, job=False):
    causes = []
    cs = spec.get("containers")
    if not cs:
        causes.append(_req(path + ".containers"))
    names = set()
    for kind in ("initContainers", "containers"):
        for i, c in enumerate(spec.get(kind) or []):
            p = "%s.%s[%d]" % (path, kind, i)
            if not isinstance(c, dict):
                causes.append(_inv(p, str(c), "must be an object"))
                continue
            n = c.get("name")
            if not n:
                causes.append(_req(p + ".name"))
            elif not re.fullmatch(DNS1123_LABEL, n) or len(n) > 63:
                causes.append(_inv(p + ".name", n, LABEL_MSG))
            elif n in names:
                causes.append(("FieldValueDuplicate", p + ".name", 'Duplicate value: "%s"' % n))
            names.add(n)
            if not c.get("image"):
                causes.append(_req(p + ".image"))
            ipp = c.get("imagePullPolicy")
            if ipp and ipp not in ("Always", "IfNotPresent", "Never"):
                causes.append(_unsup(p + ".imagePullPolicy", ipp, ["Always", "IfNotPresent", "Never"]))
            causes += _validate_resources(c.get("resources") or {}, p + ".resources")
    rp = spec.get("restartPolicy")
    if job:
        if not rp:
            causes.append(_req(path + ".restartPolicy", 'valid values: "OnFailure", "Never"'))
        elif rp not in ("OnFailure", "Never"):
            causes.append(_unsup(path + ".restartPolicy", rp, ["OnFailure", "Never"]))
    elif rp not in ("Always", "OnFailure", "Never"):
        causes.append(_unsup(path + ".restartPolicy", rp, ["Always", "OnFailure", "Never"]))
    for k, v in (spec.get("nodeSelector") or {}).items():
        if not isinstance(v, str):
            causes.append(_inv(path + ".nodeSelector", v, "must be a string"))
    for i, t in enumerate(spec.get("tolerations") or []):
        op = t.get("operator", "Equal")
        if op not in ("Equal", "Exists"):
            causes.append(_unsup("%s.tolerations[%d].operator" % (path, i), op, ["Equal", "Exists"]))
        if op == "Exists" and t.get("value"):
            causes.append(_inv("%s.tolerations[%d].operator" % (path, i), t.get("value"),
                               "value must be empty when `operator` is 'Exists'"))
        eff = t.get("effect")
        if eff and eff not in ("NoSchedule", "PreferNoSchedule", "NoExecute"):
            causes.append(_unsup("%s.tolerations[%d].effect" % (path, i), eff,
                                 ["NoExecute", "NoSchedule", "PreferNoSchedule"]))
    return causes


def _validate_resources(res, path):
    causes = []
    lim = res.get("limits") or {}
    req = res.get("requests") or {}
    for part, vals in (("limits", lim), ("requests", req)):
        for k, v in vals.items():
            q = quantity.try_parse(v)
            if q < 0:
                causes.append(_inv("%s.%s[%s]" % (path, part, k), str(v), "must be greater than or equal to 0"))
            if "/" in k and not k.startswith("kubernetes.io/") and q.denominator != 1:
                causes.append(_inv("%s.%s[%s]" % (path, part, k), str(v), "must be an integer"))
    for k, v in req.items():
        if k in lim and quantity.try_parse(v) > quantity.try_parse(lim[k]):
            causes.append(_inv("%s.requests" % path, str(v), "must be less than or equal to %s limit of %s"
                               % (k, lim[k])))
        if "/" in k and not k.startswith("kubernetes.io/"):
            if k not in lim:
                causes.append(("FieldValueRequired", "%s.limits" % path,
                               "Required value: Limit must be set for non overcommitable resources"))
            elif quantity.try_parse(v) != quantity.try_parse(lim[k]):
                causes.append(_inv("%s.requests[%s]" % (path, k), str(v), "must be equal to %s limit of %s"
                                   % (k, lim[k])))
    return causes


def _nonneg(spec, field, path):
    v = spec.get(field)
    if v is not None and (not isinstance(v, int) or v < 0):
        return [_inv("%s.%s" % (path, field), v, "must be greater than or equal to 0")]
    return []


def validate_job(job):
    causes = validate_meta(job.get("metadata") or {}, True, max_len=63)
    spec = job.get("spec") or {}
    for f in ("parallelism", "completions", "backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"):
        causes += _nonneg(spec, f, "spec")
    cm = spec.get("completionMode", "NonIndexed")
    if cm not in ("NonIndexed", "Indexed"):
        causes.append(_unsup("spec.completionMode", cm, ["NonIndexed", "Indexed"]))
    if cm == "Indexed" and spec.get("completions") is None:
        causes.append(_req("spec.completions", "when completion mode is Indexed"))
    tmpl = spec.get("template")
    if not isinstance(tmpl, dict) or not isinstance(tmpl.get("spec"), dict):
        causes.append(_req("spec.template.spec.containers"))
    else:
        causes += validate_pod_spec(tmpl["spec"], "spec.template.spec", job=True)
    return causes


def validate_pod(pod):
    causes = validate_meta(pod.get("metadata") or {}, True)
    spec = pod.get("spec")
    if not isinstance(spec, dict):
        return causes + [_req("spec.containers")]
    return causes + validate_pod_spec(spec, "spec")


def validate_generic(obj):
    return validate_meta(obj.get("metadata") or {}, False)


VALIDATORS = {"Job": validate_job, "Pod": validate_pod}


def validate(kind, obj):
    return VALIDATORS.get(kind, validate_generic)(obj)


def job_update_causes(old, new):
    """Job spec fields that are immutable after creation (template while not suspended, selector...)."""
    causes = []
    os_, ns_ = old.get("spec") or {}, new.get("spec") or {}
    if os_.get("completions") != ns_.get("completions"):
        causes.append(_inv("spec.completions", ns_.get("completions"), "field is immutable"))
    if os_.get("selector") != ns_.get("selector"):
        causes.append(_inv("spec.selector", "", "field is immutable"))
    if os_.get("template") != ns_.get("template") and not os_.get("suspend"):
        causes.append(_inv("spec.template", "", "field is immutable"))
    return causes
