"""The list diff plan (omniinbox/ui/list_diff.py, plain Python): applied in its three steps
as the list model does, it must give exactly the new list and name the ids that left; lists
longer than a chunk take the chunked paths."""

from __future__ import annotations

import random

import pytest

from omniinbox.ui.list_diff import (
    CHUNK,
    Base,
    ListDiff,
    common_prefix,
    common_suffix,
    diff,
    find,
    listing,
    runs,
)


def apply_steps(old: list[int], plan: ListDiff) -> list[int]:
    """The model's three steps, on a plain list; each leaves as many rows as it should."""
    ids = list(old)
    for first, last in reversed(plan.removed):
        del ids[first : last + 1]
    assert len(ids) == len(old) - len(plan.gone)
    if plan.kept is not None:
        assert sorted(ids[plan.start : plan.start + len(plan.kept)]) == sorted(plan.kept)
        ids[plan.start : plan.start + len(plan.kept)] = plan.kept
    for first, run in plan.inserted:
        ids[first:first] = run
    return ids


def check(old: list[int], new: list[int]) -> ListDiff:
    snapshot = list(old)
    plan = diff(Base(old, version=7), new)
    assert plan.version == 7
    assert apply_steps(plan.work, plan) == new
    assert sorted(plan.gone) == sorted(set(old) - set(new))
    assert old == snapshot  # the Base's list is never changed: the work is a copy
    assert plan.work is not old or plan.unchanged
    return plan


def test_the_same_list_is_no_change_at_all() -> None:
    ids = list(range(1, 50))
    plan = check(ids, list(ids))
    assert plan.unchanged and plan.work is ids  # nothing copied


def test_a_row_leaving_is_one_removed_row() -> None:
    old = list(range(1, 101))
    plan = check(old, [c for c in old if c != 40])
    assert plan.removed == ((39, 39),) and plan.kept is None and not plan.inserted


def test_a_row_joining_is_one_inserted_row() -> None:
    old = list(range(1, 101))
    new = [*old[:60], 500, *old[60:]]
    plan = check(old, new)
    assert plan.inserted == ((60, [500]),) and plan.kept is None and not plan.removed


def test_a_row_moving_to_the_top_reorders_only_the_rows_above_it() -> None:
    old = list(range(1, 101))
    new = [70] + [c for c in old if c != 70]
    plan = check(old, new)
    assert plan.start == 0 and plan.kept == new[:70] and not plan.removed and not plan.inserted


def test_several_at_once_come_as_runs() -> None:
    old = list(range(1, 201))
    new = [900, 901, 150] + [c for c in old if c not in {150, 10, 11, 12, 99}]
    new[120:120] = [902]
    plan = check(old, new)
    assert plan.removed == ((9, 11), (98, 98))  # 150 stays: it moves
    assert [(first, ids) for first, ids in plan.inserted] == [(0, [900, 901]), (120, [902])]
    assert plan.kept is not None and plan.kept[0] == 150


def test_everything_replaced_and_from_and_to_nothing() -> None:
    check([1, 2, 3], [4, 5])
    check([], [4, 5])
    check([1, 2, 3], [])


@pytest.mark.parametrize("size", [30, CHUNK * 3 + 17])
def test_random_changes_on_short_and_long_lists(size: int) -> None:
    rnd = random.Random(size)
    for changes in (1, 3, 40):
        old = rnd.sample(range(1, size * 4), size)
        new = list(old)
        for _ in range(changes):
            kind = rnd.choice(("leave", "join", "top", "move"))
            if kind == "leave" and new:
                new.pop(rnd.randrange(len(new)))
            elif kind == "join":
                new.insert(rnd.randrange(len(new) + 1), size * 4 + rnd.randrange(10**6))
            elif new:
                cid = new.pop(rnd.randrange(len(new)))
                new.insert(0 if kind == "top" else rnd.randrange(len(new) + 1), cid)
        new = list(dict.fromkeys(new))
        check(old, new)


def test_an_id_twice_among_the_changed_rows_counts_once() -> None:
    plan = diff(Base([1, 2, 3], 0), [3, 1, 3, 2, 1])
    assert apply_steps([1, 2, 3], plan) == [3, 1, 2]


def test_find_looks_near_the_hint_first_and_then_everywhere() -> None:
    ids = list(range(CHUNK * 4))
    assert find(ids, 5_000, 5_000) == 5_000
    assert find(ids, 5_000, 4_990) == 5_000  # moved a little
    assert find(ids, 5_000, 30_000) == 5_000  # moved far
    assert find(ids, 0) == 0 and find(ids, len(ids) - 1) == len(ids) - 1
    assert find(ids, -1, 100) is None and find([], 1) is None


def test_common_ends_are_found_across_chunks() -> None:
    a = list(range(CHUNK * 2 + 5))
    b = [*a[: CHUNK + 3], -1, *a[CHUNK + 3 :]]
    assert common_prefix(a, b) == CHUNK + 3
    assert common_suffix(a, b, CHUNK + 3) == len(a) - CHUNK - 3
    assert common_prefix(a, list(a)) == len(a)
    assert common_suffix([1, 2], [1, 2], 2) == 0  # nothing left after the common start


def test_runs_of_rows() -> None:
    assert runs([1, 2, 3, 7, 9, 10]) == [(1, 3), (7, 7), (9, 10)]
    assert runs([]) == []


def test_a_listing_keeps_the_first_of_each_id() -> None:
    found = listing([5, 3, 5, 8, 3])
    assert found.ids == [5, 3, 8]
    assert found.listed == {3, 5, 8}
