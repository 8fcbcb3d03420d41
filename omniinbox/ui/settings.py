"""The window's own settings, each declared once with its type and meaning.

They live in ``ui.ini`` inside the workspace folder (never the global registry), so every
workspace, the demo included, remembers its own look, layout and last view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from omniinbox.workspace import Workspace

T = TypeVar("T", bool, str, int, tuple[str, ...], QByteArray)

FILE_NAME = "ui.ini"


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    description: str


THEME = Setting("look/theme", "system", "system, light or dark")
TRAY_ICON = Setting("notify/tray", True, "an icon with the unread count in the system tray")
NOTIFICATIONS = Setting("notify/desktop", True, "a desktop notification on new messages")
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
        return value  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        if isinstance(value, tuple):
            self._qs.setValue(setting.key, list(value))
        else:
            self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()
