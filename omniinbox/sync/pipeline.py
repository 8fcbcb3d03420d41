"""Pull the next batch while the writer stores the last one.

An initial sync is a chain of pull -> ingest -> pull -> ingest. Pulling waits on the network
and parses; ingesting is SQLite on the writer thread. Done one after the other, the server
sits idle while we store and the store sits idle while the server sends. Here batch N+1 is
pulled while batch N is ingested, with at most one batch waiting, so memory stays bounded
by two batches.

What stays true:
- batches are ingested one at a time, in the order they were pulled, each with the cursor
  after it in ONE transaction (the store's ingest), so a crash loses or doubles nothing: the
  next round pulls again from the last cursor committed;
- the cursor handed to the next pull is the one after the previous batch, committed or not
  yet; if that ingest fails, the batch pulled meanwhile is dropped (it is pulled again from
  the committed cursor next round) and the error is raised after the running ingest ended;
- nothing here knows Qt or SQL: ``pull`` and ``ingest`` are the caller's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from omniinbox.connector import Batch


@dataclass(frozen=True, slots=True)
class Pulled:
    batches: int
    events: int


def pull_ahead(
    pull: Callable[[str], Batch],
    ingest: Callable[[Batch], object],
    cursor: str,
    *,
    max_batches: int,
    name: str = "omniinbox-ingest",
) -> Pulled:
    """Pull from ``cursor`` until a batch says there is no more (or ``max_batches``),
    handing each batch to ``ingest`` on a thread of its own while the next one is pulled.
    Returns when the last ingest has ended; raises the first error of either side."""
    batches = events = 0
    pending: Future[object] | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=name) as hand:
        try:
            for _ in range(max_batches):
                batch = pull(cursor)
                if pending is not None:
                    pending.result()  # the previous batch is stored before this one goes
                pending = hand.submit(ingest, batch)
                batches += 1
                events += len(batch.events)
                if not batch.more:
                    break
                cursor = batch.cursor
        finally:
            if pending is not None and not pending.done():
                # A pull failed: let the running ingest commit. Its own error, if any, is
                # not lost: that batch was not committed and is pulled again next round.
                with contextlib.suppress(Exception):
                    pending.result()
        if pending is not None:
            pending.result()
    return Pulled(batches, events)
