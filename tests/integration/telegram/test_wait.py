"""wait(): a getUpdates long poll that blocks until an update arrives, and consumes nothing."""

from __future__ import annotations

import threading
import time

from omniinbox.store import Store
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import sync


def test_wait_wakes_up_when_a_message_arrives(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connector = connect()
    sync(store, account, connector)
    timer = threading.Timer(0.3, emulator.private_message, (alice, "are you there?"))
    timer.start()
    started = time.monotonic()
    assert connector.wait(store.cursor(account), 10) is True
    assert 0.25 < time.monotonic() - started < 3
    timer.join()

    # Nothing was consumed: the pull that follows gets the message.
    sync(store, account, connector)
    (conversation,) = store.conversations()
    assert [m.text for m in store.messages(conversation.id)] == ["are you there?"]
    poll = emulator.calls("getUpdates")[-2]  # the long poll
    assert (poll["limit"], poll["timeout"]) == (1, 10)
    assert "offset" not in poll  # a first start: no cursor yet


def test_wait_does_not_consume_what_is_waiting(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connector = connect()
    emulator.private_message(alice, "one")
    sync(store, account, connector)
    emulator.private_message(alice, "two")
    cursor = store.cursor(account)

    assert connector.wait(cursor, 5) is True
    assert connector.wait(cursor, 5) is True  # still there: same offset, nothing confirmed
    assert emulator.calls("getUpdates")[-1]["offset"] == int(cursor)
    sync(store, account, connector)
    (conversation,) = store.conversations()
    assert [m.text for m in store.messages(conversation.id)] == ["one", "two"]

    started = time.monotonic()
    assert connector.wait(store.cursor(account), 1) is False  # caught up: it times out
    assert 0.9 < time.monotonic() - started < 3
