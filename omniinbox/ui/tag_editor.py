"""Tagging one or many conversations: tick the tags they should carry, type a new one.

A tag that only some of the chosen conversations carry starts half-ticked and stays as it
is on each unless the agent ticks or clears it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


def new_tags(
    current: Mapping[int, Iterable[str]], ticked: set[str], cleared: set[str]
) -> dict[int, list[str]]:
    """Each conversation's tags after the edit; only the ones that change."""
    out: dict[int, list[str]] = {}
    for cid, tags in current.items():
        before = set(tags)
        after = (before - cleared) | ticked
        if after != before:
            out[cid] = sorted(after, key=str.casefold)
    return out


class TagEditor(QDialog):
    def __init__(
        self,
        current: Mapping[int, Iterable[str]],
        known: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self._current = {cid: tuple(tags) for cid, tags in current.items()}
        count = len(self._current)
        self.setWindowTitle(
            self.tr("Tags") if count == 1 else self.tr("Tags of {0} conversations").format(count)
        )
        self.field = QLineEdit()
        self.field.setObjectName("tagField")
        self.field.setPlaceholderText(self.tr("Type a tag and press Enter"))
        self.list = QListWidget()
        self.list.setObjectName("tagList")
        having: dict[str, int] = {}
        for tags in self._current.values():
            for tag in tags:
                having[tag] = having.get(tag, 0) + 1
        everything = sorted(set(known) | set(having), key=str.casefold)
        completer = QCompleter(everything, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        for tag in everything:
            n = having.get(tag, 0)
            state = (
                Qt.CheckState.Checked
                if n == count and count
                else Qt.CheckState.PartiallyChecked
                if n
                else Qt.CheckState.Unchecked
            )
            self._add(tag, state)
        self._initial = {
            self.list.item(i).text(): self.list.item(i).checkState()
            for i in range(self.list.count())
        }
        self.field.installEventFilter(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Space ticks the selected tag; Ctrl+Enter saves."))
        hint.setObjectName("hintLabel")
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(320, 380)

    def _add(self, tag: str, state: Qt.CheckState) -> QListWidgetItem:
        item = QListWidgetItem(tag)
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        if state == Qt.CheckState.PartiallyChecked:
            flags |= Qt.ItemFlag.ItemIsUserTristate
        item.setFlags(flags)
        item.setCheckState(state)
        self.list.addItem(item)
        return item

    def _add_typed(self) -> None:
        tag = " ".join(self.field.text().split())
        if not tag:
            self.accept()  # Enter on an empty field saves
            return
        found = self.list.findItems(tag, Qt.MatchFlag.MatchFixedString)
        item = found[0] if found else self._add(tag, Qt.CheckState.Checked)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        self.field.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the field adds the tag (never the dialog's default button); Ctrl+Enter saves.
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            popup = self.field.completer().popup() if self.field.completer() else None
            if popup is not None and popup.isVisible():
                return False
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            else:
                self._add_typed()
            return True
        return super().eventFilter(watched, event)

    def changes(self) -> dict[int, list[str]]:
        """New tag lists of the conversations whose tags change."""
        ticked: set[str] = set()
        cleared: set[str] = set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = item.checkState()
            if item.text() in self._initial and state == self._initial[item.text()]:
                continue
            if state == Qt.CheckState.Checked:
                ticked.add(item.text())
            elif state == Qt.CheckState.Unchecked:
                cleared.add(item.text())
        return new_tags(self._current, ticked, cleared)
