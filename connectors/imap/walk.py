"""The walk over the MIME tree: which parts are the text, the HTML and the attachments.

A part that cannot be read becomes a note and the walk goes on; a multipart whose boundary is
missing or wrong is split on the boundary found in its body, or shown as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Any

from .attachments import MailAttachment, _attachment
from .charsets import _META_CHARSET, _codec, decode_header, decode_text
from .raw import _content_id, _has_surrogates, _safe
from .transfer import _transfer_decoded

MAX_DEPTH = 40  # nesting of multiparts and attached messages followed
MAX_PARTS = 1000  # MIME parts looked at


@dataclass
class _Found:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[MailAttachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    charsets: list[str] = field(default_factory=list)  # declared on text parts: header hints
    reports: set[str] = field(default_factory=set)  # delivery-status, disposition-notification

    def merge(self, other: _Found, *, plain: bool = True, html: bool = True) -> None:
        if plain:
            self.plain += other.plain
        if html:
            self.html += other.html
        self.attachments += other.attachments
        self.notes += other.notes
        self.charsets += other.charsets
        self.reports |= other.reports


class _Walker:
    def __init__(self) -> None:
        self.parts = 0
        self.stopped = False

    def visit(self, part: Message, path: str, depth: int, out: _Found, related: bool) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS or depth > MAX_DEPTH:
            if not self.stopped:
                out.notes.append(
                    f"part {path or '1'} and what follows were not read: "
                    "the message has too many parts or nests them too deeply"
                )
                self.stopped = True
            return
        try:
            self._visit(part, path, depth, out, related)
        except Exception as exc:
            out.notes.append(
                f"part {path or '1'} could not be read ({type(exc).__name__}); skipped"
            )

    def _visit(self, part: Message, path: str, depth: int, out: _Found, related: bool) -> None:
        ctype = _safe(part.get_content_type, "application/octet-stream").lower()
        main = ctype.partition("/")[0]
        if main == "multipart":
            children: Any = part.get_payload()
            if isinstance(children, list):
                self._multipart(part, ctype, children, path, depth, out)
            else:
                self._no_boundary(part, ctype, path, depth, out)
            return
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            out.reports.add("delivery-status")
        elif ctype == "message/disposition-notification":
            out.reports.add("disposition-notification")
        disposition = (_safe(part.get_content_disposition, None) or "").lower()
        name = self._filename(part, out)
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not name:
            self._text(part, ctype, path, out)
            return
        out.attachments.append(
            _attachment(part, ctype, disposition, name, path, out.notes, related)
        )

    def _multipart(
        self, part: Message, ctype: str, children: list[Message], path: str, depth: int, out: _Found
    ) -> None:
        prefix = f"{path}." if path else ""
        if ctype == "multipart/alternative":
            found = []
            for i, child in enumerate(children, 1):
                sub = _Found()
                self.visit(child, f"{prefix}{i}", depth + 1, sub, False)
                found.append(sub)
            plain = next((f for f in reversed(found) if any(p.strip() for p in f.plain)), None)
            html = next((f for f in reversed(found) if f.html), None)
            for f in found:
                out.merge(f, plain=f is plain, html=f is html)
            return
        root = 0
        if ctype == "multipart/related":
            start = _safe(lambda: part.get_param("start"), None)
            if isinstance(start, str) and start.strip():
                for i, child in enumerate(children):
                    if _content_id(child) == start.strip().strip("<>"):
                        root = i
        for i, child in enumerate(children):
            related = ctype == "multipart/related" and i != root
            self.visit(child, f"{prefix}{i + 1}", depth + 1, out, related)

    def _no_boundary(self, part: Message, ctype: str, path: str, depth: int, out: _Found) -> None:
        body = _transfer_decoded(part, path, out.notes)
        where = f"part {path}" if path else "the message"
        match = re.search(
            rb"(?m)^--([0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?\n[A-Za-z][A-Za-z0-9-]*:", body
        )
        if match and depth < MAX_DEPTH:
            boundary = match.group(1)
            wrapped = (
                b"Content-Type: " + ctype.encode() + b'; boundary="' + boundary + b'"\r\n\r\n'
            ) + body
            again = message_from_bytes(wrapped, policy=policy.default)
            if isinstance(again.get_payload(), list):
                out.notes.append(
                    f"{where} is a {ctype} whose parts could not be separated; "
                    "used the boundary found in its body"
                )
                self._multipart(again, ctype, again.get_payload(), path, depth, out)  # type: ignore[arg-type]
                return
        out.notes.append(f"{where} is a {ctype} whose parts could not be separated; shown as text")
        text, _ = decode_text(body, "", _hint(out))
        out.plain.append(text)

    def _filename(self, part: Message, out: _Found) -> str:
        raw = _safe(part.get_filename, None)
        if not raw:
            value = _safe(lambda: part.get_param("name"), None)
            raw = _safe(lambda: collapse_rfc2231_value(value), None) if value else None  # type: ignore[arg-type]
        if not raw or not isinstance(raw, str):
            return ""
        if "=?" in raw or _has_surrogates(raw):  # encoded words in quotes, raw 8-bit bytes
            raw, _ = decode_header(raw, _hint(out))
        return raw

    def _text(self, part: Message, ctype: str, path: str, out: _Found) -> None:
        data = _transfer_decoded(part, path, out.notes)
        charset = _safe(part.get_content_charset, None) or ""
        if charset:
            out.charsets.append(charset)
        if not charset and ctype == "text/html":
            meta = _META_CHARSET.search(data[:4096])
            charset = meta.group(1).decode("ascii") if meta else ""
        text, how = decode_text(data, charset, _hint(out))
        if how:
            out.notes.append(f"part {path or '1'} {how}")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if ctype == "text/html":
            out.html.append(text)
            return
        params: dict[str, Any] = _safe(lambda: dict(part.get_params() or []), {})
        if str(params.get("format", "")).lower() == "flowed":
            text = _unflow(text, str(params.get("delsp", "")).lower() == "yes")
        out.plain.append(text)


def _hint(out: _Found) -> str:
    """A charset declared on a text part: old clients write raw 8-bit headers in it."""
    for label in out.charsets:
        codec = _codec(label)
        if codec and codec not in ("ascii", "utf-8"):
            return codec
    return ""


def _unflow(text: str, delsp: bool) -> str:
    """format=flowed (RFC 3676): soft line breaks joined back into paragraphs."""
    lines: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            buffer += line[:-1] if delsp else line
        else:
            lines.append(buffer + line)
            buffer = ""
    if buffer:
        lines.append(buffer)
    return "\n".join(lines)
