"""Kueue's visibility API: pending workloads of a LocalQueue or ClusterQueue with their positions."""
from .. import errors, resources
from ..api import Response

LQS = resources.lookup(resources.KUEUE, "localqueues")
CQS = resources.lookup(resources.KUEUE, "clusterqueues")


def serve(kueue, req, version, ns, rest):
    """GET .../pendingworkloads for a LocalQueue or ClusterQueue (for the Kueue controller)."""
    if req.method != "GET":
        raise errors.method_not_allowed()
    if version != "v1beta1" or len(rest) != 3 or rest[2] != "pendingworkloads" or \
            rest[0] not in ("localqueues", "clusterqueues") or (rest[0] == "localqueues") != bool(ns):
        raise errors.ApiError(404, "NotFound", "the server could not find the requested resource")
    kind, name = rest[0], rest[1]
    vrd = resources.ResourceDef(resources.VISIBILITY, "v1beta1", kind, "", bool(ns))
    if not kueue.sim.authz.allowed(req.user, "get", resources.VISIBILITY, kind, ns, "pendingworkloads", name) \
            and not ("system:masters" in req.user.groups or kueue.sim.authz.support_group in req.user.groups):
        raise errors.forbidden(req.user.name, "get", vrd, ns, name, "pendingworkloads")
    with kueue.store.lock:
        if kind == "localqueues":
            lq = kueue.store.get(LQS, ns, name)
            if lq is None:
                raise errors.not_found(vrd, name)
            cq_name = lq["spec"].get("clusterQueue")
        else:
            if kueue.store.get(CQS, None, name) is None:
                raise errors.not_found(vrd, name)
            cq_name = name
        order = kueue.pending_order().get(cq_name, [])
        items, per_lq = [], {}
        for pos, wl in enumerate(order):
            key = (wl["metadata"]["namespace"], wl["spec"].get("queueName"))
            lpos = per_lq.get(key, 0)
            per_lq[key] = lpos + 1
            if kind == "localqueues" and key != (ns, name):
                continue
            md = {k: wl["metadata"][k] for k in ("name", "namespace", "creationTimestamp", "ownerReferences")
                  if k in wl["metadata"]}
            items.append({"metadata": md, "priority": wl["spec"].get("priority", 0),
                          "localQueueName": wl["spec"].get("queueName"), "positionInClusterQueue": pos,
                          "positionInLocalQueue": lpos})
    offset = req.qint("offset")
    limit = req.qint("limit", 1000)
    return Response(200, {"kind": "PendingWorkloadsSummary", "apiVersion": "visibility.kueue.x-k8s.io/v1beta1",
                          "metadata": {"creationTimestamp": None}, "items": items[offset:offset + limit]})
