"""TelegramConnector: a Telegram bot (and Telegram Business chats) as one account.

Receiving is getUpdates long polling; the cursor is the next update offset. Telegram forgets an
update only when getUpdates is next called with a higher offset, and the engine stores a batch
and its cursor together before it pulls again, so nothing is confirmed before it is stored.
Sends cannot be checked afterwards (the Bot API has no way to list what a bot sent), so this
connector does not claim idempotent sends: a send whose answer was lost is Uncertain.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from omniinbox.connector import (
    AuthError,
    Batch,
    Capability,
    ConfigSchema,
    Connector,
    ConnectorError,
    Outbound,
    OutboundAttachment,
    PermanentError,
    Receipt,
    SecretsHandle,
    TransientError,
    Uncertain,
)
from omniinbox.domain import Channel, Event, IdentityKind, Reset

from . import buttons, markdown
from .api import TOKEN_RE, BotApi, Refused, WebhookActive, too_big_to_download
from .config import SCHEMA, Settings
from .ids import Target, group_user, message_ref, parse_message_ref, target_of_thread
from .ratelimit import RateLimiter
from .text import CAPTION_LIMIT, split_text, utf16_len
from .updates import ALLOWED_UPDATES, Bot, convert

log = logging.getLogger(__name__)

BATCH = 100  # getUpdates accepts 1-100
MAX_POLL = 50  # seconds; longer idle connections get cut by proxies and NAT boxes
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile: "bots can download files of up to 20MB"
UPLOAD_LIMIT = 50 * 1024 * 1024  # sendDocument: "files of any type of up to 50 MB"
PHOTO_LIMIT = 10 * 1024 * 1024  # sendPhoto: "The photo must be at most 10 MB"; else a document
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})


@dataclass(frozen=True, slots=True)
class _Part:
    """One Bot API message of an outbound: text, or a file with an optional caption."""

    method: str  # sendMessage, sendPhoto, sendDocument
    text: str = ""
    file: OutboundAttachment | None = None


class TelegramConnector(Connector):
    kind: ClassVar[str] = "telegram"
    display_name: ClassVar[str] = "Telegram bot"
    channel: ClassVar[Channel] = Channel.TELEGRAM
    schema: ClassVar[ConfigSchema] = SCHEMA
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {Capability.RECEIVE, Capability.SEND, Capability.ATTACHMENTS, Capability.PUSH_WAIT}
    )
    notes: ClassVar[str] = (
        "Answers customers through a Telegram bot: create one with @BotFather and paste its "
        "token. Customers write to the bot (or mention it in a group). With Telegram Business, "
        "connect the bot to the shop's own account to answer those chats too. Bots can "
        "download files up to 20 MB and send files up to 50 MB. Free of charge."
    )

    def __init__(
        self,
        config: Mapping[str, str],
        secrets: SecretsHandle,
        *,
        limiter: RateLimiter | None = None,
        http_timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(config, secrets)
        self.settings = Settings.from_config(self.config)
        self.limiter = limiter or RateLimiter()
        self._http_timeout = http_timeout
        self._transport = transport
        self._api: BotApi | None = None
        self._bot: Bot | None = None
        self._lock = threading.Lock()

    # --- plumbing -----------------------------------------------------------------------------

    def _client(self) -> BotApi:
        with self._lock:
            if self._api is None:
                api_url = self.settings.checked_api_url()
                token = (self.secrets.get("token") or "").strip()
                if not token:
                    raise AuthError(
                        "no bot token is saved for this account; paste the token @BotFather gave you"
                    )
                if not TOKEN_RE.fullmatch(token):
                    raise AuthError(
                        "the saved bot token does not look like a Telegram bot token "
                        "(digits, a colon, then letters, like 123456789:AAH…)"
                    )
                self._api = BotApi(
                    api_url, token, timeout=self._http_timeout, transport=self._transport
                )
            return self._api

    def _call(self, method: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
        api = self._client()
        try:
            return api.call(method, params, **kw)
        except AuthError:
            self.close()  # the agent may fix the token; the next call reads it again
            raise

    def _me(self) -> Bot:
        if self._bot is None:
            me = self._call("getMe", what="the bot check")
            if not isinstance(me, dict) or not isinstance(me.get("id"), int):
                raise TransientError("Telegram's answer to getMe was garbled; will retry")
            self._bot = Bot(me["id"], str(me.get("username") or ""))
        return self._bot

    def close(self) -> None:
        with self._lock:
            api, self._api = self._api, None
        if api is not None:
            api.close()

    # --- the contract -------------------------------------------------------------------------

    def check(self) -> None:
        self._bot = None
        self._me()
        info = self._call("getWebhookInfo", what="the webhook check")
        if isinstance(info, dict) and info.get("url"):
            raise WebhookActive(str(info["url"]))

    def remove_webhook(self) -> None:
        """Stop the bot's webhook so updates can be read here (offered when check() refuses)."""
        self._call("deleteWebhook", {"drop_pending_updates": False}, what="removing the webhook")

    def pull(self, cursor: str) -> Batch:
        offset, lost = _offset(cursor)
        bot = self._me()
        params: dict[str, Any] = {
            "timeout": 0,
            "limit": BATCH,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        if offset is not None:
            params["offset"] = offset
        updates = self._call("getUpdates", params, what="new messages")
        if not isinstance(updates, list):
            raise TransientError("Telegram's list of new messages was garbled; nothing was lost")
        # Delivered twice or out of order: one of each, oldest first (an edit after its message).
        unique: dict[int, Mapping[str, Any]] = {}
        for update in updates:
            if isinstance(update, dict) and isinstance(update.get("update_id"), int):
                unique.setdefault(update["update_id"], update)
        ordered = [unique[k] for k in sorted(unique)]
        events: list[Event] = []
        if lost:
            events.append(Reset(f"the saved Telegram position {cursor!r} was unreadable"))
        presses: list[buttons.Press] = []
        events.extend(convert(ordered, bot, groups=self.settings.groups, presses=presses))
        # The customer waits on a spinning button until it is answered: answer right away.
        buttons.acknowledge(self._call, presses)
        # Never move backwards: a redelivered old update must not un-confirm newer ones.
        next_offset = max([offset or 0, *(k + 1 for k in unique)])
        new_cursor = str(next_offset) if next_offset else ""
        return Batch(events, new_cursor, more=len(updates) >= BATCH)

    def wait(self, cursor: str, timeout: float) -> bool:
        """Long poll: True once an update is waiting. It is not consumed: Telegram confirms
        updates only when a later call passes a higher offset, and this one passes the same."""
        offset, _ = _offset(cursor)
        poll = min(MAX_POLL, max(1, round(timeout))) if timeout >= 0.5 else 0
        params: dict[str, Any] = {
            "limit": 1,
            "timeout": poll,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        if offset is not None:
            params["offset"] = offset
        updates = self._call("getUpdates", params, what="waiting for messages", long_poll=poll)
        return bool(updates)

    def send(self, outbound: Outbound) -> Receipt:
        target = self._target(outbound)
        parts = self._parts(outbound)
        reply_to = _reply_to(outbound.in_reply_to, target)
        # Quick answers under the last part; in a group, for the customer of this thread only.
        markup = buttons.keyboard(outbound.choices, group_user(outbound.thread_key))
        sent: list[dict[str, Any]] = []
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            try:
                self.limiter.acquire(target.chat_id)
                message = self._send_part(
                    target, part, reply_to if not sent else None, markup if last else None
                )
            except ConnectorError as exc:
                if isinstance(exc, TransientError) and exc.retry_after:
                    self.limiter.hold(target.chat_id, exc.retry_after)
                if sent:
                    raise Uncertain(
                        f"only {len(sent)} of {len(parts)} parts of this message reached "
                        f"Telegram before it failed ({exc}); check the chat before sending "
                        "the rest"
                    ) from exc
                raise
            sent.append(message)
        first = sent[0]
        return Receipt(
            message_ref(target.chat_id, int(first["message_id"]), target.business),
            sent_at=_iso(first.get("date")),
        )

    # --- receiving files ----------------------------------------------------------------------

    def download(self, remote_ref: str) -> bytes:
        """The content of an incoming file (``IncomingAttachment.remote_ref``), fetched now."""
        try:
            info = self._call("getFile", {"file_id": remote_ref}, what="the file")
        except Refused as exc:
            if "too big" in exc.description.lower():
                raise too_big_to_download(None) from exc
            raise
        if not isinstance(info, dict):
            raise TransientError("Telegram's answer about the file was garbled; will retry")
        size = info.get("file_size")
        if isinstance(size, int) and size > DOWNLOAD_LIMIT:
            raise too_big_to_download(size)
        path = info.get("file_path")
        if not path:
            raise PermanentError("Telegram gave no download link for this file")
        return self._client().download(str(path), DOWNLOAD_LIMIT)

    # --- sending ------------------------------------------------------------------------------

    def _target(self, outbound: Outbound) -> Target:
        target = target_of_thread(outbound.thread_key)
        if target is not None:
            return target
        value = outbound.to.value
        if outbound.to.kind is IdentityKind.TELEGRAM and value.lstrip("-").isdigit():
            return Target(int(value))  # a private chat's id is the user's id
        who = outbound.to.display or outbound.to.value or "this customer"
        raise PermanentError(f"{who} has no Telegram chat with this bot to answer in")

    def _parts(self, outbound: Outbound) -> list[_Part]:
        text = outbound.text
        files = outbound.attachments
        if not text.strip() and not files:
            raise PermanentError("the message is empty, and Telegram does not send empty messages")
        for file in files:
            if len(file.content) > UPLOAD_LIMIT:
                raise PermanentError(
                    f"{file.name} is {len(file.content) / 1_048_576:.1f} MB, and Telegram bots "
                    "can send files only up to 50 MB; share it as a link instead"
                )
        captioned = len(files) == 1 and utf16_len(text) <= CAPTION_LIMIT
        parts: list[_Part] = []
        if text.strip() and not captioned:
            parts.extend(_Part("sendMessage", chunk) for chunk in split_text(text))
        for file in files:
            photo = file.mime in PHOTO_TYPES and len(file.content) <= PHOTO_LIMIT
            caption = text if captioned and text.strip() else ""
            parts.append(_Part("sendPhoto" if photo else "sendDocument", caption, file))
        return parts

    def _send_part(
        self,
        target: Target,
        part: _Part,
        reply_to: int | None,
        markup: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        params: dict[str, Any] = {"chat_id": target.chat_id}
        if markup is not None:
            params["reply_markup"] = markup
        if target.business:
            params["business_connection_id"] = target.business
        if reply_to is not None:
            params["reply_parameters"] = {
                "message_id": reply_to,
                "allow_sending_without_reply": True,
            }
        body = markdown.escape(part.text) if self.settings.markdown else part.text
        if self.settings.markdown and part.text:
            params["parse_mode"] = "MarkdownV2"
        if part.file is None:
            params["text"] = body
            result = self._call("sendMessage", params, what="the message", sends=True)
        else:
            if body:
                params["caption"] = body
            field = "photo" if part.method == "sendPhoto" else "document"
            upload = (_safe_name(part.file.name), part.file.content, part.file.mime)
            params = {k: v if isinstance(v, str | dict) else str(v) for k, v in params.items()}
            result = self._call(
                part.method, params, files={field: upload}, what=part.file.name, sends=True
            )
        if not isinstance(result, dict) or not isinstance(result.get("message_id"), int):
            raise Uncertain(
                "Telegram's answer to the send was garbled, so it is unknown whether the "
                "message went out. Check the chat in Telegram before sending it again."
            )
        return result


def _offset(cursor: str) -> tuple[int | None, bool]:
    """(the update offset, whether the cursor was unreadable)."""
    if not cursor:
        return None, False
    try:
        return int(cursor), False
    except ValueError:
        return None, True


def _reply_to(in_reply_to: tuple[str, ...], target: Target) -> int | None:
    """The newest answered message that lives in the chat we send to."""
    for remote_id in in_reply_to:
        ref = parse_message_ref(remote_id)
        if ref and ref.chat_id == target.chat_id and ref.business == target.business:
            return ref.message_id
    return None


def _safe_name(name: str) -> str:
    cleaned = "".join("_" if ch in '\\/"' or ord(ch) < 32 or ord(ch) == 127 else ch for ch in name)
    return cleaned.strip(" .") or "file"


def _iso(unix: Any) -> str:
    if not isinstance(unix, int):
        return ""
    return datetime.fromtimestamp(unix, tz=UTC).isoformat()
