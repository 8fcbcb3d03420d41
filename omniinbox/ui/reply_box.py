"""Where the agent answers: Send queues the reply to the outbox, a note stays on the desk.

Both are written locally first and show in the timeline at once; the engine is woken to
deliver the reply when the account is reachable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.store import ChangeSet, ConversationRow, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.formatting import channel_label
from omniinbox.ui.ops import WriteOp, show_error


class ReplyBox(QFrame):
    """An editor with Send and Add internal note; keeps a draft per conversation."""

    queued = Signal(int, int)  # conversation id, message id: a reply is in the outbox
    noted = Signal(int, int)  # conversation id, message id: an internal note was added

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self._engine = engine
        self._row: ConversationRow | None = None
        self._agent_id: int | None = None
        self._drafts: dict[int, str] = {}

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._update_buttons)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Queue the reply to the customer (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        self.note_button = QPushButton(self.tr("Add internal note"))
        self.note_button.setObjectName("noteButton")
        self.note_button.setToolTip(self.tr("Only agents see notes; the customer never does"))
        self.note_button.clicked.connect(self.add_note)
        self._hint = QLabel()
        self._hint.setObjectName("replyHint")

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send)

        buttons = QHBoxLayout()
        buttons.addWidget(self._hint, 1)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.set_conversation(None)

    def set_conversation(self, row: ConversationRow | None, agent_id: int | None = None) -> None:
        """Answer this conversation (None: nothing to answer); the previous draft is kept."""
        if self._row is not None and (row is None or row.id != self._row.id):
            self._drafts[self._row.id] = self.editor.toPlainText()
        changed = row is None or self._row is None or row.id != self._row.id
        self._row, self._agent_id = row, agent_id
        if changed:
            self.editor.setPlainText(self._drafts.pop(row.id, "") if row is not None else "")
        if row is None:
            self.editor.setPlaceholderText("")
            self._hint.setText("")
        else:
            customer = row.contact_name or self.tr("the customer")
            self.editor.setPlaceholderText(
                self.tr("Reply to {0} by {1}…").format(customer, channel_label(row.channel))
            )
            self._hint.setText(self.tr("Ctrl+Enter sends"))
        self.editor.setEnabled(row is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._row is not None and bool(self.editor.toPlainText().strip())
        self.send_button.setEnabled(ready)
        self.note_button.setEnabled(ready)

    def _take_text(self) -> tuple[ConversationRow, str] | None:
        """The conversation and the text to write; the editor is cleared at once (the message
        shows in the timeline as soon as it is written) and given back if the write fails."""
        row, text = self._row, self.editor.toPlainText()
        if row is None or not text.strip():
            return None
        self.editor.clear()
        return row, text

    def _give_back(self, row: ConversationRow, text: str, exc: BaseException) -> None:
        if self._row is not None and self._row.id == row.id and not self.editor.toPlainText():
            self.editor.setPlainText(text)
        else:
            self._drafts.setdefault(row.id, text)
        show_error(self, exc)

    def send(self) -> None:
        taken = self._take_text()
        if taken is None:
            return
        row, text = taken
        agent_id = self._agent_id

        def write(store: Store) -> ChangeSet:
            message_id, changes = store.queue_reply(row.id, text, agent_id)
            changes.messages.add(message_id)
            return changes

        def done(changes: ChangeSet) -> None:
            if row.account_id is not None:
                self._engine.wake(row.account_id)
            self.queued.emit(row.id, max(changes.messages))

        WriteOp(self, self._engine, write).success(done).failure(
            lambda exc: self._give_back(row, text, exc)
        ).run()

    def add_note(self) -> None:
        taken = self._take_text()
        if taken is None:
            return
        row, text = taken
        agent_id = self._agent_id

        def write(store: Store) -> ChangeSet:
            return ChangeSet({row.id}, {store.add_note(row.id, text, agent_id)})

        WriteOp(self, self._engine, write).success(
            lambda changes: self.noted.emit(row.id, max(changes.messages))
        ).failure(lambda exc: self._give_back(row, text, exc)).run()
