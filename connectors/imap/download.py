"""Parts left on the server by a text-first sync (lazy.py), fetched when they are wanted.

A part is named by its ``remote_ref``, ``"<folder>/<uidvalidity>/<uid>/<part>"`` (the folder
may hold "/" itself). :func:`download` fetches one part; :func:`download_many` fetches many
with one SELECT per folder and one ``UID FETCH`` for many messages' parts at a time (a
background job filling attachments in, or the benchmark): no round trip per part, and the
FETCHes pipelined, so the server reads the next parts while this side decodes the last.
"""

from __future__ import annotations

import binascii
import logging
import quopri
import re
from collections import defaultdict
from collections.abc import Iterable

from omniinbox.connector import PermanentError

from .cursor import encode_uids
from .session import Session
from .structure import UUENCODE, Part, parse_structure
from .transfer import _base64
from .wire import FetchData, uid_fetch, uid_fetch_ahead

log = logging.getLogger(__name__)

BATCH_BYTES = 2_000_000  # encoded bytes asked for in one FETCH by download_many
BATCH_MESSAGES = 10
AHEAD = 3  # FETCHes sent before the answer to the first is read (wire.uid_fetch_ahead)


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
        return _base64(data)
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    if encoding in UUENCODE:
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


def _select(session: Session, folder: str, uidvalidity: int) -> None:
    selected = session.select(folder)
    if int(selected.get(b"UIDVALIDITY", 0)) != uidvalidity:
        raise PermanentError(
            f"the folder {folder} on {session.settings.host} was renumbered since this "
            "attachment was listed; it can be opened again after the next sync"
        )


def download(session: Session, ref: str) -> bytes:
    """The content of the part ``ref`` names, fetched now."""
    folder, uidvalidity, uid, path = parse_ref(ref)
    where = session.settings.host
    _select(session, folder, uidvalidity)
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


def download_many(session: Session, refs: Iterable[str]) -> dict[str, bytes]:
    """The contents of many parts: {ref: bytes}. A ref whose message is gone, whose folder
    was renumbered or whose part does not exist is left out (``download`` says why); a
    malformed ref raises PermanentError before anything is fetched. Per folder: one SELECT,
    one ``UID FETCH (BODYSTRUCTURE)`` and one FETCH per ~2 MB of parts, AHEAD of them in
    flight. Hand it a few dozen refs at a time: what it returns is held in memory."""
    wanted: dict[tuple[str, int], dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ref in refs:
        folder, uidvalidity, uid, path = parse_ref(ref)
        wanted[(folder, uidvalidity)][uid].add(path)
    out: dict[str, bytes] = {}
    for (folder, uidvalidity), by_uid in wanted.items():
        try:
            _select(session, folder, uidvalidity)
        except PermanentError as exc:
            log.info("%d attachment(s) not downloaded: %s", len(by_uid), exc)
            continue
        trees = uid_fetch(session.client, encode_uids(set(by_uid)), ["UID", "BODYSTRUCTURE"])
        parts: dict[int, list[Part]] = {}
        for uid, data in trees.items():
            root = parse_structure(data[b"BODYSTRUCTURE"])
            found = [root.find(path) for path in sorted(by_uid.get(uid, ()))]
            parts[uid] = [p for p in found if p is not None]
        chunks = _chunks(parts)
        requests = [(encode_uids(set(chunk)), _items(chunk)) for chunk in chunks]
        answers = uid_fetch_ahead(session.client, requests, AHEAD)
        for chunk, fetched in zip(chunks, answers, strict=True):
            _keep_parts(folder, uidvalidity, chunk, fetched, out)
    return out


def _chunks(parts: dict[int, list[Part]]) -> list[dict[int, list[Part]]]:
    """Messages grouped by the same part list (one FETCH asks the same items of every
    message), each group cut at about BATCH_BYTES / BATCH_MESSAGES."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for uid in sorted(parts):
        if parts[uid]:
            groups[tuple(p.path for p in parts[uid])].append(uid)
    chunks: list[dict[int, list[Part]]] = []
    for uids in groups.values():
        chunk: dict[int, list[Part]] = {}
        size = 0
        for uid in uids:
            cost = sum(p.size for p in parts[uid])
            if chunk and (size + cost > BATCH_BYTES or len(chunk) >= BATCH_MESSAGES):
                chunks.append(chunk)
                chunk, size = {}, 0
            chunk[uid] = parts[uid]
            size += cost
        if chunk:
            chunks.append(chunk)
    return chunks


def _items(chunk: dict[int, list[Part]]) -> list[str]:
    """What one FETCH asks of each of its messages (they share one part list)."""
    paths = [p.path for p in next(iter(chunk.values()))]
    return ["UID", *(f"BODY.PEEK[{path}]" for path in paths)]


def _keep_parts(
    folder: str,
    uidvalidity: int,
    chunk: dict[int, list[Part]],
    fetched: dict[int, FetchData],
    out: dict[str, bytes],
) -> None:
    for uid, data in fetched.items():
        for part in chunk.get(uid, ()):
            body = data.get(f"BODY[{part.path}]".encode())
            if body is not None:
                out[make_ref(folder, uidvalidity, uid, part.path)] = decode(
                    bytes(body), part.encoding
                )
