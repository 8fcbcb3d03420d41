"""A token-introspection endpoint (RFC 7662 style) on loopback, for Dovecot's oauth2 passdb.

Dovecot POSTs ``token=<access token>``; we answer ``{"active": true, "username": ...}`` for
tokens issued by :meth:`TokenServer.issue` and ``{"active": false}`` otherwise.
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class TokenServer:
    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
                owner.requests += 1
                token = (form.get("token") or [""])[0]
                user = owner.tokens.get(token)
                body = {"active": True, "username": user} if user else {"active": False}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output quiet

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/introspect"

    def issue(self, username: str) -> str:
        token = "tok-" + secrets.token_urlsafe(24)
        self.tokens[token] = username
        return token

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
