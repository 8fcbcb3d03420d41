"""Failures classified where they arise: rate limits (429 and x-rate-limit-remaining: 0),
bad credentials, server errors, cut-off answers, timeouts; and nothing is ever lost."""

from __future__ import annotations

import socket
import time

import pytest
from omniinbox_connectors.x.connector import PullLimits

from omniinbox.connector import AuthError, Outbound, TransientError, Uncertain
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import Desk, Secrets, connector_for

TOKEN_REFUSED = "the X access token was refused; sign in again"


def mentions_path(x_api: XApiEmulator) -> str:
    return f"/2/users/{x_api.shop_id}/mentions"


def test_429_is_transient_with_retry_after_from_the_reset_header(
    desk: Desk, x_api: XApiEmulator
) -> None:
    x_api.mention("aigerim_kz", "hello")
    desk.pull_all()  # learn who we are, take the first mention
    x_api.fault("429", path=mentions_path(x_api), reset_in=42)

    with pytest.raises(TransientError) as failure:
        desk.pull()

    assert failure.value.retry_after is not None and 38 <= failure.value.retry_after <= 43
    assert "rate limit" in str(failure.value)
    # Until the reset, the connector does not knock again.
    calls = len(x_api.calls())
    with pytest.raises(TransientError) as again:
        desk.pull()
    assert again.value.retry_after is not None and again.value.retry_after > 30
    assert len(x_api.calls()) == calls + 1  # only the DM stream was asked


def test_remaining_zero_is_honoured_before_the_call(desk: Desk, x_api: XApiEmulator) -> None:
    x_api.mention("aigerim_kz", "hello")
    x_api.limit_next("GET", mentions_path(x_api), reset_in=30)

    desk.pull_all()  # this answer says x-rate-limit-remaining: 0
    mention_calls = len(x_api.calls("GET", mentions_path(x_api)))
    x_api.mention("nino_ge", "second")

    with pytest.raises(TransientError) as failure:
        desk.pull()

    assert failure.value.retry_after is not None and 25 <= failure.value.retry_after <= 31
    assert len(x_api.calls("GET", mentions_path(x_api))) == mention_calls  # not called
    assert "rate limit for reading mentions is used up until" in str(failure.value)


def test_a_dm_sent_while_the_mentions_window_is_empty_still_comes_in(
    desk: Desk, x_api: XApiEmulator
) -> None:
    x_api.fault("429", path=mentions_path(x_api), reset_in=60)
    event = x_api.dm("aigerim_kz", "DM while mentions are rate limited")

    batch = desk.pull()

    assert batch.more and desk.remote_ids() == [f"dm:{event}"]
    with pytest.raises(TransientError):
        desk.pull()


def test_a_refused_token_is_an_auth_error_with_a_sentence(x_api: XApiEmulator) -> None:
    connector = connector_for(x_api, Secrets({"oauth2_access_token": "not-a-token"}))

    with pytest.raises(AuthError) as failure:
        connector.check()
    assert str(failure.value) == TOKEN_REFUSED
    with pytest.raises(AuthError, match="sign in again"):
        connector.pull("")
    assert x_api.calls()[-1].status == 401


def test_no_token_at_all_asks_to_sign_in(x_api: XApiEmulator) -> None:
    with pytest.raises(AuthError, match="not signed in to X yet"):
        connector_for(x_api, Secrets()).check()
    with pytest.raises(AuthError, match="fill in"):
        connector_for(x_api, Secrets(), auth="oauth1a").check()
    assert x_api.calls() == []


def test_a_token_for_another_account_is_refused(x_api: XApiEmulator) -> None:
    other = x_api.issue_token(x_api.add_user("someone_else"))
    connector = connector_for(x_api, Secrets({"oauth2_access_token": other}))

    with pytest.raises(AuthError) as failure:
        connector.check()
    assert "@someone_else" in str(failure.value) and "@shop_kz" in str(failure.value)


def test_an_expired_access_token_is_renewed_and_stored(desk: Desk, x_api: XApiEmulator) -> None:
    secrets = desk.connector.secrets
    old_access = secrets.get("oauth2_access_token")
    old_refresh = secrets.get("oauth2_refresh_token")
    x_api.expire_token(x_api.token)
    mention = x_api.mention("aigerim_kz", "hello")

    desk.pull_all()

    assert desk.remote_ids() == [f"tweet:{mention}"]
    new_access = secrets.get("oauth2_access_token")
    new_refresh = secrets.get("oauth2_refresh_token")
    assert new_access and new_access != old_access and new_access in x_api.tokens
    assert new_refresh and new_refresh != old_refresh and new_refresh in x_api.refresh_tokens
    assert old_refresh not in x_api.refresh_tokens  # X rotates refresh tokens
    (token_call,) = x_api.calls("POST", "/2/oauth2/token")
    assert b"grant_type=refresh_token" in token_call.body


def test_a_refused_refresh_is_an_auth_error(x_api: XApiEmulator) -> None:
    secrets = Secrets(
        {
            "oauth2_access_token": "expired",
            "oauth2_refresh_token": "revoked",
            "oauth2_client_id": "omniinbox-desktop-test",
        }
    )
    x_api.clients.add("omniinbox-desktop-test")

    with pytest.raises(AuthError, match="Value passed for the token was invalid"):
        connector_for(x_api, secrets).check()
    assert secrets.writes == []


@pytest.mark.parametrize("kind", ["500", "503", "truncated", "drop", "timeout"])
def test_server_errors_and_broken_answers_are_transient_and_lose_nothing(
    desk: Desk, x_api: XApiEmulator, kind: str
) -> None:
    desk.connector.timeout = (1.0, 0.3)
    mention = x_api.mention("aigerim_kz", "hello")
    event = x_api.dm("nino_ge", "hi")
    x_api.fault(kind, path="/2/users/me", delay=0.6)

    with pytest.raises(TransientError):
        desk.pull()
    assert desk.store.cursor(desk.id) == "" and desk.remote_ids() == []

    x_api.fault(kind, path=mentions_path(x_api), delay=0.6)
    partial = desk.pull()  # the mentions fail; the DM still comes in
    assert partial.more and desk.remote_ids() == [f"dm:{event}"]

    desk.pull_all()
    assert desk.remote_ids() == [f"dm:{event}", f"tweet:{mention}"]


def test_a_failure_between_pages_keeps_the_pages_already_read(
    desk: Desk, x_api: XApiEmulator
) -> None:
    ids = [x_api.mention(f"c{n}", f"question {n}") for n in range(8)]
    desk.connector.limits = PullLimits(pages=5, page_size=5)
    x_api.fault("truncated", path=mentions_path(x_api), when="pagination_token")

    first = desk.pull()

    assert first.more and len(desk.remote_ids()) == 5
    assert desk.cursor()["mentions_next"] and "mentions_since" not in desk.cursor()
    desk.pull_all()
    assert desk.remote_ids() == sorted(f"tweet:{i}" for i in ids)
    assert desk.cursor() == {"mentions_since": ids[-1]}


def test_a_send_that_times_out_is_uncertain_never_retried_blindly(
    x_api: XApiEmulator,
) -> None:
    connector = connector_for(x_api, timeout=(1.0, 0.3))
    customer = Identity.of(IdentityKind.X, x_api.add_user("dana"), "@dana")
    connector.check()
    x_api.fault("timeout", method="POST", delay=0.6)

    with pytest.raises(Uncertain, match="check X before sending it again"):
        connector.send(Outbound(key="k", to=customer, text="Hello"))


def test_a_cut_off_answer_to_a_send_is_uncertain(x_api: XApiEmulator) -> None:
    connector = connector_for(x_api)
    customer = Identity.of(IdentityKind.X, x_api.add_user("dana"), "@dana")
    x_api.fault("truncated", method="POST")

    with pytest.raises(Uncertain):
        connector.send(Outbound(key="k", to=customer, text="Hello"))
    assert [p.text for p in x_api.posted] == ["Hello"]  # it did go out: the agent decides


def test_a_send_that_cannot_connect_is_transient(x_api: XApiEmulator) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    connector = connector_for(x_api, api_base=f"http://127.0.0.1:{port}")
    customer = Identity.of(IdentityKind.X, "1000007919", "@dana")

    with pytest.raises(TransientError, match="cannot reach X"):
        connector.send(Outbound(key="k", to=customer, text="Hello"))


def test_a_429_on_send_is_transient_with_the_reset(x_api: XApiEmulator) -> None:
    connector = connector_for(x_api)
    customer = Identity.of(IdentityKind.X, x_api.add_user("dana"), "@dana")
    x_api.fault("429", method="POST", reset_in=120)
    started = time.time()

    with pytest.raises(TransientError) as failure:
        connector.send(Outbound(key="k", to=customer, text="Hello"))

    assert failure.value.retry_after is not None
    assert 115 <= failure.value.retry_after <= 121 + (time.time() - started)
    assert x_api.posted == []
