"""Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource), parsed to Fractions."""
import re
from fractions import Fraction

_RE = re.compile(r"^([+-]?[0-9.]+)([eE][+-]?[0-9]+|[numkMGTPE]|Ki|Mi|Gi|Ti|Pi|Ei|)$")
_SUFFIX = {"": 1, "n": Fraction(1, 10**9), "u": Fraction(1, 10**6), "m": Fraction(1, 1000),
           "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
           "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}


def parse(q):
    """Return a Fraction, or raise ValueError with the apiserver's wording."""
    if isinstance(q, bool):
        raise ValueError("quantities must match the regular expression "
                         "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    if isinstance(q, (int, float)):
        return Fraction(str(q))
    m = _RE.match(str(q).strip()) if isinstance(q, str) else None
    if not m or m.group(1).count(".") > 1 or m.group(1) in (".", "+.", "-."):
        raise ValueError("quantities must match the regular expression "
                         "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    num = Fraction(m.group(1))
    suf = m.group(2)
    if suf and suf[0] in "eE":
        return num * Fraction(10) ** int(suf[1:])
    return num * _SUFFIX[suf]


def try_parse(q, default=Fraction(0)):
    try:
        return parse(q)
    except ValueError:
        return default


def fmt_cpu(v):
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return "%dm" % int(v * 1000)


def fmt_bytes(v):
    v = int(v)
    for suf, mul in (("Ti", 2**40), ("Gi", 2**30), ("Mi", 2**20), ("Ki", 2**10)):
        if v and v % mul == 0:
            return "%d%s" % (v // mul, suf)
    return str(v)


def fmt(resource, v):
    if resource == "cpu":
        return fmt_cpu(v)
    if resource in ("memory", "ephemeral-storage") or resource.startswith("hugepages-"):
        return fmt_bytes(v)
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else fmt_cpu(v)


def pod_requests(pod_spec):
    """Effective requests of a pod: max(sum(containers), max(initContainers)); limits default requests."""
    total = {}
    for c in pod_spec.get("containers") or []:
        for k, v in _container_requests(c).items():
            total[k] = total.get(k, Fraction(0)) + v
    for c in pod_spec.get("initContainers") or []:
        for k, v in _container_requests(c).items():
            if v > total.get(k, Fraction(0)):
                total[k] = v
    return total


def _container_requests(c):
    res = c.get("resources") or {}
    out = {}
    for k, v in (res.get("limits") or {}).items():
        out[k] = try_parse(v)
    for k, v in (res.get("requests") or {}).items():
        out[k] = try_parse(v)
    return out
