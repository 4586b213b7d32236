"""Watch streams: initial state, resumption from a resourceVersion, bookmarks, 410 when compacted."""
import json
import random
import time

from . import errors, selectors, tables
from .api import Stream

BOOKMARK_INTERVAL = 5.0


def _line(typ, obj):
    return (json.dumps({"type": typ, "object": obj}, separators=(",", ":")) + "\n").encode()


class Watches:
    def __init__(self, store):
        self.store = store
        self.active = 0

    def watch(self, req, t, filters, fmt):
        lsel, fsel = filters
        if t.name:
            fsel = fsel + [("metadata.name", "=", t.name)]
        rv_param = req.q("resourceVersion")
        send_initial = req.q("sendInitialEvents")
        bookmarks = req.qbool("allowWatchBookmarks")
        rv_match = req.q("resourceVersionMatch")
        if send_initial is not None:
            if rv_match != "NotOlderThan" or not bookmarks:
                raise errors.ApiError(422, "Invalid", 'ListOptions.meta.k8s.io "" is invalid: '
                                      'sendInitialEvents: Forbidden: sendInitialEvents requires setting '
                                      'resourceVersionMatch to NotOlderThan and allowWatchBookmarks',
                                      {"causes": [{"reason": "FieldValueForbidden", "field": "sendInitialEvents",
                                                   "message": "Forbidden: sendInitialEvents requires "
                                                              "resourceVersionMatch=NotOlderThan"}]})
        elif rv_match:
            raise errors.ApiError(422, "Invalid", 'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: '
                                  'Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents '
                                  'is provided', {"causes": [{"reason": "FieldValueForbidden",
                                                               "field": "resourceVersionMatch",
                                                               "message": "Forbidden"}]})
        timeout = req.qint("timeoutSeconds", None)
        timeout = float(timeout) if timeout else 1800.0 * (1 + random.random())
        initial = []
        with self.store.lock:
            if rv_param in (None, "", "0") or send_initial == "true":
                start_rv = self.store.rv
                if send_initial == "false":
                    start_rv = int(rv_param) if rv_param not in (None, "", "0") else self.store.rv
                else:
                    initial = [o for _, o in self.store.snapshot(t.rd, t.ns, start_rv)]
            else:
                try:
                    start_rv = int(rv_param)
                except ValueError:
                    raise errors.bad_request('invalid resource version "%s"' % rv_param)
        gone_err = None
        try:
            self.store.changes_after(start_rv)
        except errors.ApiError as e:
            gone_err = e
        return Stream(self._run(t, lsel, fsel, fmt, req, start_rv, initial, timeout, bookmarks,
                                send_initial == "true", gone_err))

    def _run(self, t, lsel, fsel, fmt, req, last_rv, initial, timeout, bookmarks, initial_end, gone_err):
        include = req.q("includeObject", "Metadata")
        state = {"columns": True}

        def match(o):
            if o is None:
                return False
            md = o["metadata"]
            if t.ns and md.get("namespace") != t.ns:
                return False
            return selectors.match_labels(lsel, md.get("labels")) and selectors.match_fields(fsel, o)

        def render(typ, obj):
            if fmt == "Table" and typ != "BOOKMARK" and typ != "ERROR":
                tb = tables.table(t.rd, [obj], {"resourceVersion": obj["metadata"]["resourceVersion"]},
                                  include, with_columns=state["columns"])
                state["columns"] = False
                return _line(typ, tb)
            if fmt == "Partial" and typ not in ("BOOKMARK", "ERROR"):
                return _line(typ, {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                                   "metadata": obj["metadata"]})
            return _line(typ, obj)

        def bookmark(rv, end=False):
            md = {"resourceVersion": str(rv)}
            if end:
                md["annotations"] = {"k8s.io/initial-events-end": "true"}
            return _line("BOOKMARK", {"kind": t.rd.kind, "apiVersion": t.rd.api_version, "metadata": md})

        self.active += 1
        try:
            if gone_err is not None:
                yield _line("ERROR", gone_err.status())
                return
            for o in initial:
                if match(o):
                    yield render("ADDED", o)
            if initial_end:
                yield bookmark(last_rv, end=True)
            deadline = time.time() + timeout
            next_bm = time.time() + BOOKMARK_INTERVAL
            seen = self.store.write_count
            while True:
                now = time.time()
                if now >= deadline:
                    return
                try:
                    changes = self.store.changes_after(last_rv)
                except errors.ApiError as e:
                    yield _line("ERROR", e.status())
                    return
                for ch in changes:
                    last_rv = ch.rv
                    if ch.rkey != t.rd.key:
                        continue
                    new_m = match(ch.obj)
                    old_m = match(ch.prev)
                    if ch.type == "ADDED" and new_m:
                        yield render("ADDED", ch.obj)
                    elif ch.type == "DELETED" and old_m:
                        yield render("DELETED", ch.obj)
                    elif ch.type == "MODIFIED":
                        if new_m and old_m:
                            yield render("MODIFIED", ch.obj)
                        elif new_m:
                            yield render("ADDED", ch.obj)
                        elif old_m:
                            yield render("DELETED", ch.obj)
                if bookmarks and time.time() >= next_bm:
                    yield bookmark(last_rv)
                    next_bm = time.time() + BOOKMARK_INTERVAL
                wait = min(deadline, next_bm if bookmarks else deadline) - time.time()
                # Heartbeat: an empty chunk is not valid, so wake at least every 2 s to notice dead peers.
                seen = self.store.wait(seen, max(0.0, min(wait, 2.0)))
                if not changes and seen == self.store.write_count:
                    yield b""
        finally:
            self.active -= 1
