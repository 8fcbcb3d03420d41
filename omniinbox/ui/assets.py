"""Icons and themes shipped in the ``omniinbox.resources`` package (the repo's resources/).

Line icons are drawn in one grey (``LINE``); they are recoloured for the look in use and
rendered from SVG at every size a screen asks for, so they stay crisp at any scale.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from omniinbox.ui.formatting import channel_of

log = logging.getLogger(__name__)

LINE = "#57606a"  # the stroke of line icons in the files
SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)

_icons: dict[tuple[str, str], QIcon] = {}
_line_colour = LINE


@cache
def _root() -> Traversable:
    try:
        return resources.files("omniinbox.resources")
    except ModuleNotFoundError:
        # A source checkout that is not installed: resources/ sits beside omniinbox/.
        return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    node = _root()
    for part in parts:
        node = node / part
    return node


@cache
def _svg(name: str) -> str:
    node = resource("icons", f"{name}.svg")
    if not node.is_file():
        log.warning("icon %s is missing", name)
        return ""
    return node.read_text(encoding="utf-8")


def set_line_colour(colour: str) -> None:
    """The colour line icons are drawn in from now on (the look changed)."""
    global _line_colour
    _line_colour = colour
    _icons.clear()


def forget_icons() -> None:
    _icons.clear()


def _render(svg: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    if not renderer.isValid():
        return result
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str, colour: str | None = None) -> QIcon:
    """An SVG icon from resources/icons by name (without .svg); empty if it is missing.
    Line icons take the look's line colour, or ``colour`` when given."""
    tint = colour or _line_colour
    key = (name, tint)
    found = _icons.get(key)
    if found is None:
        svg = _svg(name)
        found = _render(svg.replace(LINE, tint)) if svg else QIcon()
        _icons[key] = found
    return found


def channel_icon(channel: str) -> QIcon:
    return icon(channel_of(channel).value)


def theme_stylesheet(name: str = "light") -> str:
    node = resource("themes", f"{name}.qss")
    try:
        return node.read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("theme %s is missing", name)
        return ""
