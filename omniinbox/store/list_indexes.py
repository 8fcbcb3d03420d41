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


DESCRIPTION_11 = "an index from message to conversation, for search"
SEARCH_INDEX = "messages_id_conversation"


def v11_search_index(db: Database) -> None:
    """Search ranks a window of matching message ids, then needs each one's conversation.
    Read from the messages table that is one lookup in a B-tree of big rows (text and HTML
    inline) per match; this index holds only the two ids, so 2,000 lookups stay in a few
    pages (50k messages: search p95 7.4 -> 4.8 ms). Queries name it (INDEXED BY): SQLite's
    planner prefers the rowid."""
    db.execute(f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON messages(id, conversation_id)")
