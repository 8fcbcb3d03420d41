"""The window's layout memory: geometry, pane widths, list columns (in the workspace's
ui.ini), and how the customer panel takes its width from the panes beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from omniinbox.ui.settings import GEOMETRY, LIST_HEADER, MAIN_SPLITTER, RIGHT_SPLITTER

if TYPE_CHECKING:
    from omniinbox.ui.main_window import MainWindow

LIST_MIN = 280


def restore_layout(window: MainWindow) -> None:
    s = window.settings
    if not s.get(GEOMETRY).isEmpty():
        window.restoreGeometry(s.get(GEOMETRY))
    if not s.get(MAIN_SPLITTER).isEmpty():
        window.splitter.restoreState(s.get(MAIN_SPLITTER))
    if not s.get(RIGHT_SPLITTER).isEmpty():
        window.right_pane.restoreState(s.get(RIGHT_SPLITTER))
    window.list_pane.list.restore_header(s.get(LIST_HEADER))


def save_layout(window: MainWindow) -> None:
    s = window.settings
    s.set(GEOMETRY, window.saveGeometry())
    s.set(MAIN_SPLITTER, window.splitter.saveState())
    s.set(RIGHT_SPLITTER, window.right_pane.saveState())
    s.set(LIST_HEADER, window.list_pane.list.header_state())
    s.sync()


def panel_sizes(
    sizes: list[int], shown: bool, panel_width: int, right_min: int
) -> tuple[list[int], int]:
    """Splitter sizes (sidebar, list, conversation, panel) after showing or hiding the panel,
    and the panel width to remember. Showing takes half from the conversation (as far as its
    minimum allows) and the rest from the list; hiding gives it back in halves."""
    sidebar, listing, right, panel = sizes
    if shown:
        from_right = min(panel_width // 2, max(0, right - right_min))
        listing = max(LIST_MIN, listing - (panel_width - from_right))
        return [sidebar, listing, right - from_right, panel_width], panel_width
    remembered = panel or panel_width
    half = panel // 2
    return [sidebar, listing + half, right + panel - half, 0], remembered
