"""The settings menu's application entries open the import dialog, the diagnostics (copied
to the clipboard) and About, on the window's own workspace and engine."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from omniinbox.ui.about import AboutDialog
from omniinbox.ui.diagnostics import DiagnosticsDialog
from omniinbox.ui.import_dialog import ImportDialog
from omniinbox.ui.main_window import MainWindow


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    menu = window.sidebar.settings_button.menu()
    assert menu is not None
    found = [a for a in menu.actions() if a.text() == text]
    assert found, f"{text!r} is not in the settings menu"
    return found[0]


def test_import_opens_one_dialog_and_keeps_it(qtbot: QtBot, window: MainWindow) -> None:
    _menu_action(window, "Import mail…").trigger()
    dialog = window.actions_.app_menu.import_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.parent() is window
    dialog.reject()
    _menu_action(window, "Import mail…").trigger()
    assert window.actions_.app_menu.import_dialog is dialog  # the same one: an import may run
    dialog.reject()


def test_about_and_diagnostics_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    about = window.actions_.app_menu.open_about()
    assert isinstance(about, AboutDialog)
    qtbot.waitUntil(about.isVisible)
    about.reject()
    clipboard = QApplication.clipboard()
    clipboard.clear()
    dialog = window.actions_.app_menu.copy_diagnostics()
    assert isinstance(dialog, DiagnosticsDialog)
    qtbot.waitUntil(lambda: str(window.workspace.root) in clipboard.text(), timeout=10_000)
    dialog.reject()


def test_the_entries_are_in_the_command_palette(window: MainWindow) -> None:
    titles = {c.text for c in window.actions_.commands()}
    assert {
        "Settings…",
        "Accounts…",
        "Import mail…",
        "Copy diagnostics",
        "About OmniInbox",
    } <= titles


def test_settings_and_accounts_open_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    for text in ("Settings…", "Accounts…"):
        _menu_action(window, text).trigger()
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog)))
        shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert shown, text
        for d in shown:
            d.reject()
