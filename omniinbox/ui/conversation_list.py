"""The middle column's table: rows of the list model, SLA badges, multi-select for bulk work."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from omniinbox.ui.conversation_model import Column, ConversationListModel
from omniinbox.ui.row_delegate import RowDelegate

COLUMN_WIDTHS = {
    Column.CHANNEL: 30,
    Column.CUSTOMER: 140,
    Column.SLA: 62,
    Column.TIME: 70,
    Column.TICKET: 56,
    Column.STATUS: 72,
    Column.OWNER: 110,
}
HIDDEN_COLUMNS = (Column.OWNER, Column.STATUS)  # in the header; the header menu adds them


class ConversationList(QTableView):
    """Rows of conversations; Ctrl/Shift-click and x select several for bulk actions.

    A table view rather than a tree: it lays out no per-row items, so a list of 300,000
    rows costs what is on screen (a tree view asks the model about every row it holds)."""

    selection_changed = Signal(list)  # the selected conversation ids

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self.setModel(model)
        self._model = model
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows = RowDelegate(model, self)
        self.setItemDelegate(self._rows)
        self.setMouseTracking(True)  # the row under the mouse is highlighted
        self.hover_row = -1
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.header()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(24)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CHANNEL, QHeaderView.ResizeMode.Fixed)
        for column in HIDDEN_COLUMNS:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.selectionModel().selectionChanged.connect(self._announce_selection)

    def header(self) -> QHeaderView:
        """The column header (a tree view's name for it)."""
        return self.horizontalHeader()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.rowAt(event.position().toPoint().y())
        if row != self.hover_row:
            self.hover_row = row
            self.viewport().update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hover_row = -1
        self.viewport().update()
        super().leaveEvent(event)

    def show_hits(self, on: bool) -> None:
        """Search results show the matching words beside the subject; lists do not pay
        for that drawing."""
        self._rows.hits = on
        self.viewport().update()

    # --- columns ----------------------------------------------------------------------------

    def _column_menu(self, pos: QPoint) -> None:
        header = self.header()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column in Column:
            if column in (Column.CHANNEL, Column.SUBJECT):
                continue
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.popup(header.mapToGlobal(pos))

    def header_state(self) -> QByteArray:
        return self.header().saveState()

    def restore_header(self, state: QByteArray) -> None:
        if not state.isEmpty():
            self.header().restoreState(state)
            self.header().setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)

    # --- rows -------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected conversations in list order (the current one when none is)."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [self._model.conversation_id(r) for r in rows]
        found = [cid for cid in ids if cid is not None]
        if not found and self.currentIndex().isValid():
            cid = self._model.conversation_id(self.currentIndex().row())
            found = [cid] if cid is not None else []
        return found

    def _announce_selection(self, *_args: object) -> None:
        self.selection_changed.emit(self.selected_ids())

    def go_to_row(self, row: int, *, extend: bool = False) -> None:
        """Make the row current: alone in the selection, or added to it."""
        index = self._model.index(row, 0)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def step(self, delta: int, *, extend: bool = False) -> None:
        """j/k: the next or previous row (fetching more rows at the end of a page)."""
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if row >= self._model.rowCount() and self._model.canFetchMore(QModelIndex()):
            self._model.fetchMore(QModelIndex())
        row = max(0, min(row, self._model.rowCount() - 1))
        self.go_to_row(row, extend=extend)

    def toggle_current(self) -> None:
        """x: add the current row to the selection, or take it out."""
        current = self.currentIndex()
        if not current.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.Toggle | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(QItemSelection(current, current), flags)

    def select_all_rows(self) -> None:
        if self._model.rowCount() == 0:
            return
        top = self._model.index(0, 0)
        bottom = self._model.index(self._model.rowCount() - 1, self._model.columnCount() - 1)
        self.selectionModel().select(
            QItemSelection(top, bottom),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
