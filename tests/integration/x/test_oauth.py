"""Signing in: OAuth 2.0 with PKCE over a loopback redirect, token exchange and refresh
against the emulator's token endpoint, and OAuth 1.0a signatures as the alternative."""

from __future__ import annotations

import re
import threading
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from omniinbox_connectors.x import oauth

from omniinbox.connector import AuthError, Outbound
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import CLIENT_ID, Secrets, connector_for, new_messages, pull_all

# RFC 7636, appendix B: the example verifier and its S256 challenge.
RFC7636_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC7636_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def browse(url: str) -> None:
    """What the agent's browser does: open X's page, which (approved) redirects to us."""
    with urllib.request.urlopen(url, timeout=5) as response:
        response.read()


def test_the_s256_challenge_matches_rfc_7636_appendix_b() -> None:
    assert oauth.code_challenge(RFC7636_VERIFIER) == RFC7636_CHALLENGE


def test_a_new_verifier_is_long_random_and_of_the_allowed_characters() -> None:
    first, second = oauth.new_code_verifier(), oauth.new_code_verifier()
    assert first != second
    assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", first)


def test_the_authorisation_url_carries_every_pkce_parameter() -> None:
    request = oauth.authorization_request(
        "client-1", "http://127.0.0.1:8765/callback", verifier=RFC7636_VERIFIER, state="s-1"
    )

    url = urlsplit(request.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://x.com/i/oauth2/authorize"
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query == {
        "response_type": "code",
        "client_id": "client-1",
        "redirect_uri": "http://127.0.0.1:8765/callback",
        "scope": "tweet.read tweet.write users.read dm.read dm.write offline.access",
        "state": "s-1",
        "code_challenge": RFC7636_CHALLENGE,
        "code_challenge_method": "S256",
    }
    assert "%20" in request.url  # spaces in the scope list as %20, not "+"
    assert oauth.endpoints("https://api.twitter.com") == (
        "https://x.com/i/oauth2/authorize",
        "https://api.twitter.com/2/oauth2/token",
    )


def test_the_whole_sign_in_gets_tokens_that_work(x_api: XApiEmulator) -> None:
    tokens = oauth.sign_in(x_api.base_url, CLIENT_ID, browse, timeout=10)

    assert tokens.access_token in x_api.tokens and tokens.refresh_token in x_api.refresh_tokens
    assert "dm.read" in tokens.scope and tokens.expires_in == 7200
    assert tokens.access_token not in repr(tokens)
    (authorize,) = x_api.calls("GET", "/i/oauth2/authorize")
    redirect = authorize.query["redirect_uri"]
    assert re.fullmatch(r"http://127\.0\.0\.1:[0-9]+/callback", redirect)
    (exchange,) = x_api.calls("POST", "/2/oauth2/token")
    form = {k: v[0] for k, v in parse_qs(exchange.body.decode()).items()}
    assert form["grant_type"] == "authorization_code" and form["redirect_uri"] == redirect
    assert oauth.code_challenge(form["code_verifier"]) == authorize.query["code_challenge"]

    secrets = Secrets({"oauth2_client_id": CLIENT_ID})
    oauth.store_tokens(secrets, tokens)
    x_api.mention("aigerim_kz", "hello")
    connector = connector_for(x_api, secrets)
    connector.check()
    assert len(new_messages(pull_all(connector)[0])) == 1


def test_the_loopback_receiver_checks_the_state(x_api: XApiEmulator) -> None:
    with oauth.LoopbackReceiver() as receiver:
        request = oauth.authorization_request(
            CLIENT_ID, receiver.redirect_uri, authorize_url=f"{x_api.base_url}/i/oauth2/authorize"
        )
        threading.Thread(target=browse, args=(request.url,), daemon=True).start()
        params = receiver.wait(5)

    assert params["state"] == request.state and params["code"]
    assert oauth.code_from(params, request.state) == params["code"]
    with pytest.raises(AuthError, match="does not belong to this sign-in"):
        oauth.code_from({**params, "state": "forged"}, request.state)


def test_the_receiver_ignores_other_paths_and_times_out(x_api: XApiEmulator) -> None:
    with oauth.LoopbackReceiver() as receiver:
        port = receiver.port

        statuses: list[int] = []

        def favicon() -> None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/favicon.ico", timeout=2)
            except urllib.error.HTTPError as exc:
                statuses.append(exc.code)

        threading.Thread(target=favicon, daemon=True).start()
        with pytest.raises(AuthError, match="no answer from X's sign-in page"):
            receiver.wait(0.5)
        assert statuses == [404] and receiver.params is None


def test_a_denied_sign_in_is_an_auth_error(x_api: XApiEmulator) -> None:
    x_api.deny_next_authorization = True

    with pytest.raises(AuthError, match="access_denied"):
        oauth.sign_in(x_api.base_url, CLIENT_ID, browse, timeout=10)


def test_a_code_exchanged_with_the_wrong_verifier_is_refused(x_api: XApiEmulator) -> None:
    with oauth.LoopbackReceiver() as receiver:
        request = oauth.authorization_request(
            CLIENT_ID, receiver.redirect_uri, authorize_url=f"{x_api.base_url}/i/oauth2/authorize"
        )
        threading.Thread(target=browse, args=(request.url,), daemon=True).start()
        code = oauth.code_from(receiver.wait(5), request.state)

    _, token_url = oauth.endpoints(x_api.base_url)
    with pytest.raises(AuthError, match="authorization code was invalid"):
        oauth.exchange_code(token_url, CLIENT_ID, code, RFC7636_VERIFIER, request.redirect_uri)


def test_refresh_rotates_and_stores_both_tokens(x_api: XApiEmulator) -> None:
    secrets = Secrets({"oauth2_refresh_token": x_api.issue_refresh_token(x_api.shop_id, "c")})
    _, token_url = oauth.endpoints(x_api.base_url)

    tokens = oauth.refresh(token_url, "c", secrets.values["oauth2_refresh_token"])
    oauth.store_tokens(secrets, tokens)

    assert secrets.writes == ["oauth2_access_token", "oauth2_refresh_token"]
    assert secrets.values["oauth2_refresh_token"] == tokens.refresh_token


def test_oauth_1a_signatures_are_accepted_for_reading_and_sending(x_api: XApiEmulator) -> None:
    keys = x_api.add_oauth1_keys(x_api.shop_id)
    connector = connector_for(x_api, Secrets(keys), auth="oauth1a")
    root = x_api.mention("aigerim_kz", "Где заказ?")
    x_api.dm("nino_ge", "გამარჯობა")

    connector.check()
    batches, _ = pull_all(connector)
    receipt = connector.send(
        Outbound(
            key="k",
            to=Identity.of(IdentityKind.X, x_api.user_id("aigerim_kz")),
            text="В пути!",
            thread_key=f"x-thread:{root}",
            in_reply_to=(f"tweet:{root}",),
        )
    )

    assert len(new_messages(batches)) == 2 and receipt.remote_id.startswith("tweet:")
    assert all(c.headers["authorization"].startswith("OAuth ") for c in x_api.calls())
    assert all(c.status in {200, 201} for c in x_api.calls())


def test_a_wrong_oauth_1a_secret_is_an_auth_error(x_api: XApiEmulator) -> None:
    keys = x_api.add_oauth1_keys(x_api.shop_id)
    keys["oauth1_access_token_secret"] = "wrong"

    with pytest.raises(AuthError, match="sign in again"):
        connector_for(x_api, Secrets(keys), auth="oauth1a").check()
