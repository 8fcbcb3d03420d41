"""Messages: the users and chats of the test, what customers write in private chats and groups
(and their edits), and sendMessage, sendPhoto and sendDocument with their checks (who the bot may
write to, reply_parameters, parse_mode, the text and caption limits, inline keyboards)."""

from __future__ import annotations

import copy
import time
from typing import Any

from tests.emulators.telegram_api.basics import ApiError, Sent, _int, _json, _true, utf16_len
from tests.emulators.telegram_api.files import Files
from tests.emulators.telegram_api.keyboards import inline_keyboard
from tests.emulators.telegram_api.markdown import auto_entities, parse_markdown_v2


class Messages(Files):
    """Users, chats, what customers write, and what the bot sends."""

    # --- people and chats -------------------------------------------------------------------

    def user(
        self,
        key: str,
        first_name: str = "",
        last_name: str = "",
        *,
        username: str | None = "",
        language_code: str = "",
        started: bool = True,
    ) -> dict[str, Any]:
        """A Telegram user (made on first use). ``username=None``: one without a @username.
        ``started``: they have pressed Start, so the bot may write to them."""
        with self._cond:
            if key not in self._users:
                user: dict[str, Any] = {
                    "id": 5_000_000_001 + 7919 * len(self._users),  # more than 32 bits
                    "is_bot": False,
                    "first_name": first_name or key.title(),
                }
                if last_name:
                    user["last_name"] = last_name
                if username is not None:
                    user["username"] = username or key
                if language_code:
                    user["language_code"] = language_code
                self._users[key] = user
                if started:
                    self._started.add(user["id"])
            return self._users[key]

    def group(self, title: str) -> dict[str, Any]:
        with self._cond:
            chat_id = -1_001_500_000_000 - len(self._groups)
            self._groups[chat_id] = {"id": chat_id, "type": "supergroup", "title": title}
            return self._groups[chat_id]

    def block(self, user: dict[str, Any]) -> None:
        """The customer blocks the bot."""
        with self._cond:
            self._blocked.add(user["id"])

    # --- what customers do ------------------------------------------------------------------

    def private_message(
        self,
        user: dict[str, Any],
        text: str | None = None,
        *,
        caption: str | None = None,
        document: dict[str, Any] | None = None,
        photo: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        with self._cond:
            self._started.add(user["id"])
            media = dict(extra or {})
            if document is not None:
                media["document"] = document
            if photo is not None:
                media["photo"] = photo
            msg = self._new_message(
                "",
                self.private_chat(user),
                user,
                text=text,
                caption=caption,
                reply_to=reply_to,
                extra=media,
            )
            self._push(message=msg)
            return msg

    def group_message(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A message in a group; Telegram marks @mentions in it as entities by itself."""
        with self._cond:
            msg = self._new_message("", chat, user, text=text, reply_to=reply_to)
            self._push(message=msg)
            return msg

    def edit_message(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The customer edits a message: edited_message, or edited_business_message."""
        with self._cond:
            edited = copy.deepcopy(message)
            field = "caption" if "caption" in edited else "text"
            edited[field] = text
            entities = auto_entities(text)
            edited.pop(f"{'caption_' if field == 'caption' else ''}entities", None)
            if entities:
                edited["caption_entities" if field == "caption" else "entities"] = entities
            edited["edit_date"] = max(int(time.time()), message["date"] + 1)
            space = edited.get("business_connection_id", "")
            self._messages[(space, edited["chat"]["id"], edited["message_id"])] = edited
            if space:
                self._push(edited_business_message=edited)
            else:
                self._push(edited_message=edited)
            return edited

    # --- sending ----------------------------------------------------------------------------

    def _target(self, params: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any], str]:
        """(message id space, chat, sender, business connection id) of a send."""
        chat_id = self._chat_id(params)
        connection_id = str(params.get("business_connection_id") or "")
        if connection_id:
            connection = self._connections.get(connection_id)
            if connection is None:
                raise ApiError(400, "Bad Request: business connection not found")
            if not connection["is_enabled"] or not connection["rights"].get("can_reply"):
                raise ApiError(403, "Forbidden: bot can't reply in the business chat")
            customer = self._user_by_id(chat_id)
            if customer is None:
                raise ApiError(400, "Bad Request: chat not found")
            return connection_id, self.private_chat(customer), connection["user"], connection_id
        if chat_id < 0:
            group = self._groups.get(chat_id)
            if group is None:
                raise ApiError(400, "Bad Request: chat not found")
            return "", group, self.bot, ""
        user = self._user_by_id(chat_id)
        if user is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id not in self._started:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return "", self.private_chat(user), self.bot, ""

    def _reply_to(self, params: dict[str, Any], space: str, chat_id: int) -> dict[str, Any] | None:
        wanted = _json(params, "reply_parameters")
        if isinstance(wanted, dict):
            message_id, allow = wanted.get("message_id"), wanted.get("allow_sending_without_reply")
            if wanted.get("chat_id") not in (None, chat_id, str(chat_id)):
                raise ApiError(400, "Bad Request: message to be replied not found")
        elif _int(params, "reply_to_message_id") is not None:  # the older parameter
            message_id = _int(params, "reply_to_message_id")
            allow = params.get("allow_sending_without_reply")
        else:
            return None
        if not isinstance(message_id, int):
            raise ApiError(400, "Bad Request: invalid reply_parameters specified")
        found = self._messages.get((space, chat_id, message_id))
        if found is None and not _true(allow):
            raise ApiError(400, "Bad Request: message to be replied not found")
        return found

    def _render(self, text: str, parse_mode: Any) -> tuple[str, list[dict[str, Any]] | None]:
        if not parse_mode:
            return text, None
        if parse_mode == "MarkdownV2":
            return parse_markdown_v2(text)
        raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode!r}")

    def _send_message(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        with self._cond:
            space, chat, sender, connection = self._target(params)
            source = params.get("text")
            if not isinstance(source, str) or not source.strip():
                raise ApiError(400, "Bad Request: message text is empty")
            text, entities = self._render(source, params.get("parse_mode"))
            if not text.strip():
                raise ApiError(400, "Bad Request: message text is empty")
            if utf16_len(text) > 4096:
                raise ApiError(400, "Bad Request: message is too long")
            reply = self._reply_to(params, space, chat["id"])
            markup = inline_keyboard(params)
            msg = self._new_message(
                space,
                chat,
                sender,
                text=text,
                entities=entities,
                reply_to=reply,
                business=connection,
            )
            if connection:
                msg["sender_business_bot"] = self.bot
            if markup is not None:
                msg["reply_markup"] = markup
            self.sent.append(
                Sent(
                    "sendMessage",
                    chat["id"],
                    text,
                    source,
                    str(params.get("parse_mode") or ""),
                    reply["message_id"] if reply else None,
                    connection,
                    msg,
                    reply_markup=markup,
                )
            )
            return msg

    def _send_file(
        self, field: str, params: dict[str, Any], files: dict[str, tuple[str, bytes, str]]
    ) -> dict[str, Any]:
        with self._cond:
            space, chat, sender, connection = self._target(params)
            if field in files:
                name, content, mime = files[field]
            elif isinstance(params.get(field), str) and params[field] in self._files:
                stored = self._files[params[field]]
                name, content, mime = stored.path.rsplit("/", 1)[-1], stored.content, ""
            elif params.get(field):
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            else:
                raise ApiError(400, f"Bad Request: there is no {field} in the request")
            if field == "photo" and len(content) > self.photo_limit:
                raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
            source = str(params.get("caption") or "")
            caption, entities = (
                self._render(source, params.get("parse_mode")) if source else ("", None)
            )
            if utf16_len(caption) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            if field == "photo":
                extra: dict[str, Any] = {"photo": self.photo(content)}
            else:
                extra = {"document": self.document(content, name=name, mime=mime)}
            reply = self._reply_to(params, space, chat["id"])
            markup = inline_keyboard(params)
            msg = self._new_message(
                space,
                chat,
                sender,
                caption=caption or None,
                caption_entities=entities,
                reply_to=reply,
                business=connection,
                extra=extra,
            )
            if connection:
                msg["sender_business_bot"] = self.bot
            if markup is not None:
                msg["reply_markup"] = markup
            self.sent.append(
                Sent(
                    f"send{field.title()}",
                    chat["id"],
                    caption,
                    source,
                    str(params.get("parse_mode") or ""),
                    reply["message_id"] if reply else None,
                    connection,
                    msg,
                    name,
                    mime,
                    content,
                    markup,
                )
            )
            return msg
