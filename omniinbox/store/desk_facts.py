"""Facts for SLA clocks and KPIs, read from stored conversations.

Only people count: a customer message a machine wrote (auto-reply, bounce) does not start or
restart a clock, and a message the desk wrote by itself (acknowledgement, survey, rule reply,
bulk notice) is no response. A conversation without any customer message written by a person
(a bulk notice that started one, a bounce) is not a contact and is left out of the KPIs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from omniinbox.domain import Priority, Status
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.clock import from_iso, to_iso
from omniinbox.domain.kpi import REPEAT_WINDOW, ConversationFacts
from omniinbox.domain.sla import SlaPolicy, StatusChange, Timeline, compute_sla
from omniinbox.store.core import StoreBase

_BY_A_PERSON = (
    "EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
    "AND m.direction = 'in' AND m.automatic = '')"
)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


class DeskFactsMixin(StoreBase):
    def _message_times(self, ids: list[int]) -> tuple[dict[int, list[datetime]], ...]:
        """(customer messages, agent replies, surveys) per conversation, oldest first."""
        inbound: dict[int, list[datetime]] = defaultdict(list)
        outbound: dict[int, list[datetime]] = defaultdict(list)
        surveys: dict[int, list[datetime]] = defaultdict(list)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(
                "SELECT conversation_id, sent_at, direction, automatic, delivery FROM messages "
                f"WHERE conversation_id IN ({marks}) AND direction != 'note' ORDER BY sent_at, id",
                tuple(chunk),
            ):
                cid, at, direction, automatic, delivery = r
                if direction == "in" and not automatic:
                    inbound[cid].append(from_iso(at))
                elif direction == "out" and automatic == "csat":
                    surveys[cid].append(from_iso(at))
                elif (
                    direction == "out" and not automatic and delivery not in ("failed", "cancelled")
                ):
                    outbound[cid].append(from_iso(at))
        return inbound, outbound, surveys

    def _status_changes(self, ids: list[int]) -> dict[int, list[StatusChange]]:
        found: dict[int, list[StatusChange]] = defaultdict(list)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for cid, at, status in self.db.execute(
                f"SELECT conversation_id, at, status FROM status_changes "
                f"WHERE conversation_id IN ({marks}) ORDER BY at, id",
                tuple(chunk),
            ):
                found[cid].append(StatusChange(from_iso(at), Status(status)))
        return found

    def sla_timelines(self, ids: list[int]) -> dict[int, Timeline]:
        """What the SLA clocks of these conversations are computed from."""
        if not ids:
            return {}
        inbound, outbound, _ = self._message_times(ids)
        changes = self._status_changes(ids)
        out = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for cid, created, priority in self.db.execute(
                f"SELECT id, created_at, priority FROM conversations WHERE id IN ({marks})",
                tuple(chunk),
            ):
                out[cid] = Timeline(
                    created_at=from_iso(created),
                    priority=Priority(priority),
                    customer_messages=tuple(inbound.get(cid, ())),
                    agent_replies=tuple(outbound.get(cid, ())),
                    status_changes=tuple(changes.get(cid, ())),
                )
        return out

    def sla_running_ids(self) -> list[int]:
        """Conversations whose clocks may still move: clocked, not resolved or closed."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations WHERE status NOT IN ('resolved', 'closed') "
                "AND sla_state != '' ORDER BY id"
            )
        ]

    def sla_states(self, ids: list[int]) -> dict[int, tuple[str | None, str]]:
        """(sla_due_at, sla_state) as stored."""
        found: dict[int, tuple[str | None, str]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for cid, due, state in self.db.execute(
                f"SELECT id, sla_due_at, sla_state FROM conversations WHERE id IN ({marks})",
                tuple(chunk),
            ):
                found[cid] = (due, state)
        return found

    def kpi_facts(
        self,
        start: datetime,
        end: datetime,
        cal: BusinessCalendar,
        policy: SlaPolicy,
        now: datetime,
    ) -> list[ConversationFacts]:
        """Facts for `domain.kpi.compute_kpis` over [start, end): conversations created in
        the period or up to 7 days after it (repeat contacts), resolved in it, or still open
        at its end (backlog). SLA met is judged at ``now``."""
        rows = self.all(
            "SELECT c.* FROM conversations c WHERE c.created_at < ? AND "
            "(c.created_at >= ? OR c.resolved_at IS NULL OR c.resolved_at >= ?) "
            f"AND {_BY_A_PERSON} ORDER BY c.created_at, c.id",
            (to_iso(end + REPEAT_WINDOW + timedelta(seconds=1)), to_iso(start), to_iso(start)),
        )
        ids = [r["id"] for r in rows]
        inbound, outbound, surveys = self._message_times(ids)
        timelines = self.sla_timelines(ids)
        facts = []
        for r in rows:
            cid = r["id"]
            clock = compute_sla(policy, cal, timelines[cid], now)
            replies = outbound.get(cid, [])
            facts.append(
                ConversationFacts(
                    ticket=r["ticket"],
                    created_at=from_iso(r["created_at"]),
                    channel=r["channel"],
                    account_id=r["account_id"],
                    agent_id=r["owner_id"],
                    category=r["category"],
                    contact_id=r["contact_id"],
                    first_response_at=replies[0] if replies else None,
                    resolved_at=from_iso(r["resolved_at"]) if r["resolved_at"] else None,
                    reopened=r["reopened"],
                    csat=r["csat"],
                    csat_sent=bool(surveys.get(cid)),
                    sla_met=clock.all_met if clock.targets else None,
                    inbound_at=tuple(inbound.get(cid, ())),
                    outbound_at=tuple(replies),
                )
            )
        return facts
