"""Icons and themes shipped in the ``omniinbox.resources`` package (the repo's resources/)."""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from omniinbox.ui.formatting import channel_of

log = logging.getLogger(__name__)


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
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons by name (without .svg); empty if it is missing."""
    node = resource("icons", f"{name}.svg")
    if not node.is_file():
        log.warning("icon %s is missing", name)
        return QIcon()
    return QIcon(str(node))


def channel_icon(channel: str) -> QIcon:
    return icon(channel_of(channel).value)


def theme_stylesheet(name: str = "light") -> str:
    node = resource("themes", f"{name}.qss")
    try:
        return node.read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("theme %s is missing", name)
        return ""


def apply_theme(app: QApplication, name: str = "light") -> None:
    app.setStyle("Fusion")  # the same look on every desktop; the stylesheet adds the rest
    app.setStyleSheet(theme_stylesheet(name))
