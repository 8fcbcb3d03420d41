"""The middle column: the search field, the view's title and order, the bulk-action bar, and
the conversation list. Id lists and searches are read on the reader thread; only the newest
request for the list is ever shown. When a change-set moves rows in or out of the view, the
reader also works out how the list changed (list_diff), so the GUI thread only applies it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.store import ChangeSet, SearchHit, Store
from omniinbox.ui.assets import icon
from omniinbox.ui.conversation_header import ElidedLabel
from omniinbox.ui.conversation_list import ConversationList
from omniinbox.ui.conversation_model import Column, ConversationListModel
from omniinbox.ui.list_diff import ListDiff, Listing, diff, listing
from omniinbox.ui.ops import Reader, ReadOp
from omniinbox.ui.view_queries import View, belongs, view_ids

SEARCH_DELAY_MS = 80  # typing pauses this long before a search runs
SEARCH_LIMIT = 300
FIRST_ROWS = 200  # of a view, read and painted before the whole list
FIRST_HITS = 60  # shown first: the newest matches (milliseconds on any desk), then ranked


class BulkBar(QFrame):
    """Shown while several conversations are selected: what to do with all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self.label = QLabel()
        self.label.setObjectName("bulkLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 5, 8, 5)
        layout.setSpacing(6)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        self._layout = layout
        self.hide()

    def add(self, key: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("bulkButton")
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self.buttons[key] = button
        return button

    def show_count(self, count: int) -> None:
        self.label.setText(self.tr("%n selected", "", count))
        self.setVisible(count > 1)


class ListPane(QWidget):
    conversation_chosen = Signal(int)  # the current row's conversation
    selection_changed = Signal(list)
    order_changed = Signal(str)
    save_search = Signal(str)  # the query to keep as a saved search
    loaded = Signal()  # a view or the first search results are on screen
    refined = Signal()  # the search results, ranked by relevance, replaced the first ones

    def __init__(self, store: Store, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPane")
        self._reader = reader
        self.view: View | None = None
        self.order = "last"
        self._seq = 0  # the newest list request; older answers are dropped
        self._queued: list[Future[Any]] = []  # list reads on the reader, newest request
        self._hits_seq = -1  # the request whose search results are on screen
        self._first_seq = -1  # the request whose first screenful is on screen
        self._reset_seq = -1  # the request reading a view afresh, until its whole list is in
        self._open_id: int | None = None
        self.shown_key = ""  # the view on screen ("" while searching or before the first)
        self.model = ConversationListModel(store, self)
        self.model.requery_wanted.connect(self.requery)
        self.list = ConversationList(self.model)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.selection_changed.connect(self._selection)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("Search  ·  from: channel: status: tag: #ticket")
        )
        self.search_field.setClearButtonEnabled(True)
        self._search_action = self.search_field.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self._escape_search)
        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.returnPressed.connect(self._search_enter)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        self.title = ElidedLabel()
        self.title.setObjectName("listTitle")
        self.save_button = QToolButton()
        self.save_button.setObjectName("linkButton")
        self.save_button.setText(self.tr("Save search"))
        self.save_button.clicked.connect(lambda: self.save_search.emit(self.search_text()))
        self.save_button.hide()
        self.order_box = QComboBox()
        self.order_box.setObjectName("orderBox")
        self.order_box.addItem(self.tr("Newest activity"), "last")
        self.order_box.addItem(self.tr("SLA due first"), "sla")
        self.order_box.setToolTip(self.tr("Order of the list"))
        self.order_box.currentIndexChanged.connect(self._order_chosen)
        self.bulk = BulkBar()

        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.addWidget(self.search_field)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(14, 0, 10, 6)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.save_button)
        title_row.addWidget(self.order_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(title_row)
        layout.addWidget(self.bulk)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(280)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_title)

    def refresh_icons(self) -> None:
        self._search_action.setIcon(icon("search"))

    # --- views ------------------------------------------------------------------------------

    def set_order(self, order: str) -> None:
        index = self.order_box.findData(order)
        if index >= 0:
            self.order_box.setCurrentIndex(index)

    def _order_chosen(self, _index: int) -> None:
        order = str(self.order_box.currentData())
        if order != self.order:
            self.order = order
            self.order_changed.emit(order)
            if self.view is not None and not self.model.searching:
                self.show_view(self.view)

    def show_view(self, view: View) -> None:
        """List the view (read on the reader); a search in progress is dropped."""
        self.view = view
        if self.search_field.text():
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self._search_timer.stop()
        self._load(view, reset=True)

    def requery(self) -> None:
        """Rows may have joined or left the view: read its ids again, keep what is on screen
        (unless the view is being read afresh anyway)."""
        if self.view is not None and not self.model.searching and self._reset_seq != self._seq:
            self._load(self.view, reset=False)

    def _load(self, view: View, *, reset: bool) -> None:
        """Read the view's ids on the reader. A new view comes in two reads: its first
        screenful (painted at once, even for 300,000 conversations), then the whole list.
        A view read again comes with the plan that moves the list on screen to it."""
        self._seq += 1
        seq, order = self._seq, self.order
        self._drop_queued()
        if not reset:
            base = self.model.base()
            again = ReadOp(self, self._reader, lambda s: diff(base, view_ids(s, view, order)))
            self._queued.append(again.success(lambda p: self._show_diff(seq, view, p)).run())
            return
        self._reset_seq = seq
        first = ReadOp(self, self._reader, lambda s: view_ids(s, view, order, FIRST_ROWS))
        self._queued.append(first.success(lambda ids: self._show_first(seq, view, ids)).run())
        whole = ReadOp(self, self._reader, lambda s: listing(view_ids(s, view, order)))
        self._queued.append(whole.success(lambda f: self._show_all(seq, view, f)).run())

    def _drop_queued(self) -> None:
        """Reads for the list that have not started are no longer wanted: never run them
        (the reader does one thing at a time; a search must not wait behind them)."""
        for future in self._queued:
            future.cancel()
        self._queued = []

    def _show_first(self, seq: int, view: View, ids: list[int]) -> None:
        if seq != self._seq:
            return
        self._first_seq = seq
        self.model.show(ids, lambda row: belongs(view, row))
        self.list.show_hits(False)
        self._fit_sla_column()
        self.reselect(self._open_id)
        self._update_title()
        self.loaded.emit()

    def _show_all(self, seq: int, view: View, found: Listing) -> None:
        if seq != self._seq:
            return
        self._reset_seq = -1
        if self._first_seq == seq and not self.model.searching:
            if not self.model.extend_ids(found):  # the first rows changed meanwhile
                self._load(view, reset=False)
                return
            if not self.list.currentIndex().isValid():
                self.reselect(self._open_id)
        else:
            self.model.show(found, lambda row: belongs(view, row))
            self.list.show_hits(False)
            self._fit_sla_column()
            self.reselect(self._open_id)
        self._shown(view)

    def _show_diff(self, seq: int, view: View, plan: ListDiff) -> None:
        if seq != self._seq or self.model.searching:
            return
        if not self.model.apply_diff(plan):
            self._load(view, reset=False)  # the list changed since it was read: again
            return
        self._shown(view)

    def _shown(self, view: View) -> None:
        self.shown_key = view.key
        self._update_title()
        self.loaded.emit()

    def _fit_sla_column(self) -> None:
        """The SLA column only where some conversation on the first page has a clock."""
        first = range(min(self.model.rowCount(), 50))
        clocks = any((row := self.model.row(r)) is not None and row.sla_due_at for r in first)
        self.list.header().setSectionHidden(Column.SLA, not clocks)

    def set_open(self, conversation_id: int | None) -> None:
        self._open_id = conversation_id

    def reselect(self, conversation_id: int | None) -> None:
        """After the list was replaced, select the open conversation again if it is listed."""
        row = self.model.row_of(conversation_id) if conversation_id is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list.selectionModel().setCurrentIndex(index, flags)
            self.list.scrollTo(index)

    def apply_changes(self, changes: ChangeSet) -> None:
        self.model.apply_changes(changes)
        self._update_title()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.conversation_id(current.row()) if current.isValid() else None
        if cid is not None:
            self.conversation_chosen.emit(cid)

    def _selection(self, ids: list[int]) -> None:
        count = len(self.list.selectionModel().selectedRows())
        self.bulk.show_count(count)
        self.selection_changed.emit(ids)

    def _update_title(self, *_args: object) -> None:
        total = self.model.total
        if self.model.searching:
            query = self.search_text()
            text = self.tr("%n conversation(s) match “{0}”", "", total).format(query)
        else:
            name = self.view.label if self.view is not None else ""
            text = self.tr("{0} · %n conversation(s)", "", total).format(name)
        self.title.setText(text)
        self.save_button.setVisible(self.model.searching and bool(self.search_text()))

    # --- search -----------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search_field.text().strip()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _escape_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
        else:
            self.list.setFocus()

    def _search_enter(self) -> None:
        self._search_timer.stop()
        self.run_search()
        self.list.setFocus()
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.go_to_row(0)

    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
            return
        self._search_timer.stop()
        self._seq += 1  # a search still running is no longer wanted
        if self.model.searching and self.view is not None:
            self._load(self.view, reset=True)

    def run_search(self) -> None:
        """Two reads: the conversations of the newest matches first (a screenful at once, on
        any desk), then the best-ranked ones, which replace them in place (the selection and
        the current row stay)."""
        text = self.search_text()
        if not text:
            return
        self._drop_queued()
        self._seq += 1
        seq = self._seq
        first = ReadOp(
            self, self._reader, lambda s: s.search(text, limit=FIRST_HITS, order="recent")
        ).success(lambda hits: self._show_hits(seq, hits, final=False))
        ranked = ReadOp(
            self, self._reader, lambda s: s.search(text, limit=SEARCH_LIMIT, order="rank")
        ).success(lambda hits: self._show_hits(seq, hits, final=True))
        self._queued = [first.run(), ranked.run()]

    def _show_hits(self, seq: int, hits: list[SearchHit], *, final: bool) -> None:
        if seq != self._seq:
            return  # the agent typed on; a newer search is coming
        ids = [hit.conversation_id for hit in hits]
        snippets = {h.conversation_id: h.snippet for h in hits}
        if final and self._hits_seq == seq and self.model.searching:
            self.model.refine_hits(ids, snippets)
        else:
            self._hits_seq = seq
            self.model.set_ids(ids, snippets)
            self.list.show_hits(True)
            self.shown_key = ""
            self.reselect(self._open_id)
        self._update_title()
        if not final:
            self.loaded.emit()  # the first results are on screen
        else:
            self.refined.emit()
