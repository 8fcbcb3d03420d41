"""The timeline's HTML: escaped text, cards and bubbles, notes, delivery states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QTextDocument

from omniinbox.domain import Attachment, Direction, Message
from omniinbox.ui.timeline import (
    MAX_MESSAGES,
    NOTE,
    MessageFlags,
    text_of_html,
    timeline_html,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def message(n: int = 1, **kw: object) -> Message:
    values: dict[str, object] = {
        "id": n,
        "conversation_id": 1,
        "direction": Direction.IN,
        "author": "Aigerim",
        "sent_at": T0 + timedelta(minutes=n),
        "text": f"message {n}",
    }
    values.update(kw)
    return Message(**values)  # type: ignore[arg-type]


def shown(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_markup_a_customer_typed_is_shown_as_text(qapp) -> None:
    html = timeline_html([message(text="<b>bold?</b> <img src='http://x/y.png'>")], "email")
    assert "<b>bold?</b> <img src='http://x/y.png'>" in shown(html)
    assert "<img" not in html


def test_an_html_body_is_reduced_to_its_text() -> None:
    body = "<html><head><style>p{}</style></head><p>Коли буде <b>доставка</b>?</p><script>alert(1)</script></html>"
    assert text_of_html(body) == "Коли буде доставка?"


def test_an_internal_note_is_marked_and_yellow(qapp) -> None:
    html = timeline_html([message(direction=Direction.NOTE, text="VIP customer")], "telegram")
    assert NOTE in html
    assert "Internal note" in shown(html)


@pytest.mark.parametrize(
    ("delivery", "words"),
    [
        ("queued", "Queued"),
        ("sent", "Sent"),
        ("failed", "Failed to send"),
        ("uncertain", "May not have gone out"),
    ],
)
def test_the_delivery_state_of_a_reply_is_spelled_out(qapp, delivery: str, words: str) -> None:
    html = timeline_html([message(direction=Direction.OUT, delivery=delivery)], "email")
    assert words in shown(html)


def test_attachments_are_listed_by_name_and_size(qapp) -> None:
    att = Attachment(1, 1, "photo of the jug.jpg", "image/jpeg", 48_213, None)
    text = shown(timeline_html([message(attachments=(att,))], "email"))
    assert "photo of the jug.jpg (47 KB · not downloaded yet)" in text


def test_flags_from_the_channel_are_noted(qapp) -> None:
    flags = {1: MessageFlags(edited=True, note="unknown charset x-mac-georgian")}
    text = shown(timeline_html([message()], "telegram", flags))
    assert "edited by the customer" in text
    assert "unknown charset x-mac-georgian" in text


def test_a_long_history_shows_the_newest_and_says_how_many_are_left_out(qapp) -> None:
    messages = [message(n) for n in range(1, MAX_MESSAGES + 6)]
    text = shown(timeline_html(messages, "telegram"))
    assert "5 earlier messages are not shown" in text
    assert f"message {MAX_MESSAGES + 5}" in text
    assert "message 5\n" not in text
