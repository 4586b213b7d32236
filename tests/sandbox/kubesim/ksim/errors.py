"""Status objects and the exception that carries them (k8s.io/apimachinery/pkg/api/errors)."""


class ApiError(Exception):
    def __init__(self, code, reason, message, details=None, headers=None):
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details
        self.headers = headers or {}

    def status(self):
        return status_object(self.code, self.reason, self.message, self.details)


def status_object(code, reason, message, details=None, success=False):
    s = {"kind": "Status", "apiVersion": "v1", "metadata": {},
         "status": "Success" if success else "Failure"}
    if message:
        s["message"] = message
    if reason:
        s["reason"] = reason
    if details is not None:
        s["details"] = details
    s["code"] = code
    return s


def _details(name, group, kind):
    d = {}
    if name:
        d["name"] = name
    d["group"] = group
    d["kind"] = kind
    return d


def qualified(rd):
    """'pods' for core, 'jobs.batch' for groups (the GroupResource string)."""
    return rd.plural if not rd.group else "%s.%s" % (rd.plural, rd.group)


def not_found(rd, name):
    return ApiError(404, "NotFound", '%s "%s" not found' % (qualified(rd), name),
                    _details(name, rd.group, rd.plural))


def already_exists(rd, name):
    return ApiError(409, "AlreadyExists", '%s "%s" already exists' % (qualified(rd), name),
                    _details(name, rd.group, rd.plural))


def conflict(rd, name, why):
    return ApiError(409, "Conflict",
                    'Operation cannot be fulfilled on %s "%s": %s' % (qualified(rd), name, why),
                    _details(name, rd.group, rd.plural))


def bad_request(message):
    return ApiError(400, "BadRequest", message)


def method_not_allowed(message="the server does not allow this method on the requested resource"):
    return ApiError(405, "MethodNotAllowed", message,
                    {"causes": [{"reason": "UnexpectedServerResponse", "message": "405: Method Not Allowed"}]})


def unsupported_media(ctype):
    return ApiError(415, "UnsupportedMediaType",
                    'the body of the request was in an unknown format - accepted media types include: '
                    'application/json-patch+json, application/merge-patch+json, '
                    'application/apply-patch+yaml, application/strategic-merge-patch+json'
                    if ctype is None else
                    'the body of the request was in an unknown format - accepted media types include: '
                    'application/json, application/yaml, application/vnd.kubernetes.protobuf')


def unauthorized():
    return ApiError(401, "Unauthorized", "Unauthorized")


def forbidden(user, verb, rd, ns, name=None, sub=None):
    res = rd.plural + ("/" + sub if sub else "")
    what = rd.plural if not name else '%s "%s"' % (qualified(rd), name)
    if not name:
        what = qualified(rd)
    where = 'in the namespace "%s"' % ns if ns else "at the cluster scope"
    msg = '%s is forbidden: User "%s" cannot %s resource "%s" in API group "%s" %s' % (
        what, user, verb, res, rd.group, where)
    return ApiError(403, "Forbidden", msg, _details(name, rd.group, rd.plural))


def gone(message):
    return ApiError(410, "Gone", message)


def expired(message):
    return ApiError(410, "Expired", message)


def invalid(rd, kind, name, causes):
    """422 with causes [(reason, field, message)], message like the apiserver's aggregate."""
    parts = []
    for reason, field, msg in causes:
        parts.append("%s: %s" % (field, msg) if field else msg)
    if len(parts) == 1:
        agg = parts[0]
    else:
        agg = "[" + ", ".join(parts) + "]"
    message = '%s.%s "%s" is invalid: %s' % (kind, rd.group, name, agg) if rd.group else \
        '%s "%s" is invalid: %s' % (kind, name, agg)
    details = _details(name, rd.group, kind)
    details["causes"] = [{"reason": r, "message": m, "field": f} for r, f, m in causes]
    return ApiError(422, "Invalid", message, details)
