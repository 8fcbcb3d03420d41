"""KPIs of a period from the store, for the CLI and the dashboard: days on the desk's clock,
filters by name, and the report flattened to (metric, value) rows for CSV and tables."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from omniinbox.domain.clock import utcnow
from omniinbox.domain.kpi import KpiFilter, KpiReport, compute_kpis
from omniinbox.store import Store, StoreError


@dataclass(frozen=True, slots=True)
class KpiQuery:
    """A period of whole days on the desk's wall clock, ``last`` included, and filters by
    name (empty: everything)."""

    first: date
    last: date
    channel: str = ""
    account: str = ""
    agent: str = ""
    category: str = ""


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise StoreError(f"{text!r} is not a date like 2026-03-02") from None


def kpi_filter(store: Store, query: KpiQuery) -> KpiFilter:
    account_id = store.account_by_name(query.account).id if query.account else None
    agent_id = None
    if query.agent:
        found = [a for a in store.agents() if a.name.casefold() == query.agent.casefold()]
        if not found:
            names = ", ".join(a.name for a in store.agents()) or "none yet"
            raise StoreError(f"no agent named {query.agent!r} (agents: {names})")
        agent_id = found[0].id
    return KpiFilter(
        channel=query.channel or None,
        account_id=account_id,
        agent_id=agent_id,
        category=query.category or None,
    )


def kpi_report(store: Store, query: KpiQuery, now: datetime | None = None) -> KpiReport:
    """The KPIs of ``query``'s days. SLA compliance is judged at ``now`` (default: now)."""
    if query.last < query.first:
        raise StoreError("the period ends before it starts")
    base = store.business_calendar()
    start = datetime.combine(query.first, time(0), base.zone)
    end = datetime.combine(query.last + timedelta(days=1), time(0), base.zone)
    years = range(query.first.year - 1, query.last.year + 2)
    cal = store.desk_calendar(years)
    moment = now or utcnow()
    facts = store.kpi_facts(start, end, cal, store.sla_policy(), moment)
    as_of = min(end, moment) if moment > start else end
    return compute_kpis(facts, cal, start, end, kpi_filter(store, query), as_of=as_of)


def _flat(prefix: str, value: object, out: list[tuple[str, object]]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            name = str(key) or "(none)"  # e.g. conversations without a category
            _flat(f"{prefix}.{name}" if prefix else name, item, out)
    else:
        out.append((prefix, value))


def report_rows(report: KpiReport) -> list[tuple[str, object]]:
    """(metric, value) in report order, nested values as dotted names."""
    rows: list[tuple[str, object]] = []
    _flat("", report.to_dict(), rows)
    return rows


def report_csv(report: KpiReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["metric", "value"])
    for name, value in report_rows(report):
        writer.writerow([name, "" if value is None else value])
    return out.getvalue()


def report_json(report: KpiReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
