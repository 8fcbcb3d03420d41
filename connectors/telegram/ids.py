"""Remote ids and thread keys: how a Telegram message and chat are named in the store.

A message is ``{chat_id}:{message_id}``; in a Telegram Business chat, where message ids belong
to the shop's own account, ``{business_connection_id}:{chat_id}:{message_id}``. A conversation's
thread key says where answers go:

    chat:{chat_id}                      a private chat with the bot
    group:{chat_id}:{user_id}           one customer in a group (each customer is a ticket)
    business:{connection_id}:{chat_id}  a chat of the shop's own account (Telegram Business)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Target:
    """Where a message goes: a chat, on behalf of a business connection or not."""

    chat_id: int
    business: str = ""


@dataclass(frozen=True, slots=True)
class MessageRef:
    chat_id: int
    message_id: int
    business: str = ""


def message_ref(chat_id: int, message_id: int, business: str = "") -> str:
    if business:
        return f"{business}:{chat_id}:{message_id}"
    return f"{chat_id}:{message_id}"


def parse_message_ref(remote_id: str) -> MessageRef | None:
    head, _, message = remote_id.rpartition(":")
    business, _, chat = head.rpartition(":")
    try:
        return MessageRef(int(chat), int(message), business)
    except ValueError:
        return None


def private_thread(chat_id: int) -> str:
    return f"chat:{chat_id}"


def group_thread(chat_id: int, user_id: int) -> str:
    return f"group:{chat_id}:{user_id}"


def business_thread(connection_id: str, chat_id: int) -> str:
    return f"business:{connection_id}:{chat_id}"


def target_of_thread(thread_key: str) -> Target | None:
    """The chat a thread key names, or None when it is not one of ours (e.g. an email thread)."""
    kind, _, rest = thread_key.partition(":")
    try:
        if kind == "chat":
            return Target(int(rest))
        if kind == "group":
            return Target(int(rest.split(":")[0]))
        if kind == "business":
            connection, _, chat = rest.rpartition(":")
            if connection:
                return Target(int(chat), connection)
    except ValueError:
        return None
    return None


def group_user(thread_key: str) -> int | None:
    """The customer a group thread belongs to (``group:{chat_id}:{user_id}``), else None."""
    kind, _, rest = thread_key.partition(":")
    if kind != "group":
        return None
    user = rest.rpartition(":")[2]
    return int(user) if user.lstrip("-").isdigit() else None
