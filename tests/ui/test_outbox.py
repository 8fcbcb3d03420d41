"""A reply that fails to send shows as failed on the message and in the outbox; the outbox
dialog retries it, and it goes out. The channel is the scripted test connector, registered
through an entry point like any plug-in, with a permanent fault injected on send."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omniinbox.store import OutboxState
from omniinbox.ui.outbox_dialog import Col
from omniinbox.workspace import Workspace
from tests.connector_kit.scripted import Remote
from tests.ui.helpers import customers, open_window

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def remote(workspace: Workspace, tmp_path: Path) -> Remote:
    """A scripted account with one customer message waiting on its remote."""
    remote = Remote(tmp_path / "remote")
    remote.deliver("Where is my order 77?", sender="nurlan@example.kz", name="Nurlan Abenov")
    store = workspace.open_store()
    store.add_agent("Dana Sultanova", "dana@shop.example")
    store.add_account("Scripted mail", "scripted", {"folder": str(remote.folder)}, "email")
    store.close()
    return remote


def test_a_failed_send_shows_in_the_outbox_and_a_retry_sends_it(
    qtbot: QtBot, workspace: Workspace, remote: Remote
) -> None:
    remote.fault("send", "permanent")
    with open_window(qtbot, workspace) as window:
        qtbot.waitUntil(lambda: customers(window) == ["Nurlan Abenov"])
        window.select_row(0)
        qtbot.keyClicks(window.reply_box.editor, "It ships tomorrow.")
        window.reply_box.send()

        view = window.conversation_view
        qtbot.waitUntil(lambda: "Failed to send" in view.timeline_text(), timeout=10_000)
        qtbot.waitUntil(lambda: "1 failed" in window.status_line.outbox_button.text())
        assert remote.sent() == []

        qtbot.mouseClick(window.status_line.outbox_button, Qt.MouseButton.LeftButton)
        dialog = window.outbox_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() >= 1)
        first = dialog.model.index(0, Col.STATE)
        assert first.data() == "Failed"
        assert "injected permanent fault" in dialog.model.index(0, Col.ERROR).data()
        assert dialog.model.index(0, Col.WHAT).data() == "Reply"
        assert dialog.retry_button.isEnabled()

        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(remote.sent()) == 1, timeout=10_000)
        assert remote.sent()[0]["text"].startswith("It ships tomorrow.")
        qtbot.waitUntil(lambda: "Sent" in view.timeline_text())
        qtbot.waitUntil(lambda: "nothing waiting" in window.status_line.outbox_button.text())
        qtbot.waitUntil(
            lambda: (
                not any(
                    dialog.model.item(r).state == OutboxState.FAILED  # type: ignore[union-attr]
                    for r in range(dialog.model.rowCount())
                )
            )
        )
