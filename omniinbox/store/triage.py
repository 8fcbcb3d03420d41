"""What an agent does to conversations, written locally first: status, owner, tags, notes,
snooze, drafts. Each returns the change-set the views refresh from."""

from __future__ import annotations

import json
from datetime import datetime

from omniinbox.domain import Priority, Status
from omniinbox.domain.clock import to_iso
from omniinbox.store.core import ChangeSet, StoreError, dumps, now_iso
from omniinbox.store.desk_notices import DeskNoticesMixin


class TriageMixin(DeskNoticesMixin):
    def add_note(
        self,
        conversation_id: int,
        text: str,
        agent_id: int | None = None,
        at: datetime | None = None,
        *,
        mentions: bool = True,
    ) -> int:
        """An internal note: stays on the desk, never queued. Agents it @mentions get a
        notice (their window notifies them) unless ``mentions`` is off (the desk's own notes
        that carry a notice of their own, like escalations)."""
        if not text.strip():
            raise StoreError("the note is empty")
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO messages (conversation_id, direction, author, sent_at, text, seen) "
                "VALUES (?, 'note', ?, ?, ?, 1)",
                (conversation_id, self._author(agent_id), to_iso(at) if at else now_iso(), text),
            )
            self.db.execute(
                "UPDATE conversations SET message_count = message_count + 1 WHERE id = ?",
                (conversation_id,),
            )
            message_id = int(cur.lastrowid or 0)
            if mentions:
                self.notify_mentions(conversation_id, message_id, text, agent_id)
        return message_id

    def set_status(
        self,
        conversation_ids: list[int],
        status: Status,
        actor: str = "",
        *,
        snoozed_until: datetime | None = None,
        at: datetime | None = None,
    ) -> ChangeSet:
        """Change status, keeping the history SLA clocks and KPIs are computed from. ``at`` is
        when it happened (timers and replayed days); the default is now."""
        if status is Status.SNOOZED and snoozed_until is None:
            raise StoreError("snoozing needs a time to come back")
        now = to_iso(at) if at else now_iso()
        with self.tx():
            for cid in conversation_ids:
                self.db.execute(
                    "UPDATE conversations SET status = ?, snoozed_until = ?, "
                    "resolved_at = CASE WHEN ? IN ('resolved', 'closed') "
                    "  THEN coalesce(resolved_at, ?) ELSE NULL END WHERE id = ?",
                    (
                        status.value,
                        to_iso(snoozed_until) if snoozed_until else None,
                        status.value,
                        now,
                        cid,
                    ),
                )
                self._record_status(cid, status, actor, now)
        return ChangeSet(set(conversation_ids))

    def _record_status(self, conversation_id: int, status: Status, actor: str, at: str) -> None:
        self.db.execute(
            "INSERT INTO status_changes (conversation_id, at, status, actor) VALUES (?, ?, ?, ?)",
            (conversation_id, at, status.value, actor),
        )
        self.audit("conversation.status", str(conversation_id), status.value, actor)

    def snooze(self, conversation_ids: list[int], until: datetime, actor: str = "") -> ChangeSet:
        return self.set_status(conversation_ids, Status.SNOOZED, actor, snoozed_until=until)

    def wake_snoozed(self, now: datetime) -> ChangeSet:
        """Snoozed conversations whose time has come are open again (called by a timer)."""
        due = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ?",
                (to_iso(now),),
            )
        ]
        return self.set_status(due, Status.OPEN, "snooze ended", at=now) if due else ChangeSet()

    def status_history(self, conversation_id: int) -> list[tuple[str, str, str]]:
        """(at, status, actor), oldest first."""
        return [
            (r[0], r[1], r[2])
            for r in self.db.execute(
                "SELECT at, status, actor FROM status_changes WHERE conversation_id = ? "
                "ORDER BY id",
                (conversation_id,),
            )
        ]

    def assign(
        self, conversation_ids: list[int], agent_id: int | None, actor: str = ""
    ) -> ChangeSet:
        with self.tx():
            for cid in conversation_ids:
                self.db.execute(
                    "UPDATE conversations SET owner_id = ? WHERE id = ?", (agent_id, cid)
                )
                self.audit("conversation.assign", str(cid), str(agent_id), actor)
        return ChangeSet(set(conversation_ids))

    def set_priority(
        self, conversation_ids: list[int], priority: Priority, actor: str = ""
    ) -> ChangeSet:
        with self.tx():
            for cid in conversation_ids:
                self.db.execute(
                    "UPDATE conversations SET priority = ? WHERE id = ?", (priority.value, cid)
                )
                self.audit("conversation.priority", str(cid), priority.value, actor)
        return ChangeSet(set(conversation_ids))

    def set_tags(self, conversation_id: int, tags: list[str]) -> ChangeSet:
        clean = sorted({t.strip() for t in tags if t.strip()})
        with self.tx():
            self.db.execute(
                "UPDATE conversations SET tags = ? WHERE id = ?", (dumps(clean), conversation_id)
            )
        return ChangeSet({conversation_id})

    def delete_conversation(self, conversation_id: int, actor: str = "") -> ChangeSet:
        """Delete locally (spam, tests). Its ticket number is never handed out again."""
        with self.tx():
            ticket = self.scalar(
                "SELECT ticket FROM conversations WHERE id = ?", (conversation_id,)
            )
            if ticket is None:
                raise StoreError(f"no conversation with id {conversation_id}")
            self.db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            self.audit("conversation.delete", f"#{ticket}", "", actor)
        return ChangeSet({conversation_id})

    def mark_read(self, conversation_id: int) -> ChangeSet:
        """Read locally at once; the channel learns it through the outbox."""
        changes = ChangeSet({conversation_id})
        now = now_iso()
        with self.tx():
            for r in self.all(
                "SELECT id, account_id, remote_id FROM messages WHERE conversation_id = ? "
                "AND direction = 'in' AND seen = 0",
                (conversation_id,),
            ):
                self.db.execute("UPDATE messages SET seen = 1 WHERE id = ?", (r["id"],))
                changes.messages.add(r["id"])
                if r["account_id"] is not None and r["remote_id"]:
                    self.db.execute(
                        "INSERT OR IGNORE INTO outbox (account_id, conversation_id, message_id, op,"
                        " payload, key, next_attempt_at, created_at, updated_at) "
                        "VALUES (?, ?, ?, 'seen', ?, ?, ?, ?, ?)",
                        (
                            r["account_id"],
                            conversation_id,
                            r["id"],
                            dumps({"remote_id": r["remote_id"]}),
                            f"seen:{r['id']}",
                            now,
                            now,
                            now,
                        ),
                    )
            self.db.execute("UPDATE conversations SET unread = 0 WHERE id = ?", (conversation_id,))
        return changes

    def set_category(
        self, conversation_ids: list[int], category: str, actor: str = ""
    ) -> ChangeSet:
        with self.tx():
            for cid in conversation_ids:
                self.db.execute(
                    "UPDATE conversations SET category = ? WHERE id = ?", (category.strip(), cid)
                )
                self.audit("conversation.category", str(cid), category, actor)
        return ChangeSet(set(conversation_ids))

    def set_resolution(
        self, conversation_id: int, *, complaint: bool, root_cause: str = "", actor: str = ""
    ) -> ChangeSet:
        with self.tx():
            self.db.execute(
                "UPDATE conversations SET complaint = ?, root_cause = ? WHERE id = ?",
                (int(complaint), root_cause.strip(), conversation_id),
            )
            self.audit("conversation.resolution", str(conversation_id), root_cause, actor)
        return ChangeSet({conversation_id})

    def collaborators(self, conversation_id: int) -> list[int]:
        raw = self.scalar(
            "SELECT collaborators FROM conversations WHERE id = ?", (conversation_id,)
        )
        return list(json.loads(raw or "[]"))

    def set_collaborators(
        self, conversation_id: int, agent_ids: list[int], actor: str = ""
    ) -> ChangeSet:
        """Helpers on a conversation; the owner stays the owner."""
        with self.tx():
            owner = self.scalar(
                "SELECT owner_id FROM conversations WHERE id = ?", (conversation_id,)
            )
            clean = sorted({a for a in agent_ids if a != owner})
            self.db.execute(
                "UPDATE conversations SET collaborators = ? WHERE id = ?",
                (dumps(clean), conversation_id),
            )
            self.audit("conversation.collaborators", str(conversation_id), dumps(clean), actor)
        return ChangeSet({conversation_id})

    # --- drafts: saved as the agent types, they survive a restart ----------------------------

    def save_draft(self, conversation_id: int, text: str, identity: str = "") -> None:
        with self.tx():
            if text.strip():
                self.db.execute(
                    "INSERT INTO drafts (conversation_id, text, identity, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(conversation_id) DO UPDATE SET "
                    "text = excluded.text, identity = excluded.identity, "
                    "updated_at = excluded.updated_at",
                    (conversation_id, text, identity, now_iso()),
                )
            else:
                self.db.execute("DELETE FROM drafts WHERE conversation_id = ?", (conversation_id,))

    def draft(self, conversation_id: int) -> tuple[str, str]:
        """(text, identity) of the saved draft, or empty strings."""
        row = self.one(
            "SELECT text, identity FROM drafts WHERE conversation_id = ?", (conversation_id,)
        )
        return (row["text"], row["identity"]) if row else ("", "")
