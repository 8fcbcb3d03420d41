"""Inline keyboards and callback queries: the InlineKeyboardMarkup of a send, a customer
pressing a button (a callback_query update), answerCallbackQuery and editMessageReplyMarkup."""

from __future__ import annotations

import copy
import time
from typing import Any

from tests.emulators.telegram_api.basics import ApiError, _int, _json, utf16_len
from tests.emulators.telegram_api.state import State

# InlineKeyboardButton: "Exactly one of the fields other than text, icon_custom_emoji_id, and
# style must be used to specify the type of the button."
BUTTON_KINDS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
BUTTON_STYLES = frozenset({"danger", "success", "primary"})
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


def inline_keyboard(params: dict[str, Any]) -> dict[str, Any] | None:
    """The InlineKeyboardMarkup of a send or edit (``reply_markup``), checked as Telegram
    checks it, or None when there is none."""
    markup = _json(params, "reply_markup")
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        raise ApiError(400, "Bad Request: this emulator serves inline keyboards only")
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ApiError(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be '
            "an Array of Arrays",
        )
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise ApiError(400, "Bad Request: can't parse inline keyboard button")
            kinds = BUTTON_KINDS & set(button)
            if len(kinds) != 1:
                raise ApiError(
                    400,
                    "Bad Request: can't parse inline keyboard button: Text buttons are "
                    "unallowed in the inline keyboard",
                )
            if "style" in button and button["style"] not in BUTTON_STYLES:
                raise ApiError(400, "Bad Request: can't parse inline keyboard button style")
            data = button.get("callback_data")
            if "callback_data" in button and (
                not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64
            ):
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return {"inline_keyboard": [[dict(b) for b in row] for row in rows]}


class Keyboards(State):
    """Buttons pressed, answerCallbackQuery and editMessageReplyMarkup."""

    def press(self, user: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
        """The customer taps the inline button carrying ``data`` under ``message`` (one the
        bot sent): a ``callback_query`` update, as Telegram delivers it, waits for the bot."""
        with self._cond:
            space = message.get("business_connection_id", "")
            current = self._messages[(space, message["chat"]["id"], message["message_id"])]
            rows = (current.get("reply_markup") or {}).get("inline_keyboard") or []
            if not any(b.get("callback_data") == data for row in rows for b in row):
                raise AssertionError(f"no button with callback_data {data!r} under the message")
            query_id = str(4_382_000_000_000_000_000 + len(self._queries) + 1)
            query = {
                "id": query_id,
                "from": user,
                "message": copy.deepcopy(current),
                "chat_instance": str(-8_000_000_000_000_000_000 + abs(current["chat"]["id"])),
                "data": data,
            }
            self._queries[query_id] = {"answered": False, "query": query}
            return self._push(callback_query=query)

    def _answer_callback_query(self, params: dict[str, Any], files: Any) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if not query_id:
            raise ApiError(400, "Bad Request: callback_query_id is empty")
        text = params.get("text")
        if text is not None and utf16_len(str(text)) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self._cond:
            known = self._queries.get(query_id)
            if known is None or known["answered"]:
                raise ApiError(400, QUERY_TOO_OLD)
            known["answered"] = True
            self.answers.append(dict(params))
        return True

    def _edit_reply_markup(self, params: dict[str, Any], files: Any) -> Any:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")  # no inline mode here
        chat_id = self._chat_id(params)
        message_id = _int(params, "message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        markup = inline_keyboard(params)
        space = str(params.get("business_connection_id") or "")
        with self._cond:
            if space and space not in self._connections:
                raise ApiError(400, "Bad Request: business connection not found")
            msg = self._messages.get((space, chat_id, message_id))
            if msg is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            ours = msg["from"]["id"] == self.bot["id"] or "sender_business_bot" in msg
            if not ours:
                raise ApiError(400, "Bad Request: message can't be edited")
            if msg.get("reply_markup") == markup:
                raise ApiError(400, NOT_MODIFIED)
            if markup is None:
                msg.pop("reply_markup", None)
            else:
                msg["reply_markup"] = markup
            msg["edit_date"] = max(int(time.time()), msg["date"])
            return copy.deepcopy(msg)
