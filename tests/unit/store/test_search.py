"""Full-text search finds every language our users write in, case-insensitively."""

from __future__ import annotations

import pytest

from omniinbox.store import Store
from omniinbox.store.search import HIT_END, HIT_START, parse_query

from .helpers import msg

TEXTS = {
    "en": ("Where is my parcel? It was due on Monday.", "PARCEL"),
    "ru": ("Здравствуйте! Заказ так и не пришёл, верните деньги.", "ЗАКАЗ"),
    "kk": ("Сәлеметсіз бе! Тапсырысым әлі келмеді, көмектесіңізші.", "ТАПСЫРЫСЫМ"),
    "uk": ("Добрий день! Посилка пошкоджена, прошу повернення коштів.", "пошкоджена"),
    "uz": ("Assalomu alaykum! Buyurtmam hali kelmadi, yordam bering.", "BUYURTMAM"),
    "ka": ("გამარჯობა! ჩემი შეკვეთა ჯერ არ მოსულა.", "შეკვეთა"),
}


@pytest.fixture
def filled(store: Store) -> Store:
    account = store.add_account("Support", "imap", {}, "email").id
    events = [
        msg(
            f"m-{lang}",
            text,
            sender=f"{lang}@example.com",
            name=f"Customer {lang.upper()}",
            minutes=i,
        )
        for i, (lang, (text, _)) in enumerate(TEXTS.items())
    ]
    store.ingest(account, events, None)
    return store


@pytest.mark.parametrize("lang", list(TEXTS))
def test_each_language_is_found_in_other_case(filled: Store, lang: str) -> None:
    hits = filled.search(TEXTS[lang][1])
    assert [h.customer for h in hits] == [f"Customer {lang.upper()}"]
    assert HIT_START in hits[0].snippet and HIT_END in hits[0].snippet


def test_words_match_as_prefixes(filled: Store) -> None:
    assert len(filled.search("посил")) == 1


def test_yo_and_ye_are_the_same_letter(filled: Store) -> None:
    assert len(filled.search("пришел")) == 1


def test_customer_names_and_handles_are_searchable(filled: Store) -> None:
    assert len(filled.search("from:uk@example.com")) == 1
    assert len(filled.search("Customer KK")) == 1


def test_ticket_and_filter_words(filled: Store) -> None:
    ticket = filled.conversations(order="oldest")[0].ticket
    assert [h.ticket for h in filled.search(f"#{ticket}")] == [ticket]
    assert len(filled.search("status:open")) == len(TEXTS)
    assert filled.search("status:resolved") == []


def test_fts_syntax_in_a_query_is_just_text(filled: Store) -> None:
    assert filled.search('"unbalanced AND OR NEAR(') == []


def test_query_parsing_separates_filters_from_words() -> None:
    q = parse_query("refund from:aigerim channel:Telegram #1042 tag:vip late")
    assert q.words == ("refund", "late") and q.sender == "aigerim"
    assert q.channel == "telegram" and q.ticket == 1042 and q.tag == "vip"


def test_writing_messages_calls_no_python_function(store: Store) -> None:
    """The index's triggers fold ё in SQL: a connection without ``fold()`` registered writes
    and edits messages (a Python function called while SQLite writes can deadlock a second
    thread on the same connection), and the folded words are found."""
    import sqlite3

    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(account, [msg("m-1", "Ёлка пришла", sender="a@example.com")], None)
    bare = sqlite3.connect(store.path)
    try:
        added = bare.execute(
            "INSERT INTO messages (conversation_id, direction, author, author_identity, sent_at,"
            " subject, text) SELECT conversation_id, direction, author, author_identity,"
            " sent_at, 'Счёт', 'Ещё одна ёлка' FROM messages LIMIT 1"
        ).lastrowid
        bare.execute("UPDATE messages SET text = 'Пришёл счёт' WHERE remote_id = 'm-1'")
        bare.commit()
    finally:
        bare.close()
    assert [h.message_id for h in store.search("еще")] == [added]
    assert [h.message_id for h in store.search("пришел")] == [added - 1]
    found = store.scalar("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'счет'")
    assert found == 2  # the new subject and the edited text
