"""Fetching a file that was synced without its content, for the attachment actions.

The download runs on the account's file thread through the engine (never here, on the GUI
thread); meanwhile the cursor is busy and the status bar says what is coming. Success hands
the attachment, now with its content, to what the agent asked for (open, save, preview). A
failure is one sentence: offline means "try again when the account is online", and the chip
keeps working; a file that can never come (too big for the channel, gone from the server)
says so, and its menu keeps the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from omniinbox.connector import AuthError, ConnectorError, TransientError
from omniinbox.domain import Attachment
from omniinbox.store import AttachmentRef, Store, StoreError
from omniinbox.sync.engine import Engine
from omniinbox.ui.ops import STATUS_MESSAGE_MS, WriteOp, _BackgroundOp, error_sentence, show_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentFetch", text)


class _FetchOp(_BackgroundOp[AttachmentRef]):
    def __init__(self, parent: QWidget, engine: Engine, attachment_id: int) -> None:
        super().__init__(parent)
        self._engine = engine
        self._attachment_id = attachment_id

    def _start(self) -> Future[AttachmentRef]:
        return self._engine.fetch_attachment(self._attachment_id)


def failure_sentence(name: str, exc: BaseException) -> str:
    """What the agent reads when ``name`` could not be downloaded."""
    reason = str(exc).rstrip(".")
    if isinstance(exc, TransientError):
        return _tr(
            "{0} could not be downloaded now ({1}). It stays here: try again when the "
            "account is online."
        ).format(name, reason)
    if isinstance(exc, AuthError):
        return _tr("{0} could not be downloaded: {1}.").format(name, reason)
    if isinstance(exc, ConnectorError | StoreError):
        return _tr("{0} cannot be downloaded: {1}.").format(name, reason)
    return error_sentence(exc)


class Fetcher:
    """Downloads for one window's attachment actions; ``busy`` holds what is on its way."""

    def __init__(self, parent: QWidget, store: Store, engine: Engine | None = None) -> None:
        self._parent = parent
        self._store = store
        self.engine = engine
        self.busy: set[int] = set()
        self.last_error = ""

    def problem(self, attachment: Attachment) -> str:
        """Why this file cannot be downloaded, as remembered from the last try ("" if none)."""
        try:
            return self._store.attachment_ref(attachment.id).fetch_error
        except StoreError:
            return ""

    def fetch(
        self, attachment: Attachment, then: Callable[[Attachment], object] | None = None
    ) -> bool:
        """Start downloading; ``then`` gets the attachment with its content. False when it
        cannot start (no engine, or already on its way)."""
        if attachment.id in self.busy:
            return False
        if self.engine is None:
            self._tell(
                _tr("{0} is not downloaded yet, and no account is connected to fetch it.").format(
                    attachment.name
                )
            )
            return False
        self.busy.add(attachment.id)
        if len(self.busy) == 1:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._status(_tr("Downloading {0}…").format(attachment.name), 0)

        def done(ref: AttachmentRef) -> None:
            self._finish(attachment.id)
            self._status(_tr("{0} downloaded.").format(attachment.name))
            if then is not None:
                then(replace(attachment, sha256=ref.sha256, size=ref.size))

        def failed(exc: BaseException) -> None:
            self._finish(attachment.id)
            if not isinstance(exc, ConnectorError | StoreError):
                log.error("downloading attachment %s failed", attachment.id, exc_info=exc)
            self._tell(failure_sentence(attachment.name, exc))

        _FetchOp(self._parent, self.engine, attachment.id).success(done).failure(failed).run()
        return True

    def retry(self, attachment: Attachment) -> None:
        """Forget why the last try failed, and try again."""
        if self.engine is None:
            return

        def again(_changes: object) -> None:
            self.fetch(attachment)

        WriteOp(self._parent, self.engine, lambda s: s.set_fetch_error(attachment.id, "")).success(
            again
        ).run()

    def _finish(self, attachment_id: int) -> None:
        if attachment_id in self.busy:
            self.busy.discard(attachment_id)
            if not self.busy:
                QApplication.restoreOverrideCursor()

    def _status(self, text: str, timeout: int = STATUS_MESSAGE_MS) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)

    def _tell(self, sentence: str) -> None:
        self.last_error = sentence
        show_error(self._parent, ValueError(sentence))
