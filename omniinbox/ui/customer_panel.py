"""The customer beside the conversation: name, every identity on every channel, notes, custom
fields, the whole history (newest first, one click opens), and merging with undo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import IdentityKind
from omniinbox.store import ChangeSet, ConversationFilter, CustomerCard, Store, StoreError
from omniinbox.sync.engine import Engine
from omniinbox.ui.assets import icon
from omniinbox.ui.conversation_header import ElidedLabel
from omniinbox.ui.customer_history import HistoryDelegate, HistoryModel
from omniinbox.ui.customer_merge import MergeDialog, MergeSuggestions
from omniinbox.ui.formatting import channel_label, full_time
from omniinbox.ui.ops import Reader, ReadOp, WriteOp

HISTORY_LIMIT = 200
NOTES_DELAY_MS = 800
AVATAR = 40


def initials(name: str) -> str:
    parts = [p for p in name.replace("@", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


def avatar(name: str, size: int = AVATAR) -> QPixmap:
    """A round badge with the customer's initials, coloured by the name."""
    palette = ["#1f6feb", "#8250df", "#bf3989", "#1a7f37", "#9a6700", "#0969da", "#cf222e"]
    colour = palette[sum(map(ord, name)) % len(palette)]
    pixmap = QPixmap(QSize(size * 2, size * 2))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size * 2, size * 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.8))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return pixmap


def _section(title: str) -> QLabel:
    label = QLabel(title.upper())
    label.setObjectName("panelSection")
    return label


class CustomerPanel(QScrollArea):
    open_conversation = Signal(int)
    message = Signal(str)  # a sentence for the status bar

    def __init__(
        self, store: Store, engine: Engine, reader: Reader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._store = store
        self._engine = engine
        self._reader = reader
        self.actor = ""
        self.card: CustomerCard | None = None
        self._conversation_id: int | None = None
        self._fields: dict[str, QLineEdit] = {}

        self._avatar = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.name.setFrame(False)
        self.name.setToolTip(self.tr("The customer's name; press Enter to save"))
        self.name.editingFinished.connect(self._save_name)
        self._since = QLabel()
        self._since.setObjectName("panelMuted")
        self.identities = QVBoxLayout()
        self.identities.setSpacing(3)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("customerNotes")
        self.notes.setPlaceholderText(self.tr("Notes about this customer, for every agent"))
        self.notes.setFixedHeight(72)
        self.notes.textChanged.connect(self._notes_changed)
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.fields_form = QFormLayout()
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        add_field = QToolButton()
        add_field.setObjectName("linkButton")
        add_field.setText(self.tr("+ Add a field"))
        add_field.clicked.connect(self._add_field)
        self.history_title = _section(self.tr("Conversations"))
        self.history = HistoryModel(self)
        self.history_view = QListView()
        self.history_view.setObjectName("customerHistory")
        self.history_view.setModel(self.history)
        self.history_view.setItemDelegate(HistoryDelegate(self.history_view))
        self.history_view.setMouseTracking(True)
        self.history_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_view.clicked.connect(self._open)
        self.history_view.activated.connect(self._open)
        self.merges = QVBoxLayout()
        self.suggestions = MergeSuggestions()
        self.suggestions.merge_requested.connect(self._merge_suggested)
        self.suggestions.not_same.connect(self.mark_not_same)
        self._suggestions_for: int | None = None
        self.merge_button = QPushButton(self.tr("Merge with another customer…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.start_merge)

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self._avatar)
        name_box = QVBoxLayout()
        name_box.setSpacing(0)
        name_box.addWidget(self.name)
        name_box.addWidget(self._since)
        head.addLayout(name_box, 1)
        body = QWidget()
        body.setObjectName("customerPanelBody")
        self._body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(_section(self.tr("Channels")))
        layout.addLayout(self.identities)
        layout.addWidget(_section(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(_section(self.tr("Details")))
        layout.addLayout(self.fields_form)
        layout.addWidget(add_field, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_view)
        layout.addWidget(self.suggestions)
        layout.addLayout(self.merges)
        layout.addWidget(self.merge_button)
        layout.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(220)

    # --- filling in -------------------------------------------------------------------------

    def show_customer(self, contact_id: int | None, conversation_id: int | None = None) -> None:
        self._conversation_id = conversation_id
        if contact_id is None:
            self.card = None
            self._body.setEnabled(False)
            return
        try:
            self.card = self._store.customer(contact_id)
        except StoreError:
            self.card = None
            return
        self._body.setEnabled(True)
        card = self.card
        self._avatar.setPixmap(avatar(card.contact.name))
        if not self.name.hasFocus():
            self.name.setText(card.contact.name)
            self.name.setCursorPosition(0)
        self._since.setText(self.tr("%n conversation(s)", "", card.conversation_count))
        self._fill_identities(card)
        if not self.notes.hasFocus() and not self._notes_timer.isActive():
            self.notes.blockSignals(True)
            self.notes.setPlainText(card.contact.notes)
            self.notes.blockSignals(False)
        self._fill_fields(card.fields)
        ids = self._store.conversation_ids(ConversationFilter(contact_id=contact_id))
        rows = self._store.conversation_rows(ids[:HISTORY_LIMIT])
        ordered = [rows[i] for i in ids[:HISTORY_LIMIT] if i in rows]
        self.history.set_rows(ordered, conversation_id)
        self.history_title.setText(self.tr("Conversations ({0})").format(len(ids)).upper())
        row_height = self.history_view.sizeHintForRow(0) if ordered else 0
        self.history_view.setFixedHeight(max(row_height * min(len(ordered), 8) + 4, 24))
        self._fill_merges(contact_id)
        self._load_suggestions(contact_id)

    def _load_suggestions(self, contact_id: int) -> None:
        """Who may be the same person: read off the GUI thread (it compares names)."""
        self._suggestions_for = contact_id

        def read(s: Store) -> list:  # type: ignore[type-arg]
            # A customer no longer shown is not worth a read (clicking through a list).
            return s.suggested_merges(contact_id) if self._suggestions_for == contact_id else []

        ReadOp(self, self._reader, read).success(
            lambda found: self._show_suggestions(contact_id, found)
        ).failure(lambda _exc: self.suggestions.show_suggestions([])).run()

    def _show_suggestions(self, contact_id: int, found: list) -> None:  # type: ignore[type-arg]
        if contact_id == self._suggestions_for:
            self.suggestions.show_suggestions(found)

    def refresh(self) -> None:
        if self.card is not None:
            self.show_customer(self.card.contact.id, self._conversation_id)

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.card is None:
            return
        mine = {r.id for r in self.history.items()}
        if self.card.contact.id in changes.contacts or mine & (
            changes.conversations | changes.new_conversations
        ):
            self.refresh()

    def _clear(self, layout: QVBoxLayout | QFormLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fill_identities(self, card: CustomerCard) -> None:
        self._clear(self.identities)
        for identity in card.contact.identities:
            channel = {
                IdentityKind.EMAIL: "email",
                IdentityKind.TELEGRAM: "telegram",
                IdentityKind.X: "x",
            }.get(identity.kind, "other")
            shown = identity.value
            if identity.display and identity.display != identity.value:
                shown = f"{identity.display}  ({identity.value})"
            label = ElidedLabel()
            label.setText(shown)
            label.setToolTip(f"{channel_label(channel)}: {shown}")
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            badge = QLabel()
            badge.setPixmap(icon(channel).pixmap(16, 16))
            line.addWidget(badge)
            line.addWidget(label, 1)
            self.identities.addWidget(row)

    def _fill_fields(self, fields: dict[str, str]) -> None:
        focused = next((k for k, e in self._fields.items() if e.hasFocus()), None)
        if focused is not None:
            return  # the agent is typing in one: keep the form as it is
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self._fields = {}
        for key, value in sorted(fields.items()):
            editor = QLineEdit(value)
            editor.setObjectName("fieldEditor")
            editor.editingFinished.connect(self._save_fields)
            self._fields[key] = editor
            self.fields_form.addRow(key, editor)

    def _fill_merges(self, contact_id: int) -> None:
        self._clear(self.merges)
        for merge_id, merged_id, at in self._store.merges_of(contact_id):
            name = self._store.contact_name(merged_id) or self.tr("another customer")
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self.tr("Merged {0} on {1}").format(name, full_time(at)))
            text.setObjectName("panelMuted")
            text.setWordWrap(True)
            undo = QToolButton()
            undo.setObjectName("linkButton")
            undo.setText(self.tr("Undo"))
            undo.setIcon(icon("undo"))
            undo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            undo.clicked.connect(lambda _c=False, m=merge_id: self.undo_merge(m))
            line.addWidget(text, 1)
            line.addWidget(undo)
            self.merges.addWidget(row)

    # --- edits ------------------------------------------------------------------------------

    def _write(self, fn, sentence: str = "") -> None:  # type: ignore[no-untyped-def]
        op = WriteOp(self, self._engine, fn)
        if sentence:
            op.success(lambda _r: self.message.emit(sentence))
        op.run()

    def _save_name(self) -> None:
        card, name = self.card, self.name.text().strip()
        if card is None or not name or name == card.contact.name:
            return
        cid = card.contact.id
        self._write(lambda s: s.update_customer(cid, name=name), self.tr("Name saved."))

    def _notes_changed(self) -> None:
        self._notes_timer.start()

    def _save_notes(self) -> None:
        if self.card is None:
            return
        cid, notes = self.card.contact.id, self.notes.toPlainText()
        self._write(lambda s: s.update_customer(cid, notes=notes))

    def _save_fields(self) -> None:
        if self.card is None:
            return
        fields = {k: e.text() for k, e in self._fields.items()}
        if fields == self.card.fields:
            return
        cid = self.card.contact.id
        self._write(lambda s: s.update_customer(cid, fields=fields))

    def _add_field(self) -> None:
        if self.card is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add a field"), self.tr("Field name:"))
        if not ok or not name.strip() or name.strip() in self.card.fields:
            return
        fields = {**self.card.fields, name.strip(): ""}
        cid = self.card.contact.id
        self._write(lambda s: s.update_customer(cid, fields=fields))

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.history.conversation_row(index.row())
        if row is not None:
            self.open_conversation.emit(row.id)

    # --- merge ------------------------------------------------------------------------------

    def start_merge(self) -> MergeDialog | None:
        if self.card is None:
            return None
        keep = self.card.contact
        dialog = MergeDialog(self._reader, keep.id, keep.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merge(keep.id, dialog))
        dialog.open()
        return dialog

    def _merge(self, keep_id: int, dialog: MergeDialog) -> None:
        other = dialog.chosen()
        if other is None:
            return
        self.merge(keep_id, other.contact_id, other.name)

    def merge(self, keep_id: int, other_id: int, other_name: str) -> None:
        actor = self.actor

        def write(store: Store) -> ChangeSet:
            store.merge_customers(keep_id, other_id, actor)
            ids = store.conversation_ids(ConversationFilter(contact_id=keep_id))
            return ChangeSet(conversations=set(ids), contacts={keep_id, other_id})

        sentence = self.tr("{0} merged into this customer; Undo is in the panel.").format(
            other_name
        )
        self._write(write, sentence)

    def _merge_suggested(self, other_id: int, other_name: str) -> None:
        if self.card is not None:
            self.suggestions.forget(other_id)
            self.merge(self.card.contact.id, other_id, other_name)

    def mark_not_same(self, other_id: int) -> None:
        """The agent says the suggested customer is someone else: remembered, not asked again."""
        if self.card is None:
            return
        cid, actor = self.card.contact.id, self.actor
        self.suggestions.forget(other_id)
        self._write(
            lambda s: s.mark_not_same(cid, other_id, actor),
            self.tr("Noted: they will not be suggested as the same customer again."),
        )

    def undo_merge(self, merge_id: int) -> None:
        actor = self.actor
        self._write(lambda s: s.unmerge(merge_id, actor), self.tr("Merge undone."))

    def restyle(self) -> None:
        """The look changed: icons again in its colours."""
        self.refresh()
