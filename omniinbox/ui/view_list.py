"""The left column: the views of the desk (Inbox, Mine, Pending, ...) and one per channel,
each with its count. Counts are read off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from omniinbox.domain import Channel, Status
from omniinbox.store import ConversationFilter, Store
from omniinbox.ui.assets import channel_icon, icon
from omniinbox.ui.formatting import channel_label
from omniinbox.ui.ops import Reader, ReadOp, show_error

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the View of an item
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # its count, once known
NO_ONE = -1  # an owner id nobody has: "Mine" before the agent is known


@dataclass(frozen=True, slots=True)
class View:
    key: str
    label: str
    filter: ConversationFilter
    icon: str = ""


class _CountDelegate(QStyledItemDelegate):
    """Draws the item as usual, with its count right-aligned and muted."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(QColor("#0b3d91") if selected else QColor("#6e7781"))
        rect: QRect = option.rect.adjusted(0, 0, -12, 0)  # type: ignore[attr-defined]
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QLocale().toString(count),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 30))


class ViewList(QListWidget):
    """The views; ``view_chosen`` fires when the agent picks one."""

    view_chosen = Signal(object)  # View

    def __init__(self, reader: Reader, agent_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewList")
        self.setItemDelegate(_CountDelegate(self))
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._reader = reader
        self._channels: tuple[str, ...] = ()
        self._counting = False
        self._count_again = False
        self.counts_known = False
        mine = ConversationFilter(owner_id=agent_id if agent_id is not None else NO_ONE)
        self._desk_views = [
            View("inbox", self.tr("Inbox"), ConversationFilter(statuses=(Status.OPEN,)), "inbox"),
            View("mine", self.tr("Mine"), mine, "mine"),
            View(
                "pending",
                self.tr("Pending"),
                ConversationFilter(statuses=(Status.PENDING,)),
                "pending",
            ),
            View(
                "snoozed",
                self.tr("Snoozed"),
                ConversationFilter(statuses=(Status.SNOOZED,)),
                "snoozed",
            ),
            View(
                "resolved",
                self.tr("Resolved"),
                ConversationFilter(statuses=(Status.RESOLVED, Status.CLOSED)),
                "resolved",
            ),
            View("all", self.tr("All conversations"), ConversationFilter(), "all"),
        ]
        for view in self._desk_views:
            self._add(view)
        self.currentItemChanged.connect(self._on_current)

    # --- items ------------------------------------------------------------------------------

    def _add(self, view: View) -> QListWidgetItem:
        item = QListWidgetItem(view.label)
        item.setData(VIEW_ROLE, view)
        if view.key.startswith("channel:"):
            item.setIcon(channel_icon(view.filter.channel))
        elif view.icon:
            item.setIcon(icon(view.icon))
        self.addItem(item)
        return item

    def _set_channels(self, channels: tuple[str, ...]) -> None:
        if channels == self._channels:
            return
        current = self.current_view()
        while self.count() > len(self._desk_views):
            self.takeItem(self.count() - 1)
        self._channels = channels
        if channels:
            heading = QListWidgetItem(self.tr("Channels"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "heading")
            self.addItem(heading)
        for channel in channels:
            flt = ConversationFilter(channel=channel)
            self._add(View(f"channel:{channel}", channel_label(channel), flt))
        if current is not None:
            self.select(current.key)

    def current_view(self) -> View | None:
        item = self.currentItem()
        return item.data(VIEW_ROLE) if item is not None else None

    def select(self, key: str) -> None:
        for i in range(self.count()):
            view = self.item(i).data(VIEW_ROLE)
            if view is not None and view.key == key:
                self.setCurrentRow(i)
                return

    def count_of(self, key: str) -> int | None:
        for i in range(self.count()):
            view = self.item(i).data(VIEW_ROLE)
            if view is not None and view.key == key:
                return self.item(i).data(COUNT_ROLE)
        return None

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        view = item.data(VIEW_ROLE) if item is not None else None
        if view is not None:
            self.view_chosen.emit(view)

    # --- counts -----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Count every view on the reader thread; at most one count runs at a time."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        desk = list(self._desk_views)

        def count(store: Store) -> tuple[dict[str, int], tuple[str, ...]]:
            order = [c.value for c in Channel]
            present = {a.channel.value for a in store.accounts()} | {
                str(c) for c in store.channel_counts()
            }
            present.discard("")  # conversations whose account is gone: only in "All"
            channels = tuple(sorted(present, key=lambda c: order.index(c) if c in order else 99))
            views = desk + [
                View(f"channel:{c}", c, ConversationFilter(channel=c)) for c in channels
            ]
            return {v.key: store.count_conversations(v.filter) for v in views}, channels

        ReadOp(self, self._reader, count).success(self._show_counts).failure(
            self._count_failed
        ).run()

    def _count_failed(self, exc: BaseException) -> None:
        self._counting = False
        show_error(self, exc)

    def _show_counts(self, result: tuple[dict[str, int], tuple[str, ...]]) -> None:
        counts, channels = result
        self._counting = False
        self.counts_known = True
        self._set_channels(channels)
        for i in range(self.count()):
            item = self.item(i)
            view = item.data(VIEW_ROLE)
            if view is not None and view.key in counts:
                # Only the inbox shows a zero, where it reads as "all done".
                shown = counts[view.key] if counts[view.key] or view.key == "inbox" else None
                item.setData(COUNT_ROLE, shown)
        if self._count_again:
            self._count_again = False
            self.refresh_counts()
