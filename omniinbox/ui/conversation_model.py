"""The conversation list as a Qt model: every id in memory, rows fetched a window at a time.

The model holds the ordered ids of the current view (one indexed query) and exposes them a
page at a time through canFetchMore/fetchMore. Row data comes from the store for a window of
ids around the first row asked for and stays cached, so a list of a million conversations
costs what is on screen. A ChangeSet refreshes only the rows it names; the id list is queried
again only when conversations may have joined, left or moved in the view.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from omniinbox.domain import Status, format_ticket
from omniinbox.store import ChangeSet, ConversationFilter, ConversationRow, Store
from omniinbox.ui.assets import channel_icon
from omniinbox.ui.formatting import channel_label, full_time, list_time, status_label

Index = QModelIndex | QPersistentModelIndex

PAGE = 100  # rows exposed per fetchMore
WINDOW = 100  # rows fetched around a row that is not cached yet
CACHE_LIMIT = 5_000

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConversationRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the conversation id
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_COLOURS = {
    Status.OPEN: QColor("#1f6feb"),
    Status.PENDING: QColor("#b26a00"),
    Status.SNOOZED: QColor("#6e7781"),
    Status.RESOLVED: QColor("#1a7f37"),
    Status.CLOSED: QColor("#6e7781"),
}
MUTED = QColor("#6e7781")
UNREAD_TIME = QColor("#1f6feb")


class Column(IntEnum):
    CHANNEL = 0
    CUSTOMER = 1
    SUBJECT = 2
    TIME = 3
    TICKET = 4
    STATUS = 5
    OWNER = 6


BOLD_WHEN_UNREAD = frozenset({Column.CUSTOMER, Column.SUBJECT})


def matches(flt: ConversationFilter, row: ConversationRow) -> bool:
    """Whether the row belongs in a view with this filter (mirrors ConversationFilter.where)."""
    return (
        (not flt.statuses or row.status in flt.statuses)
        and (flt.owner_id is None or row.owner_id == flt.owner_id)
        and (not flt.unassigned or row.owner_id is None)
        and (flt.account_id is None or row.account_id == flt.account_id)
        and (not flt.channel or row.channel == flt.channel)
        and (flt.contact_id is None or row.contact_id == flt.contact_id)
        and (not flt.tag or flt.tag in row.tags)
        and (not flt.unread or row.unread)
    )


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) pairs, in order."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


class ConversationListModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ConversationFilter()
        self._fixed: list[int] | None = None  # search results: a fixed list, not a filter
        self._ids: list[int] = []
        self._rows_by_id: dict[int, int] | None = None  # built on demand
        self._exposed = 0
        self._cache: dict[int, ConversationRow] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._titles = {
            Column.CHANNEL: "",
            Column.CUSTOMER: self.tr("Customer"),
            Column.SUBJECT: self.tr("Subject"),
            Column.TIME: self.tr("Updated"),
            Column.TICKET: self.tr("Ticket"),
            Column.STATUS: self.tr("Status"),
            Column.OWNER: self.tr("Owner"),
        }

    # --- what the list shows ----------------------------------------------------------------

    @property
    def filter(self) -> ConversationFilter:
        return self._filter

    @property
    def searching(self) -> bool:
        return self._fixed is not None

    @property
    def total(self) -> int:
        """Conversations in the view, exposed or not yet."""
        return len(self._ids)

    def set_filter(self, flt: ConversationFilter) -> None:
        self._filter = flt
        self._fixed = None
        self._reset(self._store.conversation_ids(flt))

    def set_ids(self, ids: Iterable[int]) -> None:
        """Show exactly these conversations in this order (search results)."""
        self._fixed = list(dict.fromkeys(ids))
        self._reset(list(self._fixed))

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows_by_id = None
        self._exposed = min(PAGE, len(ids))
        self._cache.clear()
        self.endResetModel()

    # --- rows -------------------------------------------------------------------------------

    def conversation_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._exposed else None

    def row_of(self, conversation_id: int) -> int | None:
        """The exposed row showing this conversation, if any."""
        row = self._row_index(conversation_id)
        return row if row is not None and row < self._exposed else None

    def row(self, row: int) -> ConversationRow | None:
        cid = self.conversation_id(row)
        if cid is None:
            return None
        found = self._cache.get(cid)
        if found is None:
            self._load_around(row)
            found = self._cache.get(cid)
        return found

    def _load_around(self, row: int) -> None:
        first = max(0, row - WINDOW // 2)
        wanted = [cid for cid in self._ids[first : first + WINDOW] if cid not in self._cache]
        if len(self._cache) + len(wanted) > CACHE_LIMIT:
            self._cache.clear()
        self._cache.update(self._store.conversation_rows(wanted))

    def _row_index(self, cid: int) -> int | None:
        """Where the id is in the whole list, exposed or not."""
        if self._rows_by_id is None:
            self._rows_by_id = {c: r for r, c in enumerate(self._ids)}
        return self._rows_by_id.get(cid)

    def _invalidate_positions(self) -> None:
        self._rows_by_id = None

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._exposed

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._exposed < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        count = min(PAGE, len(self._ids) - self._exposed)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._exposed, self._exposed + count - 1)
        self._exposed += count
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CHANNEL:
            return self.tr("Channel")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.TIME:
            return self.tr("Last activity")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.unread and column in BOLD_WHEN_UNREAD else None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CHANNEL:
            return channel_icon(row.channel)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.STATUS:
                return STATUS_COLOURS.get(row.status, MUTED)
            if column == Column.TIME and row.unread:
                return UNREAD_TIME
            if column in (Column.TIME, Column.TICKET, Column.OWNER):
                return MUTED
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TIME, Column.TICKET):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SNIPPET_ROLE:
            return row.snippet
        return None

    def _display(self, row: ConversationRow, column: Column) -> str:
        if column == Column.CHANNEL:
            return ""
        if column == Column.CUSTOMER:
            return row.contact_name or self.tr("Unknown customer")
        if column == Column.SUBJECT:
            return row.subject or row.snippet or self.tr("(no subject)")
        if column == Column.TIME:
            return list_time(row.last_message_at)
        if column == Column.TICKET:
            return format_ticket(row.ticket)
        if column == Column.STATUS:
            return status_label(row.status)
        return row.owner_name or "—"

    def _tooltip(self, row: ConversationRow, column: Column) -> str | None:
        if column == Column.CHANNEL:
            return channel_label(row.channel)
        if column == Column.SUBJECT:
            return row.snippet or None
        if column == Column.TIME:
            return full_time(row.last_message_at)
        if column == Column.OWNER and not row.owner_name:
            return self.tr("Unassigned")
        return None

    # --- change-sets ------------------------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh what the change-set touched: rows in place, the id list only if needed."""
        touched = set(changes.conversations) | set(changes.new_conversations)
        if changes.contacts:
            touched |= {cid for cid, r in self._cache.items() if r.contact_id in changes.contacts}
        if not touched:
            return
        fresh = self._store.conversation_rows(sorted(touched))
        requery = False
        if self._fixed is None:
            for cid in touched:
                new, old = fresh.get(cid), self._cache.get(cid)
                listed = self._row_index(cid) is not None
                if new is None:
                    requery = requery or listed
                elif matches(self._filter, new) != listed:
                    requery = True  # joined or left the view
                elif listed and (old is None or old.last_message_at != new.last_message_at):
                    requery = True  # may have moved
        for cid in touched:
            if cid in fresh:
                self._cache[cid] = fresh[cid]
            else:
                self._cache.pop(cid, None)
        if requery:
            self._update_ids(self._store.conversation_ids(self._filter))
        last = len(Column) - 1
        for cid in touched:
            r = self.row_of(cid)
            if r is not None:
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def _update_ids(self, new: list[int]) -> None:
        """Move from the current ids to ``new`` with remove, move and insert signals, so
        views keep their selection, current row and scroll position."""
        if new == self._ids:
            return
        fully_exposed = self._exposed == len(self._ids)
        new_set, old_set = set(new), set(self._ids)
        root = QModelIndex()
        # 1. Rows that left the view, bottom up so row numbers stay valid.
        gone = [r for r, cid in enumerate(self._ids) if cid not in new_set]
        for first, last in reversed(_runs(gone)):
            visible_last = min(last, self._exposed - 1)
            if first <= visible_last:
                self.beginRemoveRows(root, first, visible_last)
                del self._ids[first : last + 1]
                self._exposed -= visible_last - first + 1
                self._invalidate_positions()
                self.endRemoveRows()
            else:
                del self._ids[first : last + 1]
                self._invalidate_positions()
        # 2. The rows that stay, in their new order.
        kept = [cid for cid in new if cid in old_set]
        if kept != self._ids:
            self.layoutAboutToBeChanged.emit()
            before = self.persistentIndexList()
            moved_ids = [self._ids[i.row()] for i in before]
            self._ids = kept
            self._invalidate_positions()
            after = []
            for cid, old in zip(moved_ids, before, strict=True):
                r = self.row_of(cid)
                after.append(self.index(r, old.column()) if r is not None else QModelIndex())
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        # 3. Rows that joined, top down.
        added = [r for r, cid in enumerate(new) if cid not in old_set]
        for first, last in _runs(added):
            run = new[first : last + 1]
            if first < self._exposed or fully_exposed:
                self.beginInsertRows(root, first, last)
                self._ids[first:first] = run
                self._exposed += len(run)
                self._invalidate_positions()
                self.endInsertRows()
            else:
                self._ids[first:first] = run
                self._invalidate_positions()
