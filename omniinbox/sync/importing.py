"""Importing mail history from an mbox file or a Maildir folder, resumably, without doubles.

The bytes of each message are turned into the contract's NewMessage by the email reader the
email connector registers under the entry-point group ``omniinbox.mail_readers`` (the app
never imports a connector package). Parsing happens on the caller's thread (the CLI's, or a
worker thread of the window, never the GUI thread); every write goes through ``write``: the
engine's single writer in the window, the store itself in the CLI. Each batch and the
source's resume point commit together (store.imports), so a kill or a Cancel resumes where
the last commit left off, and a message already in the workspace is skipped.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol, TypeVar

from omniinbox.domain import Account, NewMessage
from omniinbox.store import ChangeSet, Store, StoreError
from omniinbox.store.imports import DONE, FAILED, PAUSED, ImportRecord
from omniinbox.sync.mail_sources import (
    MaildirSource,
    MboxSource,
    SourceError,
    StoredMail,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

READER_GROUP = "omniinbox.mail_readers"
READER_NAME = "email"
IMPORTED_ACCOUNT = "Imported mail"
KINDS = ("mbox", "maildir")
BATCH_MESSAGES = 200
BATCH_BYTES = 16 << 20

Write = Callable[[Callable[[Store], Any]], Any]


class MailReader(Protocol):
    def __call__(
        self,
        raw: bytes,
        *,
        own_addresses: Sequence[str] = (),
        folder_role: str = "",
        seen: bool = True,
        received_at: Any = None,
    ) -> NewMessage: ...


class ImportFailed(SourceError):
    """The import cannot start or go on; the message is a sentence for the user."""


def load_reader() -> MailReader:
    """The email reader registered by the email connector."""
    for ep in entry_points(group=READER_GROUP):
        if ep.name == READER_NAME:
            try:
                reader: MailReader = ep.load()
            except Exception as exc:
                raise ImportFailed(f"the email reader could not be loaded: {exc}") from None
            return reader
    raise ImportFailed(
        "no email reader is installed (the email connector registers it under "
        f"{READER_GROUP}); reinstall OmniInbox"
    )


def own_addresses(account: Account, extra: Sequence[str] = ()) -> list[str]:
    """The desk's own addresses for this account: mail from them is ours (outbound)."""
    found = [account.config.get("address", ""), *account.config.get("aliases", "").split(",")]
    found += list(extra)
    return list(dict.fromkeys(a.strip().lower() for a in found if a.strip()))


def choose_account(store: Store, name: str | None, own: Sequence[str] = ()) -> Account:
    """The email account named ``name``, or the "Imported mail" account (made on first use)."""
    if not name:
        return store.import_account(IMPORTED_ACCOUNT, own)
    account = store.account_by_name(name)
    if account.channel.value != "email":
        raise ImportFailed(
            f"{name} is a {account.channel.value} account; mail can be imported only into an "
            "email account"
        )
    return account


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """``done``/``total`` in ``unit`` (bytes of an mbox, files of a Maildir)."""

    done: int
    total: int
    unit: str
    added: int
    skipped: int
    failed: int


@dataclass(frozen=True, slots=True)
class ImportSummary:
    record: ImportRecord
    added: int  # in this run
    skipped: int
    failed: int
    problems: list[tuple[str, str]]
    cancelled: bool = False

    @property
    def nothing_new(self) -> bool:
        return self.added == 0 and not self.cancelled


class MailImport:
    """One import of one source into one account. ``run`` may be called again to resume."""

    def __init__(
        self,
        kind: str,
        path: Path,
        account: Account,
        *,
        own: Sequence[str] = (),
        reader: MailReader | None = None,
        batch_messages: int = BATCH_MESSAGES,
        batch_bytes: int = BATCH_BYTES,
    ) -> None:
        if kind not in KINDS:
            raise ImportFailed(f"unknown kind of source {kind!r}: mbox or maildir")
        self.kind = kind
        self.path = Path(path).expanduser().resolve()
        self.account = account
        self.own = own_addresses(account, own)
        self.source: MboxSource | MaildirSource = (
            MboxSource(self.path) if kind == "mbox" else MaildirSource(self.path)
        )
        self.reader = reader or load_reader()
        self.batch_messages = max(1, batch_messages)
        self.batch_bytes = batch_bytes

    def run(
        self,
        write: Write,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
        announce: Callable[[ChangeSet], None] | None = None,
        *,
        restart: bool = False,
    ) -> ImportSummary:
        cancel = cancel or threading.Event()
        key = str(self.path)
        old: ImportRecord | None = write(lambda s: s.find_import(self.kind, key, self.account.id))
        items, start, total, restart = self._plan(write, old, restart)
        record: ImportRecord = write(
            lambda s: s.start_import(
                self.kind,
                key,
                self.account.id,
                fingerprint=self.source.fingerprint,
                size=getattr(self.source, "size", 0),
                total=total,
                restart=restart,
            )
        )
        counts = [0, 0, 0]  # added, skipped, failed in this run
        done = 0 if restart else start
        try:
            for batch in self._batches(items):
                stored = self._store(write, record.id, batch, counts, announce)
                done = stored if self.kind == "mbox" else done + len(batch)
                if progress is not None:
                    progress(ImportProgress(done, total, self._unit, *counts))
                if cancel.is_set():
                    break
        except (StoreError, SourceError, OSError) as exc:
            sentence = (
                str(exc)
                if not isinstance(exc, OSError)
                else (f"{self.path} could not be read: {exc.strerror or exc}")
            )
            write(lambda s: s.finish_import(record.id, FAILED, sentence))
            raise ImportFailed(
                f"the import stopped: {sentence}; what was imported so far is kept, and "
                "running it again continues from there"
            ) from None
        cancelled = cancel.is_set()
        final: ImportRecord = write(
            lambda s: s.finish_import(record.id, PAUSED if cancelled else DONE)
        )
        problems: list[tuple[str, str]] = write(lambda s: s.import_problems(record.id))
        return ImportSummary(final, counts[0], counts[1], counts[2], problems, cancelled)

    @property
    def _unit(self) -> str:
        return "bytes" if self.kind == "mbox" else "files"

    # --- where to start -----------------------------------------------------------------------

    def _plan(
        self, write: Write, old: ImportRecord | None, restart: bool
    ) -> tuple[Iterator[StoredMail], int, int, bool]:
        """(messages to read, where this run starts, total, restart)."""
        if isinstance(self.source, MboxSource):
            src = self.source
            resume = (
                not restart
                and old is not None
                and old.fingerprint == src.fingerprint
                and old.position <= src.size
                and src.starts_message(old.position)
            )
            if old is not None and not restart and not resume:
                log.info("%s changed since it was imported; reading it from the start", src.path)
            start = old.position if resume and old is not None else 0
            return src.messages(start), start, src.size, not resume and old is not None
        maildir = self.source
        files = maildir.files()
        done: set[str] = set()
        if old is not None and not restart:
            done = write(lambda s: s.import_done_keys(old.id))
        todo = [f for f in files if f.key not in done]
        items = (maildir.read(f) for f in todo)
        return items, len(files) - len(todo), len(files), restart and old is not None

    def _batches(self, items: Iterator[StoredMail]) -> Iterator[list[StoredMail]]:
        batch: list[StoredMail] = []
        size = 0
        for item in items:
            batch.append(item)
            size += len(item.raw)
            if len(batch) >= self.batch_messages or size >= self.batch_bytes:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    # --- one batch ----------------------------------------------------------------------------

    def _store(
        self,
        write: Write,
        import_id: int,
        batch: list[StoredMail],
        counts: list[int],
        announce: Callable[[ChangeSet], None] | None,
    ) -> int:
        """Parse and store one batch; returns the mbox position after it."""
        messages: list[NewMessage] = []
        keys: list[str] = []
        problems: list[tuple[str, str]] = []
        failed = 0
        for item in batch:
            where = self._where(item)
            if not item.raw:
                failed += 1
                problems.append((where, item.problem or "the message is empty"))
                continue
            msg = self._read(item)
            if item.problem:
                problems.append((where, item.problem))
                msg = dataclasses.replace(
                    msg, note="; ".join(filter(None, (msg.note, item.problem)))
                )
            messages.append(msg)
            keys.append(item.key)
        position = batch[-1].end if self.kind == "mbox" else None
        result = write(
            lambda s: s.import_batch(
                import_id,
                self.account.id,
                messages,
                position=position,
                keys=keys if self.kind == "maildir" else (),
                read=len(batch),
                problems=problems,
                failed=failed,
            )
        )
        counts[0] += result.added
        counts[1] += result.skipped
        counts[2] += failed
        if announce is not None and result.changes:
            announce(result.changes)
        return position or 0

    def _where(self, item: StoredMail) -> str:
        return f"byte {item.key}" if self.kind == "mbox" else item.key

    def _read(self, item: StoredMail) -> NewMessage:
        try:
            return self.reader(
                item.raw,
                own_addresses=self.own,
                folder_role=item.role,
                seen=item.seen,
                received_at=item.received_at,
            )
        except Exception as exc:  # the reader never raises; if it does, the bytes are kept
            log.exception("the email reader failed on %s", self._where(item))
            raise ImportFailed(f"the email reader failed ({type(exc).__name__})") from None
