"""Light and dark looks: the stylesheet, the palette, and the colours painted by code.

By default the look follows the desktop (``QStyleHints.colorScheme``) and changes with it;
the agent can pin light or dark. Code that paints (models, the timeline's HTML) asks
``colours()`` for the active set, so both looks stay in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from omniinbox.ui.assets import set_line_colour, theme_stylesheet


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Colours:
    name: str
    window: str
    ink: str
    muted: str
    border: str
    surface: str
    accent: str
    card_in: str
    card_out: str
    note: str
    note_border: str
    bubble_in: str
    bubble_out: str
    open: str
    pending: str
    resolved: str
    grey: str
    amber: str
    red: str
    green: str
    icon: str  # the stroke of line icons
    selected: str
    chip: str


LIGHT = Colours(
    name="light",
    window="#ffffff",
    ink="#1f2328",
    muted="#6e7781",
    border="#d8dee4",
    surface="#f6f8fa",
    accent="#1f6feb",
    card_in="#ffffff",
    card_out="#f3f8ff",
    note="#fff5c2",
    note_border="#eed888",
    bubble_in="#ffffff",
    bubble_out="#dbeafe",
    open="#1f6feb",
    pending="#b26a00",
    resolved="#1a7f37",
    grey="#6e7781",
    amber="#bf8700",
    red="#cf222e",
    green="#1a7f37",
    icon="#57606a",
    selected="#dbe9ff",
    chip="#eaeef2",
)

DARK = Colours(
    name="dark",
    window="#0d1117",
    ink="#e6edf3",
    muted="#8d96a0",
    border="#30363d",
    surface="#161b22",
    accent="#4493f8",
    card_in="#161b22",
    card_out="#121d2f",
    note="#3a3212",
    note_border="#6b5a1e",
    bubble_in="#1f242c",
    bubble_out="#1c3357",
    open="#4493f8",
    pending="#d29922",
    resolved="#3fb950",
    grey="#8d96a0",
    amber="#d29922",
    red="#f85149",
    green="#3fb950",
    icon="#9198a1",
    selected="#1f3a60",
    chip="#262c36",
)

_active: Colours = LIGHT


def colours() -> Colours:
    """The colours of the look in use."""
    return _active


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def effective(choice: ThemeChoice | str) -> Colours:
    try:
        choice = ThemeChoice(choice)
    except ValueError:
        choice = ThemeChoice.SYSTEM
    if choice is ThemeChoice.SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return DARK if choice is ThemeChoice.DARK else LIGHT


def _palette(c: Colours) -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in (
        (role.Window, c.surface),
        (role.WindowText, c.ink),
        (role.Base, c.window),
        (role.AlternateBase, c.surface),
        (role.Text, c.ink),
        (role.Button, c.surface),
        (role.ButtonText, c.ink),
        (role.ToolTipBase, c.window),
        (role.ToolTipText, c.ink),
        (role.Highlight, c.accent),
        (role.HighlightedText, "#ffffff"),
        (role.Link, c.accent),
        (role.PlaceholderText, c.muted),
        (role.Mid, c.border),
        (role.Midlight, c.border),
        (role.Light, c.window),
        (role.Dark, c.border),
    ):
        p.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(c.muted))
    return p


def apply_colours(app: QApplication, c: Colours) -> None:
    global _active
    _active = c
    set_line_colour(c.icon)
    app.setStyle("Fusion")  # the same look on every desktop; the stylesheet adds the rest
    app.setPalette(_palette(c))
    app.setStyleSheet(theme_stylesheet(c.name))


class ThemeManager(QObject):
    """Applies the chosen look and follows the desktop while the choice is "system"."""

    changed = Signal(object)  # Colours

    def __init__(
        self,
        app: QApplication,
        choice: ThemeChoice | str = ThemeChoice.SYSTEM,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._choice = ThemeChoice.SYSTEM
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_changed)
        self.set_choice(choice)

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    def set_choice(self, choice: ThemeChoice | str) -> None:
        try:
            self._choice = ThemeChoice(choice)
        except ValueError:
            self._choice = ThemeChoice.SYSTEM
        self._apply()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice is ThemeChoice.SYSTEM:
            self._apply()

    def _apply(self) -> None:
        c = effective(self._choice)
        if c is _active and self._app.styleSheet():
            return
        apply_colours(self._app, c)
        self.changed.emit(c)
