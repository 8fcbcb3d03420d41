"""pull_ahead: the next batch is pulled while the last one is stored, in order, never lost."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from omniinbox.connector import Batch, TransientError
from omniinbox.domain import Identity, IdentityKind, NewMessage
from omniinbox.sync.pipeline import pull_ahead

WAIT = 10.0  # seconds before a missing overlap fails the test instead of hanging it


def message(n: int) -> NewMessage:
    return NewMessage(
        remote_id=f"m{n}",
        sender=Identity.of(IdentityKind.EMAIL, f"c{n}@example.com"),
        sender_name=f"Customer {n}",
        sent_at=datetime(2026, 12, 1, tzinfo=UTC),
        text=f"message {n}",
    )


class Remote:
    """Batches of one message each, numbered from the cursor; ``fail_at`` raises there."""

    def __init__(self, total: int, fail_at: int | None = None) -> None:
        self.total = total
        self.fail_at = fail_at
        self.pulled: list[str] = []

    def pull(self, cursor: str) -> Batch:
        n = int(cursor or 0)
        self.pulled.append(cursor)
        if n == self.fail_at:
            raise TransientError("the server went away")
        return Batch([message(n)], str(n + 1), more=n + 1 < self.total)


def test_every_batch_is_stored_once_in_order_with_the_cursor_after_it() -> None:
    remote = Remote(5)
    stored: list[tuple[str, str]] = []
    result = pull_ahead(
        remote.pull, lambda b: stored.append((b.events[0].remote_id, b.cursor)), "", max_batches=99
    )
    assert stored == [("m0", "1"), ("m1", "2"), ("m2", "3"), ("m3", "4"), ("m4", "5")]
    assert remote.pulled == ["", "1", "2", "3", "4"]
    assert (result.batches, result.events) == (5, 5)


def test_the_next_pull_runs_while_the_last_batch_is_stored() -> None:
    remote = Remote(3)
    second_pull = threading.Event()
    overlapped: list[bool] = []

    def pull(cursor: str) -> Batch:
        if cursor == "1":
            second_pull.set()
        return remote.pull(cursor)

    def ingest(batch: Batch) -> None:
        if batch.cursor == "1":  # the first batch waits until the second one is pulled
            overlapped.append(second_pull.wait(WAIT))

    pull_ahead(pull, ingest, "", max_batches=99)
    assert overlapped == [True]


def test_a_failed_ingest_stops_the_round_and_at_most_one_batch_was_pulled_ahead() -> None:
    remote = Remote(10)
    stored: list[str] = []

    def ingest(batch: Batch) -> None:
        if batch.cursor == "3":
            raise RuntimeError("disk full")
        stored.append(batch.cursor)

    with pytest.raises(RuntimeError, match="disk full"):
        pull_ahead(remote.pull, ingest, "", max_batches=99)
    assert stored == ["1", "2"]
    assert len(remote.pulled) <= 4  # batch 3 failed while batch 4 was pulled, no further


def test_a_failed_pull_lets_the_running_ingest_commit_first() -> None:
    remote = Remote(10, fail_at=2)
    release = threading.Event()
    stored: list[str] = []

    def pull(cursor: str) -> Batch:
        if cursor == "2":
            release.set()  # batch 2's ingest is still running when this pull fails
        return remote.pull(cursor)

    def ingest(batch: Batch) -> None:
        if batch.cursor == "2":
            assert release.wait(WAIT)
        stored.append(batch.cursor)

    with pytest.raises(TransientError):
        pull_ahead(pull, ingest, "", max_batches=99)
    assert stored == ["1", "2"]


def test_max_batches_bounds_a_connector_that_always_has_more() -> None:
    remote = Remote(1_000)
    result = pull_ahead(remote.pull, lambda b: None, "", max_batches=7)
    assert result.batches == 7
    assert remote.pulled[-1] == "6"
