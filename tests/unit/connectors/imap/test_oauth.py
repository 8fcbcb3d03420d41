"""OAuth 2 pieces without a mail server: SASL strings, PKCE, the authorisation URL, the
loopback receiver, token endpoint errors and the token keeper."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from omniinbox_connectors.imap import oauth

from omniinbox.connector import AuthError, TransientError

RFC7636_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC7636_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


class Secrets(dict[str, str]):
    def set(self, key: str, value: str) -> None:
        self[key] = value


def app(token_url: str = "http://127.0.0.1:9/token", **extra: object) -> oauth.OAuthApp:
    values: dict[str, object] = {
        "client_id": "client-1",
        "authorize_url": "https://login.example.com/authorize",
        "token_url": token_url,
        "scopes": ("imap", "offline_access"),
        "name": "Example",
        "timeout": 3.0,
    }
    values.update(extra)
    return oauth.OAuthApp(**values)  # type: ignore[arg-type]


def test_sasl_strings() -> None:
    assert oauth.xoauth2("a@b.kz", "tok") == "user=a@b.kz\x01auth=Bearer tok\x01\x01"
    assert oauth.oauthbearer("a@b.kz", "tok", "imap.b.kz", 993) == (
        "n,a=a@b.kz,\x01host=imap.b.kz\x01port=993\x01auth=Bearer tok\x01\x01"
    )
    assert oauth.oauthbearer("x,y=z", "t") == "n,a=x=2Cy=3Dz,\x01auth=Bearer t\x01\x01"


def test_a_refusal_challenge_is_answered_as_each_mechanism_requires() -> None:
    for mechanism, after in (("XOAUTH2", b""), ("OAUTHBEARER", b"\x01")):
        answer = oauth.responder(mechanism, "a@b.kz", "tok")
        assert b"auth=Bearer tok" in answer(b"")
        assert answer(b'{"status":"401"}') == after
        assert answer.error == '{"status":"401"}' and "tok" not in repr(answer)


def test_pkce() -> None:
    assert oauth.challenge_of(RFC7636_VERIFIER) == RFC7636_CHALLENGE
    first, second = oauth.new_verifier(), oauth.new_verifier()
    assert first != second and re.fullmatch(r"[A-Za-z0-9_-]{43,128}", first)


def test_the_authorisation_url() -> None:
    url = oauth.authorization_url(
        app(extra=(("access_type", "offline"),)),
        "http://127.0.0.1:5555/",
        "st-1",
        RFC7636_CHALLENGE,
        "desk@shop.kz",
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://login.example.com/authorize"
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == {
        "response_type": "code",
        "client_id": "client-1",
        "redirect_uri": "http://127.0.0.1:5555/",
        "scope": "imap offline_access",
        "state": "st-1",
        "code_challenge": RFC7636_CHALLENGE,
        "code_challenge_method": "S256",
        "access_type": "offline",
        "login_hint": "desk@shop.kz",
    }
    assert "scope=imap%20offline_access" in url


def test_the_receiver_ignores_other_requests_until_the_answer_comes() -> None:
    receiver = oauth.LoopbackReceiver("st-1")
    try:
        base = receiver.redirect_uri
        assert httpx.get(base + "favicon.ico").status_code == 404
        assert httpx.get(base + "?state=other&code=c").status_code == 400
        done = httpx.get(base + "?state=st-1&code=the-code")
        assert done.status_code == 200 and "close this window" in done.text
        assert receiver.wait(1) == "the-code"
    finally:
        receiver.close()


def test_a_cancelled_or_unanswered_sign_in_is_an_auth_error() -> None:
    receiver = oauth.LoopbackReceiver("st-1")
    try:
        with pytest.raises(AuthError, match="in time"):
            receiver.wait(0.05)
        threading.Timer(0.05, receiver.cancel).start()
        with pytest.raises(AuthError, match="cancelled"):
            receiver.wait(5)
    finally:
        receiver.close()


@pytest.fixture
def token_endpoint() -> Iterator[list[tuple[int, dict[str, str], dict[str, object]]]]:
    """A token endpoint answering from a script: (status, headers, JSON body) per request."""
    script: list[tuple[int, dict[str, str], dict[str, object]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, headers, body = script.pop(0)
            data = json.dumps(body).encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}).start()
    script.append((0, {}, {"url": f"http://127.0.0.1:{server.server_address[1]}/token"}))
    yield script
    server.shutdown()
    server.server_close()


def test_token_endpoint_answers(
    token_endpoint: list[tuple[int, dict[str, str], dict[str, object]]],
) -> None:
    url = str(token_endpoint.pop(0)[2]["url"])
    token_endpoint += [
        (200, {}, {"access_token": "a1", "expires_in": 3600, "refresh_token": "r2"}),
        (503, {"Retry-After": "30"}, {"error": "temporarily_unavailable"}),
        (400, {}, {"error": "invalid_grant", "error_description": "Token has been revoked."}),
        (401, {}, {"error": "invalid_client"}),
    ]
    tokens = oauth.refresh(app(url), "r1", now=1000.0)
    assert (tokens.access_token, tokens.refresh_token, tokens.expires_at) == ("a1", "r2", 4600.0)
    assert "a1" not in repr(tokens)
    with pytest.raises(TransientError) as busy:
        oauth.refresh(app(url), "r1")
    assert busy.value.retry_after == 30.0
    with pytest.raises(AuthError, match=r"expired or was withdrawn \(Token has been revoked\.\)"):
        oauth.refresh(app(url), "r1")
    with pytest.raises(AuthError, match="does not accept this app's OAuth client id 'client-1'"):
        oauth.refresh(app(url), "r1")


def test_an_unreachable_token_endpoint_is_transient() -> None:
    with pytest.raises(TransientError, match=r"cannot reach Example at 127\.0\.0\.1:9"):
        oauth.refresh(app("http://127.0.0.1:9/token"), "r1")


def test_the_keeper_uses_a_pasted_token_as_it_is() -> None:
    secrets = Secrets(password="pasted")
    keeper = oauth.TokenKeeper(secrets, None, who="desk@shop.kz")
    assert keeper.access_token() == "pasted" and not keeper.can_refresh
    secrets["oauth_expires_at"] = "1"  # expired, but nothing to renew it with: try anyway
    assert keeper.access_token() == "pasted"
    with pytest.raises(AuthError, match="cannot be renewed: sign in again"):
        keeper.refresh()
    with pytest.raises(AuthError, match=r"desk@shop\.kz is not signed in: sign in again"):
        oauth.TokenKeeper(Secrets(), None, who="desk@shop.kz").access_token()


def test_the_keeper_renews_a_token_that_is_about_to_expire(
    token_endpoint: list[tuple[int, dict[str, str], dict[str, object]]],
) -> None:
    url = str(token_endpoint.pop(0)[2]["url"])
    token_endpoint.append((200, {}, {"access_token": "new", "expires_in": 3600}))
    secrets = Secrets(oauth_access_token="old", oauth_refresh_token="r1", oauth_expires_at="10200")
    keeper = oauth.TokenKeeper(secrets, app(url), who="desk@shop.kz", clock=lambda: 9000.0)
    assert keeper.access_token() == "old"  # 20 minutes left: fine
    keeper.clock = lambda: 10000.0  # 200 s left: renewed first
    assert keeper.access_token() == "new"
    assert secrets == {
        "oauth_access_token": "new",
        "oauth_refresh_token": "r1",  # none came back: the old one stays
        "oauth_expires_at": "13600",
    }
