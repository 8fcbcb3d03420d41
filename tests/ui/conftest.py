"""Fixtures for the GUI tests: a small real desk, the real engine, the main window.

The workspace fixture and the keyring isolation come from tests/conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from omniinbox.store import Store
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine
from omniinbox.ui.binding_guard import guard_none
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk, fill

# PySide6 6.12.0 loses a reference to None on every Qt call that returns nothing; a long
# test session would die with "deallocating None" (see omniinbox/ui/binding_guard.py).
guard_none()


@pytest.fixture
def desk(workspace: Workspace) -> Desk:
    store = workspace.open_store()
    try:
        return fill(store)
    finally:
        store.close()


@pytest.fixture
def reader(workspace: Workspace, desk: Desk) -> Iterator[Store]:
    """The GUI thread's kind of store: read-only."""
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


@pytest.fixture
def engine(workspace: Workspace, desk: Desk) -> Iterator[Engine]:
    engine = build_engine(workspace)
    yield engine
    engine.stop()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, engine: Engine) -> Iterator[MainWindow]:
    bridge = EngineBridge(engine)
    win = MainWindow(workspace, engine, bridge)
    qtbot.addWidget(win)
    engine.start()
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.view_list.counts_known and win.list_ready)
    yield win
    win.shutdown()
    bridge.close()
