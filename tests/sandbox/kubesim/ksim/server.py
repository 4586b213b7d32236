"""HTTP/1.1 front end (ThreadingHTTPServer): turns Api results into responses and chunked streams."""
import json
import select
import socket
import ssl
import sys
import traceback
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import errors
from .api import Request, Response, Stream


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def make_handler(api, verbose=False):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "kubesim"

        def log_message(self, fmt, *args):
            if verbose:
                sys.stderr.write("kubesim: %s %s\n" % (self.address_string(), fmt % args))

        def _serve(self):
            url = urllib.parse.urlsplit(self.path)
            query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            req = Request(self.command, url.path, query, self.headers, body)
            try:
                res = api.handle(req)
            except errors.ApiError as e:
                res = Response(e.code, e.status(), e.headers)
            except Exception as e:  # a bug: answer like the apiserver does, and keep serving
                traceback.print_exc()
                res = Response(500, errors.status_object(500, "InternalError",
                                                         "Internal error occurred: %s" % e))
            if isinstance(res, Stream):
                self._stream(res)
            else:
                self._send(res)

        def _headers(self, code, ctype, extra):
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Cache-Control", "no-cache, private")
            for k, v in extra.items():
                for item in (v if isinstance(v, list) else [v]):
                    self.send_header(k, item)

        def _send(self, res):
            body = res.body
            if not isinstance(body, (bytes, bytearray)):
                body = json.dumps(body, separators=(",", ":")).encode()
            self._headers(res.code, res.content_type, res.headers)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _peer_closed(self):
            """Between events of an idle stream: has the client gone away?"""
            conn = self.connection
            try:
                r, _, _ = select.select([conn], [], [], 0)
                if not r:
                    return False
                if isinstance(conn, ssl.SSLSocket):
                    conn.setblocking(False)
                    try:
                        return conn.recv(1) == b""
                    except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                        return False
                    finally:
                        conn.setblocking(True)
                return conn.recv(1, socket.MSG_PEEK) == b""
            except Exception:
                return True

        def _stream(self, res):
            self._headers(200, res.content_type, res.headers)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.flush()
            gen = res.chunks
            try:
                for chunk in gen:
                    if not chunk:
                        if self._peer_closed():
                            break
                        continue
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
                else:
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                    return
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass
            finally:
                gen.close()
            self.close_connection = True

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    return Handler
