"""The "Sign in with …" row of the account form: opens the system browser, waits for the
loopback redirect off the GUI thread, keeps the tokens in the draft's secrets.

OmniInbox has no OAuth client ids registered with Google, Microsoft or X: the agent (or the
shop's administrator) registers an app there and types its client id into the form, as the
field's help says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from omniinbox.connector import Connector
from omniinbox.sync.accounts_setup import DraftSecrets
from omniinbox.ui.account_presets import (
    SIGN_IN_TIMEOUT,
    BrowserOpener,
    end_sign_in,
    sign_in,
    sign_in_provider,
)
from omniinbox.ui.account_tasks import Task


class SignInRow(QWidget):
    """A button, a busy bar with Cancel while the browser is out, and the outcome."""

    signed_in = Signal(dict)  # the settings the connector asks to change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cls: type[Connector] | None = None
        self.secrets = DraftSecrets()
        self.values: Callable[[], Mapping[str, str]] = dict
        self.open_browser: Callable[[str], object] = BrowserOpener(self)
        self.timeout = SIGN_IN_TIMEOUT
        self._task: Task | None = None
        self._url = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setObjectName("signInButton")
        self.button.clicked.connect(self.start)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("signInStatus")
        self.status.setWordWrap(True)
        for w in (self.button, self.busy, self.cancel_button):
            layout.addWidget(w)
        layout.addWidget(self.status, 1)
        self.hide()

    def set_connector(self, cls: type[Connector], values: Callable[[], Mapping[str, str]]) -> None:
        if cls is not self.cls:
            self.secrets.clear()
            self.status.clear()
        self.cls = cls
        self.values = values
        self.refresh()

    def refresh(self) -> None:
        """Show the button when the settings allow a browser sign-in, named for the provider."""
        if self.cls is None:
            self.hide()
            return
        provider = sign_in_provider(self.cls, self.values())
        if provider is None:
            self.hide()
            return
        self.button.setText(
            self.tr("Sign in with {0}…").format(provider)
            if provider
            else self.tr("Sign in in the browser…")
        )
        self.show()

    @property
    def is_signed_in(self) -> bool:
        return bool(self.secrets.items()) and self.status.property("ok") is True

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.cls is None or self._task is not None:
            return
        cls = self.cls
        config = {k: v for k, v in self.values().items() if k not in cls.schema.secret_keys}
        typed = {k: v for k, v in self.values().items() if k in cls.schema.secret_keys and v}
        self.secrets.update(typed)  # e.g. a client secret typed in the form
        try:
            connector = cls(config, self.secrets)
        except Exception as exc:
            self._failed(str(exc) or type(exc).__name__)
            return
        browser = self.open_browser

        def opener(url: str) -> object:
            self._url = url
            return browser(url)

        def run() -> dict[str, str]:
            try:
                return sign_in(connector, opener, self.timeout)
            finally:
                connector.close()

        self._url = ""
        self._set_busy(True)
        self.status.setProperty("ok", False)
        self.status.setText(self.tr("Waiting for you to sign in in the browser…"))
        self._task = Task(run, self._done, self._failed).start()

    def cancel(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        if self._url:  # the waiting thread ends at once instead of after the timeout
            url = self._url
            Task(lambda: end_sign_in(url)).start()
        self._set_busy(False)
        self.status.setText(self.tr("Sign-in cancelled."))

    def _done(self, changes: dict[str, str]) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setProperty("ok", True)
        self.status.setText(self.tr("Signed in. The tokens are kept in the keyring when you save."))
        self.signed_in.emit(changes)

    def _failed(self, sentence: str) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setProperty("ok", False)
        self.status.setText(sentence)

    def _set_busy(self, on: bool) -> None:
        self.button.setEnabled(not on)
        self.busy.setVisible(on)
        self.cancel_button.setVisible(on)
