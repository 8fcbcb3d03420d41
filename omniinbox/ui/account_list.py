"""The accounts: list, add (the wizard), remove, check, enable or disable.

Every store write and keyring call runs off the GUI thread (``Task``); ``accounts_changed``
tells the window to start, stop or restart the affected workers (``Engine.reload_accounts``),
so a change applies without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.connector import Registry
from omniinbox.domain import Account
from omniinbox.secrets import Secrets
from omniinbox.sync.accounts_setup import StoreCall, check_account, remove_account
from omniinbox.ui.account_passphrase import PassphrasePrompt
from omniinbox.ui.account_tasks import Task
from omniinbox.ui.account_wizard import AccountWizard

ID_ROLE = Qt.ItemDataRole.UserRole


class AccountsPanel(QWidget):
    accounts_changed = Signal()

    def __init__(
        self,
        registry: Registry,
        store_call: StoreCall,
        secrets: Secrets,
        parent: QWidget | None = None,
        *,
        passphrase: PassphrasePrompt | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.store_call = store_call
        self.secrets = secrets
        self.passphrase = passphrase
        self.accounts: dict[int, Account] = {}
        self.loaded = False
        self.busy = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("accountList")
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.enable_button = QPushButton(self.tr("Disable"))
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.check_button, self.enable_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.wizard: AccountWizard | None = None
        self._selected()
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        call = self.store_call
        self._run(Task(lambda: call(lambda s: s.accounts()), self._show, self.status.setText))

    def _show(self, accounts: list[Account]) -> None:
        current = self.current()
        self.accounts = {a.id: a for a in accounts}
        self.list.clear()
        for account in accounts:
            info = self.registry.connectors.get(account.kind)
            kind = info.cls.display_name if info and info.cls else account.kind
            text = f"{account.name} — {kind}"
            if not account.enabled:
                text += " " + self.tr("(disabled)")
            if info is None or info.cls is None:
                text += " " + self.tr("(connector not installed)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, account.id)
            self.list.addItem(item)
            if current is not None and current.id == account.id:
                self.list.setCurrentItem(item)
        if not accounts:
            self.status.setText(self.tr("No accounts yet: add one to start receiving messages."))
        self.loaded = True
        self._selected()

    def current(self) -> Account | None:
        item = self.list.currentItem()
        return self.accounts.get(int(item.data(ID_ROLE))) if item is not None else None

    def select(self, name: str) -> bool:
        for row in range(self.list.count()):
            account = self.accounts.get(int(self.list.item(row).data(ID_ROLE)))
            if account is not None and account.name == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def _selected(self, *_args: object) -> None:
        account = self.current()
        for button in (self.check_button, self.enable_button, self.remove_button):
            button.setEnabled(account is not None and not self.busy)
        self.add_button.setEnabled(not self.busy)
        if account is not None:
            self.enable_button.setText(self.tr("Disable") if account.enabled else self.tr("Enable"))

    # --- actions ------------------------------------------------------------------------------

    def add(self) -> None:
        wizard = AccountWizard(
            self.registry, self.store_call, self.secrets, self, passphrase=self.passphrase
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._added(wizard.account))
        self.wizard = wizard
        wizard.open()

    def _added(self, account: Account | None) -> None:
        self.wizard = None
        if account is not None:
            self.status.setText(self.tr("Added {0}.").format(account.name))
            self.accounts_changed.emit()
        self.reload()

    def check(self) -> None:
        account = self.current()
        if account is None:
            return
        registry, secrets = self.registry, self.secrets
        self.status.setText(self.tr("Checking {0}…").format(account.name))
        task = Task(lambda: check_account(registry, secrets, account))
        task.done.connect(
            lambda _r: self.status.setText(
                self.tr("{0}: connected, credentials accepted.").format(account.name)
            )
        )
        task.failed.connect(lambda text: self.status.setText(f"{account.name}: {text}"))
        self._run(task)

    def toggle_enabled(self) -> None:
        account = self.current()
        if account is None:
            return
        on = not account.enabled
        call = self.store_call
        self._run(
            Task(
                lambda: call(lambda s: s.set_account_enabled(account.id, on)),
                lambda _r: self._changed(),
                self.status.setText,
            )
        )

    def remove(self, *, confirm: bool = True) -> None:
        account = self.current()
        if account is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove the account"),
                self.tr(
                    "Remove {0}? Its conversations stay in OmniInbox; its password and tokens "
                    "are deleted from the keyring."
                ).format(account.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        registry, secrets, call = self.registry, self.secrets, self.store_call
        self._run(
            Task(
                lambda: remove_account(call, secrets, registry, account),
                lambda _r: self._changed(self.tr("Removed {0}.").format(account.name)),
                self.status.setText,
            )
        )

    def _changed(self, text: str = "") -> None:
        self.status.setText(text)
        self.accounts_changed.emit()
        self.reload()

    def _run(self, task: Task) -> None:
        self.busy += 1
        task.done.connect(self._finished)
        task.failed.connect(self._finished)
        task.start()
        self._selected()

    def _finished(self, *_args: object) -> None:
        self.busy -= 1
        self._selected()


class AccountsDialog(QDialog):
    """The panel in a window of its own (the "Accounts…" menu entry)."""

    def __init__(
        self,
        registry: Registry,
        store_call: StoreCall,
        secrets: Secrets,
        parent: QWidget | None = None,
        *,
        passphrase: PassphrasePrompt | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.panel = AccountsPanel(registry, store_call, secrets, self, passphrase=passphrase)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
