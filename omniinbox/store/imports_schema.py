"""Schema step 6: mail imports (mbox files, Maildir folders) and how far each one got.

Kept apart from store.imports so the migrations module can import it without a cycle.
"""

from __future__ import annotations

from sqlite_utils import Database

STATEMENTS = (
    """
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL,
        path TEXT NOT NULL,
        account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL DEFAULT 0,
        total INTEGER NOT NULL DEFAULT 0,
        done INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'running',
        error TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX imports_source ON imports(source_kind, path, account_id)",
    """
    CREATE TABLE import_files (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        PRIMARY KEY (import_id, name)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE import_problems (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        item TEXT NOT NULL,
        problem TEXT NOT NULL
    )
    """,
    "CREATE INDEX import_problems_import ON import_problems(import_id, id)",
)


def v6_imports(db: Database) -> None:
    """imports: one row per (source, account) with its resume point and counts;
    import_files: Maildir files already stored; import_problems: what could not be read."""
    for statement in STATEMENTS:
        db.execute(statement)
