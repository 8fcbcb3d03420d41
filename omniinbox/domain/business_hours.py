"""Business calendars and arithmetic in business time.

A calendar is a time zone, weekly opening hours, public holidays and extra working days.
All arithmetic walks whole open intervals converted to UTC, never minute by minute, so
a due time three weeks away costs about twenty steps, and DST transitions cannot skew it
(aware datetimes that share a tzinfo subtract as wall clocks in Python; UTC does not).

Conventions:
- a range ``(start, end)`` belongs to the weekday it starts on; ``end <= start`` means it ends
  the next day, so ``(22:00, 06:00)`` is a night shift and ``(00:00, 00:00)`` is a whole day;
- a holiday closes the ranges that start on it (a night shift from the eve still runs into it);
  an extra working day opens with ``extra_day_hours`` (Monday's hours when those are empty)
  and wins over a holiday on the same date;
- a wall time the clock skips (spring forward) is read as the moment of the jump; a wall time
  that happens twice (fall back) as its first occurrence;
- open intervals are half-open: a desk that opens at 09:00 and closes at 18:00 is open at
  09:00 and closed at 18:00.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Hours = tuple[tuple[time, time], ...]  # the opening ranges of one day
Interval = tuple[datetime, datetime]  # [start, end) in UTC

_NINE_TO_SIX: Hours = ((time(9), time(18)),)
_SEARCH_DAYS = 3 * 366  # a calendar that stays closed this long is treated as never open
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


class NeverOpenError(ValueError):
    """The calendar has no opening hours in the years searched."""


def parse_hours(text: str) -> Hours:
    """``"09:00-13:00, 14:00-18:00"`` -> ranges; ``""`` -> closed; ``24:00`` means midnight."""
    ranges: list[tuple[time, time]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        found = _RANGE.match(part)
        if not found:
            raise ValueError(f"not a time range (expected HH:MM-HH:MM): {part!r}")
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        if h2 == 24 and m2 == 0:
            h2 = 0
        if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
            raise ValueError(f"not a time of day in {part!r}")
        ranges.append((time(h1, m1), time(h2, m2)))
    return tuple(ranges)


def format_hours(hours: Hours) -> str:
    """The inverse of `parse_hours`, for settings screens and storage."""
    return ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in hours)


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """When a desk is open. ``weekly[0]`` is Monday, ``weekly[6]`` Sunday.

    ``country`` only records where ``holidays`` came from (e.g. ``"KZ"``); the caller resolves it
    into dates with `omniinbox.domain.holiday_calendars.holiday_dates`, so this stays pure.
    """

    tz: str
    weekly: tuple[Hours, ...] = (_NINE_TO_SIX,) * 5 + ((), ())
    holidays: frozenset[date] = frozenset()
    country: str = ""
    extra_working_days: frozenset[date] = frozenset()
    extra_day_hours: Hours = ()
    name: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.tz!r}") from exc
        if len(self.weekly) != 7:
            raise ValueError(f"weekly hours need 7 days (Monday first), got {len(self.weekly)}")

    @classmethod
    def office(
        cls,
        tz: str,
        hours: str = "09:00-18:00",
        days: int = 5,
        *,
        holidays: frozenset[date] = frozenset(),
        country: str = "",
        extra_working_days: frozenset[date] = frozenset(),
        extra_day_hours: Hours = (),
        name: str = "",
    ) -> BusinessCalendar:
        """The same ``hours`` (see `parse_hours`) on the first ``days`` weekdays (5: Mon-Fri)."""
        day = parse_hours(hours)
        weekly = tuple(day if i < days else () for i in range(7))
        return cls(tz, weekly, holidays, country, extra_working_days, extra_day_hours, name)

    @classmethod
    def always_open(cls, tz: str = "UTC") -> BusinessCalendar:
        whole_day: Hours = ((time(0), time(0)),)
        return cls(tz, (whole_day,) * 7)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def hours_on(self, day: date) -> Hours:
        """The ranges that start on ``day`` (holidays and extra working days applied)."""
        if day in self.extra_working_days:
            return self.extra_day_hours or next((h for h in self.weekly if h), ())
        if day in self.holidays:
            return ()
        return self.weekly[day.weekday()]

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the desk's wall clock."""
        return _utc(moment).astimezone(self.zone)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"an aware datetime is needed, got naive {moment!r}")
    return moment.astimezone(UTC)


def _instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall time: skipped times map to the jump, repeated ones to the first."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone).astimezone(UTC)  # fold=0
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # In a gap: the jump lies between the fold=1 reading (before it) and the fold=0 one (after);
    # find the first whole second with the new offset.
    lo = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    hi = int(first.timestamp())
    before = datetime.fromtimestamp(lo, zone).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return datetime.fromtimestamp(hi, UTC)


def _day_intervals(cal: BusinessCalendar, day: date, zone: ZoneInfo) -> list[Interval]:
    out = []
    for start, end in cal.hours_on(day):
        a = _instant(day, start, zone)
        b = _instant(day if end > start else day + timedelta(days=1), end, zone)
        if b > a:
            out.append((a, b))
    return sorted(out)


def open_intervals(cal: BusinessCalendar, since: datetime) -> Iterator[Interval]:
    """Disjoint open intervals in UTC, in order, each ending after ``since`` (the first one may
    have started before it). Endless; raises `NeverOpenError` after three closed years."""
    since = _utc(since)
    zone = cal.zone
    day = since.astimezone(zone).date() - timedelta(days=1)  # yesterday's night shift
    reached: datetime | None = None  # the end of the last interval: later ones are clipped to it
    closed_days = 0
    while closed_days < _SEARCH_DAYS:
        closed_days += 1
        for a, b in _day_intervals(cal, day, zone):
            if reached is not None:
                a = max(a, reached)
            if b <= a:
                continue
            closed_days, reached = 0, b
            if b > since:
                yield a, b
        day += timedelta(days=1)
    raise NeverOpenError(f"the calendar {cal.name or cal.tz!r} has no opening hours")


def is_open(cal: BusinessCalendar, moment: datetime) -> bool:
    moment = _utc(moment)
    start, _ = next(open_intervals(cal, moment))
    return start <= moment


def next_open(cal: BusinessCalendar, moment: datetime) -> datetime:
    """``moment`` itself when open, else the next opening; in ``moment``'s time zone."""
    utc = _utc(moment)
    start, _ = next(open_intervals(cal, utc))
    return max(start, utc).astimezone(moment.tzinfo)


def add_business_time(cal: BusinessCalendar, start: datetime, minutes: float) -> datetime:
    """The moment ``minutes`` of open time after ``start``: the due time of an SLA target.

    Ends at a closing time rather than the next opening when the time runs out exactly there.
    Zero minutes gives ``start``. The result is in ``start``'s time zone.
    """
    if minutes < 0:
        raise ValueError(f"business minutes must not be negative, got {minutes}")
    begin = _utc(start)
    left = timedelta(minutes=minutes)
    if not left:
        return start
    for a, b in open_intervals(cal, begin):
        a = max(a, begin)
        if left <= b - a:
            return (a + left).astimezone(start.tzinfo)
        left -= b - a
    raise AssertionError("unreachable: open_intervals is endless")  # pragma: no cover


def business_time_between(cal: BusinessCalendar, a: datetime, b: datetime) -> timedelta:
    """Open time from ``a`` to ``b``; negative when ``b`` is before ``a``."""
    lo, hi = _utc(a), _utc(b)
    if hi < lo:
        return -business_time_between(cal, b, a)
    total = timedelta()
    if hi == lo:
        return total
    for start, end in open_intervals(cal, lo):
        if start >= hi:
            break
        total += min(end, hi) - max(start, lo)
    return total


def business_minutes_between(cal: BusinessCalendar, a: datetime, b: datetime) -> float:
    """Open minutes from ``a`` to ``b``; negative when ``b`` is before ``a``."""
    return business_time_between(cal, a, b).total_seconds() / 60


def closing_time(cal: BusinessCalendar, moment: datetime) -> datetime | None:
    """When the current open stretch ends (adjacent ranges joined), or None when closed."""
    utc = _utc(moment)
    end: datetime | None = None
    for a, b in open_intervals(cal, utc):
        if end is None and a > utc:
            return None
        if end is not None and a > end:
            break
        end = b
        if b - utc > timedelta(days=31):  # always open: no closing worth naming
            break
    return end.astimezone(moment.tzinfo) if end else None
