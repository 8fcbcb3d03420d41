"""What every endpoint shares, from X's OpenAPI description: the field and expansion enums, the
query parameters each endpoint takes, errors in X's problem shape, the weighted length of a
post, and the records the emulator keeps (faults, requests, what the shop posted, grants)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# From the OpenAPI enums (TweetFieldsParameter, UserFieldsParameter, DmEventFieldsParameter,
# TweetExpansionsParameter, DmEventExpansionsParameter); the ones we serve are stored per item.
TWEET_FIELDS = _words(
    "article attachments author_id card_uri community_id context_annotations conversation_id "
    "created_at display_text_range edit_controls edit_history_tweet_ids entities geo id "
    "in_reply_to_user_id lang media_metadata non_public_metrics note_tweet organic_metrics "
    "possibly_sensitive promoted_metrics public_metrics referenced_tweets reply_settings scopes "
    "source suggested_source_links suggested_source_links_with_counts text withheld"
)
USER_FIELDS = _words(
    "affiliation confirmed_email connection_status created_at description entities id "
    "is_identity_verified location most_recent_tweet_id name parody pinned_tweet_id "
    "profile_banner_url profile_image_url protected public_metrics receives_your_dm "
    "subscription subscription_type url username verified verified_followers_count "
    "verified_type withheld"
)
DM_EVENT_FIELDS = _words(
    "attachments created_at dm_conversation_id entities event_type id participant_ids "
    "referenced_tweets sender_id text"
)
TWEET_EXPANSIONS = _words(
    "article.cover_media article.media_entities attachments.media_keys "
    "attachments.media_source_tweet attachments.poll_ids author_id edit_history_tweet_ids "
    "entities.mentions.username geo.place_id in_reply_to_user_id "
    "entities.note.mentions.username referenced_tweets.id "
    "referenced_tweets.id.attachments.media_keys referenced_tweets.id.author_id"
)
DM_EXPANSIONS = _words("attachments.media_keys participant_ids referenced_tweets.id sender_id")
DM_EVENT_TYPES = frozenset({"MessageCreate", "ParticipantsJoin", "ParticipantsLeave"})
ALL_SCOPES = _words("tweet.read tweet.write users.read dm.read dm.write offline.access")

# The query parameters each endpoint takes (from the OpenAPI description); others get a 400.
QUERY_PARAMETERS = {
    "_me": _words("expansions tweet.fields user.fields"),
    "_mentions": _words(
        "end_time expansions max_results media.fields pagination_token place.fields "
        "poll.fields since_id start_time tweet.fields until_id user.fields"
    ),
    "_dm_events": _words(
        "dm_event.fields event_types expansions max_results media.fields pagination_token "
        "tweet.fields user.fields"
    ),
}


def problem(status: int, title: str, detail: str, type_: str = "about:blank") -> dict[str, Any]:
    return {"title": title, "type": type_, "status": status, "detail": detail}


UNAUTHORIZED = problem(401, "Unauthorized", "Unauthorized")
FORBIDDEN = problem(403, "Forbidden", "Forbidden")
TOO_MANY = problem(429, "Too Many Requests", "Too Many Requests")
SERVER_ERRORS = {
    500: problem(500, "Internal Server Error", "Internal Server Error"),
    502: problem(502, "Bad Gateway", "Bad Gateway"),
    503: problem(503, "Service Unavailable", "Service Unavailable"),
}


def invalid_request(parameter: str, value: str, message: str) -> dict[str, Any]:
    return {
        "errors": [{"parameters": {parameter: [value]}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    }


def endpoint_key(method: str, path: str) -> str:
    return f"{method} {re.sub(r'(?<=.)/[0-9]+(?:-[0-9]+)?(?=/|$)', '/:id', path)}"


def _enc(value: str) -> str:
    return quote(value, safe="")


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def weighted_length(text: str) -> int:
    """X's count: most characters 2, Latin/Cyrillic/Georgian etc. (up to U+10FF) 1, links 23."""
    text = re.sub(r"https?://\S+", "x" * 23, unicodedata.normalize("NFC", text))
    return sum(1 if ord(ch) <= 0x10FF or 0x2000 <= ord(ch) <= 0x203F else 2 for ch in text)


@dataclass
class Fault:
    kind: str  # "429", "500", "502", "503", "timeout", "drop", "truncated", "overlap"
    times: int = 1
    path: str = ""  # a path prefix; "" = any
    method: str = ""
    reset_in: float = 60.0
    delay: float = 2.0
    when: str = ""  # only requests with this query parameter (e.g. "pagination_token")


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    status: int = 0  # 0: no answer (a timeout or a dropped connection)
    answer: bytes = b""  # the body sent back (cut short if a fault said so)
    answer_headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Posted:
    """Something the shop put on X through the API: a post or a direct message."""

    kind: str  # "tweet" or "dm"
    id: str
    text: str
    in_reply_to: str = ""  # the post answered
    conversation: str = ""  # the DM conversation


@dataclass
class Grant:
    user_id: str
    scopes: frozenset[str] = ALL_SCOPES
    client_id: str = ""


@dataclass
class _Window:
    limit: int
    remaining: int
    reset: int


class _Refused(Exception):
    """An endpoint refuses the request: the status and body X would answer."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


@dataclass
class _Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a non-JSON body (an HTML page)
