"""Waiting for new mail: IMAP IDLE on INBOX (RFC 2177), renewed well before the server's
30-minute limit, or a STATUS poll where the server has no IDLE."""

from __future__ import annotations

import logging
import time

from .cursor import FolderState
from .session import Session
from .wire import forget_pushed, pushed_since_forget

log = logging.getLogger(__name__)

IDLE_RENEW = 25 * 60.0  # seconds; RFC 2177 servers may drop an IDLE after 30 minutes
POLL_EVERY = 30.0  # seconds, without IDLE
ACTIVITY = {b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED", b"RECENT"}


def wait_for_change(session: Session, states: dict[str, FolderState], deadline: float) -> bool:
    """True as soon as INBOX has something the cursor has not seen; False at the deadline."""
    assert session.folders is not None
    inbox = session.folders.inbox
    state = states.get(inbox)
    if not session.has("IDLE"):
        session.unselect()
        while not _changed(session, inbox, state):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(left, POLL_EVERY))
        return True
    client = session.client
    selected = session.select(inbox)
    forget_pushed(client)
    # Compared with the SELECT: whatever arrives after it is announced, in passing or in IDLE.
    now = {k.decode(): v for k, v in selected.items() if isinstance(v, int)}
    if _differs(now, state, session.condstore) or pushed_since_forget(client):
        return True
    while (left := deadline - time.monotonic()) > 0:
        client.idle()
        try:
            responses = client.idle_check(timeout=min(left, IDLE_RENEW))
        finally:
            _, more = client.idle_done()
        if any(_is_activity(r) for r in [*responses, *more]):
            return True
    return False


def _changed(session: Session, folder: str, state: FolderState | None) -> bool:
    items = ["UIDNEXT", "UIDVALIDITY"] + (["HIGHESTMODSEQ"] if session.condstore else [])
    status = {
        (k.decode() if isinstance(k, bytes) else str(k)): int(v)
        for k, v in session.client.folder_status(folder, items).items()
    }
    return _differs(status, state, session.condstore)


def _differs(now: dict[str, int], state: FolderState | None, condstore: bool) -> bool:
    """Whether the folder (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ) is ahead of the cursor."""
    if state is None or now.get("UIDVALIDITY") != state.uidvalidity:
        return True
    if now.get("UIDNEXT", 0) > state.last_uid + 1:
        return True
    return condstore and now.get("HIGHESTMODSEQ", 0) > state.highestmodseq


def _is_activity(response: object) -> bool:
    if not isinstance(response, tuple):
        return False
    return any(isinstance(part, bytes) and part.upper() in ACTIVITY for part in response[:2])
