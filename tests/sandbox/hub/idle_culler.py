"""The sandbox hub's idle culler: what jupyterhub-idle-culler does on AI_INFN (cull.enabled,
timeout 3600, every 600): every `every` seconds, stop the servers whose last_activity is older
than `timeout`. Runs as a hub-managed service (JUPYTERHUB_API_URL, JUPYTERHUB_API_TOKEN).

Short values for tests without a sandbox of their own: `<hub dir>/culler.json`, read at every
tick, may set {"every": S, "timeout": S, "users": {"<name>": timeout_seconds}} (a per-user
timeout only for that user's servers; the others keep the platform's).
"""
import argparse
import datetime
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def log(msg):
    print(f"[idle-culler] {datetime.datetime.now().isoformat(timespec='seconds')} {msg}", flush=True)


def api(method, path, token, base):
    req = urllib.request.Request(base.rstrip("/") + path, method=method,
                                 headers={"Authorization": f"token {token}", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        body = resp.read()
        return resp.status, (json.loads(body) if body else None)


def parse_time(s):
    if not s:
        return None
    s = s.rstrip("Z")
    try:
        t = datetime.datetime.fromisoformat(s)
    except ValueError:
        return None
    return t.replace(tzinfo=datetime.timezone.utc) if t.tzinfo is None else t


def settings(args):
    conf = {"every": args.every, "timeout": args.timeout, "users": {}}
    try:
        with open(args.overrides, encoding="utf-8") as f:
            conf.update(json.load(f))
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as e:
        log(f"ignoring {args.overrides}: {e}")
    return conf


def cull_once(conf, token, base):
    now = datetime.datetime.now(datetime.timezone.utc)
    _, users = api("GET", "/users?state=ready", token, base)
    for user in users or []:
        timeout = float(conf["users"].get(user["name"], conf["timeout"]))
        for name, server in (user.get("servers") or {}).items():
            if not server.get("ready") or server.get("pending"):
                continue
            last = parse_time(server.get("last_activity")) or parse_time(server.get("started"))
            if last is None:
                continue
            idle = (now - last).total_seconds()
            if idle <= timeout:
                continue
            path = f"/users/{urllib.parse.quote(user['name'])}/server"
            if name:
                path += f"s/{urllib.parse.quote(name)}"
            log(f"culling {user['name']}/{name or '(default)'}: idle {idle:.0f} s > {timeout:.0f} s")
            try:
                api("DELETE", path, token, base)
            except urllib.error.HTTPError as e:
                log(f"stopping {user['name']}/{name} failed: HTTP {e.code}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--every", type=float, default=600)
    ap.add_argument("--overrides", default="")
    args = ap.parse_args()
    token = os.environ["JUPYTERHUB_API_TOKEN"]
    base = os.environ["JUPYTERHUB_API_URL"]
    log(f"timeout {args.timeout:.0f} s, every {args.every:.0f} s, overrides {args.overrides or '-'}")
    last = 0.0
    while True:
        conf = settings(args)
        if time.monotonic() - last >= float(conf["every"]):
            last = time.monotonic()
            try:
                cull_once(conf, token, base)
            except Exception as e:  # the hub restarting, a transient error: next tick
                log(f"cull pass failed: {e}")
        time.sleep(min(1.0, max(0.2, float(conf["every"]))))


if __name__ == "__main__":
    sys.exit(main())
