"""JSON merge patch (RFC 7386), strategic merge patch (the common cases) and JSON patch (RFC 6902)."""
import copy
import json

from . import errors

# patchMergeKey of list fields in the types the simulator serves (from the Go struct tags).
MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name", "volumes": "name",
    "env": "name", "ports": "containerPort", "volumeMounts": "mountPath", "volumeDevices": "devicePath",
    "imagePullSecrets": "name", "ownerReferences": "uid", "conditions": "type", "hostAliases": "ip",
    "readinessGates": "conditionType", "resourceClaims": "name", "schedulingGates": "name",
    "topologySpreadConstraints": "topologyKey", "containerStatuses": "name",
    "initContainerStatuses": "name", "addresses": "type", "podIPs": "ip", "finalizers": None,
}


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    out = dict(target)
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def strategic_merge_patch(target, patch, field=None):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if patch.get("$patch") == "replace":
        p = dict(patch)
        p.pop("$patch")
        return copy.deepcopy(p)
    if patch.get("$patch") == "delete":
        return None
    if not isinstance(target, dict):
        target = {}
    out = dict(target)
    for k, v in patch.items():
        if k.startswith("$setElementOrder/") or k in ("$retainKeys",):
            continue
        if k.startswith("$deleteFromPrimitiveList/"):
            name = k.split("/", 1)[1]
            out[name] = [x for x in out.get(name) or [] if x not in v]
            continue
        if v is None:
            out.pop(k, None)
        elif isinstance(v, list) and k in MERGE_KEYS and MERGE_KEYS[k] and isinstance(out.get(k), list):
            out[k] = _merge_list(out[k], v, MERGE_KEYS[k])
        elif k == "finalizers" and isinstance(v, list):
            cur = list(out.get(k) or [])
            out[k] = cur + [x for x in v if x not in cur]
        elif isinstance(v, dict):
            r = strategic_merge_patch(out.get(k), v, k)
            if r is None:
                out.pop(k, None)
            else:
                out[k] = r
        else:
            out[k] = copy.deepcopy(v)
    return out


def _merge_list(cur, patch, key):
    out = [copy.deepcopy(x) for x in cur]
    for item in patch:
        if not isinstance(item, dict):
            out.append(item)
            continue
        directive = item.get("$patch")
        idx = next((i for i, x in enumerate(out) if isinstance(x, dict) and x.get(key) == item.get(key)), None)
        if directive == "delete":
            if idx is not None:
                out.pop(idx)
            continue
        if idx is None:
            out.append({k: v for k, v in item.items() if k != "$patch"})
        else:
            out[idx] = strategic_merge_patch(out[idx], item)
    return out


def _ptr(path):
    if path == "":
        return []
    if not path.startswith("/"):
        raise errors.ApiError(422, "Invalid", "the server rejected our request due to an error in our request")
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def _walk(doc, parts):
    cur = doc
    for p in parts:
        if isinstance(cur, list):
            cur = cur[int(p)]
        else:
            cur = cur[p]
    return cur


def json_patch(doc, ops):
    doc = copy.deepcopy(doc)
    if not isinstance(ops, list):
        raise errors.bad_request("json: cannot unmarshal object into Go value of type jsonpatch.Patch")
    for op in ops:
        try:
            kind = op["op"]
            parts = _ptr(op["path"])
            parent = _walk(doc, parts[:-1]) if parts else None
            last = parts[-1] if parts else None
            if kind == "test":
                if _walk(doc, parts) != op.get("value"):
                    raise errors.ApiError(422, "Invalid", "the server rejected our request due to an error in "
                                          "our request: testing value %s failed" % op["path"])
                continue
            if kind in ("move", "copy"):
                src = _ptr(op["from"])
                val = copy.deepcopy(_walk(doc, src))
                if kind == "move":
                    sp = _walk(doc, src[:-1])
                    if isinstance(sp, list):
                        sp.pop(int(src[-1]))
                    else:
                        del sp[src[-1]]
                kind, op = "add", {"value": val}
            if kind == "remove":
                if isinstance(parent, list):
                    parent.pop(int(last))
                else:
                    del parent[last]
            elif kind in ("add", "replace"):
                val = copy.deepcopy(op.get("value"))
                if parent is None:
                    doc = val
                elif isinstance(parent, list):
                    if last == "-":
                        parent.append(val)
                    elif kind == "add":
                        parent.insert(int(last), val)
                    else:
                        parent[int(last)] = val
                else:
                    if kind == "replace" and last not in parent:
                        raise KeyError(last)
                    parent[last] = val
            else:
                raise errors.bad_request("Unexpected kind: %s" % kind)
        except errors.ApiError:
            raise
        except (KeyError, IndexError, ValueError, TypeError):
            raise errors.ApiError(422, "Invalid", "the server rejected our request due to an error in our "
                                  "request: jsonpatch %s operation does not apply: doc is missing path: %s"
                                  % (op.get("op"), op.get("path")))
    return doc


def apply(content_type, target, body):
    try:
        patch = json.loads(body or b"null")
    except ValueError as e:
        raise errors.bad_request("error decoding patch: %s" % e)
    if content_type == "application/merge-patch+json":
        if not isinstance(patch, dict):
            raise errors.bad_request("json: cannot unmarshal into Go value: merge patch must be an object")
        return merge_patch(target, patch)
    if content_type == "application/strategic-merge-patch+json":
        if not isinstance(patch, dict):
            raise errors.bad_request("json: cannot unmarshal into Go value: patch must be an object")
        return strategic_merge_patch(target, patch)
    if content_type == "application/json-patch+json":
        return json_patch(target, patch)
    raise errors.unsupported_media(None)
