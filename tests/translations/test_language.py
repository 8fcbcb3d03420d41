"""The chosen language reaches the window: our translations and Qt's, plural forms, and
dates, times and numbers through QLocale."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication

from omniinbox.ui import formatting
from omniinbox.ui.app import SCRIPT_FALLBACKS
from omniinbox.ui.translations import (
    install_translators,
    locale_for,
    remove_translators,
    shipped_language,
    translations_dir,
)

CONVERSATIONS = ("CustomerPanel", "%n conversation(s)")
UNREAD = ("Notifier", "OmniInbox: %n unread conversation(s)")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(before)


def plural(message: tuple[str, str], n: int) -> str:
    return QCoreApplication.translate(message[0], message[1], "", n)


def test_russian_has_three_plural_forms(app: QApplication, compiled: Path) -> None:
    install_translators(app, "ru", compiled)
    said = {n: plural(CONVERSATIONS, n) for n in (1, 2, 5, 11, 21, 22, 25, 101)}
    assert said == {
        1: "1 диалог",
        2: "2 диалога",
        5: "5 диалогов",
        11: "11 диалогов",
        21: "21 диалог",
        22: "22 диалога",
        25: "25 диалогов",
        101: "101 диалог",
    }
    assert plural(UNREAD, 1) == "OmniInbox: 1 непрочитанный диалог"
    assert plural(UNREAD, 3) == "OmniInbox: 3 непрочитанных диалога"
    assert plural(UNREAD, 12) == "OmniInbox: 12 непрочитанных диалогов"


def test_ukrainian_has_three_plural_forms(app: QApplication, compiled: Path) -> None:
    install_translators(app, "uk_UA", compiled)
    assert [plural(CONVERSATIONS, n) for n in (1, 3, 7, 21)] == [
        "1 розмова",
        "3 розмови",
        "7 розмов",
        "21 розмова",
    ]


def test_english_plurals_come_from_the_english_file(app: QApplication, compiled: Path) -> None:
    install_translators(app, "en_GB", compiled)
    assert plural(CONVERSATIONS, 1) == "1 conversation"
    assert plural(CONVERSATIONS, 4) == "4 conversations"


@pytest.mark.parametrize(
    ("choice", "file", "inbox"),
    [
        ("ru", "omniinbox_ru", "Открыт"),
        ("kk", "omniinbox_kk", "Ашық"),
        ("uk_UA", "omniinbox_uk", "Відкрита"),
        ("uz_Latn_UZ", "omniinbox_uz", "Ochiq"),
        ("uz", "omniinbox_uz", "Ochiq"),
        ("ka-GE", "omniinbox_ka", "ღია"),
    ],
)
def test_the_chosen_language_is_loaded(
    app: QApplication, compiled: Path, choice: str, file: str, inbox: str
) -> None:
    loaded = install_translators(app, choice, compiled)
    assert loaded[0] == "omniinbox_en" and loaded[-1] == file
    assert formatting.status_label("open") == inbox
    assert QLocale().language() == locale_for(choice).language()


def test_qt_own_dialog_texts_follow_the_language(app: QApplication, compiled: Path) -> None:
    assert "qtbase" in install_translators(app, "ru", compiled)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_switching_language_replaces_the_translators(app: QApplication, compiled: Path) -> None:
    install_translators(app, "ka", compiled)
    install_translators(app, "ru", compiled)
    assert formatting.status_label("resolved") == "Решён"
    install_translators(app, "en_US", compiled)
    assert formatting.status_label("resolved") == "Resolved"


def test_an_unshipped_language_reads_english_with_its_own_formats(
    app: QApplication, compiled: Path
) -> None:
    assert install_translators(app, "de_DE", compiled) == ["omniinbox_en"]
    assert formatting.status_label("open") == "Open"
    assert formatting.number(1234.5, 1) == "1.234,5"


def test_system_follows_the_desktop(app: QApplication, compiled: Path) -> None:
    install_translators(app, "system", compiled)
    assert QLocale().name() == QLocale.system().name()
    assert locale_for("").name() == QLocale.system().name()
    assert locale_for("not a language").name() == QLocale.system().name()
    assert shipped_language(QLocale("uz_Cyrl_UZ")) == "uz"
    assert shipped_language(QLocale("fr_FR")) == "en"


def test_the_default_folder_is_the_shipped_resources() -> None:
    folder = translations_dir()
    assert (folder / "omniinbox_ru.ts").is_file()


def _at(day: int, hour: int = 14, minute: int = 5) -> datetime:
    return datetime(2024, 3, day, hour, minute).astimezone()


def test_dates_times_and_numbers_follow_the_locale(app: QApplication, compiled: Path) -> None:
    now = _at(20)
    install_translators(app, "ru", compiled)
    assert formatting.list_time(_at(20, 9, 30), now) == "09:30"
    assert formatting.list_time(_at(19), now) == "Вчера"
    assert formatting.list_time(_at(3), now) == "3 мар."
    assert formatting.list_time(_at(3) - timedelta(days=366), now) == "3 мар. 2023\u202fг."
    assert formatting.full_time(_at(3)) == "3 мар. 2024\u202fг., 14:05"
    assert formatting.human_size(1536 * 1024) == "1,5 МБ"
    assert formatting.number(1234567) == "1\u00a0234\u00a0567"
    install_translators(app, "en_US", compiled)
    assert formatting.list_time(_at(3), now) == "Mar 3"
    assert formatting.list_time(_at(20, 21, 7), now) == "9:07\u202fPM"
    assert formatting.human_size(2_500_000) == "2.4 MB"
    install_translators(app, "uz_Latn_UZ", compiled)
    assert formatting.list_time(_at(3), now) == "3-mar"
    install_translators(app, "ka", compiled)
    assert formatting.list_time(_at(19), now) == "გუშინ"
    assert formatting.list_time(_at(18), now) == QLocale("ka_GE").dayName(
        _at(18).isoweekday(), QLocale.FormatType.ShortFormat
    )


def test_the_store_keeps_utc_and_the_screen_shows_local_time(app: QApplication) -> None:
    install_translators(app, "en_GB")
    moment = datetime(2024, 3, 3, 12, 0, tzinfo=UTC)
    assert formatting.local(moment).utcoffset() == moment.astimezone().utcoffset()


def test_georgian_has_a_font_and_draws(app: QApplication) -> None:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Georgian)
    assert set(families) & set(SCRIPT_FALLBACKS), "no Georgian font (fonts-noto-core)"
    font = app.font()
    font.setFamilies([*font.families(), *SCRIPT_FALLBACKS])
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(5, 28, "შემოსული")
    painter.end()
    inked = sum(
        1 for x in range(200) for y in range(40) if image.pixelColor(x, y).lightness() < 128
    )
    assert inked > 100
