"""The Settings dialog on a real window: controls made from the setting declarations, a round
trip through ui.ini, changes shown at once (theme, notifications), the language kept for the
next start, the profile and accounts pages, and pages added by others."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.settings import LANGUAGE, NOTIFICATIONS, THEME, TRAY_ICON, UiSettings
from omniinbox.ui.settings_dialog import SettingsDialog
from omniinbox.ui.settings_dialog_open import open_settings
from omniinbox.ui.theme import ThemeChoice


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_controls_are_made_from_the_declarations(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = UiSettings(str(tmp_path / "ui.ini"))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    theme = dialog.appearance.control(THEME)
    language = dialog.appearance.control(LANGUAGE)
    assert isinstance(theme, QComboBox) and isinstance(language, QComboBox)
    assert [theme.itemData(i) for i in range(theme.count())] == ["system", "light", "dark"]
    names = [language.itemText(i) for i in range(language.count())]
    assert names[1:] == ["English", "Русский", "Қазақша", "Українська", "Oʻzbekcha", "ქართული"]
    assert isinstance(dialog.notifications.control(NOTIFICATIONS), QCheckBox)
    notes = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() == "languageNote"]
    assert notes == ["A new language applies when OmniInbox restarts."]
    assert [dialog.index.item(i).text() for i in range(dialog.index.count())] == [
        "Appearance",
        "Notifications",
    ]


def test_settings_round_trip_through_ui_ini(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "ui.ini")
    dialog = SettingsDialog(UiSettings(path))
    qtbot.addWidget(dialog)
    changed: list[str] = []
    dialog.setting_changed.connect(changed.append)
    choose(dialog.appearance.control(THEME), "dark")  # type: ignore[arg-type]
    choose(dialog.appearance.control(LANGUAGE), "kk")  # type: ignore[arg-type]
    tray = dialog.notifications.control(TRAY_ICON)
    assert isinstance(tray, QCheckBox)
    tray.setChecked(False)
    assert dialog.apply()
    assert sorted(changed) == sorted([THEME.key, LANGUAGE.key, TRAY_ICON.key])
    again = UiSettings(path)  # what the next start reads
    assert (again.get(THEME), again.get(LANGUAGE), again.get(TRAY_ICON)) == ("dark", "kk", False)
    assert again.get(NOTIFICATIONS) is True  # untouched
    reopened = SettingsDialog(again)
    qtbot.addWidget(reopened)
    combo = reopened.appearance.control(LANGUAGE)
    assert isinstance(combo, QComboBox) and combo.currentData() == "kk"


def test_a_value_not_declared_is_refused_and_a_hand_edited_one_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = UiSettings(str(tmp_path / "ui.ini"))
    try:
        settings.set(LANGUAGE, "tlh")
    except ValueError as exc:
        assert "look/language" in str(exc)
    else:
        raise AssertionError("an unknown language was stored")
    (tmp_path / "ui.ini").write_text("[look]\nlanguage=tlh\n")
    assert UiSettings(str(tmp_path / "ui.ini")).get(LANGUAGE) == "system"


def test_the_window_shows_changes_at_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    qtbot.addWidget(dialog)
    assert "Profile" in dialog.pages and "Accounts" in dialog.pages and "Desk" in dialog.pages
    assert dialog.index.item(0).text() == "Profile"
    choose(dialog.appearance.control(THEME), "dark")  # type: ignore[arg-type]
    notifications = dialog.notifications.control(NOTIFICATIONS)
    assert isinstance(notifications, QCheckBox)
    notifications.setChecked(False)
    assert dialog.apply()
    assert window.theme.choice is ThemeChoice.DARK
    assert window.notifier.notifications is False
    assert window.settings.get(THEME) == "dark"


def test_the_profile_page_saves_hours_and_time_zone(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    qtbot.addWidget(dialog)
    editor = dialog.pages["Profile"]
    qtbot.waitUntil(lambda: editor.loaded)  # type: ignore[attr-defined]
    page = editor.page  # type: ignore[attr-defined]
    assert page.name.text() == "Dana Sultanova"
    page.tz.setCurrentText("Asia/Almaty")
    page.open_days[5].setChecked(True)  # Saturday
    saturday = page.day_hours[5]
    assert isinstance(saturday, QLineEdit)
    saturday.setText("10:00-14:00")
    with qtbot.waitSignal(editor.saved, timeout=10_000):  # type: ignore[attr-defined]
        assert dialog.apply()
    cal = window.engine.call(lambda s: s.business_calendar())
    assert cal.tz == "Asia/Almaty"
    assert [f"{s:%H:%M}-{e:%H:%M}" for s, e in cal.weekly[5]] == ["10:00-14:00"]
    assert window.agent is not None and window.agent.name == "Dana Sultanova"


def test_bad_hours_keep_the_dialog_open_with_the_reason(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    qtbot.addWidget(dialog)
    editor = dialog.pages["Profile"]
    qtbot.waitUntil(lambda: editor.loaded)  # type: ignore[attr-defined]
    page = editor.page  # type: ignore[attr-defined]
    page.day_hours[0].setText("nine to six")
    before = window.engine.call(lambda s: s.business_calendar())
    assert not dialog.apply()
    assert page.hours_error.text().endswith("write hours as 09:00-18:00.")
    assert dialog.problem.text() == "Check the settings on the page “Profile”."
    assert window.engine.call(lambda s: s.business_calendar()) == before


def test_added_pages_are_applied_with_the_dialog(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(UiSettings(str(tmp_path / "ui.ini")))
    qtbot.addWidget(dialog)

    class Page(QLabel):
        applied = 0

        def apply(self) -> bool:
            Page.applied += 1
            return True

    dialog.add_page("Extra", Page("extra"))
    assert dialog.show_page("Extra")
    assert dialog.apply() and Page.applied == 1
