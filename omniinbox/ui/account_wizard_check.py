"""The wizard's last page: the connector's ``check()`` runs off the GUI thread with a busy
bar and a Cancel; a failure shows the connector's own sentence and the agent can go back,
fix the settings and try again. Nothing is stored until Finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizardPage

from omniinbox.connector import Connector
from omniinbox.sync.accounts_setup import Draft
from omniinbox.ui.account_tasks import Task


class CheckPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Checking the account"))
        self.cls: type[Connector] | None = None
        self.draft: Draft | None = None
        self.ok = False
        self._task: Task | None = None
        self._connector: Connector | None = None
        layout = self.body = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.error = QLabel()
        self.error.setObjectName("checkError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error)
        self.cancel_button = QPushButton(self.tr("Cancel the check"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.start)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.retry_button)
        layout.addStretch(1)

    def prepare(self, cls: type[Connector], draft: Draft) -> None:
        self.cls = cls
        self.draft = draft

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.cancel()

    def isComplete(self) -> bool:
        return self.ok

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.cls is None or self.draft is None or self._task is not None:
            return
        self.ok = False
        self.completeChanged.emit()
        self.error.clear()
        self.status.setText(
            self.tr("Connecting to {0} and signing in…").format(
                self.cls.display_name or self.cls.kind
            )
        )
        try:
            connector = self.cls(self.draft.config, self.draft.secrets)
        except Exception as exc:
            self._failed(str(exc) or type(exc).__name__)
            return
        self._connector = connector

        def run() -> None:
            try:
                connector.check()
            finally:
                connector.close()

        self._set_busy(True)
        self._task = Task(run, self._done, self._failed).start()

    def cancel(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        if self._connector is not None:  # cut the connection: the thread ends soon
            self._connector.close()
        self._set_busy(False)
        self.status.setText(self.tr("Check cancelled."))
        self.retry_button.show()

    def _done(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.ok = True
        self.status.setText(
            self.tr("Connected: the settings work. Press Finish to add the account.")
        )
        self.retry_button.hide()
        self.completeChanged.emit()

    def _failed(self, sentence: str) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setText(
            self.tr("The check did not pass. Go back to fix the settings, or try again.")
        )
        self.error.setText(sentence)
        self.retry_button.show()

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.cancel_button.setVisible(on)
        self.retry_button.setVisible(not on)
