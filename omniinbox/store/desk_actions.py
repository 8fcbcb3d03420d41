"""What the desk does to conversations by itself, written like an agent's actions: messages
it queues (acknowledgements, surveys, rule replies, bulk notices) with a marker saying why a
machine wrote them and an idempotency key, status changes at a given time, and the small
facts the desk processor reads and records (what is new since its last run, the ack log)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from omniinbox.domain import Direction, NewMessage, Status
from omniinbox.domain.clock import from_iso, to_iso, utcnow
from omniinbox.store.core import ChangeSet, StoreError, dumps
from omniinbox.store.desk_notices import DeskNoticesMixin
from omniinbox.store.ingest import snippet_of

MARK_MESSAGES = "mark.messages"
MARK_STATUS = "mark.status_changes"


@dataclass(frozen=True, slots=True)
class InboundRow:
    """A message the desk processor has not handled yet (customers' ones are the point;
    agents' replies only move SLA clocks)."""

    id: int
    conversation_id: int
    account_id: int | None
    sent_at: datetime
    text: str
    subject: str
    language: str
    automatic: str
    sender: str  # the identity value (address, handle, chat id)
    sender_kind: str
    sender_name: str
    starts_conversation: bool  # the message that created its conversation
    direction: str = "in"


@dataclass(frozen=True, slots=True)
class StatusRow:
    id: int
    conversation_id: int
    at: datetime
    status: Status
    actor: str


class DeskActionsMixin(DeskNoticesMixin):
    # --- messages the desk writes -----------------------------------------------------------

    def desk_message(
        self,
        conversation_id: int,
        text: str,
        *,
        agent_id: int | None = None,
        author: str | None = None,
        automatic: str = "",
        key: str | None = None,
        at: datetime | None = None,
        not_before: datetime | None = None,
        payload: dict[str, Any] | None = None,
    ) -> tuple[int, ChangeSet]:
        """Queue an outbound message like `queue_reply`, with its time, an idempotency ``key``
        (queuing the same key again returns the first message and changes nothing) and, for
        machine-written messages, ``automatic`` (ack, csat, rule, bulk): those never count as
        the first response. ``not_before`` delays the send (bulk rate limits)."""
        if not text.strip():
            raise StoreError("the message is empty")
        key = key or uuid.uuid4().hex
        with self.tx():
            existing = self.one("SELECT message_id FROM outbox WHERE key = ?", (key,))
            if existing is not None:
                return int(existing[0] or 0), ChangeSet()
            conv = self.one("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
            if conv is None:
                raise StoreError(f"no conversation with id {conversation_id}")
            if conv["account_id"] is None:
                raise StoreError(f"ticket #{conv['ticket']} has no account to answer from")
            when = to_iso(at or utcnow())
            due = to_iso(not_before or utcnow())
            cur = self.db.execute(
                "INSERT INTO messages (conversation_id, account_id, direction, author, sent_at, "
                "subject, text, delivery, seen, automatic) "
                "VALUES (?, ?, 'out', ?, ?, ?, ?, 'queued', 1, ?)",
                (
                    conversation_id,
                    conv["account_id"],
                    author if author is not None else self._author(agent_id),
                    when,
                    conv["subject"],
                    text,
                    automatic,
                ),
            )
            message_id = int(cur.lastrowid or 0)
            self.db.execute(
                "INSERT INTO outbox (account_id, conversation_id, message_id, op, payload, key, "
                "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, 'send', ?, ?, ?, ?, ?)",
                (
                    conv["account_id"],
                    conversation_id,
                    message_id,
                    dumps({"agent_id": agent_id, "automatic": automatic, **(payload or {})}),
                    key,
                    due,
                    when,
                    when,
                ),
            )
            human = not automatic
            self.db.execute(
                "UPDATE conversations SET "
                "  snippet = CASE WHEN ? >= last_message_at THEN ? ELSE snippet END,"
                "  last_message_at = max(last_message_at, ?),"
                "  message_count = message_count + 1,"
                "  unread = CASE WHEN ? THEN 0 ELSE unread END,"
                "  first_response_at = CASE WHEN ? THEN coalesce(first_response_at, ?) "
                "    ELSE first_response_at END "
                "WHERE id = ?",
                (when, snippet_of(text), when, int(human), int(human), when, conversation_id),
            )
        return message_id, ChangeSet({conversation_id}, {message_id})

    def desk_status(
        self,
        conversation_ids: list[int],
        status: Status,
        actor: str = "",
        *,
        at: datetime | None = None,
        snoozed_until: datetime | None = None,
    ) -> ChangeSet:
        """`set_status` at a given time (rules on the timer, imports, replayed days)."""
        return self.set_status(  # type: ignore[attr-defined,no-any-return]
            conversation_ids, status, actor, snoozed_until=snoozed_until, at=at
        )

    def add_tags(self, conversation_id: int, tags: list[str]) -> ChangeSet:
        raw = self.scalar("SELECT tags FROM conversations WHERE id = ?", (conversation_id,))
        current = list(json.loads(raw or "[]"))
        wanted = current + [t for t in tags if t.strip() and t.strip() not in current]
        return self.set_tags(conversation_id, wanted) if wanted != current else ChangeSet()  # type: ignore[attr-defined]

    def snoozed_due(self, now: datetime) -> list[int]:
        """Snoozed conversations whose time to come back has come."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ?",
                (to_iso(now),),
            )
        ]

    # --- the reopen window: used by ingest --------------------------------------------------

    def desk_route(self, found: int | None, msg: NewMessage) -> tuple[int | None, int | None]:
        """Where a message goes: (conversation id or None for a new one, linked_to).

        A customer writing to a closed conversation, or to one resolved longer ago than the
        reopen window, starts a new conversation linked to the old one; a survey answer always
        stays (it never reopens anything)."""
        if found is None or msg.direction is not Direction.IN:
            return found, None
        row = self.one("SELECT status, resolved_at FROM conversations WHERE id = ?", (found,))
        if row is None or self.desk_keeps_status(found, msg):  # type: ignore[attr-defined]
            return found, None
        if row["status"] == Status.CLOSED.value:
            return None, found
        if row["status"] == Status.RESOLVED.value and row["resolved_at"]:
            window = timedelta(days=self.desk_settings().reopen_window_days)  # type: ignore[attr-defined]
            if (
                msg.sent_at.tzinfo is not None
                and msg.sent_at > from_iso(row["resolved_at"]) + window
            ):
                return None, found
        return found, None

    # --- what the processor has not seen yet ------------------------------------------------

    def desk_mark(self, key: str) -> int:
        return int(self.desk_value(key, 0) or 0)  # type: ignore[attr-defined]

    def set_desk_mark(self, key: str, value: int) -> None:
        self.set_desk_value(key, int(value))  # type: ignore[attr-defined]

    def desk_new_messages(self, limit: int = 200) -> list[InboundRow]:
        """Customer messages and replies after the processor's mark, oldest first."""
        rows = self.all(
            "SELECT m.*, (SELECT min(id) FROM messages f WHERE f.conversation_id = "
            "m.conversation_id) AS first_id FROM messages m "
            "WHERE m.id > ? AND m.direction != 'note' ORDER BY m.id LIMIT ?",
            (self.desk_mark(MARK_MESSAGES), limit),
        )
        out = []
        for r in rows:
            kind, _, value = str(r["author_identity"]).partition(":")
            out.append(
                InboundRow(
                    r["id"],
                    r["conversation_id"],
                    r["account_id"],
                    from_iso(r["sent_at"]),
                    r["text"],
                    r["subject"],
                    r["language"],
                    r["automatic"],
                    value or kind,
                    kind if value else "",
                    r["author"],
                    r["first_id"] == r["id"],
                    r["direction"],
                )
            )
        return out

    def desk_last_message_id(self) -> int:
        return int(self.scalar("SELECT coalesce(max(id), 0) FROM messages"))

    def desk_new_status_changes(self, limit: int = 200) -> list[StatusRow]:
        return [
            StatusRow(
                r["id"], r["conversation_id"], from_iso(r["at"]), Status(r["status"]), r["actor"]
            )
            for r in self.all(
                "SELECT * FROM status_changes WHERE id > ? ORDER BY id LIMIT ?",
                (self.desk_mark(MARK_STATUS), limit),
            )
        ]

    def set_message_facts(
        self, message_id: int, *, language: str | None = None, automatic: str | None = None
    ) -> None:
        if language is not None:
            self.db.execute("UPDATE messages SET language = ? WHERE id = ?", (language, message_id))
        if automatic is not None:
            self.db.execute(
                "UPDATE messages SET automatic = ? WHERE id = ?", (automatic, message_id)
            )

    def conversation_language(self, conversation_id: int) -> str:
        """The language of the customer's latest message that has one."""
        return str(
            self.scalar(
                "SELECT language FROM messages WHERE conversation_id = ? AND direction = 'in' "
                "AND language != '' ORDER BY sent_at DESC, id DESC LIMIT 1",
                (conversation_id,),
            )
            or ""
        )

    def has_human_reply(self, conversation_id: int) -> bool:
        return bool(
            self.scalar(
                "SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'out' "
                "AND automatic = '' AND delivery NOT IN ('failed', 'cancelled') LIMIT 1",
                (conversation_id,),
            )
        )

    # --- the ack log ------------------------------------------------------------------------

    def ack_times(self, identity: str, since: datetime) -> list[datetime]:
        return [
            from_iso(r[0])
            for r in self.db.execute(
                "SELECT at FROM acks WHERE identity = ? AND at > ? ORDER BY at",
                (identity, to_iso(since)),
            )
        ]

    def record_ack(self, identity: str, at: datetime) -> None:
        self.db.execute("INSERT INTO acks (identity, at) VALUES (?, ?)", (identity, to_iso(at)))

    # --- derived conversation fields --------------------------------------------------------

    def repair_first_response(self, conversation_ids: set[int]) -> set[int]:
        """first_response_at from the agents' own replies only: a sent acknowledgement or
        survey is not a response (the outbox stamps any first send). Returns what changed."""
        changed = set()
        for cid in conversation_ids:
            row = self.one(
                "SELECT first_response_at, (SELECT min(sent_at) FROM messages WHERE "
                "conversation_id = c.id AND direction = 'out' AND automatic = '' AND delivery "
                "NOT IN ('failed', 'cancelled')) AS human FROM conversations c WHERE id = ?",
                (cid,),
            )
            if row is None or row["first_response_at"] is None:
                continue
            if row["human"] is None or row["first_response_at"] < row["human"]:
                self.db.execute(
                    "UPDATE conversations SET first_response_at = ? WHERE id = ?",
                    (row["human"], cid),
                )
                changed.add(cid)
        return changed

    def automatic_outbound(self, message_ids: set[int]) -> set[int]:
        """The conversations of those messages that are machine-written outbound ones."""
        if not message_ids:
            return set()
        marks = ",".join("?" * len(message_ids))
        return {
            r[0]
            for r in self.db.execute(
                f"SELECT DISTINCT conversation_id FROM messages WHERE id IN ({marks}) "
                "AND direction = 'out' AND automatic != ''",
                tuple(message_ids),
            )
        }

    def set_sla(self, conversation_id: int, due: datetime | None, state: str) -> None:
        self.db.execute(
            "UPDATE conversations SET sla_due_at = ?, sla_state = ? WHERE id = ?",
            (to_iso(due) if due else None, state, conversation_id),
        )
