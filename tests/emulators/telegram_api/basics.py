"""The Bot API's envelope, as "Making requests" describes it: the parameters of a call (query
string, application/json, application/x-www-form-urlencoded or multipart/form-data), the
``{"ok": false, "error_code", "description", "parameters"}`` answer of an error, and the objects
the emulator keeps (a scripted fault, a message the bot sent, a stored file).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

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
    reply_markup: dict[str, Any] | None = None  # the inline keyboard sent with it


@dataclass
class StoredFile:
    file_id: str
    unique_id: str
    path: str
    content: bytes
    size: int


def utf16_len(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


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
