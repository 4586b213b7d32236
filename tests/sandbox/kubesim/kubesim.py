#!/usr/bin/env python3
"""kubesim: Kubernetes API simulator for the Plancia sandbox (see README.md)."""
import argparse
import json
import os
import signal
import ssl
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ksim import auth, persist, seed  # noqa: E402
from ksim.server import Server, make_handler  # noqa: E402
from ksim.sim import Sim  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=6443)
    ap.add_argument("--fleet", required=True)
    ap.add_argument("--issuer", help="OIDC issuer URL whose RS256 JWTs are accepted")
    ap.add_argument("--oidc-ca-file", help="CA (PEM) of the issuer's HTTPS certificate (kube-apiserver --oidc-ca-file)")
    ap.add_argument("--oidc-client-id", help="if set, the JWT aud must contain it (kube-apiserver --oidc-client-id)")
    ap.add_argument("--token-auth-file", help="static tokens, kube-apiserver CSV: token,user,uid,\"g1,g2\"")
    ap.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second")
    ap.add_argument("--state-dir", help="keep the cluster state here across restarts (seed only when empty)")
    ap.add_argument("--no-seed", action="store_true", help="start with nodes, namespaces and queues only")
    ap.add_argument("--history-size", type=int, default=5000,
                    help="changes kept for watch resumption; older resourceVersions give 410 Gone")
    ap.add_argument("--secure-port", type=int,
                    help="also serve HTTPS on this port (kubectl only sends credentials over TLS)")
    ap.add_argument("--tls-cert-file", help="PEM certificate for --secure-port")
    ap.add_argument("--tls-private-key-file", help="PEM private key for --secure-port")
    ap.add_argument("--tls-only", action="store_true",
                    help="serve only --secure-port (no plain HTTP on --port), like a real API server")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.tls_only and args.secure_port is None:
        ap.error("--tls-only needs --secure-port")

    with open(args.fleet) as f:
        fleet = json.load(f)
    tokens = auth.load_token_file(args.token_auth_file) if args.token_auth_file else {}
    oidc = auth.OidcVerifier(args.issuer, args.oidc_client_id, ca_file=args.oidc_ca_file) if args.issuer else None
    sim = Sim(fleet, auth.Authenticator(tokens, oidc), speed=args.speed, history_size=args.history_size)
    store = persist.Persistence(sim, args.state_dir) if args.state_dir else None
    if store is not None and store.exists():
        store.load()
        print("kubesim: state loaded from %s" % store.path, file=sys.stderr, flush=True)
    else:
        sim.bootstrap()
        if not args.no_seed:
            seed.seed(sim)
    sim.persistence = store
    sim.start()
    handler = make_handler(sim.api, args.verbose)
    servers = []
    if args.secure_port is not None:
        if not (args.tls_cert_file and args.tls_private_key_file):
            ap.error("--secure-port needs --tls-cert-file and --tls-private-key-file")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls_cert_file, args.tls_private_key_file)
        httpsd = Server((args.host, args.secure_port), handler)
        # The handshake runs in the handler thread (first read), not in the accept loop.
        httpsd.socket = ctx.wrap_socket(httpsd.socket, server_side=True, do_handshake_on_connect=False)
        servers.append(httpsd)
        print("kubesim: serving on https://%s:%d" % (args.host, httpsd.server_address[1]), file=sys.stderr,
              flush=True)
    if not args.tls_only:
        servers.append(Server((args.host, args.port), handler))
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()

    def stop(*_):
        for s in servers:
            threading.Thread(target=s.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    if not args.tls_only:
        print("kubesim: serving on http://%s:%d (speed %g)" % (args.host, servers[-1].server_address[1], args.speed),
              file=sys.stderr, flush=True)
    else:
        print("kubesim: TLS only (speed %g)" % args.speed, file=sys.stderr, flush=True)
    try:
        servers[0].serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    sim.stopping = True
    if store is not None:
        store.save(force=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
