"""The conversation list as a Qt model: every id in memory, rows fetched a window at a time.

The ids, their pages (canFetchMore/fetchMore) and the moves from one id list to the next
are IdListModel's. Row data comes from the store for a window of ids around the first row
asked for and stays cached, so a list of a million conversations costs what is on screen.
A ChangeSet refreshes only the rows it names; when rows may have joined, left or moved, the
id list is read again: at once for a plain filter (``set_filter``: short lists, as in
tests), or, as the window does, on its reader thread when it listens to ``requery_wanted``
(the reader also makes the plan that moves the list, see list_diff).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from omniinbox.domain.clock import utcnow
from omniinbox.store import ChangeSet, ConversationFilter, ConversationRow, Store
from omniinbox.ui import conversation_cells as cells
from omniinbox.ui.conversation_cells import BOLD_WHEN_UNREAD, Column, RowCells
from omniinbox.ui.id_list_model import IdListModel
from omniinbox.ui.list_diff import Listing, listing
from omniinbox.ui.view_queries import matches

Index = QModelIndex | QPersistentModelIndex
Belongs = Callable[[ConversationRow], bool | None]

# Rows exposed per fetchMore: large, as each fetch makes the view lay out all rows again
# (rows are read a window at a time as painted); 300,000 conversations come in six.
PAGE = 50_000
WINDOW = 100  # rows fetched around a row that is not cached yet
CACHE_LIMIT = 5_000

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConversationRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the conversation id
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
SLA_ROLE = Qt.ItemDataRole.UserRole + 4  # (text, level) of the SLA badge, or None
CELLS_ROLE = Qt.ItemDataRole.UserRole + 5  # the RowCells: everything the row shows

ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
DISPLAY = Qt.ItemDataRole.DisplayRole.value
FONT = Qt.ItemDataRole.FontRole.value
DECORATION = Qt.ItemDataRole.DecorationRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RIGHT_ALIGNED = frozenset({Column.TIME.value, Column.TICKET.value, Column.SLA.value})


class ConversationListModel(IdListModel):
    requery_wanted = Signal()  # rows may have joined, left or moved: read the ids again

    def __init__(self, store: Store, parent: QObject | None = None, *, page: int = PAGE) -> None:
        super().__init__(parent, page=page)
        self._store = store
        self._belongs: Belongs | None = None  # None: a fixed list (search results)
        self._requery: Callable[[], list[int]] | None = None
        self._cache: dict[int, ConversationRow] = {}
        self._cells: dict[int, cells.RowCells] = {}  # what each cached row shows
        self._hits: dict[int, str] = {}  # search results: the matching text, marked
        self._now = utcnow()
        self._bold = QFont()
        self._bold.setBold(True)
        self._titles = {
            Column.CHANNEL: "",
            Column.CUSTOMER: self.tr("Customer"),
            Column.SUBJECT: self.tr("Subject"),
            Column.SLA: self.tr("SLA"),
            Column.TIME: self.tr("Updated"),
            Column.TICKET: self.tr("Ticket"),
            Column.STATUS: self.tr("Status"),
            Column.OWNER: self.tr("Owner"),
        }

    # --- what the list shows ----------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._belongs is None

    def show(
        self,
        ids: Iterable[int] | Listing,
        belongs: Belongs | None,
        requery: Callable[[], list[int]] | None = None,
    ) -> None:
        """List these ids (a Listing: read with their set on the reader, which the model
        takes over). ``belongs`` tells whether a changed row is in the view (None: a fixed
        list); ``requery`` reads the ids again at once (else ``requery_wanted``)."""
        self._belongs = belongs
        self._requery = requery
        self._hits = {}
        self._reset(ids if isinstance(ids, Listing) else listing(ids))

    def set_filter(self, flt: ConversationFilter, order: str = "last") -> None:
        """List a plain filter, read again at once when a change-set needs it."""
        self.show(
            self._store.conversation_ids(flt, order),
            lambda row: matches(flt, row),
            lambda: self._store.conversation_ids(flt, order),
        )

    def set_ids(self, ids: Iterable[int], snippets: dict[int, str] | None = None) -> None:
        """Show exactly these conversations in this order (search results, with the text
        that matched, marked with HIT_START / HIT_END)."""
        self.show(ids, None)
        self._hits = dict(snippets or {})

    def refine_hits(self, ids: Iterable[int], snippets: dict[int, str]) -> None:
        """Better search results in place of those on screen (selection and scroll stay)."""
        self._hits.update(snippets)
        self.update_ids(list(dict.fromkeys(ids)))
        self._hits = {cid: self._hits[cid] for cid in self._ids if cid in self._hits}
        if self._exposed:
            self.dataChanged.emit(
                self.index(0, Column.SUBJECT), self.index(self._exposed - 1, Column.SUBJECT)
            )

    def hit_snippet(self, row: int) -> str:
        cid = self.conversation_id(row)
        return self._hits.get(cid, "") if cid is not None else ""

    def _forget_rows(self) -> None:
        self._cache.clear()
        self._cells.clear()
        self._now = utcnow()

    def tick(self) -> None:
        """A minute passed: SLA badges count down."""
        self._now = utcnow()
        self._cells.clear()  # times and badges read differently a minute later
        if self._exposed:
            self.dataChanged.emit(
                self.index(0, Column.SLA), self.index(self._exposed - 1, Column.SLA)
            )

    # --- rows -------------------------------------------------------------------------------

    def row(self, row: int) -> ConversationRow | None:
        cid = self.conversation_id(row)
        if cid is None:
            return None
        found = self._cache.get(cid)
        if found is None:
            self._load_around(row)
            found = self._cache.get(cid)
        return found

    def cached(self, conversation_id: int) -> ConversationRow | None:
        return self._cache.get(conversation_id)

    def _load_around(self, row: int) -> None:
        first = max(0, row - WINDOW // 2)
        window = self._ids[first : first + WINDOW]
        self._seen(first, window)
        wanted = [cid for cid in window if cid not in self._cache]
        if len(self._cache) + len(wanted) > CACHE_LIMIT:
            self._cache.clear()
            self._cells.clear()
        self._cache.update(self._store.conversation_rows(wanted))

    # --- Qt model API -----------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.CHANNEL: self.tr("Channel"),
                Column.TIME: self.tr("Last activity"),
                Column.SLA: self.tr("Time left to answer within the SLA"),
            }.get(Column(section))
        return None

    def cells(self, number: int) -> RowCells | None:
        """What row ``number`` shows, made once (the delegate calls this, not data())."""
        if not 0 <= number < self._exposed:
            return None
        cid = self._ids[number]
        shown = self._cells.get(cid)
        if shown is None:
            row = self.row(number)
            if row is None:
                return None
            shown = self._cells[cid] = RowCells.of(row, self._now)
        return shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times a frame: plain ints, and each row's cells made once.
        shown = self.cells(index.row())
        if shown is None:
            return None
        cid = shown.row.id
        column = index.column()
        role = int(role)
        if role == CELLS_ROLE:
            return shown
        if role == DISPLAY:
            return shown.texts[column]
        if role == FONT:
            return self._bold if shown.bold and column in BOLD_WHEN_UNREAD else None
        if role == DECORATION:
            return shown.decoration(column)
        if role == FOREGROUND:
            return shown.foregrounds[column]
        if role == ALIGNMENT:
            return RIGHT if column in RIGHT_ALIGNED else None
        if role == TOOLTIP:
            return cells.tooltip(shown.row, Column(column))
        if role == ROW_ROLE:
            return shown.row
        if role == ID_ROLE:
            return cid
        if role == SNIPPET_ROLE:
            return shown.row.snippet
        if role == SLA_ROLE:
            return shown.sla
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
        if self._belongs is not None:
            for cid in touched:
                new, old = fresh.get(cid), self._cache.get(cid)
                listed = self.lists(cid)
                inside = self._belongs(new) if new is not None else False
                if new is None:
                    requery = requery or listed
                elif inside is None or inside != listed:
                    requery = True  # joined or left the view (or only the store can tell)
                elif listed and (old is None or old.last_message_at != new.last_message_at):
                    requery = True  # may have moved
        for cid in touched:
            self._cells.pop(cid, None)
            if cid in fresh:
                self._cache[cid] = fresh[cid]
            else:
                self._cache.pop(cid, None)
        if requery:
            if self._requery is not None:
                self.update_ids(self._requery())
            else:
                self.requery_wanted.emit()
        last = len(Column) - 1
        for r in self.rows_of(touched).values():
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))
