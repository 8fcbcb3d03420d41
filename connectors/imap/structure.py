"""A message's MIME tree as the server describes it (BODYSTRUCTURE, RFC 3501 7.4.2): each
part's IMAP specifier ("1", "2.1"), type, transfer encoding, encoded size and disposition,
read without fetching a byte of the message itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

UUENCODE = ("x-uuencode", "uuencode", "x-uue", "uue")


@dataclass(frozen=True, slots=True)
class Part:
    path: str  # IMAP part specifier: "1", "2.1"; "" for a multipart message's top
    mime: str = ""  # "application/pdf"; "multipart/mixed" for a multipart
    encoding: str = ""  # content transfer encoding, lower case
    size: int = 0  # encoded octets
    disposition: str = ""  # "attachment", "inline" or ""
    subject: bytes = b""  # an attached message's Subject, as it was in its header
    boundary: bytes = b""
    children: tuple[Part, ...] = ()
    top: bool = False  # the message itself (a single-part message's only part is "1")

    @property
    def multipart(self) -> bool:
        return self.mime.startswith("multipart/")

    @property
    def header_key(self) -> str:
        """Where this part's header block is fetched from."""
        return "HEADER" if self.top else f"{self.path}.MIME"

    def walk(self) -> list[Part]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out

    def find(self, path: str) -> Part | None:
        return next((p for p in self.walk() if p.path == path and not p.multipart), None)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return "" if value is None else str(value)


def _param(params: Any, name: bytes) -> bytes:
    if not isinstance(params, tuple | list):
        return b""
    for key, value in zip(params[::2], params[1::2], strict=False):
        if isinstance(key, bytes) and key.upper() == name and isinstance(value, bytes):
            return value
    return b""


def parse_structure(body: Any, path: str = "") -> Part:
    """imapclient's BodyData (a BODYSTRUCTURE) as a tree of parts."""
    if isinstance(body[0], list):  # multipart: ([children], subtype, params, disposition, ...)
        prefix = f"{path}." if path else ""
        children = tuple(
            parse_structure(child, f"{prefix}{i}") for i, child in enumerate(body[0], 1)
        )
        params = body[2] if len(body) > 2 else None
        return Part(
            path,
            "multipart/" + _text(body[1]).lower(),
            boundary=_param(params, b"BOUNDARY"),
            children=children,
            top=not path,
        )
    mime = f"{_text(body[0])}/{_text(body[1])}".lower()
    # The extension data (MD5, disposition, ...) starts after the type-specific fields:
    # text has a line count, message/rfc822 an envelope, a body and a line count.
    ext = 8 if mime.startswith("text/") else 10 if mime == "message/rfc822" else 7
    disposition = body[ext + 1] if len(body) > ext + 1 else None
    subject = b""
    if mime == "message/rfc822" and len(body) > 7 and isinstance(body[7], tuple | list):
        found = body[7][1] if len(body[7]) > 1 else None
        subject = found if isinstance(found, bytes) else b""
    return Part(
        path or "1",
        mime,
        encoding=_text(body[5]).strip().lower() if len(body) > 5 else "",
        size=int(body[6] or 0) if len(body) > 6 else 0,
        disposition=(
            _text(disposition[0]).lower()
            if isinstance(disposition, tuple | list) and disposition
            else ""
        ),
        subject=re.sub(rb"[\r\n]+", b" ", subject),
        top=not path,
    )


def decoded_size(part: Part) -> int:
    """About how many bytes the part has once its transfer encoding is undone."""
    if part.encoding == "base64":
        return part.size * 57 // 78  # 76 characters and CRLF carry 57 bytes
    if part.encoding in UUENCODE:
        return part.size * 45 // 62
    return part.size
