"""Schema step 9: indexes the conversation list and the left column's counts read.

Two are partial: only tagged and categorised conversations are in them (a few percent of a
big desk), so counting tags or categories and listing a tag's or a category's conversations
read those rows instead of every conversation. Two cover the list's order, so a view's ids
come out of an index in order (Inbox at a million messages: 350 ms -> 16 ms). Kept apart
from migrations.py, which imports it.
"""

from __future__ import annotations

from sqlite_utils import Database

DESCRIPTION = "indexes for the conversation list: its order, queues, tags, categories"


def v9_list_indexes(db: Database) -> None:
    db.execute(
        "CREATE INDEX IF NOT EXISTS conversations_tagged "
        "ON conversations(last_message_at DESC, tags) WHERE tags != '[]'"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS conversations_categorised "
        "ON conversations(category, last_message_at DESC) WHERE category != ''"
    )
    # The list's own order (newest first, id to break ties), whole or per queue: Inbox, Mine
    # and the status views read their ids from the index alone, in order, with no sort.
    db.execute(
        "CREATE INDEX IF NOT EXISTS conversations_queue "
        "ON conversations(status, owner_id, last_message_at DESC, id DESC)"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS conversations_newest "
        "ON conversations(last_message_at DESC, id DESC)"
    )


DESCRIPTION_10 = "an index of Telegram and X handles, for merge suggestions"


def v10_handle_index(db: Database) -> None:
    """Merge suggestions look up the same @handle on other customers; without this they read
    every identity (seconds at 190,000 customers, on the reader the list and search share)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS identities_display_nocase "
        "ON identities(display COLLATE NOCASE) WHERE kind IN ('telegram', 'x')"
    )
