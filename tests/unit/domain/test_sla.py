"""SLA clocks on business hours: due times, countdowns, due-soon, breaches, pauses, cycles.

The desk is open 09:00-18:00 Monday to Friday in Almaty. 3 March 2025 is a Monday."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.entities import Priority, Status
from omniinbox.domain.sla import (
    SlaPolicy,
    SlaState,
    SlaTargets,
    StatusChange,
    Target,
    Timeline,
    compute_sla,
)

ALMATY = ZoneInfo("Asia/Almaty")
CAL = BusinessCalendar.office("Asia/Almaty")
POLICY = SlaPolicy(
    normal=SlaTargets(first_response=60, next_response=120, resolution=480),
    urgent=SlaTargets(first_response=15, next_response=30, resolution=120),
)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=ALMATY)


def change(at: datetime, status: Status) -> StatusChange:
    return StatusChange(at, status)


NEW = Timeline(created_at=t(3, 10), customer_messages=(t(3, 10),))


def test_default_policy_is_a_first_response_within_60_business_minutes() -> None:
    clock = compute_sla(SlaPolicy(), CAL, NEW, t(3, 10, 30))
    assert clock.first_response is not None and clock.first_response.minutes == 60
    assert clock.next_response is None and clock.resolution is None
    assert SlaPolicy().pause_while_pending


def test_a_fresh_conversation_counts_down() -> None:
    clock = compute_sla(POLICY, CAL, NEW, t(3, 10, 30))
    first = clock.first_response
    assert first is not None
    assert (first.due, first.remaining, first.state, first.met) == (t(3, 11), 30, SlaState.OK, None)
    assert clock.resolution is not None and clock.resolution.due == t(3, 18)
    assert clock.state is SlaState.OK
    assert clock.next_due is first
    assert clock.all_met is None


@pytest.mark.parametrize(
    ("now", "state", "remaining"),
    [
        (t(3, 10, 45), SlaState.OK, 15),  # 75% used, 15 minutes left
        (t(3, 10, 46), SlaState.DUE_SOON, 14),  # 77% used, but less than 15 minutes left
        (t(3, 10, 48), SlaState.DUE_SOON, 12),  # 80% used
        (t(3, 11), SlaState.BREACHED, 0),  # the due time itself: too late
        (t(3, 11, 5), SlaState.BREACHED, -5),
    ],
)
def test_first_response_states(now: datetime, state: SlaState, remaining: float) -> None:
    first = compute_sla(POLICY, CAL, NEW, now).first_response
    assert first is not None
    assert (first.state, first.remaining) == (state, remaining)


def test_due_soon_by_share_used_only() -> None:
    policy = SlaPolicy(
        normal=SlaTargets(first_response=600), due_soon_fraction=0.8, due_soon_minutes=None
    )
    # 600 business minutes from Monday 10:00: used 470 by 17:50 (78%), 480 by 18:00 (80%).
    assert compute_sla(policy, CAL, NEW, t(3, 17, 50)).state is SlaState.OK
    assert compute_sla(policy, CAL, NEW, t(3, 18)).state is SlaState.DUE_SOON
    # Outside hours nothing is used up: still due soon on Tuesday 08:00, not breached.
    clock = compute_sla(policy, CAL, NEW, t(4, 8))
    assert clock.state is SlaState.DUE_SOON
    assert clock.first_response is not None and clock.first_response.due == t(4, 11)


def test_answered_in_time_is_met_and_late_is_breached() -> None:
    on_time = Timeline(created_at=t(3, 10), agent_replies=(t(3, 10, 40),))
    clock = compute_sla(POLICY, CAL, on_time, t(3, 12))
    assert clock.first_response is not None
    assert (clock.first_response.met, clock.first_response.remaining) == (True, 20)
    late = Timeline(created_at=t(3, 10), first_response_at=t(3, 11, 10))
    clock = compute_sla(POLICY, CAL, late, t(3, 12))
    assert clock.first_response is not None
    assert clock.first_response.met is False
    assert clock.first_response.state is SlaState.BREACHED
    assert clock.any_breached and clock.all_met is False
    assert clock.state is SlaState.OK  # nothing running is late: the list shows no alarm


def test_a_friday_evening_message_is_due_on_monday_morning() -> None:
    friday = Timeline(created_at=t(7, 17, 30))
    clock = compute_sla(POLICY, CAL, friday, t(10, 9, 10))
    first = clock.first_response
    assert first is not None
    assert (first.due, first.remaining, first.state) == (t(10, 9, 30), 20, SlaState.OK)
    assert compute_sla(POLICY, CAL, friday, t(10, 9, 20)).state is SlaState.DUE_SOON
    # An answer on Saturday, when the desk is closed, still counts as before the due time.
    weekend = Timeline(created_at=t(7, 17, 30), first_response_at=t(8, 11))
    assert compute_sla(POLICY, CAL, weekend, t(10, 12)).first_response.met is True  # type: ignore[union-attr]


PENDING = Timeline(
    created_at=t(3, 10),
    customer_messages=(t(3, 10), t(3, 14)),
    agent_replies=(t(3, 10, 20),),
    status_changes=(change(t(3, 10, 20), Status.PENDING), change(t(3, 14), Status.OPEN)),
)


def test_pending_pauses_the_resolution_clock() -> None:
    clock = compute_sla(POLICY, CAL, PENDING, t(3, 15))
    res = clock.resolution
    assert res is not None
    # Ran 10:00-10:20 and 14:00-15:00: 80 of 480 used; 400 left from 15:00 -> Tuesday 12:40.
    assert (res.remaining, res.due, res.paused) == (400, t(4, 12, 40), False)


def test_while_pending_the_due_time_is_unknown_and_the_countdown_frozen() -> None:
    res = compute_sla(POLICY, CAL, PENDING, t(3, 12)).resolution
    assert res is not None
    assert (res.due, res.remaining, res.paused, res.state) == (None, 460, True, SlaState.OK)


def test_without_pause_pending_time_counts() -> None:
    policy = SlaPolicy(normal=POLICY.normal, pause_while_pending=False)
    res = compute_sla(policy, CAL, PENDING, t(3, 15)).resolution
    assert res is not None
    assert (res.due, res.remaining) == (t(3, 18), 180)


def test_the_customers_reply_starts_a_next_response_cycle() -> None:
    clock = compute_sla(POLICY, CAL, PENDING, t(3, 15))
    nxt = clock.next_response
    assert nxt is not None
    assert (nxt.started_at, nxt.due, nxt.remaining, nxt.state) == (
        t(3, 14),
        t(3, 16),
        60,
        SlaState.OK,
    )
    assert clock.next_due is nxt  # due before the resolution


def test_a_missed_earlier_cycle_is_counted() -> None:
    timeline = Timeline(
        created_at=t(3, 10),
        customer_messages=(t(3, 10), t(3, 11), t(3, 11, 30), t(3, 15)),
        agent_replies=(t(3, 10, 20), t(3, 14), t(3, 15, 10)),
    )
    clock = compute_sla(POLICY, CAL, timeline, t(3, 15, 30))
    # 11:00 -> answered 14:00: 180 > 120 minutes. 15:00 -> answered 15:10: met.
    assert clock.next_response_breaches == 1
    assert clock.next_response is not None and clock.next_response.met is True
    assert clock.any_breached


def test_resolution_met_or_breached() -> None:
    quick = Timeline(
        created_at=t(3, 10), agent_replies=(t(3, 10, 5),),
        status_changes=(change(t(3, 16), Status.RESOLVED),),
    )  # fmt: skip
    res = compute_sla(POLICY, CAL, quick, t(4, 9)).resolution
    assert res is not None and (res.met, res.remaining, res.due) == (True, 120, t(3, 18))
    slow = Timeline(created_at=t(3, 10), status_changes=(change(t(4, 10), Status.CLOSED),))
    clock = compute_sla(POLICY, CAL, slow, t(4, 12))
    assert clock.resolution is not None and clock.resolution.met is False


def test_resolving_fulfils_an_unanswered_first_response() -> None:
    spam = Timeline(created_at=t(3, 10), status_changes=(change(t(3, 10, 2), Status.RESOLVED),))
    clock = compute_sla(POLICY, CAL, spam, t(3, 12))
    assert clock.first_response is not None and clock.first_response.met is True
    assert clock.all_met is True


def test_a_reopened_conversation_resumes_its_resolution_clock() -> None:
    reopened = Timeline(
        created_at=t(3, 10),
        agent_replies=(t(3, 10, 10),),
        status_changes=(change(t(3, 12), Status.RESOLVED), change(t(3, 14), Status.OPEN)),
    )
    res = compute_sla(POLICY, CAL, reopened, t(3, 15)).resolution
    assert res is not None
    assert (res.met, res.remaining, res.due) == (None, 300, t(4, 11))


def test_urgent_priority_uses_its_own_targets() -> None:
    urgent = Timeline(created_at=t(3, 10), priority=Priority.URGENT)
    clock = compute_sla(POLICY, CAL, urgent, t(3, 10, 10))
    assert clock.first_response is not None and clock.first_response.due == t(3, 10, 15)
    assert clock.state is SlaState.DUE_SOON


def test_events_after_now_are_not_seen() -> None:
    answered_later = Timeline(created_at=t(3, 10), first_response_at=t(3, 11, 30))
    first = compute_sla(POLICY, CAL, answered_later, t(3, 10, 30)).first_response
    assert first is not None and first.met is None and first.remaining == 30


def test_untracked_targets_are_absent() -> None:
    clock = compute_sla(SlaPolicy(normal=SlaTargets(None, None, 60)), CAL, NEW, t(3, 10, 30))
    assert [s.target for s in clock.targets] == [Target.RESOLUTION]
