"""How values read on screen: local times, sizes, and the labels of statuses and channels.

Dates, times and numbers follow the default QLocale, which translations.install_translators
sets to the language the agent chose (or the system's), so "3 мар.", "Mar 3" and "3-mar" each
come out in the reader's own order and words.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from omniinbox.domain import Channel, Priority, Status
from omniinbox.domain.clock import from_iso

translate = QCoreApplication.translate  # lupdate finds these calls

_STATUS = {
    Status.OPEN: str(QT_TRANSLATE_NOOP("formatting", "Open")),
    Status.PENDING: str(QT_TRANSLATE_NOOP("formatting", "Pending")),
    Status.SNOOZED: str(QT_TRANSLATE_NOOP("formatting", "Snoozed")),
    Status.RESOLVED: str(QT_TRANSLATE_NOOP("formatting", "Resolved")),
    Status.CLOSED: str(QT_TRANSLATE_NOOP("formatting", "Closed")),
}
_CHANNEL = {
    Channel.EMAIL: str(QT_TRANSLATE_NOOP("formatting", "Email")),
    Channel.TELEGRAM: str(QT_TRANSLATE_NOOP("formatting", "Telegram")),
    Channel.X: str(QT_TRANSLATE_NOOP("formatting", "X")),
    Channel.OTHER: str(QT_TRANSLATE_NOOP("formatting", "Other")),
}
_PRIORITY = {
    Priority.LOW: str(QT_TRANSLATE_NOOP("formatting", "Low")),
    Priority.NORMAL: str(QT_TRANSLATE_NOOP("formatting", "Normal")),
    Priority.HIGH: str(QT_TRANSLATE_NOOP("formatting", "High")),
    Priority.URGENT: str(QT_TRANSLATE_NOOP("formatting", "Urgent")),
}

_WEEKDAY = re.compile(r"[,،\s]*d{3,}[,،.]?")  # "dddd, " / ", dddd": the weekday and its comma
# The year with what belongs to it: ", yyyy", "yyyy 'г'.", "'de' yyyy", "yyyy." and "yyyy年".
_YEAR = re.compile(r"(?:\s*'[^']*')?[,،\s]*y+[.年년]?(?:\s*'[^']*'\.?)?")


def local(moment: datetime | str) -> datetime:
    """The moment in the desktop's time zone (the store keeps UTC)."""
    if isinstance(moment, str):
        moment = from_iso(moment)
    return moment.astimezone()


def _qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def date_pattern(locale: QLocale, with_year: bool) -> str:
    """The locale's own order for a day and short month ("d MMM", "MMM d", "d-MMM"), with
    or without the year; Qt has no such format, so it comes from the long date format."""
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    if not with_year:
        pattern = _YEAR.sub("", pattern)
    pattern = pattern.replace("MMMM", "MMM").strip(" ,،")
    return pattern if "d" in pattern and "M" in pattern else "d MMM" + (" yyyy" * with_year)


def short_date(moment: datetime, with_year: bool = True) -> str:
    locale = QLocale()
    return locale.toString(_qdate(moment), date_pattern(locale, with_year))


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
        return translate("formatting", "Yesterday")
    if 1 < days < 7:
        return QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    return short_date(when, with_year=when.year != now.year)


def full_time(moment: datetime | str) -> str:
    """Date and time in full, for tooltips and message headers."""
    when = local(moment)
    return translate("formatting", "{0}, {1}").format(short_date(when), _short_time(when))


def qdatetime(moment: datetime | str) -> QDateTime:
    when = local(moment)
    return QDateTime(_qdate(when), QTime(when.hour, when.minute, when.second))


def number(value: float, decimals: int = 0) -> str:
    """A number as the reader writes it: 1,234.5 / 1 234,5."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def human_size(size: int) -> str:
    if size < 1024:
        return translate("formatting", "{0} bytes").format(number(size))
    if size < 1024 * 1024:
        return translate("formatting", "{0} KB").format(number(size / 1024))
    return translate("formatting", "{0} MB").format(number(size / (1024 * 1024), 1))


def status_label(status: Status | str) -> str:
    try:
        return translate("formatting", _STATUS[Status(status)])
    except ValueError:
        return str(status)


def channel_of(channel: str) -> Channel:
    return Channel(channel) if channel in Channel._value2member_map_ else Channel.OTHER


def channel_label(channel: Channel | str) -> str:
    return translate("formatting", _CHANNEL[channel_of(str(channel))])


def priority_label(priority: Priority | str) -> str:
    try:
        return translate("formatting", _PRIORITY[Priority(priority)])
    except ValueError:
        return str(priority)


def short_span(minutes: float) -> str:
    """A span as a list shows it: 45m, 3h, 2d."""
    minutes = abs(minutes)
    if minutes < 60:
        return translate("formatting", "{0}m").format(int(minutes))
    if minutes < 48 * 60:
        return translate("formatting", "{0}h").format(int(minutes // 60))
    return translate("formatting", "{0}d").format(int(minutes // (24 * 60)))


SLA_SOON_MINUTES = 60


def sla_badge(due: datetime, now: datetime, state: str = "") -> tuple[str, str]:
    """The countdown on a list row and how urgent it is: ok, soon (amber) or late (red)."""
    minutes = (due - now).total_seconds() / 60
    if minutes < 0 or state == "breached":
        return translate("formatting", "{0} late").format(short_span(minutes)), "late"
    level = "soon" if minutes <= SLA_SOON_MINUTES or state == "due_soon" else "ok"
    return short_span(minutes), level
