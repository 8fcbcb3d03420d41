"""The composer: a reply to the customer (on their channel, or another of theirs), or an
internal note. Send queues the reply to the outbox; drafts are saved as the agent types and
come back after a restart; ``/`` offers canned answers; replies are signed with the agent's
real name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Agent, Status, format_ticket
from omniinbox.domain.templates import standard_variables
from omniinbox.store import ChangeSet, ConversationRow, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.assets import icon
from omniinbox.ui.canned import CannedAnswers, available_templates
from omniinbox.ui.conversation_header import ElidedLabel
from omniinbox.ui.formatting import channel_label
from omniinbox.ui.ops import WriteOp, show_error
from omniinbox.ui.reply_routes import Route, fill_route_box, routes

DRAFT_DELAY_MS = 600  # a pause in typing this long saves the draft
REPLY, NOTE = "reply", "note"


def signature_for(agent: Agent | None, channel: str) -> str:
    """What goes under a reply: the agent's signature (their real name at least)."""
    if agent is None:
        return ""
    if channel == "email":
        body = agent.signature.strip() or agent.name
        return f"-- \n{body}"
    return f"— {agent.name}"


class ReplyBox(QFrame):
    """Reply or note for the open conversation; keeps a draft per conversation."""

    queued = Signal(int, int)  # conversation id, message id: a reply is in the outbox
    noted = Signal(int, int)  # conversation id, message id: an internal note was added

    def __init__(
        self, engine: Engine, store: Store | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self._engine = engine
        self._store = store
        self._row: ConversationRow | None = None
        self._agent_id: int | None = None
        self._agent: Agent | None = None
        self._routes: list[Route] = []
        self._drafts: dict[int, tuple[str, str]] = {}  # saved or about to be: text, identity
        self._dirty = False
        self._loading = False
        self.mode = REPLY
        self._signature = ""

        self.reply_tab = QToolButton()
        self.reply_tab.setObjectName("replyTab")
        self.reply_tab.setText(self.tr("Reply"))
        self.note_tab = QToolButton()
        self.note_tab.setObjectName("noteTab")
        self.note_tab.setText(self.tr("Internal note"))
        tabs = QButtonGroup(self)
        for tab in (self.reply_tab, self.note_tab):
            tab.setCheckable(True)
            tab.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            tabs.addButton(tab)
        self.reply_tab.setChecked(True)
        self.reply_tab.clicked.connect(lambda: self.set_mode(REPLY))
        self.note_tab.clicked.connect(lambda: self.set_mode(NOTE))
        self.route_box = QComboBox()
        self.route_box.setObjectName("routeBox")
        self.route_box.setToolTip(self.tr("Answer on the customer's channel or another of theirs"))
        self.route_box.currentIndexChanged.connect(self._route_changed)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.installEventFilter(self)
        self.signature = QLabel()
        self.signature.setObjectName("signatureLabel")
        self.signature.setTextFormat(Qt.TextFormat.PlainText)

        self.canned_button = QToolButton()
        self.canned_button.setObjectName("cannedButton")
        self.canned_button.setToolTip(self.tr("Canned answers (type / at the start of a line)"))
        self.canned_button.clicked.connect(self.start_canned)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Queue the reply to the customer (Ctrl+Enter)"))
        self.send_button.clicked.connect(lambda: self.send())
        self.resolve_button = QPushButton(self.tr("Send and resolve"))
        self.resolve_button.setObjectName("sendResolveButton")
        self.resolve_button.setToolTip(self.tr("Send, then mark resolved (Ctrl+Shift+Enter)"))
        self.resolve_button.clicked.connect(lambda: self.send(resolve=True))
        self.note_button = QPushButton(self.tr("Add internal note"))
        self.note_button.setObjectName("noteButton")
        self.note_button.setToolTip(self.tr("Only agents see notes; the customer never does"))
        self.note_button.clicked.connect(self.add_note)
        self._hint = ElidedLabel()  # long translations end in … (full text in the tooltip)
        self._hint.setObjectName("replyHint")

        self.answers = CannedAnswers(self.editor, self)
        self.answers.variables = self._variables
        self.answers.missing.connect(
            lambda names: self._hint.setText(self.tr("Fill in: {0}").format(", ".join(names)))
        )

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        for keys, slot in (
            ("Ctrl+Return", self._primary),
            ("Ctrl+Enter", self._primary),
            ("Ctrl+Shift+Return", lambda: self.send(resolve=True)),
            ("Ctrl+Shift+Enter", lambda: self.send(resolve=True)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.reply_tab)
        top.addWidget(self.note_tab)
        top.addStretch(1)
        self._to = QLabel(self.tr("To:"))
        self._to.setObjectName("replyHint")
        top.addWidget(self._to)
        top.addWidget(self.route_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.canned_button)
        buttons.addWidget(self._hint, 1)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.signature)
        layout.addLayout(buttons)
        self.refresh_icons()
        self.set_conversation(None)

    def refresh_icons(self) -> None:
        self.reply_tab.setIcon(icon("reply"))
        self.note_tab.setIcon(icon("note"))
        self.canned_button.setIcon(icon("canned"))

    # --- the conversation -------------------------------------------------------------------

    def set_agent(self, agent: Agent | None) -> None:
        self._agent = agent
        self._agent_id = agent.id if agent is not None else self._agent_id
        templates = available_templates(self._store, self._agent_id)
        self.answers.set_templates(templates, self._agent_id)
        self._show_signature()

    def set_conversation(self, row: ConversationRow | None, agent_id: int | None = None) -> None:
        """Answer this conversation (None: nothing to answer); the previous draft is kept."""
        switching = row is None or self._row is None or row.id != self._row.id
        if switching and self._row is not None:
            self.flush_draft()
        self._row = row
        if agent_id is not None:
            self._agent_id = agent_id
        if switching:
            self._load(row)
        self.editor.setEnabled(row is not None)
        self._update_buttons()

    def _load(self, row: ConversationRow | None) -> None:
        self._loading = True
        try:
            self._routes = routes(self._store, row) if row is not None and self._store else []
            text, identity = "", ""
            if row is not None:
                if row.id in self._drafts:
                    text, identity = self._drafts[row.id]
                elif self._store is not None:
                    text, identity = self._store.draft(row.id)
            fill_route_box(self.route_box, self._routes, identity)
            self.route_box.setVisible(len(self._routes) > 1)
            self._to.setVisible(len(self._routes) > 1)
            self.editor.setPlainText(text)
            self._dirty = False
        finally:
            self._loading = False
        self.set_mode(REPLY)

    def route(self) -> Route | None:
        index = self.route_box.currentIndex()
        return self._routes[index] if 0 <= index < len(self._routes) else None

    def _route_changed(self, _index: int) -> None:
        if not self._loading:
            self._dirty = True
            self._draft_timer.start()
        self._show_signature()
        self._update_placeholder()

    # --- mode -------------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.note_tab if mode == NOTE else self.reply_tab).setChecked(True)
        self.editor.setProperty("note", mode == NOTE)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)
        self.route_box.setEnabled(mode == REPLY)
        self._show_signature()
        self._update_placeholder()
        self._update_buttons()

    def focus_reply(self) -> None:
        self.set_mode(REPLY)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        self.set_mode(NOTE)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_placeholder(self) -> None:
        row = self._row
        if row is None:
            self.editor.setPlaceholderText("")
            self._hint.setText("")
            return
        if self.mode == NOTE:
            self.editor.setPlaceholderText(
                self.tr("A note for your colleagues; the customer never sees it…")
            )
            self._hint.setText(self.tr("Ctrl+Enter adds the note"))
            return
        customer = row.contact_name or self.tr("the customer")
        route = self.route()
        where = (
            route.label if route is not None and not route.default else channel_label(row.channel)
        )
        self.editor.setPlaceholderText(self.tr("Reply to {0} by {1}…").format(customer, where))
        self._hint.setText(self.tr("Ctrl+Enter sends"))

    def _show_signature(self) -> None:
        row, route = self._row, self.route()
        channel = row.channel if row is not None else ""
        if route is not None and not route.default and route.key:
            channel = {"email": "email", "telegram": "telegram", "x": "x"}.get(
                route.key.split(":", 1)[0], channel
            )
        self._signature = signature_for(self._agent, channel) if self.mode == REPLY else ""
        shown = self._signature.removeprefix("-- \n").removeprefix("— ").replace("\n", " · ")
        self.signature.setText(self.tr("Signed: {0}").format(shown) if shown else "")
        self.signature.setToolTip(self._signature)
        self.signature.setVisible(bool(shown) and row is not None)

    def _update_buttons(self) -> None:
        ready = self._row is not None and bool(self.editor.toPlainText().strip())
        route = self.route()
        can_send = ready and (route is None or route.conversation_id is not None)
        self.send_button.setEnabled(can_send)
        self.resolve_button.setEnabled(can_send)
        self.note_button.setEnabled(ready)
        self.send_button.setDefault(self.mode == REPLY)

    def _primary(self) -> None:
        if self.mode == NOTE:
            self.add_note()
        else:
            self.send()

    # --- drafts -----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update_buttons()
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()
        self.answers.check()

    def flush_draft(self) -> None:
        """Save the draft now (it is saved by itself after a pause in typing)."""
        self._draft_timer.stop()
        row = self._row
        if row is None or not self._dirty:
            return
        self._dirty = False
        text = self.editor.toPlainText()
        route = self.route()
        identity = route.key if route is not None and not route.default else ""
        self._drafts[row.id] = (text, identity)
        WriteOp(self, self._engine, lambda s: s.save_draft(row.id, text, identity)).run()

    # --- canned answers ---------------------------------------------------------------------

    def _variables(self) -> dict[str, str]:
        row = self._row
        if row is None:
            return {}
        return standard_variables(
            ticket=format_ticket(row.ticket),
            customer_name=row.contact_name,
            agent_name=self._agent.name if self._agent is not None else "",
            subject=row.subject,
        )

    def start_canned(self) -> None:
        """The button: start a "/" line and show every canned answer."""
        if self._row is not None:
            self.answers.start()

    # --- writing ----------------------------------------------------------------------------

    def _take_text(self) -> tuple[ConversationRow, str] | None:
        """The conversation and the text to write; the editor is cleared at once (the message
        shows in the timeline as soon as it is written) and given back if the write fails."""
        row, text = self._row, self.editor.toPlainText()
        if row is None or not text.strip():
            return None
        self._draft_timer.stop()
        self._loading = True
        self.editor.clear()
        self._loading = False
        self._dirty = False
        self._drafts.pop(row.id, None)
        return row, text

    def _give_back(self, row: ConversationRow, text: str, exc: BaseException) -> None:
        if self._row is not None and self._row.id == row.id and not self.editor.toPlainText():
            self.editor.setPlainText(text)
        else:
            self._drafts.setdefault(row.id, (text, ""))
        show_error(self, exc)

    def send(self, *, resolve: bool = False) -> None:
        route = self.route()
        if route is not None and route.conversation_id is None:
            return
        taken = self._take_text()
        if taken is None:
            return
        row, text = taken
        agent_id = self._agent_id
        actor = self._agent.name if self._agent is not None else ""
        signed = text.rstrip() + ("\n\n" + self._signature if self._signature else "")
        target = route.conversation_id if route is not None and not route.default else row.id
        elsewhere = route if route is not None and not route.default else None
        note = ""
        if elsewhere is not None:
            note = self.tr("Answered on {0} in ticket {1}.").format(
                elsewhere.label, format_ticket(elsewhere.ticket or 0)
            )

        def write(store: Store) -> ChangeSet:
            with store.tx():
                message_id, changes = store.queue_reply(target or row.id, signed, agent_id)
                changes.messages.add(message_id)
                if note:
                    changes.messages.add(store.add_note(row.id, note, agent_id))
                    changes.conversations.add(row.id)
                if resolve:
                    changes.merge(store.set_status([row.id], Status.RESOLVED, actor))
                store.save_draft(row.id, "")
            return changes

        def done(changes: ChangeSet) -> None:
            self._engine.wake(None)
            self.queued.emit(target or row.id, max(changes.messages))

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
            with store.tx():
                changes = ChangeSet({row.id}, {store.add_note(row.id, text, agent_id)})
                store.save_draft(row.id, "")
            return changes

        WriteOp(self, self._engine, write).success(
            lambda changes: self.noted.emit(row.id, max(changes.messages))
        ).failure(lambda exc: self._give_back(row, text, exc)).run()
