"""Wall-clock timestamps and the simulation speed factor."""
import datetime
import threading
import time


def now_iso(t=None):
    t = time.time() if t is None else t
    return datetime.datetime.fromtimestamp(int(t), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_micro(t=None):
    t = time.time() if t is None else t
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def rfc3339nano(t):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%09dZ" % (int(round((t % 1) * 1e9)) % 10**9)


def parse_iso(s):
    if not s:
        return None
    s = s.replace("Z", "+00:00")
    return datetime.datetime.fromisoformat(s).timestamp()


class SimClock:
    """Simulated durations scale by `speed`: a 600 s job at speed 60 takes 10 s of real time.

    Timestamps shown to clients stay on the wall clock (clients compute ages from them); only the
    time a pod needs to run, start, or be picked up remotely is divided by the speed.
    """

    def __init__(self, speed=1.0):
        self.lock = threading.Lock()
        self.speed = float(speed)

    def set_speed(self, speed):
        with self.lock:
            self.speed = max(0.001, float(speed))

    def real(self, sim_seconds):
        return sim_seconds / self.speed

    def now(self):
        return time.time()
