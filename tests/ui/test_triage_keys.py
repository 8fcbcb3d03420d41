"""Keyboard triage on the real desk: j/k, Enter, r, n, e, a, s, t, ?, Ctrl+K, and bulk work
on several selected conversations. Every write goes through the real engine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from omniinbox.domain import Direction, Status
from omniinbox.store import OutboxState, Store
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.helpers import customers, go_to, show
from tests.ui.sample_desk import Desk

# Menus and the palette are popups; the offscreen platform cannot raise them or grab keys.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def fresh(workspace: Workspace, desk: Desk) -> Iterator[Store]:
    """A reader of our own, to see what the engine wrote."""
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


@pytest.fixture
def win(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window, active, with the keyboard in the list (where triage starts)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list_view.setFocus()
    return window


def test_j_and_k_move_through_the_list_and_open_each_conversation(
    qtbot: QtBot, win: MainWindow
) -> None:
    win.select_row(0)
    first = win.conversation_view.conversation_id
    assert first == win.model.conversation_id(0)
    qtbot.keyClick(win.list_view, Qt.Key.Key_J)
    assert win.conversation_view.conversation_id == win.model.conversation_id(1)
    qtbot.keyClick(win.list_view, Qt.Key.Key_J)  # the last row stays the last
    assert win.conversation_view.conversation_id == win.model.conversation_id(1)
    qtbot.keyClick(win.list_view, Qt.Key.Key_K)
    assert win.conversation_view.conversation_id == first


def test_enter_opens_the_current_conversation_in_the_timeline(
    qtbot: QtBot, win: MainWindow, desk: Desk
) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_Return)
    assert win.conversation_view.timeline.hasFocus()
    assert "cracked jug" in win.conversation_view.timeline_text()
    qtbot.keyClick(win.conversation_view.timeline, Qt.Key.Key_Escape)
    assert win.list_view.hasFocus()


def test_r_replies_and_ctrl_enter_queues_it_signed_with_the_agents_name(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_R)
    assert win.reply_box.editor.hasFocus()
    qtbot.keyClicks(win.reply_box.editor, "A new jug ships today.")
    qtbot.keyClick(win.reply_box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    queued = fresh.outbox_items
    qtbot.waitUntil(
        lambda: (
            [i.conversation_id for i in queued((OutboxState.QUEUED,)) if i.op == "send"]
            == [desk.aigerim]
        )
    )
    sent = [m for m in fresh.messages(desk.aigerim) if m.direction is Direction.OUT]
    assert sent[-1].text.startswith("A new jug ships today.")
    assert sent[-1].text.endswith("Dana Sultanova")  # the signature: a real name
    qtbot.waitUntil(lambda: "Queued" in win.conversation_view.timeline_text())


def test_n_writes_an_internal_note(qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store) -> None:
    go_to(qtbot, win, desk.giorgi)
    qtbot.keyClick(win.list_view, Qt.Key.Key_N)
    assert win.reply_box.mode == "note"
    qtbot.keyClicks(win.reply_box.editor, "Ask the Batumi courier first.")
    qtbot.keyClick(win.reply_box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(m.direction is Direction.NOTE for m in fresh.messages(desk.giorgi)))
    assert not [i for i in fresh.outbox_items() if i.op == "send"]


def test_e_resolves_and_the_next_conversation_opens(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.giorgi)
    qtbot.keyClick(win.list_view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: fresh.conversation(desk.giorgi).status is Status.RESOLVED)
    qtbot.waitUntil(lambda: "Giorgi Beridze" not in customers(win))
    assert win.conversation_view.conversation_id == desk.aigerim
    assert fresh.status_history(desk.giorgi)[-1][1:] == ("resolved", "Dana Sultanova")
    qtbot.waitUntil(lambda: win.view_list.count_of("resolved") == 1)


def test_a_assigns_to_me_and_the_conversation_moves_to_mine(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).owner_id == desk.agent_id)
    qtbot.waitUntil(lambda: win.view_list.count_of("mine") == 1)
    assert "Aigerim Nurlanovna" not in customers(win)  # the inbox is unassigned work
    show(qtbot, win, "mine")
    assert customers(win) == ["Aigerim Nurlanovna"]


def test_s_snoozes_until_tomorrow_morning_from_the_menu(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_S)
    menu = win.actions_.snooze_menu
    assert menu is not None and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_2)  # "&2  Tomorrow, 9:00"
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).status is Status.SNOOZED)
    until = datetime.fromisoformat(str(fresh.conversation(desk.aigerim).snoozed_until))
    local = until.astimezone()
    assert (local.hour, local.minute) == (9, 0)
    assert timedelta(0) < until - datetime.now(UTC) < timedelta(days=1, hours=10)
    qtbot.waitUntil(lambda: win.view_list.count_of("snoozed") == 1)


def test_t_tags_with_the_keyboard(qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_T)
    editor = win.actions_.tag_editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(editor.field, "damaged")
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)  # adds the tag
    qtbot.keyClick(editor.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).tags == ("damaged",))
    qtbot.waitUntil(lambda: win.view_list.count_of("tag:damaged") == 1)


def test_bulk_resolve_and_assign_on_a_selection(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    win.select_row(0)
    qtbot.keyClick(win.list_view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert set(win.list_view.selected_ids()) == {desk.aigerim, desk.giorgi}
    assert win.list_pane.bulk.isVisible()
    qtbot.mouseClick(win.list_pane.bulk.buttons["assign_me"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            {fresh.conversation(c).owner_id for c in (desk.aigerim, desk.giorgi)} == {desk.agent_id}
        )
    )
    show(qtbot, win, "mine")
    win.list_view.setFocus()
    win.list_view.select_all_rows()
    qtbot.keyClick(win.list_view, Qt.Key.Key_E)
    qtbot.waitUntil(
        lambda: (
            {fresh.conversation(c).status for c in (desk.aigerim, desk.giorgi)} == {Status.RESOLVED}
        )
    )
    qtbot.waitUntil(lambda: win.model.rowCount() == 0)


def test_bulk_tag_adds_to_each_and_keeps_their_other_tags(
    qtbot: QtBot, win: MainWindow, workspace: Workspace, desk: Desk, fresh: Store
) -> None:
    win.engine.submit(lambda s: s.set_tags(desk.giorgi, ["batumi"])).result()
    win.select_row(0)
    qtbot.keyClick(win.list_view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(win.list_view, Qt.Key.Key_T)
    editor = win.actions_.tag_editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(editor.field, "weekend")
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    editor.accept()
    qtbot.waitUntil(lambda: "weekend" in fresh.conversation(desk.aigerim).tags)
    assert fresh.conversation(desk.giorgi).tags == ("batumi", "weekend")


def test_bulk_snooze_from_the_bar(qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store) -> None:
    win.select_row(0)
    qtbot.keyClick(win.list_view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    win.list_pane.bulk.buttons["snooze"].click()
    menu = win.actions_.snooze_menu
    assert menu is not None
    qtbot.keyClick(menu, Qt.Key.Key_1)  # in one hour
    qtbot.waitUntil(
        lambda: (
            {fresh.conversation(c).status for c in (desk.aigerim, desk.giorgi)} == {Status.SNOOZED}
        )
    )


def test_question_mark_lists_every_shortcut(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.keyClick(win.list_view, Qt.Key.Key_Question)
    sheet = win.actions_.sheet
    assert sheet is not None and sheet.isVisible()
    text = sheet.label.text()
    for words in ("Resolve", "Assign to me", "Snooze", "Command palette", "Ctrl+K"):
        assert words in text


def test_the_command_palette_runs_what_is_typed(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.aigerim)
    qtbot.keyClick(win.list_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = win.actions_.palette
    assert palette is not None and palette.isVisible()
    qtbot.keyClicks(palette.field, "mark pend")
    assert palette.model.command(0) is not None
    assert palette.model.command(0).text == "Mark Pending"  # type: ignore[union-attr]
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).status is Status.PENDING)


def test_the_palette_opens_a_ticket_by_number(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    ticket = fresh.conversation(desk.olena).ticket
    qtbot.keyClick(win.list_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = win.actions_.palette
    assert palette is not None
    qtbot.keyClicks(palette.field, f"#{ticket}")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert win.conversation_view.conversation_id == desk.olena


def pick(menu: QMenu | None, text: str) -> None:
    """Choose a menu entry, as a click on it would."""
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()


def test_the_header_changes_priority_and_category_inline(
    qtbot: QtBot, win: MainWindow, desk: Desk, fresh: Store
) -> None:
    go_to(qtbot, win, desk.aigerim)
    header = win.conversation_view.header
    pick(header.priority.menu(), "Urgent")
    delivery = next(a.menu() for a in header.category.menu().actions() if a.text() == "Delivery")
    pick(delivery, "Damaged in transit")
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).category == "delivery.damaged")
    qtbot.waitUntil(lambda: fresh.conversation(desk.aigerim).priority.value == "urgent")
    qtbot.waitUntil(lambda: "Damaged in transit" in header.category.text())
    assert header.priority.text() == "Urgent"
