"""Attachment chips of files not downloaded yet: Open / Save fetch first (a busy cursor meanwhile),
errors are one sentence in the status bar, offline keeps the chip usable. Real Telegram files
from the Bot API emulator, the real engine, a read-only store on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from omniinbox.connector import discover
from omniinbox.domain import Attachment
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from omniinbox.ui.conversation_view import ConversationView
from omniinbox.workspace import Workspace
from tests.emulators.telegram_api import MB, TelegramEmulator
from tests.integration.telegram.support import Secrets

INVOICE = b"%PDF-1.7 " + bytes(range(256)) * 400


@pytest.fixture
def emulator() -> Iterator[TelegramEmulator]:
    with TelegramEmulator() as emu:
        yield emu


@pytest.fixture
def engine(workspace: Workspace, emulator: TelegramEmulator) -> Iterator[Engine]:
    store = workspace.open_store()
    engine = Engine(
        store,
        discover(),
        lambda account: Secrets({"token": emulator.token}),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        desk_interval=0,
    )
    yield engine
    engine.stop()
    store.close()


@pytest.fixture
def synced(engine: Engine, emulator: TelegramEmulator) -> dict[str, Attachment]:
    """A customer sent an invoice and a 25 MB video; the bot synced them (names only)."""
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, caption="счёт", document=emulator.document(INVOICE))
    emulator.private_message(alice, document=emulator.document(name="video.mov", size=25 * MB))
    account = engine.store.add_account(
        "Shop bot", "telegram", {"api_url": emulator.url}, "telegram"
    )
    engine.sync_once(account)
    (conversation,) = engine.store.conversations()
    return {a.name: a for m in engine.store.messages(conversation.id) for a in m.attachments}


@pytest.fixture
def view(
    qtbot: QtBot, workspace: Workspace, engine: Engine, synced: dict[str, Attachment]
) -> Iterator[ConversationView]:
    reader = workspace.open_store(readonly=True)
    window = QMainWindow()
    view = ConversationView(reader)
    view.attachments.engine = engine  # what the main window does
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.show()
    view.show_conversation(reader.conversations()[0].id)
    yield view
    reader.close()


def status(view: ConversationView) -> str:
    window = view.window()
    assert isinstance(window, QMainWindow)
    return window.statusBar().currentMessage()


def labels(view: ConversationView, attachment: Attachment) -> dict[str, bool]:
    menu = view.attachments.menu(attachment)
    found = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    menu.close()
    return found


def test_a_chip_not_downloaded_yet_fetches_on_save_with_a_busy_cursor(
    qtbot: QtBot, view: ConversationView, synced: dict[str, Attachment], tmp_path: Path
) -> None:
    pdf = synced["file.pdf"]
    assert view.timeline_text().count("not downloaded yet") == 2
    assert labels(view, pdf) == {
        "Open": True,
        "Save as…": True,
        "Not downloaded yet": False,
    }
    target = tmp_path / "invoice.pdf"

    assert view.attachments.save_as(pdf, str(target)) is None  # not yet: it is on its way
    assert pdf.id in view.attachments.fetcher.busy
    assert QApplication.overrideCursor() is not None
    assert "Downloading file.pdf" in status(view)
    assert labels(view, pdf)["Downloading…"] is False and labels(view, pdf)["Open"] is False

    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes() == INVOICE
    assert not view.attachments.fetcher.busy and QApplication.overrideCursor() is None
    assert status(view) == "file.pdf downloaded."
    view.refresh()
    assert view.timeline_text().count("not downloaded yet") == 1  # the video still is not


def test_offline_says_so_and_the_chip_still_works_afterwards(
    qtbot: QtBot,
    view: ConversationView,
    synced: dict[str, Attachment],
    emulator: TelegramEmulator,
    tmp_path: Path,
) -> None:
    pdf = synced["file.pdf"]
    emulator.misbehave("502", method="file")
    target = tmp_path / "invoice.pdf"

    view.attachments.save_as(pdf, str(target))
    qtbot.waitUntil(lambda: not view.attachments.fetcher.busy, timeout=10_000)

    assert status(view).startswith("File.pdf could not be downloaded now (Telegram is having")
    assert status(view).endswith("try again when the account is online.")
    assert not target.exists() and labels(view, pdf)["Save as…"] is True
    view.attachments.save_as(pdf, str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes() == INVOICE


def test_a_file_over_the_telegram_limit_keeps_its_reason(
    qtbot: QtBot, view: ConversationView, synced: dict[str, Attachment], tmp_path: Path
) -> None:
    video = synced["video.mov"]
    view.attachments.save_as(video, str(tmp_path / "video.mov"))
    qtbot.waitUntil(lambda: not view.attachments.fetcher.busy, timeout=10_000)

    assert status(view).startswith("Video.mov cannot be downloaded: this file is over 20 MB")
    assert "only up to 20 MB" in view.attachments.fetcher.last_error
    found = labels(view, video)
    assert found["Save as…"] is False and found["Try downloading again"] is True
    (reason,) = [t for t in found if t.startswith("Cannot be downloaded:")]
    assert "20 MB" in reason
