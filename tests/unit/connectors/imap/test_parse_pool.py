"""The second parsing process (convert.ParsePool): a big batch split across two processes
gives exactly the events one process gives, in order; a worker that fails costs speed only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from imapclient.fixed_offset import FixedOffset
from omniinbox_connectors.imap import convert

from omniinbox.domain import Direction

from .mail import text_mail

OWN = frozenset({"support@shop.kz"})
LANGUAGES = ["Здравствуйте, где мой заказ?", "Сәлеметсіз бе, тапсырыс қайда?", "Where is it?"]


def jobs(n: int) -> list[convert.Job]:
    out: list[convert.Job] = []
    for i in range(n):
        raw = text_mail(
            f"{LANGUAGES[i % 3]} #{i}\n" * (1 + i % 7),
            ("utf-8", "windows-1251", "koi8-r")[i % 3] if i % 3 != 1 else "utf-8",
            subject=f"Order {i}".encode(),
        ).replace(b"<m1@example.kz>", f"<m{i}@example.kz>".encode())
        if i % 4 == 3:  # no Date: the INTERNALDATE stands in
            raw = raw.replace(b"Date: Mon, 13 Nov 2017 08:01:13 +0600\r\n", b"")
        data = {
            b"FLAGS": (b"\\Seen",) if i % 2 else (),
            # what imapclient hands over: its own time zone class, which does not unpickle
            b"INTERNALDATE": datetime(2026, 11, 2, 9, i % 60, tzinfo=FixedOffset(300)),
            b"UID": i + 1,
        }
        out.append((raw, "sent" if i % 5 == 0 else "inbox", data))
    return out


@pytest.fixture
def pool() -> object:
    made = convert.ParsePool(OWN)
    made.enabled = True  # also on a one-core machine
    yield made
    made.close(wait=True)


def test_a_big_batch_split_across_two_processes_gives_the_same_events(
    pool: convert.ParsePool,
) -> None:
    batch = jobs(convert.POOL_MIN + 30)
    alone = [convert.convert(raw, role, data, OWN) for raw, role, data in batch]

    split = pool.many(batch)

    assert pool._executor is not None and pool.enabled  # the worker did take part
    assert split == alone
    assert [m.raw for m in split] == [raw for raw, _, _ in batch]  # raws kept, not re-sent
    assert split[0].direction is Direction.OUT and split[1].seen
    assert split[3].sent_at.utcoffset() == timedelta(hours=5)
    again = pool.many(batch)  # the same worker, the next batch
    assert again == alone
    pool.close(wait=True)
    assert pool._executor is None


def test_small_batches_never_start_a_process(pool: convert.ParsePool) -> None:
    batch = jobs(5)
    assert pool.many(batch) == [convert.convert(r, role, d, OWN) for r, role, d in batch]
    assert pool._executor is None


def test_a_failing_worker_falls_back_to_one_process(
    pool: convert.ParsePool, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = jobs(convert.POOL_MIN)
    batch[0] = (batch[0][0], batch[0][1], {b"INTERNALDATE": Unpicklable()})
    monkeypatch.setattr(convert, "_slim", lambda data: dict(data))  # let it reach the pipe

    events = pool.many(batch)

    assert [e.remote_id for e in events] == [f"m{i}@example.kz" for i in range(len(batch))]
    assert not pool.enabled and pool._executor is None  # off for the rest of the sync
    assert pool.many(batch[:3])[2].remote_id == "m2@example.kz"


class Unpicklable:
    def __reduce__(self) -> object:
        raise TypeError("cannot be sent to another process")


def test_the_split_gives_the_worker_about_half_the_work() -> None:
    sizes = [1_000] * 10 + [400_000]
    batch = [(b"x" * size, "inbox", {}) for size in sizes]
    mine, theirs = convert._split(batch)
    assert sorted(mine + theirs) == list(range(len(sizes)))
    assert theirs == list(range(10)) and mine == [10]
    even = convert._split([(b"x" * 100, "inbox", {})] * 10)
    assert even == (list(range(5, 10)), list(range(5)))


def test_internal_dates_cross_the_process_boundary_exactly() -> None:
    when = datetime(2026, 11, 2, 9, 30, tzinfo=FixedOffset(-210))
    slim = convert._slim({b"INTERNALDATE": when, b"BODY[]": b"big", b"X-GM-THRID": 7})
    assert slim == {b"INTERNALDATE": when, b"X-GM-THRID": 7}
    assert slim[b"INTERNALDATE"].tzinfo == timezone(timedelta(minutes=-210))
