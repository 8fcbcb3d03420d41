"""Content-addressed bytes named by their SHA-256: files blobs/ab/cdef..., and small ones
(raw messages up to ``INLINE_MAX``) in the database's ``small_blobs`` table.

A file costs a create, a write and a rename (0.5-1.3 ms on a busy disk) and an inode; a raw
message of a few KB costs a row in the transaction that stores the message, so a full sync
of 50,000 messages does not create 50,000 files. Which of the two holds a digest does not
matter to readers: ``get`` and ``exists`` look in both. ``path`` names files only.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

INLINE_MAX = 256 * 1024  # bytes; bigger content always goes to a file
_DIGEST = re.compile(r"[0-9a-f]{64}")


def v7_small_blobs(db: Any) -> None:
    """Schema step 7: small content (raw messages) kept in the database."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS small_blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)"
    )


class BlobStore:
    def __init__(self, root: Path, db: Any = None) -> None:
        """``db``: the store's sqlite-utils Database (its ``execute`` is used), or None for
        files only (a workspace opened before schema step 7 reads its files the same way)."""
        self.root = root
        self.db = db

    def path(self, sha256: str) -> Path:
        if not _DIGEST.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def put(self, content: bytes, *, inline: bool = False) -> str:
        """Store the bytes once; returns their digest. Files are written atomically (temp file
        + rename). ``inline``: content up to INLINE_MAX goes into the database instead, inside
        the caller's transaction (so it is kept exactly when the row naming it is)."""
        digest = hashlib.sha256(content).hexdigest()
        if inline and self.db is not None and len(content) <= INLINE_MAX:
            # No look for a file of the same bytes first: a stat per message costs more
            # than the rare copy (a raw also kept as a file by an older version).
            self.db.execute(
                "INSERT OR IGNORE INTO small_blobs (sha256, data) VALUES (?, ?)",
                (digest, bytes(content)),
            )
            return digest
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def _inline(self, sha256: str) -> bytes | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT data FROM small_blobs WHERE sha256 = ?", (sha256,)
            ).fetchone()
        except sqlite3.OperationalError:  # a workspace from before schema step 7
            return None
        return None if row is None else bytes(row[0])

    def get(self, sha256: str) -> bytes:
        """The bytes; FileNotFoundError when neither the database nor a file has them."""
        target = self.path(sha256)  # validates the digest
        found = self._inline(sha256)
        return found if found is not None else target.read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists() or self._inline(sha256) is not None
