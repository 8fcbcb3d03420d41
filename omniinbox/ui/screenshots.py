"""Pictures of the main views for the README and for reviews: the inbox, an email
conversation, a chat, the customer panel, the dark look and the command palette.

The window is driven the way an agent would (views, rows, the palette) and rendered offscreen;
settings go to a throw-away file so the pictures never depend on, or change, the desk's own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from omniinbox.domain import Direction
from omniinbox.store import ConversationFilter, ConversationRow, Store
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.theme import ThemeChoice

WINDOW_SIZE = (1280, 800)
SETTLE_S = 3.0


def pump(app: QApplication, seconds: float, until: Callable[[], bool] | None = None) -> None:
    """Let the window work (readers answer, layouts settle), up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        # processEvents() leaves deleteLater() to the event loop; run those deletions too.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is not None and until():
            return
        time.sleep(0.01)


def _pick(store: Store, channel: str, score: Callable[[Store, ConversationRow], int]) -> int | None:
    rows = store.conversations(ConversationFilter(channel=channel), limit=400)
    best = max(rows, key=lambda r: score(store, r), default=None)
    return best.id if best is not None else None


def _email_score(store: Store, row: ConversationRow) -> int:
    if not 3 <= row.message_count <= 6:
        return -1
    messages = store.messages(row.id)
    notes = sum(m.direction is Direction.NOTE for m in messages)
    files = sum(len(m.attachments) for m in messages)
    length = sum(len(m.text) for m in messages)
    return notes * 3 + files * 4 + (2 if row.tags else 0) - length // 900


def _chat_score(store: Store, row: ConversationRow) -> int:
    if not 4 <= row.message_count <= 8:
        return -1
    messages = store.messages(row.id)
    return sum(m.direction is Direction.NOTE for m in messages) * 2 + (
        1 if any(m.direction is Direction.OUT for m in messages) else 0
    )


def _customer_score(store: Store, row: ConversationRow) -> int:
    if row.contact_id is None:
        return -1
    card = store.customer(row.contact_id)
    kinds = {i.kind for i in card.contact.identities}
    return len(kinds) * 10 + card.conversation_count


def _save(widget: QWidget, path: Path, overlay: QWidget | None = None) -> bool:
    picture = widget.grab()
    if overlay is not None and overlay.isVisible():
        painter = QPainter(picture)
        top_left = widget.mapFromGlobal(overlay.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(top_left, overlay.grab())
        painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QPixmap(picture).save(str(path), "PNG")


def take_screenshots(app: QApplication, window: MainWindow, folder: Path) -> list[Path]:
    """Drive the window through the main views; returns the pictures written."""
    store = window.store
    window.resize(*WINDOW_SIZE)
    window.show()
    pump(app, SETTLE_S, lambda: window.list_ready and window.view_list.counts_known)
    written: list[Path] = []

    def shot(name: str, overlay: QWidget | None = None) -> None:
        pump(app, 0.4)
        path = folder / f"{name}.png"
        if _save(window, path, overlay):
            written.append(path)

    def open_in(view: str, conversation_id: int | None) -> None:
        window.view_list.select(view)
        pump(app, 2.0, lambda: window.list_pane.shown_key == view)
        if conversation_id is not None:
            window.open_conversation(conversation_id)

    window.set_customer_panel(False)
    window.set_theme(ThemeChoice.LIGHT)
    open_in("inbox", None)
    if window.model.rowCount():
        window.select_row(0)
    window.list_view.setFocus()
    shot("01-inbox")

    email = _pick(store, "email", _email_score)
    open_in("all", email)
    shot("02-email-conversation")

    chat = _pick(store, "telegram", _chat_score)
    open_in("channel:telegram", chat)
    shot("03-chat")

    customer = _pick(store, "email", _customer_score)
    window.set_customer_panel(True)
    open_in("all", customer)
    shot("04-customer-panel")

    window.set_theme(ThemeChoice.DARK)
    open_in("inbox", None)
    if window.model.rowCount():
        window.select_row(1 if window.model.rowCount() > 1 else 0)
    shot("05-dark")

    window.set_theme(ThemeChoice.LIGHT)
    window.set_customer_panel(False)
    palette = window.actions_.show_palette()
    # the start of the translated "Resolved", so the palette lists matches in every language
    typed = QCoreApplication.translate("screenshots", "res", "typed: the start of Resolved")
    palette.field.setText(typed)
    pump(app, 0.3)
    shot("06-command-palette", palette)
    palette.reject()
    return written
