"""The desk in the main window: the Desk submenu of the settings menu (also in the command
palette) opens the rules, canned answers, KPI dashboard, bulk notification and desk settings;
after a dialog writes, the desk re-evaluates (SLA clocks, rules due now) on the writer; and
notices the engine stored for the agent at the desk (escalations) become notifications.

One more entry in the menu is one line in `DeskMenu.__init__` (or anywhere with the window's
`WindowActions`): ``actions.add(key, text, "", group, slot, icon_name, menu=MENU_DESK)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from omniinbox.ui.desk_bulk import BulkDialog
from omniinbox.ui.desk_kpi import KpiDashboard
from omniinbox.ui.desk_rules import RulesDialog
from omniinbox.ui.desk_settings import DeskSettingsDialog
from omniinbox.ui.desk_templates import TemplatesDialog
from omniinbox.ui.desk_widgets import refresh_desk
from omniinbox.ui.sidebar import MENU_DESK

if TYPE_CHECKING:
    from omniinbox.ui.main_window import MainWindow
    from omniinbox.ui.window_actions import WindowActions


class DeskMenu(QObject):
    def __init__(self, window: MainWindow, actions: WindowActions) -> None:
        super().__init__(window)
        self.w = window
        self.dialogs: dict[str, QDialog] = {}
        self._notice_mark = window.store.last_notice_id()
        group = self.tr("The desk")
        for key, text, slot, icon_name in (
            ("desk_rules", self.tr("Rules…"), self.open_rules, ""),
            ("desk_templates", self.tr("Canned answers…"), self.open_templates, "canned"),
            ("desk_kpi", self.tr("KPI dashboard…"), self.open_kpi, "sla"),
            ("desk_bulk", self.tr("Bulk notification…"), self.open_bulk, "users"),
            ("desk_settings", self.tr("Desk settings…"), self.open_settings, "settings"),
        ):
            actions.add(key, text, "", group, slot, icon_name, menu=MENU_DESK)
        window.conversation_view.header.set_categories(window.store.category_tree())

    # --- the dialogs ------------------------------------------------------------------------

    def _show(self, key: str, make: Callable[[], QDialog], *, modal: bool = True) -> QDialog:
        """The dialog of ``key``: raised when it is showing, else made afresh (so it shows
        what the store holds now) and opened."""
        old = self.dialogs.get(key)
        if old is not None and shiboken6.isValid(old):
            if old.isVisible():
                old.raise_()
                old.activateWindow()
                return old
            old.deleteLater()
        dialog = make()
        self.dialogs[key] = dialog
        if modal:
            dialog.open()
        else:
            dialog.show()
        dialog.activateWindow()
        return dialog

    def open_rules(self) -> RulesDialog:
        def make() -> RulesDialog:
            dialog = RulesDialog(self.w.store, self.w.engine, self.w)
            dialog.changed.connect(self.desk_changed)
            return dialog

        return self._show("rules", make)  # type: ignore[return-value]

    def open_templates(self) -> TemplatesDialog:
        make = partial(TemplatesDialog, self.w.store, self.w.engine, self.w.agent_id, self.w)
        return self._show("templates", make)  # type: ignore[return-value]

    def open_kpi(self) -> KpiDashboard:
        def make() -> KpiDashboard:
            dashboard = KpiDashboard(self.w.store, self.w.reader, self.w)
            dashboard.refresh()  # the last seven days at once, off the GUI thread
            return dashboard

        return self._show("kpi", make, modal=False)  # type: ignore[return-value]

    def open_bulk(self) -> BulkDialog:
        make = partial(BulkDialog, self.w.store, self.w.engine, self.w.agent_id, self.w)
        return self._show("bulk", make, modal=False)  # type: ignore[return-value]

    def open_settings(self) -> DeskSettingsDialog:
        def make() -> DeskSettingsDialog:
            dialog = DeskSettingsDialog(self.w.store, self.w.engine, self.w)
            dialog.page.applied.connect(self.settings_applied)
            return dialog

        return self._show("settings", make)  # type: ignore[return-value]

    # --- after writes -----------------------------------------------------------------------

    def desk_changed(self) -> None:
        """Rules or settings changed: the desk re-evaluates on the writer."""
        refresh_desk(self.w, self.w.engine)

    def settings_applied(self) -> None:
        """The desk settings were stored (the page already re-evaluated the desk): the
        category pickers and the views' labels follow the stored tree."""
        self.w.conversation_view.header.set_categories(self.w.store.category_tree())
        self.w.view_list.refresh_counts()

    # --- notices ----------------------------------------------------------------------------

    def check_notices(self) -> None:
        """After each change-set: notices for the agent at the desk since the last look."""
        agent = self.w.agent_id
        if agent is None:
            return
        notices = self.w.store.notices_after(self._notice_mark, agent)
        if notices:
            self._notice_mark = notices[-1].id
            self.w.notifier.notices(notices)
