"""Full-text search: FTS5 (unicode61, diacritics folded) plus filter words.

Free words match as prefixes in subject, text, and the customer's names and handles, in any
script SQLite's unicode61 folds (Cyrillic, Kazakh, Georgian, Latin). Filter words narrow:
``from:`` (customer name or handle), ``channel:``, ``status:``, ``tag:``, and ``#1042``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omniinbox.store.core import StoreBase, fold

HIT_START, HIT_END = "\x02", "\x03"  # highlight marks; the UI and CLI turn them into their own
_FILTER = re.compile(r"^(from|channel|status|tag):(.+)$", re.IGNORECASE)
_TICKET = re.compile(r"^#(\d+)$")


@dataclass(frozen=True, slots=True)
class SearchHit:
    conversation_id: int
    message_id: int
    ticket: int
    subject: str
    snippet: str  # with HIT_START / HIT_END around matches
    customer: str
    sent_at: str
    status: str
    channel: str

    def as_json(self) -> dict[str, object]:
        return {
            "ticket": self.ticket,
            "subject": self.subject,
            "snippet": self.snippet.replace(HIT_START, "[").replace(HIT_END, "]"),
            "customer": self.customer,
            "sent_at": self.sent_at,
            "status": self.status,
            "channel": self.channel,
        }


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    sender: str = ""
    channel: str = ""
    status: str = ""
    tag: str = ""
    ticket: int | None = None


def parse_query(text: str) -> ParsedQuery:
    words: list[str] = []
    fields: dict[str, str] = {}
    ticket = None
    for token in text.split():
        if m := _FILTER.match(token):
            fields[m.group(1).lower()] = m.group(2)
        elif m := _TICKET.match(token):
            ticket = int(m.group(1))
        else:
            words.append(token)
    return ParsedQuery(
        tuple(words),
        fields.get("from", ""),
        fields.get("channel", "").lower(),
        fields.get("status", "").lower(),
        fields.get("tag", ""),
        ticket,
    )


def fts_expression(words: tuple[str, ...], column: str = "") -> str:
    """Each word as a quoted prefix term (quotes inside doubled): no FTS syntax leaks through."""
    terms = []
    for word in words:
        cleaned = word.strip("\"'.,;:!?()[]{}")
        if cleaned:
            terms.append('"' + fold(cleaned).replace('"', '""') + '"*')
    joined = " ".join(terms)
    return f"{column}:({joined})" if column and joined else joined


class SearchMixin(StoreBase):
    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        q = parse_query(text)
        clauses: list[str] = []
        params: list[object] = []
        match_parts = [
            p for p in (fts_expression(q.words), fts_expression((q.sender,), "people")) if p
        ]
        if q.channel:
            clauses.append("c.channel = ?")
            params.append(q.channel)
        if q.status:
            clauses.append("c.status = ?")
            params.append(q.status)
        if q.tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)")
            params.append(q.tag)
        if q.ticket is not None:
            clauses.append("c.ticket = ?")
            params.append(q.ticket)
        if not match_parts and not clauses:
            return []
        where = " AND ".join(clauses)
        if match_parts:
            sql = f"""
                SELECT m.conversation_id, m.id, c.ticket, c.subject,
                       snippet(message_fts, -1, '{HIT_START}', '{HIT_END}', '…', 12) AS snip,
                       coalesce(p.name, '') AS customer, m.sent_at, c.status, c.channel
                FROM message_fts
                JOIN messages m ON m.id = message_fts.rowid
                JOIN conversations c ON c.id = m.conversation_id
                LEFT JOIN contacts p ON p.id = c.contact_id
                WHERE message_fts MATCH ? {"AND " + where if where else ""}
                ORDER BY rank LIMIT ?
            """
            params = [" AND ".join(match_parts), *params]
        else:
            sql = f"""
                SELECT c.id, (SELECT max(id) FROM messages WHERE conversation_id = c.id), c.ticket,
                       c.subject, c.snippet, coalesce(p.name, ''), c.last_message_at, c.status,
                       c.channel
                FROM conversations c LEFT JOIN contacts p ON p.id = c.contact_id
                WHERE {where} ORDER BY c.last_message_at DESC LIMIT ?
            """
        # One hit per conversation (its best-ranked message); over-fetch to fill the page.
        hits: dict[int, SearchHit] = {}
        for r in self.db.execute(sql, (*params, limit * 4)):
            if r[0] not in hits:
                hits[r[0]] = SearchHit(*r)
                if len(hits) == limit:
                    break
        return list(hits.values())
