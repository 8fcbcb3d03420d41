"""Schema steps of the desk that came after the first release of the helpdesk tables.

Kept apart from the store mixins: `migrations` imports these, and the mixins import the
connection code that imports `migrations`.
"""

from __future__ import annotations

from sqlite_utils import Database


def v8_desk_notices(db: Database) -> None:
    """Schema step 8: notices for one agent (escalations), newest by id."""
    db.execute(
        "CREATE TABLE desk_notices ("
        "id INTEGER PRIMARY KEY, "
        "at TEXT NOT NULL, "
        "kind TEXT NOT NULL, "
        "conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, "
        "agent_id INTEGER REFERENCES agents(id) ON DELETE CASCADE, "
        "message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL, "
        "actor TEXT NOT NULL DEFAULT '', "
        "text TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX desk_notices_agent ON desk_notices(agent_id, id)")
