"""Search in two steps (winning message ids first, then their rows and marked snippets): the
right conversations in the right order, filters, windows and highlighting."""

from __future__ import annotations

import pytest

from omniinbox.domain import IdentityKind, Status
from omniinbox.store import Store
from omniinbox.store.search import HIT_END, HIT_START

from .helpers import msg


@pytest.fixture
def desk(store: Store) -> dict[str, int]:
    """Four conversations; ``a`` is oldest and says "refund" most, ``d`` is on Telegram."""
    email = store.add_account("Support", "imap", {}, "email").id
    telegram = store.add_account("Bot", "telegram", {}, "telegram").id
    store.ingest(
        email,
        [
            msg("a1", "refund refund refund please", sender="a@x.kz", name="Aigerim", thread="a"),
            msg("b1", "my order is late", sender="b@x.kz", name="Bolat", thread="b", minutes=1),
            msg("a2", "still no refund", sender="a@x.kz", name="Aigerim", thread="a", minutes=2),
            msg(
                "b2",
                "I want a refund for the broken blender, the box was wet and the lid cracked "
                "and the cord is missing too",
                sender="b@x.kz",
                name="Bolat",
                thread="b",
                minutes=3,
            ),
            msg(
                "c1", "Заказ пришёл, спасибо", sender="c@x.kz", name="Олена", thread="c", minutes=4
            ),
        ],
        None,
    )
    store.ingest(
        telegram,
        [
            msg(
                "d1",
                "refunds take how long?",
                sender="777",
                name="Dana",
                thread="d",
                minutes=5,
                kind=IdentityKind.TELEGRAM,
            )
        ],
        None,
    )
    ids = {row.subject or row.snippet: row.id for row in store.conversations()}
    by_customer = {r.contact_name: r.id for r in store.conversations()}
    assert len(ids) == 4
    return {
        "a": by_customer["Aigerim"],
        "b": by_customer["Bolat"],
        "c": by_customer["Олена"],
        "d": by_customer["Dana"],
    }


def conversations(hits: list) -> list[int]:  # type: ignore[type-arg]
    return [h.conversation_id for h in hits]


def test_recent_lists_the_conversations_of_the_newest_matches(
    store: Store, desk: dict[str, int]
) -> None:
    hits = store.search("refund", order="recent")
    assert conversations(hits) == [desk["d"], desk["b"], desk["a"]]
    # One hit per conversation: its newest matching message.
    a_hit = hits[2]
    assert store.scalar("SELECT remote_id FROM messages WHERE id = ?", (a_hit.message_id,)) == "a2"


def test_recent_stops_at_the_limit(store: Store, desk: dict[str, int]) -> None:
    assert conversations(store.search("refund", limit=2, order="recent")) == [desk["d"], desk["b"]]


def test_rank_puts_the_best_match_first_and_keeps_each_conversation_once(
    store: Store, desk: dict[str, int]
) -> None:
    hits = store.search("refund")
    assert sorted(conversations(hits)) == sorted([desk["a"], desk["b"], desk["d"]])
    assert hits[0].conversation_id == desk["a"]  # "refund" three times in four words
    best = store.scalar("SELECT remote_id FROM messages WHERE id = ?", (hits[0].message_id,))
    assert best == "a1"


def test_rank_only_scores_the_newest_window(store: Store, desk: dict[str, int]) -> None:
    # The two newest matching messages are d1 and b2: a's messages are outside the window.
    assert sorted(conversations(store.search("refund", window=2))) == sorted([desk["b"], desk["d"]])


def test_both_orders_find_the_same_conversations(store: Store, desk: dict[str, int]) -> None:
    for query in ("refund", "заказ", "from:a@x.kz", "late", "channel:telegram refund"):
        ranked = set(conversations(store.search(query)))
        recent = set(conversations(store.search(query, order="recent")))
        assert ranked == recent and ranked


def test_filter_words_narrow_both_orders(store: Store, desk: dict[str, int]) -> None:
    store.set_tags(desk["b"], ["vip"])
    store.set_tags(desk["a"], ["vip2"])  # a tag that holds "vip" is not "vip"
    store.set_status([desk["d"]], Status.PENDING)
    ticket_a = store.conversation(desk["a"]).ticket
    for order in ("rank", "recent"):
        assert conversations(store.search("channel:telegram refund", order=order)) == [desk["d"]]
        assert conversations(store.search("channel:email refund", order=order)) != []
        assert desk["d"] not in conversations(store.search("channel:email refund", order=order))
        assert conversations(store.search("status:pending refund", order=order)) == [desk["d"]]
        assert conversations(store.search("tag:vip refund", order=order)) == [desk["b"]]
        assert conversations(store.search(f"#{ticket_a} refund", order=order)) == [desk["a"]]
        assert conversations(store.search("from:bolat refund", order=order)) == [desk["b"]]
    assert conversations(store.search("tag:vip")) == [desk["b"]]
    assert conversations(store.search("tag:vip2")) == [desk["a"]]


def test_matches_are_marked_in_the_original_text(store: Store, desk: dict[str, int]) -> None:
    (hit,) = store.search("пришел")  # ё and е are one letter, the text keeps its ё
    assert f"{HIT_START}пришёл{HIT_END}" in hit.snippet
    (hit,) = store.search("ЗАКАЗ")
    assert hit.snippet.startswith(f"{HIT_START}Заказ{HIT_END} ")
    d_hit = store.search("refund", order="recent")[0]
    assert d_hit.snippet == f"{HIT_START}refunds{HIT_END} take how long?"  # whole words


def test_a_long_text_shows_a_dozen_words_around_the_match(
    store: Store, desk: dict[str, int]
) -> None:
    (hit,) = store.search("blender")
    assert f"{HIT_START}blender{HIT_END}" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    plain = hit.snippet.replace(HIT_START, "").replace(HIT_END, "").strip("…")
    assert len(plain.split()) == 12


def test_a_match_on_the_customer_only_shows_the_text_unmarked(
    store: Store, desk: dict[str, int]
) -> None:
    (hit,) = store.search("from:dana")
    assert hit.snippet == "refunds take how long?"
    assert hit.customer == "Dana" and hit.channel == "telegram"


def test_more_hits_than_one_read_holds(store: Store) -> None:
    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(
        account,
        [
            msg(f"m{i}", f"parcel number {i}", sender=f"c{i}@x.kz", thread=f"t{i}")
            for i in range(620)
        ],
        None,
    )
    for order in ("rank", "recent"):
        hits = store.search("parcel", limit=1_000, order=order)
        assert len({h.conversation_id for h in hits}) == 620
        assert all(f"{HIT_START}parcel{HIT_END}" in h.snippet for h in hits)


def test_an_unknown_order_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="order"):
        store.search("refund", order="alphabetical")


@pytest.mark.parametrize("query", ["refund", "refund channel:telegram"])
def test_search_reads_conversations_from_the_small_index_not_the_message_rows(
    store: Store, desk: dict[str, int], query: str
) -> None:
    """Each matching message's conversation comes from the two-id index (migration 11): a
    lookup in the table of big rows per match made search 1.5x slower at 50k messages."""
    traced: list[str] = []
    store.db.conn.set_trace_callback(traced.append)
    try:
        assert store.search(query, order="rank")
        assert store.search(query, order="recent")
    finally:
        store.db.conn.set_trace_callback(None)
    searches = [sql for sql in traced if "MATCH" in sql]
    assert len(searches) == 2
    for sql in searches:
        steps = " | ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", ()))
        assert "COVERING INDEX messages_id_conversation" in steps, steps
        assert "SEARCH m USING INTEGER PRIMARY KEY" not in steps, steps
