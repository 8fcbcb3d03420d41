"""The tray icon with the unread count, and desktop notifications of new messages and SLA
breaches. Both can be turned off; the tray icon exists only where the desktop has a tray."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from omniinbox.domain import Status
from omniinbox.store import ChangeSet, ConversationRow
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

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.tray_wanted = True
        self.notifications = True
        self.unread = 0
        self._breached: set[int] = set()

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
            self._tray.messageClicked.connect(self.activated.emit)
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
            self._notify(self.tr("New message from {0}").format(who), row.snippet or row.subject)
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
                )
            elif not late:
                self._breached.discard(cid)

    def _notify(self, title: str, text: str) -> None:
        if not self.notifications:
            return
        self.notified.emit(title, text)
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
