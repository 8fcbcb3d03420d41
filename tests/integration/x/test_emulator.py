"""The emulator itself, spoken to with plain HTTP: X's documented shapes, errors and headers,
so the connector tests rest on a faithful remote."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.emulators.x_api import XApiEmulator

RATE_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset")


def call(
    x_api: XApiEmulator, path: str, *, token: str | None = None, body: Any = None
) -> tuple[int, dict[str, str], Any]:
    request = urllib.request.Request(
        x_api.base_url + path,
        data=None if body is None else json.dumps(body).encode(),
        method="GET" if body is None else "POST",
        headers={
            "Authorization": f"Bearer {x_api.token if token is None else token}",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read())


def test_a_wrong_token_gets_x_s_401_body_and_rate_headers(x_api: XApiEmulator) -> None:
    status, headers, body = call(x_api, "/2/users/me", token="wrong")

    assert status == 401
    assert body == {
        "title": "Unauthorized",
        "type": "about:blank",
        "status": 401,
        "detail": "Unauthorized",
    }
    assert all(headers[h].isdigit() for h in RATE_HEADERS)


def test_me_and_the_rate_window_counting_down(x_api: XApiEmulator) -> None:
    first = call(x_api, "/2/users/me")
    second = call(x_api, "/2/users/me")

    assert first[2] == {
        "data": {"id": x_api.shop_id, "name": "Shop.kz Support", "username": "shop_kz"}
    }
    assert first[1]["x-rate-limit-limit"] == "75"
    assert int(first[1]["x-rate-limit-remaining"]) - 1 == int(second[1]["x-rate-limit-remaining"])
    assert 0 < int(first[1]["x-rate-limit-reset"]) - time.time() <= 900


def test_mentions_page_newest_first_with_meta_and_includes(x_api: XApiEmulator) -> None:
    ids = [x_api.mention(f"c{n}", f"q{n}") for n in range(7)]
    path = f"/2/users/{x_api.shop_id}/mentions?max_results=5&expansions=author_id"

    _, _, page = call(x_api, path)
    _, _, rest = call(x_api, f"{path}&pagination_token={page['meta']['next_token']}")

    assert [t["id"] for t in page["data"]] == ids[::-1][:5]
    assert page["meta"] == {
        "result_count": 5,
        "newest_id": ids[-1],
        "oldest_id": ids[2],
        "next_token": page["meta"]["next_token"],
    }
    assert set(page["data"][0]) == {"id", "text", "edit_history_tweet_ids", "author_id"}
    assert {u["username"] for u in page["includes"]["users"]} == {f"c{n}" for n in range(2, 7)}
    assert [t["id"] for t in rest["data"]] == ids[1::-1] and "next_token" not in rest["meta"]
    _, _, none = call(x_api, f"/2/users/{x_api.shop_id}/mentions?since_id={ids[-1]}")
    assert none == {"meta": {"result_count": 0}}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("max_results=4", "max_results"),
        ("tweet.fields=created_at,nonsense", "tweet.fields"),
        ("pagination_token=zzz", "pagination_token"),
        ("since=1", "since"),
    ],
)
def test_invalid_parameters_get_x_s_invalid_request_body(
    x_api: XApiEmulator, query: str, parameter: str
) -> None:
    status, _, body = call(x_api, f"/2/users/{x_api.shop_id}/mentions?{query}")

    assert status == 400
    assert body["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert parameter in body["errors"][0]["parameters"]


def test_dm_events_and_sending(x_api: XApiEmulator) -> None:
    event = x_api.dm("nino_ge", "გამარჯობა")
    nino = x_api.user_id("nino_ge")

    _, _, listed = call(
        x_api, "/2/dm_events?dm_event.fields=sender_id,dm_conversation_id,created_at"
    )
    status, _, sent = call(
        x_api, f"/2/dm_conversations/with/{nino}/messages", body={"text": "hello"}
    )

    assert listed["data"][0]["id"] == event and listed["data"][0]["sender_id"] == nino
    assert listed["meta"] == {"result_count": 1}
    assert status == 201 and sent["data"]["dm_conversation_id"] == x_api.one_to_one(
        nino, x_api.shop_id
    )
    assert x_api.posted[0].text == "hello"


def test_dms_need_the_dm_scopes_and_a_willing_recipient(x_api: XApiEmulator) -> None:
    no_dm = x_api.issue_token(x_api.shop_id, frozenset({"tweet.read", "users.read"}))
    x_api.refuse_dms("eve")

    status, _, body = call(x_api, "/2/dm_events", token=no_dm)
    refused = call(
        x_api, f"/2/dm_conversations/with/{x_api.user_id('eve')}/messages", body={"text": "hi"}
    )

    assert (status, body) == (
        403,
        {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Forbidden"},
    )
    assert refused[0] == 403 and refused[2]["detail"] == "You cannot send messages to this user."


def test_a_scripted_429_names_its_reset(x_api: XApiEmulator) -> None:
    x_api.fault("429", path="/2/users/me", reset_in=20)

    status, headers, body = call(x_api, "/2/users/me")

    assert status == 429 and body["title"] == "Too Many Requests"
    assert headers["x-rate-limit-remaining"] == "0"
    assert 18 <= int(headers["x-rate-limit-reset"]) - time.time() <= 21
    assert call(x_api, "/2/users/me")[0] == 200  # one time only
