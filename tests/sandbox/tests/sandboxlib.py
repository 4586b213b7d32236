"""Helpers for the sandbox integration tests (stdlib only)."""
import base64
import json
import os
import socket
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


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body or b"null")

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def request(method, url, data=None, json_body=None, headers=None, timeout=30):
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
        with urllib.request.urlopen(req, timeout=timeout) as r:
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
