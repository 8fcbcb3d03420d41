"""The passphrase of the encrypted secrets file, asked in a dialog.

Only used where no OS keyring exists (secrets.py falls back to an encrypted file). The keyring
is opened on whichever thread first needs it — an account worker, a check — so the prompt can
be called from any thread: it asks on the GUI thread and waits. The typed passphrase is kept
for the session (the open file keeps it in memory anyway) so the engine and the dialogs ask
once; ``forget()`` drops it after the file refused it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """Asks for the passphrase; a new file gets it typed twice."""

    def __init__(self, path: Path, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Secrets file passphrase"))
        self.new = new
        layout = QVBoxLayout(self)
        if new:
            text = self.tr(
                "There is no system keyring on this computer, so OmniInbox keeps passwords "
                "and tokens in an encrypted file in the workspace ({0}). Choose a passphrase "
                "for it and keep it safe: without it the credentials cannot be recovered."
            ).format(path.name)
        else:
            text = self.tr("Enter the passphrase of the encrypted secrets file ({0}).").format(
                path.name
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("Type it again:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.first.text().strip():
            self._say(self.tr("The passphrase cannot be empty."))
        elif self.new and self.first.text() != self.second.text():
            self._say(self.tr("The two passphrases differ."))
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def passphrase(self) -> str:
        return self.first.text()


class PassphrasePrompt(QObject):
    """A passphrase provider for ``Secrets``, callable from any thread."""

    _ask = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._lock = threading.Lock()
        self._answered = threading.Event()
        self._answer: str | None = None
        self._known: str | None = None
        self._closed = False
        self._ask.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __repr__(self) -> str:  # never the passphrase
        return f"<PassphrasePrompt {self.path.name}>"

    def __call__(self) -> str | None:
        with self._lock:  # one question at a time, whoever asks
            if self._known is not None or self._closed:
                return self._known
            if QThread.currentThread() is self.thread():
                self._known = self._dialog()
                return self._known
            self._answered.clear()
            self._ask.emit()
            while not self._answered.wait(0.2):
                if self._closed:
                    return None
            self._known = self._answer
            return self._known

    def forget(self) -> None:
        """Ask again next time (the file refused what was typed)."""
        self._known = None

    def close(self) -> None:
        """No more questions: waiting threads get None (the app is quitting)."""
        self._closed = True
        self._answered.set()

    @Slot()
    def _show(self) -> None:
        self._answer = self._dialog()
        self._answered.set()

    def _dialog(self) -> str | None:
        parent = QApplication.activeWindow()
        dialog = PassphraseDialog(self.path, new=not self.path.exists(), parent=parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.passphrase() if accepted else None
        finally:
            dialog.deleteLater()


_SESSION: dict[Path, PassphrasePrompt] = {}


def session_prompt(path: Path) -> PassphrasePrompt:
    """The one prompt of this run for a secrets file: the engine and every dialog share it,
    so the agent types the passphrase once."""
    prompt = _SESSION.get(path)
    if prompt is None:
        prompt = _SESSION[path] = PassphrasePrompt(path)
    return prompt


def close_prompts() -> None:
    """The app is quitting: threads still waiting for a passphrase get None."""
    for prompt in _SESSION.values():
        prompt.close()
