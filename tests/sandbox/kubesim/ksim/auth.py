"""Authentication (static token file, OIDC RS256 JWTs verified in pure Python) and authorization."""
import base64
import csv
import hashlib
import json
import ssl
import threading
import time
import urllib.request


SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


class User:
    def __init__(self, name, uid="", groups=()):
        self.name = name
        self.uid = uid
        self.groups = list(groups) + ["system:authenticated"]

    def __repr__(self):
        return "User(%r, %r)" % (self.name, self.groups)


def load_token_file(path):
    """kube-apiserver --token-auth-file: token,user,uid[,"group1,group2"]."""
    tokens = {}
    with open(path, newline="") as f:
        for row in csv.reader(f):
            if not row or row[0].startswith("#") or len(row) < 3:
                continue
            groups = [g.strip() for g in row[3].split(",") if g.strip()] if len(row) > 3 else []
            tokens[row[0].strip()] = User(row[1].strip(), row[2].strip(), groups)
    return tokens


def b64url(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64decode(s + b"=" * (-len(s) % 4))


def rsa_pkcs1_sha256_verify(n, e, message, signature):
    k = (n.bit_length() + 7) // 8
    if len(signature) != k:
        return False
    s = int.from_bytes(signature, "big")
    if s >= n:
        return False
    em = pow(s, e, n).to_bytes(k, "big")
    t = SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
    expected = b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t
    return em == expected


class OidcVerifier:
    def __init__(self, issuer, client_id=None, leeway=30, ca_file=None):
        self.issuer = issuer
        # kube-apiserver --oidc-ca-file: the CA of the issuer's HTTPS certificate (else the system's)
        self.context = ssl.create_default_context(cafile=ca_file or None)
        self.client_id = client_id
        self.leeway = leeway
        self.lock = threading.Lock()
        self.keys = {}
        self.fetched = 0

    def _fetch_keys(self):
        url = self.issuer.rstrip("/") + "/.well-known/openid-configuration"
        with urllib.request.urlopen(url, timeout=5, context=self.context) as r:
            conf = json.load(r)
        with urllib.request.urlopen(conf["jwks_uri"], timeout=5, context=self.context) as r:
            jwks = json.load(r)
        keys = {}
        for k in jwks.get("keys", []):
            if k.get("kty") != "RSA":
                continue
            keys[k.get("kid")] = (int.from_bytes(b64url(k["n"]), "big"), int.from_bytes(b64url(k["e"]), "big"))
        self.keys = keys
        self.fetched = time.time()

    def _key(self, kid):
        with self.lock:
            if kid not in self.keys and (not self.keys or time.time() - self.fetched > 5):
                try:
                    self._fetch_keys()
                except Exception:
                    return None
            if kid in self.keys:
                return self.keys[kid]
            if kid is None and len(self.keys) == 1:
                return next(iter(self.keys.values()))
            return None

    def verify(self, token):
        """Return a User or None."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = json.loads(b64url(parts[0]))
            claims = json.loads(b64url(parts[1]))
            sig = b64url(parts[2])
        except Exception:
            return None
        if header.get("alg") != "RS256":
            return None
        key = self._key(header.get("kid"))
        if not key or not rsa_pkcs1_sha256_verify(key[0], key[1], (parts[0] + "." + parts[1]).encode(), sig):
            return None
        if claims.get("iss", "").rstrip("/") != self.issuer.rstrip("/"):
            return None
        now = time.time()
        if "exp" not in claims or now > claims["exp"] + self.leeway:
            return None
        if "nbf" in claims and now + self.leeway < claims["nbf"]:
            return None
        if self.client_id:
            aud = claims.get("aud")
            auds = aud if isinstance(aud, list) else [aud]
            if self.client_id not in auds:
                return None
        name = claims.get("preferred_username") or claims.get("sub")
        if not name:
            return None
        groups = claims.get("wlcg.groups")
        if groups is None:
            groups = claims.get("groups") or []
        if isinstance(groups, str):
            groups = [groups]
        groups = [g.lstrip("/") for g in groups]
        return User(name, claims.get("sub", ""), groups)


class Authenticator:
    def __init__(self, tokens=None, oidc=None):
        self.tokens = tokens or {}
        self.oidc = oidc

    def authenticate(self, header):
        if not header:
            return None
        scheme, _, tok = header.partition(" ")
        if scheme.lower() != "bearer" or not tok.strip():
            return None
        tok = tok.strip()
        if tok in self.tokens:
            return self.tokens[tok]
        if self.oidc:
            return self.oidc.verify(tok)
        return None


READ = ("get", "list", "watch")


class Authorizer:
    """RBAC as the platform configures it (see README 'Authorization').

    - group system:masters: everything (the sandbox admin kubeconfig).
    - support group (fleet `kube.supportGroup`, default ml-infn): read everything, and delete
      pods, jobs and workloads anywhere (support stops runaway jobs; it does not create or edit).
    - every authenticated user: read nodes, namespaces they own, clusterqueues, resourceflavors,
      priorityclasses;
      in their own namespace: pods (+log), jobs: all verbs; workloads, localqueues, events: read;
      the localqueue visibility endpoint.
    """

    def __init__(self, namespaces_of, support_group="ml-infn"):
        self.namespaces_of = namespaces_of
        self.support_group = support_group

    def allowed(self, user, verb, group, plural, ns, sub=None, name=None):
        if "system:masters" in user.groups:
            return True
        if self.support_group in user.groups:
            if verb in READ:
                return True
            if verb in ("delete", "deletecollection") and plural in ("pods", "jobs", "workloads") and not sub:
                return True
        if plural in ("nodes", "clusterqueues", "resourceflavors", "priorityclasses") and verb in READ and not sub:
            return True
        own = self.namespaces_of(user.name)
        if plural == "namespaces":
            return verb in ("get", "watch") and name in own
        if not ns or ns not in own:
            return False
        if group == "visibility.kueue.x-k8s.io":
            return plural == "localqueues" and verb == "get"
        if sub == "status":
            return verb in READ
        if plural == "pods":
            return sub in (None, "log", "eviction")
        if plural == "jobs":
            return True
        if plural in ("workloads", "localqueues", "events"):
            return verb in READ
        return False
