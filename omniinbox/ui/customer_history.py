"""A customer's whole history: every conversation on every channel, newest first, as a
two-line list (subject; ticket, status, channel and date)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from omniinbox.domain import format_ticket
from omniinbox.store import ConversationRow
from omniinbox.ui.assets import channel_icon
from omniinbox.ui.formatting import channel_label, list_time, status_label
from omniinbox.ui.popup_list import ItemListModel
from omniinbox.ui.theme import colours

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
ICON = 16


class HistoryModel(ItemListModel[ConversationRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.current_id: int | None = None

    def set_rows(self, rows: list[ConversationRow], current_id: int | None = None) -> None:
        self.current_id = current_id
        self.show_items(rows)

    def conversation_row(self, row: int) -> ConversationRow | None:
        return self.item_at(row)

    def item_data(self, row: ConversationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.subject or row.snippet or self.tr("(no subject)")
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(row.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet or None
        if role == DETAIL_ROLE:
            return "  ·  ".join(
                [
                    format_ticket(row.ticket),
                    status_label(row.status),
                    channel_label(row.channel),
                    list_time(row.last_message_at),
                ]
            )
        if role == Qt.ItemDataRole.FontRole and (row.unread or row.id == self.current_id):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None


class HistoryDelegate(QStyledItemDelegate):
    """Subject on the first line, the details muted below it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        c = colours()
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        if opt.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, QColor(c.selected))
        elif opt.state & QStyle.StateFlag.State_MouseOver:  # type: ignore[attr-defined]
            painter.fillRect(rect, QColor(c.surface))
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + 7
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + 6, top + 1, ICON, ICON))
        text_left = rect.left() + 6 + ICON + 8
        width = rect.right() - text_left - 6
        font = index.data(Qt.ItemDataRole.FontRole) or opt.font  # type: ignore[attr-defined]
        painter.setFont(font)
        painter.setPen(QColor(c.ink))
        metrics = painter.fontMetrics()
        subject = metrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, top, width, metrics.height()), 0, subject)
        small = QFont(opt.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(QColor(c.muted))
        detail_metrics = painter.fontMetrics()
        detail = detail_metrics.elidedText(
            index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(text_left, top + metrics.height() + 2, width, detail_metrics.height()), 0, detail
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height() * 2 + 18  # type: ignore[attr-defined]
        return QSize(200, height)
