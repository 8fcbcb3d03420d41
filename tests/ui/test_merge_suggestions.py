"""Merge suggestions in the customer panel: "Possibly the same customer: <name> (reason)" with
Merge (undoable, as any merge) and Not the same (remembered: never suggested again)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from omniinbox.domain import Identity, IdentityKind
from omniinbox.store import Store
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk, email

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def fresh(workspace: Workspace, desk: Desk) -> Iterator[Store]:
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


@pytest.fixture
def namesake(workspace: Workspace, desk: Desk) -> int:
    """Someone with the very same name writes from another address: another customer."""
    writer = workspace.open_store()
    writer.ingest(
        desk.email_account,
        [email("<n1@mail.kz>", "Aigerim Nurlanovna", "a.n@mail.kz", "Jug size", "Hello", 5)],
        "mail-n1",
    )
    contact = writer.contact_for(Identity.of(IdentityKind.EMAIL, "a.n@mail.kz"))
    writer.close()
    return contact


def button(widget: object, text: str) -> QToolButton:
    return next(b for b in widget.findChildren(QToolButton) if b.text() == text)  # type: ignore[attr-defined]


def suggestion_texts(window: MainWindow) -> list[str]:
    panel = window.customer_panel
    return [
        row.findChild(QLabel, "mergeSuggestionText").text()
        for row in panel.suggestions.rows.values()
    ]


def open_aigerim(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    window.set_customer_panel(True)
    window.open_conversation(desk.aigerim)
    qtbot.waitUntil(lambda: window.customer_panel.suggestions.isVisible())


def test_a_namesake_is_suggested_and_not_the_same_is_remembered(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store, namesake: int
) -> None:
    open_aigerim(qtbot, window, desk)
    panel = window.customer_panel
    assert suggestion_texts(window) == [
        "Possibly the same customer: Aigerim Nurlanovna (same name)"
    ]
    keep = fresh.conversation(desk.aigerim).contact_id
    assert keep is not None

    qtbot.mouseClick(button(panel.suggestions, "Not the same"), Qt.MouseButton.LeftButton)

    assert not panel.suggestions.isVisible()
    qtbot.waitUntil(lambda: fresh.suggested_merges(keep) == [])
    assert fresh.merge_suggestions(namesake) == []  # both ways
    window.open_conversation(desk.giorgi)
    window.open_conversation(desk.aigerim)  # shown again later: still not suggested
    qtbot.wait(200)
    assert not panel.suggestions.isVisible() and panel.suggestions.rows == {}
    assert fresh.customer(namesake).conversation_count == 1  # nothing was merged


def test_merge_from_a_suggestion_keeps_the_undo(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store, namesake: int
) -> None:
    open_aigerim(qtbot, window, desk)
    panel = window.customer_panel
    keep = fresh.conversation(desk.aigerim).contact_id
    assert keep is not None

    qtbot.mouseClick(button(panel.suggestions, "Merge"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: panel.history.rowCount() == 2)
    assert "a.n@mail.kz" in [i.value for i in fresh.customer(keep).contact.identities]
    assert panel.merges.count() == 1 and not panel.suggestions.isVisible()
    line = panel.merges.itemAt(0).widget()
    assert line is not None
    qtbot.mouseClick(button(line, "Undo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    assert fresh.customer(namesake).conversation_count == 1
    # Undone, they are two customers again: and the suggestion is back.
    qtbot.waitUntil(lambda: panel.suggestions.isVisible())
    assert len(panel.suggestions.rows) == 1
