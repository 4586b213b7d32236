"""Server-side printing (meta.k8s.io/v1 Table), with the columns kubectl shows for each type."""
import time

from .clock import parse_iso


def human_duration(sec):
    """k8s.io/apimachinery/pkg/util/duration.HumanDuration."""
    sec = int(sec)
    if sec < -1:
        return "<invalid>"
    if sec < 0:
        return "0s"
    if sec < 120:
        return "%ds" % sec
    m = sec // 60
    if m < 10:
        s = sec % 60
        return "%dm%ds" % (m, s) if s else "%dm" % m
    if m < 180:
        return "%dm" % m
    h = sec // 3600
    if h < 8:
        m = (sec // 60) % 60
        return "%dh%dm" % (h, m) if m else "%dh" % h
    if h < 48:
        return "%dh" % h
    if h < 24 * 8:
        hh = h % 24
        return "%dd%dh" % (h // 24, hh) if hh else "%dd" % (h // 24)
    if h < 24 * 365 * 2:
        return "%dd" % (h // 24)
    if h < 24 * 365 * 8:
        dy = (h // 24) % 365
        return "%dy%dd" % (h // 24 // 365, dy) if dy else "%dy" % (h // 24 // 365)
    return "%dy" % (h // 24 // 365)


def age(ts):
    t = parse_iso(ts)
    return "<unknown>" if t is None else human_duration(time.time() - t)


def _col(name, typ="string", fmt="", prio=0, desc=""):
    return {"name": name, "type": typ, "format": fmt, "description": desc or name, "priority": prio}


def pod_status_reason(pod):
    """The STATUS column of kubectl get pods (printPod in pkg/printers/internalversion)."""
    st = pod.get("status") or {}
    reason = st.get("reason") or st.get("phase") or "Unknown"
    for cs in st.get("initContainerStatuses") or []:
        s = cs.get("state") or {}
        if "terminated" in s and s["terminated"].get("exitCode", 0) != 0:
            reason = "Init:" + (s["terminated"].get("reason") or "Error")
            break
        if "waiting" in s and s["waiting"].get("reason") not in (None, "PodInitializing"):
            reason = "Init:" + s["waiting"]["reason"]
            break
    else:
        for cs in reversed(st.get("containerStatuses") or []):
            s = cs.get("state") or {}
            if "waiting" in s and s["waiting"].get("reason"):
                reason = s["waiting"]["reason"]
            elif "terminated" in s:
                t = s["terminated"]
                reason = t.get("reason") or ("Signal:%d" % t["signal"] if t.get("signal") else
                                             "ExitCode:%d" % t.get("exitCode", 0))
        if reason == "Completed" and st.get("phase") == "Running":
            reason = "Running"
    if pod["metadata"].get("deletionTimestamp"):
        reason = "Terminating"
    elif st.get("phase") == "Pending" and not st.get("containerStatuses") and \
            any(c.get("type") == "PodScheduled" and c.get("status") == "False" for c in st.get("conditions") or []):
        reason = "Pending"
    return reason


def _pod(pod):
    st = pod.get("status") or {}
    cs = st.get("containerStatuses") or []
    total = len((pod.get("spec") or {}).get("containers") or [])
    ready = sum(1 for c in cs if c.get("ready"))
    restarts = sum(c.get("restartCount", 0) for c in cs)
    return ["%d/%d" % (ready, total), pod_status_reason(pod), restarts,
            age(pod["metadata"].get("creationTimestamp")), st.get("podIP") or "<none>",
            (pod.get("spec") or {}).get("nodeName") or "<none>", st.get("nominatedNodeName") or "<none>",
            "<none>"]


def _node(node):
    st = node.get("status") or {}
    conds = {c["type"]: c["status"] for c in st.get("conditions") or []}
    ready = conds.get("Ready")
    status = "Ready" if ready == "True" else "NotReady" if ready else "Unknown"
    if (node.get("spec") or {}).get("unschedulable"):
        status += ",SchedulingDisabled"
    labels = node["metadata"].get("labels") or {}
    roles = sorted(k.split("/", 1)[1] for k in labels if k.startswith("node-role.kubernetes.io/"))
    if labels.get("kubernetes.io/role"):
        roles.append(labels["kubernetes.io/role"])
    info = st.get("nodeInfo") or {}
    addrs = {a["type"]: a["address"] for a in st.get("addresses") or []}
    return [status, ",".join(roles) or "<none>", age(node["metadata"].get("creationTimestamp")),
            info.get("kubeletVersion", ""), addrs.get("InternalIP", "<none>"), addrs.get("ExternalIP", "<none>"),
            info.get("osImage", "<unknown>"), info.get("kernelVersion", "<unknown>"),
            info.get("containerRuntimeVersion", "<unknown>")]


def _job(job):
    spec, st = job.get("spec") or {}, job.get("status") or {}
    conds = {c["type"]: c for c in st.get("conditions") or [] if c.get("status") == "True"}
    if "Failed" in conds:
        status = "Failed"
    elif "Complete" in conds:
        status = "Complete"
    elif "FailureTarget" in conds:
        status = "FailureTarget"
    elif "SuccessCriteriaMet" in conds:
        status = "SuccessCriteriaMet"
    elif spec.get("suspend"):
        status = "Suspended"
    else:
        status = "Running"
    comp = spec.get("completions")
    completions = "%d/%d" % (st.get("succeeded", 0), comp) if comp is not None else "%d/1 of %d" % (
        st.get("succeeded", 0), spec.get("parallelism", 1))
    dur = ""
    start = parse_iso(st.get("startTime"))
    if start:
        end = parse_iso(st.get("completionTime")) or time.time()
        dur = human_duration(end - start)
    cs = ((spec.get("template") or {}).get("spec") or {}).get("containers") or []
    sel = (spec.get("selector") or {}).get("matchLabels") or {}
    return [status, completions, dur, age(job["metadata"].get("creationTimestamp")),
            ",".join(c.get("name", "") for c in cs), ",".join(c.get("image", "") for c in cs),
            ",".join("%s=%s" % kv for kv in sorted(sel.items()))]


def _event(ev):
    last = ev.get("lastTimestamp") or ev.get("eventTime") or ev["metadata"].get("creationTimestamp")
    io = ev.get("involvedObject") or {}
    return [age(last), ev.get("type", ""), ev.get("reason", ""),
            "%s/%s" % ((io.get("kind") or "").lower(), io.get("name", "")), ev.get("message", "")]


def _namespace(ns):
    return [(ns.get("status") or {}).get("phase", "Active"), age(ns["metadata"].get("creationTimestamp"))]


def _cond(obj, typ):
    for c in (obj.get("status") or {}).get("conditions") or []:
        if c.get("type") == typ:
            return c.get("status")
    return ""


def _workload(wl):
    st = wl.get("status") or {}
    adm = st.get("admission") or {}
    return [wl["spec"].get("queueName", ""), adm.get("clusterQueue", ""), _cond(wl, "Admitted"),
            _cond(wl, "Finished"), age(wl["metadata"].get("creationTimestamp"))]


def _lq(lq):
    st = lq.get("status") or {}
    return [lq["spec"].get("clusterQueue", ""), st.get("pendingWorkloads", 0), st.get("admittedWorkloads", 0),
            age(lq["metadata"].get("creationTimestamp"))]


def _cq(cq):
    st = cq.get("status") or {}
    return [cq["spec"].get("cohort", ""), cq["spec"].get("queueingStrategy", "BestEffortFIFO"),
            st.get("pendingWorkloads", 0), st.get("admittedWorkloads", 0),
            age(cq["metadata"].get("creationTimestamp"))]


def _pc(pc):
    return [pc.get("value", 0), str(bool(pc.get("globalDefault", False))).lower(),
            age(pc["metadata"].get("creationTimestamp")), pc.get("preemptionPolicy", "PreemptLowerPriority")]


def _rf(rf):
    return [age(rf["metadata"].get("creationTimestamp"))]


NAME = _col("Name", fmt="name", desc="Name must be unique within a namespace.")
TABLES = {
    "pods": ([NAME, _col("Ready"), _col("Status"), _col("Restarts", "string"), _col("Age"),
              _col("IP", prio=1), _col("Node", prio=1), _col("Nominated Node", prio=1),
              _col("Readiness Gates", prio=1)], _pod),
    "nodes": ([NAME, _col("Status"), _col("Roles"), _col("Age"), _col("Version"), _col("Internal-IP", prio=1),
               _col("External-IP", prio=1), _col("OS-Image", prio=1), _col("Kernel-Version", prio=1),
               _col("Container-Runtime", prio=1)], _node),
    "jobs": ([NAME, _col("Status"), _col("Completions"), _col("Duration"), _col("Age"),
              _col("Containers", prio=1), _col("Images", prio=1), _col("Selector", prio=1)], _job),
    "events": ([_col("Last Seen"), _col("Type"), _col("Reason"), _col("Object"), _col("Message")], _event),
    "namespaces": ([NAME, _col("Status"), _col("Age")], _namespace),
    "workloads": ([NAME, _col("Queue"), _col("Reserved in"), _col("Admitted"), _col("Finished"), _col("Age")],
                  _workload),
    "localqueues": ([NAME, _col("ClusterQueue"), _col("Pending Workloads", "integer"),
                     _col("Admitted Workloads", "integer"), _col("Age")], _lq),
    "clusterqueues": ([NAME, _col("Cohort"), _col("Strategy", prio=1), _col("Pending Workloads", "integer"),
                       _col("Admitted Workloads", "integer"), _col("Age")], _cq),
    "resourceflavors": ([NAME, _col("Age")], _rf),
    "priorityclasses": ([NAME, _col("Value", "integer"), _col("Global-Default", "boolean"), _col("Age"),
                         _col("PreemptionPolicy")], _pc),
}


def row(rd, obj, include="Metadata"):
    cols, fn = TABLES[rd.plural]
    cells = fn(obj)
    if rd.plural == "events":
        cells = cells  # events have no Name column
    else:
        cells = [obj["metadata"]["name"]] + cells
    r = {"cells": cells}
    if include == "Object":
        r["object"] = obj
    elif include != "None":
        r["object"] = {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                       "metadata": obj["metadata"]}
    return r


def table(rd, objs, list_meta, include="Metadata", with_columns=True):
    cols = TABLES[rd.plural][0]
    return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": list_meta,
            "columnDefinitions": cols if with_columns else None,
            "rows": [row(rd, o, include) for o in objs]}
