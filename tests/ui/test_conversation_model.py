"""The conversation list model: ids in memory, rows in pages, change-sets applied in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from omniinbox.domain import Status
from omniinbox.store import ConversationFilter, Store
from omniinbox.ui.conversation_list import ConversationList
from omniinbox.ui.conversation_model import (
    ROW_ROLE,
    WINDOW,
    Column,
    ConversationListModel,
)
from omniinbox.ui.list_diff import diff, listing
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk, email, fill

PAGE = 100  # a small page, so a test desk spans a few


def row_of(model: ConversationListModel, conversation_id: int) -> int:
    row = model.row_of(conversation_id)
    assert row is not None, f"conversation {conversation_id} is not listed"
    return row


def names(model: ConversationListModel) -> list[str]:
    return [model.index(r, Column.CUSTOMER).data() for r in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(qtmodeltester, reader: Store) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    qtmodeltester.check(model)


def test_empty_view_passes_the_qt_model_tester(qtmodeltester, reader: Store) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter(statuses=(Status.SNOOZED,)))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_show_customer_ticket_status_and_channel(reader: Store, desk: Desk) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    row = row_of(model, desk.aigerim)
    assert model.index(row, Column.CUSTOMER).data() == "Aigerim Nurlanovna"
    assert model.index(row, Column.SUBJECT).data() == "Order 1042 arrived damaged"
    assert model.index(row, Column.TICKET).data().startswith("#")
    assert model.index(row, Column.STATUS).data() == "Open"
    assert model.index(row, Column.CHANNEL).data(Qt.ItemDataRole.ToolTipRole) == "Email"
    assert not model.index(row, Column.CHANNEL).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_unread_rows_are_bold(reader: Store, desk: Desk) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    unread = model.index(row_of(model, desk.aigerim), Column.SUBJECT)
    read = model.index(row_of(model, desk.olena), Column.SUBJECT)
    assert unread.data(Qt.ItemDataRole.FontRole).bold()
    assert read.data(Qt.ItemDataRole.FontRole) is None


def test_newest_activity_comes_first(reader: Store) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    assert names(model)[:2] == ["Giorgi Beridze", "Aigerim Nurlanovna"]


def test_a_long_list_is_exposed_a_page_at_a_time(qtmodeltester, tmp_path) -> None:
    workspace = Workspace.at(tmp_path / "big")
    writer = workspace.open_store()
    fill(writer, extra=2 * PAGE + 20)
    writer.close()
    store = workspace.open_store(readonly=True)
    model = ConversationListModel(store, page=PAGE)
    model.set_filter(ConversationFilter())
    assert model.total == 2 * PAGE + 23
    assert model.rowCount() == PAGE
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 2 * PAGE
    qtmodeltester.check(model)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == model.total
    assert not model.canFetchMore(model.index(-1, -1))
    store.close()


def test_rows_are_read_in_windows_around_the_one_shown(tmp_path) -> None:
    workspace = Workspace.at(tmp_path / "big")
    writer = workspace.open_store()
    fill(writer, extra=3 * PAGE)
    writer.close()
    store = workspace.open_store(readonly=True)
    model = ConversationListModel(store, page=PAGE)
    model.set_filter(ConversationFilter())
    model.fetchMore(model.index(-1, -1))
    model.index(150, Column.CUSTOMER).data()
    cached = model._cache
    assert 0 < len(cached) <= WINDOW
    assert model.conversation_id(150) in cached
    assert model.conversation_id(0) not in cached
    store.close()


def test_a_new_conversation_appears_on_top_and_the_selection_follows(
    workspace: Workspace, reader: Store, desk: Desk
) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter(statuses=(Status.OPEN,)))
    selected = QPersistentModelIndex(model.index(row_of(model, desk.aigerim), Column.SUBJECT))
    writer = workspace.open_store()
    changes = writer.ingest(
        desk.email_account,
        [email("<new@example.com>", "Nurlan Abenov", "nurlan@example.kz", "Invoice?", "Hi", 0)],
        "mail-2",
    )
    writer.close()
    model.apply_changes(changes)
    assert names(model)[0] == "Nurlan Abenov"
    assert model.data(selected, ROW_ROLE).id == desk.aigerim


def test_a_resolved_conversation_leaves_the_inbox(
    workspace: Workspace, reader: Store, desk: Desk
) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter(statuses=(Status.OPEN,)))
    before = model.rowCount()
    writer = workspace.open_store()
    changes = writer.set_status([desk.giorgi], Status.RESOLVED)
    writer.close()
    model.apply_changes(changes)
    assert model.rowCount() == before - 1
    assert model.row_of(desk.giorgi) is None


def test_a_change_in_place_refreshes_only_that_row(
    qtbot, workspace: Workspace, reader: Store, desk: Desk
) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    row = row_of(model, desk.aigerim)
    assert model.index(row, Column.OWNER).data() == "—"
    writer = workspace.open_store()
    changes = writer.assign([desk.aigerim], desk.agent_id)
    writer.close()
    with qtbot.assertNotEmitted(model.layoutChanged), qtbot.waitSignal(model.dataChanged) as sig:
        model.apply_changes(changes)
    assert sig.args[0].row() == row
    assert model.index(row, Column.OWNER).data() == "Dana Sultanova"


def test_search_results_replace_the_list_in_their_order(reader: Store, desk: Desk) -> None:
    model = ConversationListModel(reader)
    model.set_filter(ConversationFilter())
    model.set_ids([desk.olena, desk.giorgi, desk.olena])
    assert model.searching
    assert names(model) == ["Олена Коваленко", "Giorgi Beridze"]


# --- moving to another id list: the plan made elsewhere, applied here -------------------------


@pytest.fixture
def many(tmp_path: Path) -> Iterator[Store]:
    """A desk of 63 conversations, read-only as the GUI's store."""
    workspace = Workspace.at(tmp_path / "many")
    writer = workspace.open_store()
    fill(writer, extra=60)
    writer.close()
    store = workspace.open_store(readonly=True)
    yield store
    store.close()


def listed(store: Store, page: int) -> tuple[ConversationListModel, ConversationList]:
    model = ConversationListModel(store, page=page)
    model.show(store.conversation_ids(), lambda _row: True)
    return model, ConversationList(model)


def picked(view: ConversationList) -> tuple[int | None, list[int]]:
    model = view.model()
    assert isinstance(model, ConversationListModel)
    return model.conversation_id(view.currentIndex().row()), view.selected_ids()


def several_changes(ids: list[int]) -> list[int]:
    """3, 8, 9 and 15 leave, two join, and 40 moves to the top."""
    new = [ids[40], 9_001, *ids[:3], *ids[4:8], *ids[10:30], 9_002, *ids[30:40], *ids[41:]]
    new.remove(ids[15])
    return new


@pytest.mark.parametrize("page", [PAGE, 20])  # all rows exposed, or the first 20 at first
def test_plans_pass_the_qt_model_tester_and_keep_current_and_selection(
    qtbot, qtmodeltester, many: Store, page: int
) -> None:
    model, view = listed(many, page)
    qtbot.addWidget(view)
    qtmodeltester.check(model)  # stays attached: checks every signal of the moves below
    ids = model.ids()
    view.go_to_row(2)
    view.go_to_row(12, extend=True)
    chosen = picked(view)
    assert chosen == (ids[12], [ids[2], ids[12]])
    new = several_changes(ids)
    assert model.apply_diff(diff(model.base(), new))
    assert model.ids() == new
    assert picked(view) == chosen
    assert [model.expose(cid) for cid in new] == list(range(len(new)))


def test_rows_not_exposed_yet_move_without_signals(qtbot, many: Store) -> None:
    model, view = listed(many, 20)
    qtbot.addWidget(view)
    view.resize(400, 120)  # a few rows on screen: the view fetches no more pages itself
    ids = model.ids()
    new = several_changes(ids)
    with qtbot.waitSignals([model.rowsRemoved, model.layoutChanged, model.rowsInserted]):
        assert model.apply_diff(diff(model.base(), new))
    assert model.rowCount() == 20 - 4 + 1  # the 4 that left and the 1 that joined were exposed
    assert model.conversation_id(0) == ids[40]  # it was not exposed yet
    assert model.row_of(9_002) is None and model.expose(9_002) == new.index(9_002)


def test_a_plan_made_before_the_list_changed_is_refused(many: Store) -> None:
    model, _view = listed(many, PAGE)
    ids = model.ids()
    stale = diff(model.base(), ids[1:])
    model.update_ids(list(reversed(ids)))  # the list changed after the plan was made
    assert not model.apply_diff(stale)
    assert model.ids() == list(reversed(ids))
    fresh = diff(model.base(), ids[1:])
    assert model.apply_diff(fresh) and model.ids() == ids[1:]
    assert not model.apply_diff(fresh)  # a plan is applied once


def test_the_whole_list_extends_the_first_rows_only_if_it_starts_with_them(many: Store) -> None:
    model, _view = listed(many, PAGE)
    ids = model.ids()
    model.show(ids[:10], lambda _row: True)
    assert not model.extend_ids(listing([ids[5], *ids[:5], *ids[6:]]))  # moved meanwhile
    assert model.ids() == ids[:10]
    assert model.extend_ids(listing(ids))
    assert model.ids() == ids and model.row_of(ids[-1]) == len(ids) - 1
