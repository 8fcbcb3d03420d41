"""Support KPIs over a period, from plain per-conversation facts. Formulas (docs/kpi.md):

Let P = [start, end) be the period, F the filter (channel, account, agent, category), and
- C = conversations created in P that pass F (the period's intake),
- R = conversations whose latest resolution ``resolved_at`` falls in P and that pass F.

- volume = |C|, also split by channel and by category.
- first response time: for c in C with a first response (``first_response_at``, else the earliest
  outbound message), business minutes from ``created_at`` to it; median and p90.
  ``unanswered`` = |c in C without a first response|.
- resolution time: for c in R, business minutes from ``created_at`` to ``resolved_at``.
- median: the middle value, the mean of the two middle values for an even count.
  p90: nearest rank, the value at 1-based rank ceil(0.9 * n) of the sorted values.
- first-contact resolution rate = |c in R1: one outbound message up to resolution, never
  reopened| / |R1|, with R1 = c in R with at least one outbound message up to resolution
  (conversations closed without any answer, e.g. spam or a "thanks", are left out).
- repeat contact rate = |c in R2: the same contact opened another conversation within 7 days
  after ``resolved_at``, on any channel| / |R2|, with R2 = c in R with a known contact.
  The facts must therefore reach 7 days past ``end``.
- reopen rate = |c in R: reopened at least once| / |R|.
- SLA compliance = |c in C: SLA met| / |c in C: SLA decided (met or breached)|.
- CSAT average = mean score (1-5) of c in R with a score; satisfied rate = share of those
  scores that are 4 or 5; response rate = |c in R: surveyed and scored| / |c in R: surveyed|.
- backlog by age at ``as_of`` (default ``end``): c passing F with ``created_at < as_of`` and not
  resolved at ``as_of`` (``resolved_at`` None or later), counted by calendar age in buckets
  [0, 1 day), [1, 3 days), [3, 7 days), [7 days, ...).

Rates are fractions in [0, 1], None when their denominator is empty; times are None without data.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from omniinbox.domain.business_hours import BusinessCalendar, business_minutes_between

REPEAT_WINDOW = timedelta(days=7)
BACKLOG_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("under 1 day", timedelta(days=1)),
    ("1-3 days", timedelta(days=3)),
    ("3-7 days", timedelta(days=7)),
    ("over 7 days", timedelta.max),
)


@dataclass(frozen=True, slots=True)
class ConversationFacts:
    """What the KPIs need of one conversation, as plain values the store can query."""

    ticket: int
    created_at: datetime
    channel: str = ""
    account_id: int | None = None
    agent_id: int | None = None
    category: str = ""
    contact_id: int | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None  # the latest resolution; None while not resolved
    reopened: int = 0
    csat: int | None = None  # 1..5
    csat_sent: bool = False
    sla_met: bool | None = None  # None: no SLA applied, or not decided yet
    inbound_at: tuple[datetime, ...] = ()
    outbound_at: tuple[datetime, ...] = ()

    @property
    def first_response(self) -> datetime | None:
        return self.first_response_at or min(self.outbound_at, default=None)


@dataclass(frozen=True, slots=True)
class KpiFilter:
    """None matches everything."""

    channel: str | None = None
    account_id: int | None = None
    agent_id: int | None = None
    category: str | None = None

    def admits(self, c: ConversationFacts) -> bool:
        return (
            (self.channel is None or c.channel == self.channel)
            and (self.account_id is None or c.account_id == self.account_id)
            and (self.agent_id is None or c.agent_id == self.agent_id)
            and (self.category is None or c.category == self.category)
        )


@dataclass(frozen=True, slots=True)
class Distribution:
    """Business minutes: how many values, their median, 90th percentile and mean."""

    count: int = 0
    median: float | None = None
    p90: float | None = None
    mean: float | None = None


@dataclass(frozen=True, slots=True)
class KpiReport:
    start: datetime
    end: datetime
    volume: int
    volume_by_channel: dict[str, int]
    volume_by_category: dict[str, int]
    first_response: Distribution
    unanswered: int
    resolved: int
    resolution: Distribution
    first_contact_resolution_rate: float | None
    repeat_contact_rate: float | None
    reopen_rate: float | None
    sla_compliance: float | None
    csat_average: float | None
    csat_satisfied_rate: float | None
    csat_response_rate: float | None
    backlog: dict[str, int]

    def to_dict(self) -> dict[str, object]:
        """Plain values for JSON export (datetimes as ISO 8601)."""
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        return data


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile: the value at 1-based rank ceil(q * n) of the sorted values."""
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


def distribution(values: Iterable[float]) -> Distribution:
    data = list(values)
    if not data:
        return Distribution()
    return Distribution(
        len(data), statistics.median(data), percentile(data, 0.9), statistics.fmean(data)
    )


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _repeated(c: ConversationFacts, by_contact: dict[int, list[datetime]]) -> bool:
    assert c.resolved_at is not None and c.contact_id is not None
    until = c.resolved_at + REPEAT_WINDOW
    return any(c.resolved_at < at <= until for at in by_contact.get(c.contact_id, ()))


def backlog_by_age(
    facts: Iterable[ConversationFacts], as_of: datetime, where: KpiFilter = KpiFilter()
) -> dict[str, int]:
    counts = dict.fromkeys((label for label, _ in BACKLOG_BUCKETS), 0)
    for c in facts:
        open_then = c.resolved_at is None or c.resolved_at > as_of
        if not (where.admits(c) and c.created_at < as_of and open_then):
            continue
        age = as_of - c.created_at
        label = next(label for label, limit in BACKLOG_BUCKETS if age < limit)
        counts[label] += 1
    return counts


def compute_kpis(
    facts: Iterable[ConversationFacts],
    cal: BusinessCalendar,
    start: datetime,
    end: datetime,
    where: KpiFilter = KpiFilter(),
    as_of: datetime | None = None,
) -> KpiReport:
    """The KPIs of the period [start, end) as the module docstring defines them."""
    every = list(facts)
    created = [c for c in every if where.admits(c) and start <= c.created_at < end]
    resolved = [
        c for c in every if where.admits(c) and c.resolved_at and start <= c.resolved_at < end
    ]

    answered = [(c, c.first_response) for c in created if c.first_response]
    frt = [business_minutes_between(cal, c.created_at, at) for c, at in answered if at]
    ttr = [
        business_minutes_between(cal, c.created_at, c.resolved_at)
        for c in resolved
        if c.resolved_at
    ]

    replied = [
        (c, sum(at <= c.resolved_at for at in c.outbound_at))
        for c in resolved
        if c.resolved_at and any(at <= c.resolved_at for at in c.outbound_at)
    ]
    one_touch = sum(1 for c, n in replied if n == 1 and c.reopened == 0)

    by_contact: dict[int, list[datetime]] = {}
    for c in every:
        if c.contact_id is not None:
            by_contact.setdefault(c.contact_id, []).append(c.created_at)
    known = [c for c in resolved if c.contact_id is not None]
    repeats = sum(_repeated(c, by_contact) for c in known)

    decided = [c for c in created if c.sla_met is not None]
    scored = [c.csat for c in resolved if c.csat is not None]
    surveyed = [c for c in resolved if c.csat_sent]

    return KpiReport(
        start=start,
        end=end,
        volume=len(created),
        volume_by_channel=dict(sorted(Counter(c.channel for c in created).items())),
        volume_by_category=dict(sorted(Counter(c.category for c in created).items())),
        first_response=distribution(frt),
        unanswered=len(created) - len(answered),
        resolved=len(resolved),
        resolution=distribution(ttr),
        first_contact_resolution_rate=_rate(one_touch, len(replied)),
        repeat_contact_rate=_rate(repeats, len(known)),
        reopen_rate=_rate(sum(c.reopened > 0 for c in resolved), len(resolved)),
        sla_compliance=_rate(sum(c.sla_met is True for c in decided), len(decided)),
        csat_average=statistics.fmean(scored) if scored else None,
        csat_satisfied_rate=_rate(sum(s >= 4 for s in scored), len(scored)),
        csat_response_rate=_rate(sum(c.csat is not None for c in surveyed), len(surveyed)),
        backlog=backlog_by_age(every, as_of or end, where),
    )
