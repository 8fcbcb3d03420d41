"""Bulk notification: one message to every customer of a segment, each on the channel that
customer last wrote from, through the outbox.

A job freezes its recipients when it starts. Each customer's message is queued in its own
transaction under the key ``bulk:<job>:<customer>``, so queuing again after a crash picks up
where it stopped and never queues anyone twice; the outbox itself never sends a row twice.
Sends are spread per account at the channel's rate (`DeskSettings.bulk_per_minute`) through
the rows' next attempt times, which the engine already honours.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from omniinbox.domain import format_ticket
from omniinbox.domain.clock import from_iso, to_iso, utcnow
from omniinbox.domain.templates import render, standard_variables
from omniinbox.store.core import ChangeSet, StoreBase, StoreError, dumps


@dataclass(frozen=True, slots=True)
class Segment:
    """Who gets the message; every field given narrows it (a saved search name or a search
    query, a conversation tag, a category and its sub-categories, explicit tickets)."""

    query: str = ""
    tag: str = ""
    category: str = ""
    tickets: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "tag": self.tag,
            "category": self.category,
            "tickets": list(self.tickets),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Segment:
        return cls(
            data.get("query", ""),
            data.get("tag", ""),
            data.get("category", ""),
            tuple(int(t) for t in data.get("tickets", ())),
        )

    @property
    def empty(self) -> bool:
        return not (self.query.strip() or self.tag.strip() or self.category.strip() or self.tickets)


@dataclass(frozen=True, slots=True)
class BulkRecipient:
    contact_id: int
    name: str
    account_id: int | None
    channel: str
    conversation_id: int | None  # None: a new conversation is started
    ticket: int | None
    text: str
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BulkJob:
    id: str
    created_at: str
    text: str
    subject: str
    segment: Segment
    recipients: tuple[int, ...]
    state: str
    agent_id: int | None = None


@dataclass(frozen=True, slots=True)
class BulkProgress:
    total: int
    queued: int = 0  # rows in the outbox, whatever their state
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    waiting: int = 0  # queued or sending
    no_channel: tuple[int, ...] = field(default=())  # customers with no account to write from

    @property
    def done(self) -> bool:
        return self.queued + len(self.no_channel) >= self.total and self.waiting == 0


def bulk_key(job_id: str, contact_id: int) -> str:
    return f"bulk:{job_id}:{contact_id}"


def _tidy(text: str, missing: tuple[str, ...]) -> str:
    """Drop placeholders that have no value, and the spaces and commas left around them."""
    for name in missing:
        text = re.sub(r"\{\{?\s*" + re.escape(name) + r"\s*\}?\}", "", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]+([,.!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text))


class DeskBulkMixin(StoreBase):
    def segment_contacts(self, segment: Segment) -> list[int]:
        """The customers of a segment, in ticket order of their first matching conversation."""
        if segment.empty:
            raise StoreError("choose who gets the message: a search, a tag, a category or tickets")
        sets: list[set[int]] = []
        if segment.query.strip():
            saved = self.scalar(
                "SELECT query FROM saved_searches WHERE name = ?", (segment.query.strip(),)
            )
            hits = self.search(saved or segment.query, limit=100_000)  # type: ignore[attr-defined]
            sets.append({h.conversation_id for h in hits})
        if segment.tag.strip():
            sets.append(
                {
                    r[0]
                    for r in self.db.execute(
                        "SELECT c.id FROM conversations c WHERE EXISTS (SELECT 1 FROM json_each(c.tags) "
                        "WHERE value = ?)",
                        (segment.tag.strip(),),
                    )
                }
            )
        if segment.category.strip():
            key = segment.category.strip()
            sets.append(
                {
                    r[0]
                    for r in self.db.execute(
                        "SELECT id FROM conversations WHERE category = ? OR category LIKE ?",
                        (key, key + ".%"),
                    )
                }
            )
        if segment.tickets:
            marks = ",".join("?" * len(segment.tickets))
            found = dict(
                self.db.execute(
                    f"SELECT ticket, id FROM conversations WHERE ticket IN ({marks})",
                    tuple(segment.tickets),
                ).fetchall()
            )
            unknown = [format_ticket(t) for t in segment.tickets if t not in found]
            if unknown:
                raise StoreError(f"no such ticket: {', '.join(unknown)}")
            sets.append(set(found.values()))
        ids = set.intersection(*sets)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT contact_id, min(ticket) FROM conversations WHERE id IN ({marks}) "
            "AND contact_id IS NOT NULL GROUP BY contact_id ORDER BY min(ticket)",
            tuple(ids),
        )
        return [r[0] for r in rows]

    def _bulk_target(self, contact_id: int) -> tuple[int | None, int | None, int | None]:
        """(account, conversation to append to or None, its ticket) on the customer's
        last-used channel: the account their latest own message came through."""
        row = self.one(
            "SELECT c.account_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "JOIN accounts a ON a.id = c.account_id WHERE c.contact_id = ? AND m.direction = 'in' "
            "AND m.automatic = '' AND a.enabled = 1 ORDER BY m.sent_at DESC, m.id DESC LIMIT 1",
            (contact_id,),
        )
        if row is None:
            return None, None, None
        conv = self.one(
            "SELECT id, ticket FROM conversations WHERE contact_id = ? AND account_id = ? "
            "AND status != 'closed' ORDER BY last_message_at DESC, id DESC LIMIT 1",
            (contact_id, row[0]),
        )
        return row[0], (conv[0] if conv else None), (conv[1] if conv else None)

    def _bulk_text(
        self,
        text: str,
        contact_id: int,
        ticket: int | None,
        agent_id: int | None,
        account_id: int | None,
    ) -> tuple[str, tuple[str, ...]]:
        account = self.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,)) or ""
        variables = standard_variables(
            ticket=format_ticket(ticket) if ticket else "",
            customer_name=str(
                self.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,)) or ""
            ),
            agent_name=self._author(agent_id),
            account_name=str(account),
        )
        rendered = render(text, variables)
        return rendered.text, rendered.missing

    def bulk_preview(
        self, segment: Segment, text: str, agent_id: int | None = None
    ) -> list[BulkRecipient]:
        """Each recipient with the text they would get (a new conversation's ticket shows as
        missing until it exists)."""
        if not text.strip():
            raise StoreError("the message is empty")
        out = []
        for contact_id in self.segment_contacts(segment):
            account_id, conversation_id, ticket = self._bulk_target(contact_id)
            body, missing = self._bulk_text(text, contact_id, ticket, agent_id, account_id)
            out.append(
                BulkRecipient(
                    contact_id,
                    str(self.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,)) or ""),
                    account_id,
                    self.account_channel(account_id) if account_id else "",  # type: ignore[attr-defined]
                    conversation_id,
                    ticket,
                    body,
                    missing,
                )
            )
        return out

    # --- jobs -------------------------------------------------------------------------------

    def start_bulk(
        self,
        segment: Segment,
        text: str,
        *,
        subject: str = "",
        agent_id: int | None = None,
        job_id: str | None = None,
        now: datetime | None = None,
    ) -> BulkJob:
        """Freeze the recipients of a new job (nothing is queued yet: see `queue_bulk`)."""
        recipients = self.segment_contacts(segment)
        if not text.strip():
            raise StoreError("the message is empty")
        if not recipients:
            raise StoreError("nobody is in that segment")
        job_id = job_id or uuid.uuid4().hex[:12]
        when = to_iso(now or utcnow())
        with self.tx():
            if self.scalar("SELECT 1 FROM bulk_jobs WHERE id = ?", (job_id,)):
                raise StoreError(f"a bulk notification {job_id!r} exists already")
            self.db.execute(
                "INSERT INTO bulk_jobs (id, created_at, updated_at, agent_id, subject, text, "
                "segment, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    job_id,
                    when,
                    when,
                    agent_id,
                    subject.strip(),
                    text,
                    dumps(segment.to_json()),
                    dumps(recipients),
                ),
            )
            self.audit("bulk.start", job_id, f"{len(recipients)} customers")
        return self.bulk_job(job_id)

    def bulk_job(self, job_id: str) -> BulkJob:
        r = self.one("SELECT * FROM bulk_jobs WHERE id = ?", (job_id,))
        if r is None:
            raise StoreError(f"no bulk notification {job_id!r}")
        return BulkJob(
            r["id"],
            r["created_at"],
            r["text"],
            r["subject"],
            Segment.from_json(json.loads(r["segment"])),
            tuple(json.loads(r["recipients"])),
            r["state"],
            r["agent_id"],
        )

    def bulk_jobs(self) -> list[BulkJob]:
        return [
            self.bulk_job(r[0])
            for r in self.db.execute("SELECT id FROM bulk_jobs ORDER BY created_at DESC, id")
        ]

    def _new_bulk_conversation(
        self, job: BulkJob, contact_id: int, account_id: int, at: str
    ) -> int:
        subject = job.subject or job.text.strip().splitlines()[0][:80]
        ticket = self.next_ticket()  # type: ignore[attr-defined]
        channel = self.account_channel(account_id)  # type: ignore[attr-defined]
        cur = self.db.execute(
            "INSERT INTO conversations (ticket, account_id, contact_id, channel, subject, status, "
            "created_at, last_message_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
            (ticket, account_id, contact_id, channel, subject, at, at),
        )
        return int(cur.lastrowid or 0)

    def queue_bulk(
        self,
        job_id: str,
        *,
        now: datetime | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> tuple[BulkProgress, ChangeSet]:
        """Queue the job's messages not queued yet (resumable); ``on_progress(done, total)``."""
        job = self.bulk_job(job_id)
        moment = now or utcnow()
        changes = ChangeSet()
        slots: dict[int, list[Any]] = {}  # account -> [slot start, used in slot]
        total = len(job.recipients)
        settings = self.desk_settings()  # type: ignore[attr-defined]
        for done, contact_id in enumerate(job.recipients, start=1):
            key = bulk_key(job.id, contact_id)
            if not self.scalar("SELECT 1 FROM outbox WHERE key = ?", (key,)):
                with self.tx():
                    account_id, conversation_id, ticket = self._bulk_target(contact_id)
                    if account_id is not None:
                        if conversation_id is None:
                            conversation_id = self._new_bulk_conversation(
                                job, contact_id, account_id, to_iso(moment)
                            )
                            ticket = self.scalar(
                                "SELECT ticket FROM conversations WHERE id = ?", (conversation_id,)
                            )
                            changes.new_conversations.add(conversation_id)
                        rate = settings.bulk_rate(self.account_channel(account_id))  # type: ignore[attr-defined]
                        slot = slots.setdefault(
                            account_id, self._last_slot(job.id, account_id, moment)
                        )
                        if slot[1] >= rate:
                            slot[0], slot[1] = slot[0] + timedelta(minutes=1), 0
                        slot[1] += 1
                        body, missing = self._bulk_text(
                            job.text, contact_id, ticket, job.agent_id, account_id
                        )
                        _, queued = self.desk_message(  # type: ignore[attr-defined]
                            conversation_id,
                            _tidy(body, missing),
                            agent_id=job.agent_id,
                            automatic="bulk",
                            key=key,
                            at=moment,
                            not_before=slot[0],
                            payload={"bulk": job.id},
                        )
                        changes.merge(queued)
            if on_progress is not None:
                on_progress(done, total)
        with self.tx():
            self.db.execute(
                "UPDATE bulk_jobs SET state = 'queued', updated_at = ? WHERE id = ?",
                (to_iso(moment), job.id),
            )
        return self.bulk_progress(job.id), changes

    def _last_slot(self, job_id: str, account_id: int, now: datetime) -> list[Any]:
        row = self.one(
            "SELECT max(next_attempt_at) FROM outbox WHERE key >= ? AND key < ? AND account_id = ? "
            "AND state = 'queued'",
            (f"bulk:{job_id}:", f"bulk:{job_id};", account_id),
        )
        if row is None or row[0] is None or from_iso(row[0]) <= now:
            return [now, 0]
        used = self.scalar(
            "SELECT count(*) FROM outbox WHERE key >= ? AND key < ? AND account_id = ? "
            "AND next_attempt_at = ?",
            (f"bulk:{job_id}:", f"bulk:{job_id};", account_id, row[0]),
        )
        return [from_iso(row[0]), int(used)]

    def bulk_progress(self, job_id: str) -> BulkProgress:
        job = self.bulk_job(job_id)
        counts = dict(
            self.db.execute(
                "SELECT state, count(*) FROM outbox WHERE key >= ? AND key < ? GROUP BY state",
                (f"bulk:{job_id}:", f"bulk:{job_id};"),
            ).fetchall()
        )
        queued_for = {
            int(r[0].rsplit(":", 1)[1])
            for r in self.db.execute(
                "SELECT key FROM outbox WHERE key >= ? AND key < ?",
                (f"bulk:{job_id}:", f"bulk:{job_id};"),
            )
        }
        stranded = tuple(c for c in job.recipients if c not in queued_for and job.state == "queued")
        return BulkProgress(
            total=len(job.recipients),
            queued=sum(counts.values()),
            sent=counts.get("sent", 0),
            failed=counts.get("failed", 0) + counts.get("cancelled", 0),
            uncertain=counts.get("uncertain", 0),
            waiting=counts.get("queued", 0) + counts.get("sending", 0),
            no_channel=stranded,
        )
