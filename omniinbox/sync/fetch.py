"""Downloading files that were synced without their content, into the blob store.

Telegram files and big email attachments arrive as a name, a size and a ``remote_ref``; the
bytes come later from ``connector.download(remote_ref)``: when the agent opens or saves one,
or in the background for small ones once a sync has caught up (``prefetch``; during a long
first sync it would slow the text down: benchmarks/RESULTS.md, 8 Dec). Both run on the
account's file thread (never the GUI thread); every store access goes through ``call`` (the
single writer). A permanent failure (too big for the channel, the message is gone) is
remembered on the attachment, so its chip can say why and the prefetch does not try it again;
a transient one (offline) leaves the file waiting, to be fetched when the account is back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from omniinbox.connector import (
    AuthError,
    Connector,
    ConnectorError,
    PermanentError,
    TransientError,
)
from omniinbox.store import AttachmentRef, ChangeSet, Store

log = logging.getLogger(__name__)

PREFETCH_MAX = 2 * 1024 * 1024  # bytes: smaller files are fetched in the background
PREFETCH_BATCH = 40  # files per download_many: its pipelined FETCHes need a few

Call = Callable[[Callable[[Store], Any]], Any]


def can_download(connector: Connector) -> bool:
    """Whether the connector fetches files later (the contract's default only refuses)."""
    return type(connector).download is not Connector.download


def download_into_store(
    connector: Connector,
    call: Call,
    on_change: Callable[[ChangeSet], None],
    attachment_id: int,
) -> AttachmentRef:
    """The attachment with its content in the blob store (fetched now unless it was there).
    Raises the connector's error (its sentence says what to do); a permanent one is stored."""
    ref: AttachmentRef = call(lambda s: s.attachment_ref(attachment_id))
    if ref.present:
        return ref
    if not ref.remote_ref or not can_download(connector):
        name = connector.display_name or connector.kind or "this channel"
        raise PermanentError(f"{name} cannot download {ref.name} again; it was not kept")
    try:
        content = connector.download(ref.remote_ref)
    except PermanentError as exc:
        reason = str(exc)
        on_change(call(lambda s: s.set_fetch_error(ref.id, reason)))
        raise
    if not isinstance(content, bytes | bytearray):
        raise TransientError(f"the download of {ref.name} returned nothing; will retry")
    return _keep(call, on_change, ref, bytes(content))


def _keep(
    call: Call, on_change: Callable[[ChangeSet], None], ref: AttachmentRef, content: bytes
) -> AttachmentRef:
    on_change(call(lambda s: s.fill_attachment(ref.id, content)))
    fetched: AttachmentRef = call(lambda s: s.attachment_ref(ref.id))
    log.info("downloaded attachment %s (%d bytes)", ref.id, len(content))
    return fetched


def _fetch_together(
    connector: Connector,
    call: Call,
    on_change: Callable[[ChangeSet], None],
    batch: list[AttachmentRef],
) -> set[int]:
    """Where the connector can fetch many files in one go (IMAP: one FETCH per folder), the
    batch's files at once; returns the ids kept. The rest go one by one, which says why."""
    many = getattr(connector, "download_many", None)
    refs = [r for r in batch if r.remote_ref]
    if not callable(many) or len(refs) < 2:
        return set()
    got = many([r.remote_ref for r in refs])
    kept = set()
    for ref in refs:
        content = got.get(ref.remote_ref)
        if isinstance(content, bytes | bytearray) and content:
            _keep(call, on_change, ref, bytes(content))
            kept.add(ref.id)
    return kept


def prefetch(
    connector: Connector,
    call: Call,
    on_change: Callable[[ChangeSet], None],
    account_id: int,
    stop: threading.Event | None = None,
    max_size: int = PREFETCH_MAX,
) -> int:
    """Fetch this account's small pending files, newest first, until none is left, the
    account goes offline or ``stop`` is set. Returns how many were fetched."""
    if not can_download(connector):
        return 0
    fetched = 0
    tried: set[int] = set()
    while stop is None or not stop.is_set():
        batch = [
            ref
            for ref in call(lambda s: s.pending_attachments(account_id, max_size, PREFETCH_BATCH))
            if ref.id not in tried
        ]
        if not batch:
            break
        try:
            together = _fetch_together(connector, call, on_change, batch)
        except (TransientError, AuthError) as exc:
            log.info("prefetch for account %s paused: %s", account_id, exc)
            return fetched
        except ConnectorError as exc:
            log.info("fetching %d attachments together failed: %s", len(batch), exc)
            together = set()
        tried |= together
        fetched += len(together)
        for ref in batch:
            if ref.id in together:
                continue
            if stop is not None and stop.is_set():
                break
            tried.add(ref.id)
            try:
                download_into_store(connector, call, on_change, ref.id)
                fetched += 1
            except (TransientError, AuthError) as exc:
                log.info("prefetch for account %s paused: %s", account_id, exc)
                return fetched  # offline or signed out: the rest waits for the next sync
            except ConnectorError as exc:
                log.info("attachment %s was not prefetched: %s", ref.id, exc)
            except Exception:
                if stop is not None and stop.is_set():
                    return fetched  # the engine stops: its writer may be gone already
                log.exception("prefetching attachment %s failed", ref.id)
    return fetched
