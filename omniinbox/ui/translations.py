"""Translations: Qt's own for standard dialogs, then ours (resources/translations/*.qm).

English is always loaded first: it carries the plural forms of "%n" strings, so a language
without its own file still reads "1 conversation" and "2 conversations".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omniinbox.ui.assets import resource

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install the translators for ``locale`` (the desktop's by default); returns the files."""
    if _installed:
        return []
    locale = locale or QLocale()
    loaded: list[str] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append("qtbase")
    names = ["omniinbox_en"]
    for name in (locale.name(), locale.name().split("_")[0]):
        if name and f"omniinbox_{name}" not in names:
            names.append(f"omniinbox_{name}")
    for name in names:
        node = resource("translations", f"{name}.qm")
        if not node.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(node)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
