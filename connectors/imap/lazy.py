"""Big messages without their big attachments: the text first, the rest when it is opened.

A message over ``ImapSettings.lazy_threshold`` (2 MB by default) is not fetched whole:

1. ``UID FETCH (BODYSTRUCTURE)``: the MIME tree, with each part's size and transfer encoding;
2. one ``UID FETCH`` per message of the top header, every part's MIME header
   (``BODY.PEEK[2.MIME]``) and the bodies of the text parts and of every part up to 256 KB
   (``BODY.PEEK[1]``; inline images and signatures come along);
3. the message is put back together with each big part's body replaced by a short
   placeholder and parsed by mime.py as any message is, so names (RFC 2231, encoded words),
   inline parts and charsets come out exactly as for the whole message;
4. every attachment whose content is a placeholder becomes ``IncomingAttachment(content=None,
   remote_ref="<folder>/<uidvalidity>/<uid>/<part>")`` with the decoded size estimated from
   the encoded one.

Correctness before speed: a message without a Message-ID (its id is a hash of all its bytes),
a multipart without a boundary, more than 200 parts, or a placeholder the parser does not hand
back as exactly one attachment: that message is fetched whole instead. A lazily fetched
message has no ``raw`` (its bytes were never all read).

:func:`download` fetches one part (``BODY.PEEK[<part>]``) and undoes its transfer encoding.
"""

from __future__ import annotations

import base64
import binascii
import logging
import quopri
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from omniinbox.connector import PermanentError
from omniinbox.domain import IncomingAttachment, NewMessage

from .cursor import encode_uids
from .session import Session
from .wire import FetchData, uid_fetch

log = logging.getLogger(__name__)

SMALL_PART = 256 * 1024  # parts up to this size (encoded) come with the text anyway
MAX_PARTS = 200
PLACEHOLDER = b"omniinbox-lazy-part"
_TOKEN = re.compile(rb"omniinbox-lazy-part-[0-9a-f]{16}-[0-9.]+")
_UUENCODE = ("x-uuencode", "uuencode", "x-uue", "uue")
TEXT_BODIES = ("text/plain", "text/html")

Convert = Callable[[bytes, str, FetchData], NewMessage]


# --- the MIME tree from BODYSTRUCTURE ---------------------------------------------------------


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
    if part.encoding in _UUENCODE:
        return part.size * 45 // 62
    return part.size


# --- planning and rebuilding ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    root: Part
    eager: tuple[Part, ...]  # leaves whose bodies are fetched now
    lazy: tuple[Part, ...]  # leaves left for later

    def items(self) -> list[str]:
        headers = [f"BODY.PEEK[{p.header_key}]" for p in self.root.walk()]
        return headers + [f"BODY.PEEK[{p.path}]" for p in self.eager]


def plan(root: Part) -> Plan | None:
    """Which parts to fetch now; None when the message is better fetched whole."""
    parts = root.walk()
    if len(parts) > MAX_PARTS:
        return None
    if any(p.multipart and not p.boundary for p in parts):
        return None
    eager: list[Part] = []
    lazy: list[Part] = []
    for part in parts:
        if part.multipart:
            continue
        body_text = part.mime in TEXT_BODIES and part.disposition != "attachment"
        (eager if body_text or part.size <= SMALL_PART else lazy).append(part)
    if not lazy:
        return None
    return Plan(root, tuple(eager), tuple(lazy))


def _block(header: bytes | None) -> bytes:
    """A header block ending in exactly one empty line."""
    header = bytes(header or b"").rstrip(b"\r\n")
    return header + b"\r\n\r\n" if header else b"\r\n"


def _placeholder(part: Part, token: bytes) -> bytes:
    if part.mime == "message/rfc822":  # parsed as a message: make it one that names itself
        return b"Subject: " + part.subject + b"\r\nX-OmniInbox-Lazy: " + token + b"\r\n\r\n"
    if part.encoding == "base64":
        return base64.b64encode(token) + b"\r\n"
    if part.encoding in _UUENCODE:
        return b"begin 644 part\r\n" + binascii.b2a_uu(token) + b"`\r\nend\r\n"
    return token + b"\r\n"


def rebuild(plan: Plan, data: FetchData, tokens: dict[str, bytes]) -> bytes:
    """The message with each lazy part's body replaced by its placeholder."""

    def build(part: Part) -> bytes:
        head = _block(data.get(f"BODY[{part.header_key}]".encode()))
        if not part.multipart:
            token = tokens.get(part.path)
            if token is not None:
                return head + _placeholder(part, token)
            return head + bytes(data.get(f"BODY[{part.path}]".encode()) or b"")
        out = [head]
        for child in part.children:
            out += [b"--" + part.boundary + b"\r\n", build(child), b"\r\n"]
        out.append(b"--" + part.boundary + b"--\r\n")
        return b"".join(out)

    return build(plan.root)


def _finish(
    event: NewMessage, plan: Plan, tokens: dict[str, bytes], ref: Callable[[str], str]
) -> NewMessage | None:
    """The parsed skeleton with its placeholders as lazy attachments; None if they do not
    map one to one (then the message is fetched whole)."""
    if event.remote_id.endswith("@omniinbox"):  # no Message-ID: the id hashes every byte
        return None
    if PLACEHOLDER.decode() in event.text or PLACEHOLDER.decode() in event.html:
        return None
    by_token = {token: path for path, token in tokens.items()}
    parts = {p.path: p for p in plan.lazy}
    attachments: list[IncomingAttachment] = []
    matched: set[str] = set()
    for att in event.attachments:
        content = att.content or b""
        found = _TOKEN.findall(content) if len(content) < 4096 else []
        if not found:
            if PLACEHOLDER in content:
                return None
            attachments.append(att)
            continue
        path = by_token.get(found[0])
        if len(found) != 1 or path is None or path in matched:
            return None
        matched.add(path)
        attachments.append(
            IncomingAttachment(
                name=att.name,
                mime=att.mime,
                size=decoded_size(parts[path]),
                content=None,
                remote_ref=ref(path),
            )
        )
    if matched != set(tokens):
        return None
    return replace(event, attachments=tuple(attachments), raw=None)


def fetch_light(
    session: Session,
    folder: str,
    uidvalidity: int,
    role: str,
    uids: Sequence[int],
    items: Sequence[str],
    convert: Convert,
) -> dict[int, tuple[NewMessage, FetchData]]:
    """Events for big messages, their big parts left on the server. ``items`` are what the
    sync fetches for a whole message (with BODY.PEEK[]); messages that cannot be fetched
    lightly are fetched with them. Expunged messages are missing from the result."""
    client = session.client
    out: dict[int, tuple[NewMessage, FetchData]] = {}
    whole: list[int] = []
    structures = uid_fetch(client, encode_uids(set(uids)), ["UID", "BODYSTRUCTURE"])
    extra = [item for item in items if item != "BODY.PEEK[]"]
    for uid in sorted(structures):
        try:
            found = plan(parse_structure(structures[uid][b"BODYSTRUCTURE"]))
        except Exception:  # a structure we cannot read: the whole message, as always
            log.info("BODYSTRUCTURE of %s/%s not understood; fetching it whole", folder, uid)
            found = None
        if found is None:
            whole.append(uid)
            continue
        data = uid_fetch(client, str(uid), [*extra, *found.items()]).get(uid)
        if data is None:
            continue  # expunged meanwhile
        nonce = secrets.token_hex(8).encode()
        tokens = {p.path: PLACEHOLDER + b"-" + nonce + b"-" + p.path.encode() for p in found.lazy}
        skeleton = rebuild(found, data, tokens)
        event = _finish(
            convert(skeleton, role, data),
            found,
            tokens,
            partial(make_ref, folder, uidvalidity, uid),
        )
        if event is None:
            whole.append(uid)
            continue
        out[uid] = (event, data)
    if whole:
        for uid, data in uid_fetch(client, encode_uids(set(whole)), list(items)).items():
            out[uid] = (convert(bytes(data.get(b"BODY[]") or b""), role, data), data)
    return out


# --- references and downloading ---------------------------------------------------------------


def make_ref(folder: str, uidvalidity: int, uid: int, path: str) -> str:
    return f"{folder}/{uidvalidity}/{uid}/{path}"


def parse_ref(ref: str) -> tuple[str, int, int, str]:
    """(folder, uidvalidity, uid, part) of a remote_ref; the folder may hold '/' itself."""
    try:
        folder, validity, uid, path = ref.rsplit("/", 3)
        if not folder or not re.fullmatch(r"\d+(\.\d+)*", path):
            raise ValueError(ref)
        return folder, int(validity), int(uid), path
    except ValueError:
        raise PermanentError(f"{ref!r} does not name an attachment on the mail server") from None


def decode(data: bytes, encoding: str) -> bytes:
    """A part's body with its transfer encoding undone (leniently, as mail needs)."""
    encoding = encoding.strip().lower()
    if encoding == "base64":
        clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
        if len(clean) % 4 == 1:
            clean = clean[:-1]
        return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    if encoding in _UUENCODE:
        out = bytearray()
        inside = False
        for line in data.splitlines():
            if line.startswith(b"begin "):
                inside = True
            elif line.strip() == b"end":
                break
            elif inside and line:
                try:
                    out += binascii.a2b_uu(line)
                except binascii.Error:  # trailing garbage: read what the length byte promises
                    out += binascii.a2b_uu(line[: 1 + (((line[0] - 32) & 63) + 2) // 3 * 4])
        return bytes(out)
    return data


def download(session: Session, ref: str) -> bytes:
    """The content of the part ``ref`` names, fetched now."""
    folder, uidvalidity, uid, path = parse_ref(ref)
    where = session.settings.host
    selected = session.client.select_folder(folder, readonly=True)
    if int(selected.get(b"UIDVALIDITY", 0)) != uidvalidity:
        raise PermanentError(
            f"the folder {folder} on {where} was renumbered since this attachment was listed; "
            "it can be opened again after the next sync"
        )
    item = f"BODY.PEEK[{path}]"
    data = uid_fetch(session.client, str(uid), ["UID", "BODYSTRUCTURE", item]).get(uid)
    if data is None:
        raise PermanentError(
            f"the message with this attachment is no longer in {folder} on {where}"
        )
    part = parse_structure(data[b"BODYSTRUCTURE"]).find(path)
    body = data.get(f"BODY[{path}]".encode())
    if part is None or body is None:
        raise PermanentError(f"the message in {folder} on {where} has no part {path}")
    return decode(bytes(body), part.encoding)
