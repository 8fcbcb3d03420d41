"""Agent actions written locally first, and the outbox that carries them to the channels.

Every action shows at once (it is a row here); what must reach a remote system becomes an
outbox row that the engine drains in order per conversation, never sending twice.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from omniinbox.domain import Identity
from omniinbox.domain.clock import to_iso, utcnow
from omniinbox.store.core import ChangeSet, StoreBase, StoreError, dumps, now_iso
from omniinbox.store.ingest import snippet_of


class OutboxState:
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One queued operation with what a connector needs to carry it out."""

    id: int
    account_id: int
    conversation_id: int | None
    message_id: int | None
    op: str  # "send" or a StateOp kind ("seen", "tag-add", ...)
    key: str
    state: str
    attempts: int
    payload: dict[str, str]
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """What a send needs beyond the text: who to, on which thread, answering what."""

    to_kind: str
    to_value: str
    to_display: str
    subject: str
    thread_key: str
    in_reply_to: tuple[str, ...]
    ticket: int
    from_name: str


# Which channel answers which kind of identity (a phone is answered on Telegram, where it was
# shared; there is no SMS channel yet).
CHANNEL_OF_IDENTITY = {"email": "email", "telegram": "telegram", "x": "x", "phone": "telegram"}


def _item(r) -> OutboxItem:  # type: ignore[no-untyped-def]
    return OutboxItem(
        r["id"],
        r["account_id"],
        r["conversation_id"],
        r["message_id"],
        r["op"],
        r["key"],
        r["state"],
        r["attempts"],
        json.loads(r["payload"]),
        r["last_error"],
    )


class OutboxMixin(StoreBase):
    # --- local actions ----------------------------------------------------------------------

    def queue_reply(
        self,
        conversation_id: int,
        text: str,
        agent_id: int | None = None,
        *,
        via: Identity | None = None,
    ) -> tuple[int, ChangeSet]:
        """Write the reply as a queued outbound message and an outbox row, in one transaction.

        ``via`` answers on another identity of the same customer (a Telegram complaint moved to
        email for an invoice): it goes out through an account of that channel, and the switch
        is recorded in the conversation as a note.
        """
        if not text.strip():
            raise StoreError("the reply is empty")
        conv = self.one("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
        if conv is None:
            raise StoreError(f"no conversation with id {conversation_id}")
        account_id = conv["account_id"]
        payload: dict[str, object] = {"agent_id": agent_id}
        if via is not None:
            account_id = self._account_for_identity(conv, via)
            payload |= {"to_kind": via.kind.value, "to_value": via.value}
        if account_id is None:
            raise StoreError(f"ticket #{conv['ticket']} has no account to answer from")
        now = now_iso()
        key = uuid.uuid4().hex
        author = self._author(agent_id)
        with self.tx():
            if via is not None and account_id != conv["account_id"]:
                self.db.execute(
                    "INSERT INTO messages (conversation_id, direction, author, sent_at, text, seen) "
                    "VALUES (?, 'note', ?, ?, ?, 1)",
                    (
                        conversation_id,
                        author,
                        now,
                        f"Reply moved to {via.kind.value} ({via.value})",
                    ),
                )
                self.audit("conversation.channel-switch", str(conversation_id), via.value, author)
            cur = self.db.execute(
                "INSERT INTO messages (conversation_id, account_id, direction, author, sent_at, "
                "subject, text, delivery, seen) VALUES (?, ?, 'out', ?, ?, ?, ?, 'queued', 1)",
                (conversation_id, account_id, author, now, conv["subject"], text),
            )
            message_id = int(cur.lastrowid or 0)
            self.db.execute(
                "INSERT INTO outbox (account_id, conversation_id, message_id, op, payload, key, "
                "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, 'send', ?, ?, ?, ?, ?)",
                (account_id, conversation_id, message_id, dumps(payload), key, now, now, now),
            )
            self.db.execute(
                "UPDATE conversations SET last_message_at = ?, snippet = ?, "
                "message_count = message_count + 1, unread = 0 WHERE id = ?",
                (now, snippet_of(text), conversation_id),
            )
        return message_id, ChangeSet({conversation_id}, {message_id})

    def _account_for_identity(self, conv, via: Identity) -> int:  # type: ignore[no-untyped-def]
        owner = self.scalar(
            "SELECT contact_id FROM identities WHERE kind = ? AND value = ?",
            (via.kind.value, via.value),
        )
        if owner != conv["contact_id"]:
            raise StoreError(f"{via.value} is not an identity of this customer")
        channel = CHANNEL_OF_IDENTITY.get(via.kind.value, "")
        current = self.scalar("SELECT channel FROM accounts WHERE id = ?", (conv["account_id"],))
        if current == channel:
            return int(conv["account_id"])
        account = self.scalar(
            "SELECT id FROM accounts WHERE channel = ? AND enabled = 1 ORDER BY id LIMIT 1",
            (channel,),
        )
        if account is None:
            raise StoreError(f"no {channel or via.kind.value} account to answer {via.value} from")
        return int(account)

    # --- draining ---------------------------------------------------------------------------

    def due_outbox(
        self, account_id: int, now: datetime | None = None, limit: int = 50
    ) -> list[OutboxItem]:
        """Queued items whose time has come, oldest first, never overtaking an earlier item
        of the same conversation that is still on its way (or whose fate is unknown)."""
        sql = """
            SELECT * FROM outbox o
            WHERE o.account_id = ? AND o.state = 'queued' AND o.next_attempt_at <= ?
              AND NOT EXISTS (
                SELECT 1 FROM outbox e
                WHERE e.conversation_id = o.conversation_id AND e.id < o.id AND e.op = 'send'
                  AND o.op = 'send' AND e.state IN ('queued', 'sending', 'uncertain'))
            ORDER BY o.id LIMIT ?
        """
        return [_item(r) for r in self.all(sql, (account_id, to_iso(now or utcnow()), limit))]

    def outbox_item(self, item_id: int) -> OutboxItem:
        r = self.one("SELECT * FROM outbox WHERE id = ?", (item_id,))
        if r is None:
            raise StoreError(f"no outbox item {item_id}")
        return _item(r)

    def outbox_items(self, states: tuple[str, ...] = ()) -> list[OutboxItem]:
        if states:
            sql = f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(states))}) ORDER BY id"
            return [_item(r) for r in self.all(sql, states)]
        return [_item(r) for r in self.all("SELECT * FROM outbox ORDER BY id")]

    def outbox_counts(self) -> dict[str, int]:
        return {
            r[0]: r[1] for r in self.db.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        }

    def reply_context(self, item: OutboxItem) -> ReplyContext:
        conv = self.one("SELECT * FROM conversations WHERE id = ?", (item.conversation_id,))
        if conv is None:
            raise StoreError(f"outbox item {item.id} lost its conversation")
        switched = "to_kind" in item.payload
        kind, value = self._reply_identity(conv, item)
        display = self.scalar(
            "SELECT display FROM identities WHERE kind = ? AND value = ?", (kind, value)
        )
        answered: tuple[str, ...] = ()
        if not switched:  # threading hints only make sense on the conversation's own channel
            answered = tuple(
                r[0]
                for r in self.db.execute(
                    "SELECT remote_id FROM messages WHERE conversation_id = ? AND account_id = ? "
                    "AND remote_id IS NOT NULL AND direction != 'note' "
                    "ORDER BY sent_at DESC, id DESC LIMIT 20",
                    (conv["id"], item.account_id),
                )
            )
        contact_name = self.scalar("SELECT name FROM contacts WHERE id = ?", (conv["contact_id"],))
        author = self.scalar("SELECT author FROM messages WHERE id = ?", (item.message_id,))
        return ReplyContext(
            to_kind=kind,
            to_value=value,
            to_display=str(contact_name or display or ""),
            subject=conv["subject"],
            thread_key="" if switched else conv["thread_key"],
            in_reply_to=answered,
            ticket=conv["ticket"],
            from_name=str(author or ""),
        )

    def _reply_identity(self, conv, item: OutboxItem) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        """Who the reply goes to: the identity the agent picked, else the one the customer
        last wrote from in this conversation, else one on the account's channel."""
        if "to_kind" in item.payload:
            return item.payload["to_kind"], item.payload["to_value"]
        last = self.scalar(
            "SELECT author_identity FROM messages WHERE conversation_id = ? AND direction = 'in' "
            "AND author_identity != '' ORDER BY sent_at DESC, id DESC LIMIT 1",
            (conv["id"],),
        )
        if last and ":" in last:
            kind, _, value = str(last).partition(":")
            return kind, value
        channel = self.scalar("SELECT channel FROM accounts WHERE id = ?", (item.account_id,))
        kinds = [k for k, c in CHANNEL_OF_IDENTITY.items() if c == channel] or [""]
        row = self.one(
            "SELECT kind, value FROM identities WHERE contact_id = ? "
            "ORDER BY kind != ?, id LIMIT 1",
            (conv["contact_id"], kinds[0]),
        )
        if row is None:
            raise StoreError(f"ticket #{conv['ticket']} has no customer address to answer")
        return row["kind"], row["value"]

    def message_text(self, message_id: int) -> str:
        return str(self.scalar("SELECT text FROM messages WHERE id = ?", (message_id,)) or "")

    def _set_item(
        self, item: OutboxItem, state: str, error: str = "", delay: float | None = None
    ) -> None:
        next_at = to_iso(utcnow() + timedelta(seconds=delay or 0))
        self.db.execute(
            "UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, next_attempt_at = ?, "
            "attempts = attempts + ? WHERE id = ?",
            (state, error, now_iso(), next_at, int(state != OutboxState.SENDING), item.id),
        )
        if item.message_id is not None and item.op == "send":
            delivery = {OutboxState.SENDING: "queued", OutboxState.QUEUED: "queued"}.get(
                state, state
            )
            self.db.execute(
                "UPDATE messages SET delivery = ? WHERE id = ?", (delivery, item.message_id)
            )

    def mark_sending(self, item: OutboxItem) -> None:
        """Committed before the network call, so a crash mid-send is noticed on restart."""
        with self.tx():
            self._set_item(item, OutboxState.SENDING)

    def mark_sent(self, item: OutboxItem, remote_id: str = "") -> ChangeSet:
        with self.tx():
            self._set_item(item, OutboxState.SENT)
            if item.message_id is not None and remote_id:
                self.db.execute(
                    "UPDATE messages SET remote_id = ? WHERE id = ?", (remote_id, item.message_id)
                )
            # Only a person's answer is a response; acks, surveys and bulk notices are not.
            human = not item.payload.get("automatic")
            if item.op == "send" and item.conversation_id is not None and human:
                self.db.execute(
                    "UPDATE conversations SET first_response_at = coalesce(first_response_at, ?) "
                    "WHERE id = ?",
                    (now_iso(), item.conversation_id),
                )
        return ChangeSet(
            {item.conversation_id} if item.conversation_id else set(),
            {item.message_id} if item.message_id else set(),
        )

    def mark_retry(self, item: OutboxItem, error: str, delay: float) -> None:
        with self.tx():
            self._set_item(item, OutboxState.QUEUED, error, delay)

    def mark_failed(self, item: OutboxItem, error: str) -> None:
        with self.tx():
            self._set_item(item, OutboxState.FAILED, error)

    def mark_uncertain(self, item: OutboxItem, error: str) -> None:
        with self.tx():
            self._set_item(item, OutboxState.UNCERTAIN, error)

    def retry_outbox(self, item_id: int) -> None:
        """The agent asks to try a failed or uncertain item again, now."""
        with self.tx():
            item = self.outbox_item(item_id)
            if item.state not in (OutboxState.FAILED, OutboxState.UNCERTAIN):
                raise StoreError(f"outbox item {item_id} is {item.state}, not failed or uncertain")
            self.db.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? WHERE id = ?",
                (now_iso(), now_iso(), item_id),
            )
            if item.message_id is not None and item.op == "send":
                self.db.execute(
                    "UPDATE messages SET delivery = 'queued' WHERE id = ?", (item.message_id,)
                )

    def recover_interrupted(self, account_id: int, idempotent_send: bool) -> int:
        """After a crash, items left 'sending' went out or not: re-queue them when the channel
        can tell (idempotency key), else mark them uncertain for the agent to decide."""
        with self.tx():
            rows = self.all(
                "SELECT * FROM outbox WHERE account_id = ? AND state = 'sending'", (account_id,)
            )
            for r in rows:
                item = _item(r)
                if idempotent_send or item.op != "send":
                    self._set_item(item, OutboxState.QUEUED, "interrupted; retrying")
                else:
                    self._set_item(
                        item, OutboxState.UNCERTAIN, "interrupted mid-send: it may have gone out"
                    )
        return len(rows)
