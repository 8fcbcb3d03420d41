"""Desk notices: what the desk wants a particular agent to hear about at once, such as a rule
escalating a conversation to them. The engine writes a notice in the same transaction as the
escalation note; the window of the agent it is for turns new notices into desktop
notifications. Kept rows are also the escalation history of a conversation.

Schema step 8 (`omniinbox.store.desk_schema`) adds the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from omniinbox.domain.clock import from_iso, to_iso
from omniinbox.domain.mentions import mentioned_agents
from omniinbox.store.core import StoreBase, now_iso

ESCALATION = "escalation"
MENTION = "mention"  # an agent @mentioned in another agent's internal note


@dataclass(frozen=True, slots=True)
class Notice:
    id: int
    at: datetime
    kind: str
    conversation_id: int
    agent_id: int | None
    message_id: int | None
    actor: str  # e.g. "rule:VIP customers"
    text: str
    ticket: int
    subject: str
    customer: str


class DeskNoticesMixin(StoreBase):
    def add_notice(
        self,
        kind: str,
        conversation_id: int,
        agent_id: int | None,
        *,
        message_id: int | None = None,
        actor: str = "",
        text: str = "",
        at: datetime | None = None,
    ) -> int:
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO desk_notices "
                "(at, kind, conversation_id, agent_id, message_id, actor, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    to_iso(at) if at else now_iso(),
                    kind,
                    conversation_id,
                    agent_id,
                    message_id,
                    actor,
                    text,
                ),
            )
        return int(cur.lastrowid or 0)

    def notify_mentions(
        self, conversation_id: int, message_id: int, text: str, author_id: int | None
    ) -> list[int]:
        """A notice for each agent the note @mentions (never its own author); their ids."""
        agents = self.all("SELECT id, name FROM agents WHERE active = 1 ORDER BY id")
        called = [
            a
            for a in mentioned_agents(text, [(int(r[0]), str(r[1])) for r in agents])
            if a != author_id
        ]
        author = self.scalar("SELECT name FROM agents WHERE id = ?", (author_id,)) or ""
        for agent_id in called:
            self.add_notice(
                MENTION, conversation_id, agent_id, message_id=message_id, actor=author, text=text
            )
        return called

    def last_notice_id(self) -> int:
        return int(self.scalar("SELECT coalesce(max(id), 0) FROM desk_notices") or 0)

    def notices_after(self, after_id: int, agent_id: int | None = None) -> list[Notice]:
        """Notices newer than ``after_id``, oldest first; for one agent when given."""
        sql = (
            "SELECT n.*, c.ticket, c.subject, coalesce(p.name, '') AS customer "
            "FROM desk_notices n JOIN conversations c ON c.id = n.conversation_id "
            "LEFT JOIN contacts p ON p.id = c.contact_id WHERE n.id > ?"
        )
        params: tuple[int, ...] = (after_id,)
        if agent_id is not None:
            sql += " AND n.agent_id = ?"
            params = (after_id, agent_id)
        return [
            Notice(
                r["id"],
                from_iso(r["at"]),
                r["kind"],
                r["conversation_id"],
                r["agent_id"],
                r["message_id"],
                r["actor"],
                r["text"],
                r["ticket"],
                r["subject"],
                r["customer"],
            )
            for r in self.all(sql + " ORDER BY n.id", params)
        ]
