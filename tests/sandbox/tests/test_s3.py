#!/usr/bin/env python3
"""Sandbox S3: STS AssumeRoleWithWebIdentity with the IAM token, credentials enforced, seeded
buckets with awkward keys (PLATFORM-API.md section 6)."""
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

    def test_sts_credentials_list_seeded_buckets(self):
        creds = self.creds_for("mrossi")
        exp = time.mktime(time.strptime(creds["Expiration"], "%Y-%m-%dT%H:%M:%SZ")) - time.timezone
        self.assertAlmostEqual(exp - time.time(), self.s3["sts"]["durationSeconds"], delta=120)
        r = sb.s3_request("GET", self.s3["endpoint"], creds)
        self.assertEqual(r.status, 200, r.text)
        buckets = {b.find("Name").text for b in strip_ns(r.body).find("Buckets")}
        expected = {b["name"] for b in sb.fleet()["buckets"]}
        self.assertTrue(expected <= buckets, expected - buckets)

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
        r = sb.s3_request("GET", self.s3["endpoint"], unknown)
        self.assertEqual(r.status, 403, r.text)
        self.assertIn(b"InvalidAccessKeyId", r.body)
        r = sb.s3_request("GET", self.s3["endpoint"], {"AccessKeyId": "", "SecretAccessKey": ""})
        self.assertEqual(r.status, 403, r.text)

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
        admin = self.creds_for("mricci")       # support staff: every bucket
        self.assertEqual(ok(admin, "user-gbianchi"), 200)
        tutor = self.creds_for("cgallo")       # tutor: reads the participants' buckets
        self.assertEqual(ok(tutor, "user-hack07"), 200)
        self.assertEqual(sb.s3_request("PUT", self.s3["endpoint"], tutor, "user-hack07", "x.txt", body=b"x").status, 403)
        self.assertEqual(ok(tutor, "user-mrossi"), 403)

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
        r = self.assume("not.a.token")
        self.assertEqual(r.status, 400, r.text)
        self.assertIn(b"InvalidIdentityToken", r.body)
        expired = sb.test_token(self.issuer, "mrossi", expires_in=1)
        sb.poll(lambda: self.assume(expired).status == 400, 10, interval=0.5, what="token expiry")


if __name__ == "__main__":
    unittest.main(verbosity=2)
