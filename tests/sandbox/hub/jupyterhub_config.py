# JupyterHub config of the Plancia sandbox. Everything comes from the environment set by
# tests/sandbox/sandbox and from fleet.json.
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_hub import IamTokenAuthenticator, ProfileSpawner  # noqa: E402

c = get_config()  # noqa: F821
env = os.environ
run = env["SANDBOX_HUB_DIR"]
fleet = json.load(open(env["SANDBOX_FLEET"], encoding="utf-8"))
issuer = env["SANDBOX_IAM_ISSUER"]
admin_group = fleet["cluster"].get("adminGroup", "ml-infn")

# The public URL (the proxy) speaks HTTPS with the sandbox CA's certificate, like a real hub;
# the hub's own API and the proxy's API stay on loopback HTTP (internal, as in a cluster).
c.JupyterHub.bind_url = f"https://127.0.0.1:{env['SANDBOX_HUB_PORT']}/"
c.JupyterHub.ssl_cert = env["SANDBOX_TLS_CERT"]
c.JupyterHub.ssl_key = env["SANDBOX_TLS_KEY"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env["SANDBOX_HUB_INTERNAL_PORT"])
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env['SANDBOX_HUB_PROXY_API_PORT']}"
c.ConfigurableHTTPProxy.auth_token = env["SANDBOX_HUB_PROXY_TOKEN"]
c.ConfigurableHTTPProxy.pid_file = os.path.join(run, "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{os.path.join(run, 'jupyterhub.sqlite')}"
c.JupyterHub.cookie_secret_file = os.path.join(run, "cookie_secret")
c.JupyterHub.pid_file = os.path.join(run, "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.allow_named_servers = True
c.JupyterHub.named_server_limit_per_user = 5

users = {u["username"]: u["groups"] for u in fleet["users"]}
c.JupyterHub.authenticator_class = IamTokenAuthenticator
c.IamTokenAuthenticator.userinfo_url = env["SANDBOX_IAM_USERINFO"]
c.IamTokenAuthenticator.ca_file = env["SANDBOX_CA_FILE"]
c.IamTokenAuthenticator.browser_password = fleet.get("iam", {}).get("browserPassword", "")
c.IamTokenAuthenticator.admin_group = admin_group
c.IamTokenAuthenticator.fleet_users = users
c.Authenticator.allowed_users = set(users)
c.Authenticator.admin_users = {u for u, g in users.items() if admin_group in g}
c.JupyterHub.load_groups = {g["name"]: [u for u, gs in users.items() if g["name"] in gs] for g in fleet["groups"]}

roles = []
for tutor_group, participants in fleet["cluster"].get("tutorGroups", {}).items():
    roles.append({
        "name": f"tutor-{participants}",
        "description": f"tutors of {participants}",
        "scopes": [f"{s}!group={participants}" for s in (
            "list:users", "read:users", "read:users:activity", "admin:servers", "access:servers",
            "read:servers")] + ["self"],
        "groups": [tutor_group],
    })
roles.append({"name": "sandbox-admin", "scopes": ["admin:users", "admin:servers", "tokens", "admin:groups",
                                                  "list:users", "read:users", "access:servers", "read:hub"],
              "services": ["sandbox-admin"]})
# The platform's idle culler (jupyterhub-idle-culler on AI_INFN: timeout 3600, every 600).
# SANDBOX_CULL_TIMEOUT / SANDBOX_CULL_EVERY change them; tests shorten them for their own users
# through <hub dir>/culler.json (see idle_culler.py).
here = os.path.dirname(os.path.abspath(__file__))
roles.append({"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers",
                                                "delete:servers"],
              "services": ["idle-culler"]})
c.JupyterHub.load_roles = roles
c.JupyterHub.services = [
    {"name": "sandbox-admin", "api_token": env["SANDBOX_HUB_ADMIN_TOKEN"]},
    {"name": "idle-culler",
     "command": ["/usr/bin/python3", os.path.join(here, "idle_culler.py"),
                 "--timeout", env.get("SANDBOX_CULL_TIMEOUT", "3600"),
                 "--every", env.get("SANDBOX_CULL_EVERY", "600"),
                 "--overrides", os.path.join(run, "culler.json")],
     "environment": {"PLANCIA_SANDBOX_ID": env.get("PLANCIA_SANDBOX_ID", "")}},
]
# Activity as the platform tracks it (the proxy's routes and the single-user server's own
# reports), at a sandbox pace: every SANDBOX_ACTIVITY_INTERVAL seconds (real hubs: 300).
activity_interval = int(env.get("SANDBOX_ACTIVITY_INTERVAL", "5"))
c.JupyterHub.last_activity_interval = activity_interval

c.JupyterHub.spawner_class = ProfileSpawner
c.Spawner.cmd = ["/usr/bin/jupyterhub-singleuser"]
c.Spawner.args = ["--allow-root"]
c.Spawner.ip = "127.0.0.1"
c.Spawner.start_timeout = 60
c.Spawner.http_timeout = 60
c.Spawner.env_keep = ["PATH", "LANG", "LC_ALL", "PYTHONPATH"]
c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(run, "homes", "{username}")
c.ProfileSpawner.profiles = fleet["profiles"]
c.ProfileSpawner.fleet_nodes = fleet["nodes"]
c.ProfileSpawner.pid_dir = os.path.join(run, "singleuser-pids")
c.ProfileSpawner.sandbox_id = env.get("PLANCIA_SANDBOX_ID", "")
c.ProfileSpawner.activity_interval = activity_interval
# Seconds between the spawn's placement steps (screenshots slow it down to see a spawn).
c.ProfileSpawner.start_delay = float(env.get("SANDBOX_SPAWN_STEP_SECONDS", "0.4"))
# What is free is asked of the Kubernetes simulator (support staff's token), like the platform's
# form, which offers only free accelerators.
run_root = os.path.dirname(run)
try:
    kube_port = json.load(open(os.path.join(run_root, "ports.json"), encoding="utf-8"))["kubesim"]
    c.ProfileSpawner.kube_url = f"https://127.0.0.1:{kube_port}"
except (OSError, KeyError, ValueError):
    pass
c.ProfileSpawner.kube_tokens_file = os.path.join(run_root, "kube", "tokens.csv")
c.ProfileSpawner.admin_group = admin_group
c.ProfileSpawner.ca_file = env["SANDBOX_CA_FILE"]
c.JupyterHub.log_level = env.get("SANDBOX_HUB_LOG_LEVEL", "INFO")
# Answer POST .../server at once (202) like a Kubernetes hub does, so clients follow the
# spawn through the progress stream.
c.JupyterHub.tornado_settings = {"slow_spawn_timeout": 0}
