"""The list model behind the UI's short pick-lists (the command palette, canned answers, a
customer's history): the rows shown are a plain Python list of items; a subclass says what
each item shows for each role.

No user-visible strings here: they stay in the subclasses, so their translation contexts
(the subclasses' names) are the ones the .ts files know.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")


class ItemListModel(QAbstractListModel, Generic[T]):
    """One column of items; ``show_items`` replaces them (a model reset)."""

    def __init__(self, items: Iterable[T] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: list[T] = list(items)

    def show_items(self, items: Iterable[T]) -> None:
        self.beginResetModel()
        self._shown = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        """The items shown, in order (a copy)."""
        return list(self._shown)

    def item_at(self, row: int) -> T | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def item_data(self, item: T, role: int) -> Any:
        """What ``item`` shows for ``role`` (None: nothing)."""
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        return self.item_data(item, role)
