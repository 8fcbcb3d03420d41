"""Telegram Business: the shop's own account chats, through a connected business bot."""

from __future__ import annotations

import pytest

from omniinbox.connector import Outbound, PermanentError
from omniinbox.domain import Direction, Identity, IdentityKind
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.drain import drain_outbox
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import sync


def test_a_business_chat_round_trip(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    owner = emulator.user("dilnoza_shop", "Дильноза", "Karimova")
    connection = emulator.business_connect(owner)
    customer = emulator.user("timur_k", "Тимур", started=False)  # never wrote to the bot itself
    asked = emulator.business_message(connection, customer, "Здравствуйте, есть размер M?")
    emulator.business_message(connection, customer, "Сейчас посмотрю", from_owner=True)
    connector = connect()

    sync(store, account, connector)

    (conversation,) = store.conversations()
    assert conversation.contact_name == "Тимур"
    key = store.scalar("SELECT thread_key FROM conversations WHERE id = ?", (conversation.id,))
    assert key == f"business:{connection['id']}:{customer['id']}"
    question, owner_said = store.messages(conversation.id)
    assert question.direction is Direction.IN
    assert question.remote_id == f"{connection['id']}:{customer['id']}:{asked['message_id']}"
    # What the owner wrote from their phone is the shop's side of the chat.
    assert owner_said.direction is Direction.OUT and owner_said.author == "Дильноза Karimova"

    store.queue_reply(conversation.id, "Да, есть. Отложить для вас?")
    assert drain_outbox(connector, account, lambda f: f(store), Backoff(), lambda c: None) == 1

    sent = emulator.sent[-1]
    assert sent.business_connection_id == connection["id"]
    assert sent.chat_id == customer["id"] and sent.text == "Да, есть. Отложить для вас?"
    assert sent.message["sender_business_bot"]["id"] == emulator.bot["id"]
    assert sent.reply_to == int(str(owner_said.remote_id).rsplit(":", 1)[1])  # the newest
    reply = store.messages(conversation.id)[-1]
    assert reply.delivery == "sent"
    assert reply.remote_id == f"{connection['id']}:{customer['id']}:{sent.message['message_id']}"


def test_business_edits_and_deletions_are_shown_never_erased(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    owner = emulator.user("dilnoza_shop", "Дильноза")
    connection = emulator.business_connect(owner)
    customer = emulator.user("timur_k", "Тимур")
    first = emulator.business_message(connection, customer, "Хочу вернуть товар")
    second = emulator.business_message(connection, customer, "и ещё один")
    connector = connect()
    sync(store, account, connector)

    emulator.edit_message(first, "Хочу обменять товар")
    emulator.delete_business_messages(connection, customer, [first, second])
    sync(store, account, connector)

    (conversation,) = store.conversations()
    edited, deleted = store.messages(conversation.id)
    assert edited.text == "Хочу обменять товар"
    assert store.message_flags(edited.id)["edited"] == 1
    assert store.message_flags(edited.id)["deleted"] == 1
    assert deleted.text == "и ещё один"  # shown as deleted by the customer, text still there
    assert store.message_flags(deleted.id)["deleted"] == 1


def test_a_private_chat_and_a_business_chat_with_one_person_stay_apart(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    connection = emulator.business_connect(emulator.user("dilnoza_shop", "Дильноза"))
    customer = emulator.user("timur_k", "Тимур")
    emulator.private_message(customer, "to the bot")  # message id 1 in the bot's chat
    emulator.business_message(connection, customer, "to the shop")  # id 1 in the shop's chat
    sync(store, account, connect())

    assert len(store.conversations()) == 2  # same customer, two chats
    ids = {r[0] for r in store.db.execute("SELECT remote_id FROM messages")}
    assert ids == {f"{customer['id']}:1", f"{connection['id']}:{customer['id']}:1"}
    contacts = {c.contact_id for c in store.conversations()}
    assert len(contacts) == 1  # one customer


def test_a_connection_that_may_not_reply_refuses_the_send(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    connection = emulator.business_connect(emulator.user("dilnoza_shop", "Д"), can_reply=False)
    customer = emulator.user("timur_k", "Тимур")
    outbound = Outbound(
        key="k",
        to=Identity.of(IdentityKind.TELEGRAM, str(customer["id"])),
        text="hello",
        thread_key=f"business:{connection['id']}:{customer['id']}",
    )
    with pytest.raises(PermanentError, match="Telegram did not allow it"):
        connect().send(outbound)
    assert emulator.sent == []
