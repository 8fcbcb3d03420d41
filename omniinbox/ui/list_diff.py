"""How a list of ids goes from one order to another: the plan a list model applies with
remove, move and insert signals, so views keep their selection, current row and scroll.

Plain Python, no Qt. The plan is made on the reader thread, where the new ids are read, and
the GUI thread only applies it. Both cost what changed, not the length of the list: the ids
both lists start and end with are compared a chunk at a time (C speed), and only the ids
between them (the "window") are looked at, by C iterators over sets. That matters on the
reader too: Python work there holds the interpreter lock, which the GUI thread needs to
paint, so a long plan would slow the frames drawn meanwhile.

A plan is applied in three steps, each leaving a consistent list:
1. ``removed``: runs of old rows that left, removed bottom up;
2. ``kept``: if not None, the window's remaining ids in their new order (same length);
3. ``inserted``: runs of new rows that joined, inserted top down.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import not_

CHUNK = 8_192  # ids handled per C call: well under a millisecond

Run = tuple[int, int]  # (first, last) row numbers, both included


@dataclass(frozen=True, slots=True)
class Base:
    """What a model lists at one moment. The model never changes the list in place, so the
    reader may read it while the GUI thread goes on."""

    ids: list[int]
    version: int  # the model's count of id-list changes


@dataclass(frozen=True, slots=True)
class Listing:
    """A list read afresh, and the set of its ids."""

    ids: list[int]
    listed: set[int]


@dataclass(frozen=True, slots=True)
class ListDiff:
    version: int  # of the Base it goes from: stale if the model changed since
    start: int  # first row of the window (rows above it stay as they are)
    removed: tuple[Run, ...]  # old rows, ascending
    kept: list[int] | None  # the window's kept ids in their new order; None: order unchanged
    inserted: tuple[tuple[int, list[int]], ...]  # (first new row, its ids), ascending
    gone: list[int]  # the ids that left
    work: list[int]  # a copy of the Base's ids for the model to change (so: applied once)

    @property
    def unchanged(self) -> bool:
        return not self.removed and self.kept is None and not self.inserted


def listing(ids: Iterable[int]) -> Listing:
    """Ids read afresh, with their set (an id twice: the first one is kept)."""
    found = list(ids)
    listed = _set_of(found)
    if len(listed) != len(found):
        found = list(dict.fromkeys(found))
    return Listing(found, listed)


def diff(base: Base, new: list[int]) -> ListDiff:
    """The plan that takes ``base.ids`` to ``new``, which lists each id once (an id twice
    among the changed rows counts once: the list's length stays right)."""
    old = base.ids
    lo = common_prefix(old, new)
    tail = common_suffix(old, new, lo)
    was, now = old[lo : len(old) - tail], new[lo : len(new) - tail]
    now_set = _set_of(now)
    if len(now_set) != len(now):  # an id twice (view_ids lists each once: never, really)
        return diff(base, list(dict.fromkeys(new)))
    gone_rows = _missing(was, now_set)
    kept_count = len(was) - len(gone_rows)
    came_rows = _missing(now, _set_of(was)) if kept_count != len(now) else []
    gone, came = runs(gone_rows), runs(came_rows)
    kept_old, kept_new = _without(was, gone), _without(now, came)
    moved = len(kept_new) != common_prefix(kept_old, kept_new)
    return ListDiff(
        version=base.version,
        start=lo,
        removed=tuple((lo + a, lo + b) for a, b in gone),
        kept=kept_new if moved else None,
        inserted=tuple((lo + a, now[a : b + 1]) for a, b in came),
        gone=[was[r] for r in gone_rows],
        work=list(old) if gone or came or moved else old,
    )


def find(ids: list[int], cid: int, hint: int = 0) -> int | None:
    """Where ``cid`` is in ``ids``: looked for at ``hint``, then in ever wider spans
    around it (C scans), so a row that moved a little is found at once."""
    if 0 <= hint < len(ids) and ids[hint] == cid:
        return hint
    span = 64
    while True:
        lo, hi = max(0, hint - span), min(len(ids), hint + span)
        try:
            return ids.index(cid, lo, hi)
        except ValueError:
            if lo == 0 and hi == len(ids):
                return None
        span *= 16


def runs(rows: Iterable[int]) -> list[Run]:
    """Ascending row numbers as runs of consecutive rows."""
    found: list[Run] = []
    for r in rows:
        if found and found[-1][1] == r - 1:
            found[-1] = (found[-1][0], r)
        else:
            found.append((r, r))
    return found


def common_prefix(a: list[int], b: list[int]) -> int:
    """How many ids both lists start with."""
    n = min(len(a), len(b))
    for i in range(0, n, CHUNK):
        j = min(i + CHUNK, n)
        if a[i:j] != b[i:j]:
            return next(k for k in range(i, j) if a[k] != b[k])
        _let_others_run()
    return n


def common_suffix(a: list[int], b: list[int], floor: int) -> int:
    """How many ids both lists end with, leaving the first ``floor`` of each alone."""
    n = min(len(a), len(b)) - floor
    la, lb = len(a), len(b)
    for i in range(0, n, CHUNK):
        j = min(i + CHUNK, n)
        if a[la - j : la - i] != b[lb - j : lb - i]:
            return next(k for k in range(i, j) if a[la - 1 - k] != b[lb - 1 - k])
        _let_others_run()
    return n


def _set_of(ids: list[int]) -> set[int]:
    found: set[int] = set()
    for i in range(0, len(ids), CHUNK):
        found.update(ids[i : i + CHUNK])
        _let_others_run()
    return found


def _missing(ids: list[int], found: set[int]) -> list[int]:
    """Where the ids that ``found`` does not have are in ``ids``, ascending."""
    rows: list[int] = []
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        rows.extend(compress(range(i, i + len(part)), map(not_, map(found.__contains__, part))))
        _let_others_run()
    return rows


def _without(ids: list[int], dropped: list[Run]) -> list[int]:
    """``ids`` without the runs of rows (copied a slice at a time)."""
    if not dropped:
        return ids
    out: list[int] = []
    at = 0
    for first, last in dropped:
        out.extend(ids[at:first])
        at = last + 1
    out.extend(ids[at:])
    return out


def _let_others_run() -> None:
    """Between chunks: hand the interpreter to a thread waiting for it (the GUI thread),
    which otherwise may wait for the switch interval (5 ms) before it gets it."""
    time.sleep(0)
