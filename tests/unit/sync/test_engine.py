"""The engine over a real store and the scripted connector, with injected failures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from omniinbox.connector import AccountState, AuthError, TransientError, discover
from omniinbox.domain import Account
from omniinbox.store import OutboxState, Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from omniinbox.sync.events import AccountStatus, Changed, EngineEvent
from tests.connector_kit.scripted import Crash, Remote


@pytest.fixture
def remote(tmp_path: Path) -> Remote:
    return Remote(tmp_path / "remote")


@pytest.fixture
def engine(store: Store) -> Iterator[Engine]:
    e = Engine(store, discover(), backoff=Backoff(base=0.01, cap=0.05, jitter=0), interval=0.05)
    yield e
    e.stop()


def add_account(store: Store, remote: Remote, kind: str = "scripted") -> Account:
    return store.add_account("Scripted", kind, {"folder": str(remote.folder), "batch": "2"})


def test_a_round_pulls_every_batch_and_keeps_the_cursor(
    store: Store, engine: Engine, remote: Remote
) -> None:
    for i in range(5):
        remote.deliver(f"message {i}", sender=f"c{i}@example.com")
    account = add_account(store, remote)
    result = engine.sync_once(account)
    assert (result.batches, result.events) == (3, 5)
    assert store.count_conversations() == 5
    assert store.cursor(account.id) == "5"
    assert engine.sync_once(account).events == 0


def test_an_exception_mid_sync_keeps_committed_batches_and_loses_nothing(
    store: Store, engine: Engine, remote: Remote
) -> None:
    for i in range(6):
        remote.deliver(f"message {i}", sender=f"c{i}@example.com")
    account = add_account(store, remote)
    remote.fault("pull", "transient", at=2)
    with pytest.raises(TransientError):
        engine.sync_once(account)
    assert store.scalar("SELECT count(*) FROM messages") == 2
    engine.sync_once(account)
    assert store.scalar("SELECT count(*) FROM messages") == 6
    assert store.scalar("SELECT count(DISTINCT remote_id) FROM messages") == 6


def test_a_bad_credentials_error_reaches_the_caller(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    account = add_account(store, remote)
    remote.fault("pull", "auth")
    with pytest.raises(AuthError):
        engine.sync_once(account)


def test_a_queued_reply_is_sent_once_and_marked_sent(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("where is my order?", subject="Order 5")
    account = add_account(store, remote)
    engine.sync_once(account)
    conv = store.conversations()[0].id
    agent = store.add_agent("Dana Seitkali")
    store.queue_reply(conv, "It left the warehouse today.", agent.id)
    assert engine.sync_once(account).sent == 1
    (sent,) = remote.sent()
    assert (sent["to"], sent["from_name"], sent["in_reply_to"]) == (
        "customer@example.com",
        "Dana Seitkali",
        ["msg-1"],
    )
    last = store.messages(conv)[-1]
    assert (last.delivery, last.remote_id) == ("sent", sent["id"])
    engine.sync_once(account)
    assert len(remote.sent()) == 1


def test_a_transient_send_failure_retries_with_backoff(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    account = add_account(store, remote)
    engine.sync_once(account)
    store.queue_reply(store.conversations()[0].id, "answer")
    remote.fault("send", "transient")
    engine.sync_once(account)
    (item,) = store.outbox_items()
    assert (item.state, item.attempts) == (OutboxState.QUEUED, 1)
    assert "injected transient" in item.last_error
    assert remote.sent() == []
    store.db.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00Z'")
    engine.sync_once(account)
    assert len(remote.sent()) == 1
    assert store.outbox_items()[0].state == OutboxState.SENT


def test_a_permanent_failure_fails_that_item_and_the_rest_go_on(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("one", sender="a@example.com")
    remote.deliver("two", sender="b@example.com")
    account = add_account(store, remote)
    engine.sync_once(account)
    first, second = store.conversations(order="oldest")
    store.queue_reply(first.id, "to a")
    store.queue_reply(second.id, "to b")
    remote.fault("send", "permanent")
    engine.sync_once(account)
    states = [i.state for i in store.outbox_items()]
    assert states == [OutboxState.FAILED, OutboxState.SENT]
    assert store.messages(first.id)[-1].delivery == "failed"


def test_a_crash_after_delivery_never_sends_twice_on_an_idempotent_channel(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    account = add_account(store, remote)
    engine.sync_once(account)
    store.queue_reply(store.conversations()[0].id, "answer")
    remote.fault("after-send", "crash")
    with pytest.raises(Crash):
        engine.sync_once(account)
    assert store.outbox_items()[0].state == OutboxState.SENDING
    engine.sync_once(account)  # recovers: re-queues, the key is found, no second delivery
    assert len(remote.sent()) == 1
    assert store.outbox_items()[0].state == OutboxState.SENT


def test_a_crash_mid_send_is_left_to_the_agent_on_other_channels(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    account = add_account(store, remote, kind="scripted-plain")
    engine.sync_once(account)
    store.queue_reply(store.conversations()[0].id, "answer")
    remote.fault("after-send", "crash")
    with pytest.raises(Crash):
        engine.sync_once(account)
    engine.sync_once(account)
    (item,) = store.outbox_items()
    assert item.state == OutboxState.UNCERTAIN and "may have gone out" in item.last_error
    assert len(remote.sent()) == 1


def test_an_unexpected_error_while_sending_is_uncertain_not_resent(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    account = add_account(store, remote, kind="scripted-plain")
    engine.sync_once(account)
    store.queue_reply(store.conversations()[0].id, "answer")
    remote.fault("send", "bug")
    engine.sync_once(account)
    assert store.outbox_items()[0].state == OutboxState.UNCERTAIN


def test_read_state_is_pushed_to_the_channel(store: Store, engine: Engine, remote: Remote) -> None:
    remote.deliver("hi")
    account = add_account(store, remote)
    engine.sync_once(account)
    store.mark_read(store.conversations()[0].id)
    engine.sync_once(account)
    assert remote.applied() == [{"op": "seen", "remote_id": "msg-1"}]


def test_worker_threads_report_states_progress_and_changes(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("first")
    add_account(store, remote)
    events: list[EngineEvent] = []
    changed = threading.Condition()

    def listen(event: EngineEvent) -> None:
        with changed:
            events.append(event)
            changed.notify_all()

    def messages_changed() -> int:
        return sum(len(e.changes.messages) for e in events if isinstance(e, Changed))

    engine.add_listener(listen)
    engine.start()
    with changed:
        assert changed.wait_for(lambda: messages_changed() >= 1, timeout=10)
    remote.deliver("second", sender="other@example.com")
    engine.wake()
    with changed:
        assert changed.wait_for(lambda: messages_changed() >= 2, timeout=10)
    states = {e.state for e in events if isinstance(e, AccountStatus)}
    assert {AccountState.SYNCING, AccountState.CONNECTED} <= states
    assert any(isinstance(e, AccountStatus) and e.total for e in events)
    assert engine.call(lambda s: s.count_conversations()) == 2


def test_an_account_whose_connector_is_missing_is_reported_not_fatal(
    store: Store, engine: Engine
) -> None:
    store.add_account("Ghost", "no-such-kind", {})
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    engine.start()
    (status,) = [e for e in events if isinstance(e, AccountStatus)]
    assert status.state is AccountState.ERROR and "no connector of kind" in status.sentence


def test_bad_credentials_in_a_worker_set_the_account_state(
    store: Store, engine: Engine, remote: Remote
) -> None:
    remote.deliver("hi")
    add_account(store, remote)
    remote.fault("pull", "auth", times=100)
    seen = threading.Event()
    engine.add_listener(
        lambda e: (
            seen.set()
            if isinstance(e, AccountStatus) and e.state is AccountState.BAD_CREDENTIALS
            else None
        )
    )
    engine.start()
    assert seen.wait(10)
    assert "injected auth" in engine.statuses[1].sentence


def test_demo_accounts_are_never_connected(store: Store, engine: Engine, remote: Remote) -> None:
    store.add_account("Demo", "scripted", {"folder": str(remote.folder), "demo": "true"})
    remote.deliver("must not be fetched")
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    engine.start()
    (status,) = [e for e in events if isinstance(e, AccountStatus)]
    assert status.state is AccountState.DISABLED and "demo" in status.sentence
    assert store.count_conversations() == 0
