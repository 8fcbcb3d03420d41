from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from omniinbox.store import LATEST, SchemaTooNew, Store
from omniinbox.store.migrations import MIGRATIONS, current_version, migrate


def _database_at(path: Path, version: int) -> None:
    db = Database(sqlite3.connect(str(path)))
    db.conn.create_function("fold", 1, lambda t: t or "", deterministic=True)
    migrate(db, target=version)
    db.close()


def test_versions_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
    assert all(m.description for m in MIGRATIONS)


@pytest.mark.parametrize("start", range(LATEST + 1))
def test_opening_an_older_workspace_migrates_it(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.sqlite"
    if start:
        _database_at(path, start)
    store = Store(path)
    assert current_version(store.db) == LATEST
    account = store.add_account("mail", "imap", {}, "email")
    assert store.accounts() == [account]
    store.close()


def test_data_written_at_version_one_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    _database_at(path, 1)
    db = Database(sqlite3.connect(str(path)))
    db.execute(
        "INSERT INTO accounts (name, kind, config, created_at) VALUES ('old', 'imap', '{}', 'x')"
    )
    db.conn.commit()
    db.close()
    store = Store(path)
    assert [a.name for a in store.accounts()] == ["old"]


def test_a_workspace_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Store(path).close()
    db = Database(sqlite3.connect(str(path)))
    db.execute("INSERT INTO schema_version VALUES (?, 'from the future', 'x')", (LATEST + 1,))
    db.conn.commit()
    db.close()
    with pytest.raises(SchemaTooNew, match="newer OmniInbox"):
        Store(path)


def test_the_store_runs_in_wal_mode(store: Store) -> None:
    assert store.scalar("PRAGMA journal_mode") == "wal"
