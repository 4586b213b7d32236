"""A minimal OpenAPI v3 discovery: enough for clients to see that the server validates fields.

kubectl (1.27+) looks up the PATCH operation of a kind (x-kubernetes-group-version-kind) in
/openapi/v3/<gv> and, when it lists the `fieldValidation` parameter, sends fieldValidation=Strict
and leaves validation to the server. Schemas are not published (kubectl explain does not work).
"""
import hashlib
import json

from . import resources

PARAMS = [{"name": n, "in": "query", "description": n, "schema": {"type": "string", "uniqueItems": True}}
          for n in ("dryRun", "fieldManager", "fieldValidation", "pretty")]


def _gv_path(group, version):
    return "api/v1" if not group else "apis/%s/%s" % (group, version)


def gv_doc(group, version):
    paths = {}
    for rd in resources.RESOURCES:
        if rd.group != group or rd.version != version:
            continue
        base = "/" + _gv_path(group, version)
        coll = base + ("/namespaces/{namespace}/" if rd.namespaced else "/") + rd.plural
        gvk = {"group": group, "version": version, "kind": rd.kind}
        op = lambda verb: {"tags": [rd.kind], "operationId": "%s%s" % (verb, rd.kind), "parameters": PARAMS,
                           "responses": {"200": {"description": "OK"}}, "x-kubernetes-action": verb,
                           "x-kubernetes-group-version-kind": gvk}
        paths[coll] = {"get": op("list"), "post": op("post")}
        paths[coll + "/{name}"] = {"get": op("get"), "put": op("put"), "patch": op("patch"),
                                   "delete": op("delete")}
    return {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.31.4"}, "paths": paths,
            "components": {"schemas": {}}}


def root():
    gvs = [("", "v1")] + [gv for gv in resources.groups()
                          if gv[0] != resources.VISIBILITY and gv not in resources.REVIEW_RESOURCES]
    out = {}
    for g, v in gvs:
        h = hashlib.sha512(json.dumps(gv_doc(g, v), sort_keys=True).encode()).hexdigest()[:64].upper()
        out[_gv_path(g, v)] = {"serverRelativeURL": "/openapi/v3/%s?hash=%s" % (_gv_path(g, v), h)}
    return {"paths": out}


def lookup(parts):
    """parts after 'openapi/v3'."""
    if not parts:
        return root()
    if parts == ["api", "v1"]:
        return gv_doc("", "v1")
    if len(parts) == 3 and parts[0] == "apis":
        for g, v in resources.groups():
            if (g, v) == (parts[1], parts[2]) and g != resources.VISIBILITY and \
                    (g, v) not in resources.REVIEW_RESOURCES:
                return gv_doc(g, v)
    return None
