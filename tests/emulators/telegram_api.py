"""A loopback emulator of the Telegram Bot API, written from the published documents.

It serves ``/bot<token>/<method>`` and ``/file/bot<token>/<file_path>`` over real HTTP
(stdlib ThreadingHTTPServer on 127.0.0.1) for the methods OmniInbox uses: getMe, getUpdates
(offset / limit / allowed_updates, a ``timeout`` long poll that really blocks), getWebhookInfo,
setWebhook, deleteWebhook, sendMessage, sendPhoto, sendDocument (JSON, urlencoded or
multipart/form-data bodies) and getFile. Answers are ``{"ok": true, "result": ...}`` with
Message / Update / User / Chat / Document / PhotoSize / File objects, errors
``{"ok": false, "error_code": N, "description": "...", "parameters": {...}}`` with the HTTP
status equal to the error code, as Telegram does.

Tests drive the remote side: customers write in private chats, in groups (mentioning the bot or
replying to it, or just chatting), through a Telegram Business connection; they edit and
delete messages and send files. Tests can set a webhook, block the bot, and script
misbehaviour for the next calls (429 with retry_after, 500, an nginx 502 page, a hang,
truncated JSON, a dropped connection, duplicate / redelivered / out-of-order updates), then
inspect what the bot sent (``sent``) and every request it made (``requests``).

It is an independent oracle: it imports nothing from the connector it tests.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

MB = 1024 * 1024
TOKEN = "7412345678:AAHemulatorTokenNotARealOne_0123456789"
TOKEN_RE = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")

# getUpdates without allowed_updates: "all update types except chat_member, message_reaction,
# and message_reaction_count".
NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

FAULTS = {
    "429",
    "500",
    "502",
    "hang",
    "truncated",
    "disconnect",
    "duplicate",
    "redeliver",
    "shuffle",
}


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class Fault:
    kind: str
    method: str | None  # lower-case method name, "file" for downloads, None for any
    times: int
    retry_after: int
    seconds: float


@dataclass
class Sent:
    """A message the bot sent, as the customer sees it (``text`` after parsing)."""

    method: str
    chat_id: int
    text: str
    source: str  # the text or caption as sent, before parse_mode
    parse_mode: str
    reply_to: int | None
    business_connection_id: str
    message: dict[str, Any]
    file_name: str = ""
    file_mime: str = ""
    file_content: bytes = b""


@dataclass
class StoredFile:
    file_id: str
    unique_id: str
    path: str
    content: bytes
    size: int


def utf16_len(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


# --- MarkdownV2, as the Bot API documents it ------------------------------------------------

MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MARKERS = {
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
    "[": ("text_link", "TextUrl"),
}


def parse_markdown_v2(source: str) -> tuple[str, list[dict[str, Any]]]:
    """(plain text, entities) of a MarkdownV2 text, or ApiError 400 "can't parse entities"."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    opened: list[tuple[str, int, int]] = []  # marker, UTF-16 start, byte offset
    units = 0

    def fail(why: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {why}")

    def emit(ch: str) -> None:
        nonlocal units
        out.append(ch)
        units += 2 if ord(ch) > 0xFFFF else 1

    def byte(i: int) -> int:
        return len(source[:i].encode("utf-8"))

    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 < n and 1 <= ord(source[i + 1]) <= 126:
                emit(source[i + 1])
                i += 2
                continue
            raise fail("Character '\\' is reserved and must be escaped with the preceding '\\'")
        if ch == "`":
            close = "```" if source.startswith("```", i) else "`"
            start, j = units, i + len(close)
            while j < n and not source.startswith(close, j):
                if source[j] == "\\" and j + 1 < n and source[j + 1] in "`\\":
                    j += 1
                emit(source[j])
                j += 1
            if j >= n:
                kind = "Pre" if close == "```" else "Code"
                raise fail(f"Can't find end of {kind} entity at byte offset {byte(i)}")
            entity = {"type": "pre" if close == "```" else "code", "offset": start}
            entities.append({**entity, "length": units - start})
            i = j + len(close)
            continue
        if ch == "]" and opened and opened[-1][0] == "[" and source.startswith("](", i):
            j, url = i + 2, []
            while j < n and source[j] != ")":
                if source[j] == "\\" and j + 1 < n:
                    j += 1
                url.append(source[j])
                j += 1
            if j >= n:
                raise fail(f"Can't find end of a URL at byte offset {byte(i)}")
            _, start, _ = opened.pop()
            entities.append(
                {"type": "text_link", "offset": start, "length": units - start, "url": "".join(url)}
            )
            i = j + 1
            continue
        marker = ""
        if ch == "_":
            marker = "__" if source.startswith("__", i) else "_"
        elif ch == "|" and source.startswith("||", i):
            marker = "||"
        elif ch in "*~[":
            marker = ch
        if marker:
            if opened and opened[-1][0] == marker and marker != "[":
                _, start, _ = opened.pop()
                entities.append(
                    {"type": _MARKERS[marker][0], "offset": start, "length": units - start}
                )
            else:
                opened.append((marker, units, byte(i)))
            i += len(marker)
            continue
        if ch == ">" and (i == 0 or source[i - 1] == "\n"):
            end = source.find("\n", i)
            end = n if end < 0 else end
            inner, inner_entities = parse_markdown_v2(source[i + 1 : end])
            start = units
            for e in inner_entities:
                entities.append({**e, "offset": e["offset"] + start})
            for c in inner:
                emit(c)
            entities.append({"type": "blockquote", "offset": start, "length": units - start})
            i = end
            continue
        if ch in MDV2_RESERVED:
            raise fail(f"Character '{ch}' is reserved and must be escaped with the preceding '\\'")
        emit(ch)
        i += 1
    if opened:
        marker, _, at = opened[-1]
        raise fail(f"Can't find end of {_MARKERS[marker][1]} entity at byte offset {at}")
    return "".join(out), sorted(entities, key=lambda e: e["offset"])


_MENTION = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z][A-Za-z0-9_]{3,31})?")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram finds by itself in plain text: @mentions and a leading /command."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for m in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: m.start()]),
                    "length": utf16_len(m.group()),
                }
            )
    return sorted(found, key=lambda e: e["offset"])


# --- request bodies ---------------------------------------------------------------------------


def _disposition(value: str) -> dict[str, str]:
    return {k.lower(): v for k, v in re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', value)}


def parse_multipart(
    body: bytes, boundary: str
) -> tuple[dict[str, str], dict[str, tuple[str, bytes, str]]]:
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes, str]] = {}
    for section in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if section.startswith(b"--"):
            break
        section = section.removeprefix(b"\r\n")
        head, _, content = section.partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = _disposition(headers.get("content-disposition", ""))
        name = disposition.get("name", "")
        if "filename" in disposition:
            mime = headers.get("content-type", "application/octet-stream")
            files[name] = (disposition["filename"], content, mime)
        else:
            fields[name] = content.decode("utf-8")
    return fields, files


def parse_request(
    query: str, content_type: str, body: bytes
) -> tuple[dict[str, Any], dict[str, tuple[str, bytes, str]]]:
    params: dict[str, Any] = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    files: dict[str, tuple[str, bytes, str]] = {}
    kind, _, rest = content_type.partition(";")
    kind = kind.strip().lower()
    if kind == "application/json" and body:
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        params.update(data)
    elif kind == "application/x-www-form-urlencoded":
        form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        params.update({k: v[-1] for k, v in form.items()})
    elif kind == "multipart/form-data":
        boundary = re.search(r'boundary="?([^";]+)"?', rest)
        if boundary is None:
            raise ValueError("no boundary")
        fields, files = parse_multipart(body, boundary.group(1))
        params.update(fields)
    return params, files


def _int(params: dict[str, Any], name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {name} specified") from None


def _json(params: dict[str, Any], name: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None
    return value


def _true(value: Any) -> bool:
    return value is True or str(value).lower() in {"true", "1"}


# --- the emulator -----------------------------------------------------------------------------


class TelegramEmulator:
    """One bot on a fake Bot API server. Use as a context manager or start() / close()."""

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
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[..., Any]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "getwebhookinfo": self._get_webhook_info,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "sendmessage": self._send_message,
            "sendphoto": lambda p, f: self._send_file("photo", p, f),
            "senddocument": lambda p, f: self._send_file("document", p, f),
            "getfile": self._get_file,
        }

    # --- life -------------------------------------------------------------------------------

    def start(self) -> TelegramEmulator:
        handler = type("Handler", (_Handler,), {"emulator": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="telegram-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()
        with self._cond:
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> TelegramEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the emulator first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

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

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        chat.update({k: user[k] for k in ("last_name", "username") if k in user})
        return chat

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

    def business_connect(
        self, owner: dict[str, Any], *, can_reply: bool = True, enabled: bool = True
    ) -> dict[str, Any]:
        """The shop connects the bot to its own (Telegram Business) account."""
        with self._cond:
            connection = {
                "id": f"Bc{len(self._connections) + 1:03d}AAFkZW11bGF0b3I",
                "user": owner,
                "user_chat_id": owner["id"],
                "date": int(time.time()),
                "rights": {"can_reply": can_reply, "can_read_messages": True},
                "is_enabled": enabled,
            }
            self._connections[connection["id"]] = connection
            self._push(business_connection=connection)
            return connection

    def business_message(
        self,
        connection: dict[str, Any],
        customer: dict[str, Any],
        text: str | None = None,
        *,
        from_owner: bool = False,
        document: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A message in the shop's own chat with ``customer`` (by the owner if from_owner)."""
        with self._cond:
            sender = connection["user"] if from_owner else customer
            msg = self._new_message(
                connection["id"],
                self.private_chat(customer),
                sender,
                text=text,
                reply_to=reply_to,
                business=connection["id"],
                extra={"document": document} if document else None,
            )
            self._push(business_message=msg)
            return msg

    def delete_business_messages(
        self, connection: dict[str, Any], customer: dict[str, Any], messages: list[dict[str, Any]]
    ) -> None:
        with self._cond:
            self._push(
                deleted_business_messages={
                    "business_connection_id": connection["id"],
                    "chat": self.private_chat(customer),
                    "message_ids": [m["message_id"] for m in messages],
                }
            )

    def push_update(self, **payload: Any) -> dict[str, Any]:
        """Any raw update (e.g. one of a kind the bot did not ask for)."""
        with self._cond:
            return self._push(**payload)

    # --- files ------------------------------------------------------------------------------

    def document(
        self,
        content: bytes = b"",
        *,
        name: str = "file.pdf",
        mime: str = "application/pdf",
        size: int | None = None,
    ) -> dict[str, Any]:
        """A Document object for a file the customer sends. ``size`` declares a (huge) size
        without holding the bytes."""
        stored = self._store_file(content, "documents", name, size)
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_name": name,
            "mime_type": mime,
            "file_size": stored.size,
        }

    def photo(self, content: bytes, width: int = 1280, height: int = 960) -> list[dict[str, Any]]:
        """The PhotoSize list of a photo: a thumbnail and the full size."""
        thumb = self._store_file(content[: max(1, len(content) // 10)], "photos", "thumb.jpg")
        full = self._store_file(content, "photos", "photo.jpg")
        scale = 90 / max(width, height)
        return [
            {
                "file_id": thumb.file_id,
                "file_unique_id": thumb.unique_id,
                "width": max(1, round(width * scale)),
                "height": max(1, round(height * scale)),
                "file_size": thumb.size,
            },
            {
                "file_id": full.file_id,
                "file_unique_id": full.unique_id,
                "width": width,
                "height": height,
                "file_size": full.size,
            },
        ]

    def file_content(self, file_id: str) -> bytes:
        return self._files[file_id].content

    def _store_file(
        self, content: bytes, folder: str, name: str, size: int | None = None
    ) -> StoredFile:
        with self._cond:
            n = len(self._files) + 1
            suffix = name.rsplit(".", 1)[-1] if "." in name else "bin"
            stored = StoredFile(
                file_id=f"BQACAgIAAxkBAAI{n:05d}ZW11bGF0b3JmaWxl",
                unique_id=f"AgAD{n:05d}",
                path=f"{folder}/file_{n}.{suffix}",
                content=content,
                size=len(content) if size is None else size,
            )
            self._files[stored.file_id] = stored
            self._paths[stored.path] = stored.file_id
            return stored

    # --- test controls ------------------------------------------------------------------------

    def set_webhook(self, url: str) -> None:
        with self._cond:
            self._webhook = url

    @property
    def webhook(self) -> str:
        return self._webhook

    def misbehave(
        self,
        kind: str,
        *,
        times: int = 1,
        method: str | None = None,
        retry_after: int = 3,
        seconds: float = 5.0,
    ) -> None:
        """The next ``times`` calls (of ``method``, "file" for downloads, or any) go wrong:

        429 (with retry_after), 500, 502 (an nginx HTML page), hang (the request is carried
        out, then the answer waits ``seconds``), truncated (JSON cut in half, with a matching
        Content-Length), disconnect (carried out, then the connection drops without an answer),
        and for getUpdates: duplicate (each update twice), redeliver (the updates confirmed
        last time come again), shuffle (newest first).
        """
        assert kind in FAULTS, kind
        if kind in {"duplicate", "redeliver", "shuffle"}:
            method = method or "getUpdates"
        with self._cond:
            self._faults.append(
                Fault(kind, method.lower() if method else None, times, retry_after, seconds)
            )

    def pending(self) -> list[int]:
        """Ids of the updates not confirmed yet."""
        with self._cond:
            return [u["update_id"] for u in self._queue]

    def sent_texts(self) -> list[str]:
        return [s.text for s in self.sent]

    def calls(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.requests if m.lower() == method.lower()]

    # --- internals --------------------------------------------------------------------------

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

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        path = unquote(parts.path)
        length = int(handler.headers.get("Content-Length") or 0)
        if length > self.upload_limit:
            while length > 0:  # hear the request out, then refuse it
                length -= len(handler.rfile.read(min(length, MB)))
            self._answer(handler, 413, ApiError(413, "Request Entity Too Large").payload())
            return
        body = handler.rfile.read(length) if length else b""
        file_match = re.fullmatch(r"/file/bot([^/]+)/(.+)", path)
        if file_match:
            self._serve_file(handler, *file_match.groups())
            return
        match = re.fullmatch(r"/bot([^/]*)/(\w*)", path)
        if match is None or not TOKEN_RE.fullmatch(match.group(1)):
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        token, method = match.groups()
        if token != self.token:
            self._answer(handler, 401, ApiError(401, "Unauthorized").payload())
            return
        try:
            params, files = parse_request(
                parts.query, handler.headers.get("Content-Type", ""), body
            )
        except (ValueError, UnicodeDecodeError):
            self._answer(handler, 400, ApiError(400, "Bad Request: invalid request body").payload())
            return
        with self._cond:
            shown = dict(params)
            shown.update({k: {"file_name": v[0], "size": len(v[1])} for k, v in files.items()})
            self.requests.append((method, shown))
        fault = self._take_fault(method.lower())
        if fault and fault.kind == "429":
            error = ApiError(
                429, f"Too Many Requests: retry after {fault.retry_after}", fault.retry_after
            )
            self._answer(handler, 429, error.payload())
            return
        if fault and fault.kind == "500":
            self._answer(handler, 500, ApiError(500, "Internal Server Error").payload())
            return
        if fault and fault.kind == "502":
            self._answer_raw(handler, 502, NGINX_502, "text/html")
            return
        action = self._methods.get(method.lower())
        try:
            if action is None:
                raise ApiError(404, "Not Found")
            result = (
                action(params, files) if method.lower() != "getupdates" else action(params, fault)
            )
            status, payload = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, payload = error.code, error.payload()
        if fault and fault.kind == "hang":
            self._closing.wait(fault.seconds)
        if fault and fault.kind == "disconnect":
            handler.close_connection = True
            return
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if fault and fault.kind == "truncated":
            data = data[: max(1, len(data) // 2)]
        self._answer_raw(handler, status, data, "application/json")

    def _serve_file(self, handler: BaseHTTPRequestHandler, token: str, file_path: str) -> None:
        fault = self._take_fault("file")
        if token != self.token:
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        if fault and fault.kind in {"500", "502"}:
            self._answer_raw(handler, 502, NGINX_502, "text/html")
            return
        if fault and fault.kind == "hang":
            self._closing.wait(fault.seconds)
        file_id = self._paths.get(file_path)
        if file_id is None:
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        self._answer_raw(handler, 200, self._files[file_id].content, "application/octet-stream")

    def _answer(self, handler: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        self._answer_raw(handler, status, json.dumps(payload).encode("utf-8"), "application/json")

    @staticmethod
    def _answer_raw(
        handler: BaseHTTPRequestHandler, status: int, data: bytes, content_type: str
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()

    # --- methods ------------------------------------------------------------------------------

    def _get_me(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {
            **self.bot,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": True,
            "has_main_web_app": False,
        }

    def _get_webhook_info(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        with self._cond:
            info: dict[str, Any] = {
                "url": self._webhook,
                "has_custom_certificate": False,
                "pending_update_count": len(self._queue),
            }
            if self._webhook:
                info["max_connections"] = 40
            return info

    def _set_webhook(self, params: dict[str, Any], files: Any) -> bool:
        url = params.get("url")
        if url is None:
            raise ApiError(400, "Bad Request: url is empty")
        with self._cond:
            self._webhook = str(url)
            if _true(params.get("drop_pending_updates")):
                self._queue.clear()
        return True

    def _delete_webhook(self, params: dict[str, Any], files: Any) -> bool:
        with self._cond:
            self._webhook = ""
            if _true(params.get("drop_pending_updates")):
                self._queue.clear()
        return True

    def _wanted(self, update: dict[str, Any]) -> bool:
        kinds = set(update) - {"update_id"}
        if self._allowed:
            return bool(kinds & self._allowed)
        return not kinds <= NOT_BY_DEFAULT

    def _get_updates(self, params: dict[str, Any], fault: Fault | None) -> list[dict[str, Any]]:
        offset = _int(params, "offset")
        limit = min(100, max(1, _int(params, "limit") or 100))
        timeout = max(0, _int(params, "timeout") or 0)
        allowed = _json(params, "allowed_updates")
        with self._cond:
            if self._webhook:
                raise ApiError(409, WEBHOOK_CONFLICT)
            if isinstance(allowed, list):
                self._allowed = set(allowed) or None
            self._generation += 1  # an earlier long poll still waiting ends with a 409
            mine = self._generation
            self._cond.notify_all()
            if offset is not None and offset > 0:
                confirmed = [u for u in self._queue if u["update_id"] < offset]
                if confirmed:
                    self._confirmed_last = confirmed
                self._queue = [u for u in self._queue if u["update_id"] >= offset]
            elif offset is not None and offset < 0:
                self._queue = self._queue[offset:]
            deadline = time.monotonic() + timeout
            while True:
                if mine != self._generation:
                    raise ApiError(409, POLL_CONFLICT)
                ready = [u for u in self._queue if self._wanted(u)][:limit]
                left = deadline - time.monotonic()
                if ready or left <= 0 or self._closing.is_set():
                    break
                self._cond.wait(left)
            result = copy.deepcopy(ready)
            if fault and fault.kind == "redeliver":
                result = copy.deepcopy(self._confirmed_last) + result
        if fault and fault.kind == "duplicate":
            result = [u for u in result for _ in (0, 1)]
        if fault and fault.kind == "shuffle":
            result.reverse()
        return result

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
                )
            )
            return msg

    def _get_file(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        file_id = params.get("file_id")
        if not file_id:
            raise ApiError(400, "Bad Request: file_id is empty")
        stored = self._files.get(str(file_id))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.size > self.download_limit:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_size": stored.size,
            "file_path": stored.path,
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection is closed after this
    emulator: TelegramEmulator

    def do_GET(self) -> None:
        self.emulator._serve(self)

    do_POST = do_GET

    def handle(self) -> None:
        # The client may have given up (a hang it timed out on): nothing left to answer.
        with contextlib.suppress(ConnectionError, TimeoutError):
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass
