"""The open conversation: a header (ticket, subject, customer, status, owner) over its timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import format_ticket
from omniinbox.store import ChangeSet, ConversationRow, Store, StoreError
from omniinbox.ui.assets import channel_icon
from omniinbox.ui.formatting import channel_label, status_label
from omniinbox.ui.timeline import MessageFlags, timeline_html

ICON_SIZE = 20


class _ElidedLabel(QLabel):
    """One line that shortens itself with … instead of widening the pane."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


class ConversationView(QWidget):
    """Shows one conversation, read from the GUI thread's read-only store (indexed, bounded)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._row: ConversationRow | None = None

        self._empty = QLabel(self.tr("Select a conversation to read it here."))
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._channel = QLabel()
        self._ticket = QLabel()
        self._ticket.setObjectName("ticketLabel")
        self._ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._subject = _ElidedLabel()
        self._subject.setObjectName("subjectLabel")
        self._customer = _ElidedLabel()
        self._customer.setObjectName("customerLabel")
        self._status = QLabel()
        self._status.setObjectName("statusPill")
        self._owner = QLabel()
        self._owner.setObjectName("ownerLabel")
        self._owner.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._channel)
        top.addWidget(self._ticket)
        top.addWidget(self._subject, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self._customer, 1)
        bottom.addWidget(self._status)
        bottom.addWidget(self._owner)
        header = QFrame()
        header.setObjectName("conversationHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 12)
        header_layout.setSpacing(6)
        header_layout.addLayout(top)
        header_layout.addLayout(bottom)

        self.timeline = QTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setOpenExternalLinks(False)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.document().setDocumentMargin(14)
        self._pinned = True  # the timeline follows its newest message
        self._filling = False
        bar = self.timeline.verticalScrollBar()
        bar.valueChanged.connect(self._remember_pin)
        bar.rangeChanged.connect(self._keep_pin)
        self.timeline.installEventFilter(self)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(header)
        page_layout.addWidget(self.timeline, 1)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    @property
    def conversation_id(self) -> int | None:
        return self._row.id if self._row is not None else None

    @property
    def row(self) -> ConversationRow | None:
        return self._row

    def show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            self._row = None
            self._stack.setCurrentIndex(0)
            return
        opening = conversation_id != self.conversation_id
        try:
            self._row = self._store.conversation(conversation_id)
        except StoreError:
            self.show_conversation(None)
            return
        self._stack.setCurrentIndex(1)  # first, so the timeline has its size when filled
        self._fill_header(self._row)
        self._fill_timeline(self._row, keep_scroll=not opening)

    def refresh(self) -> None:
        if self._row is not None:
            self.show_conversation(self._row.id)

    def apply_changes(self, changes: ChangeSet) -> None:
        if self._row is None:
            return
        if self._row.id in changes.conversations or self._row.contact_id in changes.contacts:
            self.refresh()

    def timeline_text(self) -> str:
        """The timeline as plain text (what a screen reader or a test reads)."""
        return self.timeline.toPlainText()

    # --- filling in -------------------------------------------------------------------------

    def _fill_header(self, row: ConversationRow) -> None:
        self._channel.setPixmap(channel_icon(row.channel).pixmap(ICON_SIZE, ICON_SIZE))
        self._channel.setToolTip(channel_label(row.channel))
        self._ticket.setText(format_ticket(row.ticket))
        self._subject.setText(row.subject or self.tr("(no subject)"))
        self._customer.setText(self._customer_line(row))
        self._status.setText(status_label(row.status))
        self._status.setProperty("status", row.status.value)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)
        if row.owner_name:
            self._owner.setText(self.tr("Owner: {0}").format(row.owner_name))
        else:
            self._owner.setText(self.tr("Unassigned"))

    def _customer_line(self, row: ConversationRow) -> str:
        name = row.contact_name or self.tr("Unknown customer")
        if row.contact_id is None:
            return name
        handles = []
        for _kind, value, display in self._store.contact_identities(row.contact_id):
            shown = display if display and display != name else value
            if shown and shown not in handles:
                handles.append(shown)
        return "  ·  ".join([name, *handles[:3]])

    def _fill_timeline(self, row: ConversationRow, *, keep_scroll: bool) -> None:
        bar = self.timeline.verticalScrollBar()
        stay_at = bar.value() if keep_scroll and not self._pinned else None
        messages = self._store.messages(row.id)
        flags = {}
        for message in messages:
            found = self._store.message_flags(message.id)
            if found.get("edited") or found.get("deleted") or found.get("note"):
                flags[message.id] = MessageFlags(
                    bool(found.get("edited")),
                    bool(found.get("deleted")),
                    str(found.get("note") or ""),
                )
        self._filling = True
        self.timeline.setHtml(timeline_html(messages, row.channel, flags))
        self._filling = False
        # Newest last: a fresh or followed timeline stays scrolled to its end while the
        # document lays itself out; one the agent scrolled up in stays where it was.
        self._pinned = stay_at is None
        bar.setValue(bar.maximum() if stay_at is None else stay_at)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On a resize QTextEdit keeps its relative position; a pinned timeline keeps its end.
        if watched is self.timeline and event.type() == QEvent.Type.Resize and self._pinned:
            QTimer.singleShot(0, self._scroll_to_end)
        return super().eventFilter(watched, event)

    def _scroll_to_end(self) -> None:
        self._pinned = True
        bar = self.timeline.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _remember_pin(self, value: int) -> None:
        if not self._filling:
            self._pinned = value >= self.timeline.verticalScrollBar().maximum() - 4

    def _keep_pin(self, _minimum: int, maximum: int) -> None:
        if self._pinned:
            self.timeline.verticalScrollBar().setValue(maximum)
