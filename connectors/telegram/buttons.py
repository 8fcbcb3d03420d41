"""Quick answers as inline buttons, and the presses coming back as callback queries.

An outbound message with ``choices`` (the satisfaction survey's 1-5) is sent with an inline
keyboard (``reply_markup`` = InlineKeyboardMarkup) whose buttons carry the choice as their
``callback_data`` (1-64 bytes). A press arrives as a ``callback_query`` update naming the
message the keyboard is on; it becomes the customer's answer: a NewMessage with the chosen
text, in reply to that message, so the desk reads it exactly like a typed "4". The connector
then answers the query (answerCallbackQuery: the spinner on the button stops, a short notice
shows) and takes the keyboard off the message (editMessageReplyMarkup), so one survey gets one
answer. Presses on messages sent on behalf of a business account come the same way, with the
message's ``business_connection_id``; the answer and the edit then name that connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omniinbox.connector import ConnectorError
from omniinbox.domain import Event, NewMessage

from .ids import business_thread, group_thread, message_ref, private_thread
from .people import full_name, identity

log = logging.getLogger(__name__)

DATA_LIMIT = 64  # callback_data: 1-64 bytes
ROW = 5  # short answers side by side, up to this many in a row
SHORT = 4  # characters: answers this short share a row
ANSWER_LIMIT = 200  # answerCallbackQuery text: 0-200 characters


def keyboard(choices: Sequence[str], for_user: int | None = None) -> dict[str, Any] | None:
    """The InlineKeyboardMarkup offering ``choices``, or None when there are none.

    A choice's own text is its callback data when it fits in 64 bytes, else its position
    (``#2``); in a group the buttons are for one customer, whose id follows a ``|``. Short
    answers (1-5, yes/no) share rows, longer ones get a row each."""
    cleaned = [c.strip() for c in choices if c.strip()]
    if not cleaned:
        return None
    owner = f"|{for_user}" if for_user is not None else ""
    buttons = []
    for index, choice in enumerate(cleaned):
        data = choice + owner
        if len(data.encode("utf-8")) > DATA_LIMIT or "|" in choice or choice.startswith("#"):
            data = f"#{index}{owner}"
        buttons.append({"text": choice, "callback_data": data})
    if all(len(c) <= SHORT for c in cleaned):
        rows = [buttons[i : i + ROW] for i in range(0, len(buttons), ROW)]
    else:
        rows = [[b] for b in buttons]
    return {"inline_keyboard": rows}


@dataclass(frozen=True, slots=True)
class Press:
    """A button press to acknowledge: the query, and where its keyboard is."""

    query_id: str
    chosen: str  # "" when the press is not taken as an answer
    chat_id: int | None = None
    message_id: int | None = None
    business: str = ""


def _chosen(query: Mapping[str, Any], msg: Mapping[str, Any]) -> tuple[str, int | None]:
    """(the text of the pressed button, the customer the buttons are for). The text is the
    data itself when the keyboard is not shown; "" for nothing we sent (a game button)."""
    data = query.get("data")
    if not isinstance(data, str) or not data:
        return "", None
    value, bar, owner = data.rpartition("|")
    if not bar:
        value, owner = data, ""
    for_user = int(owner) if owner.isdigit() else None
    markup = msg.get("reply_markup") or {}
    for row in markup.get("inline_keyboard") or ():
        for button in row:
            if button.get("callback_data") == data:
                return str(button.get("text") or value).strip(), for_user
    return ("" if value.startswith("#") else value.strip()), for_user


def press_events(
    query: Mapping[str, Any], raw: bytes, now: Callable[[], datetime]
) -> tuple[list[Event], Press]:
    """The answer a press gives (a NewMessage replying to the keyboard's message), and the
    Press to acknowledge. A press on a message we cannot see, or in a group by someone other
    than the customer the message answered, is acknowledged and otherwise ignored."""
    query_id = str(query["id"])
    msg = query.get("message")
    person = query["from"]
    if not isinstance(msg, Mapping) or "chat" not in msg:
        return [], Press(query_id, "")  # inline-mode messages are not ours
    chat = msg["chat"]
    chat_id, message_id = int(chat["id"]), int(msg["message_id"])
    business = str(msg.get("business_connection_id") or "")
    press = Press(query_id, "", chat_id, message_id, business)
    chosen, for_user = _chosen(query, msg)
    if not chosen or person.get("is_bot"):
        return [], press
    if business:
        thread = business_thread(business, chat_id)
    elif chat.get("type") == "private":
        thread = private_thread(chat_id)
    else:
        if for_user != person["id"]:
            return [], press  # someone else's survey in a group
        thread = group_thread(chat_id, int(person["id"]))
    # A callback query has no date: it is now, and never before the message it answers.
    shown = msg.get("date")
    sent_at = now()
    if isinstance(shown, int) and shown > 0:
        sent_at = max(sent_at, datetime.fromtimestamp(shown, tz=UTC))
    answer = NewMessage(
        remote_id=f"press:{query_id}",
        sender=identity(person),
        sender_name=full_name(person),
        sent_at=sent_at,
        text=chosen,
        thread_key=thread,
        replies_to=(message_ref(chat_id, message_id, business),),
        raw=raw,
    )
    return [answer], Press(query_id, chosen, chat_id, message_id, business)


def acknowledge(call: Callable[..., Any], presses: Sequence[Press]) -> None:
    """Answer each press and take its keyboard away; failures are only logged (a query
    answered before, too old, or a keyboard already gone changes nothing we keep)."""
    done: set[tuple[str, int | None, int | None]] = set()
    for press in presses:
        notice = f"✓ {press.chosen}"[:ANSWER_LIMIT] if press.chosen else ""
        params: dict[str, Any] = {"callback_query_id": press.query_id}
        if notice:
            params["text"] = notice
        _quietly(call, "answerCallbackQuery", params)
        where = (press.business, press.chat_id, press.message_id)
        if not press.chosen or press.chat_id is None or where in done:
            continue
        done.add(where)
        edit: dict[str, Any] = {"chat_id": press.chat_id, "message_id": press.message_id}
        if press.business:
            edit["business_connection_id"] = press.business
        _quietly(call, "editMessageReplyMarkup", edit)


def _quietly(call: Callable[..., Any], method: str, params: Mapping[str, Any]) -> None:
    try:
        call(method, params, what="the answer to a button press")
    except ConnectorError as exc:
        log.info("Telegram %s failed: %s", method, exc)
