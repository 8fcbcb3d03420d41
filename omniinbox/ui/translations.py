"""The language of the window: Qt's own translations for standard dialogs, then ours
(resources/translations/omniinbox_*.qm, built from the .ts files by ./omni).

The language follows the system unless the agent chose one in the settings. The chosen
locale also becomes Qt's default, so dates, times and numbers read the same way as the
words (formatting.py asks QLocale()). English is always loaded first: it carries the plural
forms of "%n" strings, so a language without its own file still reads "1 conversation".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omniinbox.ui.assets import resource

SYSTEM = "system"
# The languages we ship, each named in itself (for the settings' language list).
LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақ тілі",
    "uk": "Українська",
    "uz": "Oʻzbekcha",
    "ka": "ქართული",
}
PREFIX = "omniinbox"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def locale_for(choice: QLocale | str | None) -> QLocale:
    """The locale for a setting's value: "system" (or nothing) is the desktop's; "ru",
    "uz_Latn_UZ" or "ka-GE" name a language; an unreadable value falls back to the system."""
    if isinstance(choice, QLocale):
        return choice
    text = (choice or "").strip().replace("-", "_")
    if not text or text.lower() == SYSTEM:
        return QLocale.system()
    locale = QLocale(text)
    if locale.language() == QLocale.Language.C and text.lower() not in ("c", "posix"):
        return QLocale.system()
    return locale


def shipped_language(locale: QLocale) -> str:
    """The code of our translation that serves ``locale`` ("en" when we have none)."""
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def translations_dir() -> Path:
    return Path(str(resource("translations")))


def remove_translators(app: QCoreApplication) -> None:
    """Take our translators out again (before switching language)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(
    app: QCoreApplication,
    locale: QLocale | str | None = None,
    directory: Path | None = None,
) -> list[str]:
    """Translate the application into ``locale`` (a QLocale, a code such as "ru" or
    "uz_Latn_UZ", or "system"/None for the desktop's) and make it Qt's default locale.
    Replaces translators installed before. Returns the names of the files loaded."""
    remove_translators(app)
    chosen = locale_for(locale)
    QLocale.setDefault(chosen)
    folder = str(directory if directory is not None else translations_dir())
    loaded: list[str] = []
    english = QTranslator(app)
    if english.load(f"{PREFIX}_en", folder):
        loaded.append(f"{PREFIX}_en")
        _install(app, english)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if shipped_language(chosen) != "en" and qt.load(chosen, "qtbase", "_", qt_folder):
        loaded.append("qtbase")
        _install(app, qt)
    code = shipped_language(chosen)
    if code != "en":
        ours = QTranslator(app)
        # By the locale's own names first ("uz_Latn_UZ", "uz_UZ", ... "uz"), else by code.
        if ours.load(chosen, PREFIX, "_", folder) or ours.load(f"{PREFIX}_{code}", folder):
            loaded.append(Path(ours.filePath()).stem)
            _install(app, ours)
    return loaded


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
