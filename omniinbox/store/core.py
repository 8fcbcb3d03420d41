"""Opening the store: the SQLite file in WAL mode, migrated, with its blob folder."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from omniinbox.domain.clock import to_iso, utcnow
from omniinbox.store.blobs import BlobStore
from omniinbox.store.migrations import migrate


class StoreError(RuntimeError):
    """A store problem with a sentence for the agent (not a database, locked, ...)."""


@dataclass(slots=True)
class ChangeSet:
    """What one write touched, so views refresh only those rows."""

    conversations: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    new_conversations: set[int] = field(default_factory=set)
    contacts: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.conversations or self.messages or self.contacts)

    def merge(self, other: ChangeSet) -> None:
        self.conversations |= other.conversations
        self.messages |= other.messages
        self.new_conversations |= other.new_conversations
        self.contacts |= other.contacts


def fold(text: str | None) -> str:
    """What full-text search indexes and matches: text with ё folded to е."""
    return (text or "").replace("ё", "е").replace("Ё", "Е")


def now_iso() -> str:
    return to_iso(utcnow())


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class StoreBase:
    """The connection and its transaction helper; the mixins add the queries."""

    def __init__(self, path: Path, *, blobs: Path | None = None, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
            else:
                conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
            conn.create_function("fold", 1, fold, deterministic=True)
            self.db = Database(conn, execute_plugins=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path.name}: {exc}") from exc
        self.blobs = BlobStore(blobs if blobs is not None else self.path.parent / "blobs", self.db)
        self._lock = threading.RLock()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[Database]:
        """One transaction (nested calls become savepoints), serialised across threads."""
        with self._lock, self.db.atomic():
            yield self.db

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        cur = self.db.execute(sql, params)
        cur.row_factory = sqlite3.Row  # type: ignore[assignment]
        return cur.fetchone()

    def all(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cur = self.db.execute(sql, params)
        cur.row_factory = sqlite3.Row  # type: ignore[assignment]
        return cur.fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def _author(self, agent_id: int | None) -> str:
        if agent_id is None:
            return ""
        return str(self.scalar("SELECT name FROM agents WHERE id = ?", (agent_id,)) or "")

    def audit(self, action: str, target: str = "", detail: str = "", actor: str = "") -> None:
        self.db.execute(
            "INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
            (now_iso(), actor, action, target, detail),
        )
