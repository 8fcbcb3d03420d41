"""The few IMAP exchanges imapclient has no method for, kept in one place.

imapclient 4's ``fetch()`` drops responses for anything but explicitly listed message ids,
so a UID range ("1:412") with CHANGEDSINCE/VANISHED modifiers goes through imaplib directly,
and the untagged VANISHED response (RFC 7162) is read from imaplib's response table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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
    args = ["FETCH", uid_set, "(" + " ".join(items) + ")"]
    if modifiers:
        args.append("(" + " ".join(modifiers) + ")")
    imap = client._imap
    imap.untagged_responses.pop("FETCH", None)  # stale unsolicited flag updates
    tag = imap._command("UID", *args)
    typ, data = imap._command_complete("FETCH", tag)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {_text(data)}")
    typ, data = imap._untagged_response(typ, data, "FETCH")
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
