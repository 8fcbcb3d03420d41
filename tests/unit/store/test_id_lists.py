"""Id lists read in one SQLite step (group_concat): the same ids in the same order as the
plain query, for every list order, filters and limits; the text parsed a slice at a time."""

from __future__ import annotations

import pytest

from omniinbox.domain import Status
from omniinbox.store import ConversationFilter, Store
from omniinbox.store.id_lists import parse_ids, read_ids
from omniinbox.store.queries import ORDERS

from .helpers import msg


@pytest.fixture
def many(store: Store) -> Store:
    """300 conversations, many with the same last-message time (ties broken by id)."""
    account = store.add_account("Support", "imap", {}, "email").id
    events = [
        msg(f"m{i}", f"order {i}", sender=f"c{i % 40}@x.kz", thread=f"t{i}", minutes=(i * 7) % 23)
        for i in range(300)
    ]
    store.ingest(account, events, None)
    ids = store.conversation_ids()
    store.set_status(ids[::5], Status.RESOLVED)
    return store


def _plain(store: Store, flt: ConversationFilter, order: str, limit: int | None) -> list[int]:
    where, params = flt.where()
    sql = f"SELECT c.id FROM conversations c{where} ORDER BY {ORDERS[order]}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [r[0] for r in store.db.execute(sql, params)]


@pytest.mark.parametrize("order", sorted(ORDERS))
@pytest.mark.parametrize("limit", [None, 1, 37])
@pytest.mark.parametrize(
    "flt", [ConversationFilter(), ConversationFilter((Status.RESOLVED,))], ids=["all", "resolved"]
)
def test_same_ids_in_the_same_order(
    many: Store, order: str, limit: int | None, flt: ConversationFilter
) -> None:
    expected = _plain(many, flt, order, limit)
    assert expected, "the desk lists something"
    assert many.conversation_ids(flt, order, limit) == expected


def test_nothing_listed_is_an_empty_list(many: Store) -> None:
    assert many.conversation_ids(ConversationFilter(contact_id=-1)) == []


def test_parse_ids_a_slice_at_a_time() -> None:
    ids = list(range(1, 600_000, 3))
    text = ",".join(map(str, ids))
    assert len(text) > 3 * 256 * 1024  # several slices
    assert parse_ids(text) == ids
    assert parse_ids("42") == [42]


def test_only_one_column_queries(many: Store) -> None:
    with pytest.raises(ValueError, match="one column"):
        read_ids(many.db, "SELECT c.id, c.ticket FROM conversations c")
