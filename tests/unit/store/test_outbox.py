from __future__ import annotations

import pytest

from omniinbox.domain import Direction
from omniinbox.store import OutboxState, Store, StoreError

from .helpers import msg


@pytest.fixture
def conv(store: Store) -> int:
    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(account, [msg("a", "where is my order", subject="Order 55")], None)
    return store.conversations()[0].id


def test_a_reply_shows_at_once_as_queued(store: Store, conv: int) -> None:
    agent = store.add_agent("Dana Seitkali")
    message_id, changes = store.queue_reply(conv, "It ships today.", agent.id)
    last = store.messages(conv)[-1]
    assert (last.id, last.direction, last.delivery, last.author) == (
        message_id,
        Direction.OUT,
        "queued",
        "Dana Seitkali",
    )
    assert changes.conversations == {conv}
    (item,) = store.due_outbox(store.accounts()[0].id)
    assert item.op == "send" and item.state == OutboxState.QUEUED


def test_empty_replies_are_refused(store: Store, conv: int) -> None:
    with pytest.raises(StoreError, match="empty"):
        store.queue_reply(conv, "   ")


def test_replies_go_out_in_order_per_conversation(store: Store, conv: int) -> None:
    account = store.accounts()[0].id
    store.queue_reply(conv, "one")
    store.queue_reply(conv, "two")
    first, *rest = store.due_outbox(account)
    assert rest == []  # the second waits for the first
    store.mark_retry(first, "network down", delay=3600)
    assert store.due_outbox(account) == []  # still waits: the first is not through
    store.mark_sent(first, "remote-1")
    store.db.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00Z'")
    (second,) = store.due_outbox(account)
    assert store.message_text(second.message_id or 0) == "two"


def test_interrupted_sends_become_uncertain_unless_idempotent(store: Store, conv: int) -> None:
    account = store.accounts()[0].id
    store.queue_reply(conv, "one")
    (item,) = store.due_outbox(account)
    store.mark_sending(item)
    assert store.recover_interrupted(account, idempotent_send=False) == 1
    assert store.outbox_item(item.id).state == OutboxState.UNCERTAIN
    assert store.messages(conv)[-1].delivery == "uncertain"
    store.retry_outbox(item.id)
    assert store.outbox_item(item.id).state == OutboxState.QUEUED


def test_reading_queues_seen_state_for_the_channel(store: Store, conv: int) -> None:
    assert store.conversation(conv).unread
    store.mark_read(conv)
    assert not store.conversation(conv).unread
    ops = [i.op for i in store.outbox_items()]
    assert ops == ["seen"]
    store.mark_read(conv)
    assert len(store.outbox_items()) == 1


def test_reply_context_names_the_customer_and_the_answered_message(store: Store, conv: int) -> None:
    store.queue_reply(conv, "hi")
    (item,) = store.outbox_items()
    ctx = store.reply_context(item)
    assert (ctx.to_kind, ctx.to_value, ctx.in_reply_to) == ("email", "customer@example.com", ("a",))
    assert ctx.subject == "Order 55"
