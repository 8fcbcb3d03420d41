"""The profile form (name, email, signature, time zone, weekly hours, language) and the
first-run dialog around it. Reads and writes go through background tasks."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Agent
from omniinbox.domain.business_hours import parse_hours
from omniinbox.sync.accounts_setup import StoreCall
from omniinbox.ui.account_tasks import Task
from omniinbox.ui.profile import Profile, load_profile, save_profile
from omniinbox.ui.settings import LANGUAGE, PROFILE_DONE, UiSettings
from omniinbox.workspace import Workspace

ERROR_STYLE = "color: #c0392b;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class ProfilePage(QWidget):
    """The form; ``profile()`` returns the values or None after marking what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agent_id: int | None = None
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("e.g. Aigerim Sadykova"))
        self.name_error = _error_label()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow("", self._hint(self.tr("Signed on every answer you send: customers see it.")))
        form.addRow("", self.name_error)
        self.email = QLineEdit()
        self.email.setObjectName("profileEmail")
        form.addRow(self.tr("Your email:"), self.email)
        self.signature = QPlainTextEdit()
        self.signature.setObjectName("profileSignature")
        self.signature.setFixedHeight(80)
        form.addRow(self.tr("Signature:"), self.signature)
        self.tz = QComboBox()
        self.tz.setObjectName("profileTimeZone")
        self.tz.setEditable(True)
        zones = sorted(zoneinfo.available_timezones())
        self.tz.addItems(zones)
        completer = QCompleter(zones, self.tz)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz.setCompleter(completer)
        self.tz_error = _error_label()
        form.addRow(self.tr("Time zone:"), self.tz)
        form.addRow("", self.tz_error)
        hours = QGridLayout()
        self.open_days: list[QCheckBox] = []
        self.day_hours: list[QLineEdit] = []
        locale = QLocale()
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            edit = QLineEdit()
            edit.setObjectName(f"profileHours{day}")
            edit.setPlaceholderText("09:00-18:00")
            box.toggled.connect(edit.setEnabled)
            hours.addWidget(box, day, 0)
            hours.addWidget(edit, day, 1)
            self.open_days.append(box)
            self.day_hours.append(edit)
        self.hours_error = _error_label()
        form.addRow(self.tr("Opening hours:"), hours)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk "
                    "is open; holidays are in Settings, Desk."
                )
            ),
        )
        form.addRow("", self.hours_error)
        self.language = QComboBox()
        self.language.setObjectName("profileLanguage")
        for value, label in LANGUAGE.choices:
            self.language.addItem(QCoreApplication.translate("settings", label), value)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self._hint(self.tr("A new language applies when OmniInbox restarts.")))

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldHelp")
        label.setWordWrap(True)
        return label

    def set_profile(self, profile: Profile, language: str) -> None:
        self._agent_id = profile.agent_id
        self.name.setText(profile.name)
        self.email.setText(profile.email)
        self.signature.setPlainText(profile.signature)
        self.tz.setCurrentText(profile.tz)
        for day, text in enumerate(profile.weekly):
            self.open_days[day].setChecked(bool(text))
            self.day_hours[day].setText(text or "09:00-18:00")
            self.day_hours[day].setEnabled(bool(text))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def set_agent_id(self, agent_id: int) -> None:
        self._agent_id = agent_id

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "system")

    def profile(self) -> Profile | None:
        """The values typed; None (with the messages shown) when something is not right."""
        ok = True
        name = self.name.text().strip()
        ok &= self._mark(
            self.name_error,
            "" if name else self.tr("Your name is needed: customers see it on every answer."),
        )
        tz = self.tz.currentText().strip()
        ok &= self._mark(
            self.tz_error,
            ""
            if tz in zoneinfo.available_timezones()
            else self.tr("Choose a time zone from the list."),
        )
        weekly: list[str] = []
        problem = ""
        for day in range(7):
            text = self.day_hours[day].text().strip() if self.open_days[day].isChecked() else ""
            try:
                parse_hours(text)
            except ValueError:
                problem = problem or self.tr("{0}: write hours as 09:00-18:00.").format(
                    self.open_days[day].text()
                )
            weekly.append(text)
        ok &= self._mark(self.hours_error, problem)
        if not ok:
            return None
        return Profile(
            name=name,
            email=self.email.text().strip(),
            signature=self.signature.toPlainText().rstrip(),
            tz=tz,
            weekly=tuple(weekly),
            agent_id=self._agent_id,
        )

    @staticmethod
    def _mark(label: QLabel, text: str) -> bool:
        label.setText(text)
        label.setVisible(bool(text))
        return not text


class ProfileEditor(QWidget):
    """The form with its loading and saving: for the first-run dialog and the Settings page."""

    saved = Signal(object)  # the Agent
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        store_call: StoreCall,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store_call = store_call
        self.settings = settings
        self.loaded = False
        self.saving = False
        self._as_loaded: tuple[Profile, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = ProfilePage()
        self.page.setEnabled(False)
        layout.addWidget(self.page)
        self.error = _error_label()
        self.error.setObjectName("profileSaveError")
        layout.addWidget(self.error)
        ws, call = workspace, store_call
        task = Task(lambda: call(lambda s: load_profile(s, ws)))
        task.done.connect(self._loaded)
        task.failed.connect(self._show_error)
        task.start()

    def _loaded(self, profile: Profile) -> None:
        language = self.settings.get(LANGUAGE)
        self.page.set_profile(profile, language)
        self._as_loaded = (profile, language)
        self.page.setEnabled(True)
        self.loaded = True

    def save(self, after: Callable[[Agent], None] | None = None) -> bool:
        """Check and save in the background; False (messages shown) when a value is wrong."""
        profile = self.page.profile() if self.loaded else None
        if profile is None or self.saving:
            return False
        self.settings.set(LANGUAGE, self.page.chosen_language())
        self.settings.set(PROFILE_DONE, True)
        self.settings.sync()
        ws, call = self.workspace, self.store_call
        self.saving = True
        self.error.hide()
        task = Task(lambda: call(lambda s: save_profile(s, ws, profile)))
        task.done.connect(lambda agent: self._saved(agent, after))
        task.failed.connect(self._show_error)
        task.start()
        return True

    def apply(self) -> bool:
        """For the Settings dialog: save if anything changed; False when a value is wrong."""
        if not self.loaded:
            return True
        profile = self.page.profile()
        if profile is None:
            return False
        if (profile, self.page.chosen_language()) == self._as_loaded:
            return True
        return self.save()

    def _saved(self, agent: Agent, after: Callable[[Agent], None] | None) -> None:
        self.saving = False
        self.page.set_agent_id(agent.id)
        profile = self.page.profile()
        if profile is not None:
            self._as_loaded = (profile, self.page.chosen_language())
        self.saved.emit(agent)
        if after is not None:
            after(agent)

    def _show_error(self, sentence: str) -> None:
        self.saving = False
        self.error.setText(sentence)
        self.error.show()
        self.failed.emit(sentence)


class ProfileDialog(QDialog):
    """First run: who answers here. Skippable; Settings, Profile has the same form later."""

    def __init__(
        self,
        workspace: Workspace,
        store_call: StoreCall,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Your profile"))
        self.agent: Agent | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tell customers who is answering, and when the desk is open. You can change "
                "all of this later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = ProfileEditor(workspace, store_call, settings)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.settings = settings

    def _save(self) -> None:
        self.editor.save(self._done)

    def _done(self, agent: Agent) -> None:
        self.agent = agent
        self.accept()

    def reject(self) -> None:
        if self.editor.saving:
            return
        self.settings.set(PROFILE_DONE, True)  # skipped: not asked again at every start
        super().reject()
