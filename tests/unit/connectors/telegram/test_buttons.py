"""Inline keyboards for quick answers and reading a press back (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime

from omniinbox_connectors.telegram.buttons import keyboard, press_events

from omniinbox.domain import NewMessage

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
ALICE = {"id": 5001, "is_bot": False, "first_name": "Alice", "username": "alice_t"}


def test_short_answers_share_a_row_long_ones_do_not() -> None:
    assert keyboard(()) is None
    assert keyboard(["1", "2", "3", "4", "5", "6"]) == {
        "inline_keyboard": [
            [{"text": c, "callback_data": c} for c in "12345"],
            [{"text": "6", "callback_data": "6"}],
        ]
    }
    long = "Очень довольна обслуживанием, спасибо большое всем сотрудникам"
    rows = keyboard(["Yes, solved", long], for_user=77)["inline_keyboard"]  # type: ignore[index]
    assert rows == [
        [{"text": "Yes, solved", "callback_data": "Yes, solved|77"}],
        [{"text": long, "callback_data": "#1|77"}],  # over 64 bytes: its position
    ]


def press(data: str, chat: dict[str, object], **msg: object) -> dict[str, object]:
    message = {"message_id": 9, "chat": chat, "date": int(NOW.timestamp()) + 30, **msg}
    message.setdefault("reply_markup", keyboard(["1", "2", "3", "4", "5"]))
    return {"id": "q1", "from": ALICE, "message": message, "chat_instance": "-1", "data": data}


def test_a_press_is_the_customers_answer_in_reply_to_the_survey() -> None:
    private = {"id": 5001, "type": "private", "first_name": "Alice"}
    (answer,), ack = press_events(press("4", private), b"{}", lambda: NOW)
    assert isinstance(answer, NewMessage)
    assert (answer.text, answer.thread_key, answer.replies_to) == ("4", "chat:5001", ("5001:9",))
    assert answer.remote_id == "press:q1" and answer.sender.value == "5001"
    assert answer.sent_at.timestamp() == NOW.timestamp() + 30  # never before the survey
    assert (ack.query_id, ack.chosen, ack.chat_id, ack.message_id) == ("q1", "4", 5001, 9)

    (business,), ack = press_events(
        press("5", private, business_connection_id="Bc1"), b"{}", lambda: NOW
    )
    assert business.thread_key == "business:Bc1:5001" and business.replies_to == ("Bc1:5001:9",)
    assert ack.business == "Bc1"


def test_presses_that_are_no_answer_are_only_acknowledged() -> None:
    group = {"id": -100, "type": "supergroup", "title": "Shop"}
    mine = press("4|5001", group, reply_markup=keyboard(["4"], for_user=5001))
    theirs = press("4|6002", group, reply_markup=keyboard(["4"], for_user=6002))
    (answer,), _ = press_events(mine, b"{}", lambda: NOW)
    assert answer.thread_key == "group:-100:5001" and answer.text == "4"
    assert press_events(theirs, b"{}", lambda: NOW)[0] == []
    inline = {"id": "q2", "from": ALICE, "inline_message_id": "AAA", "chat_instance": "1"}
    events, ack = press_events(inline, b"{}", lambda: NOW)
    assert events == [] and ack.chosen == "" and ack.chat_id is None
