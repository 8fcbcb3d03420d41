"""The satisfaction survey on Telegram: inline buttons 1-5, a press scored without reopening.

End to end through the engine and the Bot API emulator over real HTTP: an agent answers and
resolves, the desk queues the survey with its choices, the connector sends it with an inline
keyboard, the customer presses a button (a ``callback_query`` update), the press is answered
(answerCallbackQuery), the keyboard is taken off, and the score lands on the conversation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from omniinbox.connector import discover
from omniinbox.domain import Account, Status
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.support import Secrets

CHOICES = ["1", "2", "3", "4", "5"]


@pytest.fixture
def engine(store: Store, emulator: TelegramEmulator) -> Iterator[Engine]:
    e = Engine(
        store,
        discover(),
        lambda account: Secrets({"token": emulator.token}),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        desk_interval=0,
    )
    yield e
    e.stop()


@pytest.fixture
def bot(store: Store, emulator: TelegramEmulator) -> Account:
    return store.add_account("Shop bot", "telegram", {"api_url": emulator.url}, "telegram")


def resolve_after_answer(store: Store, engine: Engine, bot: Account) -> int:
    """The agent answers the only conversation and resolves it; the survey goes out."""
    engine.sync_once(bot)
    (conversation,) = store.conversations()
    agent = store.add_agent("Dana Sultanova").id
    store.desk_message(conversation.id, "Ваш заказ уже в пути.", agent_id=agent)
    engine.sync_once(bot)
    store.desk_status([conversation.id], Status.RESOLVED, "Dana Sultanova")
    engine.sync_once(bot)
    return conversation.id


def survey(emulator: TelegramEmulator) -> Any:
    (found,) = [s for s in emulator.sent if s.reply_markup is not None]
    return found


def test_a_button_press_scores_the_conversation_and_keeps_it_resolved(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    olga = emulator.user("olga_k", "Ольга", language_code="ru")
    emulator.private_message(olga, "Где мой заказ?")
    cid = resolve_after_answer(store, engine, bot)

    sent = survey(emulator)
    assert "#1001" in sent.text and sent.chat_id == olga["id"]
    rows = sent.reply_markup["inline_keyboard"]
    assert [[b["text"] for b in row] for row in rows] == [CHOICES]
    assert [b["callback_data"] for b in rows[0]] == CHOICES
    assert "callback_query" in emulator.calls("getUpdates")[-1]["allowed_updates"]

    emulator.press(olga, sent.message, "4")
    engine.sync_once(bot)

    row = store.conversation(cid)
    assert row.status is Status.RESOLVED
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) == 4
    assert store.scalar("SELECT reopened FROM conversations WHERE id = ?", (cid,)) == 0
    answer = store.messages(cid)[-1]
    assert (answer.direction.value, answer.text) == ("in", "4")
    (ack,) = emulator.answers
    assert ack["text"] == "✓ 4"
    # One survey, one answer: the keyboard is gone from the customer's message.
    assert "reply_markup" not in sent.message
    assert emulator.calls("editMessageReplyMarkup") == [
        {"chat_id": olga["id"], "message_id": sent.message["message_id"]}
    ]
    engine.sync_once(bot)  # the next poll confirms the stored press: it never comes again
    assert emulator.pending() == [] and len(emulator.answers) == 1
    assert store.scalar("SELECT count(*) FROM messages WHERE conversation_id = ?", (cid,)) == 4


def test_a_press_in_a_business_chat_is_scored_on_that_conversation(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    owner = emulator.user("dilnoza_shop", "Дильноза")
    connection = emulator.business_connect(owner)
    timur = emulator.user("timur_k", "Тимур", started=False)
    emulator.business_message(connection, timur, "Hello, is size M in stock?")
    cid = resolve_after_answer(store, engine, bot)

    sent = survey(emulator)
    assert sent.business_connection_id == connection["id"]
    emulator.press(timur, sent.message, "2")
    engine.sync_once(bot)

    assert store.conversation(cid).status is Status.RESOLVED
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) == 2
    edit = emulator.calls("editMessageReplyMarkup")[-1]
    assert edit["business_connection_id"] == connection["id"]
    # A low score: the follow-up question goes out in the same business chat.
    follow_up = emulator.sent[-1]
    assert follow_up.reply_markup is None and follow_up.business_connection_id == connection["id"]
    assert "What went wrong" in follow_up.text


def test_a_second_press_does_not_reopen_and_a_lost_answer_is_harmless(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    olga = emulator.user("olga_k", "Olga")
    emulator.private_message(olga, "Where is my parcel?")
    cid = resolve_after_answer(store, engine, bot)
    sent = survey(emulator)
    keyboard_message = dict(sent.message)
    emulator.press(olga, keyboard_message, "5")
    emulator.press(olga, keyboard_message, "3")  # a quick double tap, before the edit
    emulator.misbehave("500", method="answerCallbackQuery")  # the first answer is lost
    engine.sync_once(bot)

    assert store.conversation(cid).status is Status.RESOLVED
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) == 5
    assert [m.text for m in store.messages(cid)][-2:] == ["5", "3"]
    assert len(emulator.answers) == 1  # the second press was answered; the first one failed
    assert len(emulator.calls("editMessageReplyMarkup")) == 1  # one edit per keyboard


def test_in_a_group_only_the_customer_asked_can_answer(
    emulator: TelegramEmulator, store: Store, engine: Engine, bot: Account
) -> None:
    group = emulator.group("Shop community")
    aida, bek = emulator.user("aida_s", "Aida"), emulator.user("bek_t", "Bek")
    emulator.group_message(group, aida, "@omni_shop_bot my order is broken")
    cid = resolve_after_answer(store, engine, bot)
    sent = survey(emulator)
    assert sent.chat_id == group["id"] and sent.reply_to is not None
    data = [b["callback_data"] for b in sent.reply_markup["inline_keyboard"][0]]
    assert data == [f"{n}|{aida['id']}" for n in CHOICES]  # the buttons are Aida's

    emulator.press(bek, sent.message, data[0])  # someone else in the group
    engine.sync_once(bot)
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) is None
    assert len(store.conversations()) == 1 and len(emulator.answers) == 1

    emulator.press(aida, sent.message, data[4])
    engine.sync_once(bot)
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) == 5
    assert store.conversation(cid).status is Status.RESOLVED
