"""Authentication: OAuth 2.0 user tokens (Bearer), the Authorization Code flow with PKCE
(``/i/oauth2/authorize`` approved at once, ``/2/oauth2/token`` for the authorization_code and
refresh_token grants) and OAuth 1.0a HMAC-SHA1 signatures, verified in full."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from tests.emulators.x_api.basics import ALL_SCOPES, Grant, _enc, _Reply
from tests.emulators.x_api.state import State


class Auth(State):
    """Tokens and keys for tests, and the checks of every request's credentials."""

    def issue_token(self, user_id: str, scopes: frozenset[str] = ALL_SCOPES) -> str:
        token = "x2-" + secrets.token_urlsafe(24)
        self.tokens[token] = Grant(user_id, frozenset(scopes))
        return token

    def issue_refresh_token(self, user_id: str, client_id: str) -> str:
        self.clients.add(client_id)
        token = "xr-" + secrets.token_urlsafe(24)
        self.refresh_tokens[token] = Grant(user_id, ALL_SCOPES, client_id)
        return token

    def expire_token(self, token: str) -> None:
        self.tokens.pop(token, None)

    def add_oauth1_keys(self, user_id: str) -> dict[str, str]:
        """Consumer key/secret and an access token/secret for ``user_id``."""
        keys = {
            "oauth1_consumer_key": "ck" + secrets.token_hex(8),
            "oauth1_consumer_secret": secrets.token_urlsafe(30),
            "oauth1_access_token": f"{user_id}-" + secrets.token_hex(12),
            "oauth1_access_token_secret": secrets.token_urlsafe(30),
        }
        self.consumers[keys["oauth1_consumer_key"]] = keys["oauth1_consumer_secret"]
        self.oauth1_tokens[keys["oauth1_access_token"]] = (
            keys["oauth1_access_token_secret"],
            user_id,
        )
        return keys

    # --- auth -------------------------------------------------------------------------------

    def _authenticate(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        handler: BaseHTTPRequestHandler,
    ) -> Grant | None:
        value = headers.get("authorization", "")
        if value.startswith("Bearer "):
            return self.tokens.get(value.removeprefix("Bearer ").strip())
        if value.startswith("OAuth "):
            return self._oauth1(method, path, handler.path, headers, body, value)
        return None

    def _oauth1(
        self,
        method: str,
        path: str,
        raw_path: str,
        headers: dict[str, str],
        body: bytes,
        value: str,
    ) -> Grant | None:
        """RFC 5849 HMAC-SHA1, checked in full: base string, key, timestamp."""
        oauth = {
            k: unquote(v)
            for k, v in re.findall(r'([A-Za-z_]+)="([^"]*)"', value.removeprefix("OAuth "))
        }
        consumer_secret = self.consumers.get(oauth.get("oauth_consumer_key", ""))
        token = self.oauth1_tokens.get(oauth.get("oauth_token", ""))
        if consumer_secret is None or token is None:
            return None
        if oauth.get("oauth_signature_method") != "HMAC-SHA1":
            return None
        if abs(int(oauth.get("oauth_timestamp") or 0) - time.time()) > 300:
            return None
        params = [(k, v) for k, v in oauth.items() if k not in {"oauth_signature", "realm"}]
        params += parse_qsl(urlsplit(raw_path).query, keep_blank_values=True)
        if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            params += parse_qsl(body.decode(), keep_blank_values=True)
        normal = "&".join(f"{k}={v}" for k, v in sorted((_enc(k), _enc(v)) for k, v in params))
        uri = f"http://{headers.get('host', '').lower()}{path}"
        base = "&".join((method, _enc(uri), _enc(normal)))
        key = f"{_enc(consumer_secret)}&{_enc(token[0])}".encode()
        expected = base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()
        if not hmac.compare_digest(expected, oauth.get("oauth_signature", "")):
            return None
        return Grant(token[1])

    def _authorize(self, query: dict[str, str]) -> _Reply:
        """The consent page, approved at once as ``authorizing_user``: a 302 to the app."""
        required = ("response_type", "client_id", "redirect_uri", "scope", "state")
        missing = [k for k in (*required, "code_challenge") if not query.get(k)]
        if missing or query["response_type"] != "code":
            page = f"<p>Something went wrong: missing {', '.join(missing) or 'response_type'}"
            return _Reply(400, raw=page.encode(), headers={"Content-Type": "text/html"})
        if query.get("code_challenge_method") != "S256":
            return _Reply(400, raw=b"<p>only S256", headers={"Content-Type": "text/html"})
        redirect = query["redirect_uri"]
        if self.deny_next_authorization:
            self.deny_next_authorization = False
            params = {"error": "access_denied", "state": query["state"]}
        else:
            code = secrets.token_urlsafe(32)
            scopes = frozenset(query["scope"].split()) & ALL_SCOPES
            grant = Grant(self.authorizing_user, scopes, query["client_id"])
            self.clients.add(query["client_id"])
            self.codes[code] = (query["client_id"], redirect, query["code_challenge"], grant)
            params = {"state": query["state"], "code": code}
        return _Reply(302, raw=b"", headers={"Location": f"{redirect}?{urlencode(params)}"})

    def _token(self, headers: dict[str, str], body: bytes) -> _Reply:
        form = dict(parse_qsl(body.decode(), keep_blank_values=True))
        if not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return _Reply(400, {"error": "invalid_request", "error_description": "form body"})
        client_id = form.get("client_id", "")
        if client_id not in self.clients:
            return _Reply(
                401,
                {
                    "error": "unauthorized_client",
                    "error_description": "Missing valid authorization header",
                },
            )
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            entry = self.codes.pop(form.get("code", ""), None)
            challenge = ""
            if form.get("code_verifier"):
                digest = hashlib.sha256(form["code_verifier"].encode("ascii")).digest()
                challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if (
                entry is None
                or entry[0] != client_id
                or entry[1] != form.get("redirect_uri")
                or not hmac.compare_digest(entry[2], challenge)
            ):
                return _Reply(
                    400,
                    {
                        "error": "invalid_request",
                        "error_description": "Value passed for the authorization code was invalid.",
                    },
                )
            grant = entry[3]
        elif grant_type == "refresh_token":
            old = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
            if old is None or old.client_id != client_id:
                return _Reply(
                    400,
                    {
                        "error": "invalid_request",
                        "error_description": "Value passed for the token was invalid.",
                    },
                )
            grant = old
        else:
            return _Reply(
                400, {"error": "unsupported_grant_type", "error_description": str(grant_type)}
            )
        access = self.issue_token(grant.user_id, grant.scopes)
        answer: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": 7200,
            "access_token": access,
            "scope": " ".join(sorted(grant.scopes)),
        }
        if "offline.access" in grant.scopes:
            refresh = "xr-" + secrets.token_urlsafe(24)
            self.refresh_tokens[refresh] = Grant(grant.user_id, grant.scopes, client_id)
            answer["refresh_token"] = refresh
        return _Reply(200, answer)
