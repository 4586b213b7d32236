"""Plausible container output, generated as a pure function of (pod, container, time)."""
import hashlib
import math
import random

import datetime

from . import shellout

MAX_LINES = 2000  # like kubelet log rotation: older lines are gone


def _is_notebook(pod):
    return (pod["metadata"].get("labels") or {}).get("component") == "singleuser-server"


def interval_sim(pod):
    return 60.0 if _is_notebook(pod) else 10.0


def interval_real(pod, speed):
    return max(0.05, interval_sim(pod) / speed)


def _stamp(t):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def _job_line(pod, i, rng_seed, t):
    name = (pod["metadata"].get("labels") or {}).get("job-name", pod["metadata"]["name"])
    rnd = random.Random(rng_seed * 1000003 + i)
    if i == 0:
        return "%s INFO Starting %s on %s" % (_stamp(t), name, pod["spec"].get("nodeName", "?"))
    if i == 1:
        return "%s INFO Loading dataset from s3://proj-data/%s/train (%d files)" % (_stamp(t), name,
                                                                                   rnd.randint(20, 400))
    if i == 2:
        gpus = any("gpu" in k for c in pod["spec"]["containers"]
                   for k in ((c.get("resources") or {}).get("limits") or {}))
        return "%s INFO Using device: %s" % (_stamp(t), "cuda:0" if gpus else "cpu")
    step = i - 2
    loss = 2.5 * math.exp(-step / 80.0) + 0.05 + rnd.random() * 0.03
    return "%s INFO epoch %d step %d loss=%.4f acc=%.3f lr=3.0e-04" % (
        _stamp(t), step // 50 + 1, step, loss, min(0.99, 1 - loss / 3))


def _nb_line(pod, i, rng_seed, t):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)
    user = (pod["metadata"].get("labels") or {}).get("hub.jupyter.org/username", "user")
    if i == 0:
        return "[I %s ServerApp] Jupyter Server 2.14.2 is running at:" % ts
    if i == 1:
        return "[I %s ServerApp] http://%s:8888/user/%s/lab" % (ts, pod["metadata"]["name"], user)
    if i == 2:
        return "[I %s JupyterHubSingleUser] Updating Hub with activity every 300 seconds" % ts
    rnd = random.Random(rng_seed * 7919 + i)
    return rnd.choice([
        "[I %s ServerApp] Saving file at /notebooks/analysis.ipynb" % ts,
        "[I %s ServerApp] Kernel started: %s" % (ts, hashlib.md5(str(i).encode()).hexdigest()[:8]),
        "[I %s JupyterHubSingleUser] Updated Hub with activity" % ts,
        "[W %s ServerApp] 404 GET /user/%s/api/kernels/x (127.0.0.1) 1.02ms" % (ts, user),
        "[I %s ServerApp] Starting buffering for session" % ts])


def _final(reason, code, t):
    if reason == "Completed":
        return ["%s INFO Training finished, model saved to /output/model.pt" % _stamp(t)]
    if reason == "OOMKilled":
        return ["%s ERROR RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB" % _stamp(t), "Killed"]
    if reason == "ProviderFailed":
        return ["%s ERROR interLink: the remote site rejected the job (ProviderFailed)" % _stamp(t)]
    if reason == "SlurmJobTimeout":
        return ["slurmstepd: error: *** JOB 4815162 ON lrdn0342 CANCELLED AT %s DUE TO TIME LIMIT ***"
                % datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")]
    return ["Traceback (most recent call last):", '  File "/app/train.py", line 42, in <module>',
            "%s ERROR exiting with code %d" % (_stamp(t), code)]


def lines(pod, container, start, end, speed, done, code, reason):
    """[(epoch, text)] from start to end; the final lines when the container has exited.

    First what the container's own command prints (shellout: the echo/printf lines of an `sh -c`
    script before its first sleep), then the simulated run, then the script's lines after its first
    sleep (on success) and the outcome's last lines."""
    before, after = shellout.output(pod, container)
    eps = 1e-6
    base = start + len(before) * eps
    step = interval_real(pod, speed)
    n = int(max(0.0, end - base) / step) + 1
    first = max(0, n - MAX_LINES)
    seed = int(hashlib.md5((pod["metadata"]["uid"] + container).encode()).hexdigest()[:8], 16)
    gen = _nb_line if _is_notebook(pod) else _job_line
    out = [(start + k * eps, text) for k, text in enumerate(before)] if first == 0 else []
    out += [(base + i * step, gen(pod, i, seed, base + i * step)) for i in range(first, n)
            if base + i * step <= end]
    if done:
        tail = (after if code == 0 else []) + _final(reason, code, end)
        out += [(end + (k + 1) * eps, text) for k, text in enumerate(tail)]
    return out[-MAX_LINES:]
