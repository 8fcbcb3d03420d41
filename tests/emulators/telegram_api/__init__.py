"""A loopback emulator of the Telegram Bot API, written from the published documents.

It serves ``/bot<token>/<method>`` and ``/file/bot<token>/<file_path>`` over real HTTP
(stdlib ThreadingHTTPServer on 127.0.0.1) for the methods OmniInbox uses: getMe, getUpdates
(offset / limit / allowed_updates, a ``timeout`` long poll that really blocks), getWebhookInfo,
setWebhook, deleteWebhook, sendMessage, sendPhoto, sendDocument (JSON, urlencoded or
multipart/form-data bodies; inline keyboards in ``reply_markup``), answerCallbackQuery,
editMessageReplyMarkup and getFile. Answers are ``{"ok": true, "result": ...}`` with
Message / Update / User / Chat / Document / PhotoSize / File objects, errors
``{"ok": false, "error_code": N, "description": "...", "parameters": {...}}`` with the HTTP
status equal to the error code, as Telegram does.

Tests drive the remote side: customers write in private chats, in groups (mentioning the bot or
replying to it, or just chatting), through a Telegram Business connection; they edit and
delete messages and send files, press inline buttons (``press``: a ``callback_query``
update). Tests can set a webhook, block the bot, and script
misbehaviour for the next calls (429 with retry_after, 500, an nginx 502 page, a hang,
truncated JSON, a dropped connection, duplicate / redelivered / out-of-order updates), then
inspect what the bot sent (``sent``) and every request it made (``requests``).

It is an independent oracle: it imports nothing from the connector it tests.

The package follows the Bot API document's sections: ``basics`` (making requests, errors),
``markdown`` (formatting options), ``state`` (the bot's world and update queue), ``updates``
(getting updates, webhooks), ``files``, ``messages`` (sending), ``business`` (Telegram
Business), ``keyboards`` (inline keyboards, callback queries) and ``server`` (HTTP, getMe).
"""

from tests.emulators.telegram_api.basics import (
    FAULTS,
    MB,
    NGINX_502,
    NOT_BY_DEFAULT,
    POLL_CONFLICT,
    TOKEN,
    TOKEN_RE,
    WEBHOOK_CONFLICT,
    ApiError,
    Fault,
    Sent,
    StoredFile,
    parse_multipart,
    parse_request,
    utf16_len,
)
from tests.emulators.telegram_api.keyboards import (
    BUTTON_KINDS,
    BUTTON_STYLES,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    inline_keyboard,
)
from tests.emulators.telegram_api.markdown import MDV2_RESERVED, auto_entities, parse_markdown_v2
from tests.emulators.telegram_api.server import TelegramEmulator

__all__ = [
    "BUTTON_KINDS",
    "BUTTON_STYLES",
    "FAULTS",
    "MB",
    "MDV2_RESERVED",
    "NGINX_502",
    "NOT_BY_DEFAULT",
    "NOT_MODIFIED",
    "POLL_CONFLICT",
    "QUERY_TOO_OLD",
    "TOKEN",
    "TOKEN_RE",
    "WEBHOOK_CONFLICT",
    "ApiError",
    "Fault",
    "Sent",
    "StoredFile",
    "TelegramEmulator",
    "auto_entities",
    "inline_keyboard",
    "parse_markdown_v2",
    "parse_multipart",
    "parse_request",
    "utf16_len",
]
