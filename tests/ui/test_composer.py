"""The composer: drafts saved as the agent types and back after a restart, canned answers
with "/", replies on another channel of the same customer, Send and resolve."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omniinbox.domain import Direction, Identity, IdentityKind, Status
from omniinbox.store import Store
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.reply_box import DRAFT_DELAY_MS
from omniinbox.workspace import Workspace
from tests.ui.helpers import open_window
from tests.ui.sample_desk import Desk, chat

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def fresh(workspace: Workspace, desk: Desk) -> Iterator[Store]:
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


def test_a_draft_is_saved_as_you_type_and_survives_a_restart(
    qtbot: QtBot, workspace: Workspace, desk: Desk, fresh: Store
) -> None:
    with open_window(qtbot, workspace, start=False) as window:
        window.open_conversation(desk.aigerim)
        qtbot.keyClicks(window.reply_box.editor, "We will send a new jug")
        qtbot.waitUntil(lambda: fresh.draft(desk.aigerim)[0] == "We will send a new jug")
        window.open_conversation(desk.giorgi)
        qtbot.keyClicks(window.reply_box.editor, "Batumi: yes")
        # Closing saves at once, even before the typing pause is over.
    assert fresh.draft(desk.giorgi)[0] == "Batumi: yes"
    with open_window(qtbot, workspace, start=False) as window:
        window.open_conversation(desk.aigerim)
        assert window.reply_box.editor.toPlainText() == "We will send a new jug"
        window.open_conversation(desk.giorgi)
        assert window.reply_box.editor.toPlainText() == "Batumi: yes"


def test_sending_clears_the_draft(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    window.open_conversation(desk.aigerim)
    qtbot.keyClicks(window.reply_box.editor, "On its way")
    qtbot.wait(DRAFT_DELAY_MS + 100)
    qtbot.waitUntil(lambda: fresh.draft(desk.aigerim)[0] == "On its way")
    window.reply_box.send()
    qtbot.waitUntil(lambda: fresh.draft(desk.aigerim) == ("", ""))


def test_send_and_resolve_queues_the_reply_and_resolves(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    window.open_conversation(desk.aigerim)
    qtbot.keyClicks(window.reply_box.editor, "Refund done")
    qtbot.mouseClick(window.reply_box.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).status is Status.RESOLVED)
    assert any(
        m.direction is Direction.OUT and m.text.startswith("Refund done")
        for m in fresh.messages(desk.aigerim)
    )


def test_slash_offers_canned_answers_filled_from_the_conversation(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_conversation(desk.aigerim)
    editor = window.reply_box.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "/refund")
    popup = window.reply_box.answers.popup
    qtbot.waitUntil(popup.isVisible)
    assert window.reply_box.answers.templates.template(0).name == "Refund started"  # type: ignore[union-attr]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not popup.isVisible()
    text = editor.toPlainText()
    assert text.startswith("Hello Aigerim,")  # {customer.first_name} filled in
    assert "/refund" not in text


def test_a_reply_can_go_to_the_customers_other_channel(
    qtbot: QtBot, workspace: Workspace, desk: Desk, fresh: Store
) -> None:
    # Aigerim also writes on Telegram: link that identity and give her a chat there.
    writer = workspace.open_store()
    other = writer.contact_for(Identity.of(IdentityKind.TELEGRAM, "777", "@aigerim"), "Aigerim")
    writer.close()
    with open_window(qtbot, workspace, start=False) as window:
        aigerim = fresh.conversation(desk.aigerim).contact_id
        assert aigerim is not None
        window.engine.submit(lambda s: s.merge_customers(aigerim, other, "test")).result()
        message = chat("tg-9", "Aigerim", "777", "Also here", 5)
        telegram = window.engine.submit(
            lambda s: s.ingest(desk.chat_account, [message], None)
        ).result()
        tg_conversation = min(telegram.new_conversations)
        window.open_conversation(desk.aigerim)
        box = window.reply_box
        labels = [box.route_box.itemText(i) for i in range(box.route_box.count())]
        assert labels[0].startswith("Email")
        telegram_row = next(i for i, label in enumerate(labels) if label.startswith("Telegram"))
        box.route_box.setCurrentIndex(telegram_row)
        qtbot.keyClicks(box.editor, "Answering you here")
        box.send()
        qtbot.waitUntil(
            lambda: any(m.direction is Direction.OUT for m in fresh.messages(tg_conversation))
        )
        notes = [m for m in fresh.messages(desk.aigerim) if m.direction is Direction.NOTE]
        assert notes and "Telegram" in notes[-1].text
