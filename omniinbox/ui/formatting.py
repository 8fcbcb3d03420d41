"""How values read on screen: local times, sizes, and the labels of statuses and channels."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from omniinbox.domain import Channel, Priority, Status
from omniinbox.domain.clock import from_iso


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def local(moment: datetime | str) -> datetime:
    """The moment in the desktop's time zone (the store keeps UTC)."""
    if isinstance(moment, str):
        moment = from_iso(moment)
    return moment.astimezone()


def _qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def _short_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def list_time(moment: datetime | str, now: datetime | None = None) -> str:
    """Short, as a list shows it: 14:05 today, Yesterday, Mon this week, 3 Mar, 3 Mar 2023."""
    when = local(moment)
    now = local(now) if now is not None else datetime.now().astimezone()
    days = (now.date() - when.date()).days
    if days == 0:
        return _short_time(when)
    if days == 1:
        return _tr("Yesterday")
    if 1 < days < 7:
        return QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    if when.year == now.year:
        return QLocale().toString(_qdate(when), "d MMM")
    return QLocale().toString(_qdate(when), "d MMM yyyy")


def full_time(moment: datetime | str) -> str:
    """Date and time in full, for tooltips and message headers."""
    when = local(moment)
    return f"{QLocale().toString(_qdate(when), 'd MMM yyyy')}, {_short_time(when)}"


def qdatetime(moment: datetime | str) -> QDateTime:
    when = local(moment)
    return QDateTime(_qdate(when), QTime(when.hour, when.minute, when.second))


def human_size(size: int) -> str:
    if size < 1024:
        return _tr("{0} bytes").format(size)
    if size < 1024 * 1024:
        return _tr("{0} KB").format(round(size / 1024))
    return _tr("{0} MB").format(QLocale().toString(size / (1024 * 1024), "f", 1))


def status_label(status: Status | str) -> str:
    labels = {
        Status.OPEN: _tr("Open"),
        Status.PENDING: _tr("Pending"),
        Status.SNOOZED: _tr("Snoozed"),
        Status.RESOLVED: _tr("Resolved"),
        Status.CLOSED: _tr("Closed"),
    }
    try:
        return labels[Status(status)]
    except ValueError:
        return str(status)


def channel_of(channel: str) -> Channel:
    return Channel(channel) if channel in Channel._value2member_map_ else Channel.OTHER


def channel_label(channel: Channel | str) -> str:
    return {
        Channel.EMAIL: _tr("Email"),
        Channel.TELEGRAM: _tr("Telegram"),
        Channel.X: _tr("X"),
        Channel.OTHER: _tr("Other"),
    }[channel_of(str(channel))]


def priority_label(priority: Priority | str) -> str:
    labels = {
        Priority.LOW: _tr("Low"),
        Priority.NORMAL: _tr("Normal"),
        Priority.HIGH: _tr("High"),
        Priority.URGENT: _tr("Urgent"),
    }
    try:
        return labels[Priority(priority)]
    except ValueError:
        return str(priority)


def short_span(minutes: float) -> str:
    """A span as a list shows it: 45m, 3h, 2d."""
    minutes = abs(minutes)
    if minutes < 60:
        return _tr("{0}m").format(int(minutes))
    if minutes < 48 * 60:
        return _tr("{0}h").format(int(minutes // 60))
    return _tr("{0}d").format(int(minutes // (24 * 60)))


SLA_SOON_MINUTES = 60


def sla_badge(due: datetime, now: datetime, state: str = "") -> tuple[str, str]:
    """The countdown on a list row and how urgent it is: ok, soon (amber) or late (red)."""
    minutes = (due - now).total_seconds() / 60
    if minutes < 0 or state == "breached":
        return _tr("{0} late").format(short_span(minutes)), "late"
    level = "soon" if minutes <= SLA_SOON_MINUTES or state == "due_soon" else "ok"
    return short_span(minutes), level
