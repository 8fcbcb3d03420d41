"""Schema step 12: the search index's triggers fold ё in SQL, not through a Python function.

Step 2's triggers called ``fold()``, a Python function registered on the connection. A Python
function called by SQLite while it writes holds the connection's mutex and waits for the GIL;
a second thread on the same connection that holds the GIL and asks SQLite for anything (a
column name, a bind) waits for that mutex: both stop for good. Seen with a test polling the
engine's store while the sync wrote; any future reader on the writer's connection would have
met it too. ``replace()`` does the same folding inside SQLite (and saves a GIL round trip per
message while syncing). Kept apart from migrations.py, which imports it.
"""

from __future__ import annotations

from sqlite_utils import Database

DESCRIPTION = "search index kept by plain SQL triggers (no Python function while writing)"


def sql_fold(column: str) -> str:
    """SQL folding ``column`` as ``store.core.fold`` does: ё/Ё to е/Е."""
    return f"replace(replace({column}, 'ё', 'е'), 'Ё', 'Е')"


def v12_plain_search_triggers(db: Database) -> None:
    db.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
    db.execute("DROP TRIGGER IF EXISTS messages_fts_update")
    db.execute(
        f"""CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO message_fts(rowid, subject, body, people)
            VALUES (new.id, {sql_fold("new.subject")}, {sql_fold("new.text")}, (
                SELECT coalesce(c.name, '') || ' ' || coalesce(
                    (SELECT group_concat(i.value || ' ' || i.display, ' ')
                     FROM identities i WHERE i.contact_id = c.id), '')
                FROM conversations cv JOIN contacts c ON c.id = cv.contact_id
                WHERE cv.id = new.conversation_id));
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text ON messages BEGIN
            UPDATE message_fts SET subject = {sql_fold("new.subject")},
                body = {sql_fold("new.text")}
            WHERE rowid = new.id;
        END"""
    )
