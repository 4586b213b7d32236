#!/usr/bin/env python3
"""Runs moto_server with one fix: SigV4 checks use the path as sent.

moto 5.x rebuilds the canonical request from the *decoded* URL path, so any correctly signed
request for a key with `+`, `%`, `=`, `,`, `@`, `(`, non-ASCII, ... fails with
SignatureDoesNotMatch once credentials are enforced. Real S3/RadosGW sign the raw path; so do
we, by handing moto's authenticator the raw request path (werkzeug's RAW_URI).

Usage: moto_launcher.py -H 127.0.0.1 -p PORT   (same arguments as moto_server)
"""
import sys
from urllib.parse import urlparse, urlunparse

from moto.core import authorization
from moto.core.responses import BaseResponse
from moto.server import main

_original_setup = BaseResponse.setup_class
_original_auth = authorization.ActionAuthenticatorMixin._authenticate_and_authorize_action


def _setup_class(self, request, full_url, headers, *args, **kwargs):
    environ = getattr(request, "environ", None) or {}
    self._sandbox_raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    return _original_setup(self, request, full_url, headers, *args, **kwargs)


def _authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    raw = getattr(self, "_sandbox_raw_uri", None)
    uri = getattr(self, "uri", None)
    if not raw or not uri:
        return _original_auth(self, iam_request_cls, resource)
    raw_parsed = urlparse(raw)
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
