from __future__ import annotations

import pytest

from omniinbox.domain import IdentityKind
from omniinbox.store import ConversationFilter, Store, StoreError

from .helpers import msg


@pytest.fixture
def two(store: Store) -> tuple[int, int]:
    mail = store.add_account("Mail", "imap", {}, "email").id
    tg = store.add_account("Telegram", "telegram", {}, "telegram").id
    store.ingest(
        mail, [msg("a", "invoice please", sender="olga@example.ru", name="Olga Petrenko")], None
    )
    store.ingest(
        tg,
        [msg("t1", "посылка пришла мятая", sender="4242", name="Оля", kind=IdentityKind.TELEGRAM)],
        None,
    )
    by_channel = {r.channel: r.contact_id for r in store.conversations()}
    return by_channel["email"] or 0, by_channel["telegram"] or 0


def test_merging_makes_one_customer_with_both_histories(store: Store, two: tuple[int, int]) -> None:
    olga, olya = two
    store.merge_customers(olga, olya, actor="Dana")
    card = store.customer(olga)
    assert {i.kind for i in card.contact.identities} == {IdentityKind.EMAIL, IdentityKind.TELEGRAM}
    history = store.conversations(ConversationFilter(contact_id=olga))
    assert {r.channel for r in history} == {"email", "telegram"}
    assert [h.customer for h in store.search("мятая")] == ["Olga Petrenko"]
    assert len(store.search("from:4242")) == 2  # both conversations are the same customer now


def test_undo_restores_exactly_what_moved(store: Store, two: tuple[int, int]) -> None:
    olga, olya = two
    merge = store.merge_customers(olga, olya)
    assert store.merges_of(olga)[0][:2] == (merge, olya)
    store.unmerge(merge)
    assert store.customer(olya).contact.identities[0].value == "4242"
    assert store.customer(olga).conversation_count == 1
    assert [h.customer for h in store.search("мятая")] == ["Оля"]
    with pytest.raises(StoreError, match="undone already"):
        store.unmerge(merge)
    assert store.scalar("SELECT count(*) FROM audit WHERE action LIKE 'customer.%'") == 2


def test_a_customer_cannot_be_merged_twice_or_with_itself(
    store: Store, two: tuple[int, int]
) -> None:
    olga, olya = two
    with pytest.raises(StoreError, match="itself"):
        store.merge_customers(olga, olga)
    store.merge_customers(olga, olya)
    with pytest.raises(StoreError, match="merged already"):
        store.merge_customers(olya, olga)


def test_notes_fields_and_renames_are_kept_and_searchable(
    store: Store, two: tuple[int, int]
) -> None:
    olga, _ = two
    store.update_customer(
        olga, name="Ольга Петренко", notes="wholesale buyer", fields={"city": "Lviv"}
    )
    card = store.customer(olga)
    assert (card.contact.name, card.contact.notes, card.fields) == (
        "Ольга Петренко",
        "wholesale buyer",
        {"city": "Lviv"},
    )
    assert [h.customer for h in store.search("Петренко")] == ["Ольга Петренко"]


def test_saved_searches(store: Store) -> None:
    sid = store.save_search("VIP refunds", "refund tag:vip")
    store.save_search("VIP refunds", "refund tag:vip status:open")
    assert store.saved_searches() == [(sid, "VIP refunds", "refund tag:vip status:open")]
    store.delete_saved_search(sid)
    assert store.saved_searches() == []
