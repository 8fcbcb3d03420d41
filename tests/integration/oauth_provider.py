"""A local OAuth 2 provider for the sign-in tests: an authorisation page that approves at once
(a 302 back to the loopback redirect, as a browser would be sent after the user clicks
"Allow") and a token endpoint for the code (checked against the PKCE challenge) and refresh
grants. Access tokens are issued through Dovecot's token-introspection server, so Dovecot's
oauth2 passdb accepts them, and its mapping can be shared with the aiosmtpd server.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.integration.oauth_server import TokenServer

CLIENT_ID = "omniinbox-test-client"


@dataclass
class Grant:
    user: str
    challenge: str
    redirect_uri: str
    scope: str


@dataclass
class AuthProvider:
    """Start with :meth:`start`; ``login_as`` is who "signs in" on the authorisation page."""

    tokens: TokenServer
    login_as: str = ""
    expires_in: int = 3600
    rotate_refresh_tokens: bool = True
    deny: str = ""  # an OAuth error to send back instead of a code ("access_denied")
    wrong_state: bool = False  # send the browser back with a state of its own
    codes: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)

    def start(self) -> AuthProvider:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider._authorize(self)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode("utf-8")))
                status, body = provider._token(form)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def authorize_url(self) -> str:
        return f"{self.base}/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.base}/token"

    def revoke_access(self) -> None:
        """Every access token stops working (Dovecot's introspection says inactive)."""
        self.tokens.tokens.clear()

    def revoke_refresh(self) -> None:
        self.refresh_tokens.clear()

    # --- the two endpoints --------------------------------------------------------------------

    def _authorize(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        query = dict(parse_qsl(url.query))
        self.authorize_requests.append(query)
        ok = (
            url.path == "/authorize"
            and query.get("response_type") == "code"
            and query.get("client_id") == CLIENT_ID
            and query.get("code_challenge_method") == "S256"
            and query.get("redirect_uri", "").startswith("http://127.0.0.1:")
        )
        if not ok:
            request.send_response(400)
            request.end_headers()
            return
        state = "forged" if self.wrong_state else query.get("state", "")
        if self.deny:
            answer = {"error": self.deny, "error_description": "The user said no", "state": state}
        else:
            code = "code-" + secrets.token_urlsafe(12)
            self.codes[code] = Grant(
                self.login_as or query.get("login_hint", ""),
                query["code_challenge"],
                query["redirect_uri"],
                query.get("scope", ""),
            )
            answer = {"code": code, "state": state}
        request.send_response(302)
        request.send_header("Location", query["redirect_uri"] + "?" + urlencode(answer))
        request.send_header("Content-Length", "0")
        request.end_headers()

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        self.token_requests.append(form)
        if form.get("client_id") != CLIENT_ID:
            return 401, {"error": "invalid_client", "error_description": "Unknown client"}
        grant = form.get("grant_type")
        if grant == "authorization_code":
            found = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if (
                found is None
                or found.challenge != challenge
                or found.redirect_uri != form.get("redirect_uri")
            ):
                return 400, {"error": "invalid_grant", "error_description": "Bad code"}
            return 200, self._issue(found.user, found.scope, "")
        if grant == "refresh_token":
            old = form.get("refresh_token", "")
            user = self.refresh_tokens.get(old)
            if user is None:
                return 400, {"error": "invalid_grant", "error_description": "Token revoked"}
            if self.rotate_refresh_tokens:
                del self.refresh_tokens[old]
            return 200, self._issue(user, form.get("scope", ""), old)
        return 400, {"error": "unsupported_grant_type"}

    def _issue(self, user: str, scope: str, old_refresh: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "access_token": self.tokens.issue(user),
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "scope": scope,
        }
        if self.rotate_refresh_tokens or not old_refresh:
            refresh = "refresh-" + secrets.token_urlsafe(16)
            self.refresh_tokens[refresh] = user
            body["refresh_token"] = refresh
        return body
