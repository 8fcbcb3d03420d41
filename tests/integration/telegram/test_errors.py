"""check() and pull() against a misbehaving Bot API: every failure classified, nothing lost."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

import pytest
from omniinbox_connectors.telegram import WebhookActive

from omniinbox.connector import AuthError, ConnectorError, TransientError
from omniinbox.domain import NewMessage
from omniinbox.store import Store
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import sync


def texts(events: Sequence[object]) -> list[str]:
    return [e.text for e in events if isinstance(e, NewMessage)]


def test_check_accepts_a_good_bot(emulator: TelegramEmulator, connect: Connect) -> None:
    connect().check()
    assert [m for m, _ in emulator.requests] == ["getMe", "getWebhookInfo"]


def test_a_webhook_is_refused_with_an_offer_to_remove_it(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    emulator.set_webhook("https://old-shop-server.kz/telegram/hook")
    connector = connect()
    with pytest.raises(WebhookActive) as refused:
        connector.check()
    assert refused.value.url == "https://old-shop-server.kz/telegram/hook"
    assert "Remove the webhook" in str(refused.value)
    assert "https://old-shop-server.kz/telegram/hook" in str(refused.value)
    with pytest.raises(WebhookActive):
        connector.pull("")  # getUpdates answers 409 while a webhook is set

    connector.remove_webhook()
    assert emulator.webhook == ""
    assert emulator.calls("deleteWebhook") == [{"drop_pending_updates": False}]
    connector.check()


def test_a_wrong_token_is_bad_credentials(emulator: TelegramEmulator, connect: Connect) -> None:
    connector = connect(token="7412345678:AAHsomethingElseEntirely0000")
    with pytest.raises(AuthError, match=r"^the bot token was refused by Telegram$"):
        connector.check()
    with pytest.raises(AuthError):
        connector.pull("")
    # The agent pastes the right token: the next call reads it again.
    connector.secrets.set("token", emulator.token)
    connector.check()


def test_a_token_that_is_no_token_at_all(emulator: TelegramEmulator, connect: Connect) -> None:
    with pytest.raises(AuthError, match="does not look like a Telegram bot token"):
        connect(token="my password").check()
    with pytest.raises(AuthError, match="no bot token is saved"):
        connect(token="").check()
    assert emulator.requests == []


def test_an_unknown_bot_api_path_is_bad_credentials(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    connector = connect(api_url=emulator.url + "/nothing-here")
    with pytest.raises(AuthError, match="does not recognise this bot token"):
        connector.check()


def test_the_token_never_travels_in_clear_over_a_network(connect: Connect) -> None:
    with pytest.raises(ConnectorError, match="must start with https://"):
        connect(api_url="http://api.telegram.org").check()


@pytest.mark.parametrize("fault", ["500", "502", "disconnect"])
def test_server_trouble_is_transient(
    emulator: TelegramEmulator, connect: Connect, fault: str
) -> None:
    emulator.private_message(emulator.user("alice_t", "Alice"), "hello")
    emulator.misbehave(fault, method="getUpdates")
    connector = connect()
    with pytest.raises(TransientError):
        connector.pull("")
    assert texts(list(connector.pull("").events)) == ["hello"]


def test_flood_control_on_receiving_carries_retry_after(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    emulator.misbehave("429", method="getUpdates", retry_after=5)
    with pytest.raises(TransientError, match="retry in 5 s") as slow:
        connect().pull("")
    assert slow.value.retry_after == 5


def test_a_timeout_is_transient(emulator: TelegramEmulator, connect: Connect) -> None:
    emulator.private_message(emulator.user("alice_t", "Alice"), "hello")
    emulator.misbehave("hang", method="getUpdates", seconds=3)
    connector = connect(http_timeout=0.4)
    connector.check()
    with pytest.raises(TransientError, match="did not answer in time"):
        connector.pull("")
    assert texts(list(connector.pull("").events)) == ["hello"]


def test_truncated_json_loses_nothing(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, "first")
    connector = connect()
    sync(store, account, connector)
    cursor = store.cursor(account)
    emulator.private_message(alice, "second")
    emulator.misbehave("truncated", method="getUpdates")

    with pytest.raises(TransientError) as garbled:
        sync(store, account, connector)
    assert str(garbled.value).startswith("Telegram's answer about new messages was cut off")
    assert "nothing was lost" in str(garbled.value)
    assert store.cursor(account) == cursor

    assert texts(sync(store, account, connector)) == ["second"]
    (conversation,) = store.conversations()
    assert [m.text for m in store.messages(conversation.id)] == ["first", "second"]


def test_an_unreachable_server_is_transient(connect: Connect, emulator: TelegramEmulator) -> None:
    connector = connect()
    emulator.close()
    with pytest.raises(TransientError, match="cannot reach Telegram"):
        connector.check()


def test_two_programs_polling_one_bot_are_told_apart(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    waiting = connect()
    outcome: list[BaseException | bool] = []

    def long_poll() -> None:
        try:
            outcome.append(waiting.wait("", 5))
        except ConnectorError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=long_poll)
    thread.start()
    deadline = time.monotonic() + 3
    while not emulator.calls("getUpdates") and time.monotonic() < deadline:
        time.sleep(0.02)
    connect().pull("")  # a second program asks for the same bot's updates
    thread.join(5)
    (error,) = outcome
    assert isinstance(error, ConnectorError) and not isinstance(error, TransientError)
    assert "another program is reading this bot's messages" in str(error)


def test_the_token_stays_out_of_errors_and_logs(
    emulator: TelegramEmulator, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.misbehave("disconnect", method="getUpdates")
    connector = connect()
    with caplog.at_level(logging.DEBUG):
        connector.check()
        with pytest.raises(TransientError) as failed:
            connector.pull("")
    secret = emulator.token.split(":")[1]
    assert secret not in str(failed.value)
    assert secret not in repr(connector)
    assert "HTTP Request" in caplog.text and "/bot<token>/getMe" in caplog.text
    assert secret not in caplog.text
