"""Snoozing: the usual moments (in an hour, tomorrow 9:00, next week) and a picker.

Times are the desktop's local time turned into aware datetimes; the store keeps UTC.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from omniinbox.ui.formatting import full_time

MORNING = time(9, 0)


def in_one_hour(now: datetime) -> datetime:
    return (now + timedelta(hours=1)).replace(second=0, microsecond=0)


def tomorrow_morning(now: datetime) -> datetime:
    local = now.astimezone()
    day = local.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, tzinfo=local.tzinfo)


def next_week(now: datetime) -> datetime:
    """Next Monday at 9:00 (a week from today's Monday when today is Monday)."""
    local = now.astimezone()
    days = 7 - local.weekday()
    return datetime.combine(local.date() + timedelta(days=days), MORNING, tzinfo=local.tzinfo)


def snooze_choices(now: datetime) -> list[tuple[str, datetime]]:
    """(key, moment) of the quick choices, in menu order."""
    return [
        ("hour", in_one_hour(now)),
        ("tomorrow", tomorrow_morning(now)),
        ("week", next_week(now)),
    ]


class SnoozeDialog(QDialog):
    """Pick a date and time to bring the conversation back."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.editor = QDateTimeEdit()
        self.editor.setCalendarPopup(True)
        start = tomorrow_morning(now)
        self.editor.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.editor.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The conversation comes back to the inbox then.")))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        seconds = self.editor.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds).astimezone()


class SnoozeMenu(QMenu):
    """1 In one hour · 2 Tomorrow 9:00 · 3 Next week · 4 Pick a date and time…"""

    chosen = Signal(object)  # an aware datetime

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeMenu")
        self._now = now
        labels = {
            "hour": self.tr("&1  In one hour"),
            "tomorrow": self.tr("&2  Tomorrow, 9:00"),
            "week": self.tr("&3  Next week, Monday 9:00"),
        }
        for key, moment in snooze_choices(now):
            action = self.addAction(labels[key])
            action.setToolTip(full_time(moment))
            action.setData(key)
            action.triggered.connect(lambda _checked=False, m=moment: self.chosen.emit(m))
        self.addSeparator()
        pick = self.addAction(self.tr("&4  Pick a date and time…"))
        pick.setData("pick")
        pick.triggered.connect(self._pick)

    def _pick(self) -> None:
        dialog = SnoozeDialog(self._now, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.chosen.emit(dialog.chosen()))
        dialog.open()
