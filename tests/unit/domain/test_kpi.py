"""KPI formulas on a small week computed by hand (see docs/kpi.md for the definitions).

The desk is open 09:00-18:00 Monday to Friday in Almaty. The period is the week from Monday
3 March 2025 00:00 to Monday 10 March 00:00."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.kpi import (
    ConversationFacts,
    Distribution,
    KpiFilter,
    KpiReport,
    backlog_by_age,
    compute_kpis,
    distribution,
    percentile,
)

ALMATY = ZoneInfo("Asia/Almaty")
CAL = BusinessCalendar.office("Asia/Almaty")


def t(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=ALMATY)


START, END = t(3, 3, 0), t(3, 10, 0)

FACTS = [
    # 1: answered in 30 business minutes, resolved in 120 with one reply; a repeat follows (3).
    ConversationFacts(1, t(3, 3, 10), "email", 1, 1, "delivery.late", 100,
                      first_response_at=t(3, 3, 10, 30), resolved_at=t(3, 3, 12), csat=5,
                      csat_sent=True, sla_met=True, outbound_at=(t(3, 3, 10, 30),)),
    # 2: Monday 17:00 -> Tuesday 09:30 is 60 + 30 = 90; resolved Tuesday 11:00: 60 + 120 = 180.
    ConversationFacts(2, t(3, 3, 17), "telegram", 1, 2, "billing", 200,
                      first_response_at=t(3, 4, 9, 30), resolved_at=t(3, 4, 11), csat=3,
                      csat_sent=True, sla_met=False, outbound_at=(t(3, 4, 9, 30), t(3, 4, 11))),
    # 3: the same customer as 1, next morning; one reply but reopened once; surveyed, no score.
    ConversationFacts(3, t(3, 4, 9), "email", 1, 1, "delivery.late", 100,
                      first_response_at=t(3, 4, 9, 10), resolved_at=t(3, 5, 9), reopened=1,
                      csat_sent=True, sla_met=True, outbound_at=(t(3, 4, 9, 10),)),
    # 4: answered in 120, still open at the end: 4 days 10 hours old.
    ConversationFacts(4, t(3, 5, 14), "email", 1, 2, "refund", 300,
                      first_response_at=t(3, 5, 16), outbound_at=(t(3, 5, 16),)),
    # 5: Friday 17:00, never answered, SLA breached; 2 days 7 hours old at the end.
    ConversationFacts(5, t(3, 7, 17), "telegram", 2, 1, "other", 400, sla_met=False),
    # 6: created the week before, resolved in this period after three replies: 480 + 540 + 540
    #    + 360 = 1920 business minutes.
    ConversationFacts(6, t(2, 27, 10), "email", 1, 2, "delivery.lost", 500,
                      first_response_at=t(2, 27, 11), resolved_at=t(3, 4, 15), csat=4,
                      csat_sent=True, sla_met=True,
                      outbound_at=(t(2, 27, 11), t(3, 3, 10), t(3, 4, 15))),
    # 7: after the period; customer 200 again, but more than 7 days after 2 was resolved.
    ConversationFacts(7, t(3, 12, 10), "email", 1, 2, "billing", 200),
    # 8: spam on Saturday, closed without an answer: 0 business minutes.
    ConversationFacts(8, t(3, 8, 10), "email", 1, None, "other", 600, resolved_at=t(3, 8, 10, 5)),
]  # fmt: skip


@pytest.fixture(scope="module")
def report() -> KpiReport:
    return compute_kpis(FACTS, CAL, START, END)


def test_volume(report: KpiReport) -> None:
    assert report.volume == 6  # 1, 2, 3, 4, 5, 8
    assert report.volume_by_channel == {"email": 4, "telegram": 2}
    assert report.volume_by_category == {"billing": 1, "delivery.late": 2, "other": 2, "refund": 1}


def test_first_response_time(report: KpiReport) -> None:
    # Business minutes 30, 90, 10, 120: median (30 + 90) / 2, p90 at rank ceil(3.6) = 4.
    assert report.first_response == Distribution(count=4, median=60, p90=120, mean=62.5)
    assert report.unanswered == 2  # 5 and 8


def test_resolution_time(report: KpiReport) -> None:
    # Resolved in the period: 1, 2, 3, 6, 8 -> 120, 180, 540, 1920, 0.
    assert report.resolved == 5
    assert report.resolution == Distribution(count=5, median=180, p90=1920, mean=552)


def test_first_contact_resolution(report: KpiReport) -> None:
    # Answered before resolution: 1 (one reply), 2 (two), 3 (one, reopened), 6 (three); 8 left out.
    assert report.first_contact_resolution_rate == pytest.approx(1 / 4)


def test_repeat_contact_reopen_and_sla(report: KpiReport) -> None:
    assert report.repeat_contact_rate == pytest.approx(1 / 5)  # only 1 (customer 100 came back)
    assert report.reopen_rate == pytest.approx(1 / 5)  # only 3
    assert report.sla_compliance == pytest.approx(2 / 4)  # decided: 1 yes, 2 no, 3 yes, 5 no


def test_csat(report: KpiReport) -> None:
    assert report.csat_average == pytest.approx(4.0)  # 5, 3, 4
    assert report.csat_satisfied_rate == pytest.approx(2 / 3)
    assert report.csat_response_rate == pytest.approx(3 / 4)  # surveyed 1, 2, 3, 6


def test_backlog_by_age(report: KpiReport) -> None:
    assert report.backlog == {"under 1 day": 0, "1-3 days": 1, "3-7 days": 1, "over 7 days": 0}
    # On Tuesday 10:00: 2 (17 hours) and 3 (1 hour) are open, 6 is 5 days old; 1 was resolved.
    assert backlog_by_age(FACTS, t(3, 4, 10)) == {
        "under 1 day": 2, "1-3 days": 0, "3-7 days": 1, "over 7 days": 0
    }  # fmt: skip


def test_filters_by_agent_and_channel() -> None:
    mine = compute_kpis(FACTS, CAL, START, END, KpiFilter(agent_id=1))
    assert mine.volume == 3  # 1, 3, 5
    assert mine.first_response == Distribution(count=2, median=20, p90=30, mean=20)
    assert mine.resolved == 2 and mine.reopen_rate == pytest.approx(1 / 2)
    telegram = compute_kpis(FACTS, CAL, START, END, KpiFilter(channel="telegram"))
    assert telegram.volume == 2 and telegram.sla_compliance == 0.0
    nothing = compute_kpis(FACTS, CAL, START, END, KpiFilter(category="warranty"))
    assert nothing.volume == 0 and nothing.first_response == Distribution()
    assert nothing.reopen_rate is None and nothing.csat_average is None


def test_export_is_plain_json(report: KpiReport) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    assert data["start"] == "2025-03-03T00:00:00+05:00"
    assert data["first_response"]["median"] == 60
    assert data["backlog"]["3-7 days"] == 1


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [(range(1, 11), 0.9, 9), ([7], 0.9, 7), ([], 0.9, None), ([5, 1, 3], 0.5, 3), ([1, 2], 0.9, 2)],
)
def test_nearest_rank_percentile(values: list[int], q: float, expected: float | None) -> None:
    assert percentile(values, q) == expected


def test_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    assert distribution([4, 1, 3, 2]).median == 2.5
