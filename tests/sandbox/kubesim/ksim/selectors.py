"""Label and field selectors as the apiserver parses them (labels.Parse, fields.ParseSelector)."""
import re

from .errors import bad_request

_KEY = r"[A-Za-z0-9](?:[-A-Za-z0-9_./]*[A-Za-z0-9])?"


def _split_top(s):
    """Split on commas that are not inside parentheses."""
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def parse_label_selector(s):
    """Return a list of (key, op, values). ops: =, !=, in, notin, exists, !exists."""
    reqs = []
    if not s:
        return reqs
    for part in _split_top(s):
        m = re.match(r"^(%s)\s+(in|notin)\s+\((.*)\)$" % _KEY, part)
        if m:
            vals = [v.strip() for v in m.group(3).split(",") if v.strip()]
            reqs.append((m.group(1), m.group(2), vals))
            continue
        m = re.match(r"^!\s*(%s)$" % _KEY, part)
        if m:
            reqs.append((m.group(1), "!exists", []))
            continue
        m = re.match(r"^(%s)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$" % _KEY, part)
        if m:
            op = "!=" if m.group(2) == "!=" else "="
            reqs.append((m.group(1), op, [m.group(3)]))
            continue
        m = re.match(r"^(%s)$" % _KEY, part)
        if m:
            reqs.append((m.group(1), "exists", []))
            continue
        raise bad_request('unable to parse requirement: found \'%s\', expected: \'=\', \'!=\', \'==\', \'in\', notin\''
                          % part)
    return reqs


def match_labels(reqs, labels):
    labels = labels or {}
    for key, op, vals in reqs:
        has = key in labels
        v = labels.get(key)
        if op == "=" and (not has or v != vals[0]):
            return False
        if op == "!=" and has and v == vals[0]:
            return False
        if op == "in" and (not has or v not in vals):
            return False
        if op == "notin" and has and v in vals:
            return False
        if op == "exists" and not has:
            return False
        if op == "!exists" and has:
            return False
    return True


def match_label_selector_obj(sel, labels):
    """metav1.LabelSelector {matchLabels, matchExpressions} against labels."""
    if sel is None:
        return False
    labels = labels or {}
    for k, v in (sel.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for e in sel.get("matchExpressions") or []:
        op = e.get("operator")
        k = e.get("key")
        vals = e.get("values") or []
        if op == "In" and labels.get(k) not in vals:
            return False
        if op == "NotIn" and k in labels and labels[k] in vals:
            return False
        if op == "Exists" and k not in labels:
            return False
        if op == "DoesNotExist" and k in labels:
            return False
    return True


# Field selectors supported per resource, as the real server's field label conversion functions allow.
FIELDS = {
    "pods": ["metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy",
             "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase",
             "status.podIP", "status.nominatedNodeName"],
    "events": ["metadata.name", "metadata.namespace", "involvedObject.kind", "involvedObject.namespace",
               "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
               "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent",
               "source", "type"],
    "nodes": ["metadata.name", "spec.unschedulable"],
    "namespaces": ["metadata.name", "status.phase"],
    "jobs": ["metadata.name", "metadata.namespace", "status.successful"],
}


def parse_field_selector(s, plural, kind, api_version):
    reqs = []
    if not s:
        return reqs
    allowed = FIELDS.get(plural, ["metadata.name", "metadata.namespace"])
    for part in _split_top(s):
        m = re.match(r"^([A-Za-z0-9_.]+)\s*(==|=|!=)\s*(.*)$", part)
        if not m:
            raise bad_request("invalid selector: '%s'; can't understand '%s'" % (s, part))
        field = m.group(1)
        if field not in allowed:
            raise bad_request('field label not supported: %s' % field)
        reqs.append((field, "!=" if m.group(2) == "!=" else "=", m.group(3)))
    return reqs


def _field_value(obj, field):
    if field == "source":
        return (obj.get("source") or {}).get("component", "")
    if field == "status.successful":
        return str((obj.get("status") or {}).get("succeeded", 0))
    cur = obj
    for p in field.split("."):
        if not isinstance(cur, dict):
            return ""
        cur = cur.get(p)
    if cur is None:
        return ""
    if isinstance(cur, bool):
        return "true" if cur else "false"
    return str(cur)


def match_fields(reqs, obj):
    for field, op, val in reqs:
        v = _field_value(obj, field)
        if op == "=" and v != val:
            return False
        if op == "!=" and v == val:
            return False
    return True
