"""Full-text search: FTS5 (unicode61, diacritics folded) plus filter words.

Free words match as prefixes in subject, text, and the customer's names and handles, in any
script SQLite's unicode61 folds (Cyrillic, Kazakh, Georgian, Latin). Filter words narrow:
``from:`` (customer name or handle), ``channel:``, ``status:``, ``tag:``, and ``#1042``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from omniinbox.store.core import StoreBase, fold
from omniinbox.store.highlight import HIT_END, HIT_START, query_terms, snippet
from omniinbox.store.list_indexes import SEARCH_INDEX

__all__ = ["HIT_END", "HIT_START", "ParsedQuery", "SearchHit", "SearchMixin", "parse_query"]
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


RANK_WINDOW = 2_000  # matching messages, newest first, that relevance ranks among
_CHUNK = 500  # ids per IN (...) when reading the winners


@dataclass(frozen=True, slots=True)
class _Plan:
    match: str  # the FTS expression, "" when only filters were given
    where: str  # SQL on ``c`` (conversations), "" when none
    params: tuple[object, ...]
    terms: tuple[str, ...]  # what to mark in the snippets


def _plan(text: str) -> _Plan | None:
    q = parse_query(text)
    clauses: list[str] = []
    params: list[object] = []
    if q.channel:
        clauses.append("c.channel = ?")
        params.append(q.channel)
    if q.status:
        clauses.append("c.status = ?")
        params.append(q.status)
    if q.tag:
        # instr() first: cheap, and it leaves json_each only the rows that may carry the tag.
        clauses.append(
            "instr(c.tags, ?) AND EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)"
        )
        params += [json.dumps(q.tag, ensure_ascii=False), q.tag]
    if q.ticket is not None:
        clauses.append("c.ticket = ?")
        params.append(q.ticket)
    parts = [p for p in (fts_expression(q.words), fts_expression((q.sender,), "people")) if p]
    if not parts and not clauses:
        return None
    return _Plan(" AND ".join(parts), " AND ".join(clauses), tuple(params), query_terms(q.words))


class SearchMixin(StoreBase):
    def search(
        self, text: str, limit: int = 50, *, order: str = "rank", window: int | None = None
    ) -> list[SearchHit]:
        """Conversations matching ``text``, one hit each (its best message), at most ``limit``.

        ``order="recent"``: the conversations of the newest matching messages, newest first;
        it stops reading as soon as ``limit`` are found, so a first page costs milliseconds
        whatever the size of the desk. ``order="rank"``: by relevance (FTS5 bm25) among the
        newest ``window`` matching messages (default ``max(RANK_WINDOW, 4 * limit)``), so a
        common word on a million messages is not scored a hundred thousand times.

        Done in two steps: the winning message ids first (no text read), then their rows, and
        snippets marked in Python (``highlight``) for those winners only."""
        if order not in ("rank", "recent"):
            raise ValueError(f"unknown search order {order!r}")
        plan = _plan(text)
        if plan is None or limit <= 0:
            return []
        if not plan.match:
            return self._filtered(plan, limit)
        if order == "recent":
            winners = self._newest(plan, limit)
        else:
            winners = self._ranked(plan, limit, window or max(RANK_WINDOW, 4 * limit))
        return self._hits(winners, plan.terms)

    def _newest(self, plan: _Plan, limit: int) -> list[int]:
        """Message ids of the newest match of each conversation, newest first."""
        where = f"AND {plan.where}" if plan.where else ""
        join = "JOIN conversations c ON c.id = m.conversation_id" if plan.where else ""
        sql = f"""
            SELECT message_fts.rowid, m.conversation_id FROM message_fts
            JOIN messages m INDEXED BY {SEARCH_INDEX} ON m.id = message_fts.rowid {join}
            WHERE message_fts MATCH ? {where} ORDER BY message_fts.rowid DESC
        """
        seen: dict[int, int] = {}
        for message_id, conversation_id in self.db.execute(sql, (plan.match, *plan.params)):
            if conversation_id not in seen:
                seen[conversation_id] = message_id
                if len(seen) == limit:
                    break  # the cursor stops here: nothing older is read
        return list(seen.values())

    def _ranked(self, plan: _Plan, limit: int, window: int) -> list[int]:
        """Message ids of the best-ranked match of each conversation, best first.

        The window is materialised in FROM: a ``rowid IN (subquery)`` beside MATCH makes
        SQLite run the MATCH once per listed rowid, far slower at scale."""
        if plan.where:
            inner = f"""
                SELECT message_fts.rowid AS mid, m.conversation_id AS cid, message_fts.rank AS r
                FROM message_fts
                JOIN messages m INDEXED BY {SEARCH_INDEX} ON m.id = message_fts.rowid
                JOIN conversations c ON c.id = m.conversation_id
                WHERE message_fts MATCH ? AND {plan.where}
                ORDER BY message_fts.rowid DESC LIMIT ?"""
            outer = "SELECT cid, mid, min(r) AS best FROM win"
        else:
            inner = """
                SELECT rowid AS mid, rank AS r FROM message_fts WHERE message_fts MATCH ?
                ORDER BY rowid DESC LIMIT ?"""
            outer = (
                "SELECT m.conversation_id AS cid, win.mid, min(win.r) AS best "
                f"FROM win JOIN messages m INDEXED BY {SEARCH_INDEX} ON m.id = win.mid"
            )
        sql = f"""
            WITH win AS MATERIALIZED ({inner})
            {outer} GROUP BY cid ORDER BY best, cid DESC LIMIT ?
        """
        rows = self.db.execute(sql, (plan.match, *plan.params, window, limit))
        return [r[1] for r in rows]

    def _hits(self, message_ids: list[int], terms: tuple[str, ...]) -> list[SearchHit]:
        """The winners' rows, in the winners' order, with their snippets."""
        found: dict[int, SearchHit] = {}
        for first in range(0, len(message_ids), _CHUNK):
            chunk = message_ids[first : first + _CHUNK]
            sql = f"""
                SELECT m.id, m.conversation_id, c.ticket, c.subject, m.subject, m.text,
                       coalesce(p.name, ''), m.sent_at, c.status, c.channel
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                LEFT JOIN contacts p ON p.id = c.contact_id
                WHERE m.id IN ({",".join("?" * len(chunk))})
            """
            for (
                mid,
                cid,
                ticket,
                subject,
                msg_subject,
                body,
                name,
                sent,
                status,
                channel,
            ) in self.db.execute(sql, chunk):
                marked = snippet(msg_subject, body, terms)
                found[mid] = SearchHit(
                    cid, mid, ticket, subject, marked, name, sent, status, channel
                )
        return [found[mid] for mid in message_ids if mid in found]

    def _filtered(self, plan: _Plan, limit: int) -> list[SearchHit]:
        """Filter words only: the newest conversations that pass, with their last message."""
        sql = f"""
            SELECT c.id, (SELECT max(id) FROM messages WHERE conversation_id = c.id), c.ticket,
                   c.subject, c.snippet, coalesce(p.name, ''), c.last_message_at, c.status,
                   c.channel
            FROM conversations c LEFT JOIN contacts p ON p.id = c.contact_id
            WHERE {plan.where} ORDER BY c.last_message_at DESC LIMIT ?
        """
        return [SearchHit(*r) for r in self.db.execute(sql, (*plan.params, limit))]
