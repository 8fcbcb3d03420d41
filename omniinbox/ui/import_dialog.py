"""Import mail…: an mbox file or a Maildir folder into the desk, with progress and Cancel.

The import runs on a worker thread (reading and parsing never touch the GUI thread) and
writes through the engine's single writer; each batch announces what changed, so the list
fills while it runs. Cancel stops after the current batch; importing the same source again
continues where it stopped, and what is already in the desk is never added twice.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.store import ChangeSet
from omniinbox.sync.engine import Engine
from omniinbox.sync.importing import (
    IMPORTED_ACCOUNT,
    ImportProgress,
    ImportSummary,
    MailImport,
    choose_account,
)
from omniinbox.sync.mail_sources import SourceError
from omniinbox.ui.desk_widgets import ErrorLine
from omniinbox.workspace import Workspace

log = logging.getLogger(__name__)
SCALE = 1000  # the bar counts per mille, whatever the unit


def _announce(engine: Engine, changes: ChangeSet) -> None:
    """Through the writer, which tells the window what changed (its rows refresh)."""
    engine.submit(lambda store: changes)


class ImportDialog(QDialog):
    progressed = Signal(object)  # ImportProgress, from the worker thread
    finished_import = Signal(object)  # ImportSummary
    failed = Signal(str)

    def __init__(self, workspace: Workspace, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import mail"))
        self.engine = engine
        self.cancel_event = threading.Event()
        self.worker: threading.Thread | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("mbox file"), "mbox")
        self.kind.addItem(self.tr("Maildir folder"), "maildir")
        self.path = QLineEdit(placeholderText=self.tr("the file or folder to import"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.account = QComboBox()
        self.account.addItem(self.tr("Imported mail (a new account)"), "")
        store = workspace.open_store(readonly=True)  # a moment: the accounts table is small
        try:
            accounts = store.accounts()
        finally:
            store.close()
        for account in accounts:
            if account.channel.value == "email" and account.name != IMPORTED_ACCOUNT:
                self.account.addItem(account.name, account.name)
        if self.account.count() > 1:
            self.account.setCurrentIndex(1)  # the desk's own mailbox: replies can go out
        self.own = QLineEdit(placeholderText=self.tr("e.g. support@shop.kz, sales@shop.kz"))
        self.own.setToolTip(self.tr("Mail from these addresses is the desk's own (outgoing)"))
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.problems = QPlainTextEdit(readOnly=True)
        self.problems.setObjectName("importProblems")
        self.problems.hide()
        self.error = ErrorLine()
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self._build()
        self.choose.clicked.connect(self._choose)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.progressed.connect(self._on_progress)
        self.finished_import.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.resize(560, 360)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.kind)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose)
        form.addRow(self.tr("Path"), where)
        form.addRow(self.tr("Into account"), self.account)
        form.addRow(self.tr("Our addresses"), self.own)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        if self.kind.currentData() == "maildir":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Maildir folder"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose an mbox file"), "", self.tr("Mail (*.mbox *);;All (*)")
            )
        if chosen:
            self.path.setText(chosen)

    # --- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def start(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.show_error(self.tr("Choose the file or folder to import first."))
            return
        if self.running:
            return
        self.error.clear_error()
        self.problems.clear()
        self.problems.hide()
        self.cancel_event.clear()
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self._set_running(True)
        own = [a for a in self.own.text().replace(";", ",").split(",") if a.strip()]
        self.worker = threading.Thread(
            target=self._work,
            args=(str(self.kind.currentData()), Path(path), self.account.currentData(), own),
            name="omniinbox-import",
            daemon=True,
        )
        self.worker.start()

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the current batch…"))

    def _work(self, kind: str, path: Path, account_name: str, own: list[str]) -> None:
        """On the worker thread: reads and parses here, writes through the engine's writer."""
        engine = self.engine
        try:
            account = engine.call(lambda s: choose_account(s, account_name or None, own))
            job = MailImport(kind, path, account, own=own)
            summary = job.run(
                engine.call,
                self._emit_progress,
                self.cancel_event,
                lambda changes: _announce(engine, changes),
            )
        except SourceError as exc:
            self._emit(self.failed, str(exc))
        except Exception as exc:  # a bug: one sentence here, the traceback in the log
            log.exception("the import failed")
            self._emit(self.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.finished_import, summary)

    def _emit_progress(self, progress: ImportProgress) -> None:
        self._emit(self.progressed, progress)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the dialog is gone; the import itself is recorded in the store
            log.debug("import report after the dialog closed")

    # --- on the GUI thread ----------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        for widget in (self.start_button, self.kind, self.path, self.choose, self.account):
            widget.setEnabled(not running)
        self.own.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_progress(self, p: ImportProgress) -> None:
        self.bar.setValue(int(SCALE * p.done / p.total) if p.total else 0)
        text = self.tr("%n new", "", p.added) + ", "
        text += self.tr("%n already there", "", p.skipped)
        if p.failed:
            text += ", " + self.tr("%n unreadable", "", p.failed)
        self.status.setText(text)

    def _on_finished(self, summary: ImportSummary) -> None:
        self._set_running(False)
        self.summary = summary
        r = summary.record
        if summary.cancelled:
            text = self.tr("Stopped: %n new messages imported so far.", "", summary.added)
            text += " " + self.tr("Import the same source again to continue where it stopped.")
        elif summary.nothing_new:
            text = self.tr("Nothing new: everything in this source is already in the desk.")
            self.bar.setValue(SCALE)
        else:
            text = self.tr("Done: %n new messages imported.", "", summary.added)
            text += " " + self.tr("%n were already there.", "", summary.skipped)
            self.bar.setValue(SCALE)
        if summary.failed:
            text += " " + self.tr("%n could not be read (listed below).", "", summary.failed)
        self.status.setText(text)
        if summary.problems:
            self.problems.setPlainText("\n".join(f"{w}: {p}" for w, p in summary.problems))
            self.problems.show()
        log.info("import of %s: %s, %d added", r.path, r.state, summary.added)

    def _on_failed(self, sentence: str) -> None:
        self._set_running(False)
        self.status.clear()
        self.error.show_error(sentence)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()  # the worker stops after its batch; the progress so far is kept
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.cancel()
        super().reject()
