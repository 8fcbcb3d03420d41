"""The window over the demo desk: hundreds of conversations in six languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from omniinbox.demo import create_demo_workspace
from omniinbox.store import ConversationFilter, Store
from omniinbox.sync.runtime import build_engine
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.conversation_model import Column, ConversationListModel
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace

PAGE = 100  # a small page, so the demo desk spans a few


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.at(Path(tmp_path_factory.mktemp("demo")) / "desk")
    create_demo_workspace(workspace)
    return workspace


@pytest.fixture
def demo_store(demo: Workspace) -> Iterator[Store]:
    store = demo.open_store(readonly=True)
    yield store
    store.close()


def test_the_demo_list_pages_and_passes_the_model_tester(qtmodeltester, demo_store: Store) -> None:
    model = ConversationListModel(demo_store, page=PAGE)
    model.set_filter(ConversationFilter())
    assert model.total > PAGE
    assert model.rowCount() == PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total
    qtmodeltester.check(model)


def test_searching_the_demo_in_cyrillic_finds_the_conversation(
    qtbot: QtBot, demo: Workspace, demo_store: Store
) -> None:
    target = next(row for row in demo_store.conversations(limit=500) if "Заказ" in row.subject)
    engine = build_engine(demo)
    bridge = EngineBridge(engine)
    window = MainWindow(demo, engine, bridge, demo=True)
    qtbot.addWidget(window)
    try:
        # QTest can only type keys it has codes for; Cyrillic arrives as text, as from an IME.
        window.search_field.setText(f"заказ #{target.ticket}")
        qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 1)
        assert window.model.index(0, Column.CUSTOMER).data() == target.contact_name
        assert "never sent" in window.status_line.accounts_label.text()
    finally:
        window.shutdown()
        bridge.close()
        engine.stop()


def test_an_opened_conversation_shows_its_newest_message(
    qtbot: QtBot, demo: Workspace, demo_store: Store
) -> None:
    longest = max(demo_store.conversations(limit=500), key=lambda row: row.message_count)
    engine = build_engine(demo)
    bridge = EngineBridge(engine)
    window = MainWindow(demo, engine, bridge, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        window.view_list.select("all")
        qtbot.waitUntil(lambda: window.list_pane.shown_key == "all")
        while (row := window.model.row_of(longest.id)) is None:
            window.model.fetchMore(QModelIndex())
        window.select_row(row)
        bar = window.conversation_view.timeline.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    finally:
        window.shutdown()
        bridge.close()
        engine.stop()
