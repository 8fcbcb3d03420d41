"""Sign in with X: OAuth 2.0 Authorization Code Flow with PKCE for a desktop app.

The app opens the authorisation URL in the browser; X sends the browser back to a one-shot
HTTP receiver on 127.0.0.1 (the "loopback redirect" of RFC 8252) with a code, which is
exchanged for tokens at the token endpoint. The refresh token (scope ``offline.access``)
renews the two-hour access token; X rotates refresh tokens, so both are stored again after
every refresh. X matches callback URLs exactly: register ``http://127.0.0.1:<port>/callback``
in the app's settings and pass that port.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from omniinbox.connector import AuthError, ConnectorError, SecretsHandle, TransientError

from .config import DEFAULT_API

SCOPES = ("tweet.read", "tweet.write", "users.read", "dm.read", "dm.write", "offline.access")
X_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
CALLBACK_PATH = "/callback"


def endpoints(api_base: str) -> tuple[str, str]:
    """(authorisation URL, token URL) for an API base; a test server serves both itself."""
    base = api_base.rstrip("/")
    authorize = X_AUTHORIZE_URL if base == DEFAULT_API else f"{base}/i/oauth2/authorize"
    return authorize, f"{base}/2/oauth2/token"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_code_verifier() -> str:
    """43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 4.1): 64 random bytes, base64url."""
    return _b64url(secrets.token_bytes(64))


def code_challenge(verifier: str) -> str:
    """S256: BASE64URL(SHA256(ASCII(code_verifier))) without padding (RFC 7636 4.2)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    url: str
    state: str
    verifier: str
    redirect_uri: str


def authorization_request(
    client_id: str,
    redirect_uri: str,
    *,
    authorize_url: str = X_AUTHORIZE_URL,
    scopes: tuple[str, ...] = SCOPES,
    state: str | None = None,
    verifier: str | None = None,
) -> AuthorizationRequest:
    state = state or secrets.token_urlsafe(24)
    verifier = verifier or new_code_verifier()
    query = urllib.parse.urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": code_challenge(verifier),
            "code_challenge_method": "S256",
        },
        quote_via=urllib.parse.quote,
    )
    return AuthorizationRequest(f"{authorize_url}?{query}", state, verifier, redirect_uri)


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 that waits for X's redirect to the callback path.

    Requests to other paths (a browser asking for /favicon.ico) are answered 404 and ignored.
    """

    def __init__(self, port: int = 0, path: str = CALLBACK_PATH) -> None:
        self.path = path
        self.params: dict[str, str] | None = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                if url.path != receiver.path:
                    self.send_error(404)
                    return
                params = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
                receiver.params = params
                ok = "code" in params and "error" not in params
                message = (
                    "Signed in. You can close this window and go back to OmniInbox."
                    if ok
                    else "X did not sign you in: "
                    + html.escape(params.get("error_description") or params.get("error", "?"))
                )
                body = f"<!doctype html><meta charset=utf-8><title>OmniInbox</title><p>{message}"
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code: never log it

        self.server = HTTPServer(("127.0.0.1", port), Handler)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def wait(self, timeout: float) -> dict[str, str]:
        """The callback's query parameters; AuthError if none came within ``timeout``."""
        deadline = time.monotonic() + timeout
        while self.params is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AuthError("no answer from X's sign-in page in time; try signing in again")
            self.server.timeout = left
            self.server.handle_request()
        return self.params

    def close(self) -> None:
        self.server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def code_from(params: dict[str, str], expected_state: str) -> str:
    """The authorisation code, once the state is checked (it stops forged redirects)."""
    if not secrets.compare_digest(params.get("state", ""), expected_state):
        raise AuthError("the sign-in answer does not belong to this sign-in; try again")
    if "error" in params:
        reason = params.get("error_description") or params["error"]
        raise AuthError(f"X did not grant access ({reason}); sign in again")
    code = params.get("code", "")
    if not code:
        raise AuthError("X's sign-in answer had no code; sign in again")
    return code


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int
    scope: str

    def __repr__(self) -> str:  # never the tokens
        return f"<Tokens scope={self.scope!r} expires_in={self.expires_in}>"


def _token_call(token_url: str, form: dict[str, str], timeout: float) -> Tokens:
    data = urllib.parse.urlencode(form).encode("ascii")
    request = urllib.request.Request(
        token_url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        try:
            problem = json.loads(exc.read().decode("utf-8"))
        except ValueError:
            problem = {}
        if exc.code >= 500:
            raise TransientError(f"X's sign-in service is having trouble ({exc.code})") from None
        reason = problem.get("error_description") or problem.get("error") or f"HTTP {exc.code}"
        raise AuthError(f"X refused the sign-in ({reason}); sign in again") from None
    except (OSError, ValueError) as exc:
        raise TransientError(f"cannot reach X's sign-in service ({type(exc).__name__})") from None
    if not isinstance(body, dict) or not body.get("access_token"):
        raise AuthError("X's sign-in answer had no access token; sign in again")
    return Tokens(
        str(body["access_token"]),
        str(body.get("refresh_token") or ""),
        int(body.get("expires_in") or 0),
        str(body.get("scope") or ""),
    )


def exchange_code(
    token_url: str,
    client_id: str,
    code: str,
    verifier: str,
    redirect_uri: str,
    timeout: float = 30.0,
) -> Tokens:
    return _token_call(
        token_url,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
            "client_id": client_id,
        },
        timeout,
    )


def refresh(token_url: str, client_id: str, refresh_token: str, timeout: float = 30.0) -> Tokens:
    return _token_call(
        token_url,
        {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id},
        timeout,
    )


def store_tokens(secrets_handle: SecretsHandle, tokens: Tokens) -> None:
    secrets_handle.set("oauth2_access_token", tokens.access_token)
    if tokens.refresh_token:  # X rotates it: the old one no longer works
        secrets_handle.set("oauth2_refresh_token", tokens.refresh_token)


def sign_in(
    api_base: str,
    client_id: str,
    open_browser: Callable[[str], object],
    *,
    port: int = 0,
    timeout: float = 300.0,
) -> Tokens:
    """The whole flow: open the browser, wait for the redirect, exchange the code.

    ``open_browser`` gets the URL (e.g. ``webbrowser.open``); it may run in another thread.
    """
    authorize_url, token_url = endpoints(api_base)
    with LoopbackReceiver(port) as receiver:
        request = authorization_request(
            client_id, receiver.redirect_uri, authorize_url=authorize_url
        )
        opener = threading.Thread(target=open_browser, args=(request.url,), daemon=True)
        opener.start()
        params = receiver.wait(timeout)
    code = code_from(params, request.state)
    return exchange_code(token_url, client_id, code, request.verifier, request.redirect_uri)


def sign_in_account(
    secrets_handle: SecretsHandle,
    api_base: str,
    open_browser: Callable[[str], object],
    *,
    port: int,
    timeout: float = 300.0,
) -> Tokens:
    """Sign in with X for an account and keep its tokens in ``secrets_handle`` (which holds
    the app's client id). AuthError without a client id; ConnectorError when the callback
    port is taken by another program."""
    client_id = (secrets_handle.get("oauth2_client_id") or "").strip()
    if not client_id:
        raise AuthError(
            "signing in with X needs your app's OAuth 2.0 client id from the X developer portal"
        )
    try:
        tokens = sign_in(api_base, client_id, open_browser, port=port, timeout=timeout)
    except OSError as exc:
        raise ConnectorError(
            f"port {port} is in use — close the program using it, or register another "
            "callback port for your app in the X developer portal and enter it here "
            f"({type(exc).__name__})"
        ) from None
    store_tokens(secrets_handle, tokens)
    return tokens
