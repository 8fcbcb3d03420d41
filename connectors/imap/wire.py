"""The few IMAP exchanges imapclient has no method for, kept in one place.

imapclient 4's ``fetch()`` drops responses for anything but explicitly listed message ids,
so a UID range ("1:412") with CHANGEDSINCE/VANISHED modifiers goes through imaplib directly,
and the untagged VANISHED response (RFC 7162) is read from imaplib's response table.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response

FetchData = dict[bytes, Any]
_RESPONSE_START = re.compile(rb"^\d+ \(")


def uid_fetch(
    client: IMAPClient,
    uid_set: str,
    items: Sequence[str],
    modifiers: Sequence[str] = (),
) -> dict[int, FetchData]:
    """``UID FETCH <uid_set> (<items>) [(<modifiers>)]`` -> {uid: {item: value}}."""
    client._imap.untagged_responses.pop("FETCH", None)  # stale unsolicited flag updates
    return _fetched(client, _send_fetch(client, uid_set, items, modifiers))


def uid_fetch_ahead(
    client: IMAPClient, requests: Iterable[tuple[str, Sequence[str]]], ahead: int = 2
) -> Generator[dict[int, FetchData], None, None]:
    """The answers to many ``UID FETCH <uid_set> (<items>)``, in order, with up to ``ahead``
    more commands sent before an answer is read (pipelining, RFC 9051 5.5): the server
    prepares the next answers while this client reads and decodes the last, and on a far
    server the round trips overlap.

    A server may run such commands at the same time and mix their untagged FETCH
    responses (Dovecot does); each command's own responses all come before its tagged
    line. So every response read goes into one pool by UID, and when a command's tag
    completes, its answer is taken out of the pool by its UIDs: the requests must not share
    UIDs (ValueError). If the caller stops early or a command fails, the commands still in
    flight are read to their end first, so the connection stays in step."""
    imap = client._imap
    imap.untagged_responses.pop("FETCH", None)  # stale unsolicited flag updates
    pool: dict[int, FetchData] = {}
    sent: list[tuple[str, set[int]]] = []
    asked: set[int] = set()
    try:
        for uid_set, items in requests:
            uids = parse_uid_set(uid_set)
            if uids & asked:
                raise ValueError(f"uid_fetch_ahead: UIDs asked for twice ({uid_set})")
            asked |= uids
            sent.append((_send_fetch(client, uid_set, items), uids))
            if len(sent) > ahead:
                yield _answer(client, *sent.pop(0), pool)
        while sent:
            yield _answer(client, *sent.pop(0), pool)
    finally:
        for tag, _ in sent:  # the caller stopped, or a command failed: read the rest
            try:
                imap._command_complete("FETCH", tag)
            except Exception:  # the first error is the one raised
                break
        imap.untagged_responses.pop("FETCH", None)


def _send_fetch(
    client: IMAPClient, uid_set: str, items: Sequence[str], modifiers: Sequence[str] = ()
) -> str:
    args = ["FETCH", uid_set, "(" + " ".join(items) + ")"]
    if modifiers:
        args.append("(" + " ".join(modifiers) + ")")
    tag: str = client._imap._command("UID", *args)
    return tag


def _answer(
    client: IMAPClient, tag: str, uids: set[int], pool: dict[int, FetchData]
) -> dict[int, FetchData]:
    """The answer to the FETCH sent with ``tag``: read to its tagged line, then its UIDs'
    responses out of everything read so far."""
    imap = client._imap
    typ, data = imap._command_complete("FETCH", tag)
    for uid, values in _parsed(imap.untagged_responses.pop("FETCH", [])).items():
        pool.setdefault(uid, {}).update(values)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {_text(data)}")
    return {uid: pool.pop(uid) for uid in sorted(uids) if uid in pool}


def _fetched(client: IMAPClient, tag: str) -> dict[int, FetchData]:
    """The answer to the one FETCH sent with ``tag``, read to its tagged line."""
    imap = client._imap
    typ, data = imap._command_complete("FETCH", tag)
    if typ != "OK":
        imap.untagged_responses.pop("FETCH", None)
        raise IMAPClientError(f"fetch failed: {_text(data)}")
    typ, data = imap._untagged_response(typ, data, "FETCH")
    return _parsed(data)


def _parsed(data: list[Any]) -> dict[int, FetchData]:
    # An unsolicited FETCH without a UID would be keyed by its sequence number: drop it.
    data = [item for item in data if item is not None and _keep(item)]
    parsed = parse_fetch_response(data, False, True)  # aware datetimes
    return {int(uid): dict(values) for uid, values in parsed.items() if isinstance(uid, int)}


def _keep(item: Any) -> bool:
    """False for a whole FETCH response that lacks a UID; literal tails are kept."""
    head = item[0] if isinstance(item, tuple) else item
    if not isinstance(head, bytes) or not _RESPONSE_START.match(head):
        return True  # the tail of a response whose head had a literal
    return b"UID " in head.upper()


def clear_vanished(client: IMAPClient) -> None:
    client._imap.untagged_responses.pop("VANISHED", None)


def take_vanished(client: IMAPClient) -> set[int]:
    """UIDs reported by ``* VANISHED [(EARLIER)] <uid-set>`` since the last call."""
    found: set[int] = set()
    for line in client._imap.untagged_responses.pop("VANISHED", []) or []:
        text = line.decode("ascii", "replace") if isinstance(line, bytes) else str(line)
        text = text.replace("(EARLIER)", "").strip()
        found |= parse_uid_set(text)
    return found


def parse_uid_set(text: str) -> set[int]:
    out: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        if not part or "*" in part:
            continue
        low, _, high = part.partition(":")
        try:
            a, b = int(low), int(high or low)
        except ValueError:
            continue
        out.update(range(min(a, b), max(a, b) + 1))
    return out


def enable(client: IMAPClient, *extensions: str) -> set[str]:
    """ENABLE the extensions the server offers; returns those it confirmed."""
    try:
        confirmed = client.enable(*extensions)
    except IMAPClientError:
        return set()
    return {
        c.decode("ascii", "replace").upper() if isinstance(c, bytes) else str(c).upper()
        for c in confirmed
    }


def flag_names(flags: Iterable[bytes | str]) -> set[str]:
    return {(f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f)) for f in flags}


def _text(data: Any) -> str:
    if isinstance(data, list | tuple) and data:
        data = data[0]
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)


PUSHED = ("EXISTS", "EXPUNGE", "FETCH", "VANISHED", "RECENT")


def forget_pushed(client: IMAPClient) -> None:
    for name in PUSHED:
        client._imap.untagged_responses.pop(name, None)


def pushed_since_forget(client: IMAPClient) -> bool:
    """Whether the server announced a change (EXISTS, FETCH, ...) in passing since
    :func:`forget_pushed`; imaplib files such announcements away silently."""
    return any(client._imap.untagged_responses.get(name) for name in PUSHED)
