"""Marking matched words the way the index matched them: case, ё/е, Latin diacritics,
word starts, whole words marked, a dozen words around the first match."""

from __future__ import annotations

from omniinbox.store.highlight import (
    HIT_END,
    HIT_START,
    fold_for_match,
    mark,
    query_terms,
    snippet,
)


def marked(word: str) -> str:
    return f"{HIT_START}{word}{HIT_END}"


def test_folding_keeps_every_offset() -> None:
    for text in ("Ёжик İstanbul Straße CAFÉ", "ШЫМКЕНТ Қазақ", "ჩემი შეკვეთა"):
        assert len(fold_for_match(text)) == len(text)
    assert fold_for_match("Ёлка Café Ĳssel") == "елка cafe ĳssel"
    assert fold_for_match("Йод") == "йод"  # unicode61 strips diacritics from Latin only


def test_terms_are_folded_and_split_like_the_index() -> None:
    assert query_terms(("ЗАКАЗ", "work.kz", "«ёж»", "")) == ("заказ", "work", "kz", "еж")


def test_words_are_matched_at_their_start_and_marked_whole() -> None:
    text = "Refunds and a prerefund; REFUND café"
    assert mark(text, query_terms(("refund", "cafe"))) == (
        f"{marked('Refunds')} and a prerefund; {marked('REFUND')} {marked('café')}"
    )
    assert mark(text, ("zzz",)) is None


def test_the_window_is_a_dozen_words_around_the_first_match() -> None:
    words = [f"w{i}" for i in range(40)]
    words[20] = "parcel"
    shown = mark(" ".join(words), ("parcel",))
    assert shown is not None
    assert shown == "…w17 w18 w19 " + marked("parcel") + " w21 w22 w23 w24 w25 w26 w27 w28…"


def test_the_subject_is_used_when_the_body_has_no_match() -> None:
    assert snippet("Broken jug", "please help", ("jug",)) == f"Broken {marked('jug')}"
    assert snippet("Hello", "please help me", ("aigerim",)) == "please help me"


def test_georgian_and_kazakh_are_marked() -> None:
    assert marked("შეკვეთა") in snippet("", "ჩემი შეკვეთა ჯერ არ მოსულა.", ("შეკვეთ",))
    assert marked("ТАПСЫРЫСЫМ") in snippet("", "Сәлем! ТАПСЫРЫСЫМ әлі жоқ", ("тапсырыс",))
