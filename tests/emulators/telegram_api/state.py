"""The bot's world: its users, chats, business connections and messages, the queue of updates
waiting for it, and the faults scripted for its next calls. The methods of the API and the test
controls are added by the mixins of the sibling modules (see ``server.TelegramEmulator``)."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

from tests.emulators.telegram_api.basics import MB, TOKEN, ApiError, Fault, Sent, StoredFile
from tests.emulators.telegram_api.markdown import auto_entities


class State:
    """The state of one bot on a fake Bot API server."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        bot_username: str = "omni_shop_bot",
        upload_limit: int = 50 * MB,
        download_limit: int = 20 * MB,
        photo_limit: int = 10 * MB,
    ) -> None:
        self.token = token
        self.bot: dict[str, Any] = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Shop Support",
            "username": bot_username,
        }
        self.upload_limit = upload_limit
        self.download_limit = download_limit
        self.photo_limit = photo_limit
        self.sent: list[Sent] = []
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self._cond = threading.Condition(threading.RLock())
        self._closing = threading.Event()
        self._users: dict[str, dict[str, Any]] = {}
        self._started: set[int] = set()
        self._blocked: set[int] = set()
        self._groups: dict[int, dict[str, Any]] = {}
        self._connections: dict[str, dict[str, Any]] = {}
        self._messages: dict[tuple[str, int, int], dict[str, Any]] = {}
        self._next_message: dict[tuple[str, int], int] = {}
        self._queue: list[dict[str, Any]] = []
        self._confirmed_last: list[dict[str, Any]] = []
        self._next_update = 804_300_001
        self._allowed: set[str] | None = None
        self._webhook = ""
        self._generation = 0
        self._faults: list[Fault] = []
        self._files: dict[str, StoredFile] = {}
        self._paths: dict[str, str] = {}
        self._queries: dict[str, dict[str, Any]] = {}  # callback queries by id
        self.answers: list[dict[str, Any]] = []  # answerCallbackQuery calls that succeeded
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[..., Any]] = self._api_methods()

    def _api_methods(self) -> dict[str, Callable[..., Any]]:
        """The Bot API methods served, by lower-case name: (params, files) -> result."""
        return {}

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        chat.update({k: user[k] for k in ("last_name", "username") if k in user})
        return chat

    def _push(self, **payload: Any) -> dict[str, Any]:
        update = {"update_id": self._next_update, **copy.deepcopy(payload)}
        self._next_update += 1
        self._queue.append(update)
        self._cond.notify_all()
        return update

    def _new_message(
        self,
        space: str,
        chat: dict[str, Any],
        sender: dict[str, Any],
        *,
        text: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        caption: str | None = None,
        caption_entities: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
        business: str = "",
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        key = (space, chat["id"])
        self._next_message[key] = self._next_message.get(key, 0) + 1
        msg: dict[str, Any] = {
            "message_id": self._next_message[key],
            "from": sender,
            "chat": chat,
            "date": int(time.time()),
        }
        if business:
            msg["business_connection_id"] = business
        if reply_to is not None:
            # "will not contain further reply_to_message fields even if it itself is a reply"
            msg["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        if text is not None:
            msg["text"] = text
            found = auto_entities(text) if entities is None else entities
            if found:
                msg["entities"] = found
        if caption:
            msg["caption"] = caption
            found = auto_entities(caption) if caption_entities is None else caption_entities
            if found:
                msg["caption_entities"] = found
        msg.update(extra or {})
        self._messages[(space, chat["id"], msg["message_id"])] = msg
        return msg

    def _take_fault(self, method: str) -> Fault | None:
        with self._cond:
            for fault in self._faults:
                if fault.times > 0 and fault.method in (None, method):
                    fault.times -= 1
                    return fault
            return None

    def _chat_id(self, params: dict[str, Any]) -> int:
        value = params.get("chat_id")
        if value is None or value == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None

    def _user_by_id(self, user_id: int) -> dict[str, Any] | None:
        return next((u for u in self._users.values() if u["id"] == user_id), None)
