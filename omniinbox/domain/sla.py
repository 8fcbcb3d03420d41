"""SLA policies and the clocks they start, computed in business time from a timeline.

Three targets per priority, each in business minutes (None: not tracked):
- first response: from the conversation's creation to the first agent reply;
- next response: from the first customer message that follows an agent reply to the next
  agent reply (one cycle per exchange, after the first response);
- resolution: from creation to being resolved or closed.

A clock runs in open business time only. It stops while the conversation is resolved or closed
and, when the policy says so, while it is pending (waiting for the customer). Resolving a
conversation fulfils the response targets still running (nothing is owed on a finished case).
A target is met when it was achieved at or before its due time, breached when the due time
passed without it, and due soon when most of it is used (see `SlaPolicy`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from omniinbox.domain.business_hours import (
    BusinessCalendar,
    add_business_time,
    business_minutes_between,
)
from omniinbox.domain.entities import Priority, Status

_STOPPED = frozenset({Status.RESOLVED, Status.CLOSED})


class SlaState(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    BREACHED = "breached"


class Target(StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_RESPONSE = "next_response"
    RESOLUTION = "resolution"


@dataclass(frozen=True, slots=True)
class SlaTargets:
    """Business minutes allowed per target; None means the target is not tracked."""

    first_response: float | None = 60
    next_response: float | None = None
    resolution: float | None = None

    def minutes(self, target: Target) -> float | None:
        value: float | None = getattr(self, target.value)
        return value


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """Targets per priority. Due soon: at least ``due_soon_fraction`` of the target used, or less
    than ``due_soon_minutes`` business minutes left (set either to None to drop that test)."""

    name: str = "Default"
    low: SlaTargets = SlaTargets()
    normal: SlaTargets = SlaTargets()
    high: SlaTargets = SlaTargets()
    urgent: SlaTargets = SlaTargets()
    pause_while_pending: bool = True
    due_soon_fraction: float | None = 0.8
    due_soon_minutes: float | None = 15

    def targets_for(self, priority: Priority) -> SlaTargets:
        targets: SlaTargets = getattr(self, Priority(priority).value)
        return targets


@dataclass(frozen=True, slots=True)
class StatusChange:
    at: datetime
    status: Status


@dataclass(frozen=True, slots=True)
class Timeline:
    """What the clocks need to know of a conversation. Status starts as open at ``created_at``.
    ``first_response_at`` defaults to the earliest agent reply."""

    created_at: datetime
    priority: Priority = Priority.NORMAL
    first_response_at: datetime | None = None
    customer_messages: tuple[datetime, ...] = ()
    agent_replies: tuple[datetime, ...] = ()
    status_changes: tuple[StatusChange, ...] = ()

    @property
    def first_response(self) -> datetime | None:
        return self.first_response_at or min(self.agent_replies, default=None)

    @property
    def replies(self) -> tuple[datetime, ...]:
        first = self.first_response
        both = set(self.agent_replies) | ({first} if first else set())
        return tuple(sorted(both))


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """One clock. ``met`` is None while it runs; ``due`` is None while paused before its end
    (it will move); ``remaining`` goes negative once breached (overdue business minutes)."""

    target: Target
    minutes: float
    started_at: datetime
    due: datetime | None
    achieved_at: datetime | None
    met: bool | None
    state: SlaState
    remaining: float
    paused: bool = False

    @property
    def running(self) -> bool:
        return self.met is None


@dataclass(frozen=True, slots=True)
class SlaClock:
    first_response: TargetStatus | None = None
    next_response: TargetStatus | None = None
    resolution: TargetStatus | None = None
    next_response_breaches: int = 0  # finished next-response cycles that missed their target
    targets: tuple[TargetStatus, ...] = field(default=(), repr=False)

    @property
    def state(self) -> SlaState:
        """The worst state among the clocks still running: what the conversation list shows."""
        states = {t.state for t in self.targets if t.running}
        for worst in (SlaState.BREACHED, SlaState.DUE_SOON):
            if worst in states:
                return worst
        return SlaState.OK

    @property
    def next_due(self) -> TargetStatus | None:
        """The running clock that ends first: the countdown to show."""
        running = [t for t in self.targets if t.running and t.due is not None]
        return min(running, key=lambda t: t.due or t.started_at, default=None)

    @property
    def any_breached(self) -> bool:
        return self.next_response_breaches > 0 or any(
            t.state is SlaState.BREACHED for t in self.targets
        )

    @property
    def all_met(self) -> bool | None:
        """True when every tracked target was met, False on any breach, None while undecided."""
        if self.any_breached:
            return False
        if any(t.running for t in self.targets):
            return None
        return True


Segment = tuple[datetime, datetime | None]  # the clock runs from..to (None: still running)


def running_segments(
    timeline: Timeline, start: datetime, until: datetime, *, pause_pending: bool
) -> list[Segment]:
    """When a clock started at ``start`` runs, up to ``until`` (stops and pauses applied)."""
    segments: list[Segment] = []
    status, since = Status.OPEN, start
    changes = sorted(timeline.status_changes, key=lambda c: c.at)
    for change in changes:
        if change.at <= start:
            status = change.status
            continue
        if change.at > until:
            break
        if _runs(status, pause_pending):
            segments.append((since, change.at))
        status, since = change.status, change.at
    if _runs(status, pause_pending):
        segments.append((since, None))
    return segments


def _runs(status: Status, pause_pending: bool) -> bool:
    return status not in _STOPPED and not (pause_pending and status == Status.PENDING)


def _clock(
    cal: BusinessCalendar,
    policy: SlaPolicy,
    target: Target,
    minutes: float,
    segments: list[Segment],
    started_at: datetime,
    achieved_at: datetime | None,
    now: datetime,
) -> TargetStatus:
    due: datetime | None = None
    left = minutes
    for seg_start, seg_end in segments:
        span = business_minutes_between(cal, seg_start, seg_end) if seg_end else None
        if span is None or span >= left:
            due = add_business_time(cal, seg_start, left)
            break
        left -= span
    upto = min(achieved_at, now) if achieved_at else now
    used = sum(
        max(0.0, business_minutes_between(cal, s, min(e, upto) if e else upto))
        for s, e in segments
        if s < upto
    )
    remaining = minutes - used
    last_end = segments[-1][1] if segments else started_at
    paused = achieved_at is None and last_end is not None
    if achieved_at is not None:
        met: bool | None = due is None or achieved_at <= due
        state = SlaState.OK if met else SlaState.BREACHED
    else:
        met = None
        if due is not None and now >= due:
            state = SlaState.BREACHED
        elif _due_soon(policy, minutes, remaining):
            state = SlaState.DUE_SOON
        else:
            state = SlaState.OK
    return TargetStatus(
        target, minutes, started_at, due, achieved_at, met, state, remaining, paused
    )


def _due_soon(policy: SlaPolicy, minutes: float, remaining: float) -> bool:
    used_share = (minutes - remaining) / minutes if minutes else 1.0
    by_share = policy.due_soon_fraction is not None and used_share >= policy.due_soon_fraction
    by_minutes = policy.due_soon_minutes is not None and remaining < policy.due_soon_minutes
    return by_share or by_minutes


def resolved_at(timeline: Timeline, now: datetime) -> datetime | None:
    """When the conversation was last resolved or closed, if that is its status at ``now``."""
    at: datetime | None = None
    for change in sorted(timeline.status_changes, key=lambda c: c.at):
        if change.at > now:
            break
        at = change.at if change.status in _STOPPED else None
    return at


def compute_sla(
    policy: SlaPolicy, cal: BusinessCalendar, timeline: Timeline, now: datetime
) -> SlaClock:
    """All clocks of one conversation at ``now`` (events after ``now`` are ignored)."""
    targets = policy.targets_for(timeline.priority)
    done = resolved_at(timeline, now)
    pause = policy.pause_while_pending
    found: dict[Target, TargetStatus] = {}

    def clock(target: Target, start: datetime, achieved: datetime | None) -> TargetStatus | None:
        minutes = targets.minutes(target)
        if minutes is None:
            return None
        if achieved is not None and achieved > now:
            achieved = None
        if achieved is None:
            achieved = done
        # Once achieved, the due time is what it was then: later pauses do not move it.
        segments = running_segments(timeline, start, achieved or now, pause_pending=pause)
        if achieved is not None and (not segments or segments[-1][1] is not None):
            segments.append((achieved, None))
        status = _clock(cal, policy, target, minutes, segments, start, achieved, now)
        found[target] = status
        return status

    created = timeline.created_at
    first = timeline.first_response
    clock(Target.FIRST_RESPONSE, created, first)
    clock(Target.RESOLUTION, created, done)

    breaches = 0
    cycle = None
    if first is not None and first <= now and targets.next_response is not None:
        for start, answer in _exchanges(timeline, now):
            cycle = clock(Target.NEXT_RESPONSE, start, answer)
            if cycle is not None and cycle.met is False:
                breaches += 1
        if cycle is not None and cycle.met is False:
            breaches -= 1  # the last cycle is reported on its own
    return SlaClock(
        first_response=found.get(Target.FIRST_RESPONSE),
        next_response=cycle,
        resolution=found.get(Target.RESOLUTION),
        next_response_breaches=breaches,
        targets=tuple(found.values()),
    )


def _exchanges(timeline: Timeline, now: datetime) -> list[tuple[datetime, datetime | None]]:
    """(first unanswered customer message, the agent reply that answered it) after the first
    response, up to ``now``."""
    first = timeline.first_response
    replies = [r for r in timeline.replies if r <= now]
    cycles: list[tuple[datetime, datetime | None]] = []
    waiting: datetime | None = None
    events = sorted(
        [(m, 1) for m in timeline.customer_messages if first and first < m <= now]
        + [(r, 0) for r in replies]
    )
    for at, is_customer in events:
        if is_customer and waiting is None:
            waiting = at
        elif not is_customer and waiting is not None:
            cycles.append((waiting, at))
            waiting = None
    if waiting is not None:
        cycles.append((waiting, None))
    return cycles
