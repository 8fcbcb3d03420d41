"""Bot API Update objects -> the domain's events.

* ``message`` in a private chat -> NewMessage (one conversation per chat);
  in a group only when it mentions the bot or replies to it (one conversation per customer
  in that group); channel posts and other bots are not customers.
* ``business_message`` -> NewMessage in a chat of the shop's own account: from the customer
  (``from.id == chat.id``) it is incoming, from the shop's people it is outgoing.
* ``edited_message`` / ``edited_business_message`` -> MessageChanged(text=...).
* ``deleted_business_messages`` -> MessageChanged(deleted=True), one per message.
* ``callback_query`` (a quick-answer button pressed) -> the chosen answer as a NewMessage in
  reply to the message with the buttons (buttons.py);
* every customer seen -> ContactInfo (name, @username, language, a phone they shared).

An update that cannot be read is kept as raw bytes with a note, never a stopped sync.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omniinbox.domain import (
    ContactInfo,
    Direction,
    Event,
    IncomingAttachment,
    MessageChanged,
    NewMessage,
)

from .buttons import Press, press_events
from .ids import business_thread, group_thread, message_ref, private_thread
from .people import full_name, identity
from .text import utf16_slice

log = logging.getLogger(__name__)

# What getUpdates is asked for (business updates are in Telegram's default set, but explicit
# is better: "If not specified, the previous setting will be used").
ALLOWED_UPDATES = (
    "message",
    "edited_message",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "callback_query",  # a press of a quick-answer button (buttons.py)
)

UNREADABLE = (
    "OmniInbox could not read this Telegram message; its original data is kept. "
    "Open the chat in Telegram to see it."
)
UNSHOWN = (
    "This Telegram message holds something OmniInbox cannot show yet; open the chat to see it."
)

# Service messages (members joined, title changed, pinned, ...) are not customers writing.
SERVICE = frozenset(
    {
        "new_chat_members",
        "left_chat_member",
        "new_chat_title",
        "new_chat_photo",
        "delete_chat_photo",
        "group_chat_created",
        "supergroup_chat_created",
        "channel_chat_created",
        "message_auto_delete_timer_changed",
        "migrate_to_chat_id",
        "migrate_from_chat_id",
        "pinned_message",
        "write_access_allowed",
        "chat_background_set",
        "forum_topic_created",
        "forum_topic_edited",
        "forum_topic_closed",
        "forum_topic_reopened",
        "video_chat_scheduled",
        "video_chat_started",
        "video_chat_ended",
        "video_chat_participants_invited",
        "boost_added",
    }
)

# Files a customer can send: (field, default name, default MIME type).
_FILES = (
    ("document", "document-{id}", "application/octet-stream"),
    ("audio", "audio-{id}.mp3", "audio/mpeg"),
    ("voice", "voice-{id}.ogg", "audio/ogg"),
    ("video", "video-{id}.mp4", "video/mp4"),
    ("video_note", "video-note-{id}.mp4", "video/mp4"),
    ("animation", "animation-{id}.mp4", "video/mp4"),
)


@dataclass(frozen=True, slots=True)
class Bot:
    """Who we are (from getMe): to tell mentions of the bot and replies to it."""

    id: int
    username: str


def convert(
    updates: Sequence[Mapping[str, Any]],
    bot: Bot,
    *,
    groups: bool = True,
    presses: list[Press] | None = None,
) -> list[Event]:
    """The events of ``updates``; button presses to acknowledge are added to ``presses``."""
    events: list[Event] = []
    known: set[int] = set()  # users already described by a ContactInfo in this batch
    for update in updates:
        try:
            if "callback_query" in update:
                found, press = press_events(update["callback_query"], _raw(update), _now)
                events.extend(found)
                if presses is not None:
                    presses.append(press)
                continue
            events.extend(_convert(update, bot, groups, known))
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("Telegram update %s could not be read", update.get("update_id"))
            events.extend(_unreadable(update))
    return events


def _convert(update: Mapping[str, Any], bot: Bot, groups: bool, known: set[int]) -> Iterable[Event]:
    raw = _raw(update)
    if "message" in update:
        return _message(update["message"], bot, groups, known, raw)
    if "business_message" in update:
        return _business_message(update["business_message"], known, raw)
    if "edited_message" in update:
        return _edited(update["edited_message"], "")
    if "edited_business_message" in update:
        msg = update["edited_business_message"]
        return _edited(msg, str(msg["business_connection_id"]))
    if "deleted_business_messages" in update:
        gone = update["deleted_business_messages"]
        connection, chat_id = str(gone["business_connection_id"]), int(gone["chat"]["id"])
        return [
            MessageChanged(message_ref(chat_id, int(mid), connection), deleted=True)
            for mid in gone["message_ids"]
        ]
    if "business_connection" in update:
        connection = update["business_connection"]
        log.info(
            "Telegram Business connection %s is %s",
            connection.get("id"),
            "enabled" if connection.get("is_enabled") else "disabled",
        )
    return ()  # kinds we did not ask for


# --- people ---------------------------------------------------------------------------------


def _contact(person: Mapping[str, Any], known: set[int], extra: dict[str, str]) -> list[Event]:
    user_id = int(person["id"])
    if user_id in known and not extra:
        return []
    known.add(user_id)
    details = {k: str(person[k]) for k in ("username", "language_code") if person.get(k)} | extra
    return [ContactInfo(identity(person), full_name(person), details)]


def _shared_phone(msg: Mapping[str, Any]) -> dict[str, str]:
    """A phone number the customer shared as their own contact (Telegram verified it)."""
    contact = msg.get("contact")
    sender = msg.get("from") or {}
    if contact and contact.get("user_id") == sender.get("id") and contact.get("phone_number"):
        phone = str(contact["phone_number"])
        return {"phone": phone if phone.startswith("+") else f"+{phone}"}
    return {}


# --- messages -------------------------------------------------------------------------------


def addressed_to(msg: Mapping[str, Any], bot: Bot) -> bool:
    """A group message for the bot: it mentions @bot, names it in a command, or replies to it."""
    replied = msg.get("reply_to_message") or {}
    if (replied.get("from") or {}).get("id") == bot.id:
        return True
    text = msg.get("text") or msg.get("caption") or ""
    handle = f"@{bot.username}".lower()
    for entity in msg.get("entities") or msg.get("caption_entities") or ():
        kind = entity.get("type")
        if kind == "text_mention" and (entity.get("user") or {}).get("id") == bot.id:
            return True
        if kind in {"mention", "bot_command"} and bot.username:
            part = utf16_slice(text, int(entity["offset"]), int(entity["length"])).lower()
            if (kind == "mention" and part == handle) or (
                kind == "bot_command" and part.endswith(handle)
            ):
                return True
    return False


def _message(
    msg: Mapping[str, Any], bot: Bot, groups: bool, known: set[int], raw: bytes
) -> list[Event]:
    chat, sender = msg["chat"], msg.get("from")
    if sender is None or sender.get("is_bot"):
        return []
    chat_id = int(chat["id"])
    if chat["type"] == "private":
        thread = private_thread(chat_id)
    elif chat["type"] in {"group", "supergroup"} and groups and addressed_to(msg, bot):
        thread = group_thread(chat_id, int(sender["id"]))
    else:
        return []
    content = _content(msg)
    if content is None:
        return []
    text, attachments, note = content
    return [
        *_contact(sender, known, _shared_phone(msg)),
        NewMessage(
            remote_id=message_ref(chat_id, int(msg["message_id"])),
            sender=identity(sender),
            sender_name=full_name(sender),
            sent_at=when(msg["date"]),
            text=text,
            thread_key=thread,
            replies_to=_replies(msg, ""),
            attachments=attachments,
            raw=raw,
            note=note,
        ),
    ]


def _business_message(msg: Mapping[str, Any], known: set[int], raw: bytes) -> list[Event]:
    """A message in a chat of the shop's own account; the chat is the one with the customer."""
    chat, sender = msg["chat"], msg.get("from")
    if chat["type"] != "private":
        return []
    connection, chat_id = str(msg["business_connection_id"]), int(chat["id"])
    content = _content(msg)
    if content is None:
        return []
    text, attachments, note = content
    incoming = sender is None or int(sender["id"]) == chat_id
    author = chat if sender is None else sender
    return [
        *_contact(author if incoming else chat, known, _shared_phone(msg)),
        NewMessage(
            remote_id=message_ref(chat_id, int(msg["message_id"]), connection),
            sender=identity(author),
            sender_name=full_name(author),
            sent_at=when(msg["date"]),
            text=text,
            direction=Direction.IN if incoming else Direction.OUT,
            recipient=None if incoming else identity(chat),
            thread_key=business_thread(connection, chat_id),
            replies_to=_replies(msg, connection),
            attachments=attachments,
            seen=not incoming,
            raw=raw,
            note=note,
        ),
    ]


def _edited(msg: Mapping[str, Any], connection: str) -> list[Event]:
    text = msg.get("text", msg.get("caption"))
    if text is None:
        return []  # a media-only edit: nothing we show changed
    return [
        MessageChanged(
            message_ref(int(msg["chat"]["id"]), int(msg["message_id"]), connection),
            text=str(text),
            changed_at=when(msg.get("edit_date") or msg["date"]),
        )
    ]


def _replies(msg: Mapping[str, Any], connection: str) -> tuple[str, ...]:
    replied = msg.get("reply_to_message")
    if not replied:
        return ()
    return (message_ref(int(msg["chat"]["id"]), int(replied["message_id"]), connection),)


def _content(
    msg: Mapping[str, Any],
) -> tuple[str, tuple[IncomingAttachment, ...], str] | None:
    """(text, attachments, note), or None for a service message nobody wrote."""
    mid = msg["message_id"]
    text = str(msg.get("text") or msg.get("caption") or "")
    attachments: list[IncomingAttachment] = []
    photo = msg.get("photo")
    if photo:
        best = max(photo, key=lambda p: (p.get("file_size") or 0, p["width"] * p["height"]))
        attachments.append(
            IncomingAttachment(
                f"photo-{mid}.jpg",
                "image/jpeg",
                int(best.get("file_size") or 0),
                remote_ref=str(best["file_id"]),
            )
        )
    for field, default_name, default_mime in _FILES:
        item = msg.get(field)
        if item:
            attachments.append(
                IncomingAttachment(
                    str(item.get("file_name") or default_name.format(id=mid)),
                    str(item.get("mime_type") or default_mime),
                    int(item.get("file_size") or 0),
                    remote_ref=str(item["file_id"]),
                )
            )
    if not text:
        text = _placeholder(msg)
    if text or attachments:
        return text, tuple(attachments), ""
    if SERVICE & set(msg):
        return None
    return "", (), UNSHOWN


def _placeholder(msg: Mapping[str, Any]) -> str:
    """A line for content without text, so the timeline says what the customer sent."""
    if sticker := msg.get("sticker"):
        return f"[sticker {sticker.get('emoji', '')}]".replace(" ]", "]")
    if venue := msg.get("venue"):
        return f"[place: {venue.get('title', '')}, {venue.get('address', '')}]"
    if location := msg.get("location"):
        return f"[location: {location['latitude']}, {location['longitude']}]"
    if contact := msg.get("contact"):
        who = full_name(contact)
        return f"[contact: {who}, {contact.get('phone_number', '')}]"
    if poll := msg.get("poll"):
        return f"[poll: {poll.get('question', '')}]"
    if dice := msg.get("dice"):
        return f"[dice {dice.get('emoji', '')} {dice.get('value', '')}]"
    return ""


def _now() -> datetime:
    return datetime.now(UTC)


def when(unix: Any) -> datetime:
    return datetime.fromtimestamp(int(unix), tz=UTC)


def _raw(update: Mapping[str, Any]) -> bytes:
    return json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _unreadable(update: Mapping[str, Any]) -> list[Event]:
    """Best effort for an update whose shape surprised us: keep it, with a note."""
    for key, business in (("message", False), ("business_message", True)):
        msg = update.get(key)
        if not isinstance(msg, Mapping):
            continue
        try:
            if msg["chat"]["type"] != "private":
                continue
            chat_id, mid = int(msg["chat"]["id"]), int(msg["message_id"])
            sender = identity(msg["from"])
            connection = str(msg["business_connection_id"]) if business else ""
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        date = msg.get("date")
        return [
            NewMessage(
                remote_id=message_ref(chat_id, mid, connection),
                sender=sender,
                sender_name=sender.display,
                sent_at=when(date) if isinstance(date, int) else datetime.now(UTC),
                thread_key=business_thread(connection, chat_id)
                if business
                else private_thread(chat_id),
                raw=_raw(update),
                note=UNREADABLE,
            )
        ]
    return []
