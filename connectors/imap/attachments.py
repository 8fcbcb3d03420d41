"""Attachments: what a non-text part becomes, and names safe to write on every system."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.message import Message

from .charsets import decode_header
from .raw import _content_id, _Headers
from .transfer import _enclosed_bytes, _transfer_decoded

MAX_NAME = 200  # characters of an attachment name


@dataclass(frozen=True, slots=True)
class MailAttachment:
    name: str  # sanitised: safe as a file name on every system
    mime: str
    size: int
    content: bytes
    inline: bool = False  # shown inside the HTML (cid: image) rather than listed
    content_id: str = ""  # without <>


_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_UNSAFE_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _leaf(name: str) -> str:
    name = unicodedata.normalize("NFC", name).translate(_BIDI)
    steps = name.replace("\\", "/").split("/")
    leaf = next((p for p in reversed(steps) if p.strip(" .")), "")
    leaf = "".join(ch for ch in leaf if unicodedata.category(ch) not in ("Cc", "Cs"))
    leaf = _UNSAFE_CHARS.sub("_", leaf)
    return re.sub(r"[\s.]+$", "", re.sub(r"^[\s.]+", "", leaf))


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """An attachment name safe to write anywhere: no folders, control or bidi characters, no
    leading dots, no reserved Windows device names, at most MAX_NAME characters."""
    leaf = _leaf(name) or _leaf(fallback) or "attachment"
    if _RESERVED.match(leaf):
        leaf = "_" + leaf
    if len(leaf) > MAX_NAME:
        stem, dot, ext = leaf.rpartition(".")
        if dot and 0 < len(ext) <= 20:
            leaf = stem[: MAX_NAME - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            leaf = leaf[:MAX_NAME].rstrip(". ")
    return leaf


def _dangerous(name: str) -> bool:
    """A name that tries to leave its folder, hide its extension or name a device."""
    return (
        any(ch in name for ch in "/\\")
        or any(unicodedata.category(ch) == "Cc" for ch in name)
        or name != name.translate(_BIDI)
        or name.strip().startswith(".")
        or bool(_RESERVED.match(name.strip()))
    )


_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
    "message/disposition-notification": ".txt",
    "text/rfc822-headers": ".txt",
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "application/pgp-signature": ".asc",
}


def _attachment(
    part: Message,
    ctype: str,
    disposition: str,
    name: str,
    path: str,
    notes: list[str],
    related: bool,
) -> MailAttachment:
    """A part that is not body text as an attachment, its name made safe; what was wrong with
    it goes into notes. ``related``: a part of a multipart/related other than its root."""
    given = name
    if part.is_multipart():  # message/rfc822 and friends: keep the enclosed bytes
        content = _enclosed_bytes(part)
        if ctype == "message/rfc822" and not name:
            inner = part.get_payload(0)
            subject = decode_header(_Headers(inner).first("subject"))[0]  # type: ignore[arg-type]
            name = f"{subject or 'message'}.eml"
    else:
        content = _transfer_decoded(part, path, notes)
    cid = _content_id(part)
    fallback = "attachment" + _EXTENSIONS.get(ctype, ".bin")
    if ctype == "application/ms-tnef":
        fallback = "winmail.dat"
    if ctype.startswith("message/") and ctype != "message/rfc822":
        fallback = (ctype.partition("/")[2] or "message") + ".txt"
    safe = safe_filename(name, fallback)
    if given and _dangerous(given):
        notes.append(f"attachment name {given[:80]!r} was unsafe; saved as {safe!r}")
    if ctype == "application/ms-tnef" or safe.lower() == "winmail.dat":
        notes.append(
            f"{safe} is a Microsoft Outlook (TNEF) container; it is kept as one attachment "
            "and the files inside it are not extracted"
        )
    inline = bool(cid) and (disposition == "inline" or (related and disposition != "attachment"))
    return MailAttachment(safe, ctype, len(content), content, inline, cid)
