"""Small pieces the desk dialogs share: a bar chart drawn with QPainter (QtCharts is not in
PySide6-Essentials), an error line, and writes through the engine's single writer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from omniinbox.store import ChangeSet, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.ops import WriteOp, error_sentence

T = TypeVar("T")


class BarChart(QWidget):
    """Horizontal bars with their labels and values; keyboard-free, for reading only."""

    ROW = 22

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        self.bars = [(str(label), float(value)) for label, value in bars]
        self.setAccessibleDescription(
            ", ".join(f"{label}: {_number(value)}" for label, value in self.bars)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.ROW * (len(self.bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.ROW * (len(self.bars) + 1) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            bar = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(text)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRectF(0, 0, self.width(), self.ROW), Qt.AlignmentFlag.AlignVCenter, self.title
            )
            font.setBold(False)
            painter.setFont(font)
            label_width = min(self.width() * 0.4, 180.0)
            top = max((v for _, v in self.bars), default=0.0) or 1.0
            room = max(10.0, self.width() - label_width - 50)
            for n, (label, value) in enumerate(self.bars, start=1):
                y = n * self.ROW
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y, label_width - 6, self.ROW),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                    label,
                )
                width = room * value / top
                painter.fillRect(QRectF(label_width, y + 4, width, self.ROW - 8), QColor(bar))
                painter.drawText(
                    QRectF(label_width + width + 4, y, 46, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    _number(value),
                )
        finally:
            painter.end()


def _number(value: float) -> str:
    return f"{value:.0f}" if value.is_integer() or abs(value) >= 100 else f"{value:.1f}"


class ErrorLine(QLabel):
    """One sentence under a form, in the theme's warning colour; empty hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_error(self, exc: BaseException | str) -> None:
        self.setText(exc if isinstance(exc, str) else error_sentence(exc))
        self.setVisible(bool(self.text()))

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def write(
    parent: QWidget,
    engine: Engine,
    fn: Callable[[Store], T],
    done: Callable[[T], None],
    error: ErrorLine,
) -> None:
    """Run ``fn`` on the writer; ``done`` or the error line on the GUI thread afterwards."""
    error.clear_error()
    WriteOp(parent, engine, fn).success(done).failure(error.show_error).run()


def desk_refresh(store: Store, engine: Engine) -> ChangeSet:
    """On the writer, after the desk's configuration changed: recompute every running SLA
    clock with the new calendar and policy and run what is due now (the engine's timer work);
    accounts with replies to send are woken. Returns what changed, which the writer announces."""
    result = engine.desk.safe(lambda: engine.desk.tick(store))
    for account_id in result.wake:
        engine.wake(account_id)
    return result.changes


def refresh_desk(parent: QWidget, engine: Engine) -> None:
    """`desk_refresh` on the writer, without waiting (from the GUI thread)."""
    WriteOp(parent, engine, lambda s: desk_refresh(s, engine)).run()
