"""A loopback emulator of the X API v2 endpoints OmniInbox uses, over real HTTP on 127.0.0.1.

Written from X's published documents (the X API v2 OpenAPI description and its reference
pages): the request parameters each endpoint takes and validates, the response JSON (``data``,
``includes.users``, ``meta`` with result_count / newest_id / oldest_id / next_token), errors in
X's problem shape, and the ``x-rate-limit-limit`` / ``-remaining`` / ``-reset`` headers on
every answer.

Endpoints:
  GET  /2/users/me
  GET  /2/users/:id/mentions                        since_id, until_id, pagination_token,
                                                    max_results (5-100), expansions, fields
  POST /2/tweets                                    {"text", "reply": {"in_reply_to_tweet_id"}}
  GET  /2/dm_events                                 dm_event.fields, event_types, expansions,
  GET  /2/dm_conversations/:id/dm_events            max_results (1-100), pagination_token
  POST /2/dm_conversations/with/:participant_id/messages   {"text"}
  POST /2/dm_conversations/:id/messages                    {"text"}
  GET  /i/oauth2/authorize                          PKCE sign-in, approved at once (302)
  POST /2/oauth2/token                              authorization_code and refresh_token grants

Auth: "Bearer <OAuth 2.0 user token>" (scopes checked: dm.* for DMs, tweet.write to post) or
OAuth 1.0a HMAC-SHA1 signatures, verified in full. Anything else gets X's 401 body.

Test side: users, mentions, replies in a thread, DMs (from a customer or from the shop on X
itself), scripted misbehaviour (429 with a near reset, 5xx, timeouts, dropped connections,
truncated JSON, overlapping pages), and what the shop posted and sent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

SNOWFLAKE_EPOCH_MS = 1288834974657
WINDOW = 15 * 60  # X's rate-limit windows are 15 minutes


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

# Requests per 15-minute window, per user, as X documents them for user-context auth.
LIMITS = {
    "GET /2/users/me": 75,
    "GET /2/users/:id/mentions": 300,
    "POST /2/tweets": 200,
    "GET /2/dm_events": 300,
    "GET /2/dm_conversations/:id/dm_events": 300,
    "POST /2/dm_conversations/with/:id/messages": 200,
    "POST /2/dm_conversations/:id/messages": 200,
    "POST /2/oauth2/token": 300,
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


class XApiEmulator:
    """Start with ``XApiEmulator()``; ``base_url`` is what the connector's api_base is set to."""

    def __init__(
        self,
        shop_username: str = "shop_kz",
        shop_name: str = "Shop.kz Support",
    ) -> None:
        self.lock = threading.RLock()
        self.users: dict[str, dict[str, str]] = {}
        self.tweets: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self.conversations: dict[str, set[str]] = {}
        self.tokens: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.consumers: dict[str, str] = {}
        self.oauth1_tokens: dict[str, tuple[str, str]] = {}  # token -> (secret, user id)
        self.clients: set[str] = set()
        self.codes: dict[str, tuple[str, str, str, Grant]] = {}  # -> client, redirect, challenge
        self.no_dms_from_shop: set[str] = set()
        self.requests: list[Recorded] = []
        self.posted: list[Posted] = []
        self.faults: list[Fault] = []
        self.windows: dict[str, _Window] = {}
        self.authorizing_user = ""
        self.deny_next_authorization = False
        self._clock = datetime.now(UTC)
        self._seq = 0
        self._stop = threading.Event()

        self.shop_id = self.add_user(shop_username, shop_name)
        self.authorizing_user = self.shop_id
        self.token = self.issue_token(self.shop_id)

        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                emulator._serve(self, "GET")

            def do_POST(self) -> None:
                emulator._serve(self, "POST")

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> XApiEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the world, as tests arrange it -----------------------------------------------------

    def _new_id(self) -> tuple[str, str]:
        """A snowflake id for now (each item at least a millisecond after the one before),
        and the created_at X would report for it."""
        ms = max(int(self._clock.timestamp() * 1000) + 1, int(time.time() * 1000))
        self._clock = datetime.fromtimestamp(ms / 1000, UTC)
        self._seq += 1
        snowflake = ((ms - SNOWFLAKE_EPOCH_MS) << 22) | (self._seq & 0xFFF)
        stamp = self._clock.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
        return str(snowflake), stamp

    def add_user(self, username: str, name: str = "") -> str:
        with self.lock:
            existing = self.user_id(username, create=False)
            if existing:
                return existing
            user_id = str(1_000_000_000 + 7919 * (len(self.users) + 1))
            self.users[user_id] = {
                "id": user_id,
                "name": name or username.replace("_", " ").title(),
                "username": username,
            }
            return user_id

    def user_id(self, username: str, *, create: bool = True) -> str:
        with self.lock:
            for user in self.users.values():
                if user["username"].lower() == username.lstrip("@").lower():
                    return user["id"]
        return self.add_user(username.lstrip("@")) if create else ""

    def username(self, user_id: str) -> str:
        return self.users[user_id]["username"]

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

    def _tweet(self, author: str, text: str, parent: dict[str, Any] | None = None) -> str:
        with self.lock:
            tweet_id, created = self._new_id()
            tweet: dict[str, Any] = {
                "id": tweet_id,
                "text": text,
                "edit_history_tweet_ids": [tweet_id],
                "author_id": author,
                "created_at": created,
                "conversation_id": parent["conversation_id"] if parent else tweet_id,
            }
            if parent is not None:
                tweet["in_reply_to_user_id"] = parent["author_id"]
                tweet["referenced_tweets"] = [{"type": "replied_to", "id": parent["id"]}]
            self.tweets[tweet_id] = tweet
            return tweet_id

    def mention(self, username: str, text: str, name: str = "") -> str:
        """A customer posts, mentioning the shop (the @handle is added if the text lacks it)."""
        author = self.add_user(username, name)
        shop = self.username(self.shop_id)
        if f"@{shop}".lower() not in text.lower():
            text = f"@{shop} {text}"
        return self._tweet(author, text)

    def reply(self, username: str, in_reply_to: str, text: str) -> str:
        """A reply in a thread; like X's apps, it starts with the @handle of the author
        answered, so a reply to the shop's post is a mention of the shop."""
        author = self.add_user(username)
        parent = self.tweets[in_reply_to]
        handle = self.username(parent["author_id"])
        if not text.lower().startswith(f"@{handle}".lower()):
            text = f"@{handle} {text}"
        return self._tweet(author, text, parent)

    def post(self, username: str, text: str) -> str:
        """A post that may or may not mention the shop (exactly as written)."""
        return self._tweet(self.add_user(username), text)

    def dm(self, username: str, text: str, *, to: str = "") -> str:
        """A direct message from ``username`` to the shop (or to ``to``), sent on X."""
        sender = self.add_user(username)
        recipient = self.user_id(to) if to else self.shop_id
        return self._dm_event(sender, self.one_to_one(sender, recipient), text)

    def shop_dm(self, username: str, text: str) -> str:
        """The shop writes to a customer from X's own app, not through OmniInbox."""
        customer = self.add_user(username)
        return self._dm_event(self.shop_id, self.one_to_one(self.shop_id, customer), text)

    def refuse_dms(self, username: str) -> None:
        """This customer does not accept direct messages from the shop."""
        self.no_dms_from_shop.add(self.add_user(username))

    @staticmethod
    def one_to_one(a: str, b: str) -> str:
        low, high = sorted((a, b), key=int)
        return f"{low}-{high}"

    def _dm_event(self, sender: str, conversation: str, text: str) -> str:
        with self.lock:
            event_id, created = self._new_id()
            self.conversations.setdefault(conversation, set(conversation.split("-")))
            self.events.append(
                {
                    "id": event_id,
                    "event_type": "MessageCreate",
                    "text": text,
                    "sender_id": sender,
                    "dm_conversation_id": conversation,
                    "created_at": created,
                }
            )
            return event_id

    # --- scripted misbehaviour --------------------------------------------------------------

    def fault(
        self,
        kind: str,
        times: int = 1,
        *,
        path: str = "",
        method: str = "",
        reset_in: float = 60.0,
        delay: float = 2.0,
        when: str = "",
    ) -> None:
        """The next ``times`` matching requests misbehave (in the order faults were added).

        429 answers with ``x-rate-limit-reset`` ``reset_in`` seconds ahead; "500"/"502"/"503"
        with X's problem body; "timeout" holds the request ``delay`` seconds, then hangs up;
        "drop" hangs up at once; "truncated" sends half the JSON (with a matching
        Content-Length); "overlap" makes the next page repeat the last two items.
        """
        with self.lock:
            self.faults.append(Fault(kind, times, path, method.upper(), reset_in, delay, when))

    def limit_next(self, method: str, path: str, *, reset_in: float = 30.0) -> None:
        """The next answer on this endpoint says ``x-rate-limit-remaining: 0`` (and the
        endpoint answers 429 from then until the reset)."""
        key = endpoint_key(method.upper(), path)
        with self.lock:
            self.windows[key] = _Window(LIMITS.get(key, 100), 1, int(time.time() + reset_in))

    def _take_fault(
        self,
        method: str,
        path: str,
        kinds: set[str] | None = None,
        query: dict[str, str] | None = None,
    ) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times <= 0 or (kinds is not None and fault.kind not in kinds):
                    continue
                if kinds is None and fault.kind == "overlap":
                    continue
                if fault.path and not path.startswith(fault.path):
                    continue
                if fault.method and fault.method != method:
                    continue
                if fault.when and fault.when not in (query or {}):
                    continue
                fault.times -= 1
                return fault
        return None

    # --- what happened ----------------------------------------------------------------------

    def posted_texts(self) -> list[str]:
        return [p.text for p in self.posted]

    def calls(self, method: str = "", path: str = "") -> list[Recorded]:
        return [
            r
            for r in self.requests
            if (not method or r.method == method) and r.path.startswith(path)
        ]

    # --- HTTP -------------------------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        fault = self._take_fault(method, url.path, query=query)
        if fault is not None and fault.kind in {"timeout", "drop"}:
            self._log(method, url.path, query, headers, body, 0)
            if fault.kind == "timeout":
                self._stop.wait(fault.delay)
            handler.close_connection = True
            return
        try:
            reply = self._answer(method, url.path, query, headers, body, handler, fault)
        except Exception as exc:  # an emulator bug must show as a 500, not a hung test
            reply = _Reply(500, problem(500, "Internal Server Error", f"emulator: {exc!r}"))
        data = reply.raw
        if data is None:
            data = json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode()
            reply.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        if fault is not None and fault.kind == "truncated":
            data = data[: max(1, len(data) // 2)]
        self._log(method, url.path, query, headers, body, reply.status, data, reply.headers)
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass  # the client gave up (its timeout): nothing to do

    def _log(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        status: int,
        answer: bytes = b"",
        answer_headers: dict[str, str] | None = None,
    ) -> None:
        with self.lock:
            self.requests.append(
                Recorded(
                    method, path, query, headers, body, status, answer, dict(answer_headers or {})
                )
            )

    def _rate_headers(self, key: str, *, spend: bool) -> tuple[dict[str, str], bool]:
        """The rate-limit headers for this answer, and whether the window was already empty."""
        now = int(time.time())
        with self.lock:
            window = self.windows.get(key)
            if window is None or window.reset <= now:
                window = _Window(LIMITS.get(key, 100), LIMITS.get(key, 100), now + WINDOW)
                self.windows[key] = window
            empty = window.remaining <= 0
            if spend and not empty:
                window.remaining -= 1
            return {
                "x-rate-limit-limit": str(window.limit),
                "x-rate-limit-remaining": str(window.remaining),
                "x-rate-limit-reset": str(window.reset),
            }, empty

    def _answer(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        handler: BaseHTTPRequestHandler,
        fault: Fault | None,
    ) -> _Reply:
        if method == "GET" and path == "/i/oauth2/authorize":
            return self._authorize(query)
        key = endpoint_key(method, path)
        if fault is not None and fault.kind == "429":
            rate, _ = self._rate_headers(key, spend=False)
            rate["x-rate-limit-remaining"] = "0"
            rate["x-rate-limit-reset"] = str(int(time.time() + fault.reset_in))
            return _Reply(429, TOO_MANY, rate)
        if fault is not None and fault.kind.isdigit() and int(fault.kind) >= 500:
            rate, _ = self._rate_headers(key, spend=False)
            status = int(fault.kind)
            return _Reply(status, SERVER_ERRORS.get(status, SERVER_ERRORS[500]), rate)
        if method == "POST" and path == "/2/oauth2/token":
            rate, _ = self._rate_headers(key, spend=True)
            reply = self._token(headers, body)
            reply.headers.update(rate)
            return reply
        route = self._route(method, path)
        grant = self._authenticate(method, path, query, headers, body, handler)
        rate, empty = self._rate_headers(key, spend=grant is not None and route is not None)
        if grant is None:
            return _Reply(401, UNAUTHORIZED, rate)
        if route is None:
            return _Reply(404, problem(404, "Not Found Error", f"no route {method} {path}"), rate)
        if empty:
            return _Reply(429, TOO_MANY, rate)
        handler_fn, match = route
        allowed = QUERY_PARAMETERS.get(handler_fn.__name__, frozenset())
        for name in query:
            if name not in allowed:
                message = (
                    f"The query parameter [{name}] is not one of [{','.join(sorted(allowed))}]"
                )
                return _Reply(400, invalid_request(name, query[name], message), rate)
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            return _Reply(400, invalid_request("body", "", "The request body is not JSON"), rate)
        try:
            status, answer = handler_fn(grant, query, match, payload)
        except _Refused as refused:
            status, answer = refused.status, refused.body
        return _Reply(status, answer, rate)

    def _route(
        self, method: str, path: str
    ) -> tuple[Callable[..., tuple[int, Any]], re.Match[str]] | None:
        table: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
            ("GET", r"/2/users/me", self._me),
            ("GET", r"/2/users/(?P<id>[0-9]{1,19})/mentions", self._mentions),
            ("POST", r"/2/tweets", self._create_tweet),
            ("GET", r"/2/dm_events", self._dm_events),
            ("GET", r"/2/dm_conversations/(?P<conv>[0-9-]+)/dm_events", self._dm_events),
            (
                "POST",
                r"/2/dm_conversations/with/(?P<participant>[0-9]{1,19})/messages",
                self._send_dm,
            ),
            ("POST", r"/2/dm_conversations/(?P<conv>[0-9-]+)/messages", self._send_dm),
        ]
        for verb, pattern, fn in table:
            match = re.fullmatch(pattern, path)
            if verb == method and match:
                return fn, match
        return None

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

    # --- parameters -------------------------------------------------------------------------

    @staticmethod
    def _list(query: dict[str, str], name: str, allowed: frozenset[str]) -> list[str] | str:
        """A comma-separated parameter as a list, or the first value X would reject."""
        values = [v for v in query.get(name, "").split(",") if v]
        for value in values:
            if value not in allowed:
                return value
        return values

    def _fields(
        self, query: dict[str, str], spec: dict[str, frozenset[str]]
    ) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for name, allowed in spec.items():
            values = self._list(query, name, allowed)
            if isinstance(values, str):
                raise _Refused(
                    400,
                    invalid_request(
                        name,
                        query[name],
                        f"The `{name}` query parameter value [{values}] is not one of "
                        f"[{','.join(sorted(allowed))}]",
                    ),
                )
            chosen[name] = values
        return chosen

    @staticmethod
    def _max_results(query: dict[str, str], low: int, high: int, default: int) -> int:
        raw = query.get("max_results")
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise _Refused(
                400,
                invalid_request(
                    "max_results",
                    raw,
                    f"The `max_results` query parameter value [{raw}] is not between {low} "
                    f"and {high}",
                ),
            )
        return int(raw)

    def _user_json(self, user_id: str, fields: list[str]) -> dict[str, Any]:
        user = self.users.get(user_id, {"id": user_id, "name": "", "username": ""})
        shown = {k: user[k] for k in ("id", "name", "username")}
        shown.update({f: user[f] for f in fields if f in user})
        return shown

    def _page(
        self, items: list[dict[str, Any]], query: dict[str, str], size: int, kind: str, path: str
    ) -> tuple[list[dict[str, Any]], str]:
        """Newest-first paging by id: the token says "older than this id". An "overlap" fault
        makes the next page start two items early, as when new items shift a page."""
        token = query.get("pagination_token")
        if token is not None:
            before = self._decode_token(token, kind)
            if before is None:
                raise _Refused(
                    400,
                    invalid_request(
                        "pagination_token",
                        token,
                        f"The `pagination_token` query parameter value [{token}] is not valid",
                    ),
                )
            items = [i for i in items if int(i["id"]) < before]
        page = items[:size]
        if len(items) <= size or not page:
            return page, ""
        overlap = self._take_fault("GET", path, {"overlap"})
        last = page[-3] if overlap is not None and len(page) >= 3 else page[-1]
        return page, self._encode_token(int(last["id"]), kind)

    @staticmethod
    def _encode_token(before: int, kind: str) -> str:
        if kind == "tweets":  # PaginationToken36: base36
            return "7140" + base36(before)
        raw = before.to_bytes(8, "big") + b"\x5a\x5a"  # PaginationToken32: base32, 16+ chars
        return base64.b32encode(raw).decode().rstrip("=")

    @staticmethod
    def _decode_token(token: str, kind: str) -> int | None:
        try:
            if kind == "tweets":
                return int(token.removeprefix("7140"), 36) if token.startswith("7140") else None
            raw = base64.b32decode(token + "=" * (-len(token) % 8))
            return int.from_bytes(raw[:8], "big") if raw[8:] == b"\x5a\x5a" else None
        except ValueError:
            return None

    # --- endpoints --------------------------------------------------------------------------

    def _me(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        chosen = self._fields(query, {"user.fields": USER_FIELDS})
        return 200, {"data": self._user_json(grant.user_id, chosen["user.fields"])}

    def _mentions(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        chosen = self._fields(
            query,
            {
                "tweet.fields": TWEET_FIELDS,
                "user.fields": USER_FIELDS,
                "expansions": TWEET_EXPANSIONS,
            },
        )
        size = self._max_results(query, 5, 100, 10)
        user_id = match["id"]
        if user_id not in self.users:
            return 200, {
                "errors": [
                    {
                        "value": user_id,
                        "detail": f"Could not find user with id: [{user_id}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "id",
                        "resource_id": user_id,
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            }
        handle = re.compile(rf"(?<![\w@])@{re.escape(self.username(user_id))}\b", re.IGNORECASE)
        with self.lock:
            found = sorted(
                (t for t in self.tweets.values() if handle.search(t["text"])),
                key=lambda t: int(t["id"]),
                reverse=True,
            )
        since, until = query.get("since_id"), query.get("until_id")
        for name, value in (("since_id", since), ("until_id", until)):
            if value is not None and not re.fullmatch(r"[0-9]{1,19}", value):
                return 400, invalid_request(
                    name, value, f"The `{name}` query parameter value [{value}] is not valid"
                )
        found = [
            t
            for t in found
            if (since is None or int(t["id"]) > int(since))
            and (until is None or int(t["id"]) < int(until))
        ]
        page, next_token = self._page(found, query, size, "tweets", f"/2/users/{user_id}")
        meta: dict[str, Any] = {"result_count": len(page)}
        if not page:
            return 200, {"meta": meta}
        expand_authors = "author_id" in chosen["expansions"]
        wanted = set(chosen["tweet.fields"]) | ({"author_id"} if expand_authors else set())
        data = []
        for tweet in page:
            shown = {k: tweet[k] for k in ("id", "text", "edit_history_tweet_ids")}
            shown.update({f: tweet[f] for f in sorted(wanted) if f in tweet})
            data.append(shown)
        answer: dict[str, Any] = {"data": data}
        if expand_authors:
            authors = dict.fromkeys(t["author_id"] for t in page)
            answer["includes"] = {
                "users": [self._user_json(a, chosen["user.fields"]) for a in authors]
            }
        meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if next_token:
            meta["next_token"] = next_token
        answer["meta"] = meta
        return 200, answer

    def _create_tweet(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "tweet.write" not in grant.scopes:
            return 403, FORBIDDEN
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return 400, invalid_request("text", "", "The `text` field is required")
        text = body["text"]
        if weighted_length(text) > 280:
            return 403, problem(403, "Forbidden", "Your Tweet text is too long.")
        parent = None
        reply = body.get("reply")
        if reply is not None:
            parent = self.tweets.get(str(reply.get("in_reply_to_tweet_id")))
            if parent is None:
                return 403, problem(
                    403,
                    "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.",
                )
        with self.lock:
            if any(
                t["author_id"] == grant.user_id and t["text"] == text for t in self.tweets.values()
            ):
                return 403, problem(
                    403,
                    "Forbidden",
                    "You are not allowed to create a Tweet with duplicate content.",
                )
            tweet_id = self._tweet(grant.user_id, text, parent)
            answered = parent["id"] if parent else ""
            self.posted.append(Posted("tweet", tweet_id, text, in_reply_to=answered))
        return 201, {"data": {"id": tweet_id, "text": text}}

    def _dm_events(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "dm.read" not in grant.scopes:
            return 403, FORBIDDEN
        chosen = self._fields(
            query,
            {
                "dm_event.fields": DM_EVENT_FIELDS,
                "user.fields": USER_FIELDS,
                "expansions": DM_EXPANSIONS,
                "event_types": DM_EVENT_TYPES,
            },
        )
        size = self._max_results(query, 1, 100, 100)
        conversation = match.groupdict().get("conv")
        types = set(chosen["event_types"]) or DM_EVENT_TYPES
        with self.lock:
            found = sorted(
                (
                    e
                    for e in self.events
                    if grant.user_id in self.conversations.get(e["dm_conversation_id"], set())
                    and (conversation is None or e["dm_conversation_id"] == conversation)
                    and e["event_type"] in types
                ),
                key=lambda e: int(e["id"]),
                reverse=True,
            )
        path = f"/2/dm_conversations/{conversation}" if conversation else "/2/dm_events"
        page, next_token = self._page(found, query, size, "dm", path)
        meta: dict[str, Any] = {"result_count": len(page)}
        if next_token:
            meta["next_token"] = next_token
        if not page:
            return 200, {"meta": meta}
        expand_senders = "sender_id" in chosen["expansions"]
        wanted = set(chosen["dm_event.fields"]) | ({"sender_id"} if expand_senders else set())
        data = []
        for event in page:
            shown = {k: event[k] for k in ("id", "event_type", "text")}
            shown.update({f: event[f] for f in sorted(wanted) if f in event})
            data.append(shown)
        answer: dict[str, Any] = {"data": data}
        if expand_senders:
            senders = dict.fromkeys(e["sender_id"] for e in page)
            answer["includes"] = {
                "users": [self._user_json(s, chosen["user.fields"]) for s in senders]
            }
        answer["meta"] = meta
        return 200, answer

    def _send_dm(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "dm.write" not in grant.scopes:
            return 403, FORBIDDEN
        if not isinstance(body, dict) or not (body.get("text") or body.get("attachments")):
            return 400, invalid_request("text", "", "The `text` field is required")
        text = str(body.get("text") or "")
        if len(text) > 10_000:
            return 400, invalid_request("text", "", "The `text` field is too long")
        groups = match.groupdict()
        if groups.get("participant"):
            other = groups["participant"]
            if other not in self.users:
                return 400, invalid_request(
                    "participant_id", other, f"Could not find user with id: [{other}]."
                )
            conversation = self.one_to_one(grant.user_id, other)
        else:
            conversation = groups["conv"]
            members = self.conversations.get(conversation, set())
            if grant.user_id not in members:
                return 403, problem(
                    403, "Forbidden", "You are not a participant of this conversation."
                )
            others = members - {grant.user_id}
            other = next(iter(others)) if len(others) == 1 else ""
        if other in self.no_dms_from_shop:
            return 403, problem(403, "Forbidden", "You cannot send messages to this user.")
        with self.lock:
            event_id = self._dm_event(grant.user_id, conversation, text)
            self.posted.append(Posted("dm", event_id, text, conversation=conversation))
        return 201, {"data": {"dm_conversation_id": conversation, "dm_event_id": event_id}}
