"""Opening Settings and Accounts from the main window, and applying what changed at once.

The window's menus call ``open_settings(window)`` and ``open_accounts(window)``. In the demo,
the Accounts page adds accounts to the agent's own workspace (beside the demo), which opens
at the next start; the demo's sample accounts are never touched.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from omniinbox.connector import Registry
from omniinbox.domain import Agent
from omniinbox.secrets import Secrets
from omniinbox.sync.accounts_setup import StoreCall
from omniinbox.sync.runtime import open_secrets
from omniinbox.ui.account_list import AccountsDialog, AccountsPanel
from omniinbox.ui.account_passphrase import PassphrasePrompt, session_prompt
from omniinbox.ui.account_tasks import Task, WorkspaceCall
from omniinbox.ui.profile_page import ProfileEditor
from omniinbox.ui.settings import NOTIFICATIONS, THEME, TRAY_ICON
from omniinbox.ui.settings_dialog import SettingsDialog
from omniinbox.ui.theme import ThemeChoice
from omniinbox.workspace import Workspace

if TYPE_CHECKING:
    from omniinbox.ui.main_window import MainWindow

log = logging.getLogger(__name__)
STATUS_MS = 8_000


def own_workspace(window: MainWindow) -> Workspace:
    """Where accounts go: the window's workspace, or beside the demo the agent's own."""
    return Workspace(window.workspace.root.parent) if window.demo else window.workspace


def _accounts_target(window: MainWindow) -> tuple[Registry, StoreCall, Workspace]:
    workspace = own_workspace(window)
    call: StoreCall = WorkspaceCall(workspace) if window.demo else window.engine.call
    return window.engine.registry, call, workspace


def _keyring(window: MainWindow, workspace: Workspace, prompt: PassphrasePrompt) -> Secrets:
    """The engine's own keyring for its workspace (tokens it renews and passwords typed here
    go through one instance); the agent's own workspace's beside the demo."""
    shared = window.engine.keyring
    return shared if shared is not None and not window.demo else open_secrets(workspace, prompt)


def accounts_panel(window: MainWindow) -> AccountsPanel:
    registry, call, workspace = _accounts_target(window)
    prompt = session_prompt(workspace.keyring_path)
    panel = AccountsPanel(registry, call, _keyring(window, workspace, prompt), passphrase=prompt)
    panel.accounts_changed.connect(lambda: accounts_changed(window, panel))
    return panel


def accounts_changed(window: MainWindow, panel: AccountsPanel) -> Task | None:
    """Start, stop or restart the workers of the accounts that changed, at once (off the
    GUI thread: stopping a worker waits for its connection to close)."""
    if window.demo:
        panel.status.setText(
            QCoreApplication.translate(
                "AccountsPanel",
                "Saved in your own workspace: it opens the next time OmniInbox starts.",
            )
        )
        return None
    task = Task(window.engine.reload_accounts)
    task.failed.connect(panel.status.setText)
    return task.start()


def open_accounts(window: MainWindow) -> AccountsDialog:
    registry, call, workspace = _accounts_target(window)
    prompt = session_prompt(workspace.keyring_path)
    dialog = AccountsDialog(
        registry, call, _keyring(window, workspace, prompt), window, passphrase=prompt
    )
    dialog.panel.accounts_changed.connect(lambda: accounts_changed(window, dialog.panel))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def apply_setting(window: MainWindow, key: str) -> None:
    """Show a changed setting at once (the language waits for a restart)."""
    settings = window.settings
    if key == THEME.key:
        window.set_theme(ThemeChoice(settings.get(THEME)))
    elif key == NOTIFICATIONS.key and window.notifier.notifications != settings.get(NOTIFICATIONS):
        window.toggle_notifications()
    elif key == TRAY_ICON.key and window.notifier.tray_wanted != settings.get(TRAY_ICON):
        window.toggle_tray()


def profile_saved(window: MainWindow, agent: Agent) -> None:
    """Answers from now on are signed with the new name and signature."""
    window.agent = agent
    window.agent_id = agent.id
    window.reply_box.set_agent(agent)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Profile saved."), STATUS_MS
    )


def open_settings(window: MainWindow, page: str = "") -> SettingsDialog:
    dialog = SettingsDialog(window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not window.demo:
        editor = ProfileEditor(window.workspace, window.engine.call, window.settings)
        editor.saved.connect(lambda agent: profile_saved(window, agent))
        editor.failed.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
        dialog.add_page(QCoreApplication.translate("SettingsDialog", "Profile"), editor, first=True)
    dialog.add_page(
        QCoreApplication.translate("SettingsDialog", "Accounts"), accounts_panel(window)
    )
    try:
        from omniinbox.ui.desk_settings import DeskSettingsPage
    except ImportError:  # an older build without the desk settings page
        log.info("no desk settings page in this build")
    else:
        dialog.add_page(
            QCoreApplication.translate("SettingsDialog", "Desk"),
            DeskSettingsPage(window.store, window.engine),
        )
    dialog.setting_changed.connect(lambda key: apply_setting(window, key))
    if page:
        dialog.show_page(page)
    dialog.open()
    return dialog
