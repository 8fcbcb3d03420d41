"""The category editor of the desk settings: the tree conversations are filed under. Add a
category or a sub-category, rename it (double-click or F2), mark it as a complaint category,
move it under another one, remove it (archived: conversations filed there keep a readable
label) and bring a removed one back. Nothing is stored until the settings are applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.categories import Category, CategoryTree
from omniinbox.ui.conversation_header import category_label, category_name
from omniinbox.ui.desk_widgets import ErrorLine

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, COMPLAINT = 0, 1


class CategoryEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryEditor")
        self.tree = CategoryTree()
        self.moves: dict[str, str] = {}  # stored key -> key after this session's moves
        self.dirty = False
        self.view = QTreeWidget()
        self.view.setObjectName("categoryTree")
        self.view.setColumnCount(2)
        self.view.setHeaderLabels([self.tr("Category"), self.tr("Complaint")])
        self.view.setEditTriggers(
            QTreeWidget.EditTrigger.DoubleClicked
            | QTreeWidget.EditTrigger.EditKeyPressed
            | QTreeWidget.EditTrigger.SelectedClicked
        )
        self.add_button = QPushButton(self.tr("Add"))
        self.add_inside_button = QPushButton(self.tr("Add inside"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.move_button = QPushButton(self.tr("Move to…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.restore_button = QPushButton(self.tr("Bring back"))
        self.show_removed = QCheckBox(self.tr("Show removed categories"))
        self.error = ErrorLine()
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.add_inside_button,
            self.rename_button,
            self.move_button,
            self.remove_button,
            self.restore_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        note = QLabel(
            self.tr(
                "Removing a category hides it from the pickers; conversations filed there keep "
                "it. Moving one re-files its conversations and rules when the settings are "
                "applied."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.show_removed)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.add_category(self._parent_of_current()))
        self.add_inside_button.clicked.connect(lambda: self.add_category(self.current_key()))
        self.rename_button.clicked.connect(self._rename_current)
        self.move_button.clicked.connect(self._move_current)
        self.remove_button.clicked.connect(lambda: self.remove(self.current_key()))
        self.restore_button.clicked.connect(lambda: self.restore(self.current_key()))
        self.show_removed.toggled.connect(lambda _on: self._fill(self.current_key()))
        self._in_item_change = False
        self.view.itemChanged.connect(self._item_changed)
        self.view.currentItemChanged.connect(lambda *_a: self._update_buttons())

    # --- loading and showing ----------------------------------------------------------------

    def load(self, tree: CategoryTree) -> None:
        self.tree, self.moves, self.dirty = tree, {}, False
        self._fill(None)

    def _fill(self, select: str | None) -> None:
        self.view.blockSignals(True)
        self.view.clear()
        items: dict[str, QTreeWidgetItem] = {}
        shown = [c for c in self.tree.categories if self.show_removed.isChecked() or not c.archived]
        for category in sorted(shown, key=lambda c: c.key.count(".")):
            parent = items.get(category.parent or "")
            if category.parent and parent is None:
                continue  # under a removed category that is not shown
            item = QTreeWidgetItem([category_name(category), ""])
            item.setData(NAME, KEY_ROLE, category.key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if not category.archived:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            item.setCheckState(
                COMPLAINT, Qt.CheckState.Checked if category.complaint else Qt.CheckState.Unchecked
            )
            item.setToolTip(NAME, category.key)
            if category.archived:
                font = item.font(NAME)
                font.setItalic(True)
                item.setFont(NAME, font)
                item.setText(NAME, self.tr("{0} (removed)").format(category_name(category)))
            if parent is None:
                self.view.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[category.key] = item
        self.view.expandAll()
        self.view.resizeColumnToContents(NAME)
        self.view.blockSignals(False)
        if select in items:
            self.view.setCurrentItem(items[select])
        self._update_buttons()

    def item(self, key: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(NAME, KEY_ROLE) == key:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        root = self.view.invisibleRootItem()
        todo = [root.child(i) for i in range(root.childCount())]
        while todo:
            item = todo.pop(0)
            if item is not None:
                out.append(item)
                todo += [item.child(i) for i in range(item.childCount())]
        return out

    def current_key(self) -> str | None:
        item = self.view.currentItem()
        return str(item.data(NAME, KEY_ROLE)) if item is not None else None

    def _current(self) -> Category | None:
        key = self.current_key()
        return self.tree.get(key) if key else None

    def _parent_of_current(self) -> str | None:
        current = self._current()
        return current.parent if current is not None else None

    def _update_buttons(self) -> None:
        current = self._current()
        live = current is not None and not current.archived
        for button in (self.add_inside_button, self.rename_button, self.move_button):
            button.setEnabled(live)
        self.remove_button.setEnabled(live)
        self.restore_button.setEnabled(current is not None and current.archived)

    # --- edits ------------------------------------------------------------------------------

    def _set(self, tree: CategoryTree, select: str | None) -> None:
        self.tree, self.dirty = tree, True
        self.error.clear_error()
        self._refill(select)
        self.edited.emit()

    def _refill(self, select: str | None) -> None:
        """Rebuild the tree; later when Qt is still inside the changed item's own setData
        (clearing the view then frees that item under Qt's feet: a crash)."""
        if self._in_item_change:
            QTimer.singleShot(0, self, partial(self._fill, select))
        else:
            self._fill(select)

    def _try(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except ValueError as exc:
            self.error.show_error(exc)
            return False
        return True

    def add_category(self, parent: str | None, name: str | None = None) -> str | None:
        """Add a category (asks for the name unless given); returns its key."""
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("New category"),
                self.tr("Name of the new category under {0}:").format(
                    category_label(parent, self.tree)
                )
                if parent
                else self.tr("Name of the new top-level category:"),
            )
            if not ok:
                return None
        try:
            category = self.tree.add(parent, name)
            tree = self.tree.with_category(category)
        except ValueError as exc:
            self.error.show_error(exc)
            return None
        self._set(tree, category.key)
        return category.key

    def rename(self, key: str, name: str) -> bool:
        return self._try(lambda: self._set(self.tree.rename(key, name), key))

    def _rename_current(self) -> None:
        item = self.view.currentItem()
        if item is not None:
            self.view.editItem(item, NAME)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        self._in_item_change = True
        try:
            self._apply_item_change(item, column)
        finally:
            self._in_item_change = False

    def _apply_item_change(self, item: QTreeWidgetItem, column: int) -> None:
        key = str(item.data(NAME, KEY_ROLE))
        category = self.tree.get(key)
        if category is None or category.archived:
            return
        if column == COMPLAINT:
            complaint = item.checkState(COMPLAINT) == Qt.CheckState.Checked
            if complaint != category.complaint:
                self._set(self.tree.with_category(replace(category, complaint=complaint)), key)
        elif (
            column == NAME
            and item.text(NAME) != category_name(category)
            and not self.rename(key, item.text(NAME))
        ):
            self._refill(key)  # back to the name it had

    def move_category(self, key: str, parent: str | None) -> str | None:
        """Move ``key`` under ``parent`` (None: top level); returns its new key."""
        try:
            tree, moves = self.tree.move(key, parent)
        except ValueError as exc:
            self.error.show_error(exc)
            return None
        # Compose with earlier moves: stored key -> latest key.
        earlier = set(self.moves.values())
        for stored, now in list(self.moves.items()):
            self.moves[stored] = _moved(now, moves)
        for old, new in moves.items():
            if old not in earlier:
                self.moves.setdefault(old, new)
        new_key = moves.get(key, key)
        self._set(tree, new_key)
        return new_key

    def _move_current(self) -> None:
        current = self._current()
        if current is None:
            return
        top = self.tr("(top level)")
        targets = [
            c
            for c in self.tree.categories
            if not c.archived and c.key != current.key and not c.key.startswith(current.key + ".")
        ]
        labels = [top] + [category_label(c.key, self.tree) for c in targets]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Move category"), self.tr("Move it under:"), labels, 0, False
        )
        if ok:
            parent = None if chosen == top else targets[labels.index(chosen) - 1].key
            self.move_category(current.key, parent)

    def remove(self, key: str | None) -> None:
        if key:
            self._set(self.tree.archive(key), key)

    def restore(self, key: str | None) -> None:
        if key:
            self._set(self.tree.restore(key), key)


def _moved(key: str, moves: dict[str, str]) -> str:
    for old in sorted(moves, key=len, reverse=True):
        if key == old or key.startswith(old + "."):
            return moves[old] + key[len(old) :]
    return key
