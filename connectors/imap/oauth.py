"""OAuth 2 for IMAP and SMTP: the SASL strings, the tokens in the account's secrets, refresh,
and the desktop sign-in (authorisation code + PKCE over a loopback redirect).

SASL (used by session.py for IMAP and smtp.py for SMTP):

* XOAUTH2 (Google, Microsoft): ``user=<user>^Aauth=Bearer <token>^A^A``; a refusal comes as a
  challenge with a JSON error, answered with an empty response;
* OAUTHBEARER (RFC 7628): ``n,a=<user>,^Ahost=..^Aport=..^Aauth=Bearer <token>^A^A``; a refusal
  challenge is answered with a single ^A.

Tokens live in the account's secrets handle (the OS keyring): ``oauth_access_token``,
``oauth_refresh_token`` and ``oauth_expires_at`` (Unix seconds). :class:`TokenKeeper` hands out
the access token, refreshing it first when it expires within five minutes; the connector also
refreshes once when a server refuses the token (revoked early, clock skew) and retries.

Sign-in (RFC 8252, native apps): :func:`authorize` starts a one-shot HTTP receiver on
127.0.0.1, opens the provider's page through the function the caller injects (the UI passes
QDesktopServices.openUrl; tests pass one that follows the redirects with httpx), checks the
``state`` of the answer, and exchanges the code with the PKCE verifier (S256, RFC 7636) at the
token endpoint. Every URL comes from the account settings or the provider preset, so tests
point them at a local server.

Why plain httpx and not msal / google-auth-oauthlib: the protocol is the same for both
providers and small (one URL, one receiver, two form POSTs); msal brings PyJWT, cryptography
and requests, google-auth-oauthlib brings requests-oauthlib, oauthlib and google-auth, and each
keeps its own token cache where ours must be the keyring. Both open the system browser
themselves through ``webbrowser`` and run their own loopback server, where the UI needs to open
the URL through Qt and tests need to drive the page without a browser. httpx is already a
dependency, and a plain implementation is tested end to end on loopback: Dovecot accepts the
tokens our local token endpoint issues, through its oauth2 passdb.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets as random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import httpx

from omniinbox.connector import AuthError, ConnectorError, SecretsHandle, TransientError

log = logging.getLogger(__name__)

ACCESS_TOKEN = "oauth_access_token"
REFRESH_TOKEN = "oauth_refresh_token"
EXPIRES_AT = "oauth_expires_at"
REFRESH_MARGIN = 300.0  # refresh a token that expires within five minutes
SIGN_IN_TIMEOUT = 300.0


# --- SASL ------------------------------------------------------------------------------------


def xoauth2(user: str, token: str) -> str:
    """The XOAUTH2 initial response (before base64)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer(user: str, token: str, host: str = "", port: int = 0) -> str:
    """The OAUTHBEARER initial response (RFC 7628 3.1, before base64)."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    pairs = [f"host={host}"] if host else []
    if port:
        pairs.append(f"port={port}")
    pairs.append(f"auth=Bearer {token}")
    return f"n,a={authzid},\x01" + "".join(p + "\x01" for p in pairs) + "\x01"


class SaslResponder:
    """The client side of a one-step SASL exchange for imaplib's ``authenticate``: the initial
    response first; any later challenge is the server's JSON error, kept in ``error`` and
    answered as the mechanism requires so that the server finishes with a tagged NO."""

    def __init__(self, initial: str, after_error: str) -> None:
        self.initial = initial
        self.after_error = after_error
        self.error = ""
        self._sent = False

    def __call__(self, challenge: bytes) -> bytes:
        if not self._sent:
            self._sent = True
            return self.initial.encode("utf-8")
        self.error = challenge.decode("utf-8", "replace")
        return self.after_error.encode("ascii")

    def __repr__(self) -> str:  # never the token
        return f"<SaslResponder sent={self._sent}>"


def responder(
    mechanism: str, user: str, token: str, host: str = "", port: int = 0
) -> SaslResponder:
    if mechanism.upper() == "OAUTHBEARER":
        return SaslResponder(oauthbearer(user, token, host, port), "\x01")
    return SaslResponder(xoauth2(user, token), "")


# --- the provider and the tokens -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OAuthApp:
    """This app as registered with one provider, and that provider's endpoints."""

    client_id: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    client_secret: str = ""  # Google's desktop clients have one (not secret in practice)
    extra: tuple[tuple[str, str], ...] = ()  # more authorisation URL parameters
    name: str = "the sign-in service"  # "Google", "Microsoft"
    refresh_scope: bool = True  # send the scopes with a refresh (RFC 6749 6 allows it)
    timeout: float = 30.0

    def __repr__(self) -> str:  # never the client secret
        return f"<OAuthApp {self.name} client_id={self.client_id!r} token_url={self.token_url!r}>"


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str
    refresh_token: str = ""  # "" when the provider sent none (keep the old one)
    expires_at: float = 0.0  # Unix seconds; 0 when the provider did not say
    scope: str = ""

    def __repr__(self) -> str:  # never the tokens
        return f"<Tokens expires_at={self.expires_at:.0f} scope={self.scope!r}>"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_verifier() -> str:
    """A PKCE code verifier: 86 characters of [A-Za-z0-9_-] (RFC 7636 4.1 allows 43-128)."""
    return _b64url(random.token_bytes(64))


def challenge_of(verifier: str) -> str:
    """S256: BASE64URL(SHA256(verifier)) without padding (RFC 7636 4.2)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def authorization_url(
    app: OAuthApp, redirect_uri: str, state: str, challenge: str, login_hint: str = ""
) -> str:
    params = {
        "response_type": "code",
        "client_id": app.client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(app.scopes),
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **dict(app.extra),
    }
    if login_hint:
        params["login_hint"] = login_hint
    joiner = "&" if "?" in app.authorize_url else "?"
    return app.authorize_url + joiner + urlencode(params, quote_via=quote)


def _token_call(app: OAuthApp, form: dict[str, str], now: float) -> Tokens:
    """POST to the token endpoint; the answer as Tokens, or the error as a sentence."""
    form = {**form, "client_id": app.client_id}
    if app.client_secret:
        form["client_secret"] = app.client_secret
    host = urlsplit(app.token_url).netloc or app.token_url
    try:
        response = httpx.post(
            app.token_url, data=form, headers={"Accept": "application/json"}, timeout=app.timeout
        )
    except httpx.HTTPError as exc:
        raise TransientError(
            f"cannot reach {app.name} at {host} to renew the sign-in ({type(exc).__name__}); "
            "will try again"
        ) from exc
    try:
        body: Any = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    if response.status_code == 200 and isinstance(body.get("access_token"), str):
        expires_in = body.get("expires_in")
        try:
            expires_at = now + float(expires_in) if expires_in is not None else 0.0
        except (TypeError, ValueError):
            expires_at = 0.0
        return Tokens(
            access_token=body["access_token"],
            refresh_token=str(body.get("refresh_token") or ""),
            expires_at=expires_at,
            scope=str(body.get("scope") or ""),
        )
    error = str(body.get("error") or "")
    detail = str(body.get("error_description") or error or f"HTTP {response.status_code}")
    detail = " ".join(detail.split())[:200]
    if response.status_code == 429 or response.status_code >= 500:
        wait = response.headers.get("Retry-After", "")
        raise TransientError(
            f"{app.name} could not renew the sign-in now ({detail}); will try again",
            retry_after=float(wait) if wait.isdigit() else None,
        )
    if error in ("invalid_client", "unauthorized_client"):
        raise AuthError(
            f"{app.name} does not accept this app's OAuth client id {app.client_id!r} "
            f"({detail}): check the client id in the account settings"
        )
    if error == "invalid_grant":
        raise AuthError(
            f"the sign-in with {app.name} has expired or was withdrawn ({detail}): sign in again"
        )
    raise AuthError(f"{app.name} refused the sign-in ({detail}): sign in again")


def exchange_code(
    app: OAuthApp, code: str, verifier: str, redirect_uri: str, *, now: float | None = None
) -> Tokens:
    """The authorisation code for tokens (RFC 6749 4.1.3, with the PKCE verifier)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
    }
    return _token_call(app, form, time.time() if now is None else now)


def refresh(app: OAuthApp, refresh_token: str, *, now: float | None = None) -> Tokens:
    """A new access token (RFC 6749 6). Microsoft rotates refresh tokens: keep the new one."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    if app.scopes and app.refresh_scope:
        form["scope"] = " ".join(app.scopes)
    return _token_call(app, form, time.time() if now is None else now)


# --- the loopback receiver -------------------------------------------------------------------

_PAGE = (
    "<!doctype html><html><head><meta charset=utf-8><title>OmniInbox</title></head>"
    '<body style="font-family:sans-serif;margin:3em"><h2>{title}</h2><p>{text}</p></body></html>'
)


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 for the provider's redirect, serving in a thread
    from the moment it is made (the browser may come back before ``wait`` is called).

    Only ``GET /?state=<ours>&code=...`` (or ``&error=...``) ends the wait. A request with
    another state (a forged or stale redirect) is answered 400 and ignored; other paths
    (/favicon.ico) 404."""

    def __init__(self, state: str, port: int = 0) -> None:
        self.state = state
        self._done = threading.Event()
        self._code = ""
        self._error = ""
        self._closed = False
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 15  # a browser's idle pre-connection must not hold a thread forever

            def do_GET(self) -> None:
                receiver._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code: never log it

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        if url.path != "/":
            self._reply(request, 404, "Not found", "This is OmniInbox's sign-in receiver.")
            return
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        if not random.compare_digest(params.get("state", ""), self.state):
            self._reply(
                request,
                400,
                "This sign-in answer is not for OmniInbox",
                "It does not belong to the sign-in OmniInbox started. Go back to OmniInbox "
                "and sign in again.",
            )
            return
        if self._done.is_set():
            self._reply(request, 200, "Already done", "You can close this window.")
            return
        if params.get("error") or not params.get("code"):
            reason = params.get("error_description") or params.get("error") or "no code"
            self._error = " ".join(reason.split())[:200]
            self._reply(
                request,
                200,
                "Sign-in was not completed",
                f"{html.escape(self._error)}. You can close this window and try again in "
                "OmniInbox.",
            )
        else:
            self._code = params["code"]
            self._reply(
                request,
                200,
                "Signed in",
                "You can close this window and return to OmniInbox.",
            )
        self._done.set()

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, title: str, text: str) -> None:
        data = _PAGE.format(title=html.escape(title), text=text).encode("utf-8")
        request.send_response(status)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(data)))
        request.send_header("Cache-Control", "no-store")
        request.send_header("Connection", "close")
        request.end_headers()
        request.wfile.write(data)

    def wait(self, timeout: float) -> str:
        """The authorisation code; AuthError when the provider said no or nothing came."""
        if not self._done.wait(timeout):
            raise AuthError("the sign-in was not finished in the browser in time; sign in again")
        if self._error:
            raise AuthError(f"the sign-in was not completed ({self._error}); sign in again")
        if not self._code:
            raise AuthError("the sign-in was cancelled")
        return self._code

    def cancel(self) -> None:
        """End a ``wait`` at once (the agent closed the dialog)."""
        self._done.set()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.server.shutdown()
        self.server.server_close()


class AuthorizationFlow:
    """One sign-in: the URL to open, then :meth:`finish` waits for the redirect and exchanges
    the code. For a UI that opens the URL itself and cancels from a button."""

    def __init__(self, app: OAuthApp, *, login_hint: str = "", port: int = 0) -> None:
        self.app = app
        self.verifier = new_verifier()
        self.receiver = LoopbackReceiver(random.token_urlsafe(24), port)
        self.url = authorization_url(
            app,
            self.receiver.redirect_uri,
            self.receiver.state,
            challenge_of(self.verifier),
            login_hint,
        )

    def finish(self, timeout: float = SIGN_IN_TIMEOUT) -> Tokens:
        try:
            code = self.receiver.wait(timeout)
        finally:
            self.receiver.close()
        return exchange_code(self.app, code, self.verifier, self.receiver.redirect_uri)

    def cancel(self) -> None:
        self.receiver.cancel()

    def close(self) -> None:
        self.receiver.close()


def authorize(
    app: OAuthApp,
    open_browser: Callable[[str], object],
    *,
    login_hint: str = "",
    timeout: float = SIGN_IN_TIMEOUT,
) -> Tokens:
    """The whole desktop sign-in; blocks until the browser comes back (call it off the UI
    thread). ``open_browser(url)`` returning False means the browser could not be opened."""
    if not app.client_id:
        raise ConnectorError(
            f"signing in with {app.name} needs this app's OAuth client id in the account settings"
        )
    flow = AuthorizationFlow(app, login_hint=login_hint)
    try:
        if open_browser(flow.url) is False:
            raise ConnectorError(
                f"the web browser could not be opened; open this address to sign in: {flow.url}"
            )
        return flow.finish(timeout)
    finally:
        flow.close()


# --- the account's tokens --------------------------------------------------------------------


class TokenKeeper:
    """The access token for IMAP and SMTP, from the account's secrets, refreshed when due.

    ``fallback_key`` is where an access token pasted by hand lives ("password"): used as is,
    never refreshed, until a sign-in stores real tokens."""

    def __init__(
        self,
        secrets: SecretsHandle,
        app: OAuthApp | None,
        *,
        who: str,
        fallback_key: str = "password",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.secrets = secrets
        self.app = app
        self.who = who
        self.fallback_key = fallback_key
        self.clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never the tokens
        return f"<TokenKeeper {self.who} {self.app!r}>"

    @property
    def can_refresh(self) -> bool:
        return self.app is not None and bool(self.secrets.get(REFRESH_TOKEN))

    def save(self, tokens: Tokens) -> None:
        self.secrets.set(ACCESS_TOKEN, tokens.access_token)
        if tokens.refresh_token:
            self.secrets.set(REFRESH_TOKEN, tokens.refresh_token)
        self.secrets.set(EXPIRES_AT, str(int(tokens.expires_at)) if tokens.expires_at else "")

    def expires_at(self) -> float:
        try:
            return float(self.secrets.get(EXPIRES_AT) or 0)
        except ValueError:
            return 0.0

    def access_token(self) -> str:
        """The token to sign in with now: refreshed first when it is missing or expires soon."""
        token = self.secrets.get(ACCESS_TOKEN) or self.secrets.get(self.fallback_key) or ""
        expires = self.expires_at()
        due = not token or (expires and self.clock() >= expires - REFRESH_MARGIN)
        if due and self.can_refresh:
            return self.refresh().access_token
        if not token:
            how = f"sign in with {self.app.name}" if self.app else "sign in again"
            raise AuthError(f"{self.who} is not signed in: {how}")
        return token

    def refresh(self) -> Tokens:
        """A new access token from the refresh token, stored; AuthError: sign in again."""
        with self._lock:
            refresh_token = self.secrets.get(REFRESH_TOKEN) or ""
            if self.app is None or not refresh_token:
                raise AuthError(f"the sign-in of {self.who} cannot be renewed: sign in again")
            tokens = refresh(self.app, refresh_token, now=self.clock())
            self.save(tokens)
            log.info("renewed the %s access token of %s", self.app.name, self.who)
            return tokens
