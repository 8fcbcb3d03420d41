"""The Settings dialog: Profile, Appearance, Notifications, Accounts, and any page another part
of the app adds (``add_page``; the desk settings are one).

The simple controls are made from the settings' declarations (``omniinbox.ui.settings``):
a check box for a yes/no setting, a list for one with choices, the description as help.
OK and Apply write them through ``UiSettings`` and announce each change
(``setting_changed(key)``) so the window applies it at once; the language applies at the next
start, as the page says. An added page with an ``apply() -> bool`` method is applied too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omniinbox.ui.settings import LANGUAGE, NOTIFICATIONS, THEME, TRAY_ICON, Setting, UiSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class SettingsForm(QWidget):
    """Controls generated from setting declarations; ``apply()`` writes what changed."""

    def __init__(
        self, settings: UiSettings, declared: Sequence[Setting[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controls: dict[str, tuple[Setting[Any], QWidget]] = {}
        self.form = QFormLayout(self)
        for setting in declared:
            self._add(setting)

    def _add(self, setting: Setting[Any]) -> None:
        value = self.settings.get(setting)
        control: QWidget
        if isinstance(setting.default, bool):
            box = QCheckBox(_tr(setting.label))
            box.setChecked(bool(value))
            control = box
            self.form.addRow(box)
        else:
            combo = QComboBox()
            for choice, label in setting.choices:
                combo.addItem(_tr(label), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            control = combo
            self.form.addRow(_tr(setting.label) + ":", combo)
        control.setObjectName("setting_" + setting.key.replace("/", "_"))
        control.setToolTip(_tr(setting.description))
        help_line = QLabel(_tr(setting.description))
        help_line.setObjectName("fieldHelp")
        help_line.setWordWrap(True)
        self.form.addRow(help_line)
        self.controls[setting.key] = (setting, control)

    def control(self, setting: Setting[Any]) -> QWidget:
        return self.controls[setting.key][1]

    def value_of(self, key: str) -> Any:
        control = self.controls[key][1]
        if isinstance(control, QCheckBox):
            return control.isChecked()
        assert isinstance(control, QComboBox)
        return str(control.currentData())

    def apply(self) -> list[str]:
        """Write the settings that changed; their keys."""
        changed = []
        for key, (setting, _control) in self.controls.items():
            value = self.value_of(key)
            if value != self.settings.get(setting):
                self.settings.set(setting, value)
                changed.append(key)
        self.settings.sync()
        return changed


class SettingsDialog(QDialog):
    setting_changed = Signal(str)  # the key of a UiSettings value that changed

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 600)
        self.settings = settings
        self.pages: dict[str, QWidget] = {}
        self.forms: list[SettingsForm] = []
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.index = QListWidget()
        self.index.setObjectName("settingsPages")
        self.index.setMaximumWidth(190)
        self.stack = QStackedWidget()
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.problem = QLabel()
        self.problem.setObjectName("settingsError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        layout.addWidget(buttons)
        self.appearance = self.add_form(self.tr("Appearance"), [THEME, LANGUAGE])
        restart = QLabel(self.tr("A new language applies when OmniInbox restarts."))
        restart.setObjectName("languageNote")
        restart.setWordWrap(True)
        self.appearance.form.addRow(restart)
        self.notifications = self.add_form(self.tr("Notifications"), [NOTIFICATIONS, TRAY_ICON])

    def add_form(self, title: str, declared: Sequence[Setting[Any]]) -> SettingsForm:
        form = SettingsForm(self.settings, declared)
        self.forms.append(form)
        self.add_page(title, form)
        return form

    def add_page(self, title: str, widget: QWidget, *, first: bool = False) -> None:
        """Another page; if it has ``apply() -> bool`` it is applied with the dialog (False:
        the page shows what is wrong and the dialog stays open)."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        if first:
            self.stack.insertWidget(0, scroll)
            self.index.insertItem(0, title)
        else:
            self.stack.addWidget(scroll)
            self.index.addItem(title)
        self.pages[title] = widget
        if self.index.currentRow() < 0 or first:
            self.index.setCurrentRow(0)

    def show_page(self, title: str) -> bool:
        items = self.index.findItems(title, Qt.MatchFlag.MatchExactly)
        if not items:
            return False
        self.index.setCurrentItem(items[0])
        return True

    def apply(self) -> bool:
        """Write every page; False when a page refused (its message is shown)."""
        for form in self.forms:
            for key in form.apply():
                self.setting_changed.emit(key)
        for title, page in self.pages.items():
            if page in self.forms:
                continue
            apply = getattr(page, "apply", None)
            if callable(apply) and apply() is False:
                self.show_page(title)
                self.problem.setText(self.tr("Check the settings on the page “{0}”.").format(title))
                self.problem.show()
                return False
        self.problem.hide()
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()
