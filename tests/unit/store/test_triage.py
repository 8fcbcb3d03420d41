from __future__ import annotations

from datetime import timedelta

import pytest

from omniinbox.domain import Direction, Status
from omniinbox.store import Store, StoreError

from .helpers import T0, msg


@pytest.fixture
def conv(store: Store) -> int:
    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(account, [msg("a", "help", thread="t")], None)
    return store.conversations()[0].id


def test_status_changes_are_kept_in_order(store: Store, conv: int) -> None:
    store.set_status([conv], Status.PENDING, "Dana")
    store.set_status([conv], Status.RESOLVED, "Dana")
    assert [s for _, s, _ in store.status_history(conv)] == ["pending", "resolved"]
    assert store.conversation(conv).resolved_at is not None


def test_a_customer_reply_reopens_and_is_recorded(store: Store, conv: int) -> None:
    store.set_status([conv], Status.RESOLVED)
    account = store.accounts()[0].id
    store.ingest(account, [msg("b", "again", thread="t", minutes=30)], None)
    row = store.conversation(conv)
    assert row.status is Status.OPEN and row.resolved_at is None
    assert store.status_history(conv)[-1][1:] == ("open", "customer replied")
    assert store.scalar("SELECT reopened FROM conversations WHERE id = ?", (conv,)) == 1


def test_snoozed_conversations_come_back_by_themselves(store: Store, conv: int) -> None:
    store.snooze([conv], T0 + timedelta(hours=2))
    assert store.conversation(conv).status is Status.SNOOZED
    assert not store.wake_snoozed(T0 + timedelta(hours=1))
    woken = store.wake_snoozed(T0 + timedelta(hours=3))
    assert woken.conversations == {conv}
    row = store.conversation(conv)
    assert row.status is Status.OPEN and row.snoozed_until is None


def test_snoozing_needs_a_time(store: Store, conv: int) -> None:
    with pytest.raises(StoreError, match="time to come back"):
        store.set_status([conv], Status.SNOOZED)


def test_collaborators_never_include_the_owner(store: Store, conv: int) -> None:
    dana, timur = store.add_agent("Dana"), store.add_agent("Timur")
    store.assign([conv], dana.id)
    store.set_collaborators(conv, [dana.id, timur.id])
    assert store.collaborators(conv) == [timur.id]
    assert store.conversation(conv).owner_id == dana.id


def test_drafts_survive_reopening_the_store(store: Store, conv: int) -> None:
    store.save_draft(conv, "Здравствуйте, Ольга! Ваш заказ", "email:olga@example.ru")
    reopened = Store(store.path)
    assert reopened.draft(conv) == ("Здравствуйте, Ольга! Ваш заказ", "email:olga@example.ru")
    reopened.save_draft(conv, "   ")
    assert reopened.draft(conv) == ("", "")


def test_first_response_time_is_the_first_answer_that_went_out(store: Store, conv: int) -> None:
    account = store.accounts()[0].id
    store.queue_reply(conv, "on it")
    assert store.conversation(conv).first_response_at is None  # queued is not answered yet
    (item,) = store.due_outbox(account)
    store.mark_sent(item, "r1")
    first = store.conversation(conv).first_response_at
    assert first is not None
    reply = msg(
        "c",
        "more",
        direction=Direction.OUT,
        recipient="customer@example.com",
        replies_to=("a",),
        minutes=600,
        sender="support@shop.kz",
    )
    store.ingest(account, [reply], None)
    assert store.conversation(conv).first_response_at == first


def test_category_priority_and_resolution_fields(store: Store, conv: int) -> None:
    store.set_category([conv], "delivery/late")
    store.set_resolution(conv, complaint=True, root_cause="courier lost the parcel")
    row = store.conversation(conv)
    assert (row.category, row.complaint) == ("delivery/late", True)
