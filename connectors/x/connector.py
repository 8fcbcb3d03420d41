"""XConnector: mentions of the shop's X account and its v2 direct messages, in and out."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import tweepy

from omniinbox.connector import (
    AuthError,
    Batch,
    Capability,
    ConfigSchema,
    Connector,
    ConnectorError,
    Outbound,
    PermanentError,
    Receipt,
    SecretsHandle,
    Uncertain,
)
from omniinbox.domain import Channel, IdentityKind, Reset

from . import oauth
from .client import Timeout, XClient
from .config import OAUTH1_SECRETS, OAUTH1A, OAUTH2, SCHEMA, Settings
from .cursor import Cursor
from .errors import TOKEN_REFUSED, classify
from .events import (
    DM_EVENT_FIELDS,
    TWEET_FIELDS,
    USER_FIELDS,
    Shop,
    dm_events,
    id_number,
    mention_events,
)
from .limits import RateLimits
from .sink import PullLimits, Sink, newest
from .text import MAX_WEIGHT, too_long_for_a_post

log = logging.getLogger(__name__)

MAX_DM_CHARS = 10_000
DM_NOT_ALLOWED = (
    "Give the X app the Direct Message permission (scopes dm.read and dm.write) and sign in "
    "again, or switch off 'Read direct messages' for this account"
)


class XConnector(Connector):
    kind: ClassVar[str] = "x"
    display_name: ClassVar[str] = "X (Twitter)"
    channel: ClassVar[Channel] = Channel.X
    schema: ClassVar[ConfigSchema] = SCHEMA
    capabilities: ClassVar[frozenset[Capability]] = frozenset({Capability.RECEIVE, Capability.SEND})
    notes: ClassVar[str] = (
        "X's API is paid: this needs a paid X developer plan, and X counts every read and "
        "every post against it. What works: posts that mention the shop's account become "
        "conversations, and answers go out as replies in the same thread (at most 280 "
        "characters; longer answers are refused, never split). Direct messages work in and out "
        "through X's v2 dm_events endpoints. In 2026 X moved direct messages to an end-to-end "
        "encrypted system; OmniInbox uses only the v2 dm_events endpoints that tweepy supports, "
        "so encrypted chats are not visible here."
    )
    limits: PullLimits = PullLimits()  # per instance if set; tests make pages small
    timeout: Timeout = (10.0, 30.0)  # (connect, read) seconds for every X call

    def __init__(self, config: Mapping[str, str], secrets: SecretsHandle) -> None:
        super().__init__(config, secrets)
        self.rate_limits = RateLimits()
        self._client: XClient | None = None
        self._shop: Shop | None = None

    # --- plumbing ---------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return Settings.of(self.config)

    @property
    def _oauth1(self) -> bool:
        return self.settings.auth == OAUTH1A

    def _secret(self, key: str) -> str:
        return (self.secrets.get(key) or "").strip()

    def client(self) -> XClient:
        if self._client is not None:
            return self._client
        settings = self.settings
        common: dict[str, Any] = {"timeout": self.timeout, "limits": self.rate_limits}
        if settings.auth == OAUTH1A:
            missing = [
                f.label for f in SCHEMA if f.key in OAUTH1_SECRETS and not self._secret(f.key)
            ]
            if missing:
                raise AuthError(f"the X sign-in is incomplete: fill in {', '.join(missing)}")
            self._client = XClient(
                settings.api_base,
                consumer_key=self._secret("oauth1_consumer_key"),
                consumer_secret=self._secret("oauth1_consumer_secret"),
                access_token=self._secret("oauth1_access_token"),
                access_token_secret=self._secret("oauth1_access_token_secret"),
                **common,
            )
        else:
            token = self._secret("oauth2_access_token")
            if not token:
                raise AuthError(f"{settings.shown} is not signed in to X yet; sign in with X")
            self._client = XClient(settings.api_base, bearer_token=token, **common)
        return self._client

    def _refresh(self) -> bool:
        """Renew an expired OAuth 2.0 access token; False if there is nothing to renew with."""
        refresh_token = self._secret("oauth2_refresh_token")
        client_id = self._secret("oauth2_client_id")
        if self._oauth1 or not refresh_token or not client_id:
            return False
        _, token_url = oauth.endpoints(self.settings.api_base)
        tokens = oauth.refresh(token_url, client_id, refresh_token, timeout=self.timeout[1])
        oauth.store_tokens(self.secrets, tokens)
        if self._client is not None:
            self._client.bearer_token = tokens.access_token
        log.info("renewed the X access token for %s", self.settings.shown)
        return True

    def _call(
        self, what: str, fn: Callable[[XClient], Any], *, sending: bool = False
    ) -> dict[str, Any]:
        """Run one API call and return its JSON object. An expired OAuth 2.0 token is renewed
        once and the call retried (X refuses with 401 before doing anything, so even a post
        is safe to retry)."""
        refreshed = False
        while True:
            try:
                payload = fn(self.client())
                if not isinstance(payload, dict):
                    raise ValueError("not a JSON object")
                return payload
            except ConnectorError:
                raise
            except tweepy.Unauthorized:
                if refreshed or not self._refresh():
                    raise AuthError(TOKEN_REFUSED) from None
                refreshed = True
            except Exception as exc:
                raise classify(exc, what, sending=sending) from exc

    def shop(self) -> Shop:
        """Who the token signs in as; refused if that is not the account configured."""
        if self._shop is not None:
            return self._shop
        payload = self._call(
            "checking the account",
            lambda c: c.get_me(user_fields=list(USER_FIELDS), user_auth=self._oauth1),
        )
        data = payload.get("data") or {}
        me = Shop(
            str(data.get("id") or ""), str(data.get("username") or ""), str(data.get("name") or "")
        )
        if not me.id:
            raise PermanentError("X did not say which account this sign-in belongs to")
        settings = self.settings
        if not settings.matches(me.id, me.username):
            raise AuthError(
                f"this X sign-in is for @{me.username}, but the account is set up for "
                f"{settings.shown}; sign in as {settings.shown}"
            )
        self._shop = me
        return me

    # --- the contract -----------------------------------------------------------------------

    def check(self) -> None:
        self.close()  # the credentials may have changed: read them again
        self._shop = None
        self.shop()
        if self.settings.direct_messages:
            try:
                self._call(
                    "reading direct messages",
                    lambda c: c.get_direct_message_events(
                        max_results=1, event_types=["MessageCreate"], user_auth=self._oauth1
                    ),
                )
            except PermanentError as exc:
                raise PermanentError(f"{exc}. {DM_NOT_ALLOWED}") from None

    def pull(self, cursor: str) -> Batch:
        sink = Sink()
        loaded = Cursor.load(cursor)
        if loaded is None:
            log.warning("unreadable X cursor %r: reading again from the newest", cursor)
            sink.reset = Reset("the saved X sync position was unreadable; read again from X")
        start = loaded or Cursor()
        state = start.copy()
        shop = self.shop()
        streams: list[Callable[[Cursor, Shop, Sink], bool]] = [self._pull_mentions]
        if self.settings.direct_messages:
            streams.append(self._pull_dms)
        more = False
        failure: ConnectorError | None = None
        for stream in streams:
            try:
                more = stream(state, shop, sink) or more
            except AuthError:
                raise
            except ConnectorError as exc:
                log.info("X pull for %s stopped: %s", self.settings.shown, exc)
                failure = failure or exc
        events = sink.events()
        if failure is not None:
            if not sink.messages and state == start and sink.reset is None:
                raise failure
            more = True  # keep what came in; the next pull meets the failure and reports it
        return Batch(events, state.dump(), more=more)

    def _pull_mentions(self, state: Cursor, shop: Shop, sink: Sink) -> bool:
        """Follow the mentions timeline from the newest down to ``since``; True if pages
        remain for the next pull."""
        for _ in range(self.limits.pages):
            params: dict[str, Any] = {
                "max_results": max(5, min(100, self.limits.page_size)),
                "expansions": ["author_id"],
                "tweet_fields": list(TWEET_FIELDS),
                "user_fields": list(USER_FIELDS),
                "user_auth": self._oauth1,
            }
            if state.mentions_since:
                params["since_id"] = state.mentions_since
            if state.mentions_next:
                params["pagination_token"] = state.mentions_next

            def fetch(client: XClient, p: dict[str, Any] = params) -> Any:
                return client.get_users_mentions(shop.id, **p)

            payload = self._call("reading mentions", fetch)
            sink.add(mention_events(payload, shop))
            meta = payload.get("meta") or {}
            ids = [id_number(t.get("id")) for t in payload.get("data") or () if isinstance(t, dict)]
            ids.append(id_number(meta.get("newest_id")))
            state.mentions_top = newest(state.mentions_top, *ids)
            token = str(meta.get("next_token") or "")
            if token and payload.get("data") and token != state.mentions_next:
                state.mentions_next = token
                continue
            state.mentions_since = newest(state.mentions_since, id_number(state.mentions_top))
            state.mentions_next = state.mentions_top = ""
            return False
        return True

    def _pull_dms(self, state: Cursor, shop: Shop, sink: Sink) -> bool:
        """Follow dm_events from the newest down to the newest event already taken in
        (the endpoint has no since_id); True if pages remain for the next pull."""
        since = id_number(state.dm_since) or 0
        for _ in range(self.limits.pages):
            params: dict[str, Any] = {
                "max_results": max(1, min(100, self.limits.page_size)),
                "event_types": ["MessageCreate"],
                "dm_event_fields": list(DM_EVENT_FIELDS),
                "expansions": ["sender_id"],
                "user_fields": list(USER_FIELDS),
                "user_auth": self._oauth1,
            }
            if state.dm_next:
                params["pagination_token"] = state.dm_next

            def fetch_dms(client: XClient, p: dict[str, Any] = params) -> Any:
                return client.get_direct_message_events(**p)

            try:
                payload = self._call("reading direct messages", fetch_dms)
            except PermanentError as exc:
                raise PermanentError(f"{exc}. {DM_NOT_ALLOWED}") from None
            data = [e for e in payload.get("data") or () if isinstance(e, dict)]
            ids = [id_number(e.get("id")) for e in data]
            fresh = [e for e, i in zip(data, ids, strict=True) if i is not None and i > since]
            sink.add(dm_events(payload, shop, fresh))
            state.dm_top = newest(state.dm_top, *ids)
            reached = since > 0 and any(i is not None and i <= since for i in ids)
            token = str((payload.get("meta") or {}).get("next_token") or "")
            if token and data and not reached and token != state.dm_next:
                state.dm_next = token
                continue
            state.dm_since = newest(state.dm_since, id_number(state.dm_top))
            state.dm_next = state.dm_top = ""
            return False
        return True

    def send(self, outbound: Outbound) -> Receipt:
        text = outbound.text
        if not text.strip():
            raise PermanentError("the reply is empty")
        thread = outbound.thread_key
        if thread.startswith("x-thread:"):
            return self._reply_in_thread(outbound, thread.removeprefix("x-thread:"))
        if len(text) > MAX_DM_CHARS:
            raise PermanentError(
                f"this message is {len(text)} characters long; an X direct message can have at "
                f"most {MAX_DM_CHARS}. Shorten it."
            )
        if thread.startswith("x-dm:"):
            conversation = thread.removeprefix("x-dm:")
            payload = self._call(
                "sending the direct message",
                lambda c: c.create_direct_message(
                    dm_conversation_id=conversation, text=text, user_auth=self._oauth1
                ),
                sending=True,
            )
        else:
            if outbound.to.kind is not IdentityKind.X or id_number(outbound.to.value) is None:
                who = outbound.to.display or outbound.to.value
                raise PermanentError(
                    f"{who} is not an X account; answer on the channel they wrote from"
                )
            payload = self._call(
                "sending the direct message",
                lambda c: c.create_direct_message(
                    participant_id=outbound.to.value, text=text, user_auth=self._oauth1
                ),
                sending=True,
            )
        event_id = str((payload.get("data") or {}).get("dm_event_id") or "")
        if not event_id:
            raise Uncertain("X accepted the direct message but did not say its id; check X")
        return Receipt(f"dm:{event_id}")

    def _reply_in_thread(self, outbound: Outbound, conversation: str) -> Receipt:
        length = too_long_for_a_post(outbound.text)
        if length is not None:
            raise PermanentError(
                f"this reply counts {length} characters on X, more than the {MAX_WEIGHT} a post "
                "may have; shorten it or answer by direct message (OmniInbox does not split posts)"
            )
        tweets = [
            n
            for n in (id_number(r.removeprefix("tweet:")) for r in outbound.in_reply_to)
            if n is not None
        ]
        target = str(max(tweets)) if tweets else conversation
        if id_number(target) is None:
            raise PermanentError("there is no post on X to reply to in this conversation")
        payload = self._call(
            "posting the reply",
            lambda c: c.create_tweet(
                text=outbound.text, in_reply_to_tweet_id=target, user_auth=self._oauth1
            ),
            sending=True,
        )
        tweet_id = str((payload.get("data") or {}).get("id") or "")
        if not tweet_id:
            raise Uncertain("X accepted the reply but did not say its id; check X")
        return Receipt(f"tweet:{tweet_id}")

    @classmethod
    def sign_in_provider(cls, config: Mapping[str, str]) -> str | None:
        return "X" if (config.get("auth") or OAUTH2) == OAUTH2 else None

    def sign_in(
        self, open_browser: Callable[[str], object], timeout: float = 300.0
    ) -> dict[str, str]:
        """Sign in with X in the browser (OAuth 2.0 with PKCE, loopback redirect to the
        registered callback port); the tokens go to the account's secrets."""
        settings = self.settings
        oauth.sign_in_account(
            self.secrets,
            settings.api_base,
            open_browser,
            port=settings.callback_port,
            timeout=timeout,
        )
        self.close()  # the next call signs in with the new token
        self._shop = None
        return {}

    def close(self) -> None:
        if self._client is not None:
            self._client.session.close()
            self._client = None
