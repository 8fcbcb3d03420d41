"""The main window over a real store and the real engine: list, open, answer, search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omniinbox.domain import Direction
from omniinbox.store import OutboxState, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.conversation_model import Column
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk, email


def customers(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.CUSTOMER).data() for r in range(model.rowCount())]


def click_row(qtbot: QtBot, window: MainWindow, conversation_id: int) -> None:
    row = window.model.row_of(conversation_id)
    assert row is not None
    rect = window.list_view.visualRect(window.model.index(row, Column.SUBJECT))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def fresh(workspace: Workspace, desk: Desk) -> Iterator[Store]:
    """A reader of our own, to see what the engine wrote."""
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


def test_window_lists_the_conversations_of_the_inbox(window: MainWindow) -> None:
    assert window.windowTitle() == "OmniInbox (2)"  # two unread conversations
    assert window.model.rowCount() > 0
    assert "Aigerim Nurlanovna" in customers(window)
    assert "Олена Коваленко" not in customers(window)  # pending, not in the inbox


def test_views_show_their_counts(window: MainWindow) -> None:
    views = window.view_list
    assert views.count_of("inbox") == 2
    assert views.count_of("pending") == 1
    assert views.count_of("all") == 3
    assert views.count_of("channel:email") == 2
    assert views.count_of("channel:telegram") == 1


def show(qtbot: QtBot, window: MainWindow, key: str) -> None:
    assert window.view_list.select(key)
    qtbot.waitUntil(lambda: window.list_pane.shown_key == key)


def test_choosing_a_view_lists_only_its_conversations(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "pending")
    assert customers(window) == ["Олена Коваленко"]
    show(qtbot, window, "channel:telegram")
    assert customers(window) == ["Giorgi Beridze"]


def test_selecting_a_row_shows_its_messages(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    click_row(qtbot, window, desk.aigerim)
    assert window.conversation_view.conversation_id == desk.aigerim
    text = window.conversation_view.timeline_text()
    assert "the blender arrived with a cracked jug." in text
    assert "invoice-1042.pdf" in text


def test_an_html_only_message_shows_its_text_and_no_script(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    show(qtbot, window, "pending")
    click_row(qtbot, window, desk.olena)
    text = window.conversation_view.timeline_text()
    assert "Коли буде доставка?" in text
    assert "alert" not in text


def test_opening_an_unread_conversation_marks_it_read(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    assert fresh.conversation(desk.aigerim).unread
    click_row(qtbot, window, desk.aigerim)
    qtbot.waitUntil(lambda: not fresh.conversation(desk.aigerim).unread)
    row = window.model.row_of(desk.aigerim)
    assert row is not None
    qtbot.waitUntil(
        lambda: window.model.index(row, Column.SUBJECT).data(Qt.ItemDataRole.FontRole) is None
    )


def test_send_queues_the_reply_and_shows_it_at_once(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    click_row(qtbot, window, desk.aigerim)
    qtbot.keyClicks(window.reply_box.editor, "A new jug ships today.")
    qtbot.mouseClick(window.reply_box.send_button, Qt.MouseButton.LeftButton)

    def sends() -> list[object]:
        return [
            item
            for item in fresh.outbox_items((OutboxState.QUEUED,))
            if item.op == "send" and item.conversation_id == desk.aigerim
        ]

    qtbot.waitUntil(lambda: len(sends()) == 1)
    qtbot.waitUntil(lambda: "A new jug ships today." in window.conversation_view.timeline_text())
    assert "Queued" in window.conversation_view.timeline_text()
    assert window.reply_box.editor.toPlainText() == ""
    qtbot.waitUntil(lambda: "waiting to sync" in window.status_line.outbox_label.text())


def test_an_internal_note_stays_on_the_desk(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    click_row(qtbot, window, desk.giorgi)
    qtbot.keyClicks(window.reply_box.editor, "Ask the Batumi courier first.")
    qtbot.mouseClick(window.reply_box.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.direction is Direction.NOTE for m in fresh.messages(desk.giorgi)))
    assert not [i for i in fresh.outbox_items() if i.op == "send"]
    qtbot.waitUntil(lambda: "Internal note" in window.conversation_view.timeline_text())


def test_a_draft_waits_while_another_conversation_is_open(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    click_row(qtbot, window, desk.aigerim)
    qtbot.keyClicks(window.reply_box.editor, "half a thought")
    click_row(qtbot, window, desk.giorgi)
    assert window.reply_box.editor.toPlainText() == ""
    click_row(qtbot, window, desk.aigerim)
    assert window.reply_box.editor.toPlainText() == "half a thought"


def test_search_narrows_the_list_to_the_hit(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Batumi")
    qtbot.waitUntil(lambda: window.model.searching and customers(window) == ["Giorgi Beridze"])
    assert "Batumi" in window.list_title.text()
    window.search_field.clear()
    qtbot.waitUntil(lambda: not window.model.searching and len(customers(window)) == 2)


def test_new_mail_shows_on_top_of_the_list(
    qtbot: QtBot, window: MainWindow, engine: Engine, desk: Desk
) -> None:
    message = email("<n1@example.kz>", "Nurlan Abenov", "nurlan@example.kz", "Invoice?", "Hi", 0)
    engine.submit(lambda s: s.ingest(desk.email_account, [message], "mail-2"))
    qtbot.waitUntil(lambda: customers(window)[:1] == ["Nurlan Abenov"])
    qtbot.waitUntil(lambda: window.view_list.count_of("inbox") == 3)


def test_the_status_bar_speaks_for_every_account(qtbot: QtBot, window: MainWindow) -> None:
    label = window.status_line.accounts_label
    qtbot.waitUntil(lambda: "Shop mail:" in label.text() and "Shop Telegram:" in label.text())
    assert "no connector" in label.text()  # the test kinds have none installed
