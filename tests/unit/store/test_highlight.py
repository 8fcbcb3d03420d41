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


def test_a_long_message_is_marked_the_same_wherever_the_match_is() -> None:
    """Only the top of a long message is folded at first, and only the words near the
    match are listed: a match at the very top, across the first fold's end, deep in the
    text, or in its last words gives the window it gave when all was folded."""
    filler = [f"слово{i}" for i in range(3_000)]  # ~27,000 characters: more than is scanned
    for where in (0, 1, 222, 223, 224, 1_500, 2_000, 2_995, 2_999):
        words = list(filler)
        words[where] = "Ёлка"
        text = " ".join(words)
        shown = mark(text, query_terms(("елка",)))
        if len(" ".join(words[: where + 1])) > 20_000:  # past what is scanned
            assert shown is None
            continue
        assert shown is not None, where
        before = words[max(0, where - 3) : where]
        assert shown.startswith(("…" if where > 3 else "") + " ".join([*before, marked("Ёлка")]))
        assert shown.count(HIT_START) == 1
        assert len(shown.strip("…").split()) == 12


def test_leading_blank_space_is_not_an_ellipsis() -> None:
    text = " " * 900 + "- " * 200 + "my parcel is late"
    shown = mark(text, ("parcel",))
    assert shown == " ".join(["-"] * 200) + f" my {marked('parcel')} is late"
