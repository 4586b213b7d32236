#!/usr/bin/env python3
"""Runs moto_server with one fix: SigV4 checks use the path as sent.

moto 5.x rebuilds the canonical request from the *decoded* URL path, so any correctly signed
request for a key with `+`, `%`, `=`, `,`, `@`, `(`, non-ASCII, ... fails with
SignatureDoesNotMatch once credentials are enforced. Real S3/RadosGW sign the raw path; so do
we, by handing moto's authenticator the raw request path (werkzeug's RAW_URI).

Also: presigned (query-string) SigV4 URLs, which moto 5.2 answers with 500 once credentials are
enforced, are checked here (signature, expiry) and then authorised like any request.

Usage: moto_launcher.py -H 127.0.0.1 -p PORT   (same arguments as moto_server)
"""
import datetime
import hashlib
import hmac
import sys
from urllib.parse import parse_qsl, quote, urlparse, urlunparse

from werkzeug.datastructures import Headers

from moto.core import authorization
from moto.core.responses import BaseResponse
from moto.server import main

_original_setup = BaseResponse.setup_class
_original_auth = authorization.ActionAuthenticatorMixin._authenticate_and_authorize_action


def _setup_class(self, request, full_url, headers, *args, **kwargs):
    environ = getattr(request, "environ", None) or {}
    self._sandbox_raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    return _original_setup(self, request, full_url, headers, *args, **kwargs)


def _aws_quote(s):
    return quote(s, safe="-_.~")


def _presigned_class(base):
    """moto 5.2 needs an Authorization header: presigned (query-string) SigV4 URLs fail with 500.
    This request class reads the signature from the query and checks it the way S3 does."""

    class PresignedRequest(base):
        def __init__(self, account_id, method, path, data, body, headers, action):
            query = dict(parse_qsl(urlparse(path).query, keep_blank_values=True))
            self._presign_query = query
            h = Headers(headers)
            h["Authorization"] = (f"AWS4-HMAC-SHA256 Credential={query.get('X-Amz-Credential', '')}, "
                                  f"SignedHeaders={query.get('X-Amz-SignedHeaders', '')}, "
                                  f"Signature={query.get('X-Amz-Signature', '')}")
            if "X-Amz-Security-Token" in query:
                h["X-Amz-Security-Token"] = query["X-Amz-Security-Token"]
            super().__init__(account_id, method, path, data, body, h, action)

        def check_signature(self):
            q = self._presign_query
            try:
                signed_at = datetime.datetime.strptime(q["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
                    tzinfo=datetime.timezone.utc)
                expires = int(q.get("X-Amz-Expires", "604800"))
            except (KeyError, ValueError):
                self._raise_signature_does_not_match()
            if datetime.datetime.now(datetime.timezone.utc) > signed_at + datetime.timedelta(seconds=expires):
                self._raise_access_denied()
            parsed = urlparse(self._path)
            pairs = [(k, v) for k, v in parse_qsl(parsed.query, keep_blank_values=True) if k != "X-Amz-Signature"]
            canonical_query = "&".join(f"{_aws_quote(k)}={_aws_quote(v)}" for k, v in sorted(pairs))
            signed_headers = q.get("X-Amz-SignedHeaders", "host").split(";")
            canonical_headers = "".join(f"{n}:{' '.join(str(self._headers.get(n, '')).split())}\n"
                                        for n in signed_headers)
            creq = "\n".join([self._method, parsed.path, canonical_query, canonical_headers,
                              ";".join(signed_headers), q.get("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")])
            scope = q["X-Amz-Credential"].split("/", 1)[1]
            to_sign = "\n".join(["AWS4-HMAC-SHA256", q["X-Amz-Date"], scope,
                                 hashlib.sha256(creq.encode()).hexdigest()])
            key = ("AWS4" + self._access_key.create_credentials().secret_key).encode()
            for part in scope.split("/"):
                key = hmac.new(key, part.encode(), hashlib.sha256).digest()
            expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, q.get("X-Amz-Signature", "")):
                self._raise_signature_does_not_match()

    return PresignedRequest


def _authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    raw = getattr(self, "_sandbox_raw_uri", None)
    uri = getattr(self, "uri", None)
    if not raw or not uri:
        return _original_auth(self, iam_request_cls, resource)
    raw_parsed = urlparse(raw)
    if "Authorization" not in self.headers and "X-Amz-Signature=" in raw_parsed.query:
        iam_request_cls = _presigned_class(iam_request_cls)
    path = raw_parsed.path if raw_parsed.path.startswith("/") else "/" + raw_parsed.path
    self.uri = urlunparse(urlparse(uri)._replace(path=path, query=raw_parsed.query))
    try:
        return _original_auth(self, iam_request_cls, resource)
    finally:
        self.uri = uri


BaseResponse.setup_class = _setup_class
authorization.ActionAuthenticatorMixin._authenticate_and_authorize_action = _authenticate_and_authorize_action

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
