#!/usr/bin/env python3
"""Sandbox S3 on Ceph RADOS Gateway: RadosGW's own STS (AssumeRoleWithWebIdentity with the IAM
token, verified by RGW against the IAM's JWKS), bucket access enforced by RGW's role policy on the
token's claims, seeded buckets with awkward keys (PLATFORM-API.md section 6)."""
import base64
import calendar
import json
import time
import unittest
import urllib.parse
import xml.etree.ElementTree as ET

import sandboxlib as sb

NS = {"s3": "http://s3.amazonaws.com/doc/2006-03-01/"}


def strip_ns(xml_bytes):
    root = ET.fromstring(xml_bytes)
    for el in root.iter():
        el.tag = el.tag.split("}", 1)[-1]
    return root


class S3Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        p = sb.profile()
        cls.s3 = p["s3"]
        cls.issuer = p["iam"]["issuer"]

    def assume(self, token, duration=None):
        params = {"Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15", "WebIdentityToken": token,
                  "RoleArn": self.s3["sts"]["roleArn"], "RoleSessionName": "plancia-test",
                  "DurationSeconds": str(duration or self.s3["sts"]["durationSeconds"])}
        return sb.request("POST", self.s3["sts"]["endpoint"] + "/?" + urllib.parse.urlencode(params))

    def creds_for(self, user):
        r = self.assume(sb.test_token(self.issuer, user))
        self.assertEqual(r.status, 200, r.text)
        self.assertIn(b"<Provider>" + self.issuer.encode() + b"</Provider>", r.body)
        c = strip_ns(r.body).find("AssumeRoleWithWebIdentityResult/Credentials")
        return {k: c.find(k).text for k in ("AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration")}

    def list_v2(self, creds, bucket, **query):
        q = {"list-type": "2", "encoding-type": "url", **query}
        r = sb.s3_request("GET", self.s3["endpoint"], creds, bucket, query=q)
        self.assertEqual(r.status, 200, r.text)
        root = strip_ns(r.body)
        keys = [urllib.parse.unquote(c.find("Key").text) for c in root.findall("Contents")]
        prefixes = [urllib.parse.unquote(c.find("Prefix").text) for c in root.findall("CommonPrefixes")]
        token = root.find("NextContinuationToken")
        return keys, prefixes, root.find("IsTruncated").text == "true", token.text if token is not None else None

    def refused(self, r, what):
        """RadosGW answers a refused web-identity token with 403 AccessDenied (and an empty Message)."""
        self.assertEqual(r.status, 403, (what, r.text))
        self.assertIn(b"<Code>AccessDenied</Code>", r.body, what)

    def test_sts_credentials_list_seeded_buckets(self):
        creds = self.creds_for("mrossi")
        # RadosGW: 2026-12-01T17:29:14.471773998Z (nanoseconds)
        exp = calendar.timegm(time.strptime(creds["Expiration"].split(".")[0].rstrip("Z"), "%Y-%m-%dT%H:%M:%S"))
        self.assertAlmostEqual(exp - time.time(), self.s3["sts"]["durationSeconds"], delta=120)
        # ListBuckets with role credentials lists the buckets the federated user owns: none of the
        # seeded ones (clients know the user's buckets from the profile and the token's groups).
        r = sb.s3_request("GET", self.s3["endpoint"], creds)
        self.assertEqual(r.status, 200, r.text)
        self.assertFalse({b.find("Name").text for b in strip_ns(r.body).find("Buckets")}
                         & {b["name"] for b in sb.fleet()["buckets"]})
        with open(sb.state()["s3AdminCredentials"]) as f:  # the admin key sees them all
            admin = json.load(f)
        r = sb.s3_request("GET", self.s3["endpoint"], admin)
        self.assertEqual(r.status, 200, r.text)
        buckets = {b.find("Name").text for b in strip_ns(r.body).find("Buckets")}
        expected = {b["name"] for b in sb.fleet()["buckets"]}
        # Other tests share this sandbox and make buckets of their own (xfer-*, bench-*) while
        # this one runs: every seeded bucket is there, and nothing else is named like one.
        self.assertLessEqual(expected, buckets)
        self.assertFalse({b for b in buckets - expected if b.startswith(("user-", "proj-"))})

        keys, prefixes, _, _ = self.list_v2(creds, "user-mrossi", prefix="", delimiter="/")
        self.assertIn("README.md", keys)
        self.assertIn("notes/", prefixes)
        keys, _, _, _ = self.list_v2(creds, "user-mrossi", prefix="notes/")
        for k in ("notes/a+b=c.txt", "notes/100% done.txt", "notes/issue #42.txt", "notes/perché_così.txt",
                  "notes/日本語/データ.txt", "notes/meeting notes 2026-03-14.md"):
            self.assertIn(k, keys)
        for k in keys:  # every awkward key round-trips through a signed GET
            g = sb.s3_request("GET", self.s3["endpoint"], creds, "user-mrossi", k)
            self.assertEqual(g.status, 200, (k, g.text))
            self.assertEqual(g.body.decode(), k + "\n")

    def test_pagination_and_large_objects(self):
        creds = self.creds_for("gbianchi")
        keys, _, truncated, token = self.list_v2(creds, "proj-flashsim", prefix="datasets/train/", **{"max-keys": "100"})
        self.assertEqual(len(keys), 100)
        self.assertTrue(truncated)
        total = len(keys)
        while token:
            more, _, truncated, token = self.list_v2(creds, "proj-flashsim", prefix="datasets/train/",
                                                    **{"max-keys": "100", "continuation-token": token})
            total += len(more)
        self.assertGreaterEqual(total, 200)
        h = sb.s3_request("HEAD", self.s3["endpoint"], creds, "proj-flashsim", "datasets/big/events-2026.parquet")
        self.assertEqual(h.status, 200)
        self.assertGreaterEqual(int(h.headers["Content-Length"]), 5 * 1024 * 1024)

    def test_upload_awkward_key(self):
        creds = self.creds_for("lverdi")
        key = "uploads/ünï cødé + 50% #1 (copy).txt"
        p = sb.s3_request("PUT", self.s3["endpoint"], creds, "user-lverdi", key, body=b"hello")
        self.assertEqual(p.status, 200, p.text)
        g = sb.s3_request("GET", self.s3["endpoint"], creds, "user-lverdi", key)
        self.assertEqual(g.body, b"hello")
        d = sb.s3_request("DELETE", self.s3["endpoint"], creds, "user-lverdi", key)
        self.assertEqual(d.status, 204)

    def test_wrong_credentials_refused(self):
        good = self.creds_for("mrossi")
        wrong_secret = dict(good, SecretAccessKey="x" * 40)
        r = sb.s3_request("GET", self.s3["endpoint"], wrong_secret, "user-mrossi", query={"list-type": "2"})
        self.assertEqual(r.status, 403, r.text)
        self.assertIn(b"SignatureDoesNotMatch", r.body)
        unknown = {"AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
        r = sb.s3_request("GET", self.s3["endpoint"], unknown, "user-mrossi", query={"list-type": "2"})
        self.assertEqual(r.status, 403, r.text)  # RGW with STS on: AccessDenied, not InvalidAccessKeyId
        no_token = dict(good, SessionToken="")  # role credentials without their session token
        r = sb.s3_request("GET", self.s3["endpoint"], no_token, "user-mrossi", query={"list-type": "2"})
        self.assertIn(r.status, (400, 403), r.text)  # RGW: 400 InvalidArgument
        r = sb.s3_request("GET", self.s3["endpoint"], {"AccessKeyId": "", "SecretAccessKey": ""}, "user-mrossi",
                          query={"list-type": "2"})
        self.assertIn(r.status, (400, 403), r.text)  # RGW: 400 InvalidArgument for an empty key

    def test_bucket_policies(self):
        mrossi = self.creds_for("mrossi")      # researcher in project flashsim
        ok = lambda c, b: sb.s3_request("GET", self.s3["endpoint"], c, b, query={"list-type": "2"}).status  # noqa: E731
        self.assertEqual(ok(mrossi, "user-mrossi"), 200)
        self.assertEqual(ok(mrossi, "proj-flashsim"), 200)
        denied = sb.s3_request("GET", self.s3["endpoint"], mrossi, "user-gbianchi", query={"list-type": "2"})
        self.assertEqual(denied.status, 403, denied.text)
        self.assertIn(b"AccessDenied", denied.body)
        self.assertEqual(ok(mrossi, "proj-km3-fpga"), 403)
        put = sb.s3_request("PUT", self.s3["endpoint"], mrossi, "user-lverdi", "intruder.txt", body=b"x")
        self.assertEqual(put.status, 403)
        self.assertEqual(sb.s3_request("DELETE", self.s3["endpoint"], mrossi, "user-gbianchi", "README.md").status, 403)
        admin = self.creds_for("mricci")       # support staff: every bucket, read and write
        for b in sb.fleet()["buckets"]:
            self.assertEqual(ok(admin, b["name"]), 200, b["name"])
        key = "support/check.txt"
        self.assertEqual(sb.s3_request("PUT", self.s3["endpoint"], admin, "user-gbianchi", key, body=b"s").status, 200)
        self.assertEqual(sb.s3_request("DELETE", self.s3["endpoint"], admin, "user-gbianchi", key).status, 204)
        tutor = self.creds_for("cgallo")       # tutor: reads the participants' buckets, writes none
        self.assertEqual(ok(tutor, "user-hack07"), 200)
        g = sb.s3_request("GET", self.s3["endpoint"], tutor, "user-hack07", "exercise/solution.py")
        self.assertEqual((g.status, g.body), (200, b"print('hello hackathon')\n"))
        put = sb.s3_request("PUT", self.s3["endpoint"], tutor, "user-hack07", "x.txt", body=b"x")
        self.assertEqual(put.status, 403, put.text)
        self.assertIn(b"AccessDenied", put.body)
        self.assertEqual(sb.s3_request("DELETE", self.s3["endpoint"], tutor, "user-hack07", "README.md").status, 403)
        self.assertEqual(ok(tutor, "user-mrossi"), 403)
        self.assertEqual(ok(tutor, "user-cgallo"), 200)  # and the own bucket
        hacker = self.creds_for("hack03")      # a participant: the own bucket and the hackathon's
        self.assertEqual(ok(hacker, "user-hack03"), 200)
        self.assertEqual(ok(hacker, "proj-hackathon-2026"), 200)
        self.assertEqual(ok(hacker, "user-hack04"), 403)

    def test_presigned_urls(self):
        import datetime
        creds = self.creds_for("mrossi")
        for key in ("README.md", "notes/a+b=c.txt", "notes/100% done.txt", "notes/日本語/データ.txt"):
            url = sb.s3_presign(self.s3["endpoint"], creds, "user-mrossi", key)
            r = sb.request("GET", url)
            self.assertEqual(r.status, 200, (key, r.text))
            self.assertTrue(r.body.startswith(b"#") or r.body.decode() == key + "\n", key)
            tampered = sb.request("GET", url[:-4] + ("0000" if not url.endswith("0000") else "1111"))
            self.assertEqual(tampered.status, 403, key)
        old = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=120)
        expired = sb.s3_presign(self.s3["endpoint"], creds, "user-mrossi", "README.md", expires=60, signed_at=old)
        self.assertEqual(sb.request("GET", expired).status, 403)
        other = sb.s3_presign(self.s3["endpoint"], creds, "user-gbianchi", "README.md")
        self.assertEqual(sb.request("GET", other).status, 403)  # signature fine, policy says no

    def test_sts_rejects_bad_token(self):
        self.refused(self.assume("not.a.token"), "garbage")
        good = sb.test_token(self.issuer, "mrossi")
        head, payload, sig = good.split(".")
        b64 = lambda obj: base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")  # noqa: E731
        # The payload changed to claim support staff's group, the IAM's signature kept.
        claims = sb.jwt_payload(good)
        claims["groups"].append("ml-infn")
        claims["https://aws.amazon.com/tags"][0]["principal_tags"]["groups"].append("ml-infn")
        self.refused(self.assume(f"{head}.{b64(claims)}.{sig}"), "forged payload")
        self.refused(self.assume(f"{head}.{payload}.{sig[:-6]}AAAAAA"), "bad signature")
        self.refused(self.assume(f"{b64({'alg': 'none', 'typ': 'JWT'})}.{payload}."), "alg none")
        other_iss = dict(sb.jwt_payload(good), iss="https://127.0.0.1:1/")
        self.refused(self.assume(f"{head}.{b64(other_iss)}.{sig}"), "unknown issuer")
        expired = sb.test_token(self.issuer, "mrossi", expires_in=1)
        sb.poll(lambda: self.assume(expired).status == 403, 10, interval=0.5, what="token expiry")
        self.refused(self.assume(expired), "expired")
        self.assertEqual(self.assume(good).status, 200)  # and the genuine one still works

    def test_role_trusts_only_the_iam(self):
        """The role's trust policy names the IAM as OpenID Connect provider; the JWKS has x5c."""
        jwks = sb.request("GET", sb.discovery(self.issuer)["jwks_uri"]).json()
        self.assertTrue(all(k.get("x5c") for k in jwks["keys"]), jwks)
        r = self.assume(sb.test_token(self.issuer, "mrossi"))
        self.assertEqual(r.status, 200, r.text)
        self.assertIn(b"<Audience>https://wlcg.cern.ch/jwt/v1/any</Audience>", r.body)
        self.assertIn(b"<SubjectFromWebIdentityToken>sandbox-mrossi</SubjectFromWebIdentityToken>", r.body)
        wrong_role = dict(RoleArn="arn:aws:iam:::role/no-such-role")
        params = {"Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15",
                  "WebIdentityToken": sb.test_token(self.issuer, "mrossi"), "RoleSessionName": "plancia-test",
                  **wrong_role}
        r = sb.request("POST", self.s3["sts"]["endpoint"] + "/", data=params)
        self.assertIn(r.status, (400, 403, 404), r.text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
