"""Long lists of ids read in one SQLite step.

Python's sqlite3 module lets go of the interpreter lock around every ``sqlite3_step``, so
reading 300,000 rows one by one hands the lock to any other busy thread (the GUI thread
painting) 300,000 times, and waits for it to come back each time: the same read went
from 90 ms to 2.7 s beside one busy thread here. The ids are concatenated inside SQLite
instead (one step, the lock released for the whole query), and the text is parsed a slice
at a time, with a pause between slices for a waiting thread.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any, Protocol

SLICE_CHARS = 256 * 1024  # of "12,345,..." parsed per C call: about 2 ms


class Executes(Protocol):
    """A sqlite3 connection, or sqlite_utils' Database around one."""

    def execute(self, sql: str, parameters: Any = ...) -> sqlite3.Cursor: ...


def read_ids(db: Executes, sql: str, params: Any = ()) -> list[int]:
    """The first column of ``sql`` (integers), in the query's order.

    The query becomes a subquery of ``group_concat``: SQLite does not flatten a subquery
    with ORDER BY into an aggregate (rule 16 of its query flattener), so its rows reach
    the aggregate in their order (a test checks it against the plain query)."""
    text = db.execute(f"SELECT group_concat(id_, ',') FROM (SELECT {_first_as_id(sql)})", params)
    found = text.fetchone()[0]
    return parse_ids(found) if found else []


def parse_ids(text: str) -> list[int]:
    """``"3,1,2"`` as [3, 1, 2]; a long text a slice at a time."""
    out: list[int] = []
    at = 0
    while at < len(text):
        end = text.find(",", at + SLICE_CHARS)
        if end < 0:
            end = len(text)
        out.extend(map(int, text[at:end].split(",")))
        at = end + 1
        if at < len(text):
            time.sleep(0)  # a thread waiting for the interpreter gets it now
    return out


def _first_as_id(sql: str) -> str:
    """``SELECT c.id FROM ...`` as ``c.id AS id_ FROM ...`` (the first column named)."""
    head, sep, rest = sql.partition(" FROM ")
    if not head.upper().startswith("SELECT ") or not sep or "," in head:
        raise ValueError(f"read_ids wants 'SELECT <one column> FROM ...', not {sql[:60]!r}")
    return f"{head[len('SELECT ') :]} AS id_ FROM {rest}"
