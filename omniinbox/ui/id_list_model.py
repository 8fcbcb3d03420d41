"""A Qt table model over an ordered list of ids: every id in memory, rows exposed a page at
a time (canFetchMore/fetchMore), and moved from one list to the next with remove, move and
insert signals, so views keep their selection, current row and scroll position.

Moving to a new list costs what changed on the GUI thread: the plan (``list_diff.diff``)
is made where the new ids were read, on the reader. The model keeps no row number per id
(300,000 of them would have to be made again whenever a row joins near the top): it keeps
the set of its ids, changed by the ids that come and go, and finds a row by a C scan from
where the id was last seen. The id list is never changed in place (a plan is applied to a
copy) and ``version`` counts the changes, so a plan made from an older list is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

from omniinbox.ui.list_diff import Base, ListDiff, Listing, diff, find

Index = QModelIndex | QPersistentModelIndex
HINTS_LIMIT = 20_000  # rows remembered for ids shown or looked up (cleared when more)
SCANS = 8  # ids looked for one by one; more are found in one pass over the list


class IdListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, page: int) -> None:
        super().__init__(parent)
        self._page = page
        self._ids: list[int] = []
        self._listed: set[int] = set()
        self._hints: dict[int, int] = {}  # where ids were last seen: scans start there
        self._exposed = 0
        self._version = 0

    def _forget_rows(self) -> None:
        """The list was replaced: drop what is cached about its rows (for subclasses)."""

    # --- the ids ----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Ids in the list, exposed or not yet."""
        return len(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

    def lists(self, conversation_id: int) -> bool:
        """Whether the conversation is in the list, exposed or not."""
        return conversation_id in self._listed

    def base(self) -> Base:
        """The list as it is now, for a plan made on another thread."""
        return Base(self._ids, self._version)

    def conversation_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._exposed else None

    def row_of(self, conversation_id: int) -> int | None:
        """The exposed row showing this conversation, if any."""
        row = self._row_index(conversation_id)
        return row if row is not None and row < self._exposed else None

    def expose(self, conversation_id: int) -> int | None:
        """Fetch pages until the conversation is exposed; its row, or None if not listed."""
        row = self._row_index(conversation_id)
        if row is None:
            return None
        while row >= self._exposed and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row

    def _row_index(self, cid: int) -> int | None:
        """Where the id is in the whole list, exposed or not."""
        if cid not in self._listed:
            return None
        row = find(self._ids, cid, self._hints.get(cid, 0))
        if row is not None:
            self._hint(cid, row)
        return row

    def rows_of(self, conversation_ids: Iterable[int]) -> dict[int, int]:
        """The exposed rows of those of these conversations that are listed and exposed:
        from where they were last seen, or (many never seen) in one pass over the list."""
        wanted = [cid for cid in conversation_ids if cid in self._listed]
        unseen = {cid for cid in wanted if cid not in self._hints}
        rows: dict[int, int] = {}
        if len(unseen) > SCANS:
            exposed = self._ids[: self._exposed]
            hits = compress(range(len(exposed)), map(unseen.__contains__, exposed))
            rows = {exposed[r]: r for r in hits}
            wanted = [cid for cid in wanted if cid not in unseen]
        for cid in wanted:
            row = self.row_of(cid)
            if row is not None:
                rows[cid] = row
        return rows

    def _hint(self, cid: int, row: int) -> None:
        if len(self._hints) >= HINTS_LIMIT:
            self._hints.clear()
        self._hints[cid] = row

    def _seen(self, first: int, ids: list[int]) -> None:
        """These ids are on rows ``first``, ``first + 1``, ... (e.g. just read to be shown)."""
        if len(self._hints) + len(ids) > HINTS_LIMIT:
            self._hints.clear()
        self._hints.update(zip(ids, range(first, first + len(ids)), strict=True))

    def _set_ids(self, ids: list[int], listed: set[int]) -> None:
        self._ids = ids
        self._listed = listed
        self._version += 1

    def _reset(self, found: Listing) -> None:
        self.beginResetModel()
        self._set_ids(found.ids, found.listed)
        self._hints = {}
        self._exposed = min(self._page, len(found.ids))
        self._forget_rows()
        self.endResetModel()

    # --- pages ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._exposed

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._exposed < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        count = min(self._page, len(self._ids) - self._exposed)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._exposed, self._exposed + count - 1)
        self._exposed += count
        self.endInsertRows()

    # --- moving to another list -------------------------------------------------------------

    def extend_ids(self, found: Listing) -> bool:
        """The whole list after its first rows: appended if it starts with the rows listed
        (nothing moves). False if it does not: make a plan (``diff``) instead."""
        if found.ids[: len(self._ids)] != self._ids:
            return False
        self._set_ids(found.ids, found.listed)
        target = max(self._exposed, min(self._page, len(found.ids)))
        if target > self._exposed:
            self.beginInsertRows(QModelIndex(), self._exposed, target - 1)
            self._exposed = target
            self.endInsertRows()
        return True

    def update_ids(self, new: list[int]) -> None:
        """Move to ``new`` at once, the plan made here (short lists: search results)."""
        self.apply_diff(diff(self.base(), new))

    def apply_diff(self, plan: ListDiff) -> bool:
        """Move to the list the plan was made for, with remove, move and insert signals.
        False, and nothing changes, if the ids changed since the plan's Base was taken."""
        if plan.version != self._version:
            return False
        if plan.unchanged:
            return True
        fully_exposed = self._exposed == len(self._ids)
        self._set_ids(plan.work, self._listed)  # a copy: a reader may read the old list
        self._listed.difference_update(plan.gone)
        self._listed.update(cid for _, run in plan.inserted for cid in run)
        self._remove_runs(plan)
        if plan.kept is not None:
            self._reorder(plan.start, plan.kept)
        self._insert_runs(plan, fully_exposed)
        self._version += 1  # a Base taken mid-way is stale too
        return True

    def _remove_runs(self, plan: ListDiff) -> None:
        """Rows that left, bottom up so row numbers stay valid."""
        for first, last in reversed(plan.removed):
            shown_last = min(last, self._exposed - 1)
            if first <= shown_last:
                self.beginRemoveRows(QModelIndex(), first, shown_last)
                del self._ids[first : last + 1]
                self._exposed -= shown_last - first + 1
                self.endRemoveRows()
            else:
                del self._ids[first : last + 1]

    def _reorder(self, start: int, kept: list[int]) -> None:
        """The window's rows that stay, in their new order; the rest keep their rows."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moving = [self._ids[i.row()] for i in before]
        end = start + len(kept)
        self._ids[start:end] = kept
        after = []
        for cid, old in zip(moving, before, strict=True):
            row: int | None = old.row()
            if start <= old.row() < end:
                found = find(kept, cid, old.row() - start)
                row = None if found is None else start + found
            if row is not None and row < self._exposed:
                after.append(self.index(row, old.column()))
            else:
                after.append(QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _insert_runs(self, plan: ListDiff, fully_exposed: bool) -> None:
        """Rows that joined, top down; shown at once if among the rows exposed."""
        for first, run in plan.inserted:
            if first < self._exposed or fully_exposed:
                self.beginInsertRows(QModelIndex(), first, first + len(run) - 1)
                self._ids[first:first] = run
                self._exposed += len(run)
                self.endInsertRows()
            else:
                self._ids[first:first] = run
