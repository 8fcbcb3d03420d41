"""The list on a big desk: a view paints its first rows before its whole id list is read,
search shows the newest matches first and then the ranked ones in place, a search never
waits behind list reads that were queued before it, and a change-set that moves rows in or
out of the view is read and worked out on the reader: the GUI thread only applies the plan,
keeping the current row, the selection and the scroll position."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from omniinbox.domain import Status
from omniinbox.domain.clock import utcnow
from omniinbox.store import ChangeSet, Store
from omniinbox.store.search import HIT_END, HIT_START
from omniinbox.ui.list_pane import FIRST_HITS, FIRST_ROWS, ListPane
from omniinbox.ui.ops import Reader
from omniinbox.ui.view_queries import View, desk_views, view_ids
from omniinbox.workspace import Workspace
from tests.unit.store.helpers import msg

CONVERSATIONS = FIRST_ROWS + 60
ID_LIST_QUERY = "SELECT c.id AS id_ FROM conversations c"  # a view's id list (id_lists.py)


@pytest.fixture
def busy(workspace: Workspace) -> Store:
    """More conversations than a first screenful, every one asking about a parcel."""
    store = workspace.open_store()
    account = store.add_account("Support", "imap", {}, "email").id
    store.ingest(
        account,
        [
            msg(
                f"m{i}",
                "parcel " * (1 + i % 4) + f"number {i}",
                sender=f"c{i}@shop.kz",
                name=f"Customer {i}",
                thread=f"t{i}",
                minutes=i,
            )
            for i in range(CONVERSATIONS)
        ],
        None,
    )
    return store


@pytest.fixture
def statements() -> list[tuple[str, str]]:
    """(thread, SQL) of every statement the pane's stores ran: the GUI's and the reader's."""
    return []


@pytest.fixture
def pane(
    qtbot: QtBot, workspace: Workspace, busy: Store, statements: list[tuple[str, str]]
) -> Iterator[ListPane]:
    def traced(store: Store) -> Store:
        note = lambda sql: statements.append((threading.current_thread().name, sql))  # noqa: E731
        store.db.conn.set_trace_callback(note)
        return store

    reader = Reader(lambda: traced(workspace.open_store(readonly=True)))
    gui_store = traced(workspace.open_store(readonly=True))
    widget = ListPane(gui_store, reader)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    yield widget
    reader.close()
    gui_store.close()


def all_view():  # type: ignore[no-untyped-def]
    return next(v for v in desk_views(None, str) if v.key == "all")


def test_a_view_paints_its_first_rows_then_gets_the_rest(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    totals: list[int] = []
    pane.loaded.connect(lambda: totals.append(pane.model.total))
    pane.show_view(all_view())
    qtbot.waitUntil(lambda: pane.shown_key == "all")
    assert totals == [FIRST_ROWS, CONVERSATIONS]
    assert pane.model.ids() == busy.conversation_ids()
    assert pane.model.rowCount() == CONVERSATIONS


def test_the_whole_list_keeps_the_row_picked_from_the_first_ones(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    picked: list[int] = []

    def pick() -> None:
        if not picked:  # on the first screenful, as an agent pressing j at once
            pane.list.go_to_row(3)
            picked.append(pane.model.conversation_id(3) or -1)

    pane.loaded.connect(pick)
    pane.show_view(all_view())
    qtbot.waitUntil(lambda: pane.shown_key == "all")
    assert pane.model.total == CONVERSATIONS
    assert pane.model.conversation_id(pane.list.currentIndex().row()) == picked[0]


def test_search_shows_the_newest_matches_then_ranks_them_in_place(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    pane.show_view(all_view())
    qtbot.waitUntil(lambda: pane.shown_key == "all")
    first: list[list[int]] = []
    pane.loaded.connect(lambda: first.append(pane.model.ids()))
    pane.search_field.setText("parcel")
    with qtbot.waitSignal(pane.refined, timeout=10_000):
        pane.run_search()
    newest = [h.conversation_id for h in busy.search("parcel", FIRST_HITS, order="recent")]
    assert first[-1] == newest
    ranked = [h.conversation_id for h in busy.search("parcel", 300)]
    assert pane.model.ids() == ranked and len(ranked) == CONVERSATIONS
    assert pane.model.searching
    snippet = pane.model.hit_snippet(0)
    assert f"{HIT_START}parcel{HIT_END}" in snippet
    assert pane.title.text().startswith(f"{CONVERSATIONS}")


def test_the_current_hit_stays_current_when_the_ranked_results_come(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    chosen: list[int] = []

    def choose() -> None:
        if pane.model.searching and not chosen:
            pane.list.go_to_row(2)
            chosen.append(pane.model.conversation_id(2) or -1)

    pane.loaded.connect(choose)
    pane.search_field.setText("parcel")
    with qtbot.waitSignal(pane.refined, timeout=10_000):
        pane.run_search()
    current = pane.list.currentIndex()
    assert current.isValid() and pane.model.conversation_id(current.row()) == chosen[0]


def test_a_search_drops_list_reads_still_queued(qtbot: QtBot, pane: ListPane, busy: Store) -> None:
    views: list[str] = []
    pane.loaded.connect(lambda: views.append(pane.shown_key))
    pane.show_view(all_view())  # queued on the reader ...
    pane.search_field.setText("number 7")
    with qtbot.waitSignal(pane.refined, timeout=10_000):
        pane.run_search()  # ... and dropped: the search is what the agent wants now
    assert pane.model.searching and "all" not in views
    assert set(pane.model.ids()) == {h.conversation_id for h in busy.search("number 7", 300)}


# --- change-sets that move rows in or out of the view -------------------------------------


def view(key: str) -> View:
    return next(v for v in desk_views(None, str) if v.key == key)


def open_view(qtbot: QtBot, pane: ListPane, key: str) -> list[int]:
    pane.show_view(view(key))
    qtbot.waitUntil(lambda: pane.shown_key == key)
    return pane.model.ids()


def refresh(qtbot: QtBot, pane: ListPane, changes: ChangeSet) -> None:
    """Apply a change-set and wait until the list read again is on screen."""
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.apply_changes(changes)


def pick(pane: ListPane, rows: list[int]) -> tuple[int | None, list[int]]:
    """Select these rows, the last one current: what an agent does with Ctrl-click."""
    pane.list.go_to_row(rows[0])
    for row in rows[1:]:
        pane.list.go_to_row(row, extend=True)
    return pick_state(pane)


def pick_state(pane: ListPane) -> tuple[int | None, list[int]]:
    """The current conversation and the selected ones."""
    return current(pane), sorted(pane.list.selected_ids())


def current(pane: ListPane) -> int | None:
    return pane.model.conversation_id(pane.list.currentIndex().row())


def scroll_to_middle(pane: ListPane) -> int:
    pane.list.scrollTo(pane.model.index(150, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    value = pane.list.verticalScrollBar().value()
    assert value > 0
    return value


def assert_as_read_afresh(pane: ListPane, store: Store, key: str) -> list[int]:
    ids = view_ids(store, view(key))
    assert pane.model.ids() == ids
    assert pane.model.rowCount() == len(ids)
    assert [pane.model.row_of(cid) for cid in ids] == list(range(len(ids)))
    return ids


def writes_again(store: Store, cid: int) -> ChangeSet:
    """The customer of this conversation writes again: it has the newest activity now."""
    name = store.conversation_rows([cid])[cid].contact_name
    i = int(name.rsplit(" ", 1)[1])  # "Customer 17"
    account = store.accounts()[0].id
    again = msg(
        f"again{i}",
        "and one more thing",
        sender=f"c{i}@shop.kz",
        name=name,
        thread=f"t{i}",
        minutes=CONVERSATIONS + 10,
    )
    return store.ingest(account, [again], None)


def new_customer(store: Store) -> ChangeSet:
    first = msg(
        "new1", "hello", sender="new@shop.kz", name="New Customer", thread="new", minutes=10**4
    )
    return store.ingest(store.accounts()[0].id, [first], None)


def test_a_row_leaving_keeps_the_current_row_the_selection_and_the_scroll(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    before = open_view(qtbot, pane, "inbox")
    chosen = pick(pane, [20, 21, 150])
    scroll = scroll_to_middle(pane)
    refresh(qtbot, pane, busy.set_status([before[10]], Status.RESOLVED))
    after = assert_as_read_afresh(pane, busy, "inbox")
    assert before[10] not in after and len(after) == len(before) - 1
    assert pick_state(pane) == chosen
    assert pane.list.verticalScrollBar().value() == scroll


def test_a_row_joining_comes_back_in_its_place(qtbot: QtBot, pane: ListPane, busy: Store) -> None:
    before = open_view(qtbot, pane, "inbox")
    sleeper = before[40]
    refresh(qtbot, pane, busy.snooze([sleeper], utcnow() + timedelta(minutes=5)))
    assert pane.model.row_of(sleeper) is None
    chosen = pick(pane, [60, 20])
    scroll = scroll_to_middle(pane)
    refresh(qtbot, pane, busy.wake_snoozed(utcnow() + timedelta(minutes=6)))
    assert assert_as_read_afresh(pane, busy, "inbox") == before
    assert pick_state(pane) == chosen
    assert pane.list.verticalScrollBar().value() == scroll


def test_a_row_moving_to_the_top_takes_the_current_row_along(
    qtbot: QtBot, pane: ListPane, busy: Store
) -> None:
    before = open_view(qtbot, pane, "inbox")
    chosen = pick(pane, [30, 100])  # 100 is current, and moves
    refresh(qtbot, pane, writes_again(busy, before[100]))
    after = assert_as_read_afresh(pane, busy, "inbox")
    assert after[0] == before[100]
    assert pick_state(pane) == chosen
    assert pane.list.currentIndex().row() == 0


def test_several_at_once(qtbot: QtBot, pane: ListPane, busy: Store) -> None:
    before = open_view(qtbot, pane, "inbox")
    refresh(qtbot, pane, busy.snooze([before[30]], utcnow() + timedelta(minutes=5)))
    chosen = pick(pane, [3, 59, 150])  # rows of before[3], before[60], before[151]
    scroll = scroll_to_middle(pane)
    changes = busy.set_status([before[5], before[6], before[200]], Status.RESOLVED)
    for more in (
        busy.wake_snoozed(utcnow() + timedelta(minutes=6)),
        writes_again(busy, before[60]),
        new_customer(busy),
    ):
        changes.merge(more)
    refresh(qtbot, pane, changes)
    after = assert_as_read_afresh(pane, busy, "inbox")
    assert after[1] == before[60] and before[30] in after and before[5] not in after
    assert pick_state(pane) == chosen
    assert pane.list.verticalScrollBar().value() == scroll


def test_the_gui_thread_reads_no_id_list_after_a_change_set(
    qtbot: QtBot, pane: ListPane, busy: Store, statements: list[tuple[str, str]]
) -> None:
    before = open_view(qtbot, pane, "inbox")
    statements.clear()
    refresh(qtbot, pane, busy.set_status([before[7]], Status.RESOLVED))
    lists = [thread for thread, sql in statements if ID_LIST_QUERY in sql]
    assert lists and all(thread.startswith("omniinbox-reader") for thread in lists)
    gui = [sql for thread, sql in statements if thread == threading.main_thread().name]
    assert gui and not any(ID_LIST_QUERY in sql for sql in gui)  # only the changed rows


def test_a_plan_made_from_an_older_list_is_not_applied_but_made_again(
    qtbot: QtBot, pane: ListPane, busy: Store, statements: list[tuple[str, str]]
) -> None:
    before = open_view(qtbot, pane, "inbox")
    gate = threading.Event()
    pane._reader.submit(lambda _s: gate.wait(10))  # the reader is busy for a moment
    statements.clear()
    pane.apply_changes(busy.set_status([before[12]], Status.RESOLVED))
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.model.update_ids(list(reversed(pane.model.ids())))  # meanwhile, the list changes
        gate.set()
    assert_as_read_afresh(pane, busy, "inbox")
    assert sum(ID_LIST_QUERY in sql for _, sql in statements) == 2  # read again
