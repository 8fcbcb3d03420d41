"""The Desk submenu of the settings menu and the command palette open every desk dialog on
the window's store and engine; a rule saved from the menu's dialog is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omniinbox.domain.rules import ActionKind, Trigger
from omniinbox.ui.desk_bulk import BulkDialog
from omniinbox.ui.desk_kpi import KpiDashboard
from omniinbox.ui.desk_rule_rows import ActionRow
from omniinbox.ui.desk_rules import RulesDialog
from omniinbox.ui.desk_settings import DeskSettingsDialog
from omniinbox.ui.desk_templates import TemplatesDialog
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk

EXPECTED = {
    "Rules…": RulesDialog,
    "Canned answers…": TemplatesDialog,
    "KPI dashboard…": KpiDashboard,
    "Bulk notification…": BulkDialog,
    "Desk settings…": DeskSettingsDialog,
}


def test_the_settings_menu_has_a_desk_submenu_that_opens_each_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.sidebar.settings_button.menu()
    assert menu is not None
    desk = window.sidebar.desk_menu
    assert desk is not None and desk.menuAction() in menu.actions()
    assert [a.text() for a in desk.actions()] == list(EXPECTED)
    # The rest of the menu is still there, the keyboard sheet and the palette last.
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[-2:] == ["Keyboard shortcuts", "Command palette"]
    assert {"Outbox…", "Sync now"} <= set(texts)
    for action in desk.actions():
        action.trigger()
        dialog = window.actions_.desk.dialogs[
            {
                RulesDialog: "rules",
                TemplatesDialog: "templates",
                KpiDashboard: "kpi",
                BulkDialog: "bulk",
                DeskSettingsDialog: "settings",
            }[EXPECTED[action.text()]]
        ]
        assert isinstance(dialog, EXPECTED[action.text()])
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.parent() is window
        dialog.reject()
        assert not dialog.isVisible()


def test_opening_twice_raises_the_open_dialog_and_reopening_reads_the_store_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = window.actions_.desk.open_rules()
    assert window.actions_.desk.open_rules() is first  # still showing: the same one
    first.reject()
    second = window.actions_.desk.open_rules()
    assert second is not first and second.isVisible()
    second.reject()


def test_the_palette_offers_the_desk_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    commands = {c.text: c for c in window.actions_.commands()}
    for text in EXPECTED:
        assert text in commands
        assert commands[text].group == "The desk"
    commands["KPI dashboard…"].run()
    dashboard = window.actions_.desk.dialogs["kpi"]
    assert isinstance(dashboard, KpiDashboard)
    qtbot.waitUntil(lambda: dashboard.report is not None, timeout=10_000)
    assert dashboard.report is not None
    dashboard.close()


def test_a_rule_saved_from_the_menu_is_stored_and_the_desk_runs_it_at_once(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, desk: Desk
) -> None:
    rules = window.actions_.desk.open_rules()
    assert isinstance(rules, RulesDialog)
    editor = rules.open_editor(None)
    qtbot.keyClicks(editor.name, "Follow up")
    editor.trigger.setCurrentIndex(editor.trigger.findData(Trigger.TIME_BASED))
    qtbot.mouseClick(editor.action_rows.add_button, Qt.MouseButton.LeftButton)
    (action,) = editor.action_rows.rows()
    assert isinstance(action, ActionRow)
    action.kind.setCurrentIndex(action.kind.findData(ActionKind.ADD_TAG))
    qtbot.keyClicks(action.value, "follow-up")
    with qtbot.waitSignal(rules.changed, timeout=10_000):
        editor.buttons.accepted.emit()
    store = workspace.open_store(readonly=True)
    try:
        assert [r.name for r in store.rules()] == ["Follow up"]
        # The engine's timer waits 30 s; the menu asked the desk to run now.
        qtbot.waitUntil(
            lambda: "follow-up" in store.conversation(desk.aigerim).tags, timeout=10_000
        )
    finally:
        store.close()
    qtbot.waitUntil(lambda: "follow-up" in (window.model.cached(desk.aigerim) or _NO).tags)
    rules.reject()


class _NoRow:
    tags: tuple[str, ...] = ()


_NO = _NoRow()
