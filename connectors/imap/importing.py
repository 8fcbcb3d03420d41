"""Reading one stored email (from an mbox file or a Maildir folder) as the contract's event.

The app's importer (omniinbox.sync.importing) finds this function through the entry-point
group ``omniinbox.mail_readers`` rather than importing this package, because the app never
imports connectors directly. It parses with the same code as an IMAP sync, so an imported
message gets the same remote id (the Message-ID, or the id derived from its bytes when it has
none), the same threading hints, the same notes and the same own-address rule as the copy a
sync would bring: importing never duplicates what a sync brought, and the other way round.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime

from omniinbox.domain import Identity, IdentityKind, NewMessage

from . import mime

log = logging.getLogger(__name__)

__all__ = ["read_message"]


def read_message(
    raw: bytes,
    *,
    own_addresses: Iterable[str] = (),
    folder_role: str = "",
    seen: bool = True,
    received_at: datetime | None = None,
) -> NewMessage:
    """The NewMessage for one stored message. Never raises: what cannot be read becomes a
    note, and at worst the bytes are shown as text (they are kept in ``raw`` either way).

    ``own_addresses``: the desk's addresses; mail From one of them is ours (outbound), as is
    everything in a folder whose ``folder_role`` is "sent". ``received_at`` stands in for a
    missing or garbage Date (e.g. the mbox "From " line's date or the Maildir file's time).
    """
    raw = bytes(raw)
    parsed = mime.parse_message(raw)
    try:
        return mime.to_new_message(
            parsed,
            raw,
            own_addresses=frozenset(a.strip().lower() for a in own_addresses if a.strip()),
            folder_role=folder_role,
            seen=seen,
            received_at=received_at,
        )
    except Exception as exc:  # one odd message never stops an import: keep its bytes
        log.exception("message %s could not be converted", parsed.message_id)
        return NewMessage(
            remote_id=parsed.message_id,
            sender=Identity.of(IdentityKind.EMAIL, parsed.from_.address),
            sender_name=parsed.from_.name,
            sent_at=received_at or datetime.now(UTC),
            text=raw.decode("utf-8", "replace").replace("\x00", ""),
            raw=raw,
            seen=seen,
            note=f"the message could not be read ({type(exc).__name__}); shown raw",
        )
