"""Painting the conversation list's cells directly: the row's cells were worked out once,
and everything a cell needs (colours, fonts, metrics, elided texts) is made once and
reused, so a cell costs a few Qt calls. This is what keeps scrolling through 300,000
conversations smooth. Unread rows are bold, the SLA countdown is a pill (muted, amber,
red), urgent and high priority carry a flag, search results show the matching words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from omniinbox.store.search import HIT_END, HIT_START
from omniinbox.ui.conversation_cells import BOLD_WHEN_UNREAD, Column, RowCells
from omniinbox.ui.conversation_model import ConversationListModel
from omniinbox.ui.theme import Colours, colours

PAD = 6
ICON = 18
FLAG = 14
ELIDED_CACHE = 20_000  # elided texts kept (text, width, bold) -> shown
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SELECTED = QStyle.StateFlag.State_Selected.value  # an int: Python enum flags cost a call
ELIDE = Qt.TextElideMode.ElideRight
# Plain ints: comparing them is what a cell does most.
CHANNEL, SUBJECT, SLA = int(Column.CHANNEL), int(Column.SUBJECT), int(Column.SLA)
RIGHT_ALIGNED = frozenset({int(Column.TIME), int(Column.TICKET)})
BOLD_COLUMNS = frozenset(int(c) for c in BOLD_WHEN_UNREAD)


@dataclass(frozen=True, slots=True)
class _Ink:
    """The look's colours as QColor objects, made once per look."""

    source: Colours
    text: QColor
    muted: QColor
    selected: QColor
    hover: QColor
    rule: QColor
    mark: QColor
    late: QColor
    soon: QColor

    @classmethod
    def of(cls, c: Colours) -> _Ink:
        rule = QColor(c.border).lighter(108) if c.name == "light" else QColor(c.border)
        mark = QColor(c.amber)
        mark.setAlpha(70)
        return cls(
            c,
            QColor(c.ink),
            QColor(c.muted),
            QColor(c.selected),
            QColor(c.surface),
            rule,
            mark,
            QColor(c.red),
            QColor(c.amber),
        )


class RowDelegate(QStyledItemDelegate):
    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._view = parent
        self.hits = False  # search results: show the matching words
        self._ink: _Ink | None = None
        self._font: QFont | None = None
        self._fonts: tuple[QFont, QFont] = (QFont(), QFont())
        self._metrics: tuple[QFontMetrics, QFontMetrics] = (
            QFontMetrics(QFont()),
            QFontMetrics(QFont()),
        )
        self._elided: dict[tuple[str, int, bool], str] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(80, option.fontMetrics.height() + 16)  # type: ignore[attr-defined]

    # --- what is made once ------------------------------------------------------------------

    def _colours(self) -> _Ink:
        c = colours()
        if self._ink is None or self._ink.source is not c:
            self._ink = _Ink.of(c)
        return self._ink

    def _use_font(self, font: QFont) -> None:
        if self._font is not None and font == self._font:
            return
        self._font = QFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self._fonts = (self._font, bold)
        self._metrics = (QFontMetrics(self._font), QFontMetrics(bold))
        self._elided.clear()

    def _elide(self, text: str, width: int, bold: bool) -> str:
        key = (text, width, bold)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) >= ELIDED_CACHE:
                self._elided.clear()
            shown = self._elided[key] = self._metrics[bold].elidedText(text, ELIDE, width)
        return shown

    # --- painting ---------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.row()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        ink = self._colours()
        if option.state.value & SELECTED:  # type: ignore[attr-defined]
            painter.fillRect(rect, ink.selected)
        elif getattr(self._view, "hover_row", -1) == row:
            painter.fillRect(rect, ink.hover)
        painter.setPen(ink.rule)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        shown = self._model.cells(row)
        if shown is None:
            return
        column = index.column()
        if column == CHANNEL:
            icon = shown.decoration(column)
            if icon is not None:
                centre = rect.center()
                icon.paint(
                    painter, QRect(centre.x() - ICON // 2, centre.y() - ICON // 2, ICON, ICON)
                )
            return
        self._use_font(option.font)  # type: ignore[attr-defined]
        area = rect.adjusted(PAD, 0, -PAD, 0)
        if column == SLA:
            self._sla(painter, area, shown, ink)
            return
        bold = shown.bold and column in BOLD_COLUMNS
        painter.setFont(self._fonts[bold])
        colour = shown.foregrounds[column]
        painter.setPen(colour if colour is not None else ink.text)
        text = shown.texts[column]
        if column == SUBJECT:
            flag = shown.decoration(column)
            if flag is not None:
                flag.paint(painter, QRect(area.left(), rect.center().y() - FLAG // 2, FLAG, FLAG))
                area = area.adjusted(FLAG + 4, 0, 0, 0)
            snippet = self._model.hit_snippet(row) if self.hits else ""
            if snippet:
                self._hit(painter, area, text, snippet, bold, ink)
                return
        painter.drawText(
            area,
            ALIGN_RIGHT if column in RIGHT_ALIGNED else ALIGN_LEFT,
            self._elide(text, area.width(), bold),
        )

    def _sla(self, painter: QPainter, area: QRect, shown: RowCells, ink: _Ink) -> None:
        if shown.sla is None:
            return
        text, level = shown.sla
        colour = {"late": ink.late, "soon": ink.soon}.get(level, ink.muted)
        metrics = self._metrics[False]
        painter.setFont(self._fonts[False])
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 4
        pill = QRectF(area.right() - width, area.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if level != "ok":
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _hit(
        self, painter: QPainter, area: QRect, subject: str, snippet: str, bold: bool, ink: _Ink
    ) -> None:
        """The subject, then the hit with its matching words marked."""
        metrics = self._metrics[bold]
        x, right = area.left(), area.right()
        baseline = area.center().y() + (metrics.ascent() - metrics.descent()) // 2
        pieces = [(subject + "  —  ", False, ink.text)]
        for n, part in enumerate(snippet.replace(HIT_END, HIT_START).split(HIT_START)):
            pieces.append((part, n % 2 == 1, ink.muted))
        for text, hit, colour in pieces:
            if x >= right or not text:
                continue
            shown = metrics.elidedText(text, ELIDE, right - x)
            width = metrics.horizontalAdvance(shown)
            if hit:
                painter.fillRect(
                    QRect(x - 1, area.top() + 6, width + 2, area.height() - 12), ink.mark
                )
            painter.setPen(ink.text if hit else colour)
            painter.drawText(QPoint(x, baseline), shown)
            x += width
