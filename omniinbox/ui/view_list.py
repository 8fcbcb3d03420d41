"""The left column: the desk's views (Inbox, Mine, Others’, ...), then one per channel,
account, category, tag and saved search, each with a live count read off the GUI thread."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from omniinbox.domain import Channel
from omniinbox.store import ConversationFilter, Store
from omniinbox.ui.assets import channel_icon, icon
from omniinbox.ui.conversation_header import category_label
from omniinbox.ui.formatting import channel_label
from omniinbox.ui.ops import Reader, ReadOp, show_error
from omniinbox.ui.theme import colours
from omniinbox.ui.view_queries import (
    Facets,
    Section,
    View,
    account_view,
    category_view,
    channel_view,
    desk_views,
    facets,
    search_view,
    tag_view,
    view_count,
)

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the View of an item
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # its count, once known
MIN_COUNT_GAP_S = 1.0  # counts are read again at most this often (or twice their cost)
FACETS_EVERY_S = 30.0  # tags and categories in use are read again at most this often


@dataclass(frozen=True, slots=True)
class Counts:
    """One reading of every view's count, and the views that come and go."""

    counts: dict[str, int | None]
    dynamic: tuple[View, ...]
    unread: int
    seconds: float
    facets: Facets


def count_views(
    store: Store, desk: list[View], known_tags: tuple[str, ...], found: Facets | None = None
) -> Counts:
    """Runs on the count reader: every count, and which dynamic views exist. ``found``: the
    tags and categories read a moment ago (reading them is the costly part)."""
    started = time.perf_counter()
    order = [c.value for c in Channel]
    by_channel = {str(c): n for c, n in store.channel_counts().items()}  # one read for all
    present = {a.channel.value for a in store.accounts()} | set(by_channel)
    present.discard("")  # conversations whose account is gone: only in "All"
    dynamic: list[View] = [
        channel_view(c, channel_label(c))
        for c in sorted(present, key=lambda c: order.index(c) if c in order else 99)
    ]
    accounts = store.accounts()
    if len(accounts) > 1:
        dynamic += [account_view(a.id, a.name) for a in accounts]
    found = found if found is not None else facets(store)
    tree = store.category_tree()
    dynamic += [category_view(k, category_label(k, tree)) for k in sorted(found.categories)]
    tags = sorted(set(found.tags) | set(known_tags), key=str.casefold)
    dynamic += [tag_view(t) for t in tags]
    dynamic += [search_view(i, name, q) for i, name, q in store.saved_searches()]
    counts: dict[str, int | None] = {}
    for view in [*desk, *dynamic]:
        if view.section is Section.CATEGORIES:
            counts[view.key] = found.categories.get(view.value, 0)
        elif view.section is Section.CHANNELS:
            counts[view.key] = by_channel.get(view.filter.channel, 0)
        else:
            counts[view.key] = view_count(store, view)
    unread = store.count_conversations(ConversationFilter(unread=True))
    return Counts(counts, tuple(dynamic), unread, time.perf_counter() - started, found)


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
        c = colours()
        painter.setPen(QColor(c.accent if selected else c.muted))
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
        return QSize(size.width(), max(size.height(), 28))


class ViewList(QListWidget):
    """The views; ``view_chosen`` fires when the agent picks one."""

    view_chosen = Signal(object)  # View
    unread_counted = Signal(int)
    delete_search = Signal(int)  # a saved search's id

    def __init__(self, reader: Reader, agent_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewList")
        self.setItemDelegate(_CountDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._reader = reader
        self._dynamic: tuple[View, ...] = ()
        self._counting = False
        self._count_again = False
        self._last_cost = 0.0
        self.known_tags: tuple[str, ...] = ()
        self.counts_known = False
        self._desk = desk_views(agent_id, self.tr)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.refresh_counts)
        self._last_count_at = 0.0
        self._facets: Facets | None = None
        self._facets_at = -FACETS_EVERY_S
        self._rebuild()
        self.currentItemChanged.connect(self._on_current)

    # --- items ------------------------------------------------------------------------------

    def _headings(self) -> dict[Section, str]:
        return {
            Section.CHANNELS: self.tr("Channels"),
            Section.ACCOUNTS: self.tr("Accounts"),
            Section.CATEGORIES: self.tr("Categories"),
            Section.TAGS: self.tr("Tags"),
            Section.SEARCHES: self.tr("Saved searches"),
        }

    def _rebuild(self) -> None:
        current = self.current_view()
        counts = {v.key: self.count_of(v.key) for v in self.views()}
        self.blockSignals(True)
        self.clear()
        section = Section.DESK
        for view in [*self._desk, *self._dynamic]:
            if view.section != section:
                section = view.section
                heading = QListWidgetItem(self._headings()[section].upper())
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "heading")
                self.addItem(heading)
            item = QListWidgetItem(view.label)
            item.setData(VIEW_ROLE, view)
            item.setData(COUNT_ROLE, counts.get(view.key))
            item.setToolTip(view.value if view.value and view.section is Section.SEARCHES else "")
            self.addItem(item)
        self.refresh_icons()
        self.blockSignals(False)
        if current is not None and not self._select_quietly(current.key):
            self.select("inbox")

    def refresh_icons(self) -> None:
        """Icons again, in the colours of the look in use."""
        for i in range(self.count()):
            item = self.item(i)
            view: View | None = item.data(VIEW_ROLE)
            if view is None:
                continue
            if view.section is Section.CHANNELS:
                item.setIcon(channel_icon(view.filter.channel))
            elif view.icon:
                item.setIcon(icon(view.icon))

    def views(self) -> list[View]:
        return [self.item(i).data(VIEW_ROLE) for i in range(self.count()) if self._is_view(i)]

    def _is_view(self, i: int) -> bool:
        return self.item(i).data(VIEW_ROLE) is not None

    def view(self, key: str) -> View | None:
        return next((v for v in self.views() if v.key == key), None)

    def current_view(self) -> View | None:
        item = self.currentItem()
        return item.data(VIEW_ROLE) if item is not None else None

    def _row_of(self, key: str) -> int | None:
        for i in range(self.count()):
            view = self.item(i).data(VIEW_ROLE)
            if view is not None and view.key == key:
                return i
        return None

    def select(self, key: str) -> bool:
        """Make the view current (announcing it); False if there is no such view."""
        row = self._row_of(key)
        if row is None:
            return False
        if row == self.currentRow():
            self.view_chosen.emit(self.item(row).data(VIEW_ROLE))
        else:
            self.setCurrentRow(row)
        return True

    def _select_quietly(self, key: str) -> bool:
        row = self._row_of(key)
        if row is None:
            return False
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(False)
        return True

    def count_of(self, key: str) -> int | None:
        row = self._row_of(key)
        return self.item(row).data(COUNT_ROLE) if row is not None else None

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        view = item.data(VIEW_ROLE) if item is not None else None
        if view is not None:
            self.view_chosen.emit(view)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        view: View | None = item.data(VIEW_ROLE) if item is not None else None
        if view is None or view.section is not Section.SEARCHES:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        search_id = int(view.key.split(":", 1)[1])
        menu.addAction(self.tr("Delete saved search"), lambda: self.delete_search.emit(search_id))
        menu.popup(self.viewport().mapToGlobal(pos))

    # --- counts -----------------------------------------------------------------------------

    def counts_soon(self) -> None:
        """Count again, no sooner than the last count's cost allows (a busy desk stays smooth)."""
        if self._timer.isActive():
            return
        gap = max(MIN_COUNT_GAP_S, 2 * self._last_cost)
        wait = max(0.0, self._last_count_at + gap - time.monotonic())
        self._timer.start(int(wait * 1000))

    def refresh_counts(self) -> None:
        """Count every view on the reader thread; at most one count runs at a time."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        now = time.monotonic()
        self._last_count_at = now
        desk, tags = list(self._desk), self.known_tags
        # Tags and categories in use: counted through partial indexes, still not every time.
        found = self._facets if now - self._facets_at < FACETS_EVERY_S else None
        ReadOp(self, self._reader, lambda s: count_views(s, desk, tags, found)).success(
            self._show_counts
        ).failure(self._count_failed).run()

    def _count_failed(self, exc: BaseException) -> None:
        self._counting = False
        show_error(self, exc)

    def _show_counts(self, result: Counts) -> None:
        self._counting = False
        self._last_cost = result.seconds
        if result.facets is not self._facets:
            self._facets, self._facets_at = result.facets, time.monotonic()
        self.counts_known = True
        if result.dynamic != self._dynamic:
            self._dynamic = result.dynamic
            self._rebuild()
        for i in range(self.count()):
            item = self.item(i)
            view = item.data(VIEW_ROLE)
            if view is not None and view.key in result.counts:
                count = result.counts[view.key]
                # Only the inbox shows a zero, where it reads as "all done".
                item.setData(COUNT_ROLE, count if count or view.key == "inbox" else None)
        self.unread_counted.emit(result.unread)
        if self._count_again:
            self._count_again = False
            self.counts_soon()
