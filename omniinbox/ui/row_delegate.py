"""Painting the conversation list's cells directly: one model call per cell (the row's cells
were worked out once), no stylesheet rules per item. This is what keeps scrolling through
300,000 conversations smooth. Unread rows are bold, the SLA countdown is a pill (muted, amber,
red), urgent and high priority carry a flag, search results show the matching words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from omniinbox.store.search import HIT_END, HIT_START
from omniinbox.ui.conversation_cells import BOLD_WHEN_UNREAD, Column, RowCells
from omniinbox.ui.conversation_model import CELLS_ROLE, ConversationListModel
from omniinbox.ui.theme import colours

PAD = 6
ICON = 18
FLAG = 14
RIGHT_ALIGNED = frozenset({Column.TIME, Column.TICKET})
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowDelegate(QStyledItemDelegate):
    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.hits = False  # search results: show the matching words

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(80, option.fontMetrics.height() + 16)  # type: ignore[attr-defined]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shown: RowCells | None = index.data(CELLS_ROLE)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        c = colours()
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(c.selected))
        elif getattr(self.parent(), "hover_row", -1) == index.row():
            painter.fillRect(rect, QColor(c.surface))
        painter.setPen(QColor(c.border).lighter(108) if c.name == "light" else QColor(c.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if shown is not None:
            self._cell(painter, option, rect, Column(index.column()), shown, index.row())
        painter.restore()

    def _cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        column: Column,
        shown: RowCells,
        row: int,
    ) -> None:
        c = colours()
        area = rect.adjusted(PAD, 0, -PAD, 0)
        if column == Column.CHANNEL:
            icon = shown.decoration(column)
            if icon is not None:
                top = rect.center().y() - ICON // 2
                icon.paint(painter, QRect(rect.center().x() - ICON // 2, top, ICON, ICON))
            return
        if column == Column.SLA:
            self._sla(painter, option, area, shown)
            return
        font = QFont(option.font)  # type: ignore[attr-defined]
        if shown.bold and column in BOLD_WHEN_UNREAD:
            font.setBold(True)
        painter.setFont(font)
        ink = shown.foregrounds[column]
        painter.setPen(ink if ink is not None else QColor(c.ink))
        text = shown.texts[column]
        if column == Column.SUBJECT:
            flag = shown.decoration(column)
            if flag is not None:
                top = rect.center().y() - FLAG // 2
                flag.paint(painter, QRect(area.left(), top, FLAG, FLAG))
                area = area.adjusted(FLAG + 4, 0, 0, 0)
            snippet = self._model.hit_snippet(row) if self.hits else ""
            if snippet:
                self._hit(painter, area, text, snippet)
                return
        metrics = painter.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, ALIGN_RIGHT if column in RIGHT_ALIGNED else ALIGN_LEFT, text)

    def _sla(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, shown: RowCells
    ) -> None:
        if shown.sla is None:
            return
        text, level = shown.sla
        c = colours()
        ink = QColor({"late": c.red, "soon": c.amber}.get(level, c.muted))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 4
        pill = QRectF(area.right() - width, area.center().y() - height / 2, width, height)
        if level != "ok":
            fill = QColor(ink)
            fill.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _hit(self, painter: QPainter, area: QRect, subject: str, snippet: str) -> None:
        """The subject, then the hit with its matching words marked."""
        c = colours()
        metrics = painter.fontMetrics()
        x, right = area.left(), area.right()
        baseline = area.center().y() + (metrics.ascent() - metrics.descent()) // 2
        pieces = [(subject + "  —  ", False, c.ink)]
        for n, part in enumerate(snippet.replace(HIT_END, HIT_START).split(HIT_START)):
            pieces.append((part, n % 2 == 1, c.muted))
        for text, hit, ink in pieces:
            if x >= right or not text:
                continue
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - x)
            width = metrics.horizontalAdvance(shown)
            if hit:
                mark = QColor(c.amber)
                mark.setAlpha(70)
                painter.fillRect(QRect(x - 1, area.top() + 6, width + 2, area.height() - 12), mark)
            painter.setPen(QColor(c.ink if hit else ink))
            painter.drawText(QPoint(x, baseline), shown)
            x += width
