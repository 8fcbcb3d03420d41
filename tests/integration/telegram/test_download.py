"""Incoming files: downloaded only when asked, and never more than Telegram allows (20 MB)."""

from __future__ import annotations

import pytest

from omniinbox.connector import PermanentError, TransientError
from omniinbox.domain import NewMessage
from tests.emulators.telegram_api import MB, TelegramEmulator
from tests.integration.telegram.conftest import Connect


def attachments(connector: object) -> list:  # type: ignore[type-arg]
    batch = connector.pull("")  # type: ignore[attr-defined]
    return [a for e in batch.events if isinstance(e, NewMessage) for a in e.attachments]


def test_a_document_downloads_on_request(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    content = b"%PDF-1.7 " + bytes(range(256)) * 100
    emulator.private_message(alice, caption="invoice", document=emulator.document(content))
    emulator.private_message(alice, photo=emulator.photo(b"x" * 5000, 1600, 1200))
    connector = connect()
    pdf, photo = attachments(connector)
    assert pdf.content is None and emulator.calls("getFile") == []

    assert connector.download(pdf.remote_ref) == content
    assert connector.download(photo.remote_ref) == b"x" * 5000  # the biggest size, not a thumb
    assert emulator.calls("getFile") == [{"file_id": pdf.remote_ref}, {"file_id": photo.remote_ref}]


def test_files_over_20_mb_are_refused_with_a_reason(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, document=emulator.document(name="video.mov", size=25 * MB))
    connector = connect()
    (video,) = attachments(connector)
    assert video.size == 25 * MB and video.name == "video.mov"
    with pytest.raises(PermanentError, match=r"is over 20 MB.*only up to 20 MB; ask the customer"):
        connector.download(video.remote_ref)


def test_a_file_bigger_than_it_said_is_cut_off_at_20_mb(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.download_limit = 100 * MB  # a server that lets it through
    big = emulator.document(bytes(20 * MB + 1), name="dump.zip", size=1000)
    emulator.private_message(alice, document=big)
    with pytest.raises(PermanentError, match=r"20\.0 MB"):
        connect().download(big["file_id"])


def test_a_failed_download_is_transient(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    doc = emulator.document(b"data")
    emulator.private_message(alice, document=doc)
    emulator.misbehave("502", method="file")
    connector = connect()
    with pytest.raises(TransientError):
        connector.download(doc["file_id"])
    assert connector.download(doc["file_id"]) == b"data"


def test_an_unknown_file_is_permanent(connect: Connect) -> None:
    with pytest.raises(PermanentError, match="invalid file_id"):
        connect().download("no-such-file")
