from __future__ import annotations

import pytest

from omniinbox.domain import (
    Direction,
    Identity,
    IdentityKind,
    IncomingAttachment,
    MessageChanged,
    Status,
)
from omniinbox.store import Store, StoreError

from .helpers import msg


@pytest.fixture
def account(store: Store) -> int:
    return store.add_account("Support", "imap", {"host": "imap.example.kz"}, "email").id


def test_reingesting_the_same_batch_never_duplicates(store: Store, account: int) -> None:
    batch = [msg("a", "first"), msg("b", "second", minutes=1)]
    first = store.ingest(account, batch, "c1")
    again = store.ingest(account, batch, "c1")
    assert len(first.messages) == 2 and not again
    assert store.scalar("SELECT count(*) FROM messages") == 2


def test_the_cursor_commits_with_the_events(store: Store, account: int) -> None:
    store.ingest(account, [msg("a")], "after-a")
    assert store.cursor(account) == "after-a"


def test_a_failing_batch_stores_nothing_and_keeps_the_old_cursor(
    store: Store, account: int
) -> None:
    store.ingest(account, [msg("a")], "after-a")
    broken = msg("c", minutes=2)
    object.__setattr__(broken, "sent_at", "not a datetime")  # as a buggy connector might
    with pytest.raises(AttributeError):
        store.ingest(account, [msg("b", minutes=1), broken], "after-c")
    assert store.cursor(account) == "after-a"
    assert store.scalar("SELECT count(*) FROM messages") == 1


def test_replies_join_their_conversation_by_reference(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "order late", subject="Order")], None)
    store.ingest(account, [msg("b", "any news?", replies_to=("a",), minutes=5)], None)
    assert store.count_conversations() == 1
    row = store.conversations()[0]
    assert row.message_count == 2 and row.snippet == "any news?"


def test_thread_keys_group_chat_messages(store: Store, account: int) -> None:
    store.ingest(
        account, [msg(f"t{i}", f"line {i}", thread="chat-42", minutes=i) for i in range(3)], None
    )
    assert store.count_conversations() == 1


def test_ticket_tag_in_subject_threads_a_new_mail(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "help", subject="Broken kettle")], None)
    ticket = store.conversations()[0].ticket
    store.ingest(
        account, [msg("z", "still broken", subject=f"Re: Broken kettle [#{ticket}]")], None
    )
    assert store.count_conversations() == 1


def test_a_stranger_cannot_join_a_ticket_by_its_tag(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "help", subject="Broken kettle")], None)
    ticket = store.conversations()[0].ticket
    store.ingest(
        account, [msg("z", "hi", sender="other@example.com", subject=f"[#{ticket}]")], None
    )
    assert store.count_conversations() == 2


def test_same_email_in_other_case_is_one_customer(store: Store, account: int) -> None:
    store.ingest(
        account, [msg("a", sender="Aigerim@Shop.KZ"), msg("b", sender="aigerim@shop.kz")], None
    )
    assert store.scalar("SELECT count(*) FROM contacts") == 1


def test_our_own_sent_reply_joins_as_outbound(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "where is my order")], None)
    reply = msg(
        "r",
        "on its way",
        sender="support@shop.kz",
        direction=Direction.OUT,
        recipient="customer@example.com",
        replies_to=("a",),
        minutes=3,
    )
    store.ingest(account, [reply], None)
    conv = store.conversations()[0]
    directions = [m.direction for m in store.messages(conv.id)]
    assert directions == [Direction.IN, Direction.OUT]
    assert conv.contact_name == "A Customer"


def test_customer_reply_reopens_a_resolved_conversation(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "help", thread="t")], None)
    conv = store.conversations()[0]
    store.set_status([conv.id], Status.RESOLVED)
    store.ingest(account, [msg("b", "again", thread="t", minutes=9)], None)
    assert store.conversation(conv.id).status is Status.OPEN


def test_ticket_numbers_are_monotonic_and_never_reused(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", sender="one@x.kz"), msg("b", sender="two@x.kz")], None)
    tickets = sorted(r.ticket for r in store.conversations())
    assert tickets == [1001, 1002]
    newest = store.conversation_by_ticket(1002)
    store.delete_conversation(newest.id)
    store.ingest(account, [msg("c", sender="three@x.kz")], None)
    assert sorted(r.ticket for r in store.conversations()) == [1001, 1003]


def test_attachments_are_content_addressed_blobs(store: Store, account: int) -> None:
    data = b"%PDF-1.4 invoice"
    att = IncomingAttachment("invoice.pdf", "application/pdf", len(data), data)
    store.ingest(
        account, [msg("a", attachments=(att,)), msg("b", attachments=(att,), minutes=1)], None
    )
    shas = {a.sha256 for m in store.messages(store.conversations()[0].id) for a in m.attachments}
    assert len(shas) == 1
    sha = shas.pop()
    assert sha is not None and store.blobs.get(sha) == data
    assert len(list(store.blobs.root.rglob("*"))) == 2  # one folder, one file


def test_edits_keep_the_old_text_and_deletes_erase_nothing(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", "first words")], None)
    store.ingest(account, [MessageChanged("a", text="second words")], None)
    store.ingest(account, [MessageChanged("a", deleted=True)], None)
    (message,) = store.messages(store.conversations()[0].id)
    assert message.text == "second words"
    assert store.message_flags(message.id) == {"edited": 1, "deleted": 1, "note": ""}
    assert store.scalar("SELECT detail FROM audit WHERE action = 'message.edited'") == "first words"


def test_an_identity_cannot_belong_to_two_customers(store: Store, account: int) -> None:
    store.ingest(account, [msg("a", sender="one@x.kz"), msg("b", sender="two@x.kz")], None)
    first, second = (r.contact_id for r in store.conversations(order="oldest"))
    assert first is not None and second is not None
    store.add_identity(first, Identity.of(IdentityKind.TELEGRAM, "555"))
    with pytest.raises(StoreError, match="already belongs"):
        store.add_identity(second, Identity.of(IdentityKind.TELEGRAM, "555"))
