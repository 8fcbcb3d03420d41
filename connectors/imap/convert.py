"""Fetched bytes -> NewMessage, and a second process that parses half of each big batch.

MIME parsing is most of an initial sync's CPU time (benchmarks/RESULTS.md). mbsync only
copies bytes; we parse every message, so on a machine with two or more cores a batch of
``POOL_MIN`` whole messages or more is split: one worker process parses about half of the
bytes while the syncing thread parses the rest. Small batches (incremental syncs) never
start the worker. The worker is started with "spawn" (never fork: the app has threads and
Qt), lives while the connector syncs in batches and is stopped when a pull is caught up.
If it cannot start or fails, the batch is parsed here and the pool stays off: results are
the same either way, only slower. Not used in a frozen (PyInstaller) build unless its entry
point called ``multiprocessing.freeze_support()`` and set ``FROZEN_POOL_OK``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from omniinbox.domain import Identity, IdentityKind, NewMessage

from . import mime
from .wire import FetchData

log = logging.getLogger(__name__)

POOL_MIN = 120  # whole messages in one batch before a second process helps
FROZEN_POOL_OK = False  # a frozen app's entry point sets this after freeze_support()
PER_MESSAGE = 8_000  # parsing a message costs about as much as this many more bytes
_KEPT = (b"FLAGS", b"INTERNALDATE", b"X-GM-THRID")

Job = tuple[bytes, str, FetchData]


def internal_date(data: FetchData) -> datetime | None:
    value = data.get(b"INTERNALDATE")
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def convert(raw: bytes, role: str, data: FetchData, own_addresses: frozenset[str]) -> NewMessage:
    """One fetched message as the domain event; never raises (an odd message is kept raw)."""
    flags = {f.decode() if isinstance(f, bytes) else str(f) for f in data.get(b"FLAGS", ())}
    thread = data.get(b"X-GM-THRID")
    parsed = mime.parse_message(raw)
    try:
        return mime.to_new_message(
            parsed,
            raw,
            own_addresses=own_addresses,
            folder_role=role,
            thread_key=f"gm:{thread}" if thread else "",
            seen="\\Seen" in flags,
            received_at=internal_date(data),
        )
    except Exception as exc:  # one odd message must never stop the sync: keep its bytes
        log.exception("message %s could not be converted", parsed.message_id)
        return NewMessage(
            remote_id=parsed.message_id,
            sender=Identity.of(IdentityKind.EMAIL, parsed.from_.address),
            sender_name=parsed.from_.name,
            sent_at=internal_date(data) or datetime.now(UTC),
            text=raw.decode("utf-8", "replace"),
            raw=raw,
            note=f"the message could not be read ({type(exc).__name__}); shown raw",
        )


def _convert_in_worker(jobs: list[Job], own_addresses: frozenset[str]) -> list[NewMessage]:
    """The worker's share; the raw bytes are not sent back (the caller has them)."""
    return [replace(convert(raw, role, data, own_addresses), raw=None) for raw, role, data in jobs]


def _ready() -> bool:
    return True


class ParsePool:
    """Parses batches, with a worker process for big ones (see the module's notes)."""

    def __init__(self, own_addresses: frozenset[str]) -> None:
        self.own = frozenset(own_addresses)
        self._executor: ProcessPoolExecutor | None = None
        self.enabled = (os.cpu_count() or 1) > 1 and (
            not getattr(sys, "frozen", False) or FROZEN_POOL_OK
        )

    def one(self, raw: bytes, role: str, data: FetchData) -> NewMessage:
        return convert(raw, role, data, self.own)

    def many(self, jobs: Sequence[Job]) -> list[NewMessage]:
        """Events in the order of ``jobs``."""
        if len(jobs) < POOL_MIN or not self.enabled:
            return [self.one(*job) for job in jobs]
        executor = self._start()
        if executor is None:
            return [self.one(*job) for job in jobs]
        mine, theirs = _split(jobs)
        future = self._submit([jobs[i] for i in theirs])
        out: dict[int, NewMessage] = {i: self.one(*jobs[i]) for i in mine}
        remote = self._collect(future)
        for k, i in enumerate(theirs):
            out[i] = replace(remote[k], raw=jobs[i][0]) if remote else self.one(*jobs[i])
        return [out[i] for i in range(len(jobs))]

    def later(self, jobs: Sequence[Job]) -> Callable[[], list[NewMessage]]:
        """Start converting ``jobs`` in the worker (at least POOL_MIN // 2 of them) and return
        what gives their events, in order; parsed here, when called, otherwise."""
        jobs = list(jobs)
        if len(jobs) < POOL_MIN // 2 or not self.enabled or self._start() is None:
            return lambda: [self.one(*job) for job in jobs]
        future = self._submit(jobs)

        def result() -> list[NewMessage]:
            remote = self._collect(future)
            if remote is None:
                return [self.one(*job) for job in jobs]
            return [replace(event, raw=job[0]) for event, job in zip(remote, jobs, strict=True)]

        return result

    def _submit(self, jobs: Sequence[Job]) -> Future[list[NewMessage]] | None:
        slim = [(raw, role, _slim(data)) for raw, role, data in jobs]
        try:
            assert self._executor is not None
            return self._executor.submit(_convert_in_worker, slim, self.own)
        except Exception as exc:  # broken pool, interpreter shutting down
            self._give_up(exc)
            return None

    def _collect(self, future: Future[list[NewMessage]] | None) -> list[NewMessage] | None:
        if future is None:
            return None
        try:
            return future.result(timeout=300)
        except Exception as exc:
            self._give_up(exc)
            return None

    def _start(self) -> ProcessPoolExecutor | None:
        if self._executor is None:
            try:
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
                self._executor.submit(_ready)  # boots while this batch is parsed here
            except Exception as exc:
                self._give_up(exc)
        return self._executor

    def _give_up(self, exc: BaseException) -> None:
        log.warning("parsing mail in a second process failed (%s); parsing in one", exc)
        self.enabled = False
        self.close()

    def close(self, wait: bool = False) -> None:
        """Stop the worker; ``wait`` until it has exited (it is idle between pulls)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=True)


def _slim(data: FetchData) -> dict[bytes, Any]:
    """What convert reads, picklable: imapclient's FixedOffset time zone does not unpickle."""
    out = {key: data[key] for key in _KEPT if key in data}
    when = out.get(b"INTERNALDATE")
    if isinstance(when, datetime) and when.tzinfo is not None:
        out[b"INTERNALDATE"] = when.replace(tzinfo=timezone(when.utcoffset() or timedelta(0)))
    return out


def _split(jobs: Sequence[Job]) -> tuple[list[int], list[int]]:
    """Indices parsed here and in the worker, about half of the bytes each. The worker gets
    the first half (it starts while this thread is still handing the jobs over); the cost
    of a message is taken as PER_MESSAGE + its size."""
    cost = [PER_MESSAGE + len(raw) for raw, _, _ in jobs]
    total = sum(cost)
    seen = 0
    theirs: list[int] = []
    for i, weight in enumerate(cost):
        if seen + weight / 2 > total / 2:  # this one would mostly land past the middle
            return list(range(i, len(jobs))), theirs
        theirs.append(i)
        seen += weight
    return [], theirs
