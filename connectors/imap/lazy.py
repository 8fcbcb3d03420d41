"""Text first: messages arrive without their big parts, which are fetched when wanted.

A message whose RFC822.SIZE is over ``ImapSettings.lazy_threshold`` (64 KB by default) may
hold a part over it. For those, per batch of the sync:

1. one ``UID FETCH (BODYSTRUCTURE)`` for all of them (structure.py): each part's size and
   transfer encoding;
2. :func:`plan`: text bodies (text/plain, text/html not marked as attachments) and every part
   up to the threshold are fetched now; the bigger parts wait. A message with nothing to
   leave is fetched whole;
3. one ``UID FETCH`` per group of messages with the same plan (the same items are asked of
   every message in one FETCH; support mail has few shapes): the top header, every part's
   MIME header (``BODY.PEEK[2.MIME]``) and the bodies chosen;
4. the message is put back together with each big part's body replaced by a placeholder and
   parsed by mime.py like any message, so names (RFC 2231, encoded words), inline parts and
   charsets come out exactly as from the whole message;
5. every attachment whose content is a placeholder becomes ``IncomingAttachment(content=None,
   remote_ref="<folder>/<uidvalidity>/<uid>/<part>")`` with its decoded size estimated from
   the encoded one. download.py fetches those (one by one, or many per FETCH).

Correctness before speed: a message without a Message-ID (its id is a hash of all its bytes),
a multipart without a boundary, more than 200 parts, or a placeholder the parser does not hand
back as exactly one attachment: that message is fetched whole instead.

**The raw kept for a text-first message is its skeleton**: a first header line
``X-OmniInbox-Skeleton: <folder>/<uidvalidity>/<uid>``, then the message as fetched: the top
header, every part's MIME header and the text and small bodies byte for byte, each big part's
body replaced by ``omniinbox-lazy-part-<nonce>-<part>`` (encoded as the part is), boundaries
rewritten with CRLF, preamble and epilogue left out. Parsing the skeleton again gives the same
subject, addresses, threading ids, text, HTML, notes and attachment names as the whole message
did; a placeholder names its part, and that part's bytes are at
``<folder>/<uidvalidity>/<uid>/<part>`` on the server (and in the blob store once downloaded).
So a parser fix re-derives everything but a big attachment's bytes, which never go through
the parser anyway (they are decoded from their transfer encoding only).
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import secrets
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial

from omniinbox.domain import IncomingAttachment, NewMessage

from .cursor import encode_uids
from .download import decode, download, download_many, make_ref, parse_ref
from .session import Session
from .structure import UUENCODE, Part, decoded_size, parse_structure
from .wire import FetchData, uid_fetch, uid_fetch_ahead

__all__ = [
    "Part",
    "Plan",
    "decode",
    "decoded_size",
    "download",
    "download_many",
    "fetch_light",
    "make_ref",
    "parse_ref",
    "parse_structure",
    "plan",
]

log = logging.getLogger(__name__)

MAX_PARTS = 200
STRUCTURE_ITEMS = ("UID", "BODYSTRUCTURE")
PLACEHOLDER = b"omniinbox-lazy-part"
SKELETON_HEADER = b"X-OmniInbox-Skeleton"
_TOKEN = re.compile(rb"omniinbox-lazy-part-[0-9a-f]{16}-[0-9.]+")
TEXT_BODIES = ("text/plain", "text/html")

Convert = Callable[[bytes, str, FetchData], NewMessage]


@dataclass(frozen=True, slots=True)
class Plan:
    root: Part
    eager: tuple[Part, ...]  # leaves whose bodies are fetched now
    lazy: tuple[Part, ...]  # leaves left for later

    def items(self) -> list[str]:
        headers = [f"BODY.PEEK[{p.header_key}]" for p in self.root.walk()]
        return headers + [f"BODY.PEEK[{p.path}]" for p in self.eager]


def plan(root: Part, threshold: int) -> Plan | None:
    """Which parts to fetch now (text bodies, parts up to ``threshold`` encoded bytes); None
    when the message is better fetched whole."""
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
        (eager if body_text or part.size <= threshold else lazy).append(part)
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
    if part.encoding in UUENCODE:
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


def skeleton_ref(raw: bytes) -> str:
    """ "<folder>/<uidvalidity>/<uid>" for a stored skeleton; "" for a whole message."""
    if not raw.startswith(SKELETON_HEADER + b":"):
        return ""
    line = raw.split(b"\r\n", 1)[0]
    return line.partition(b":")[2].strip().decode("utf-8", "replace")


def _finish(
    event: NewMessage,
    plan: Plan,
    tokens: dict[str, bytes],
    ref: Callable[[str], str],
    skeleton: bytes,
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
    where = ref("").rsplit("/", 1)[0].encode("utf-8", "replace")
    raw = SKELETON_HEADER + b": " + where + b"\r\n" + skeleton
    return replace(event, attachments=tuple(attachments), raw=raw)


def fetch_light(
    session: Session,
    folder: str,
    uidvalidity: int,
    role: str,
    structures: dict[int, FetchData],
    items: Sequence[str],
    convert: Convert,
) -> dict[int, tuple[NewMessage, FetchData]]:
    """Events for messages that may hold big parts, those parts left on the server, from
    their BODYSTRUCTUREs (``STRUCTURE_ITEMS``, fetched by the caller pipelined with its own
    FETCHes). ``items`` are what the sync fetches for a whole message (with BODY.PEEK[]);
    messages with nothing to leave, or that cannot be fetched lightly, are fetched whole
    with them. Expunged messages are missing from the result."""
    client = session.client
    threshold = session.settings.lazy_threshold
    out: dict[int, tuple[NewMessage, FetchData]] = {}
    whole: list[int] = []
    extra = [item for item in items if item != "BODY.PEEK[]"]
    groups: dict[tuple[str, ...], list[tuple[int, Plan]]] = defaultdict(list)
    for uid in sorted(structures):
        try:
            found = plan(parse_structure(structures[uid][b"BODYSTRUCTURE"]), threshold)
        except Exception:  # a structure we cannot read: the whole message, as always
            log.info("BODYSTRUCTURE of %s/%s not understood; fetching it whole", folder, uid)
            found = None
        if found is None:
            whole.append(uid)
        else:
            groups[tuple(found.items())].append((uid, found))
    # One FETCH per plan, pipelined: the server prepares the next group while this one is
    # parsed (the groups share no UID).
    requests = [
        (encode_uids({uid for uid, _ in members}), [*extra, *group_items])
        for group_items, members in groups.items()
    ]
    with closing(uid_fetch_ahead(client, requests)) as answers:
        for members, fetched in zip(groups.values(), answers, strict=True):
            for uid, found in members:
                data = fetched.get(uid)
                if data is None:
                    continue  # expunged meanwhile
                event = _light_event(
                    found, data, role, convert, partial(make_ref, folder, uidvalidity, uid)
                )
                if event is None:
                    whole.append(uid)
                else:
                    out[uid] = (event, data)
    if whole:
        for uid, data in uid_fetch(client, encode_uids(set(whole)), list(items)).items():
            out[uid] = (convert(bytes(data.get(b"BODY[]") or b""), role, data), data)
    return out


def _light_event(
    found: Plan, data: FetchData, role: str, convert: Convert, ref: Callable[[str], str]
) -> NewMessage | None:
    nonce = secrets.token_hex(8).encode()
    tokens = {p.path: PLACEHOLDER + b"-" + nonce + b"-" + p.path.encode() for p in found.lazy}
    skeleton = rebuild(found, data, tokens)
    return _finish(convert(skeleton, role, data), found, tokens, ref, skeleton)
