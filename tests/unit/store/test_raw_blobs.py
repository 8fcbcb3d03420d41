"""Raw messages up to 256 KB are rows of the ingest transaction, not files; readers do not
see the difference, and the raw re-derives the message (a parser fix can re-read it)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from omniinbox_connectors.imap import mime

from omniinbox.domain import IncomingAttachment
from omniinbox.store import Store
from omniinbox.store.blobs import INLINE_MAX, BlobStore

from .helpers import msg

RAW = (
    "From: Айгерим <aigerim@example.kz>\r\nTo: support@shop.kz\r\nSubject: Заказ 1042\r\n"
    "Message-ID: <raw-1@example.kz>\r\nDate: Mon, 02 Nov 2026 09:00:00 +0500\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nГде мой заказ?\r\n"
).encode()


def files(store: Store) -> list[str]:
    return [p.name for p in store.blobs.root.rglob("*") if p.is_file()]


def test_a_small_raw_is_kept_in_the_database_and_read_back(store: Store) -> None:
    account = store.add_account("Support", "imap", {}, "email").id
    pdf = b"%PDF-1.4 " + b"x" * 1000
    event = replace(
        msg("raw-1@example.kz", "Где мой заказ?"),
        raw=RAW,
        attachments=(IncomingAttachment("a.pdf", "application/pdf", len(pdf), pdf),),
    )
    store.ingest(account, [event], None)

    sha = store.scalar("SELECT raw_sha256 FROM messages")
    assert store.scalar("SELECT count(*) FROM small_blobs WHERE sha256 = ?", (sha,)) == 1
    assert store.blobs.get(sha) == RAW and store.blobs.exists(sha)
    att_sha = store.scalar("SELECT sha256 FROM attachments")
    assert files(store) == [att_sha[2:]]  # the attachment is a file, the raw is not
    again = mime.parse_message(store.blobs.get(sha))
    assert (again.message_id, again.subject, again.text.strip()) == (
        "raw-1@example.kz", "Заказ 1042", "Где мой заказ?",
    )  # fmt: skip


def test_a_big_raw_is_a_file_and_a_rolled_back_batch_keeps_no_row(store: Store) -> None:
    account = store.add_account("Support", "imap", {}, "email").id
    big = RAW + b"x" * INLINE_MAX
    store.ingest(account, [replace(msg("big@example.kz"), raw=big)], None)
    sha = store.scalar("SELECT raw_sha256 FROM messages")
    assert store.blobs.path(sha).read_bytes() == big and store.blobs.get(sha) == big
    assert store.scalar("SELECT count(*) FROM small_blobs") == 0

    # A row is written in the caller's transaction: a batch that fails keeps none.
    with pytest.raises(RuntimeError), store.tx():
        store.blobs.put(b"part of a failed batch", inline=True)
        raise RuntimeError("the batch failed")
    assert store.scalar("SELECT count(*) FROM small_blobs") == 0


def test_the_blob_store_reads_files_and_rows_alike(store: Store, tmp_path: Path) -> None:
    inline = store.blobs.put(b"small", inline=True)
    filed = store.blobs.put(b"small too")
    assert store.blobs.get(inline) == b"small" and store.blobs.get(filed) == b"small too"
    assert not store.blobs.path(inline).exists() and store.blobs.path(filed).exists()
    # The same bytes inline and as a file: one digest, read alike.
    assert store.blobs.put(b"small too", inline=True) == filed
    assert store.blobs.get(filed) == b"small too"
    assert store.blobs.put(b"small", inline=True) == inline  # stored once
    assert store.scalar("SELECT count(*) FROM small_blobs") == 2
    with pytest.raises(ValueError, match="not a SHA-256"):
        store.blobs.get("../" + inline[3:])
    # Without a database (a bare blob folder) everything is a file.
    bare = BlobStore(tmp_path / "bare")
    digest = bare.put(b"small", inline=True)
    assert digest == inline and bare.path(digest).read_bytes() == b"small"
    assert not BlobStore(tmp_path / "none", store.db).exists("0" * 64)
