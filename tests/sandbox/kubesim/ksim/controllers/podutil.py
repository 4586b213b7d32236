"""Small helpers shared by the controllers."""

from ..clock import now_iso


def is_terminal(pod):
    return (pod.get("status") or {}).get("phase") in ("Succeeded", "Failed")


def set_condition(conds, typ, status, reason=None, message=None, now=None, kueue=False, generation=None):
    """Upsert a condition; lastTransitionTime changes only when status flips. Returns True if changed."""
    now = now or now_iso()
    for c in conds:
        if c.get("type") == typ:
            changed = c.get("status") != status
            new = dict(c)
            new["status"] = status
            if reason is not None:
                new["reason"] = reason
            if message is not None:
                new["message"] = message
            if changed:
                new["lastTransitionTime"] = now
                if "lastProbeTime" in c or not kueue:
                    new.setdefault("lastProbeTime", None)
            if generation is not None:
                new["observedGeneration"] = generation
            if new != c:
                c.clear()
                c.update(new)
                return True
            return False
    c = {"type": typ, "status": status, "lastTransitionTime": now}
    if not kueue:
        c["lastProbeTime"] = None
    if reason is not None:
        c["reason"] = reason
    if message is not None:
        c["message"] = message
    if generation is not None:
        c["observedGeneration"] = generation
    conds.append(c)
    return True


def get_condition(obj, typ):
    for c in (obj.get("status") or {}).get("conditions") or []:
        if c.get("type") == typ:
            return c
    return None


def cond_true(obj, typ):
    c = get_condition(obj, typ)
    return bool(c and c.get("status") == "True")


def controller_of(obj):
    for r in obj["metadata"].get("ownerReferences") or []:
        if r.get("controller"):
            return r
    return None


def owner_ref(obj, controller=True):
    return {"apiVersion": obj["apiVersion"], "kind": obj["kind"], "name": obj["metadata"]["name"],
            "uid": obj["metadata"]["uid"], "controller": controller, "blockOwnerDeletion": True}


def tolerates(tolerations, taint):
    for t in tolerations or []:
        if t.get("effect") and t["effect"] != taint.get("effect"):
            continue
        op = t.get("operator", "Equal")
        if not t.get("key") and op == "Exists":
            return True
        if t.get("key") != taint.get("key"):
            continue
        if op == "Exists" or t.get("value", "") == taint.get("value", ""):
            return True
    return False


def match_node_selector_terms(terms, labels):
    if not terms:
        return True
    for term in terms:
        ok = True
        for e in term.get("matchExpressions") or []:
            k, op, vals = e.get("key"), e.get("operator"), e.get("values") or []
            v = labels.get(k)
            if op == "In" and v not in vals:
                ok = False
            elif op == "NotIn" and v in vals:
                ok = False
            elif op == "Exists" and k not in labels:
                ok = False
            elif op == "DoesNotExist" and k in labels:
                ok = False
            elif op in ("Gt", "Lt"):
                try:
                    a, b = int(v), int(vals[0])
                    ok = ok and (a > b if op == "Gt" else a < b)
                except (TypeError, ValueError, IndexError):
                    ok = False
        for e in term.get("matchFields") or []:
            pass
        if ok:
            return True
    return False


def pod_matches_labels(spec, labels):
    for k, v in (spec.get("nodeSelector") or {}).items():
        if labels.get(k) != v:
            return False
    aff = (((spec.get("affinity") or {}).get("nodeAffinity") or {})
           .get("requiredDuringSchedulingIgnoredDuringExecution") or {})
    return match_node_selector_terms(aff.get("nodeSelectorTerms"), labels)


def parse_duration(s):
    """'600s', '10m', '1h30m', '90' → seconds."""
    if s is None:
        return None
    s = str(s).strip()
    try:
        return float(s)
    except ValueError:
        pass
    total, num = 0.0, ""
    units = {"h": 3600, "m": 60, "s": 1}
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
        elif ch in units and num:
            total += float(num) * units[ch]
            num = ""
        else:
            return None
    return total if not num else None
