"""OIDC bearer tokens: RS256 JWTs from an issuer, verified against its JWKS (in-test issuer, fresh key)."""
import base64
import hashlib
import json
import random
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from simclient import Sim

DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def _probable_prime(bits, rng):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and _miller_rabin(n, rng):
            return n


def _miller_rabin(n, rng, rounds=24):
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def rsa_keygen(bits=2048, seed=None):
    rng = random.Random(seed)
    e = 65537
    while True:
        p, q = _probable_prime(bits // 2, rng), _probable_prime(bits // 2, rng)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            return p * q, e, pow(e, -1, phi)


def b64(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def sign(key, claims, kid="k1"):
    n, e, d = key
    head = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": kid}).encode())
    body = b64(json.dumps(claims).encode())
    k = (n.bit_length() + 7) // 8
    t = DIGEST_INFO + hashlib.sha256((head + "." + body).encode()).digest()
    em = b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t
    sig = pow(int.from_bytes(em, "big"), d, n).to_bytes(k, "big")
    return head + "." + body + "." + b64(sig)


class Issuer:
    def __init__(self, key):
        n, e, _ = key
        jwks = {"keys": [{"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256",
                          "n": b64(n.to_bytes((n.bit_length() + 7) // 8, "big")), "e": b64(e.to_bytes(3, "big"))}]}
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                if self.path == "/.well-known/openid-configuration":
                    body = {"issuer": outer.url, "jwks_uri": outer.url + "/jwk"}
                elif self.path == "/jwk":
                    body = jwks
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = "http://127.0.0.1:%d" % self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()


class OidcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.key = rsa_keygen(2048, seed=4)
        cls.issuer = Issuer(cls.key)
        cls.sim = Sim("--issuer", cls.issuer.url)

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()
        cls.issuer.stop()

    def token(self, user="mrossi", groups=("/ml-infn-users",), iss=None, exp=3600, key=None, claim="wlcg.groups"):
        now = int(time.time())
        claims = {"iss": iss or self.issuer.url, "sub": "uuid-" + user, "preferred_username": user,
                  "iat": now, "exp": now + exp, claim: list(groups)}
        return "Bearer " + sign(key or self.key, claims)

    def test_valid_token_scopes_to_own_namespace(self):
        s = self.sim
        tok = self.token()
        self.assertEqual(s.get("/api/v1/namespaces/user-mrossi/pods", user=tok)[0], 200)
        code, _, st = s.get("/api/v1/namespaces/user-lverdi/pods", user=tok)
        self.assertEqual(code, 403)
        self.assertIn('User "mrossi"', st["message"])

    def test_support_group_reads_everything(self):
        tok = self.token("dferri", ("/ml-infn", "/ml-infn-users"))
        self.assertEqual(self.sim.get("/api/v1/pods", user=tok)[0], 200)
        tok = self.token("dferri", ("ml-infn",), claim="groups")
        self.assertEqual(self.sim.get("/apis/batch/v1/jobs", user=tok)[0], 200)

    def test_rejected_tokens_give_401(self):
        other = rsa_keygen(1024, seed=5)
        good = self.token()
        head, body, sig = good.split(" ")[1].split(".")
        tampered = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        tampered["preferred_username"] = "lverdi"
        for tok in (self.token(exp=-120), self.token(iss="https://evil.example.org"), self.token(key=other),
                    "Bearer %s.%s.%s" % (head, b64(json.dumps(tampered).encode()), sig), "Bearer abc.def"):
            code, _, st = self.sim.get("/api/v1/namespaces/user-mrossi/pods", user=tok)
            self.assertEqual((code, st["reason"]), (401, "Unauthorized"), tok[:40])


if __name__ == "__main__":
    unittest.main()
