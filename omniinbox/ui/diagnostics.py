"""Copy diagnostics: the text of omniinbox.diagnostics on the clipboard, with a confirmation.

The text is gathered on a worker thread (it counts rows and reads the log), put on the
clipboard on the GUI thread, and shown in a small dialog so the agent sees exactly what
they are about to paste into a support request: versions, accounts, the end of the log;
never a password, a token or a message's text.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.diagnostics import AccountState, collect
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import open_secrets
from omniinbox.workspace import Workspace

log = logging.getLogger(__name__)


def gather(workspace: Workspace, engine: Engine | None) -> str:
    """The diagnostics text with what the running window knows (off the GUI thread)."""
    states: dict[int, AccountState] = {}
    if engine is not None:
        states = {
            account_id: AccountState(status.state.value, status.sentence)
            for account_id, status in dict(engine.statuses).items()
        }

    def secret_keys(kind: str) -> tuple[str, ...]:
        return engine.registry.get(kind).schema.secret_keys if engine is not None else ()

    try:
        backend = open_secrets(workspace).backend_name
    except Exception as exc:
        backend = f"unavailable ({type(exc).__name__})"
    return collect(
        workspace,
        states=states,
        secret_keys=secret_keys,
        keyring_backend=backend,
        extra_versions=[("Qt", qVersion())],
    )


class DiagnosticsDialog(QDialog):
    """Gathers, copies, and shows what was copied."""

    ready = Signal(str)

    def __init__(
        self, workspace: Workspace, engine: Engine | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(self.tr("Diagnostics"))
        self.workspace, self.engine = workspace, engine
        self.text = ""
        self.confirmation = QLabel(self.tr("Gathering diagnostics…"))
        self.confirmation.setObjectName("diagnosticsConfirmation")
        self.confirmation.setWordWrap(True)
        self.view = QPlainTextEdit(readOnly=True)
        self.view.setObjectName("diagnosticsText")
        self.copy_button = QPushButton(self.tr("Copy again"))
        self.copy_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.ready.connect(self._on_ready)
        self.resize(720, 520)

    def start(self) -> None:
        """Gather on a worker thread; copy when it is ready."""
        threading.Thread(target=self._work, name="omniinbox-diagnostics", daemon=True).start()

    def _work(self) -> None:
        try:
            text = gather(self.workspace, self.engine)
        except Exception as exc:  # diagnostics must work when the rest does not
            log.exception("gathering diagnostics failed")
            text = f"OmniInbox diagnostics could not be gathered: {type(exc).__name__}: {exc}"
        try:
            self.ready.emit(text)
        except RuntimeError:
            log.debug("diagnostics ready after the dialog closed")

    def _on_ready(self, text: str) -> None:
        self.text = text
        self.view.setPlainText(text)
        self.copy_button.setEnabled(True)
        self.copy()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.confirmation.setText(
            self.tr(
                "Copied to the clipboard. Paste it into your support request; it holds no "
                "passwords, tokens or message text."
            )
        )


def copy_diagnostics(
    workspace: Workspace, engine: Engine | None, parent: QWidget | None = None
) -> DiagnosticsDialog:
    """The menu action: open the dialog, which gathers and copies by itself."""
    dialog = DiagnosticsDialog(workspace, engine, parent)
    dialog.start()
    dialog.open()
    return dialog
