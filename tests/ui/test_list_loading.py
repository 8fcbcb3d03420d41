"""The list on a big desk: a view paints its first rows before its whole id list is read,
search shows the newest matches first and then the ranked ones in place, and a search
never waits behind list reads that were queued before it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from omniinbox.store import Store
from omniinbox.store.search import HIT_END, HIT_START
from omniinbox.ui.list_pane import FIRST_HITS, FIRST_ROWS, ListPane
from omniinbox.ui.ops import Reader
from omniinbox.ui.view_queries import desk_views
from omniinbox.workspace import Workspace
from tests.unit.store.helpers import msg

CONVERSATIONS = FIRST_ROWS + 60


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
def pane(qtbot: QtBot, workspace: Workspace, busy: Store) -> Iterator[ListPane]:
    reader = Reader(lambda: workspace.open_store(readonly=True))
    gui_store = workspace.open_store(readonly=True)
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
