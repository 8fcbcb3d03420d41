"""Search as you type: FTS words, filter words (from:, channel:, status:, tag:, #ticket),
highlighted matches, and saved searches as views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omniinbox.store.search import HIT_END, HIT_START
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.view_queries import search_view, view_ids
from omniinbox.workspace import Workspace
from tests.ui.helpers import customers, show
from tests.ui.sample_desk import Desk


def search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.search_field.setText(text)  # as an input method delivers Cyrillic and filters
    qtbot.waitUntil(
        lambda: window.model.searching and window.list_title.text().endswith(f"“{text}”")
    )
    return customers(window)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("channel:telegram", ["Giorgi Beridze"]),
        ("status:pending", ["Олена Коваленко"]),
        ("from:aigerim", ["Aigerim Nurlanovna"]),
        ("channel:email jug", ["Aigerim Nurlanovna"]),
        ("channel:email Batumi", []),
    ],
)
def test_filter_words_narrow_the_results(
    qtbot: QtBot, window: MainWindow, query: str, expected: list[str]
) -> None:
    assert search(qtbot, window, query) == expected


def test_a_ticket_number_finds_its_conversation(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    ticket = window.store.conversation(desk.olena).ticket
    assert search(qtbot, window, f"#{ticket}") == ["Олена Коваленко"]


def test_a_tag_filter_finds_tagged_conversations(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    window.engine.submit(lambda s: s.set_tags(desk.giorgi, ["wholesale"])).result()
    assert search(qtbot, window, "tag:wholesale") == ["Giorgi Beridze"]


def test_matches_are_marked_for_highlighting(qtbot: QtBot, window: MainWindow) -> None:
    assert search(qtbot, window, "blender") == ["Aigerim Nurlanovna"]
    snippet = window.model.hit_snippet(0)
    assert f"{HIT_START}blender{HIT_END}" in snippet


def test_typing_on_keeps_only_the_newest_results(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "Bat")
    qtbot.keyClicks(window.search_field, "umi")
    qtbot.waitUntil(lambda: window.model.searching and customers(window) == ["Giorgi Beridze"])
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.model.searching and len(customers(window)) == 2)


def test_a_saved_search_becomes_a_view_with_a_count(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    window.engine.submit(lambda s: s.save_search("Batumi questions", "Batumi")).result()
    window.view_list.refresh_counts()
    qtbot.waitUntil(lambda: window.view_list.count_of("search:1") == 1)
    show(qtbot, window, "search:1")
    assert customers(window) == ["Giorgi Beridze"]
    store = workspace.open_store(readonly=True)
    try:
        view = search_view(1, "Batumi questions", "Batumi")
        assert len(view_ids(store, view)) == 1
    finally:
        store.close()
