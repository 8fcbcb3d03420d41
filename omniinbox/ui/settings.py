"""The window's own settings, each declared once with its type and meaning.

They live in ``ui.ini`` inside the workspace folder (never the global registry), so every
workspace, the demo included, remembers its own look, layout and last view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QLocale, QSettings

from omniinbox.workspace import Workspace

T = TypeVar("T", bool, str, int, tuple[str, ...], QByteArray)

FILE_NAME = "ui.ini"


def _s(marked: object) -> str:
    """A string marked for translation (QT_TRANSLATE_NOOP), typed as the str it is."""
    return str(marked)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: where it is kept, its default (which fixes its type) and what it means.

    Settings an agent changes in the Settings dialog also carry a ``label`` and, for a fixed
    set of values, ``choices`` (value, shown name); the dialog builds its controls from these.
    Labels and choice names are marked with QT_TRANSLATE_NOOP in the "settings" context and
    shown through ``QCoreApplication.translate("settings", ...)``.
    """

    key: str
    default: T
    description: str
    label: str = ""
    choices: tuple[tuple[str, str], ...] = ()

    def allows(self, value: object) -> bool:
        return not self.choices or value in {v for v, _ in self.choices}


THEME = Setting(
    "look/theme",
    "system",
    _s(QT_TRANSLATE_NOOP("settings", "Light or dark colours, or as the desktop has them")),
    _s(QT_TRANSLATE_NOOP("settings", "Theme")),
    (
        ("system", _s(QT_TRANSLATE_NOOP("settings", "As the system"))),
        ("light", _s(QT_TRANSLATE_NOOP("settings", "Light"))),
        ("dark", _s(QT_TRANSLATE_NOOP("settings", "Dark"))),
    ),
)
# Language names are shown in their own language (an agent who cannot read the current one
# still finds theirs); "system" follows the desktop's language.
LANGUAGE = Setting(
    "look/language",
    "system",
    _s(
        QT_TRANSLATE_NOOP("settings", "The language of the window; applies when OmniInbox restarts")
    ),
    _s(QT_TRANSLATE_NOOP("settings", "Language")),
    (
        ("system", _s(QT_TRANSLATE_NOOP("settings", "As the system"))),
        ("en", "English"),
        ("ru", "Русский"),
        ("kk", "Қазақша"),
        ("uk", "Українська"),
        ("uz", "Oʻzbekcha"),
        ("ka", "ქართული"),
    ),
)
TRAY_ICON = Setting(
    "notify/tray",
    True,
    _s(QT_TRANSLATE_NOOP("settings", "An icon with the unread count in the system tray")),
    _s(QT_TRANSLATE_NOOP("settings", "Show an icon in the system tray")),
)
NOTIFICATIONS = Setting(
    "notify/desktop",
    True,
    _s(QT_TRANSLATE_NOOP("settings", "A desktop notification when a customer writes")),
    _s(QT_TRANSLATE_NOOP("settings", "Desktop notifications for new messages")),
)
PROFILE_DONE = Setting(
    "first_run/profile_done", False, "the agent profile was filled in (or skipped) once"
)
IMAGE_SENDERS: Setting[tuple[str, ...]] = Setting(
    "privacy/image_senders", (), "addresses whose remote images are shown"
)
KNOWN_TAGS: Setting[tuple[str, ...]] = Setting(
    "desk/known_tags", (), "tags seen on this desk, for the tag views and the tag editor"
)
LAST_VIEW = Setting("layout/last_view", "inbox", "the view shown when the window opens")
ORDER = Setting("layout/order", "last", "list order: last (activity) or sla (due first)")
CUSTOMER_PANEL = Setting("layout/customer_panel", True, "the customer panel is shown")
GEOMETRY = Setting("layout/geometry", QByteArray(), "window position and size")
MAIN_SPLITTER = Setting("layout/main_splitter", QByteArray(), "widths of the panes")
RIGHT_SPLITTER = Setting("layout/right_splitter", QByteArray(), "timeline and composer heights")
LIST_HEADER = Setting("layout/list_header", QByteArray(), "list columns: order, widths, hidden")


def locale_for(language: str) -> QLocale:
    """The QLocale of a LANGUAGE value; "system" (or anything unknown) is the desktop's."""
    if language == "uz":  # Uzbek in Latin script, as the translations are written
        return QLocale(
            QLocale.Language.Uzbek, QLocale.Script.LatinScript, QLocale.Country.Uzbekistan
        )
    if language and language != "system" and LANGUAGE.allows(language):
        return QLocale(language)
    return QLocale.system()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class UiSettings:
    """Typed access to ``ui.ini``; code reads and writes settings only through this."""

    def __init__(self, path: str) -> None:
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    @classmethod
    def of(cls, workspace: Workspace) -> UiSettings:
        workspace.root.mkdir(parents=True, exist_ok=True)
        return cls(str(workspace.root / FILE_NAME))

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def get(self, setting: Setting[T]) -> T:
        raw = self._qs.value(setting.key)
        if raw is None:
            return setting.default
        default = setting.default
        value: object
        if isinstance(default, bool):
            value = _as_bool(raw)
        elif isinstance(default, int):
            try:
                value = int(raw)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                value = default
        elif isinstance(default, tuple):
            items = [raw] if isinstance(raw, str) else list(raw) if raw else []  # type: ignore[call-overload]
            value = tuple(str(x) for x in items if str(x))
        elif isinstance(default, QByteArray):
            value = raw if isinstance(raw, QByteArray) else QByteArray()
        else:
            value = str(raw)
            if not setting.allows(value):
                value = default  # a hand-edited ui.ini with a value we do not know
        return value  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        if not setting.allows(value):
            raise ValueError(f"{setting.key} cannot be {value!r}")
        if isinstance(value, tuple):
            self._qs.setValue(setting.key, list(value))
        else:
            self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()
