"""Numbered, described schema upgrades. Append only: a released step never changes.

Opening an older workspace runs the missing steps in one transaction each; opening a
workspace written by a newer OmniInbox refuses, so an old app never damages new data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from omniinbox.store import list_indexes
from omniinbox.store.attachments_schema import v5_fetch_and_distinct
from omniinbox.store.blobs import v7_small_blobs
from omniinbox.store.desk_schema import v8_desk_notices
from omniinbox.store.fts_schema import DESCRIPTION as DESCRIPTION_12
from omniinbox.store.fts_schema import v12_plain_search_triggers
from omniinbox.store.imports_schema import v6_imports


class SchemaTooNew(RuntimeError):
    """The workspace was written by a newer OmniInbox."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def _script(db: Database, script: str) -> None:
    """Run statements one by one: sqlite3's executescript would commit our transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def _v1_core(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO counters VALUES ('ticket', 1000);

        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT 'other',
            config TEXT NOT NULL DEFAULT '{}',
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            signature TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            display TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, value)
        );
        CREATE INDEX identities_contact ON identities(contact_id);

        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            ticket INTEGER NOT NULL UNIQUE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id),
            channel TEXT NOT NULL DEFAULT 'other',
            thread_key TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            snippet TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            owner_id INTEGER REFERENCES agents(id),
            priority TEXT NOT NULL DEFAULT 'normal',
            category TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            last_message_at TEXT NOT NULL,
            unread INTEGER NOT NULL DEFAULT 0,
            message_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX conversations_last ON conversations(last_message_at DESC);
        CREATE INDEX conversations_status ON conversations(status, last_message_at DESC);
        CREATE INDEX conversations_thread ON conversations(account_id, thread_key);
        CREATE INDEX conversations_contact ON conversations(contact_id, last_message_at DESC);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            remote_id TEXT,
            direction TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            author_identity TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            delivery TEXT NOT NULL DEFAULT '',
            seen INTEGER NOT NULL DEFAULT 0,
            edited INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            raw_sha256 TEXT,
            language TEXT NOT NULL DEFAULT '',
            UNIQUE (account_id, remote_id)
        );
        CREATE INDEX messages_conversation ON messages(conversation_id, sent_at);

        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL DEFAULT 0,
            sha256 TEXT,
            remote_ref TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX attachments_message ON attachments(message_id);

        CREATE TABLE cursors (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
            cursor TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
            conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
            message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            op TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'queued',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        """,
    )


def _v2_search(db: Database) -> None:
    """FTS5 over subject, text, and the customer's names and handles, kept by triggers.

    ``fold()`` is registered on every connection (see store.core): unicode61 folds Latin
    diacritics only, so Russian ё/Ё is folded to е/Е by hand, in the index and in queries.
    (Step 12 replaces these triggers by ones that fold in SQL: see fts_schema.)
    """
    _script(
        db,
        """
        CREATE VIRTUAL TABLE message_fts USING fts5(
            subject, body, people,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO message_fts(rowid, subject, body, people)
            VALUES (new.id, fold(new.subject), fold(new.text), (
                SELECT coalesce(c.name, '') || ' ' || coalesce(
                    (SELECT group_concat(i.value || ' ' || i.display, ' ')
                     FROM identities i WHERE i.contact_id = c.id), '')
                FROM conversations cv JOIN contacts c ON c.id = cv.contact_id
                WHERE cv.id = new.conversation_id));
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            DELETE FROM message_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text ON messages BEGIN
            UPDATE message_fts SET subject = fold(new.subject), body = fold(new.text)
            WHERE rowid = new.id;
        END;
        """,
    )


def _v3_desk(db: Database) -> None:
    """What a helpdesk keeps beside the messages: snooze, collaborators, SLA and resolution
    fields, the status history SLA clocks are computed from, drafts, customer merges (with
    undo), saved searches, and the tables rules, templates, SLA policies and calendars live in."""
    _script(
        db,
        """
        ALTER TABLE conversations ADD COLUMN snoozed_until TEXT;
        ALTER TABLE conversations ADD COLUMN collaborators TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE conversations ADD COLUMN first_response_at TEXT;
        ALTER TABLE conversations ADD COLUMN resolved_at TEXT;
        ALTER TABLE conversations ADD COLUMN sla_due_at TEXT;
        ALTER TABLE conversations ADD COLUMN sla_state TEXT NOT NULL DEFAULT '';
        ALTER TABLE conversations ADD COLUMN csat INTEGER;
        ALTER TABLE conversations ADD COLUMN complaint INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE conversations ADD COLUMN root_cause TEXT NOT NULL DEFAULT '';
        ALTER TABLE conversations ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE conversations ADD COLUMN linked_to INTEGER REFERENCES conversations(id);
        CREATE INDEX conversations_snoozed ON conversations(snoozed_until)
            WHERE snoozed_until IS NOT NULL;
        CREATE INDEX conversations_sla ON conversations(sla_due_at) WHERE sla_due_at IS NOT NULL;

        ALTER TABLE contacts ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE contacts ADD COLUMN merged_into INTEGER REFERENCES contacts(id);
        ALTER TABLE messages ADD COLUMN automatic TEXT NOT NULL DEFAULT '';

        CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX status_changes_conversation ON status_changes(conversation_id, at);

        CREATE TABLE drafts (
            conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            identity TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE merges (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            kept_id INTEGER NOT NULL REFERENCES contacts(id),
            merged_id INTEGER NOT NULL REFERENCES contacts(id),
            identities TEXT NOT NULL,
            conversations TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL
        );
        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            owner_id INTEGER REFERENCES agents(id) ON DELETE CASCADE
        );
        CREATE TABLE rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            definition TEXT NOT NULL
        );
        CREATE TABLE sla_policies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL
        );
        CREATE TABLE calendars (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL
        );
        CREATE TABLE acks (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX acks_identity ON acks(identity, at);
        """,
    )


def _v4_desk_state(db: Database) -> None:
    """What the desk processor keeps between runs: settings and state as JSON by key (auto-ack
    and CSAT per account, reopen window, round-robin, and the high-water marks of the messages
    and status changes already processed: set here to what is stored, so the history of an
    upgraded workspace is never acknowledged), bulk notification jobs, and which time-based
    rules already fired for a conversation."""
    _script(
        db,
        """
        CREATE TABLE desk_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO desk_settings (key, value)
            SELECT 'mark.messages', coalesce(max(id), 0) FROM messages;
        INSERT INTO desk_settings (key, value)
            SELECT 'mark.status_changes', coalesce(max(id), 0) FROM status_changes;
        CREATE TABLE bulk_jobs (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            subject TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            segment TEXT NOT NULL,
            recipients TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'queuing'
        );
        CREATE TABLE rules_fired (
            rule TEXT NOT NULL,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            marker TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (rule, conversation_id)
        );
        CREATE INDEX messages_automatic ON messages(conversation_id, automatic)
            WHERE automatic != '';
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables: accounts, contacts, conversations, messages, outbox", _v1_core),
    Migration(2, "full-text search over messages and customers", _v2_search),
    Migration(3, "helpdesk state: snooze, SLA, status history, drafts, merges, rules", _v3_desk),
    Migration(
        4, "desk processing: settings, marks, bulk jobs, time-based rules fired", _v4_desk_state
    ),
    Migration(5, "downloads: why a file failed; customers not the same", v5_fetch_and_distinct),
    Migration(6, "mail imports: where each mbox or Maildir import got to", v6_imports),
    Migration(7, "small blobs (raw messages) in the database", v7_small_blobs),
    Migration(8, "desk notices: escalations to one agent", v8_desk_notices),
    Migration(9, list_indexes.DESCRIPTION, list_indexes.v9_list_indexes),
    Migration(10, list_indexes.DESCRIPTION_10, list_indexes.v10_handle_index),
    Migration(11, list_indexes.DESCRIPTION_11, list_indexes.v11_search_index),
    Migration(12, DESCRIPTION_12, v12_plain_search_triggers),
)

LATEST = MIGRATIONS[-1].version


def current_version(db: Database) -> int:
    if not db["schema_version"].exists():
        return 0
    row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: Database, target: int = LATEST) -> list[int]:
    """Bring the database up to ``target``; returns the versions applied."""
    version = current_version(db)
    if version > LATEST:
        raise SchemaTooNew(
            f"this workspace was written by a newer OmniInbox (schema {version}, "
            f"this version knows up to {LATEST}); please update OmniInbox"
        )
    applied = []
    for step in MIGRATIONS:
        if step.version <= version or step.version > target:
            continue
        with db.atomic():
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            step.apply(db)
            db.execute(
                "INSERT INTO schema_version VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                (step.version, step.description),
            )
        applied.append(step.version)
    return applied
