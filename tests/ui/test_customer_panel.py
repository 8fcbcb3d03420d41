"""The customer panel: who the customer is on every channel, their history (one click
opens), notes and fields, and merging two customers with undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from omniinbox.domain import Identity, IdentityKind
from omniinbox.store import Store
from omniinbox.ui.customer_merge import find_customers
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
def two_aigerims(workspace: Workspace, desk: Desk) -> int:
    """Aigerim writes again from her work address: a second customer, for now."""
    writer = workspace.open_store()
    writer.ingest(
        desk.email_account,
        [email("<w1@work.kz>", "Aigerim N.", "aigerim@work.kz", "Invoice for the jug", "Hi", 5)],
        "mail-w1",
    )
    contact = writer.contact_for(Identity.of(IdentityKind.EMAIL, "aigerim@work.kz"))
    writer.close()
    return contact


def test_the_panel_shows_identities_history_and_opens_a_conversation(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    window.set_customer_panel(True)
    window.open_conversation(desk.giorgi)
    panel = window.customer_panel
    assert panel.name.text() == "Giorgi Beridze"
    assert panel.history.rowCount() == 1
    window.open_conversation(desk.aigerim)
    assert panel.name.text() == "Aigerim Nurlanovna"
    index = panel.history.index(0, 0)
    assert "Order 1042" in index.data()
    rect = panel.history_view.visualRect(index)
    qtbot.mouseClick(panel.history_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.conversation_view.conversation_id == desk.aigerim


def test_notes_and_fields_are_saved(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store
) -> None:
    window.set_customer_panel(True)
    window.open_conversation(desk.aigerim)
    panel = window.customer_panel
    panel.notes.setPlainText("Prefers Kazakh; call after 18:00")
    contact = fresh.conversation(desk.aigerim).contact_id
    assert contact is not None
    qtbot.waitUntil(lambda: fresh.customer(contact).contact.notes.startswith("Prefers Kazakh"))
    window.engine.submit(lambda s: s.update_customer(contact, fields={"City": "Almaty"})).result()
    qtbot.waitUntil(lambda: "City" in panel._fields)
    panel._fields["City"].setText("Astana")
    panel._fields["City"].editingFinished.emit()
    qtbot.waitUntil(lambda: fresh.customer(contact).fields == {"City": "Astana"})


def test_finding_the_other_customer_by_name_address_or_ticket(
    fresh: Store, desk: Desk, two_aigerims: int
) -> None:
    keep = fresh.conversation(desk.aigerim).contact_id
    assert [c.contact_id for c in find_customers(fresh, "aigerim", keep)] == [two_aigerims]
    assert [c.contact_id for c in find_customers(fresh, "work.kz", keep)] == [two_aigerims]
    ticket = fresh.conversation(desk.giorgi).ticket
    assert [c.name for c in find_customers(fresh, f"#{ticket}")] == ["Giorgi Beridze"]


def test_merging_two_customers_and_undoing_it(
    qtbot: QtBot, window: MainWindow, desk: Desk, fresh: Store, two_aigerims: int
) -> None:
    window.set_customer_panel(True)
    window.open_conversation(desk.aigerim)
    panel = window.customer_panel
    keep = fresh.conversation(desk.aigerim).contact_id
    dialog = panel.start_merge()
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog or dialog.isVisible())
    dialog.field.setText("work.kz")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert "aigerim@work.kz" in dialog.results.item(0).text()
    dialog.accept()
    qtbot.waitUntil(lambda: panel.history.rowCount() == 2)
    assert fresh.customer(keep).conversation_count == 2  # type: ignore[arg-type]
    assert "aigerim@work.kz" in [i.value for i in fresh.customer(keep).contact.identities]  # type: ignore[arg-type]
    assert panel.merges.count() == 1  # the undo line

    line = panel.merges.itemAt(0).widget()  # type: ignore[union-attr]
    undo = line.findChildren(QToolButton)[0]
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    assert fresh.customer(two_aigerims).conversation_count == 1
    assert fresh.merges_of(keep) == []  # type: ignore[arg-type]
