"""The tray icon with the unread count, and desktop notifications of new messages, SLA
breaches and escalations to the agent at the desk. Both can be turned off; the tray icon
exists only where the desktop has a tray. Clicking a notification about one conversation
opens it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from omniinbox.domain import Status
from omniinbox.store import ChangeSet, ConversationRow
from omniinbox.store.desk_notices import ESCALATION, Notice
from omniinbox.ui.assets import icon

MAX_PER_BURST = 3  # a big sync notifies about a few conversations, then sums up the rest


def badge_icon(count: int) -> QIcon:
    """The app icon with a red count in its corner."""
    base = icon("omniinbox").pixmap(64, 64)
    if count <= 0:
        return QIcon(base)
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    rect = QRect(64 - 38, 0, 38, 30)
    painter.setBrush(QColor("#cf222e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 14, 14)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Notifier(QObject):
    """Says what is new. ``notified`` carries each (title, text) it showed, tray or not."""

    notified = Signal(str, str)
    activated = Signal()
    conversation_clicked = Signal(int)  # the last notification was about this conversation

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.tray_wanted = True
        self.notifications = True
        self.unread = 0
        self._breached: set[int] = set()
        self.last_conversation: int | None = None  # what the newest notification was about

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def set_tray_wanted(self, wanted: bool) -> None:
        self.tray_wanted = wanted
        if wanted and self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(badge_icon(self.unread), self)
            menu = QMenu(self._window)
            menu.addAction(self.tr("Show OmniInbox"), self.activated.emit)
            self._tray.setContextMenu(menu)
            self._tray.activated.connect(lambda _reason: self.activated.emit())
            self._tray.messageClicked.connect(self.message_clicked)
            self._show_unread()
            self._tray.show()
        elif not wanted and self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None

    def set_unread(self, count: int) -> None:
        self.unread = count
        self._show_unread()

    def _show_unread(self) -> None:
        if self._tray is None:
            return
        self._tray.setIcon(badge_icon(self.unread))
        self._tray.setToolTip(self.tr("OmniInbox: %n unread conversation(s)", "", self.unread))

    def changes(
        self,
        changes: ChangeSet,
        before: dict[int, ConversationRow],
        rows: dict[int, ConversationRow],
    ) -> None:
        """New inbound messages and fresh SLA breaches in a change-set, told once each.
        ``before`` holds the rows as they were, where known: a conversation is new news
        when it is new and unread, or unread with later activity than before."""
        fresh = []
        for cid in sorted(changes.conversations | changes.new_conversations):
            row = rows.get(cid)
            if row is None or not row.unread or not changes.messages:
                continue
            old = before.get(cid)
            if cid in changes.new_conversations or (
                old is not None and row.last_message_at > old.last_message_at
            ):
                fresh.append(row)
        for row in fresh[:MAX_PER_BURST]:
            who = row.contact_name or self.tr("A customer")
            title = self.tr("New message from {0}").format(who)
            self._notify(title, row.snippet or row.subject, row.id)
        if len(fresh) > MAX_PER_BURST:
            more = len(fresh) - MAX_PER_BURST
            self._notify(self.tr("New messages"), self.tr("%n more conversation(s)", "", more))
        for cid, row in rows.items():
            late = row.sla_state == "breached" and row.status in (Status.OPEN, Status.PENDING)
            if late and cid not in self._breached:
                self._breached.add(cid)
                self._notify(
                    self.tr("SLA breached: ticket #{0}").format(row.ticket),
                    row.subject or row.contact_name,
                    cid,
                )
            elif not late:
                self._breached.discard(cid)

    def notices(self, notices: Sequence[Notice]) -> None:
        """Notices for the agent at the desk (escalations to them), told once each."""
        for notice in notices[:MAX_PER_BURST]:
            if notice.kind == ESCALATION:
                title = self.tr("Escalated to you: ticket #{0}").format(notice.ticket)
            else:
                title = self.tr("For you: ticket #{0}").format(notice.ticket)
            about = notice.subject or notice.customer
            text = f"{about} — {notice.text}" if about and notice.text else about or notice.text
            self._notify(title, text, notice.conversation_id)
        if len(notices) > MAX_PER_BURST:
            more = len(notices) - MAX_PER_BURST
            self._notify(self.tr("Escalated to you"), self.tr("%n more conversation(s)", "", more))

    def message_clicked(self) -> None:
        self.activated.emit()
        if self.last_conversation is not None:
            self.conversation_clicked.emit(self.last_conversation)

    def _notify(self, title: str, text: str, conversation_id: int | None = None) -> None:
        if not self.notifications:
            return
        self.last_conversation = conversation_id
        self.notified.emit(title, text)
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
