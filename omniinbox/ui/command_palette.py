"""Ctrl+K: every action, view and setting by name, run from the keyboard.

Typing filters (each word must appear, in any order; names that start with the text first);
Up/Down choose, Enter runs, Escape closes. ``#1042`` offers to open that ticket.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox.ui.popup_list import ItemListModel
from omniinbox.ui.theme import colours

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SHOWN = 200


@dataclass(frozen=True, slots=True)
class Command:
    text: str
    run: Callable[[], object]
    shortcut: str = ""
    group: str = ""
    icon: QIcon | None = None
    keywords: str = ""


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def rank(commands: Sequence[Command], query: str) -> list[Command]:
    """The commands whose name (or keywords) hold every word of the query, best first."""
    words = _fold(query).split()
    if not words:
        return list(commands)
    whole = " ".join(words)
    scored: list[tuple[int, int, Command]] = []
    for position, command in enumerate(commands):
        name = _fold(command.text)
        hay = f"{name} {_fold(command.group)} {_fold(command.keywords)}"
        if not all(w in hay for w in words):
            continue
        score = 0 if name.startswith(whole) else 1 if whole in name else 2
        scored.append((score, position, command))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [command for _, _, command in scored]


class CommandModel(ItemListModel[Command]):
    """The commands that match the palette's text."""

    def __init__(self, commands: Sequence[Command], parent: QObject | None = None) -> None:
        super().__init__(list(commands)[:MAX_SHOWN], parent)
        self._all = list(commands)

    def set_commands(self, commands: Sequence[Command]) -> None:
        self._all = list(commands)
        self.show_items(self._all[:MAX_SHOWN])

    def filter(self, query: str, extra: Sequence[Command] = ()) -> None:
        self.show_items((list(extra) + rank(self._all, query))[:MAX_SHOWN])

    def command(self, row: int) -> Command | None:
        return self.item_at(row)

    def item_data(self, command: Command, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return command.text
        if role == Qt.ItemDataRole.DecorationRole:
            return command.icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return command.shortcut or None
        if role == SHORTCUT_ROLE:
            return command.shortcut
        if role == GROUP_ROLE:
            return command.group
        return None


class _CommandDelegate(QStyledItemDelegate):
    """The command as usual, with its shortcut right-aligned and muted."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if not shortcut:
            return
        painter.save()
        painter.setPen(QColor(colours().muted))
        rect = option.rect.adjusted(0, 0, -10, 0)  # type: ignore[attr-defined]
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shortcut
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 30))


class CommandPalette(QDialog):
    def __init__(
        self,
        commands: Sequence[Command],
        parent: QWidget | None = None,
        *,
        dynamic: Callable[[str], list[Command]] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self._dynamic = dynamic
        self.field = QLineEdit()
        self.field.setObjectName("paletteField")
        self.field.setPlaceholderText(self.tr("Type a command, a view, or #ticket…"))
        self.model = CommandModel(commands, self)
        self.list = QListView()
        self.list.setObjectName("paletteList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(_CommandDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.clicked.connect(lambda index: self._run(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        self.field.textChanged.connect(self._filter)
        self.field.installEventFilter(self)
        self.resize(560, 380)
        self._filter("")

    def _filter(self, text: str) -> None:
        extra = self._dynamic(text) if self._dynamic is not None else []
        self.model.filter(text, extra)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 8,
                    Qt.Key.Key_PageUp: -8,
                }[Qt.Key(key)]
                row = max(0, min(self.list.currentIndex().row() + step, self.model.rowCount() - 1))
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._run(self.list.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _run(self, row: int) -> None:
        command = self.model.command(row)
        if command is None:
            return
        self.accept()
        command.run()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            top = parent.window()
            geo = top.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.field.setFocus()
