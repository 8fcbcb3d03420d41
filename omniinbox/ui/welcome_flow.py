"""The first run, step by step: welcome screen -> add-account wizard -> profile, or the demo.

Non-blocking (each step is a window shown with ``open()``), so tests drive it like an agent
and ``run()`` turns it into one call for the app. Cancelling the wizard returns to the
welcome screen; closing the welcome screen quits.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QApplication

from omniinbox.connector import Registry, discover
from omniinbox.sync.runtime import open_secrets
from omniinbox.ui.account_passphrase import session_prompt
from omniinbox.ui.account_tasks import WorkspaceCall
from omniinbox.ui.account_wizard import AccountWizard
from omniinbox.ui.profile_page import ProfileDialog
from omniinbox.ui.settings import PROFILE_DONE, UiSettings
from omniinbox.ui.welcome import Choice, WelcomeScreen
from omniinbox.workspace import Workspace


class Outcome(Enum):
    WORKSPACE = "workspace"  # an account was added: open the agent's own workspace
    DEMO = "demo"
    QUIT = "quit"


class FirstRun(QObject):
    finished = Signal(object)  # the Outcome

    def __init__(self, workspace: Workspace, registry: Registry | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.registry = registry
        self.outcome: Outcome | None = None
        self.welcome: WelcomeScreen | None = None
        self.wizard: AccountWizard | None = None
        self.profile: ProfileDialog | None = None

    def start(self) -> None:
        self.welcome = WelcomeScreen()
        self.welcome.finished.connect(self._welcomed)
        self.welcome.show()

    def _welcomed(self, _code: int) -> None:
        assert self.welcome is not None
        choice = self.welcome.choice
        self.welcome.hide()
        if choice is Choice.DEMO:
            self._end(Outcome.DEMO)
        elif choice is Choice.ADD_ACCOUNT:
            self._add_account()
        else:
            self._end(Outcome.QUIT)

    def _add_account(self) -> None:
        prompt = session_prompt(self.workspace.keyring_path)
        self.registry = self.registry or discover()
        self.wizard = AccountWizard(
            self.registry,
            WorkspaceCall(self.workspace),
            open_secrets(self.workspace, prompt),
            passphrase=prompt,
        )
        self.wizard.finished.connect(self._wizard_done)
        self.wizard.show()

    def _wizard_done(self, _code: int) -> None:
        assert self.wizard is not None and self.welcome is not None
        added = self.wizard.account
        self.wizard.hide()
        if added is None:  # cancelled: back to the choice
            self.welcome.say(QCoreApplication.translate("WelcomeScreen", "No account was added."))
            self.welcome.show()
            return
        self.ask_profile()

    def ask_profile(self) -> None:
        """The agent profile, once: after the first account, or at a start that finds
        accounts but nobody at the desk."""
        settings = UiSettings.of(self.workspace)
        self.profile = ProfileDialog(self.workspace, WorkspaceCall(self.workspace), settings)
        self.profile.finished.connect(lambda _code: self._end(Outcome.WORKSPACE))
        self.profile.show()

    def _end(self, outcome: Outcome) -> None:
        self.outcome = outcome
        for window in (self.welcome, self.wizard, self.profile):
            if window is not None:  # freed with this object; hidden, as closing would re-emit
                window.hide()
        self.finished.emit(outcome)

    def run(self, app: QApplication) -> Outcome:
        """Show the steps and wait for the outcome (the app's own event loop)."""
        loop = QEventLoop()
        self.finished.connect(lambda _o: loop.quit())
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between two steps no window is shown
        try:
            self.start()
            if self.outcome is None:
                loop.exec()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        return self.outcome or Outcome.QUIT


def profile_wanted(workspace: Workspace) -> bool:
    """True at a start with accounts, nobody at the desk, and the profile never asked for."""
    if UiSettings.of(workspace).get(PROFILE_DONE):
        return False
    store = workspace.open_store(readonly=True)
    try:
        return not store.agents()
    finally:
        store.close()
