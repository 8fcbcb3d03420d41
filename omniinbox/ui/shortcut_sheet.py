"""?: every keyboard shortcut of the window, grouped, on one sheet."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from omniinbox.ui.theme import colours

GROUP_PROPERTY = "shortcutGroup"


def shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return " · ".join(k for k in keys if k)


def sheet_html(actions: Iterable[QAction]) -> str:
    groups: dict[str, list[tuple[str, str]]] = {}
    for action in actions:
        keys = shortcut_text(action)
        if not keys:
            continue
        group = str(action.property(GROUP_PROPERTY) or "")
        groups.setdefault(group, []).append((keys, action.text().replace("&", "")))
    c = colours()
    parts = []
    for group, rows in groups.items():
        parts.append(f'<h3 style="margin:12px 0 4px 0">{html.escape(group)}</h3>')
        parts.append('<table cellspacing="0" cellpadding="3">')
        for keys, text in rows:
            parts.append(
                f'<tr><td width="130"><code style="background:{c.chip}">&nbsp;{html.escape(keys)}'
                f"&nbsp;</code></td><td>{html.escape(text)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class ShortcutSheet(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.label = QLabel(sheet_html(actions))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setMargin(12)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(460, 560)
