#!/usr/bin/env python3
"""S3 side of the Plancia sandbox, in front of and around moto_server.

  s3_sandbox.py setup   --endpoint URL --fleet FILE --out CREDS.json [--ca-file PEM]
      The first INITIAL_NO_AUTH_ACTION_COUNT (=5) calls: admin user, its policy and access key,
      the role `plancia-users` for AssumeRoleWithWebIdentity and its policy. Then, signed:
      buckets from fleet.json, seeded with a realistic tree.
  s3_sandbox.py sts     --port P --moto URL --creds CREDS.json --userinfo URL [--max-duration S]
                        [--ca-file PEM] [--tls-cert PEM --tls-key PEM]
      STS front. moto answers 500 to an unsigned AssumeRoleWithWebIdentity when auth is on and
      never checks the token; real RadosGW takes it unsigned and checks it. This front takes the
      call unsigned, checks the JWT at the IAM's userinfo endpoint, then asks moto (signed with
      the admin key) and returns moto's credentials.

--ca-file: the CA that signed moto's and the IAM's certificates (verification stays on);
--tls-cert/--tls-key: the STS front serves HTTPS.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import ssl
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import boto3
from botocore.config import Config

ROLE_NAME = "plancia-users"
ACCOUNT = "123456789012"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/{ROLE_NAME}"
NO_AUTH_CALLS = 5
REGION = "us-east-1"

ALLOW_ALL = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
ALLOW_S3 = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*", "sts:GetCallerIdentity"], "Resource": "*"}]})


def use_ca(ca_file):
    """Trust ca_file for every HTTPS call of this process (boto3 reads AWS_CA_BUNDLE)."""
    global SSL_CONTEXT
    if ca_file:
        os.environ["AWS_CA_BUNDLE"] = ca_file
    SSL_CONTEXT = ssl.create_default_context(cafile=ca_file or None)


SSL_CONTEXT = None


def client(service, endpoint, creds=None):
    creds = creds or {"AccessKeyId": "bootstrap", "SecretAccessKey": "bootstrap"}
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION,
                        aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                        aws_session_token=creds.get("SessionToken"),
                        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2},
                                      max_pool_connections=16))


def bootstrap(endpoint):
    """Exactly NO_AUTH_CALLS calls, before moto starts enforcing credentials."""
    iam = client("iam", endpoint)
    iam.create_user(UserName="sandbox-admin")
    iam.put_user_policy(UserName="sandbox-admin", PolicyName="all", PolicyDocument=ALLOW_ALL)
    key = iam.create_access_key(UserName="sandbox-admin")["AccessKey"]
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Federated": "sandbox-iam"}, "Action": "sts:AssumeRoleWithWebIdentity"},
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/sandbox-admin"},
         "Action": "sts:AssumeRole"}]})
    iam.create_role(RoleName=ROLE_NAME, AssumeRolePolicyDocument=trust, MaxSessionDuration=43200)
    iam.put_role_policy(RoleName=ROLE_NAME, PolicyName="s3", PolicyDocument=ALLOW_S3)
    return {"AccessKeyId": key["AccessKeyId"], "SecretAccessKey": key["SecretAccessKey"], "RoleArn": ROLE_ARN}


def user_role(username):
    return f"plancia-user-{username}"


def user_policies(fleet):
    """username -> IAM policy: like RadosGW bucket policies keyed on the token's claims. Own bucket
    and project buckets read/write; support staff (admin group) everything; tutors read their
    participants' buckets."""
    admin_group = fleet["cluster"].get("adminGroup", "ml-infn")
    tutors = fleet["cluster"].get("tutorGroups", {})
    members = {}
    for u in fleet["users"]:
        for g in u["groups"]:
            members.setdefault(g, []).append(u["username"])
    out = {}
    for u in fleet["users"]:
        name, groups = u["username"], set(u["groups"])
        rw, ro = [], []
        for b in fleet["buckets"]:
            owner = b["owner"]
            if admin_group in groups or owner == name or (owner.startswith("project:") and owner[8:] in groups):
                rw.append(b["name"])
            elif any(t in groups and owner in members.get(p, []) for t, p in tutors.items()):
                ro.append(b["name"])
        arns = lambda names: [f"arn:aws:s3:::{n}" for n in names] + [f"arn:aws:s3:::{n}/*" for n in names]  # noqa: E731
        stmts = [{"Effect": "Allow", "Action": ["s3:ListAllMyBuckets", "s3:GetBucketLocation", "sts:GetCallerIdentity"],
                  "Resource": "*"}]
        if rw:
            stmts.append({"Effect": "Allow", "Action": "s3:*", "Resource": arns(rw)})
        if ro:
            stmts.append({"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject", "s3:GetBucketLocation",
                                                         "s3:GetBucketTagging"], "Resource": arns(ro)})
        out[name] = json.dumps({"Version": "2012-10-17", "Statement": stmts})
    return out


def create_user_roles(endpoint, fleet, creds):
    iam = client("iam", endpoint, creds)
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/sandbox-admin"},
         "Action": "sts:AssumeRole"}]})
    for name, policy in user_policies(fleet).items():
        iam.create_role(RoleName=user_role(name), AssumeRolePolicyDocument=trust, MaxSessionDuration=43200)
        iam.put_role_policy(RoleName=user_role(name), PolicyName="buckets", PolicyDocument=policy)


def body(seed, size):
    """Deterministic pseudo-random bytes (fast: repeated blocks of a hashed seed)."""
    block = hashlib.sha256(seed.encode()).digest() * 128  # 4 KiB
    reps = size // len(block) + 1
    return (block * reps)[:size]


def csv_rows(seed, n):
    rng = random.Random(seed)
    rows = ["event_id,energy_gev,eta,phi,label"]
    rows += [f"{i},{rng.uniform(1, 500):.3f},{rng.uniform(-2.5, 2.5):.4f},{rng.uniform(-3.14, 3.14):.4f},{rng.randint(0, 1)}" for i in range(n)]
    return ("\n".join(rows) + "\n").encode()


def tree(template, owner, rng):
    """(key, bytes) of a bucket's seeded content."""
    files = []
    odd = [  # keys clients get wrong: spaces, +, %, #, unicode, deep nesting
        "notes/meeting notes 2026-03-14.md", "notes/a+b=c.txt", "notes/100% done.txt", "notes/issue #42.txt",
        "notes/perché_così.txt", "notes/日本語/データ.txt", "notes/émoji 🚀.txt",
        "deep/a/b/c/d/e/f/g/leaf.txt",
    ]
    if template in ("researcher", "hackathon-user"):
        files.append(("README.md", f"# {owner}'s bucket\n\nSandbox data for {owner}.\n".encode()))
        for k in odd:
            files.append((k, f"{k}\n".encode()))
        n_nb = 6 if template == "researcher" else 3
        for i in range(n_nb):
            files.append((f"notebooks/analysis-{i:02d}.ipynb", json.dumps({"cells": [], "nbformat": 4, "nbformat_minor": 5, "metadata": {"i": i}}).encode()))
        if template == "researcher":
            for i in range(40):
                files.append((f"results/run-{i:03d}/metrics.json", json.dumps({"loss": rng.random(), "epoch": i}).encode()))
            files.append(("checkpoints/model-best.pt", body(owner + "ckpt", 512 * 1024 + 123)))
        else:
            files.append(("exercise/solution.py", b"print('hello hackathon')\n"))
    elif template in ("project-datasets", "hackathon-shared", "project-fpga"):
        files.append(("README.md", f"# {owner}\n\nShared project data.\n".encode()))
        nshards = 250 if template == "project-datasets" else 60
        for i in range(nshards):
            files.append((f"datasets/train/shard-{i:05d}.csv", csv_rows(owner + str(i), 20)))
        for i in range(20):
            files.append((f"datasets/validation/shard-{i:05d}.csv", csv_rows(owner + "v" + str(i), 20)))
        files.append(("datasets/big/events-2026.parquet", body(owner + "big", 5 * 1024 * 1024)))
        files.append(("datasets/big/events-2025.parquet", body(owner + "big2", 1024 * 1024 + 7)))
        files.append(("datasets/with space/file +plus%percent#hash.csv", csv_rows(owner + "odd", 5)))
        files.append(("datasets/unicodé/città.csv", csv_rows(owner + "u", 5)))
        if template == "project-fpga":
            for i in range(10):
                files.append((f"bitstreams/trigger-v{i}.xclbin", body(owner + str(i), 64 * 1024)))
    return files


def seed(endpoint, fleet, creds):
    s3 = client("s3", endpoint, creds)
    jobs = []
    for b in fleet["buckets"]:
        s3.create_bucket(Bucket=b["name"])
        s3.put_bucket_tagging(Bucket=b["name"], Tagging={"TagSet": [{"Key": "owner", "Value": b["owner"]}]})
        rng = random.Random(b["name"])
        owner = b["owner"].split(":", 1)[-1]
        for key, data in tree(b.get("seed", "researcher"), owner, rng):
            jobs.append((b["name"], key, data))
    local = threading.local()

    def put(job):
        if not hasattr(local, "s3"):
            local.s3 = client("s3", endpoint, creds)
        bucket, key, data = job
        local.s3.put_object(Bucket=bucket, Key=key, Body=data)
        return len(data)

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as ex:
        total = sum(ex.map(put, jobs))
    return len(jobs), total


def cmd_setup(a):
    fleet = json.load(open(a.fleet, encoding="utf-8"))
    creds = bootstrap(a.endpoint)
    with open(a.out + ".tmp", "w") as f:
        json.dump(creds, f)
    os.chmod(a.out + ".tmp", 0o600)
    os.replace(a.out + ".tmp", a.out)
    create_user_roles(a.endpoint, fleet, creds)
    n, size = seed(a.endpoint, fleet, creds)
    print(json.dumps({"objects": n, "bytes": size, "buckets": len(fleet["buckets"])}))


class StsHandler(BaseHTTPRequestHandler):
    server_version = "sandbox-sts/1"

    def log_message(self, fmt, *args):
        sys.stderr.write("sts: " + (fmt % args) + "\n")

    def _reply(self, status, xml):
        data = xml.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status, code, message):
        self._reply(status, f'<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>'
                            f'<Code>{code}</Code><Message>{escape(message)}</Message></Error>'
                            f'<RequestId>sandbox</RequestId></ErrorResponse>')

    def do_GET(self):
        self._handle(urllib.parse.urlparse(self.path).query)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        query = urllib.parse.urlparse(self.path).query
        self._handle("&".join(x for x in (query, raw) if x))

    def _handle(self, qs):
        p = {k: v[-1] for k, v in urllib.parse.parse_qs(qs, keep_blank_values=True).items()}
        cfg = self.server.cfg
        if p.get("Action") != "AssumeRoleWithWebIdentity":
            return self._error(400, "InvalidAction", "only AssumeRoleWithWebIdentity is served here")
        token = p.get("WebIdentityToken", "")
        if p.get("RoleArn") != ROLE_ARN:
            return self._error(403, "AccessDenied", f"unknown role {p.get('RoleArn')}")
        try:
            duration = int(p.get("DurationSeconds") or cfg["default_duration"])
        except ValueError:
            return self._error(400, "ValidationError", "DurationSeconds is not a number")
        if duration < 900 or duration > cfg["max_duration"]:
            if not (cfg["max_duration"] < 900 and duration == cfg["max_duration"]):
                return self._error(400, "ValidationError",
                                   f"DurationSeconds must be between 900 and {cfg['max_duration']}")
        try:
            req = urllib.request.Request(cfg["userinfo"], headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(req, timeout=10, context=SSL_CONTEXT) as r:
                info = json.loads(r.read())
        except urllib.error.HTTPError:
            return self._error(400, "InvalidIdentityToken", "the web identity token is not valid")
        except Exception as e:  # IAM unreachable
            return self._error(503, "IDPCommunicationError", str(e))
        username = info.get("preferred_username", "")
        if username not in cfg["users"]:
            return self._error(403, "AccessDenied", f"no S3 access for {username!r}")
        session = p.get("RoleSessionName") or username
        sts = client("sts", cfg["moto"], cfg["creds"])
        # botocore sends AssumeRoleWithWebIdentity unsigned, which moto refuses with auth on:
        # the front asks for the credentials of the user's own role (its bucket policy) with a
        # signed AssumeRole instead.
        try:
            out = sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/{user_role(username)}",
                                  RoleSessionName=session, DurationSeconds=max(900, duration))
        except Exception as e:
            return self._error(500, "InternalFailure", f"moto: {e}")
        c = out["Credentials"]
        import datetime
        expiration = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=duration)
        xml = ('<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
               '<AssumeRoleWithWebIdentityResult>'
               f'<SubjectFromWebIdentityToken>{escape(info.get("sub", ""))}</SubjectFromWebIdentityToken>'
               f'<Audience>plancia</Audience>'
               f'<AssumedRoleUser><Arn>arn:aws:sts::{ACCOUNT}:assumed-role/{ROLE_NAME}/{escape(session)}</Arn>'
               f'<AssumedRoleId>{escape(out["AssumedRoleUser"]["AssumedRoleId"])}</AssumedRoleId></AssumedRoleUser>'
               '<Credentials>'
               f'<AccessKeyId>{escape(c["AccessKeyId"])}</AccessKeyId>'
               f'<SecretAccessKey>{escape(c["SecretAccessKey"])}</SecretAccessKey>'
               f'<SessionToken>{escape(c["SessionToken"])}</SessionToken>'
               f'<Expiration>{expiration.strftime("%Y-%m-%dT%H:%M:%SZ")}</Expiration>'
               '</Credentials>'
               f'<Provider>{escape(cfg["issuer"])}</Provider>'
               '</AssumeRoleWithWebIdentityResult>'
               '<ResponseMetadata><RequestId>sandbox</RequestId></ResponseMetadata>'
               '</AssumeRoleWithWebIdentityResponse>')
        self._reply(200, xml)


def cmd_sts(a):
    creds = json.load(open(a.creds))
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), StsHandler)
    srv.daemon_threads = True
    scheme = "http"
    if a.tls_cert and a.tls_key:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.tls_cert, a.tls_key)
        # The handshake runs in the handler thread (first read), not in the accept loop.
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True, do_handshake_on_connect=False)
        scheme = "https"
    fleet = json.load(open(a.fleet, encoding="utf-8"))
    srv.cfg = {"moto": a.moto, "creds": creds, "userinfo": a.userinfo, "issuer": a.issuer,
               "users": {u["username"] for u in fleet["users"]},
               "max_duration": a.max_duration, "default_duration": min(3600, a.max_duration)}
    sys.stderr.write(f"sts: listening on {scheme}://127.0.0.1:{srv.server_address[1]}\n")
    srv.serve_forever()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--endpoint", required=True)
    s.add_argument("--fleet", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--ca-file", default="")
    t = sub.add_parser("sts")
    t.add_argument("--port", type=int, required=True)
    t.add_argument("--moto", required=True)
    t.add_argument("--creds", required=True)
    t.add_argument("--userinfo", required=True)
    t.add_argument("--fleet", required=True)
    t.add_argument("--issuer", default="")
    t.add_argument("--max-duration", type=int, default=43200)
    t.add_argument("--ca-file", default="")
    t.add_argument("--tls-cert", default="")
    t.add_argument("--tls-key", default="")
    a = ap.parse_args()
    use_ca(a.ca_file)
    return cmd_setup(a) if a.cmd == "setup" else cmd_sts(a)


if __name__ == "__main__":
    sys.exit(main())
