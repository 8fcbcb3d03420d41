"""The left column's frame: the brand, the views, and a settings menu at the bottom (look,
notifications, tray icon, the Desk submenu, outbox, sync, shortcuts, command palette).

Which menu an action shows in is a property of the action (`MENU_PROPERTY`): an action made
with ``WindowActions.add(..., menu=MENU_APP)`` lands in the menu, one with ``menu=MENU_DESK``
in its Desk submenu, in the order they were made; the keyboard sheet and the command palette
come last."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from omniinbox.ui.assets import icon
from omniinbox.ui.settings import NOTIFICATIONS, TRAY_ICON, UiSettings
from omniinbox.ui.theme import ThemeChoice
from omniinbox.ui.view_list import ViewList

MENU_PROPERTY = "omniinboxMenu"  # where the settings menu shows an action
MENU_APP = "app"  # the menu itself, after the switches
MENU_DESK = "desk"  # the Desk submenu
MENU_TAIL = ("shortcuts", "palette")  # always the last entries


class Sidebar(QWidget):
    def __init__(self, view_list: ViewList, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._logo = QLabel()
        brand = QLabel(self.tr("OmniInbox"))
        brand.setObjectName("brandLabel")
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(14, 0, 10, 8)
        brand_row.setSpacing(6)
        brand_row.addWidget(self._logo)
        brand_row.addWidget(brand)
        if demo:
            badge = QLabel(self.tr("Demo"))
            badge.setObjectName("demoBadge")
            badge.setToolTip(self.tr("A sample desk: nothing here reaches a real customer"))
            brand_row.addWidget(badge)
        brand_row.addStretch(1)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.settings_button.setAutoRaise(True)
        self.palette_button = QToolButton()
        self.palette_button.setObjectName("paletteButton")
        self.palette_button.setAutoRaise(True)
        self.palette_button.setToolTip(self.tr("Command palette (Ctrl+K)"))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 4, 10, 8)
        bottom.addWidget(self.settings_button)
        bottom.addStretch(1)
        bottom.addWidget(self.palette_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(brand_row)
        layout.addWidget(view_list, 1)
        layout.addLayout(bottom)
        self._theme_actions: dict[ThemeChoice, QAction] = {}
        self.menu: QMenu | None = None
        self.desk_menu: QMenu | None = None
        self.refresh_icons()

    def refresh_icons(self) -> None:
        self._logo.setPixmap(icon("omniinbox").pixmap(24, 24))
        self.settings_button.setIcon(icon("settings"))
        self.palette_button.setIcon(icon("command"))

    def set_menu_actions(
        self, actions: Mapping[str, QAction], theme: ThemeChoice, settings: UiSettings
    ) -> None:
        menu = QMenu(self)
        look = menu.addMenu(self.tr("Look"))
        group = QActionGroup(self)
        for choice in ThemeChoice:
            action = actions[f"theme_{choice.value}"]
            action.setCheckable(True)
            action.setChecked(choice is theme)
            group.addAction(action)
            look.addAction(action)
            self._theme_actions[choice] = action
        for key, setting in (("notifications", NOTIFICATIONS), ("tray", TRAY_ICON)):
            action = actions[key]
            action.setCheckable(True)
            action.setChecked(settings.get(setting))
            menu.addAction(action)
        menu.addSeparator()
        placed = {key: str(action.property(MENU_PROPERTY) or "") for key, action in actions.items()}
        desk = [actions[k] for k, where in placed.items() if where == MENU_DESK]
        if desk:
            self.desk_menu = menu.addMenu(self.tr("Desk"))
            self.desk_menu.setObjectName("deskMenu")
            self.desk_menu.addActions(desk)
            menu.addSeparator()
        rest = [k for k, where in placed.items() if where == MENU_APP and k not in MENU_TAIL]
        for key in (*rest, *(k for k in MENU_TAIL if k in actions)):
            menu.addAction(actions[key])
        self.menu = menu
        self.settings_button.setMenu(menu)
        self.palette_button.clicked.connect(actions["palette"].trigger)

    def set_theme_choice(self, choice: ThemeChoice) -> None:
        action = self._theme_actions.get(choice)
        if action is not None:
            action.setChecked(True)
