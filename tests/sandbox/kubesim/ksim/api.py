"""Request handling: routing, authn/authz, and the REST verbs on stored resources."""
import copy
import json
import random
import urllib.parse

from . import errors, openapi, patch, resources, selectors, tables, validation
from .errors import ApiError
from .store import decode_continue, encode_continue, obj_key, sort_key

GEN_CHARS = "bcdfghjklmnpqrstvwxz2456789"
TABLE_CTYPE = "application/json;as=Table;v=v1;g=meta.k8s.io"
JOB_ORPHAN_WARNING = ('299 - "child pods are preserved by default when jobs are deleted; set '
                      'propagationPolicy=Background to remove them or set propagationPolicy=Orphan to '
                      'suppress this warning"')


class Request:
    def __init__(self, method, path, query, headers, body, user=None):
        self.method = method
        self.path = path
        self.query = query  # dict of first values
        self.headers = headers
        self.body = body
        self.user = user

    def q(self, name, default=None):
        return self.query.get(name, default)

    def qint(self, name, default=0):
        v = self.query.get(name)
        if v in (None, ""):
            return default
        try:
            return int(v)
        except ValueError:
            raise errors.bad_request('invalid value for %s: strconv.ParseInt: parsing "%s": invalid syntax' % (name, v))

    def qbool(self, name):
        return (self.query.get(name) or "").lower() in ("1", "true", "t", "yes")


class Response:
    def __init__(self, code, body, headers=None, content_type="application/json"):
        self.code = code
        self.body = body
        self.headers = headers or {}
        self.content_type = content_type


class Stream:
    """A chunked streaming response: `chunks` yields bytes until the stream ends."""

    def __init__(self, chunks, content_type="application/json", headers=None):
        self.chunks = chunks
        self.content_type = content_type
        self.headers = headers or {}


class Target:
    """What a resource path names."""

    def __init__(self, rd, ns, name, sub):
        self.rd, self.ns, self.name, self.sub = rd, ns, name, sub


def parse_resource_path(parts):
    """parts after /api or /apis: e.g. ['v1','namespaces','ns','pods','x','log']."""
    if parts and parts[0] == "v1":
        group, version, rest = "", "v1", parts[1:]
    elif len(parts) >= 2:
        group, version, rest = parts[0], parts[1], parts[2:]
    else:
        return None
    watch = False
    if rest and rest[0] == "watch":
        watch, rest = True, rest[1:]
    ns = None
    if len(rest) >= 3 and rest[0] == "namespaces":
        rd = resources.lookup(group, rest[2])
        if rd is not None and rd.namespaced and rd.version == version:
            ns, rest = rest[1], rest[2:]
        elif group == resources.VISIBILITY:
            ns, rest = rest[1], rest[2:]
    if not rest:
        return None
    if group == resources.VISIBILITY:
        return ("visibility", version, ns, rest)
    rd = resources.lookup(group, rest[0])
    if rd is None or rd.version != version or len(rest) > 3:
        return None
    if rd.namespaced and ns is None and len(rest) > 1:
        return None
    name = rest[1] if len(rest) > 1 else None
    sub = rest[2] if len(rest) > 2 else None
    if sub and sub not in [s[0] for s in rd.subresources]:
        return None
    return Target(rd, ns, name, sub), watch


def wants_table(req):
    acc = req.headers.get("Accept") or ""
    for part in acc.split(","):
        p = [x.strip() for x in part.split(";")]
        params = dict(x.split("=", 1) for x in p[1:] if "=" in x)
        if params.get("as") == "Table" and params.get("g") == "meta.k8s.io":
            return "Table"
        if params.get("as") in ("PartialObjectMetadata", "PartialObjectMetadataList") and \
                params.get("g") == "meta.k8s.io":
            return "Partial"
        if p[0] in ("application/json", "*/*", "application/*", ""):
            return None
    return None


def gen_name(prefix):
    # names.SimpleNameGenerator: the prefix is cut so that the name fits in 63 characters.
    return prefix[:58] + "".join(random.choice(GEN_CHARS) for _ in range(5))


class Api:
    def __init__(self, sim):
        self.sim = sim
        self.store = sim.store

    # ------------------------------------------------------------------------------------------
    def handle(self, req):
        path = req.path.rstrip("/") or "/"
        if path in ("/readyz", "/livez", "/healthz"):
            return Response(200, b"ok", content_type="text/plain; charset=utf-8")
        if path == "/metrics":
            return Response(200, self.sim.metrics.render().encode(), content_type="text/plain; version=0.0.4")
        if path == "/version":
            return Response(200, resources.version_info())
        user = self.sim.authn.authenticate(req.headers.get("Authorization"))
        if user is None:
            raise errors.unauthorized()
        req.user = user
        if path.startswith("/sim/"):
            return self.sim_control(req, path)
        parts = [urllib.parse.unquote(p) for p in path.split("/")[1:]]
        if parts in (["api"], ["apis"]):
            if resources.wants_aggregated(req.headers.get("Accept")):
                return Response(200, resources.aggregated(parts == ["api"]), content_type=resources.AGGREGATED_CTYPE)
            return Response(200, resources.api_versions() if parts == ["api"] else resources.api_group_list())
        if parts[:2] == ["openapi", "v3"]:
            doc = openapi.lookup(parts[2:])
            if doc is not None:
                return Response(200, doc)
        if parts[0] == "openapi":
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        if parts[0] == "api" and len(parts) == 2:
            rl = resources.resource_list("", parts[1])
            if rl:
                return Response(200, rl)
        if parts[0] == "apis" and len(parts) == 2:
            g = resources.api_group(parts[1])
            if g:
                return Response(200, g)
        if parts[0] == "apis" and len(parts) == 3:
            rl = resources.resource_list(parts[1], parts[2])
            if rl:
                return Response(200, rl)
        if parts[0] == "apis" and len(parts) == 4 and (parts[1], parts[2]) in resources.REVIEW_RESOURCES:
            return self.review(req, parts[1], parts[3])
        parsed = parse_resource_path(parts[1:]) if parts[0] in ("api", "apis") else None
        if parts[0] == "api" and parsed is None and len(parts) > 1 and parts[1] != "v1":
            parsed = None
        if parsed is None:
            raise ApiError(404, "NotFound", "the server could not find the requested resource",
                           {"causes": [{"reason": "UnexpectedServerResponse", "message": "404 page not found"}]})
        if parsed[0] == "visibility":
            return self.sim.kueue.visibility(req, *parsed[1:])
        target, legacy_watch = parsed
        if legacy_watch:
            req.query["watch"] = "true"
        return self.dispatch(req, target)

    def review(self, req, group, plural):
        """SelfSubjectAccessReview (kubectl auth can-i) and SelfSubjectReview (kubectl auth whoami)."""
        if req.method != "POST":
            raise errors.method_not_allowed()
        body = self._decode(req, None)
        u = req.user
        if plural == "selfsubjectreviews":
            body["status"] = {"userInfo": {"username": u.name, "uid": u.uid, "groups": u.groups}}
        elif plural == "selfsubjectaccessreviews":
            ra = (body.get("spec") or {}).get("resourceAttributes")
            if not ra:
                allowed, reason = False, "only resourceAttributes are evaluated"
            else:
                allowed = self.sim.authz.allowed(u, ra.get("verb", ""), ra.get("group", ""), ra.get("resource", ""),
                                                 ra.get("namespace") or None, ra.get("subresource") or None,
                                                 ra.get("name") or None)
                reason = "allowed by the platform's RBAC" if allowed else ""
            body["status"] = {"allowed": allowed}
            if reason:
                body["status"]["reason"] = reason
        else:
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        body.setdefault("metadata", {})["creationTimestamp"] = None
        return Response(201, body)

    def sim_control(self, req, path):
        if "system:masters" not in req.user.groups:
            raise errors.forbidden(req.user.name, "update", resources.lookup("", "nodes"), None)
        if path == "/sim/v1/speed":
            if req.method in ("PUT", "POST"):
                val = req.q("value")
                if val is None and req.body:
                    val = json.loads(req.body).get("speed")
                self.sim.set_speed(float(val))
            return Response(200, {"speed": self.sim.clock.speed})
        raise ApiError(404, "NotFound", "the server could not find the requested resource")

    # ------------------------------------------------------------------------------------------
    def dispatch(self, req, t):
        m = req.method
        if t.name is None:
            verb = {"GET": "watch" if req.qbool("watch") else "list", "POST": "create",
                    "DELETE": "deletecollection"}.get(m)
        else:
            verb = {"GET": "watch" if req.qbool("watch") else "get", "PUT": "update", "PATCH": "patch",
                    "DELETE": "delete", "POST": "create"}.get(m)
        if verb is None or (verb not in t.rd.verbs and t.sub is None):
            raise errors.method_not_allowed()
        if t.sub:
            allowed = dict((s[0], s[2]) for s in t.rd.subresources)[t.sub]
            if verb not in allowed:
                raise errors.method_not_allowed()
        if t.rd.namespaced and t.ns is None and verb not in ("list", "watch"):
            raise errors.method_not_allowed()
        check_verb = "list" if verb == "watch" and t.name is None else verb
        if not self.sim.authz.allowed(req.user, check_verb, t.rd.group, t.rd.plural, t.ns, t.sub, t.name):
            raise errors.forbidden(req.user.name, check_verb, t.rd, t.ns, t.name, t.sub)
        if t.ns and verb not in ("delete",) and t.rd.plural != "namespaces" and \
                self.store.get(resources.lookup("", "namespaces"), None, t.ns) is None and verb == "create":
            raise errors.not_found(resources.lookup("", "namespaces"), t.ns)
        if t.sub == "log":
            return self.sim.kubelet.logs(req, t)
        if t.sub in ("binding", "eviction"):
            return self.subresource_post(req, t)
        fn = getattr(self, "do_" + verb)
        return fn(req, t)

    # -- reads ----------------------------------------------------------------------------------
    def do_get(self, req, t):
        obj = self.store.must_get(t.rd, t.ns, t.name)
        fmt = wants_table(req)
        if fmt == "Table":
            return Response(200, tables.table(t.rd, [obj], {"resourceVersion": obj["metadata"]["resourceVersion"]},
                                              req.q("includeObject", "Metadata")), content_type=TABLE_CTYPE)
        if fmt == "Partial":
            return Response(200, {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                                  "metadata": obj["metadata"]})
        return Response(200, obj)

    def _filters(self, req, t):
        lsel = selectors.parse_label_selector(req.q("labelSelector"))
        fsel = selectors.parse_field_selector(req.q("fieldSelector"), t.rd.plural, t.rd.kind, t.rd.api_version)
        return lsel, fsel

    def _match(self, lsel, fsel, obj):
        return selectors.match_labels(lsel, obj["metadata"].get("labels")) and selectors.match_fields(fsel, obj)

    def do_list(self, req, t):
        lsel, fsel = self._filters(req, t)
        limit = req.qint("limit")
        cont = req.q("continue")
        rv_param = req.q("resourceVersion")
        rv_match = req.q("resourceVersionMatch")
        with self.store.lock:
            current = self.store.rv
            if cont:
                if rv_param:
                    raise errors.bad_request("specifying resource version is not allowed when using continue")
                at, start = decode_continue(cont)
                try:
                    snap = self.store.snapshot(t.rd, t.ns, at)
                except ApiError:
                    raise ApiError(410, "Expired", "The provided continue parameter is too old to display a "
                                   "consistent list result. You can start a new list without the continue "
                                   "parameter.")
                snap = [(k, o) for k, o in snap if k >= start]
            else:
                at = current
                if rv_match and not rv_param:
                    raise errors.invalid(t.rd, "ListOptions", "", [("FieldValueForbidden", "resourceVersionMatch",
                                         "Forbidden: resourceVersionMatch is forbidden unless resourceVersion "
                                         "is provided")])
                if rv_param and rv_param != "0":
                    try:
                        want = int(rv_param)
                    except ValueError:
                        raise errors.bad_request('invalid resource version "%s"' % rv_param)
                    if want > current:
                        raise ApiError(504, "Timeout", "Too large resource version: %d, current: %d"
                                       % (want, current), {"causes": [{"reason": "ResourceVersionTooLarge",
                                                                       "message": "Too large resource version"}],
                                                           "retryAfterSeconds": 1})
                    if rv_match == "Exact":
                        at = want
                snap = self.store.snapshot(t.rd, t.ns, at)
        items = [o for k, o in snap if self._match(lsel, fsel, o)]
        meta = {"resourceVersion": str(at)}
        if limit and len(items) > limit:
            last = items[limit - 1]
            items = items[:limit]
            meta["continue"] = encode_continue(at, sort_key(obj_key(last)))
            if not lsel and not fsel:
                meta["remainingItemCount"] = len(snap) - len([1 for k, o in snap if k <= sort_key(obj_key(last))])
        fmt = wants_table(req)
        if fmt == "Table":
            return Response(200, tables.table(t.rd, items, meta, req.q("includeObject", "Metadata")),
                            content_type=TABLE_CTYPE)
        if fmt == "Partial":
            return Response(200, {"kind": "PartialObjectMetadataList", "apiVersion": "meta.k8s.io/v1",
                                  "metadata": meta, "items": [
                                      {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                                       "metadata": o["metadata"]} for o in items]})
        return Response(200, {"kind": t.rd.kind + "List", "apiVersion": t.rd.api_version, "metadata": meta,
                              "items": items})

    def do_watch(self, req, t):
        return self.sim.watches.watch(req, t, self._filters(req, t), wants_table(req))

    # -- writes ---------------------------------------------------------------------------------
    def _decode(self, req, t, for_patch=False):
        ctype = (req.headers.get("Content-Type") or "application/json").split(";")[0].strip()
        if ctype not in ("application/json", "*/*"):
            raise errors.unsupported_media(ctype)
        try:
            obj = json.loads(req.body or b"")
        except ValueError as e:
            raise errors.bad_request("error decoding body: %s" % e)
        if not isinstance(obj, dict):
            raise errors.bad_request("json: cannot unmarshal array into Go value of type struct")
        return obj

    def _check_type(self, t, obj):
        kind, av = obj.get("kind"), obj.get("apiVersion")
        if av and av != t.rd.api_version:
            raise errors.bad_request("the API version in the data (%s) does not match the expected API "
                                     "version (%s)" % (av, t.rd.api_version))
        if kind and kind != t.rd.kind:
            raise errors.bad_request('%s in version "%s" cannot be handled as a %s: no kind "%s" is registered '
                                     'for version "%s"' % (t.rd.kind, t.rd.version, t.rd.kind, kind,
                                                           t.rd.api_version))

    def _unknown_fields(self, req, kind, obj, headers):
        mode = req.q("fieldValidation") or "Warn"
        if mode not in ("Ignore", "Warn", "Strict"):
            raise errors.bad_request('fieldValidation parameter unsupported: "%s"' % mode)
        unknown = validation.prune_unknown(obj, kind)
        if not unknown or mode == "Ignore":
            return
        if mode == "Strict":
            raise errors.bad_request("strict decoding error: " + ", ".join('unknown field "%s"' % u for u in unknown))
        headers["Warning"] = ["299 - \"unknown field \\\"%s\\\"\"" % u for u in unknown]

    def do_create(self, req, t):
        if t.sub:
            raise errors.method_not_allowed()
        obj = self._decode(req, t)
        self._check_type(t, obj)
        headers = {}
        self._unknown_fields(req, t.rd.kind, obj, headers)
        validation.check_quantities(obj, t.rd.kind, t.rd.api_version)
        md = obj.setdefault("metadata", {})
        if not isinstance(md, dict):
            raise errors.bad_request("metadata must be an object")
        if t.rd.namespaced:
            if md.get("namespace") and md["namespace"] != t.ns:
                raise errors.bad_request("the namespace of the provided object does not match the namespace "
                                         "sent on the request")
            md["namespace"] = t.ns
        else:
            md.pop("namespace", None)
        for k in ("uid", "resourceVersion", "creationTimestamp", "deletionTimestamp", "generation",
                  "managedFields", "selfLink"):
            md.pop(k, None)
        if md.get("resourceVersion"):
            raise errors.bad_request("resourceVersion should not be set on objects to be created")
        if not md.get("name") and md.get("generateName"):
            md["name"] = gen_name(md["generateName"])
        if t.rd.kind not in ("Node", "Event") and any(sub[0] == "status" for sub in t.rd.subresources):
            obj.pop("status", None)  # status is written through /status only
        if md.get("name"):
            self.sim.admit_create(t.rd, obj, req.user)  # defaulting + mutating admission, then validation
        causes = validation.validate(t.rd.kind, obj)
        if causes:
            raise errors.invalid(t.rd, t.rd.kind, md.get("name") or md.get("generateName") or "", causes)
        if req.q("dryRun") == "All":
            return Response(201, obj, headers)
        created = self.store.create(t.rd, obj)
        return Response(201, created, headers)

    def _write(self, req, t, cur, new, headers, expect_rv=None):
        """Shared tail of update and patch: keep the parts the request may not change, validate, store."""
        new.setdefault("metadata", {})
        if new["metadata"].get("name", t.name) != t.name:
            raise errors.bad_request("the name of the object (%s) does not match the name on the URL (%s)"
                                     % (new["metadata"].get("name"), t.name))
        new["metadata"]["name"] = t.name
        if t.rd.namespaced:
            new["metadata"]["namespace"] = t.ns
        if t.sub == "status":
            merged = copy.deepcopy(cur)
            merged["status"] = new.get("status")
            new = merged
        elif "status" in cur or "status" in new:
            new["status"] = copy.deepcopy(cur.get("status"))
            if new["status"] is None:
                new.pop("status")
        validation.check_quantities(new, t.rd.kind, t.rd.api_version)
        causes = validation.validate(t.rd.kind, new)
        if t.rd.kind == "Job":
            causes += validation.job_update_causes(cur, new)
        if t.rd.kind == "Pod" and t.sub is None:
            causes += pod_update_causes(cur, new)
        if causes:
            raise errors.invalid(t.rd, t.rd.kind, t.name, causes)
        if req.q("dryRun") == "All":
            return Response(200, new, headers)
        stored = self.store.update(t.rd, new, expect_rv=expect_rv)
        return Response(200, stored, headers)

    def do_update(self, req, t):
        obj = self._decode(req, t)
        self._check_type(t, obj)
        headers = {}
        self._unknown_fields(req, t.rd.kind, obj, headers)
        with self.store.lock:
            cur = self.store.must_get(t.rd, t.ns, t.name)
            rv = (obj.get("metadata") or {}).get("resourceVersion")
            if rv and rv != cur["metadata"]["resourceVersion"]:
                raise errors.conflict(t.rd, t.name, "the object has been modified; please apply your changes to "
                                                    "the latest version and try again")
            return self._write(req, t, cur, obj, headers, expect_rv=rv)

    def do_patch(self, req, t):
        ctype = (req.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/apply-patch+yaml":
            raise errors.unsupported_media(None)
        if ctype == "application/strategic-merge-patch+json" and t.rd.group not in ("", "batch"):
            raise errors.ApiError(415, "UnsupportedMediaType",
                                  'the body of the request was in an unknown format - accepted media types '
                                  'include: application/json-patch+json, application/merge-patch+json, '
                                  'application/apply-patch+yaml')
        headers = {}
        with self.store.lock:
            cur = self.store.must_get(t.rd, t.ns, t.name)
            new = patch.apply(ctype, copy.deepcopy(cur), req.body)
            if not isinstance(new, dict):
                raise errors.bad_request("patch result is not an object")
            self._unknown_fields(req, t.rd.kind, new, headers)
            rv = (new.get("metadata") or {}).get("resourceVersion")
            if rv and rv != cur["metadata"]["resourceVersion"]:
                raise errors.conflict(t.rd, t.name, "the object has been modified; please apply your changes to "
                                                    "the latest version and try again")
            return self._write(req, t, cur, new, headers)

    def _delete_options(self, req):
        opts = {}
        if req.body:
            try:
                opts = json.loads(req.body) or {}
            except ValueError as e:
                raise errors.bad_request("error decoding DeleteOptions: %s" % e)
        for k in ("propagationPolicy", "gracePeriodSeconds", "orphanDependents", "dryRun"):
            if req.q(k) is not None and k not in opts:
                opts[k] = req.q(k)
        if opts.get("orphanDependents") in (True, "true") and "propagationPolicy" not in opts:
            opts["propagationPolicy"] = "Orphan"
        pp = opts.get("propagationPolicy")
        if pp and pp not in ("Orphan", "Background", "Foreground"):
            raise errors.ApiError(422, "Invalid", 'DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: '
                                  'Unsupported value: "%s": supported values: "Foreground", "Background", '
                                  '"Orphan", "nil"' % pp, {"causes": [{
                                      "reason": "FieldValueNotSupported", "field": "propagationPolicy",
                                      "message": 'Unsupported value: "%s"' % pp}]})
        if opts.get("gracePeriodSeconds") is not None:
            opts["gracePeriodSeconds"] = int(opts["gracePeriodSeconds"])
        return opts

    def do_delete(self, req, t):
        opts = self._delete_options(req)
        headers = {}
        cur = self.store.must_get(t.rd, t.ns, t.name)
        pre = opts.get("preconditions") or {}
        if pre.get("uid") and pre["uid"] != cur["metadata"]["uid"]:
            raise errors.conflict(t.rd, t.name, "Precondition failed: UID in precondition: %s, UID in object "
                                  "meta: %s" % (pre["uid"], cur["metadata"]["uid"]))
        if pre.get("resourceVersion") and pre["resourceVersion"] != cur["metadata"]["resourceVersion"]:
            raise errors.conflict(t.rd, t.name, "Precondition failed: ResourceVersion in precondition: %s, "
                                  "ResourceVersion in object meta: %s" % (pre["resourceVersion"],
                                                                          cur["metadata"]["resourceVersion"]))
        if t.rd.kind == "Job" and not opts.get("propagationPolicy"):
            headers["Warning"] = [JOB_ORPHAN_WARNING]
        if opts.get("dryRun") in ("All", ["All"]):
            return Response(200, cur, headers)
        result = self.sim.gc.delete(t.rd, t.ns, t.name, opts)
        if result is None:
            raise errors.not_found(t.rd, t.name)
        obj, immediate = result
        if immediate and t.rd.kind not in ("Pod", "Namespace"):
            return Response(200, errors.status_object(200, None, None, {
                "name": t.name, "group": t.rd.group, "kind": t.rd.plural, "uid": obj["metadata"]["uid"]},
                success=True), headers)
        return Response(200, obj, headers)

    def do_deletecollection(self, req, t):
        opts = self._delete_options(req)
        lsel, fsel = self._filters(req, t)
        items = [o for o in self.store.items(t.rd, t.ns) if self._match(lsel, fsel, o)]
        for o in items:
            self.sim.gc.delete(t.rd, o["metadata"].get("namespace"), o["metadata"]["name"], opts)
        return Response(200, {"kind": t.rd.kind + "List", "apiVersion": t.rd.api_version,
                              "metadata": {"resourceVersion": str(self.store.rv)}, "items": items})

    def subresource_post(self, req, t):
        body = self._decode(req, t)
        if t.sub == "binding":
            node = ((body.get("target") or {}).get("name"))
            self.sim.scheduler.bind(t.ns, t.name, node)
            return Response(201, errors.status_object(201, None, None, success=True))
        self.store.must_get(t.rd, t.ns, t.name)
        self.sim.gc.delete(t.rd, t.ns, t.name, body.get("deleteOptions") or {})
        return Response(201, errors.status_object(201, None, None, success=True))


def pod_update_causes(cur, new):
    """Pod spec is immutable except a few fields (ValidatePodUpdate)."""
    a, b = copy.deepcopy(cur.get("spec") or {}), copy.deepcopy(new.get("spec") or {})
    for s in (a, b):
        for c in s.get("containers") or []:
            c.pop("image", None)
        s.pop("activeDeadlineSeconds", None)
        s.pop("tolerations", None)
        s.pop("schedulingGates", None)
    if a != b:
        return [("FieldValueForbidden", "spec", "Forbidden: pod updates may not change fields other than "
                 "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
                 "`spec.tolerations` (only additions to existing tolerations),"
                 "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)")]
    return []
