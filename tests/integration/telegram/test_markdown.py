"""MarkdownV2 escaping: whatever the agent typed, the customer sees exactly that."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from omniinbox_connectors.telegram.markdown import escape

from tests.emulators.telegram_api import ApiError, parse_markdown_v2

# The Bot API: "_ * [ ] ( ) ~ ` > # + - = | { } . ! must be escaped with the preceding
# character '\'", and '\' itself too. Written out here rather than taken from the connector.
RESERVED = set("_*[]()~`>#+-=|{}.!\\")


def unescape(markdown: str) -> str:
    """MarkdownV2 to plain text for text without entities; an unescaped reserved character
    (which Telegram would take as markup, or refuse) is an error."""
    out, i = [], 0
    while i < len(markdown):
        ch = markdown[i]
        if ch == "\\":
            assert i + 1 < len(markdown), "a lone backslash at the end"
            assert 1 <= ord(markdown[i + 1]) <= 126, "only ASCII may follow a backslash"
            out.append(markdown[i + 1])
            i += 2
            continue
        assert ch not in RESERVED, f"{ch!r} is not escaped at {i}"
        out.append(ch)
        i += 1
    return "".join(out)


@given(st.text())
@example("")
@example("\\")
@example("_*[]()~`>#+-=|{}.!\\")
@example("Цена: 1.500 ₸ (скидка -10%)! *срочно* ~ ||спойлер|| `код` [ссылка](https://x.kz)")
@example("ჩემი შეკვეთა #42 — 🙂\n> не цитата")
def test_escaped_text_round_trips(text: str) -> None:
    assert unescape(escape(text)) == text


@given(st.text())
def test_telegram_parses_the_escaped_text_back_without_formatting(text: str) -> None:
    plain, entities = parse_markdown_v2(escape(text))
    assert (plain, entities) == (text, [])


def test_only_the_reserved_characters_are_touched() -> None:
    assert escape("Привет, мир") == "Привет, мир"
    assert escape("a.b") == "a\\.b"
    assert escape("\\") == "\\\\"
    assert escape("1+1=2") == "1\\+1\\=2"


def test_the_emulator_refuses_what_telegram_refuses() -> None:
    with pytest.raises(ApiError, match=r"Character '\.' is reserved"):
        parse_markdown_v2("Hello.")
    with pytest.raises(ApiError, match="Can't find end of Bold entity"):
        parse_markdown_v2("*bold")
    assert parse_markdown_v2("*bold* and \\*not\\*")[0] == "bold and *not*"
