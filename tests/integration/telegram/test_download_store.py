"""Incoming Telegram files into the blob store, through the engine: on request (getFile, then
the file path), in the background for small ones, with clear sentences when they cannot be."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from omniinbox.connector import PermanentError, TransientError, discover
from omniinbox.domain import Account, Attachment
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from tests.emulators.telegram_api import MB, TelegramEmulator
from tests.integration.telegram.support import Secrets

WAIT = 20.0


@pytest.fixture
def engine(store: Store, emulator: TelegramEmulator) -> Iterator[Engine]:
    e = Engine(
        store,
        discover(),
        lambda account: Secrets({"token": emulator.token}),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        interval=1.0,
        desk_interval=0,
    )
    yield e
    e.stop()


@pytest.fixture
def bot(store: Store, emulator: TelegramEmulator) -> Account:
    return store.add_account("Shop bot", "telegram", {"api_url": emulator.url}, "telegram")


def files(store: Store) -> dict[str, Attachment]:
    found = {}
    for conversation in store.conversations():
        for message in store.messages(conversation.id):
            found.update({a.name: a for a in message.attachments})
    return found


def eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not check():
        assert time.monotonic() < deadline, "it did not happen in time"
        time.sleep(0.05)


def test_a_file_is_downloaded_into_the_blob_store_on_request(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    alice = emulator.user("alice_t", "Alice")
    invoice = b"%PDF-1.7 " + bytes(range(256)) * 1200
    emulator.private_message(alice, caption="счёт", document=emulator.document(invoice))
    engine.sync_once(bot)
    pdf = files(store)["file.pdf"]
    assert pdf.sha256 is None and emulator.calls("getFile") == []

    fetched = engine.fetch_attachment(pdf.id).result(WAIT)

    assert fetched.present and store.blobs.get(str(fetched.sha256)) == invoice
    assert store.blobs.path(str(fetched.sha256)).read_bytes() == invoice  # a file, by digest
    assert files(store)["file.pdf"].sha256 == fetched.sha256
    assert len(emulator.calls("getFile")) == 1
    again = engine.fetch_attachment(pdf.id).result(WAIT)  # present: nothing is fetched again
    assert again.sha256 == fetched.sha256 and len(emulator.calls("getFile")) == 1


def test_over_20_mb_is_refused_once_with_the_reason_kept(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, document=emulator.document(name="video.mov", size=25 * MB))
    engine.sync_once(bot)
    video = files(store)["video.mov"]

    with pytest.raises(PermanentError, match="only up to 20 MB"):
        engine.fetch_attachment(video.id).result(WAIT)

    ref = store.attachment_ref(video.id)
    assert not ref.present and "only up to 20 MB" in ref.fetch_error
    assert store.pending_attachments(bot.id) == []  # the prefetch leaves it alone


def test_offline_leaves_the_file_waiting_and_it_comes_later(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, photo=emulator.photo(b"jpeg" * 3000))
    engine.sync_once(bot)
    photo = next(iter(files(store).values()))
    emulator.misbehave("502", method="file")

    with pytest.raises(TransientError, match="Telegram is having trouble"):
        engine.fetch_attachment(photo.id).result(WAIT)
    assert store.attachment_ref(photo.id).fetch_error == ""
    assert [r.id for r in store.pending_attachments(bot.id)] == [photo.id]

    fetched = engine.fetch_attachment(photo.id).result(WAIT)
    assert store.blobs.get(str(fetched.sha256)) == b"jpeg" * 3000


def test_small_files_are_prefetched_after_a_sync_big_ones_wait_for_the_agent(
    store: Store, engine: Engine, emulator: TelegramEmulator, bot: Account
) -> None:
    alice = emulator.user("alice_t", "Alice")
    small, big = b"s" * 40_000, b"b" * (3 * MB)
    emulator.private_message(alice, document=emulator.document(small, name="small.pdf"))
    emulator.private_message(alice, document=emulator.document(big, name="big.zip"))
    engine.start()

    eventually(lambda: files(store).get("small.pdf") is not None)
    eventually(lambda: files(store)["small.pdf"].sha256 is not None)
    assert store.blobs.get(str(files(store)["small.pdf"].sha256)) == small
    time.sleep(0.3)
    assert files(store)["big.zip"].sha256 is None  # over 2 MB: fetched when opened
    assert len(emulator.calls("getFile")) == 1

    fetched = engine.fetch_attachment(files(store)["big.zip"].id).result(WAIT)
    assert store.blobs.get(str(fetched.sha256)) == big
