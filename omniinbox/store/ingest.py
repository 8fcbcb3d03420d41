"""Storing what connectors saw: contacts by identity, threading, dedup, one transaction per batch."""

from __future__ import annotations

from collections.abc import Iterable

from omniinbox.domain import (
    ContactInfo,
    Direction,
    Event,
    Identity,
    IncomingAttachment,
    MessageChanged,
    NewMessage,
    Reset,
    Status,
    parse_ticket_tag,
)
from omniinbox.domain.clock import to_iso
from omniinbox.store.core import ChangeSet, StoreBase, StoreError, now_iso

SNIPPET_CHARS = 160


def snippet_of(text: str) -> str:
    return " ".join(text.split())[:SNIPPET_CHARS]


class IngestMixin(StoreBase):
    def ingest(self, account_id: int, events: Iterable[Event], cursor: str | None) -> ChangeSet:
        """Store a batch and the cursor after it in ONE transaction: all or nothing."""
        changes = ChangeSet()
        with self.tx():
            channel = self.scalar("SELECT channel FROM accounts WHERE id = ?", (account_id,)) or ""
            for event in events:
                if isinstance(event, NewMessage):
                    self._ingest_message(account_id, channel, event, changes)
                elif isinstance(event, MessageChanged):
                    self._ingest_change(account_id, event, changes)
                elif isinstance(event, ContactInfo):
                    self._ingest_contact_info(event, changes)
                elif isinstance(event, Reset):
                    self.audit("account.reset", str(account_id), event.reason)
            if cursor is not None:
                self._set_cursor(account_id, cursor)  # type: ignore[attr-defined]
        return changes

    # --- contacts ---------------------------------------------------------------------------

    def contact_for(self, identity: Identity, name: str = "") -> int:
        """The contact owning this identity, created on first sight."""
        row = self.one(
            "SELECT contact_id FROM identities WHERE kind = ? AND value = ?",
            (identity.kind.value, identity.value),
        )
        if row is not None:
            return int(row[0])
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO contacts (name, created_at) VALUES (?, ?)",
                (name or identity.display or identity.value, now_iso()),
            )
            contact_id = int(cur.lastrowid or 0)
            self.db.execute(
                "INSERT INTO identities (contact_id, kind, value, display) VALUES (?, ?, ?, ?)",
                (contact_id, identity.kind.value, identity.value, identity.display),
            )
        return contact_id

    def add_identity(self, contact_id: int, identity: Identity) -> None:
        """Link another identity (email, Telegram id, X id, phone) to this customer."""
        with self.tx():
            owner = self.scalar(
                "SELECT contact_id FROM identities WHERE kind = ? AND value = ?",
                (identity.kind.value, identity.value),
            )
            if owner is not None and owner != contact_id:
                raise StoreError(
                    f"{identity.kind.value} {identity.value} already belongs to another customer"
                )
            self.db.execute(
                "INSERT OR IGNORE INTO identities (contact_id, kind, value, display) "
                "VALUES (?, ?, ?, ?)",
                (contact_id, identity.kind.value, identity.value, identity.display),
            )

    def _ingest_contact_info(self, info: ContactInfo, changes: ChangeSet) -> None:
        contact_id = self.contact_for(info.identity, info.name)
        if info.identity.display:
            self.db.execute(
                "UPDATE identities SET display = ? WHERE kind = ? AND value = ?",
                (info.identity.display, info.identity.kind.value, info.identity.value),
            )
        if info.name:
            self.db.execute(
                "UPDATE contacts SET name = ? WHERE id = ? AND (name = '' OR name = ?)",
                (info.name, contact_id, info.identity.value),
            )
        changes.contacts.add(contact_id)
        if info.extra:
            changes.merge(self.link_strong_identities(contact_id, dict(info.extra)))  # type: ignore[attr-defined]

    # --- messages ---------------------------------------------------------------------------

    def next_ticket(self) -> int:
        """The next ticket number: per workspace, monotonic, never reused (even after deletes)."""
        with self.tx():
            row = self.db.execute(
                "UPDATE counters SET value = value + 1 WHERE name = 'ticket' RETURNING value"
            ).fetchone()
            return int(row[0])

    def _find_conversation(self, account_id: int, msg: NewMessage, contact_id: int) -> int | None:
        if msg.replies_to:
            marks = ",".join("?" * len(msg.replies_to))
            row = self.one(
                f"SELECT conversation_id FROM messages WHERE account_id = ? AND remote_id IN ({marks}) "
                "ORDER BY sent_at DESC LIMIT 1",
                (account_id, *msg.replies_to),
            )
            if row is not None:
                return int(row[0])
        if msg.thread_key:  # a closed one is found too: desk_route starts a linked one
            row = self.one(
                "SELECT id FROM conversations WHERE account_id = ? AND thread_key = ? "
                "ORDER BY last_message_at DESC LIMIT 1",
                (account_id, msg.thread_key),
            )
            if row is not None:
                return int(row[0])
        ticket = parse_ticket_tag(msg.subject)
        if ticket is not None:
            row = self.one(
                "SELECT id FROM conversations WHERE ticket = ? AND contact_id = ?",
                (ticket, contact_id),
            )
            if row is not None:
                return int(row[0])
        return None

    def _ingest_message(
        self, account_id: int, channel: str, msg: NewMessage, changes: ChangeSet
    ) -> None:
        exists = self.one(
            "SELECT id FROM messages WHERE account_id = ? AND remote_id = ?",
            (account_id, msg.remote_id),
        )
        if exists is not None:
            return  # re-ingesting never duplicates
        customer = msg.sender
        if msg.direction is not Direction.IN and msg.recipient is not None:
            customer = msg.recipient
        contact_id = self.contact_for(
            customer, msg.sender_name if msg.direction is Direction.IN else ""
        )
        sent_at = to_iso(msg.sent_at)
        # The reopen window (store.desk_actions): a late reply starts a linked conversation.
        conversation_id, linked_to = self.desk_route(  # type: ignore[attr-defined]
            self._find_conversation(account_id, msg, contact_id), msg
        )
        if conversation_id is None:
            cur = self.db.execute(
                "INSERT INTO conversations (ticket, account_id, contact_id, channel, thread_key, "
                "subject, created_at, last_message_at, linked_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.next_ticket(),
                    account_id,
                    contact_id,
                    channel,
                    msg.thread_key,
                    msg.subject or snippet_of(msg.text)[:80],
                    sent_at,
                    sent_at,
                    linked_to,
                ),
            )
            conversation_id = int(cur.lastrowid or 0)
            changes.new_conversations.add(conversation_id)
        # Raw messages up to blobs.INLINE_MAX are rows of this transaction, not files.
        raw_sha = self.blobs.put(msg.raw, inline=True) if msg.raw is not None else None
        cur = self.db.execute(
            "INSERT INTO messages (conversation_id, account_id, remote_id, direction, author, "
            "author_identity, sent_at, subject, text, html, seen, note, raw_sha256, language, "
            "delivery, automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                account_id,
                msg.remote_id,
                msg.direction.value,
                msg.sender_name or msg.sender.display or msg.sender.value,
                f"{msg.sender.kind.value}:{msg.sender.value}",
                sent_at,
                msg.subject,
                msg.text,
                msg.html,
                int(msg.seen or msg.direction is not Direction.IN),
                msg.note,
                raw_sha,
                msg.language,
                "sent" if msg.direction is Direction.OUT else "",
                msg.automatic,
            ),
        )
        message_id = int(cur.lastrowid or 0)
        for att in msg.attachments:
            self._add_attachment(message_id, att)
        self._touch_conversation(conversation_id, msg, sent_at)
        changes.messages.add(message_id)
        changes.conversations.add(conversation_id)

    def _add_attachment(self, message_id: int, att: IncomingAttachment) -> None:
        sha = self.blobs.put(att.content) if att.content is not None else None
        self.db.execute(
            "INSERT INTO attachments (message_id, name, mime, size, sha256, remote_ref) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (message_id, att.name, att.mime, att.size, sha, att.remote_ref),
        )

    def _touch_conversation(self, conversation_id: int, msg: NewMessage, sent_at: str) -> None:
        inbound = msg.direction is Direction.IN
        status = self.scalar("SELECT status FROM conversations WHERE id = ?", (conversation_id,))
        # A customer writing again brings a waiting or resolved conversation back to the desk.
        reopen = inbound and status in (Status.PENDING.value, Status.RESOLVED.value)
        # ...except a satisfaction survey's answer (store.desk_csat), scored without reopening.
        reopen = reopen and not self.desk_keeps_status(conversation_id, msg)  # type: ignore[attr-defined]
        self.db.execute(
            "UPDATE conversations SET "
            "  message_count = message_count + 1,"
            "  unread = unread OR ?,"
            "  snippet = CASE WHEN ? >= last_message_at THEN ? ELSE snippet END,"
            "  last_message_at = max(last_message_at, ?),"
            "  first_response_at = CASE WHEN ? THEN coalesce(first_response_at, ?) "
            "    ELSE first_response_at END,"
            "  status = CASE WHEN ? THEN 'open' ELSE status END,"
            "  reopened = reopened + (? AND status = 'resolved'),"
            "  resolved_at = CASE WHEN ? THEN NULL ELSE resolved_at END "
            "WHERE id = ?",
            (
                int(inbound and not msg.seen),
                sent_at,
                snippet_of(msg.text),
                sent_at,
                int(msg.direction is Direction.OUT),
                sent_at,
                int(reopen),
                int(reopen),
                int(reopen),
                conversation_id,
            ),
        )
        if reopen:
            self.db.execute(
                "INSERT INTO status_changes (conversation_id, at, status, actor) "
                "VALUES (?, ?, 'open', 'customer replied')",
                (conversation_id, sent_at),
            )

    def _ingest_change(self, account_id: int, change: MessageChanged, changes: ChangeSet) -> None:
        row = self.one(
            "SELECT id, conversation_id, text FROM messages WHERE account_id = ? AND remote_id = ?",
            (account_id, change.remote_id),
        )
        if row is None:
            return
        message_id, conversation_id = int(row["id"]), int(row["conversation_id"])
        if change.seen is not None:
            self.db.execute(
                "UPDATE messages SET seen = ? WHERE id = ?", (int(change.seen), message_id)
            )
        if change.text is not None and change.text != row["text"]:
            self.audit("message.edited", str(message_id), row["text"])  # the old text is kept
            self.db.execute(
                "UPDATE messages SET text = ?, edited = 1 WHERE id = ?", (change.text, message_id)
            )
        if change.deleted:
            self.db.execute("UPDATE messages SET deleted = 1 WHERE id = ?", (message_id,))
        self.db.execute(
            "UPDATE conversations SET unread = EXISTS (SELECT 1 FROM messages "
            "WHERE conversation_id = ? AND direction = 'in' AND seen = 0) WHERE id = ?",
            (conversation_id, conversation_id),
        )
        changes.messages.add(message_id)
        changes.conversations.add(conversation_id)
