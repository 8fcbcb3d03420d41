"""X API v2 JSON (tweets, DM events, users) turned into the domain's events.

Pure functions over the decoded JSON: no network, so they can be fed recorded answers.
Remote ids: ``tweet:<id>`` and ``dm:<event id>``; threads: ``x-thread:<conversation id>``
for posts and ``x-dm:<dm_conversation_id>`` for direct messages.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omniinbox.domain import ContactInfo, Direction, Identity, IdentityKind, NewMessage

log = logging.getLogger(__name__)

SNOWFLAKE_EPOCH_MS = 1288834974657  # X ids carry their creation time since this instant

TWEET_FIELDS = (
    "created_at",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
    "note_tweet",  # the full text of a post longer than 280 characters (X Premium)
)
DM_EVENT_FIELDS = ("created_at", "dm_conversation_id", "sender_id", "text", "attachments")
USER_FIELDS = ("username", "name")

Json = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Shop:
    """The desk's own X account, as /2/users/me reports it."""

    id: str
    username: str
    name: str

    @property
    def identity(self) -> Identity:
        return Identity.of(IdentityKind.X, self.id, f"@{self.username}")


def id_number(value: object) -> int | None:
    """An X id (a decimal string) as a number, or None if it is not one."""
    text = str(value) if value is not None else ""
    return int(text) if text.isdigit() and len(text) <= 20 else None


def snowflake_time(value: object) -> datetime | None:
    number = id_number(value)
    if number is None or number < 1 << 22:
        return None
    return datetime.fromtimestamp(((number >> 22) + SNOWFLAKE_EPOCH_MS) / 1000, UTC)


def sent_at(item: Json) -> tuple[datetime, str]:
    """When the item was created, and a note if X did not say and we had to work it out."""
    raw = item.get("created_at")
    if isinstance(raw, str):
        try:
            when = datetime.fromisoformat(raw)
            return (when if when.tzinfo else when.replace(tzinfo=UTC)), ""
        except ValueError:
            pass
    from_id = snowflake_time(item.get("id"))
    if from_id is not None:
        return from_id, "X gave no creation time; taken from the message id"
    return datetime.now(UTC), "X gave no creation time; shown as the time it was fetched"


def users_of(payload: Json) -> dict[str, Json]:
    includes = payload.get("includes") or {}
    users = includes.get("users") if isinstance(includes, Mapping) else None
    return {
        str(u["id"]): u for u in users or () if isinstance(u, Mapping) and u.get("id") is not None
    }


def identity_of(user_id: str, users: Mapping[str, Json]) -> Identity:
    user = users.get(user_id) or {}
    username = str(user.get("username") or "")
    return Identity.of(IdentityKind.X, user_id, f"@{username}" if username else "")


def contacts(
    users: Mapping[str, Json], shop: Shop, only: Iterable[str] | None = None
) -> list[ContactInfo]:
    """Display data for the customers X told us about (``only`` these ids if given; the shop
    itself is not a customer)."""
    found = []
    wanted = None if only is None else set(only)
    for user_id, user in users.items():
        if user_id == shop.id or (wanted is not None and user_id not in wanted):
            continue
        username = str(user.get("username") or "")
        found.append(
            ContactInfo(
                identity_of(user_id, users),
                name=str(user.get("name") or ""),
                extra={"username": username} if username else {},
            )
        )
    return found


def _raw(item: Json, users: Mapping[str, Json], *ids: str) -> bytes:
    related = {i: users[i] for i in ids if i in users}
    return json.dumps({"item": item, "users": related}, ensure_ascii=False).encode()


def _item_list(payload: Json) -> list[Json]:
    data = payload.get("data")
    if isinstance(data, Mapping):
        return [data]
    return [d for d in data or () if isinstance(d, Mapping)]


def tweet_message(tweet: Json, users: Mapping[str, Json], shop: Shop) -> NewMessage | None:
    """A post that mentions the shop (or the shop's own post in such a thread)."""
    tweet_id = str(tweet.get("id") or "")
    if id_number(tweet_id) is None:
        log.warning("skipping a post without a usable id: %r", tweet)
        return None
    notes = []
    author = str(tweet.get("author_id") or "")
    if not author:
        notes.append("X did not say who wrote this post")
    when, note = sent_at(tweet)
    if note:
        notes.append(note)
    note_tweet = tweet.get("note_tweet")
    text = str(tweet.get("text") or "")
    if isinstance(note_tweet, Mapping) and note_tweet.get("text"):
        text = str(note_tweet["text"])
    replies_to = tuple(
        f"tweet:{ref['id']}"
        for ref in tweet.get("referenced_tweets") or ()
        if isinstance(ref, Mapping) and ref.get("type") == "replied_to" and ref.get("id")
    )
    conversation = str(tweet.get("conversation_id") or tweet_id)
    ours = author == shop.id
    recipient = None
    if ours and tweet.get("in_reply_to_user_id"):
        recipient = identity_of(str(tweet["in_reply_to_user_id"]), users)
    sender = shop.identity if ours else identity_of(author or "unknown", users)
    user = users.get(author) or {}
    return NewMessage(
        remote_id=f"tweet:{tweet_id}",
        sender=sender,
        sender_name=shop.name if ours else str(user.get("name") or ""),
        sent_at=when,
        text=text,
        direction=Direction.OUT if ours else Direction.IN,
        thread_key=f"x-thread:{conversation}",
        replies_to=replies_to,
        recipient=recipient,
        raw=_raw(tweet, users, author),
        note="; ".join(notes),
    )


def one_to_one(a: str, b: str) -> str:
    """X's id of the one-to-one DM conversation of two users: both ids, smaller first."""
    low, high = sorted((a, b), key=lambda v: id_number(v) or 0)
    return f"{low}-{high}"


def other_participant(conversation: str, me: str) -> str:
    """The customer in a one-to-one DM conversation id ("<id>-<id>"), or "" for a group."""
    parts = conversation.split("-")
    if len(parts) != 2:
        return ""
    return parts[1] if parts[0] == me else parts[0] if parts[1] == me else ""


def dm_message(event: Json, users: Mapping[str, Json], shop: Shop) -> NewMessage | None:
    """A MessageCreate DM event; our own (sent from X directly, or by send()) go out as OUT."""
    event_id = str(event.get("id") or "")
    if id_number(event_id) is None:
        log.warning("skipping a DM event without a usable id: %r", event)
        return None
    if event.get("event_type", "MessageCreate") != "MessageCreate":
        return None  # someone joined or left a group: nothing to answer
    notes = []
    sender_id = str(event.get("sender_id") or "")
    conversation = str(event.get("dm_conversation_id") or "")
    if not sender_id:
        notes.append("X did not say who sent this message")
    when, note = sent_at(event)
    if note:
        notes.append(note)
    attachments = event.get("attachments")
    media = attachments.get("media_keys") or () if isinstance(attachments, Mapping) else ()
    if media:
        notes.append(f"{len(media)} attachment(s) on X are not downloaded; open the chat on X")
    ours = sender_id == shop.id
    if not conversation and sender_id and not ours:
        conversation = one_to_one(sender_id, shop.id)
    recipient = None
    if ours:
        other = other_participant(conversation, shop.id)
        recipient = identity_of(other, users) if other else None
    sender = shop.identity if ours else identity_of(sender_id or "unknown", users)
    user = users.get(sender_id) or {}
    return NewMessage(
        remote_id=f"dm:{event_id}",
        sender=sender,
        sender_name=shop.name if ours else str(user.get("name") or ""),
        sent_at=when,
        text=str(event.get("text") or ""),
        direction=Direction.OUT if ours else Direction.IN,
        thread_key=f"x-dm:{conversation}" if conversation else "",
        recipient=recipient,
        raw=_raw(event, users, sender_id),
        note="; ".join(notes),
    )


def mention_events(payload: Json, shop: Shop) -> tuple[list[ContactInfo], list[NewMessage]]:
    """One page of GET /2/users/:id/mentions."""
    users = users_of(payload)
    found = (tweet_message(t, users, shop) for t in _item_list(payload))
    return contacts(users, shop), [m for m in found if m is not None]


def dm_events(
    payload: Json, shop: Shop, items: Iterable[Json] | None = None
) -> tuple[list[ContactInfo], list[NewMessage]]:
    """One page of GET /2/dm_events (or only ``items`` of it)."""
    users = users_of(payload)
    chosen = _item_list(payload) if items is None else list(items)
    found = [m for m in (dm_message(e, users, shop) for e in chosen) if m is not None]
    senders = {str(e.get("sender_id") or "") for e in chosen}
    return contacts(users, shop, senders), found
