"""Schema step 5: why a file could not be downloaded, and customers an agent said are not
the same person (so they are not suggested for merging again).

Kept apart from store.attachments so the migrations module can import it without a cycle.
"""

from __future__ import annotations

from sqlite_utils import Database

STATEMENTS = (
    "ALTER TABLE attachments ADD COLUMN fetch_error TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX attachments_pending ON attachments(message_id) WHERE sha256 IS NULL",
    """
    CREATE TABLE contacts_distinct (
        low_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        high_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (low_id, high_id)
    )
    """,
)


def v5_fetch_and_distinct(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
