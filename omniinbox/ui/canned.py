"""Canned answers in the composer: type ``/`` at the start of a line, then words to search.

Until the store keeps templates, a small built-in set is offered (with the domain's
acknowledgements in six languages). Variables are filled from the conversation; any left
unfilled stay visible as typed so the agent sees what to complete before sending.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListView, QPlainTextEdit, QWidget

from omniinbox.domain.autoack import ACK_TEMPLATES
from omniinbox.domain.templates import Template, render, search_templates
from omniinbox.store import StoreError
from omniinbox.ui.popup_list import ItemListModel

BODY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN = 8

BUILT_IN: tuple[Template, ...] = (
    Template(
        "Greeting",
        "en",
        "Hello {customer.first_name},\n\nthank you for writing to us about ticket {ticket}.",
    ),
    Template(
        "Order status",
        "en",
        "Hello {customer.first_name},\n\nyour order is on its way: the courier will bring it "
        "{due_phrase}. You can reply here any time if something is not right.",
    ),
    Template(
        "Refund started",
        "en",
        "Hello {customer.first_name},\n\nwe have started your refund. The money usually reaches "
        "your card within 3–5 business days.",
    ),
    Template(
        "Delivery delay apology",
        "en",
        "Hello {customer.first_name},\n\nI am sorry your parcel is late. I have asked the courier "
        "for the exact delivery time and will write to you as soon as I know.",
    ),
    Template(
        "Anything else?",
        "en",
        "Is there anything else I can help you with? If not, I will close ticket {ticket}.",
    ),
    Template(
        "Приветствие",
        "ru",
        "Здравствуйте, {customer.first_name}!\n\nСпасибо за обращение по заявке {ticket}.",
    ),
    Template(
        "Возврат оформлен",
        "ru",
        "Здравствуйте, {customer.first_name}!\n\nМы оформили возврат. Деньги обычно приходят на "
        "карту в течение 3–5 рабочих дней.",
    ),
    Template(
        "Задержка доставки",
        "ru",
        "Здравствуйте, {customer.first_name}!\n\nПриносим извинения за задержку. Я уточняю у "
        "курьера точное время доставки и сразу напишу вам.",
    ),
    *ACK_TEMPLATES.values(),
)


def available_templates(store: object, agent_id: int | None) -> list[Template]:
    """The desk's templates where the store keeps them (``templates(agent_id)``), else the
    built-in set."""
    load = getattr(store, "templates", None)
    if callable(load):
        try:
            found = list(load(agent_id))
        except (StoreError, ValueError, TypeError):
            found = []
        if found:
            return found
    return list(BUILT_IN)


class TemplateModel(ItemListModel[Template]):
    """The canned answers that match what follows the ``/``."""

    def __init__(
        self,
        templates: Sequence[Template] = BUILT_IN,
        agent_id: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(search_templates(list(templates), "", agent_id=agent_id), parent)
        self._templates = list(templates)
        self._agent_id = agent_id

    def search(self, query: str) -> None:
        self.show_items(search_templates(self._templates, query, agent_id=self._agent_id))

    def template(self, row: int) -> Template | None:
        return self.item_at(row)

    def item_data(self, template: Template, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                f"{template.name}  ·  {template.language}" if template.language else template.name
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.body
        if role == BODY_ROLE:
            return template.body
        return None


class CannedPopup(QListView):
    """The list of matching answers under the cursor. It never takes the keyboard: the
    composer keeps typing and steers it with Up, Down, Enter and Escape."""

    chosen = Signal(int)  # a row of the model

    def __init__(self, model: TemplateModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPopup")
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))
        self._model = model

    def set_templates(self, model: TemplateModel) -> None:
        self._model = model
        self.setModel(model)

    def show_at(self, where: QPoint) -> None:
        rows = min(self._model.rowCount(), MAX_SHOWN)
        height = (self.sizeHintForRow(0) if rows else 20) * rows + 6
        self.setGeometry(where.x(), where.y() + 2, 380, height)
        self.setCurrentIndex(self._model.index(0, 0))
        self.show()

    def move_selection(self, delta: int) -> None:
        count = self._model.rowCount()
        if count:
            row = (self.currentIndex().row() + delta) % count
            self.setCurrentIndex(self._model.index(row, 0))

    def current_row(self) -> int:
        return self.currentIndex().row()


class CannedAnswers(QObject):
    """``/`` in a text editor: the matching answers under the cursor, inserted filled in.
    ``variables`` gives the values of the conversation being answered."""

    missing = Signal(list)  # variable names left for the agent to fill in

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.variables: Callable[[], Mapping[str, object]] = dict
        self.templates = TemplateModel(parent=self)
        self.popup = CannedPopup(self.templates, editor)
        self.popup.chosen.connect(self.insert)
        editor.installEventFilter(self)

    def set_templates(self, templates: Sequence[Template], agent_id: int | None) -> None:
        self.templates = TemplateModel(templates, agent_id, self)
        self.popup.set_templates(self.templates)

    def _slash_query(self) -> str | None:
        cursor = self._editor.textCursor()
        line = cursor.block().text()[: cursor.positionInBlock()]
        return line[1:] if line.startswith("/") else None

    def check(self) -> None:
        """After each edit: offer answers while the line starts with "/"."""
        query = self._slash_query()
        if query is None or len(query) > 60:
            self.popup.hide()
            return
        self.templates.search(query)
        if self.templates.rowCount() == 0:
            self.popup.hide()
            return
        rect = self._editor.cursorRect()
        self.popup.show_at(self._editor.viewport().mapToGlobal(rect.bottomLeft()))

    def start(self) -> None:
        """Start a "/" line and show every answer (the composer's button)."""
        cursor = self._editor.textCursor()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText("/")
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    def insert(self, row: int) -> None:
        """Replace the "/" line with the answer, its variables filled in."""
        template = self.templates.template(row)
        if template is None:
            return
        result = render(template.body, self.variables())
        cursor = self._editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(result.text)
        self._editor.setTextCursor(cursor)
        self.popup.hide()
        if result.missing:
            self.missing.emit(list(result.missing))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While answers are offered, Up/Down choose, Enter or Tab insert, Escape closes.
        if (
            watched is self._editor
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and self.popup.isVisible()
        ):
            key = event.key()
            steer = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if key in (*steer, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours, not a window shortcut's (Escape, Ctrl+Enter)
                    return True
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.popup.move_selection(-1 if key == Qt.Key.Key_Up else 1)
                elif key == Qt.Key.Key_Escape:
                    self.popup.hide()
                else:
                    self.insert(self.popup.current_row())
                return True
        if watched is self._editor and event.type() == QEvent.Type.FocusOut:
            self.popup.hide()
        return super().eventFilter(watched, event)
