"""Files synced without content: what is pending, filling content in by attachment id, and a
permanent failure remembered; customers marked as not the same are not suggested again."""

from __future__ import annotations

import pytest

from omniinbox.domain import IdentityKind, IncomingAttachment
from omniinbox.store import Store, StoreError
from tests.unit.store.helpers import msg


def lazy(name: str, size: int, ref: str) -> IncomingAttachment:
    return IncomingAttachment(name, "application/pdf", size, remote_ref=ref)


@pytest.fixture
def account(store: Store) -> int:
    return store.add_account("Bot", "telegram", {}, "telegram").id


def test_pending_files_newest_first_within_a_size(store: Store, account: int) -> None:
    store.ingest(
        account,
        [
            msg("1:1", attachments=(lazy("old.pdf", 1000, "f-old"),), minutes=0),
            msg("1:2", attachments=(lazy("big.zip", 9_000_000, "f-big"),), minutes=1),
            msg("1:3", attachments=(lazy("new.pdf", 2000, "f-new"),), minutes=2),
            msg("1:4", attachments=(IncomingAttachment("here.txt", "text/plain", 2, b"hi"),)),
        ],
        "5",
    )
    assert [r.name for r in store.pending_attachments(account)] == [
        "new.pdf",
        "big.zip",
        "old.pdf",
    ]
    assert [r.remote_ref for r in store.pending_attachments(account, 2 * 1024 * 1024)] == [
        "f-new",
        "f-old",
    ]
    assert store.pending_attachments(account + 1) == []


def test_filling_content_by_id_marks_it_present_once(store: Store, account: int) -> None:
    store.ingest(account, [msg("1:1", attachments=(lazy("a.pdf", 10, "f-a"),))], "2")
    (ref,) = store.pending_attachments(account)
    assert not ref.present

    changes = store.fill_attachment(ref.id, b"%PDF-content")

    filled = store.attachment_ref(ref.id)
    assert filled.present and filled.size == len(b"%PDF-content")
    assert store.blobs.get(str(filled.sha256)) == b"%PDF-content"
    assert changes.messages == {ref.message_id} and changes.conversations == {ref.conversation_id}
    assert store.fill_attachment(ref.id, b"other bytes") == type(changes)()  # first one wins
    assert store.blobs.get(str(store.attachment_ref(ref.id).sha256)) == b"%PDF-content"
    assert store.pending_attachments(account) == []
    with pytest.raises(StoreError, match="no attachment with id 999"):
        store.fill_attachment(999, b"x")


def test_a_permanent_failure_is_kept_until_forgotten(store: Store, account: int) -> None:
    store.ingest(account, [msg("1:1", attachments=(lazy("v.mov", 10, "f-v"),))], "2")
    (ref,) = store.pending_attachments(account)
    store.set_fetch_error(ref.id, "this file is 25.0 MB")
    assert store.attachment_ref(ref.id).fetch_error == "this file is 25.0 MB"
    assert store.pending_attachments(account) == []
    store.set_fetch_error(ref.id, "")
    assert [r.id for r in store.pending_attachments(account)] == [ref.id]


def test_not_the_same_is_remembered_both_ways(store: Store, account: int) -> None:
    store.ingest(
        account,
        [
            msg("1:1", sender="111", name="Olga Petrenko", kind=IdentityKind.TELEGRAM),
            msg("2:1", sender="olga@example.com", name="Olga  Petrenko"),
            msg("3:1", sender="olga@work.kz", name="olga petrenko"),
        ],
        "4",
    )
    a, b, c = (r.contact_id for r in sorted(store.conversations(), key=lambda r: r.id))
    assert a is not None and b is not None and c is not None
    assert [s.contact_id for s in store.suggested_merges(a)] == [b, c]
    assert store.suggested_merges(a)[0].why == "name"

    changes = store.mark_not_same(b, a, actor="Dana")
    store.mark_not_same(a, b)  # again: nothing new

    assert changes.contacts == {a, b}
    assert [s.contact_id for s in store.suggested_merges(a)] == [c]
    assert [s.contact_id for s in store.suggested_merges(b)] == [c]
    assert store.merge_suggestions(c) == [
        (a, "same name: Olga Petrenko"),
        (b, "same name: Olga  Petrenko"),
    ]
    with pytest.raises(StoreError):
        store.mark_not_same(a, a)
