"""The open conversation: its header, the remote-image bar, and the timeline of messages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import IdentityKind, Message
from omniinbox.store import ChangeSet, ConversationRow, Store, StoreError
from omniinbox.ui.attachments import AttachmentActions, thumbnail
from omniinbox.ui.conversation_header import ConversationHeader
from omniinbox.ui.settings import IMAGE_SENDERS, UiSettings
from omniinbox.ui.theme import colours
from omniinbox.ui.timeline import MessageFlags, Options, render_timeline
from omniinbox.ui.timeline_browser import TimelineBrowser

RERENDER_MS = 150  # images arriving close together redraw the timeline once


class ImageBar(QFrame):
    """Remote images are held back; one click shows them for this sender from now on."""

    allow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("showImagesButton")
        self.button.clicked.connect(self.allow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, count: int, sender: str) -> None:
        self.label.setText(self.tr("%n remote image(s) hidden to protect your privacy.", "", count))
        self.button.setText(self.tr("Show images from {0}").format(sender))
        self.show()


class ConversationView(QWidget):
    """Shows one conversation, read from the GUI thread's read-only store (indexed, bounded)."""

    retry_requested = Signal(int)  # a message id whose send failed
    link_hovered = Signal(str)

    def __init__(
        self, store: Store, settings: UiSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._row: ConversationRow | None = None
        self._messages: list[Message] = []
        self._expanded: set[int] = set()
        self._senders: tuple[str, ...] = ()
        self.attachments = AttachmentActions(self, store)

        self._empty = QLabel(self.tr("Select a conversation to read it here."))
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = ConversationHeader()
        self.image_bar = ImageBar()
        self.image_bar.allow.connect(self.allow_images)
        self.timeline = TimelineBrowser(lambda att: thumbnail(store, att))
        self.timeline.anchorClicked.connect(self._link)
        self.timeline.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))
        self._rerender = QTimer(self, singleShot=True, interval=RERENDER_MS)
        self._rerender.timeout.connect(lambda: self.refresh(keep_scroll=True))
        self.timeline.remote.loaded.connect(lambda _url: self._rerender.start())
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
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.image_bar)
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

    @property
    def messages(self) -> list[Message]:
        return self._messages

    def show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            self._row = None
            self._messages = []
            self._stack.setCurrentIndex(0)
            return
        opening = conversation_id != self.conversation_id
        try:
            self._row = self._store.conversation(conversation_id)
        except StoreError:
            self.show_conversation(None)
            return
        if opening:
            self._expanded.clear()
        self._stack.setCurrentIndex(1)  # first, so the timeline has its size when filled
        self.header.set_row(self._row, self._customer_line(self._row))
        self._fill_timeline(self._row, keep_scroll=not opening)

    def refresh(self, *, keep_scroll: bool = True) -> None:
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

    def restyle(self) -> None:
        """The look changed: draw again in its colours."""
        self.header.refresh_icons()
        self.refresh()

    # --- filling in -------------------------------------------------------------------------

    def _customer_line(self, row: ConversationRow) -> str:
        name = row.contact_name or self.tr("Unknown customer")
        if row.contact_id is None:
            self._senders = ()
            return name
        handles = []
        senders = []
        for kind, value, display in self._store.contact_identities(row.contact_id):
            if kind == IdentityKind.EMAIL.value:
                senders.append(value)
            shown = display if display and display != name else value
            if shown and shown not in handles:
                handles.append(shown)
        self._senders = tuple(senders)
        return "  ·  ".join([name, *handles[:3]])

    def _images_allowed(self) -> bool:
        if self._settings is None or not self._senders:
            return False
        allowed = set(self._settings.get(IMAGE_SENDERS))
        return any(sender in allowed for sender in self._senders)

    def allow_images(self) -> None:
        """Show remote images from this customer's addresses, now and from now on."""
        if self._settings is None or not self._senders:
            return
        allowed = tuple(dict.fromkeys([*self._settings.get(IMAGE_SENDERS), *self._senders]))
        self._settings.set(IMAGE_SENDERS, allowed)
        self.refresh()

    def _fill_timeline(self, row: ConversationRow, *, keep_scroll: bool) -> None:
        bar = self.timeline.verticalScrollBar()
        stay_at = bar.value() if keep_scroll and not self._pinned else None
        self._messages = self._store.messages(row.id)
        flags = {}
        attachments = {}
        for message in self._messages:
            found = self._store.message_flags(message.id)
            if found.get("edited") or found.get("deleted") or found.get("note"):
                flags[message.id] = MessageFlags(
                    bool(found.get("edited")),
                    bool(found.get("deleted")),
                    str(found.get("note") or ""),
                )
            for att in message.attachments:
                attachments[att.id] = att
        options = Options(colours(), frozenset(self._expanded))
        doc = render_timeline(self._messages, row.channel, flags, options)
        allowed = self._images_allowed()
        self.timeline.allow_remote = allowed
        self.timeline.set_attachments(attachments)
        if doc.remote_images and not allowed and self._senders:
            self.image_bar.offer(len(doc.remote_images), self._senders[0])
        else:
            self.image_bar.hide()
        self._filling = True
        self.timeline.setHtml(doc.html)
        self._filling = False
        # Newest last: a fresh or followed timeline stays scrolled to its end while the
        # document lays itself out; one the agent scrolled up in stays where it was.
        self._pinned = stay_at is None
        bar.setValue(bar.maximum() if stay_at is None else stay_at)

    # --- links ------------------------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("omni:quote:"):
            mid = int(text.rsplit(":", 1)[1])
            self._expanded ^= {mid}
            self.refresh()
        elif text.startswith("omni:att:"):
            self._attachment_menu(int(text.rsplit(":", 1)[1]))
        elif text.startswith("omni:retry:"):
            self.retry_requested.emit(int(text.rsplit(":", 1)[1]))
        elif url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _attachment_menu(self, attachment_id: int) -> None:
        attachment = self.timeline.attachments.get(attachment_id)
        if attachment is None:
            return
        menu = self.attachments.menu(attachment)
        menu.popup(self.cursor().pos())

    # --- scrolling --------------------------------------------------------------------------

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
