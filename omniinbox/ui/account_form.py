"""A form generated from a connector's ConfigSchema: one control per field, its help under it,
its validation message in place, secret fields masked.

Text fields are line edits (masked when secret), numbers take digits only, yes/no fields are
check boxes, choices are combo boxes. Fields a connector marks ``advanced`` (ConfigField.advanced) sit in a folded "Advanced settings" group. Fields a provider
preset fills in can be set aside (``set_preset_values``): they are hidden behind a one-line
summary until the agent asks to edit them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omniinbox.connector import ConfigField, ConfigSchema, FieldType

YES = ("yes", "true", "1", "on")


class FieldRow(QWidget):
    """One field: the control, its help line and its error line."""

    edited = Signal()

    def __init__(self, field: ConfigField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.control: QWidget = self._make_control()
        self.control.setObjectName(f"field_{field.key}")
        self.control.setAccessibleName(field.label)
        layout.addWidget(self.control)
        self.help = QLabel(field.help)
        self.help.setObjectName("fieldHelp")
        self.help.setWordWrap(True)
        self.help.setOpenExternalLinks(True)
        self.help.setVisible(bool(field.help))
        layout.addWidget(self.help)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)

    def _make_control(self) -> QWidget:
        f = self.field
        if f.type is FieldType.BOOL:
            box = QCheckBox(f.label)
            box.setChecked(f.default.lower() in YES)
            box.toggled.connect(self.edited)
            return box
        if f.type is FieldType.CHOICE:
            combo = QComboBox()
            if not f.required:
                combo.addItem("", "")
            for choice in f.choices:
                combo.addItem(choice, choice)
            if f.default:
                combo.setCurrentIndex(max(0, combo.findData(f.default)))
            combo.currentIndexChanged.connect(self.edited)
            return combo
        edit = QLineEdit()
        if f.secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if f.type is FieldType.INT:
            edit.setValidator(QIntValidator(0, 2_147_483_647, edit))
        if f.default:
            edit.setPlaceholderText(f.default)
        edit.textEdited.connect(self.edited)
        return edit

    def value(self) -> str:
        c = self.control
        if isinstance(c, QCheckBox):
            return "yes" if c.isChecked() else "no"
        if isinstance(c, QComboBox):
            return str(c.currentData() or "")
        assert isinstance(c, QLineEdit)
        return c.text()

    def set_value(self, value: str) -> None:
        c = self.control
        if isinstance(c, QCheckBox):
            c.setChecked(value.strip().lower() in YES)
        elif isinstance(c, QComboBox):
            found = c.findData(value)
            if found < 0 and value:
                c.addItem(value, value)
                found = c.count() - 1
            c.setCurrentIndex(max(found, 0))
        elif isinstance(c, QLineEdit):
            c.setText(value)

    def reset(self) -> None:
        """Back to the field's default (a text field empty, its default shown greyed)."""
        typed = self.field.type in (FieldType.BOOL, FieldType.CHOICE)
        self.set_value(self.field.default if typed else "")

    def check(self) -> str:
        """The validation message, shown under the field ("" when the value is fine)."""
        try:
            self.field.validate(self.value())
        except ValueError as exc:
            self.show_error(str(exc))
            return str(exc)
        self.show_error("")
        return ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class SchemaForm(QWidget):
    """The whole schema; ``values()`` gives every field's text, ``validate()`` marks errors."""

    edited = Signal()

    def __init__(self, schema: ConfigSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.rows: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._preset: dict[str, str] = {}
        self._editing_preset = False
        self._hidden: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.main = QFormLayout()
        layout.addLayout(self.main)
        self.preset_summary = QLabel()
        self.preset_summary.setObjectName("presetSummary")
        self.preset_summary.setWordWrap(True)
        self.preset_summary.hide()
        self.edit_preset = QCheckBox(self.tr("Edit the server settings"))
        self.edit_preset.hide()
        self.edit_preset.toggled.connect(self._set_editing_preset)
        layout.addWidget(self.preset_summary)
        layout.addWidget(self.edit_preset)
        self.advanced = QGroupBox(self.tr("Advanced settings"))
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        self.advanced_body = QWidget()
        self.advanced_form = QFormLayout(self.advanced_body)
        QVBoxLayout(self.advanced).addWidget(self.advanced_body)
        self.advanced_body.hide()
        self.advanced.toggled.connect(self.advanced_body.setVisible)
        layout.addWidget(self.advanced)
        for field in schema:
            row = FieldRow(field)
            row.edited.connect(self.edited)
            self.rows[field.key] = row
            form = self.advanced_form if field.advanced else self.main
            label = QLabel("" if field.type is FieldType.BOOL else field.label)
            label.setBuddy(row.control)
            self._labels[field.key] = label
            form.addRow(label, row)
        self.advanced.setVisible(any(f.advanced for f in schema))

    def values(self) -> dict[str, str]:
        """Every field as typed, with the preset's values where the preset fills them in."""
        out = {key: row.value() for key, row in self.rows.items()}
        if not self._editing_preset:
            out.update({k: v for k, v in self._preset.items() if k in self.rows})
        return out

    def set_values(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            row = self.rows.get(key)
            if row is not None:
                row.set_value(value)

    def set_preset_values(self, values: Mapping[str, str], summary: str) -> None:
        """Fill fields in from a provider preset and fold them away behind ``summary``."""
        before, self._preset = self._preset, {k: v for k, v in values.items() if k in self.rows}
        for key in before.keys() - self._preset.keys():  # the last provider's, not this one's
            self.rows[key].reset()
        self.set_values(self._preset)
        self.preset_summary.setText(summary)
        has = bool(self._preset)
        self.preset_summary.setVisible(has and bool(summary))
        self.edit_preset.setVisible(has)
        self.edit_preset.setChecked(False)
        self._set_editing_preset(False)

    def _set_editing_preset(self, on: bool) -> None:
        if on:  # the agent edits them: what they see is what is saved
            self._preset_edits_start()
        self._editing_preset = on
        for key, row in self.rows.items():
            hidden = key in self._hidden or (key in self._preset and not on)
            row.setVisible(not hidden)
            self._labels[key].setVisible(not hidden)

    def _preset_edits_start(self) -> None:
        self.set_values(self._preset)

    def hide_fields(self, keys: set[str]) -> None:
        """Fields the page shows another way (the provider choice)."""
        self._hidden |= keys
        for key in keys:
            if key in self.rows:
                self.rows[key].hide()
                self._labels[key].hide()
                self._preset.pop(key, None)

    def validate(self) -> list[str]:
        """Check every field; messages appear under the fields, the list is returned."""
        problems = []
        for key, row in self.rows.items():
            if key in self._preset and not self._editing_preset:
                row.show_error("")
                continue
            message = row.check()
            if message:
                problems.append(message)
                if row.field.advanced:
                    self.advanced.setChecked(True)
        return problems

    def show_error(self, key: str, text: str) -> None:
        row = self.rows.get(key)
        if row is not None:
            row.show_error(text)
