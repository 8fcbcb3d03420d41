"""The wizard's settings page: what the connector says about itself, the provider presets,
the form built from its schema, the browser sign-in, and the account's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from omniinbox.connector import Connector, ProviderPreset
from omniinbox.sync.accounts_setup import Draft, prepare, suggested_name
from omniinbox.ui.account_form import SchemaForm
from omniinbox.ui.account_presets import (
    CUSTOM,
    preset_for_address,
    preset_values,
    presets_of,
)
from omniinbox.ui.account_signin import SignInRow

PRESET_FIELD = "preset"  # the schema field a preset's key goes into, where a connector has one


class SettingsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cls: type[Connector] | None = None
        self.form: SchemaForm | None = None
        self.draft: Draft | None = None
        self._name_typed = False
        self._address = ""  # the address the provider was last guessed from
        outer = QVBoxLayout(self)
        self.notes = QLabel()
        self.notes.setObjectName("connectorNotes")
        self.notes.setWordWrap(True)
        self.notes.setOpenExternalLinks(True)
        outer.addWidget(self.notes)
        top = QFormLayout()
        self.provider = QComboBox()
        self.provider.setObjectName("providerChoice")
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.provider_label = QLabel(self.tr("Provider:"))
        top.addRow(self.provider_label, self.provider)
        self.provider_note = QLabel()
        self.provider_note.setObjectName("providerNote")
        self.provider_note.setWordWrap(True)
        top.addRow("", self.provider_note)
        outer.addLayout(top)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        outer.addWidget(self.scroller, 1)
        self.sign_in = SignInRow()
        self.sign_in.signed_in.connect(self._signed_in)
        outer.addWidget(self.sign_in)
        names = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.name.textEdited.connect(self._name_edited)
        names.addRow(self.tr("Name in OmniInbox:"), self.name)
        outer.addLayout(names)
        self.problem = QLabel()
        self.problem.setObjectName("pageError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        outer.addWidget(self.problem)

    # --- set up for a connector --------------------------------------------------------------

    def set_connector(self, cls: type[Connector]) -> None:
        if cls is self.cls:
            return
        self.cls = cls
        self.setTitle(self.tr("{0}: account settings").format(cls.display_name or cls.kind))
        self.notes.setText(cls.notes)
        self.notes.setVisible(bool(cls.notes))
        self.form = SchemaForm(cls.schema)
        self.form.edited.connect(self._edited)
        self.scroller.setWidget(self.form)
        self.provider.blockSignals(True)
        self.provider.clear()
        presets = presets_of(cls)
        for preset in presets:
            self.provider.addItem(preset.name, preset.key)
        self.provider.blockSignals(False)
        self.provider.setVisible(bool(presets))
        self.provider_label.setVisible(bool(presets))
        self.provider_note.setVisible(bool(presets))
        if presets:
            self.form.hide_fields({PRESET_FIELD})
            self._provider_changed()
        self.sign_in.set_connector(cls, self.values)
        self._name_typed = False
        self._address = ""
        self.name.clear()
        self.problem.hide()

    def values(self) -> dict[str, str]:
        return self.form.values() if self.form is not None else {}

    def choose_provider(self, key: str) -> bool:
        found = self.provider.findData(key)
        if found >= 0:
            self.provider.setCurrentIndex(found)
        return found >= 0

    def _preset(self) -> ProviderPreset | None:
        key = self.provider.currentData()
        assert self.cls is not None
        return next((p for p in presets_of(self.cls) if p.key == key), None)

    def _provider_changed(self) -> None:
        preset = self._preset()
        if self.form is None or preset is None:
            return
        values = preset_values(preset)
        fields = {f.key for f in self.form.schema}
        if PRESET_FIELD in fields:
            values[PRESET_FIELD] = preset.key
        shown = [
            f"{self.form.schema.field(k).label}: {v}"
            for k, v in values.items()
            if k in fields and k != PRESET_FIELD and v
        ]
        summary = (
            self.tr("Filled in for {0}: {1}.").format(preset.name, "; ".join(shown))
            if shown
            else ""
        )
        self.form.set_preset_values(values, summary)
        self.provider_note.setText(" ".join(t for t in (preset.note, preset.secret_help) if t))
        self.sign_in.refresh()

    # --- edits -------------------------------------------------------------------------------

    def _edited(self) -> None:
        values = self.values()
        assert self.cls is not None
        address = values.get("address", "").strip()
        # The provider follows the address typed while "Other" is chosen, once per address:
        # an agent who picks "Other" for a gmail.com address keeps it.
        if address != self._address and self.provider.currentData() == CUSTOM:
            guess = preset_for_address(self.cls, address) if self.provider.count() else None
            if guess is not None:
                self.choose_provider(guess.key)
        self._address = address
        if not self._name_typed:
            self.name.setText(suggested_name(self.cls, values))
        self.sign_in.refresh()

    def _name_edited(self) -> None:
        self._name_typed = True

    def _signed_in(self, changes: dict[str, str]) -> None:
        if self.form is not None and changes:
            self.form.set_values(changes)
        self.sign_in.refresh()

    # --- leaving the page --------------------------------------------------------------------

    def validatePage(self) -> bool:
        """Every field checked in place; the draft made only when all are right."""
        assert self.cls is not None and self.form is not None
        problems = self.form.validate()
        if not self.name.text().strip():
            problems.append(self.tr("The account needs a name."))
        if self.sign_in.running:
            problems.append(self.tr("Finish or cancel the sign-in in the browser first."))
        if problems:
            self._say(
                self.tr("Check the highlighted settings.") if len(problems) > 1 else problems[0]
            )
            return False
        try:
            self.draft = prepare(self.cls, self.values(), self.sign_in.secrets)
        except ValueError as exc:
            self._say(str(exc))
            return False
        self.problem.hide()
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def account_name(self) -> str:
        return self.name.text().strip()
