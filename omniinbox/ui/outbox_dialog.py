"""The outbox: what waits to reach a channel, what failed and why, and a way to try again.

An item whose fate is unknown ("may not have gone out") is retried only after the agent
confirms, because the customer may already have it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import format_ticket
from omniinbox.store import ChangeSet, OutboxItem, OutboxState, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.ops import Reader, ReadOp, WriteOp
from omniinbox.ui.theme import colours

SHOWN_STATES = (
    OutboxState.FAILED,
    OutboxState.UNCERTAIN,
    OutboxState.QUEUED,
    OutboxState.SENDING,
)
RETRYABLE = frozenset({OutboxState.FAILED, OutboxState.UNCERTAIN})
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class Col(IntEnum):
    STATE = 0
    WHAT = 1
    TICKET = 2
    ACCOUNT = 3
    TRIES = 4
    ERROR = 5


def load_outbox(store: Store) -> tuple[list[OutboxItem], dict[int, int], dict[int, str]]:
    """Items worth showing (troubles first), ticket per conversation, account names."""
    items = store.outbox_items(SHOWN_STATES)
    order = {state: i for i, state in enumerate(SHOWN_STATES)}
    items.sort(key=lambda item: (order.get(item.state, 9), -item.id))
    rows = store.conversation_rows(sorted({i.conversation_id for i in items if i.conversation_id}))
    tickets = {cid: row.ticket for cid, row in rows.items()}
    accounts = {a.id: a.name for a in store.accounts()}
    return items, tickets, accounts


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[OutboxItem] = []
        self._tickets: dict[int, int] = {}
        self._accounts: dict[int, str] = {}
        self._titles = [
            self.tr("State"),
            self.tr("What"),
            self.tr("Ticket"),
            self.tr("Account"),
            self.tr("Tries"),
            self.tr("Last error"),
        ]

    def set_items(
        self, items: list[OutboxItem], tickets: dict[int, int], accounts: dict[int, str]
    ) -> None:
        self.beginResetModel()
        self._items, self._tickets, self._accounts = list(items), tickets, accounts
        self.endResetModel()

    def item(self, row: int) -> OutboxItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Col)
        ):
            return self._titles[section]
        return None

    def _state(self, state: str) -> str:
        return {
            OutboxState.QUEUED: self.tr("Waiting"),
            OutboxState.SENDING: self.tr("Sending"),
            OutboxState.FAILED: self.tr("Failed"),
            OutboxState.UNCERTAIN: self.tr("May not have gone out"),
        }.get(state, state)

    def _what(self, op: str) -> str:
        return {
            "send": self.tr("Reply"),
            "seen": self.tr("Mark read on the channel"),
        }.get(op, op)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(Col):
            return None
        column = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Col.STATE:
                return self._state(item.state)
            if column == Col.WHAT:
                return self._what(item.op)
            if column == Col.TICKET:
                ticket = self._tickets.get(item.conversation_id or 0)
                return format_ticket(ticket) if ticket else "—"
            if column == Col.ACCOUNT:
                return self._accounts.get(item.account_id, "—")
            if column == Col.TRIES:
                return str(item.attempts)
            return item.last_error or ""
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.STATE:
            c = colours()
            return QColor(
                {OutboxState.FAILED: c.red, OutboxState.UNCERTAIN: c.amber}.get(item.state, c.muted)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.ERROR:
            return item.last_error or None
        if role == ITEM_ROLE:
            return item
        return None


class OutboxDialog(QDialog):
    open_conversation = Signal(int)

    def __init__(self, engine: Engine, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self._engine = engine
        self._reader = reader
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Col.ERROR, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("Nothing is waiting: every reply went out."))
        self.empty.setObjectName("panelMuted")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_selected)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.loaded = False
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        ReadOp(self, self._reader, load_outbox).success(self._show).run()

    def _show(self, result: tuple[list[OutboxItem], dict[int, int], dict[int, str]]) -> None:
        self.model.set_items(*result)
        self.loaded = True
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            Col.ERROR, QHeaderView.ResizeMode.Stretch
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> list[OutboxItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for r in rows if (item := self.model.item(r)) is not None]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected()
        self.retry_button.setEnabled(any(i.state in RETRYABLE for i in chosen))
        self.open_button.setEnabled(any(i.conversation_id for i in chosen))

    def retry_selected(self) -> None:
        items = [i for i in self._selected() if i.state in RETRYABLE]
        if not items:
            return
        if any(i.state == OutboxState.UNCERTAIN for i in items):
            answer = QMessageBox.question(
                self,
                self.tr("Send again?"),
                self.tr(
                    "The customer may already have this reply: the channel could not confirm "
                    "it. Send it again anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.retry(items)

    def retry(self, items: list[OutboxItem]) -> None:
        def write(store: Store) -> ChangeSet:
            changes = ChangeSet()
            for item in items:
                store.retry_outbox(item.id)
                if item.conversation_id:
                    changes.conversations.add(item.conversation_id)
                if item.message_id:
                    changes.messages.add(item.message_id)
            return changes

        accounts = {i.account_id for i in items}

        def done(_changes: ChangeSet) -> None:
            for account_id in accounts:
                self._engine.wake(account_id)
            self.reload()

        WriteOp(self, self._engine, write).success(done).run()

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row()) if index.isValid() else None
        if item is not None and item.conversation_id:
            self.open_conversation.emit(item.conversation_id)


def retry_message(parent: QWidget, engine: Engine, reader: Reader, message_id: int) -> None:
    """ "Try again" on a reply in the timeline: find its outbox item, confirm when its fate is
    unknown, queue it again and wake its account."""

    def find(store: Store) -> OutboxItem | None:
        items = store.outbox_items((OutboxState.FAILED, OutboxState.UNCERTAIN))
        return next((i for i in items if i.message_id == message_id), None)

    def found(item: OutboxItem | None) -> None:
        if item is None:
            return
        if item.state == OutboxState.UNCERTAIN:
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("OutboxDialog", "Send again?"),
                QCoreApplication.translate(
                    "OutboxDialog",
                    "The customer may already have this reply: the channel could not confirm "
                    "it. Send it again anyway?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def write(store: Store) -> ChangeSet:
            store.retry_outbox(item.id)
            return ChangeSet(
                {item.conversation_id} if item.conversation_id else set(), {message_id}
            )

        WriteOp(parent, engine, write).success(lambda _c: engine.wake(item.account_id)).run()

    ReadOp(parent, reader, find).success(found).run()
