"""Kueue's quota arithmetic across a cohort (classic, flat cohorts as in v1beta1): nominal quota,
borrowingLimit and lendingLimit, what a ClusterQueue may take now and at most, what it borrows,
and the minimal set of admitted workloads a reclaim (or a higher priority) would preempt.

Follows Kueue's ClusterQueueSnapshot.Available/PotentialAvailable and preemption.minimalPreemptions:
a ClusterQueue may use the unused nominal quota of the others in its cohort (their lendable part)
up to its own borrowingLimit; a workload that needs preemption may evict workloads of other
ClusterQueues that borrow, only if it then fits within its own nominal quota (reclaimWithinCohort),
or lower-priority workloads of its own ClusterQueue (withinClusterQueue: LowerPriority).
"""
from fractions import Fraction

from .. import quantity


def _q(v):
    return None if v is None else quantity.try_parse(v)


class QuotaBook:
    def __init__(self, cqs, usage_of):
        self.cqs = {cq["metadata"]["name"]: cq for cq in cqs}
        self.quota = {}  # cq -> {(flavor, resource): (nominal, borrowingLimit|None, lendingLimit|None)}
        for name, cq in self.cqs.items():
            q = {}
            for g in cq["spec"].get("resourceGroups") or []:
                for fl in g.get("flavors") or []:
                    for r in fl.get("resources") or []:
                        q[(fl["name"], r["name"])] = (quantity.try_parse(r.get("nominalQuota", 0)),
                                                      _q(r.get("borrowingLimit")), _q(r.get("lendingLimit")))
            self.quota[name] = q
        self.used = {name: usage_of(name) for name in self.cqs}  # cq -> {flavor: {resource: Fraction}}

    def cohort_of(self, name):
        return ((self.cqs.get(name) or {}).get("spec") or {}).get("cohort") or ""

    def members(self, name):
        c = self.cohort_of(name)
        return [n for n in self.cqs if c and self.cohort_of(n) == c] if c else [name]

    def used_of(self, name, f, r):
        return self.used.get(name, {}).get(f, {}).get(r, Fraction(0))

    def nominal(self, name, f, r):
        return self.quota.get(name, {}).get((f, r), (Fraction(0), None, None))[0]

    def borrowed(self, name, f, r):
        return max(Fraction(0), self.used_of(name, f, r) - self.nominal(name, f, r))

    def capacity(self, name, f, r):
        """(available now, maximum capacity) of (flavor, resource) for ClusterQueue name."""
        nominal, borrow_limit, _ = self.quota.get(name, {}).get((f, r), (Fraction(0), None, None))
        used = self.used_of(name, f, r)
        if not self.cohort_of(name):
            return nominal - used, nominal
        requestable, cohort_used = nominal, used
        for m in self.members(name):
            q = self.quota[m].get((f, r)) if m != name else None
            if q is None:
                continue
            lendable = q[0] if q[2] is None else min(q[0], q[2])
            requestable += lendable
            cohort_used += max(Fraction(0), self.used_of(m, f, r) - (q[0] - lendable))
        avail, maximum = requestable - cohort_used, requestable
        if borrow_limit is not None:
            avail = min(avail, nominal + borrow_limit - used)
            maximum = min(maximum, nominal + borrow_limit)
        return avail, maximum

    def fits(self, name, f, need, allow_borrowing=True):
        for r, v in need.items():
            if v > self.capacity(name, f, r)[0]:
                return False
            if not allow_borrowing and self.used_of(name, f, r) + v > self.nominal(name, f, r):
                return False
        return True

    def add(self, name, usage, sign=1):
        """usage: {flavor: {resource: value}} of one workload, added (sign 1) or removed (-1)."""
        for f, rs in usage.items():
            for r, v in rs.items():
                cur = self.used.setdefault(name, {}).setdefault(f, {})
                cur[r] = cur.get(r, Fraction(0)) + sign * v


def preemption_targets(book, cq_name, priority, flavor, need, candidates):
    """Victims among candidates [(workload, cq name, priority, admitted-at, usage)] so that `need`
    ({resource: value} in `flavor`) fits in cq_name, or None. Candidates are already filtered by the
    ClusterQueue's preemption policy."""
    cq = book.cqs[cq_name]
    short = [r for r, v in need.items() if v > book.capacity(cq_name, flavor, r)[0]]
    if not short:
        return []
    # Reclaiming is allowed while the queue is under its nominal quota; then the workload must fit
    # without borrowing. Otherwise only its own queue's workloads may make room.
    reclaiming = all(book.used_of(cq_name, flavor, r) + need[r] <= book.nominal(cq_name, flavor, r) for r in short)
    policy = cq["spec"].get("preemption") or {}
    if reclaiming and policy.get("reclaimWithinCohort", "Never") != "Never":
        pool = [c for c in candidates if c[1] == cq_name or
                policy["reclaimWithinCohort"] == "Any" or c[2] < priority]
    else:
        pool = [c for c in candidates if c[1] == cq_name]
        reclaiming = False
    if policy.get("withinClusterQueue", "Never") == "Never":
        pool = [c for c in pool if c[1] != cq_name]
    else:
        pool = [c for c in pool if c[1] != cq_name or c[2] < priority]
    # Kueue's order: other queues' (borrowing) workloads first, then lower priority, then newest.
    pool.sort(key=lambda c: (c[1] == cq_name, c[2], -c[3]))
    targets = []
    for c in pool:
        if c[1] != cq_name and not any(book.borrowed(c[1], flavor, r) > 0 for r in short):
            continue
        book.add(c[1], c[4], -1)
        targets.append(c)
        if book.fits(cq_name, flavor, need, allow_borrowing=not reclaiming):
            break
    else:
        for c in targets:
            book.add(c[1], c[4])
        return None
    # Fill back: keep only the victims the fit needs.
    for c in list(reversed(targets[:-1])):
        book.add(c[1], c[4])
        if book.fits(cq_name, flavor, need, allow_borrowing=not reclaiming):
            targets.remove(c)
        else:
            book.add(c[1], c[4], -1)
    for c in targets:
        book.add(c[1], c[4])
    return targets
