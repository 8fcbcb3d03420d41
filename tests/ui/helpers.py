"""Small helpers the GUI tests share: open a window on a workspace, wait for a view, read
what the list shows, press keys where an agent would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.conversation_model import Column
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace


@contextmanager
def open_window(
    qtbot: QtBot,
    workspace: Workspace,
    engine: Engine | None = None,
    *,
    start: bool = True,
    size: tuple[int, int] | None = (1280, 800),
) -> Iterator[MainWindow]:
    """A window on the workspace with its own engine (unless given), closed afterwards."""
    own = engine is None
    engine = engine or build_engine(workspace)
    bridge = EngineBridge(engine)
    window = MainWindow(workspace, engine, bridge)
    qtbot.addWidget(window)
    if start:
        engine.start()
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.view_list.counts_known and window.list_ready)
    try:
        yield window
    finally:
        window.shutdown()
        bridge.close()
        if own:
            engine.stop()


def show(qtbot: QtBot, window: MainWindow, key: str) -> None:
    assert window.view_list.select(key), key
    qtbot.waitUntil(lambda: window.list_pane.shown_key == key)


def customers(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.CUSTOMER).data() for r in range(model.rowCount())]


def go_to(qtbot: QtBot, window: MainWindow, conversation_id: int) -> None:
    """Make the conversation current with j/k from the top of the list, as an agent would."""
    window.list_view.setFocus()
    row = window.model.row_of(conversation_id)
    assert row is not None, f"conversation {conversation_id} is not listed"
    window.select_row(0)
    for _ in range(row):
        qtbot.keyClick(window.list_view, Qt.Key.Key_J)
    assert window.conversation_view.conversation_id == conversation_id
