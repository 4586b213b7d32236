"""Helpers for the sandbox integration tests (stdlib only)."""
import base64
import json
import os
import functools
import socket
import ssl
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SANDBOX_DIR = os.path.dirname(HERE)


def run_dir():
    d = os.environ.get("PLANCIA_SANDBOX_RUN_DIR")
    if not d:
        raise unittest.SkipTest("PLANCIA_SANDBOX_RUN_DIR is not set (run under the CTest fixture)")
    return d


def state():
    with open(os.path.join(run_dir(), "state.json")) as f:
        s = json.load(f)
    if not s.get("ready"):
        raise AssertionError("sandbox is not ready")
    return s


def profile():
    with open(os.path.join(run_dir(), "profile.json")) as f:
        return json.load(f)


def fleet():
    with open(os.path.join(SANDBOX_DIR, "fleet.json"), encoding="utf-8") as f:
        return json.load(f)


def ca_file():
    """The sandbox CA (the profile's caFile): every service's certificate is signed by it."""
    return profile()["caFile"]


def ssl_context(cafile=None):
    """Verifies against the sandbox CA (of the fixture's run directory, or `cafile` for a
    sandbox of a test's own); never an unverified context."""
    cafile = cafile or ca_file()
    return _context(cafile, os.stat(cafile).st_mtime_ns)  # a new CA (`down --forget`): new context


@functools.lru_cache(maxsize=None)
def _context(cafile, _mtime):
    return ssl.create_default_context(cafile=cafile)


def opener(*handlers):
    """urllib opener (cookies, no redirects, ...) that verifies with the sandbox CA."""
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl_context()), *handlers)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body or b"null")

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def request(method, url, data=None, json_body=None, headers=None, timeout=30, ca=None):
    headers = dict(headers or {})
    body = None
    if json_body is not None:
        body = json.dumps(json_body).encode()
        headers.setdefault("Content-Type", "application/json")
    elif data is not None:
        body = urllib.parse.urlencode(data).encode()
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=ssl_context(ca)) as r:
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


def discovery(issuer):
    return request("GET", issuer + ".well-known/openid-configuration").json()


def jwt_payload(token):
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def poll(check, timeout, interval=0.2, what="condition"):
    """Calls check() until it returns a truthy value; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


def test_token(issuer, username, **extra):
    r = request("POST", issuer + "__test/token", json_body={"username": username, **extra})
    assert r.status == 200, r.text
    return r.json()["access_token"]


def listening(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


# --- AWS SigV4 (stdlib), the way a libcurl client signs --------------------------------------
import datetime as _dt
import hashlib as _hashlib
import hmac as _hmac


def _uri_encode(s, keep_slash):
    safe = "-_.~" + ("/" if keep_slash else "")
    return urllib.parse.quote(s, safe=safe)


def s3_request(method, endpoint, creds, bucket="", key="", query=None, body=b"", region="us-east-1",
               headers=None, ca=None):
    """Signs (SigV4, header auth) and sends an S3 request; path-style addressing."""
    query = query or {}
    path = "/" + bucket + ("/" + key if key else "") if bucket else "/"
    canonical_uri = _uri_encode(path, keep_slash=True)
    canonical_query = "&".join(f"{_uri_encode(k, False)}={_uri_encode(str(v), False)}"
                               for k, v in sorted(query.items()))
    now = _dt.datetime.now(_dt.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    date = now.strftime("%Y%m%d")
    host = urllib.parse.urlparse(endpoint).netloc
    payload_hash = _hashlib.sha256(body).hexdigest()
    hdrs = {"host": host, "x-amz-date": amz_date, "x-amz-content-sha256": payload_hash}
    if method in ("PUT", "POST"):
        hdrs["content-type"] = "application/octet-stream"
    if creds.get("SessionToken"):
        hdrs["x-amz-security-token"] = creds["SessionToken"]
    for k, v in (headers or {}).items():
        hdrs[k.lower()] = v
    signed = ";".join(sorted(hdrs))
    canonical_headers = "".join(f"{k}:{hdrs[k].strip()}\n" for k in sorted(hdrs))
    creq = "\n".join([method, canonical_uri, canonical_query, canonical_headers, signed, payload_hash])
    scope = f"{date}/{region}/s3/aws4_request"
    sts = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, _hashlib.sha256(creq.encode()).hexdigest()])
    k = ("AWS4" + creds["SecretAccessKey"]).encode()
    for part in (date, region, "s3", "aws4_request"):
        k = _hmac.new(k, part.encode(), _hashlib.sha256).digest()
    sig = _hmac.new(k, sts.encode(), _hashlib.sha256).hexdigest()
    hdrs["authorization"] = (f"AWS4-HMAC-SHA256 Credential={creds['AccessKeyId']}/{scope}, "
                             f"SignedHeaders={signed}, Signature={sig}")
    del hdrs["host"]
    url = endpoint.rstrip("/") + canonical_uri + ("?" + canonical_query if canonical_query else "")
    req = urllib.request.Request(url, data=body if method in ("PUT", "POST") else None, headers=hdrs, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30, context=ssl_context(ca)) as r:
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


def s3_presign(endpoint, creds, bucket, key, expires=300, method="GET", region="us-east-1", signed_at=None):
    """A presigned (query-string SigV4) URL, the way a client builds a share link."""
    now = signed_at or _dt.datetime.now(_dt.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    scope = f"{now.strftime('%Y%m%d')}/{region}/s3/aws4_request"
    host = urllib.parse.urlparse(endpoint).netloc
    canonical_uri = _uri_encode(f"/{bucket}/{key}", keep_slash=True)
    q = {"X-Amz-Algorithm": "AWS4-HMAC-SHA256", "X-Amz-Credential": f"{creds['AccessKeyId']}/{scope}",
         "X-Amz-Date": amz_date, "X-Amz-Expires": str(expires), "X-Amz-SignedHeaders": "host"}
    if creds.get("SessionToken"):
        q["X-Amz-Security-Token"] = creds["SessionToken"]
    canonical_query = "&".join(f"{_uri_encode(k, False)}={_uri_encode(v, False)}" for k, v in sorted(q.items()))
    creq = "\n".join([method, canonical_uri, canonical_query, f"host:{host}\n", "host", "UNSIGNED-PAYLOAD"])
    sts = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, _hashlib.sha256(creq.encode()).hexdigest()])
    k = ("AWS4" + creds["SecretAccessKey"]).encode()
    for part in scope.split("/"):
        k = _hmac.new(k, part.encode(), _hashlib.sha256).digest()
    sig = _hmac.new(k, sts.encode(), _hashlib.sha256).hexdigest()
    return f"{endpoint.rstrip('/')}{canonical_uri}?{canonical_query}&X-Amz-Signature={sig}"
