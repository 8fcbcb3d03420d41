"""Reading conversations in pages, as the list and the CLI show them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from omniinbox.domain import Attachment, Channel, Direction, Message, Priority, Status
from omniinbox.domain.clock import from_iso
from omniinbox.store.core import StoreBase, StoreError
from omniinbox.store.id_lists import read_ids
from omniinbox.store.search import fts_expression


@dataclass(frozen=True, slots=True)
class ConversationFilter:
    """Which conversations a view shows. Empty fields do not filter."""

    statuses: tuple[Status, ...] = ()
    owner_id: int | None = None
    unassigned: bool = False
    account_id: int | None = None
    channel: str = ""
    contact_id: int | None = None
    tag: str = ""
    unread: bool = False
    assigned: bool = False  # has an owner
    exclude_owner: int | None = None  # not this agent's (unassigned ones pass unless assigned)
    category: str = ""  # filed under this category key or below it ("billing" takes "billing.x")
    sla_due_before: str = ""  # an SLA clock due at or before this ISO time (overdue included)

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.statuses:
            clauses.append(f"c.status IN ({','.join('?' * len(self.statuses))})")
            params.extend(s.value for s in self.statuses)
        if self.owner_id is not None:
            clauses.append("c.owner_id = ?")
            params.append(self.owner_id)
        if self.unassigned:
            clauses.append("c.owner_id IS NULL")
        if self.account_id is not None:
            clauses.append("c.account_id = ?")
            params.append(self.account_id)
        if self.channel:
            clauses.append("c.channel = ?")
            params.append(self.channel)
        if self.contact_id is not None:
            clauses.append("c.contact_id = ?")
            params.append(self.contact_id)
        if self.tag:
            # The first two terms let SQLite read the partial index of tagged conversations
            # and skip json_each for rows that cannot carry the tag.
            clauses.append(
                "c.tags != '[]' AND instr(c.tags, ?) "
                "AND EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)"
            )
            params += [json.dumps(self.tag, ensure_ascii=False), self.tag]
        if self.unread:
            clauses.append("c.unread = 1")
        if self.assigned:
            clauses.append("c.owner_id IS NOT NULL")
        if self.exclude_owner is not None:
            clauses.append("c.owner_id IS NOT ?")
            params.append(self.exclude_owner)
        if self.sla_due_before:
            clauses.append("c.sla_due_at IS NOT NULL AND c.sla_due_at <= ?")
            params.append(self.sla_due_before)
        if self.category:
            clauses.append("c.category != '' AND (c.category = ? OR substr(c.category, 1, ?) = ?)")
            params += [self.category, len(self.category) + 1, self.category + "."]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    """A customer found by name, address, handle or ticket (e.g. to merge with)."""

    contact_id: int
    name: str
    handles: tuple[str, ...]  # each identity as shown (display name, else the address)
    conversations: int


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """One line of the conversation list."""

    id: int
    ticket: int
    subject: str
    snippet: str
    status: Status
    priority: Priority
    channel: str
    contact_id: int | None
    contact_name: str
    owner_id: int | None
    owner_name: str
    account_id: int | None
    last_message_at: str
    unread: bool
    message_count: int
    tags: tuple[str, ...] = field(default_factory=tuple)
    category: str = ""
    snoozed_until: str | None = None
    sla_due_at: str | None = None
    sla_state: str = ""
    collaborators: tuple[int, ...] = ()
    complaint: bool = False
    first_response_at: str | None = None
    resolved_at: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "ticket": self.ticket,
            "subject": self.subject,
            "status": self.status.value,
            "priority": self.priority.value,
            "channel": self.channel,
            "customer": self.contact_name,
            "owner": self.owner_name or None,
            "last_message_at": self.last_message_at,
            "unread": self.unread,
            "messages": self.message_count,
            "tags": list(self.tags),
            "category": self.category,
        }


_ROW_SQL = """
SELECT c.id, c.ticket, c.subject, c.snippet, c.status, c.priority, c.channel, c.contact_id,
       coalesce(p.name, '') AS contact_name, c.owner_id, coalesce(a.name, '') AS owner_name,
       c.account_id, c.last_message_at, c.unread, c.message_count, c.tags, c.category,
       c.snoozed_until, c.sla_due_at, c.sla_state, c.collaborators, c.complaint,
       c.first_response_at, c.resolved_at
FROM conversations c
LEFT JOIN contacts p ON p.id = c.contact_id
LEFT JOIN agents a ON a.id = c.owner_id
"""

ORDERS = {
    "last": "c.last_message_at DESC, c.id DESC",
    "oldest": "c.last_message_at ASC, c.id ASC",
    "ticket": "c.ticket DESC",
    "sla": "c.sla_due_at IS NULL, c.sla_due_at ASC, c.last_message_at DESC",
}


def _row(r) -> ConversationRow:  # type: ignore[no-untyped-def]
    return ConversationRow(
        id=r["id"],
        ticket=r["ticket"],
        subject=r["subject"],
        snippet=r["snippet"],
        status=Status(r["status"]),
        priority=Priority(r["priority"]),
        channel=r["channel"],
        contact_id=r["contact_id"],
        contact_name=r["contact_name"],
        owner_id=r["owner_id"],
        owner_name=r["owner_name"],
        account_id=r["account_id"],
        last_message_at=r["last_message_at"],
        unread=bool(r["unread"]),
        message_count=r["message_count"],
        tags=tuple(json.loads(r["tags"])),
        category=r["category"],
        snoozed_until=r["snoozed_until"],
        sla_due_at=r["sla_due_at"],
        sla_state=r["sla_state"],
        collaborators=tuple(json.loads(r["collaborators"])),
        complaint=bool(r["complaint"]),
        first_response_at=r["first_response_at"],
        resolved_at=r["resolved_at"],
    )


class QueriesMixin(StoreBase):
    def conversation_ids(
        self,
        flt: ConversationFilter = ConversationFilter(),
        order: str = "last",
        limit: int | None = None,
    ) -> list[int]:
        """Only the ids, in list order: what a model holds for a huge list (rows load lazily).
        ``limit``: only the first ones (a first screenful, before the whole list)."""
        where, params = flt.where()
        sql = f"SELECT c.id FROM conversations c{where} ORDER BY {ORDERS[order]}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return read_ids(self.db, sql, params)

    def conversations(
        self,
        flt: ConversationFilter = ConversationFilter(),
        *,
        order: str = "last",
        offset: int = 0,
        limit: int = 100,
    ) -> list[ConversationRow]:
        where, params = flt.where()
        sql = f"{_ROW_SQL}{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
        return [_row(r) for r in self.all(sql, (*params, limit, offset))]

    def conversation_rows(self, ids: list[int]) -> dict[int, ConversationRow]:
        """Rows for these ids (one query), e.g. the page a list is about to show."""
        if not ids:
            return {}
        sql = f"{_ROW_SQL} WHERE c.id IN ({','.join('?' * len(ids))})"
        return {r["id"]: _row(r) for r in self.all(sql, tuple(ids))}

    def count_conversations(self, flt: ConversationFilter = ConversationFilter()) -> int:
        where, params = flt.where()
        return int(self.scalar(f"SELECT count(*) FROM conversations c{where}", tuple(params)))

    def conversation(self, conversation_id: int) -> ConversationRow:
        row = self.one(f"{_ROW_SQL} WHERE c.id = ?", (conversation_id,))
        if row is None:
            raise StoreError(f"no conversation with id {conversation_id}")
        return _row(row)

    def conversation_by_ticket(self, ticket: int) -> ConversationRow:
        row = self.one(f"{_ROW_SQL} WHERE c.ticket = ?", (ticket,))
        if row is None:
            raise StoreError(f"no ticket #{ticket}")
        return _row(row)

    def messages(self, conversation_id: int) -> list[Message]:
        atts: dict[int, list[Attachment]] = {}
        for a in self.all(
            "SELECT a.* FROM attachments a JOIN messages m ON m.id = a.message_id "
            "WHERE m.conversation_id = ? ORDER BY a.id",
            (conversation_id,),
        ):
            atts.setdefault(a["message_id"], []).append(
                Attachment(a["id"], a["message_id"], a["name"], a["mime"], a["size"], a["sha256"])
            )
        return [
            Message(
                id=r["id"],
                conversation_id=r["conversation_id"],
                direction=Direction(r["direction"]),
                author=r["author"],
                sent_at=from_iso(r["sent_at"]),
                subject=r["subject"],
                text=r["text"],
                html=r["html"],
                delivery=r["delivery"],
                account_id=r["account_id"],
                remote_id=r["remote_id"],
                attachments=tuple(atts.get(r["id"], ())),
            )
            for r in self.all(
                "SELECT * FROM messages WHERE conversation_id = ? ORDER BY sent_at, id",
                (conversation_id,),
            )
        ]

    def message_flags(self, message_id: int) -> dict[str, object]:
        """Edited / deleted / parse note of one message, for the timeline."""
        r = self.one("SELECT edited, deleted, note FROM messages WHERE id = ?", (message_id,))
        return dict(r) if r else {}

    def contact_name(self, contact_id: int) -> str:
        return str(self.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,)) or "")

    def contact_identities(self, contact_id: int) -> list[tuple[str, str, str]]:
        """(kind, value, display) of every identity of the customer."""
        return [
            (r["kind"], r["value"], r["display"])
            for r in self.all(
                "SELECT kind, value, display FROM identities WHERE contact_id = ? ORDER BY kind",
                (contact_id,),
            )
        ]

    def channel_counts(self) -> dict[Channel | str, int]:
        return {
            r[0]: r[1]
            for r in self.db.execute("SELECT channel, count(*) FROM conversations GROUP BY channel")
        }

    def tag_counts(self) -> dict[str, int]:
        """Conversations per tag in use (reads only the tagged ones, through their index)."""
        counts: dict[str, int] = {}
        for tags, n in self.db.execute(
            "SELECT tags, count(*) FROM conversations WHERE tags != '[]' GROUP BY tags"
        ):
            for tag in set(json.loads(tags)):
                counts[tag] = counts.get(tag, 0) + n
        return counts

    def category_counts(self, *, top_level: bool = True) -> dict[str, int]:
        """Conversations per category key in use; with ``top_level`` a sub-category counts
        towards its top category ("billing.refund" in "billing")."""
        counts: dict[str, int] = {}
        for category, n in self.db.execute(
            "SELECT category, count(*) FROM conversations WHERE category != '' GROUP BY category"
        ):
            key = category.split(".")[0] if top_level else category
            counts[key] = counts.get(key, 0) + n
        return counts

    def find_customers(
        self, text: str, limit: int = 20, exclude: int | None = None
    ) -> list[CustomerMatch]:
        """Customers whose name or handles hold every word of ``text`` as a word start
        (``work.kz`` finds ``aigerim@work.kz``), most recently active first; or the customer
        of a ``#ticket``. ``exclude``: a customer left out (the one being merged into)."""
        words = text.split()
        if len(words) == 1 and re.fullmatch(r"#\d+", words[0]):
            row = self.one(
                "SELECT contact_id FROM conversations WHERE ticket = ?", (int(words[0][1:]),)
            )
            ids = [row[0]] if row is not None and row[0] is not None else []
        else:
            expression = fts_expression(tuple(words), "people")
            if not expression:
                return []
            ids = []
            sql = """
                SELECT c.contact_id FROM message_fts
                JOIN messages m ON m.id = message_fts.rowid
                JOIN conversations c ON c.id = m.conversation_id
                WHERE message_fts MATCH ? ORDER BY message_fts.rowid DESC
            """
            for (contact_id,) in self.db.execute(sql, (expression,)):
                if contact_id is not None and contact_id != exclude and contact_id not in ids:
                    ids.append(contact_id)
                    if len(ids) == limit:
                        break
        return [m for cid in ids[:limit] if cid != exclude and (m := self._customer_match(cid))]

    def _customer_match(self, contact_id: int) -> CustomerMatch | None:
        name = self.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,))
        if name is None:
            return None
        handles = tuple(
            r[0] or r[1]
            for r in self.db.execute(
                "SELECT display, value FROM identities WHERE contact_id = ? ORDER BY kind, id",
                (contact_id,),
            )
        )
        count = self.scalar(
            "SELECT count(*) FROM conversations WHERE contact_id = ?", (contact_id,)
        )
        return CustomerMatch(contact_id, str(name), handles, int(count))
