"""The application entries of the settings menu (also in the command palette): settings and
accounts, importing mail from an mbox file or a Maildir folder, copying diagnostics for a
support request, and About with the licences of the libraries OmniInbox ships with.

The dialogs are imported when first opened, not at start: together they cost about 70 ms of
the start-up (the account wizard pulls in the keyring, About the packages' metadata).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from omniinbox.ui.sidebar import MENU_APP

if TYPE_CHECKING:
    from omniinbox.ui.about import AboutDialog
    from omniinbox.ui.diagnostics import DiagnosticsDialog
    from omniinbox.ui.import_dialog import ImportDialog
    from omniinbox.ui.main_window import MainWindow
    from omniinbox.ui.window_actions import WindowActions


class AppMenu(QObject):
    def __init__(self, window: MainWindow, actions: WindowActions) -> None:
        super().__init__(window)
        self.w = window
        # Kept: closing the import dialog only cancels, the import stops after its batch.
        self.import_dialog: ImportDialog | None = None
        group = self.tr("OmniInbox")
        for key, text, keys, slot, icon_name in (
            ("settings_dialog", self.tr("Settings…"), "Ctrl+,", self.open_settings, "settings"),
            ("accounts", self.tr("Accounts…"), "", self.open_accounts, "account"),
            ("import_mail", self.tr("Import mail…"), "", self.open_import, "inbox"),
            ("diagnostics", self.tr("Copy diagnostics"), "", self.copy_diagnostics, ""),
            ("about", self.tr("About OmniInbox"), "", self.open_about, "omniinbox"),
        ):
            actions.add(key, text, keys, group, slot, icon_name, menu=MENU_APP)

    def open_settings(self) -> QDialog:
        from omniinbox.ui.settings_dialog_open import open_settings

        return open_settings(self.w)

    def open_accounts(self) -> QDialog:
        from omniinbox.ui.settings_dialog_open import open_accounts

        return open_accounts(self.w)

    def open_import(self) -> ImportDialog:
        from omniinbox.ui.import_dialog import ImportDialog

        dialog = self.import_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ImportDialog(self.w.workspace, self.w.engine, self.w)
            self.import_dialog = dialog
        dialog.open()
        dialog.raise_()
        return dialog

    def copy_diagnostics(self) -> DiagnosticsDialog:
        from omniinbox.ui.diagnostics import copy_diagnostics

        return copy_diagnostics(self.w.workspace, self.w.engine, self.w)

    def open_about(self) -> AboutDialog:
        from omniinbox.ui.about import AboutDialog

        dialog = AboutDialog(self.w.workspace, self.w)
        dialog.open()
        return dialog
