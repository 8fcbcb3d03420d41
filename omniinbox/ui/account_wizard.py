"""The add-account wizard: choose a channel, fill in the form its connector declares (with
provider presets and browser sign-in where it has them), check it off the GUI thread, save.

Saving puts the settings in the store and the secrets in the keyring only (through
``omniinbox.secrets``); if the keyring refuses, the account is taken out again. Saving runs
off the GUI thread too: the encrypted-file keyring derives its key slowly and may ask for its
passphrase (``PassphrasePrompt``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from omniinbox.connector import Connector, Registry
from omniinbox.domain import Account
from omniinbox.secrets import Secrets
from omniinbox.sync.accounts_setup import StoreCall, save_account
from omniinbox.ui.account_passphrase import PassphrasePrompt
from omniinbox.ui.account_tasks import Task
from omniinbox.ui.account_wizard_check import CheckPage
from omniinbox.ui.account_wizard_settings import SettingsPage

KIND_ROLE = Qt.ItemDataRole.UserRole


class KindPage(QWizardPage):
    """Which channel: every installed connector, and why an unavailable one cannot be used."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setTitle(self.tr("Add an account"))
        self.setSubTitle(self.tr("Where do your customers write to you?"))
        layout = QVBoxLayout(self)
        self.kinds = QListWidget()
        self.kinds.setObjectName("connectorList")
        layout.addWidget(self.kinds)
        self.notes = QLabel()
        self.notes.setObjectName("kindNotes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        infos = sorted(
            registry.connectors.values(),
            key=lambda i: (
                not i.available,
                _order(i.kind),
                (i.cls.display_name if i.cls else i.kind),
            ),
        )
        for info in infos:
            name = info.cls.display_name if info.cls and info.cls.display_name else info.kind
            item = QListWidgetItem(name if info.available else f"{name} — {info.problem}")
            item.setData(KIND_ROLE, info.kind)
            if not info.available:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.kinds.addItem(item)
        self.kinds.currentItemChanged.connect(self._changed)
        self.kinds.itemDoubleClicked.connect(lambda _item: self._next())
        first = next(
            (self.kinds.item(r) for r in range(self.kinds.count()) if self._usable(r)), None
        )
        if first is not None:
            self.kinds.setCurrentItem(first)

    def _usable(self, row: int) -> bool:
        return bool(self.kinds.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)

    def _next(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def select(self, kind: str) -> bool:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE) == kind and self._usable(row):
                self.kinds.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> type[Connector] | None:
        item = self.kinds.currentItem()
        if item is None:
            return None
        info = self.registry.connectors.get(str(item.data(KIND_ROLE)))
        return info.cls if info is not None else None

    def _changed(self) -> None:
        cls = self.chosen()
        self.notes.setText(cls.notes if cls is not None else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.chosen() is not None


def _order(kind: str) -> int:
    """Email first, then the messengers; third-party connectors after ours."""
    return {"imap": 0, "telegram": 1, "x": 2}.get(kind, 9)


class AccountWizard(QWizard):
    """``exec()``/``open()``; after acceptance ``account`` is the account added."""

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
        self.setWindowTitle(self.tr("Add an account"))
        self.setObjectName("accountWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 620)
        self.store_call = store_call
        self.secrets = secrets
        self.passphrase = passphrase
        self.account: Account | None = None
        self._saving: Task | None = None
        self.kind_page = KindPage(registry)
        self.settings_page = SettingsPage()
        self.check_page = CheckPage()
        for page in (self.kind_page, self.settings_page, self.check_page):
            self.addPage(page)
        self.save_error = QLabel()
        self.save_error.setObjectName("saveError")
        self.save_error.setWordWrap(True)
        self.save_error.setStyleSheet("color: #c0392b;")
        self.check_page.body.addWidget(self.save_error)

    def initializePage(self, page_id: int) -> None:
        """Before a page shows: hand it what the previous page chose."""
        page = self.page(page_id)
        if page is self.settings_page:
            cls = self.kind_page.chosen()
            if cls is not None:
                self.settings_page.set_connector(cls)
        elif page is self.check_page:
            cls = self.settings_page.cls
            draft = self.settings_page.draft
            if cls is not None and draft is not None:
                self.check_page.prepare(cls, draft)
        super().initializePage(page_id)

    def accept(self) -> None:
        """Finish: save off the GUI thread; the wizard closes when the account is stored."""
        draft = self.settings_page.draft
        if self._saving is not None or draft is None or not self.check_page.ok:
            return
        name = self.settings_page.account_name()
        store_call, secrets = self.store_call, self.secrets
        self.save_error.clear()
        self.check_page.status.setText(self.tr("Saving the account…"))
        self._set_enabled(False)
        self._saving = Task(
            lambda: save_account(store_call, secrets, name, draft), self._saved, self._save_failed
        ).start()

    def _saved(self, account: Account) -> None:
        self._saving = None
        self.account = account
        self._set_enabled(True)
        super().accept()

    def _save_failed(self, sentence: str) -> None:
        self._saving = None
        self._set_enabled(True)
        self.check_page.status.setText(self.tr("The account was not saved."))
        self.save_error.setText(sentence)
        if self.passphrase is not None:  # a refused passphrase is asked again next time
            self.passphrase.forget()

    def reject(self) -> None:
        if self._saving is not None:
            return  # half-way through saving: let it end (it takes a moment)
        self.check_page.cancel()
        self.settings_page.sign_in.cancel()
        super().reject()

    def _set_enabled(self, on: bool) -> None:
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(on)
