"""The filters and counts the left column reads: others' conversations, categories, tags in
use, and finding a customer by name, handle or ticket."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from omniinbox.domain import IdentityKind, Status
from omniinbox.domain.clock import to_iso
from omniinbox.store import ConversationFilter, Store

from .helpers import msg


@pytest.fixture
def desk(store: Store) -> dict[str, int]:
    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(
        account,
        [
            msg("1", "one", sender="aigerim@work.kz", name="Aigerim Nurlanovna", thread="1"),
            msg("2", "two", sender="bolat@mail.kz", name="Bolat Abenov", thread="2", minutes=1),
            msg(
                "3", "three", sender="olena@ukr.net", name="Олена Коваленко", thread="3", minutes=2
            ),
            msg("4", "four", sender="aigerim.n@gmail.com", name="Aigerim N", thread="4", minutes=3),
        ],
        None,
    )
    rows = {r.contact_name: r.id for r in store.conversations()}
    return {
        "aigerim": rows["Aigerim Nurlanovna"],
        "bolat": rows["Bolat Abenov"],
        "olena": rows["Олена Коваленко"],
        "aigerim2": rows["Aigerim N"],
    }


def ids(store: Store, flt: ConversationFilter) -> set[int]:
    listed = store.conversation_ids(flt)
    assert store.count_conversations(flt) == len(listed)
    return set(listed)


def test_others_are_assigned_to_someone_else(store: Store, desk: dict[str, int]) -> None:
    me, dana = store.add_agent("Me").id, store.add_agent("Dana").id
    store.assign([desk["aigerim"]], me)
    store.assign([desk["bolat"], desk["olena"]], dana)
    store.set_status([desk["olena"]], Status.RESOLVED)
    others = ConversationFilter((Status.OPEN, Status.PENDING), assigned=True, exclude_owner=me)
    assert ids(store, others) == {desk["bolat"]}
    not_mine = ConversationFilter(exclude_owner=me)  # unassigned ones pass
    assert ids(store, not_mine) == {desk["bolat"], desk["olena"], desk["aigerim2"]}
    assert ids(store, ConversationFilter(assigned=True)) == {
        desk["aigerim"],
        desk["bolat"],
        desk["olena"],
    }


def test_a_category_holds_its_subcategories_only(store: Store, desk: dict[str, int]) -> None:
    store.set_category([desk["aigerim"]], "billing")
    store.set_category([desk["bolat"]], "billing.refund")
    store.set_category([desk["olena"]], "billingx")  # shares the start, is not below it
    assert ids(store, ConversationFilter(category="billing")) == {desk["aigerim"], desk["bolat"]}
    assert ids(store, ConversationFilter(category="billing.refund")) == {desk["bolat"]}
    assert store.category_counts() == {"billing": 2, "billingx": 1}
    assert store.category_counts(top_level=False) == {
        "billing": 1,
        "billing.refund": 1,
        "billingx": 1,
    }


def test_tags_in_use_are_counted(store: Store, desk: dict[str, int]) -> None:
    assert store.tag_counts() == {}
    store.set_tags(desk["aigerim"], ["vip", "refund"])
    store.set_tags(desk["bolat"], ["vip2"])
    store.set_tags(desk["olena"], ["vip", "«опт»"])
    assert store.tag_counts() == {"vip": 2, "refund": 1, "vip2": 1, "«опт»": 1}
    assert ids(store, ConversationFilter(tag="vip")) == {desk["aigerim"], desk["olena"]}
    assert ids(store, ConversationFilter(tag="«опт»")) == {desk["olena"]}
    assert ids(store, ConversationFilter(tag="vi")) == set()


def test_tag_and_category_lists_read_their_partial_indexes(store: Store) -> None:
    plan = " ".join(
        str(r[3])
        for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM conversations c"
            + ConversationFilter(tag="vip").where()[0],
            ConversationFilter(tag="vip").where()[1],
        )
    )
    assert "conversations_tagged" in plan
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"conversations_tagged", "conversations_categorised"} <= indexes


def test_customers_are_found_by_name_handle_or_ticket(store: Store, desk: dict[str, int]) -> None:
    found = store.find_customers("aigerim")
    assert {m.name for m in found} == {"Aigerim Nurlanovna", "Aigerim N"}
    assert found[0].name == "Aigerim N"  # the most recently active first
    assert [m.name for m in store.find_customers("work.kz")] == ["Aigerim Nurlanovna"]
    assert [m.name for m in store.find_customers("коваленко олена")] == ["Олена Коваленко"]
    (olena,) = store.find_customers("коваленко")
    assert olena.handles == ("olena@ukr.net",) and olena.conversations == 1
    ticket = store.conversation(desk["bolat"]).ticket
    assert [m.name for m in store.find_customers(f"#{ticket}")] == ["Bolat Abenov"]
    assert store.find_customers("#999999") == []
    assert store.find_customers("nobody-like-this") == []
    assert store.find_customers("   ") == []


def test_finding_customers_leaves_one_out_and_stops_at_the_limit(
    store: Store, desk: dict[str, int]
) -> None:
    keep = store.conversation(desk["aigerim"]).contact_id
    assert [m.name for m in store.find_customers("aigerim", exclude=keep)] == ["Aigerim N"]
    assert len(store.find_customers("aigerim", limit=1)) == 1


def test_a_telegram_handle_finds_its_customer(store: Store) -> None:
    account = store.add_account("Bot", "telegram", {}, "telegram").id
    store.ingest(
        account, [msg("t1", "hi", sender="5001", name="Giorgi", kind=IdentityKind.TELEGRAM)], None
    )
    assert [m.name for m in store.find_customers("5001")] == ["Giorgi"]


def test_sla_clocks_due_before_a_time(store: Store, desk: dict[str, int]) -> None:
    now = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    store.set_sla(desk["aigerim"], now - timedelta(minutes=5), "late")  # overdue
    store.set_sla(desk["bolat"], now + timedelta(minutes=30), "soon")
    store.set_sla(desk["olena"], now + timedelta(hours=3), "ok")
    flt = ConversationFilter(sla_due_before=to_iso(now + timedelta(hours=1)))
    assert store.conversation_ids(flt, "sla") == [desk["aigerim"], desk["bolat"]]
    assert store.count_conversations(flt) == 2
    assert store.conversation_ids(flt, "sla", limit=1) == [desk["aigerim"]]
