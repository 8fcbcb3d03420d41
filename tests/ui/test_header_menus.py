"""The header's category picker is made once per category (opening a conversation must not
rebuild a menu of thirty categories) and still shows only that category checked."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from omniinbox.ui.main_window import MainWindow
from tests.ui.sample_desk import Desk


def _checked(menu: QMenu) -> list[str]:
    out: list[str] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += _checked(sub)
        elif action.isChecked() and isinstance(action.data(), str):
            out.append(action.data())
    return out


def test_the_category_menu_is_shared_and_rechecked(window: MainWindow, desk: Desk) -> None:
    header = window.conversation_view.header
    window.open_conversation(desk.aigerim)
    first = header.category.menu()
    window.open_conversation(desk.giorgi)
    window.open_conversation(desk.aigerim)
    assert header.category.menu() is first  # the same menu again, not a new one
    current = window.store.conversation(desk.aigerim).category
    assert _checked(first) == ([current] if current else [])

    unfiled = header._category_menu_for("")
    delivery = next(a.menu() for a in unfiled.actions() if a.text() == "Delivery")
    assert isinstance(delivery, QMenu)
    late = next(a for a in delivery.actions() if a.data() == "delivery.late")
    late.setChecked(True)  # what picking it does to the shared menu
    unfiled.aboutToShow.emit()
    assert _checked(unfiled) == []
    header.set_categories(header.tree)  # a new tree: menus are made again
    assert header._category_menu_for("") is not unfiled
