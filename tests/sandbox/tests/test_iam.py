#!/usr/bin/env python3
"""Sandbox IAM: OAuth2 device flow (RFC 8628) like INDIGO IAM (PLATFORM-API.md section 1)."""
import base64
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
from html import unescape as html_unescape

import sandboxlib as sb

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SCOPES = "openid profile email offline_access wlcg wlcg.groups"


class DeviceFlowMixin:
    def start_flow(self, scope=SCOPES):
        r = sb.request("POST", self.disco["device_authorization_endpoint"], data={"client_id": "plancia", "scope": scope})
        self.assertEqual(r.status, 200, r.text)
        d = r.json()
        for k in ("device_code", "user_code", "verification_uri", "verification_uri_complete", "expires_in"):
            self.assertIn(k, d)
        return d

    def poll_token(self, device_code):
        return sb.request("POST", self.disco["token_endpoint"],
                          data={"grant_type": DEVICE_GRANT, "device_code": device_code, "client_id": "plancia"})


class IamTest(DeviceFlowMixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.state = sb.state()
        cls.issuer = sb.profile()["iam"]["issuer"]
        cls.disco = sb.discovery(cls.issuer)

    def test_discovery_like_iam(self):
        d = self.disco
        self.assertEqual(d["issuer"], self.issuer)
        self.assertEqual(d["device_authorization_endpoint"], self.issuer + "devicecode")
        self.assertEqual(d["token_endpoint"], self.issuer + "token")
        for k in ("userinfo_endpoint", "jwks_uri", "revocation_endpoint", "introspection_endpoint"):
            self.assertTrue(d[k].startswith(self.issuer), k)
        for s in SCOPES.split():
            self.assertIn(s, d["scopes_supported"])
        self.assertIn(DEVICE_GRANT, d["grant_types_supported"])
        keys = sb.request("GET", d["jwks_uri"]).json()["keys"]
        self.assertTrue(any(k["kty"] == "RSA" for k in keys))

    def test_device_flow_approve_refresh_revoke(self):
        flow = self.start_flow()
        r = self.poll_token(flow["device_code"])
        self.assertEqual(r.status, 400)
        self.assertEqual(r.json()["error"], "authorization_pending")
        a = sb.request("POST", self.issuer + "__test/approve",
                       json_body={"user_code": flow["user_code"], "username": "mrossi"})
        self.assertEqual(a.status, 200, a.text)
        r = self.poll_token(flow["device_code"])
        self.assertEqual(r.status, 200, r.text)
        tok = r.json()
        for k in ("access_token", "refresh_token", "id_token", "expires_in", "token_type"):
            self.assertIn(k, tok)
        self.assertEqual(tok["expires_in"], int(self.state.get("accessTokenTtl", tok["expires_in"])))
        claims = sb.jwt_payload(tok["access_token"])
        header = json.loads(base64.urlsafe_b64decode(tok["access_token"].split(".")[0] + "=="))
        self.assertEqual(header["alg"], "RS256")
        self.assertEqual(claims["iss"], self.issuer)
        self.assertEqual(claims["preferred_username"], "mrossi")
        self.assertIn("/ml-infn-users", claims["wlcg.groups"])
        self.assertIn("ml-infn-users", claims["groups"])
        self.assertEqual(claims["email"], "mario.rossi@example.infn.it")
        self.assertIn("name", claims)
        self.assertIn("sub", claims)
        info = sb.request("GET", self.disco["userinfo_endpoint"],
                          headers={"Authorization": "Bearer " + tok["access_token"]})
        self.assertEqual(info.status, 200, info.text)
        self.assertEqual(info.json()["preferred_username"], "mrossi")

        intro = sb.request("POST", self.disco["introspection_endpoint"],
                           data={"token": tok["access_token"]},
                           headers={"Authorization": "Basic " + base64.b64encode(
                               f"sandbox-services:{self.state['iamServicesSecret']}".encode()).decode()})
        self.assertEqual(intro.status, 200, intro.text)
        self.assertTrue(intro.json()["active"])

        # Refresh rotates: the new refresh token works, the old one does not.
        r2 = sb.request("POST", self.disco["token_endpoint"],
                        data={"grant_type": "refresh_token", "refresh_token": tok["refresh_token"], "client_id": "plancia"})
        self.assertEqual(r2.status, 200, r2.text)
        tok2 = r2.json()
        self.assertNotEqual(tok2["refresh_token"], tok["refresh_token"])
        self.assertEqual(sb.jwt_payload(tok2["access_token"])["preferred_username"], "mrossi")
        old = sb.request("POST", self.disco["token_endpoint"],
                         data={"grant_type": "refresh_token", "refresh_token": tok["refresh_token"], "client_id": "plancia"})
        self.assertEqual(old.json().get("error"), "invalid_grant")

        # Revocation: the refresh token stops working; a revoked access token fails userinfo.
        rv = sb.request("POST", self.disco["revocation_endpoint"],
                        data={"token": tok2["refresh_token"], "client_id": "plancia"})
        self.assertEqual(rv.status, 200, rv.text)
        r3 = sb.request("POST", self.disco["token_endpoint"],
                        data={"grant_type": "refresh_token", "refresh_token": tok2["refresh_token"], "client_id": "plancia"})
        self.assertEqual(r3.json().get("error"), "invalid_grant")
        rv = sb.request("POST", self.disco["revocation_endpoint"],
                        data={"token": tok2["access_token"], "client_id": "plancia"})
        self.assertEqual(rv.status, 200, rv.text)
        info = sb.request("GET", self.disco["userinfo_endpoint"],
                          headers={"Authorization": "Bearer " + tok2["access_token"]})
        self.assertEqual(info.status, 401)

    def test_no_refresh_token_without_offline_access(self):
        flow = self.start_flow(scope="openid profile wlcg.groups")
        sb.request("POST", self.issuer + "__test/approve", json_body={"user_code": flow["user_code"], "username": "hack01"})
        r = self.poll_token(flow["device_code"])
        self.assertEqual(r.status, 200, r.text)
        self.assertNotIn("refresh_token", r.json())
        self.assertEqual(sb.jwt_payload(r.json()["access_token"])["wlcg.groups"], ["/hackathon-2026"])

    def test_code_single_use(self):
        flow = self.start_flow()
        sb.request("POST", self.issuer + "__test/approve", json_body={"user_code": flow["user_code"], "username": "gbianchi"})
        self.assertEqual(self.poll_token(flow["device_code"]).status, 200)
        again = self.poll_token(flow["device_code"])
        self.assertEqual(again.status, 400)
        self.assertEqual(again.json()["error"], "invalid_grant")

    def test_denied(self):
        flow = self.start_flow()
        d = sb.request("POST", self.issuer + "__test/deny", json_body={"user_code": flow["user_code"]})
        self.assertEqual(d.status, 200, d.text)
        r = self.poll_token(flow["device_code"])
        self.assertEqual(r.status, 400)
        self.assertEqual(r.json()["error"], "access_denied")

    def test_unknown_user_and_bad_token(self):
        flow = self.start_flow()
        a = sb.request("POST", self.issuer + "__test/approve", json_body={"user_code": flow["user_code"], "username": "nobody"})
        self.assertEqual(a.status, 404)
        info = sb.request("GET", self.disco["userinfo_endpoint"], headers={"Authorization": "Bearer a.b.c"})
        self.assertEqual(info.status, 401)

    def test_admin_groups_in_token(self):
        claims = sb.jwt_payload(sb.test_token(self.issuer, "dferri"))
        self.assertIn("/ml-infn", claims["wlcg.groups"])

class BrowserApprovalTest(DeviceFlowMixin, unittest.TestCase):
    """The user code approved through the provider's own HTML pages, as a person would."""

    @classmethod
    def setUpClass(cls):
        cls.issuer = sb.profile()["iam"]["issuer"]
        cls.disco = sb.discovery(cls.issuer)
        cls.password = sb.fleet()["iam"]["browserPassword"]

    @staticmethod
    def forms(html):
        out = []
        for m in re.finditer(r'<form[^>]*action="([^"]*)"[^>]*>(.*?)</form>', html, re.S | re.I):
            fields = {}
            for inp in re.finditer(r'<(?:input|button)([^>]*)>', m.group(2), re.I):
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', inp.group(1)))
                if "name" in attrs:
                    fields.setdefault(attrs["name"], attrs.get("value", ""))
            out.append((urllib.parse.urljoin("http://x/", html_unescape(m.group(1))), fields))
        return out

    def submit(self, opener, url, html, **values):
        forms = self.forms(html)
        self.assertTrue(forms, html[:2000])
        action, fields = forms[0]
        action = urllib.parse.urljoin(url, urllib.parse.urlparse(action).path)
        fields.update(values)
        fields = {k: v for k, v in fields.items() if v is not None}
        r = opener.open(urllib.request.Request(action, urllib.parse.urlencode(fields).encode()))
        return r.url, r.read().decode()

    def browse(self, username, password):
        flow = self.start_flow()
        opener = sb.opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        r = opener.open(flow["verification_uri_complete"])
        url, html = r.url, r.read().decode()
        url, html = self.submit(opener, url, html)                       # auto-submitted callback
        url, html = self.submit(opener, url, html, confirm="yes", abort=None)  # "is this your code?"
        self.assertIn("login", html.lower())
        try:
            url, html = self.submit(opener, url, html, login=username, password=password)
        except urllib.error.HTTPError as e:
            return flow, e.code, e.read().decode()
        if "/confirm" in html or "consent" in html.lower() or "authorize" in html.lower():
            url, html = self.submit(opener, url, html)
        return flow, 200, html

    def test_login_and_consent_pages(self):
        flow, status, html = self.browse("fesposito", self.password)
        self.assertEqual(status, 200, html[:2000])
        r = self.poll_token(flow["device_code"])
        self.assertEqual(r.status, 200, r.text + html[:1500])
        self.assertEqual(sb.jwt_payload(r.json()["access_token"])["preferred_username"], "fesposito")
        self.assertIn("refresh_token", r.json())

    def test_wrong_password(self):
        flow, status, html = self.browse("fesposito", "wrong")
        self.assertEqual(status, 403, html[:500])
        self.assertEqual(self.poll_token(flow["device_code"]).json()["error"], "authorization_pending")


class ExpiryTest(DeviceFlowMixin, unittest.TestCase):
    """A separate IAM with a 2 s device code TTL: an unapproved code ends in expired_token."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        ready = os.path.join(self.tmp.name, "ready.json")
        iam_dir = os.path.join(sb.SANDBOX_DIR, "iam")
        self.proc = subprocess.Popen(["node", os.path.join(iam_dir, "iam.js"), "--port", "0",
                                      "--fleet", os.path.join(sb.SANDBOX_DIR, "fleet.json"),
                                      "--device-code-ttl", "2", "--access-token-ttl", "60",
                                      "--ready-file", ready],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        sb.poll(lambda: os.path.exists(ready), 20, what="IAM ready file")
        with open(ready) as f:
            self.issuer = json.load(f)["issuer"]
        self.disco = sb.discovery(self.issuer)

    def tearDown(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=10)
        self.tmp.cleanup()

    def test_expired_code(self):
        flow = self.start_flow()
        self.assertEqual(flow["expires_in"], 2)

        def expired():
            r = self.poll_token(flow["device_code"])
            err = r.json().get("error")
            self.assertIn(err, ("authorization_pending", "expired_token"))
            return err == "expired_token"
        sb.poll(expired, 15, interval=0.5, what="expired_token")
        # Approving an expired code is refused too.
        a = sb.request("POST", self.issuer + "__test/approve", json_body={"user_code": flow["user_code"], "username": "mrossi"})
        self.assertIn(a.status, (404, 410))

    def test_short_access_token_ttl(self):
        tok = sb.test_token(self.issuer, "lverdi")
        c = sb.jwt_payload(tok)
        self.assertEqual(c["exp"] - c["iat"], 60)


if __name__ == "__main__":
    unittest.main(verbosity=2)
