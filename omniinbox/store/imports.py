"""Mail imports: messages from an mbox file or a Maildir folder, with how far each one got.

Each batch of messages commits with the source's new resume point (mbox byte offset, or the
Maildir file names stored) in ONE transaction, so an import killed at any moment resumes
exactly where its last commit left it: nothing lost, nothing doubled. A message already in
the workspace under the same remote id (Message-ID, or the id derived from its bytes) in any
email account is skipped, so importing what a sync brought (or the same file twice) adds
nothing. Imported mail is history: when the desk processor was caught up, it is marked
processed in the same transaction, so no rule, acknowledgement or SLA clock fires for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from omniinbox.domain import Account, Channel, NewMessage
from omniinbox.store.core import ChangeSet, StoreBase, StoreError, dumps, now_iso
from omniinbox.store.desk_actions import MARK_MESSAGES

IMPORT_KIND = "imap-import"  # the account kind of imported mail that has no live mailbox
RUNNING, PAUSED, DONE, FAILED = "running", "paused", "done", "failed"


@dataclass(frozen=True, slots=True)
class ImportRecord:
    id: int
    source_kind: str
    path: str
    account_id: int | None
    fingerprint: str
    position: int
    size: int
    total: int
    done: int
    added: int
    skipped: int
    failed: int
    state: str
    error: str
    started_at: str
    updated_at: str
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class BatchCounts:
    added: int
    skipped: int
    changes: ChangeSet


def _record(row) -> ImportRecord:  # type: ignore[no-untyped-def]
    return ImportRecord(*(row[f.name] for f in fields(ImportRecord)))


class ImportsMixin(StoreBase):
    # --- the account imported mail belongs to -----------------------------------------------

    def import_account(self, name: str, own_addresses: Sequence[str] = ()) -> Account:
        """The account of imported mail named ``name``, made on first use (disabled: it has no
        mailbox to sync). Own addresses given later are added to it."""
        own = [a.strip().lower() for a in own_addresses if a.strip()]
        with self.tx():
            row = self.one("SELECT id, kind, config FROM accounts WHERE name = ?", (name,))
            if row is None:
                config = {"address": own[0] if own else "", "aliases": ", ".join(own[1:])}
                account = self.add_account(name, IMPORT_KIND, config, Channel.EMAIL.value)  # type: ignore[attr-defined]
                self.db.execute("UPDATE accounts SET enabled = 0 WHERE id = ?", (account.id,))
                return self.account(account.id)  # type: ignore[attr-defined,no-any-return]
            account = self.account(int(row["id"]))  # type: ignore[attr-defined]
            known = [
                account.config.get("address", ""),
                *account.config.get("aliases", "").split(","),
            ]
            known = [a.strip().lower() for a in known if a.strip()]
            new = [a for a in own if a not in known]
            if new and account.kind == IMPORT_KIND:
                everything = known + new
                config = dict(account.config)
                config["address"], config["aliases"] = everything[0], ", ".join(everything[1:])
                self.db.execute(
                    "UPDATE accounts SET config = ? WHERE id = ?", (dumps(config), account.id)
                )
                account = self.account(account.id)  # type: ignore[attr-defined]
            return account  # type: ignore[no-any-return]

    # --- the record of one source -----------------------------------------------------------

    def find_import(self, source_kind: str, path: str, account_id: int) -> ImportRecord | None:
        row = self.one(
            "SELECT * FROM imports WHERE source_kind = ? AND path = ? AND account_id = ?",
            (source_kind, path, account_id),
        )
        return _record(row) if row is not None else None

    def get_import(self, import_id: int) -> ImportRecord:
        row = self.one("SELECT * FROM imports WHERE id = ?", (import_id,))
        if row is None:
            raise StoreError(f"no import with id {import_id}")
        return _record(row)

    def imports(self) -> list[ImportRecord]:
        return [_record(r) for r in self.all("SELECT * FROM imports ORDER BY updated_at DESC")]

    def start_import(
        self,
        source_kind: str,
        path: str,
        account_id: int,
        *,
        fingerprint: str,
        size: int,
        total: int,
        restart: bool,
    ) -> ImportRecord:
        """The record to continue (or, with ``restart``, to begin again from the start: what
        is already stored is then skipped by remote id)."""
        now = now_iso()
        with self.tx():
            old = self.find_import(source_kind, path, account_id)
            if old is None:
                self.db.execute(
                    "INSERT INTO imports (source_kind, path, account_id, fingerprint, size, "
                    "total, state, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (source_kind, path, account_id, fingerprint, size, total, RUNNING, now, now),
                )
            elif restart:
                self.db.execute("DELETE FROM import_files WHERE import_id = ?", (old.id,))
                self.db.execute(
                    "UPDATE imports SET fingerprint = ?, size = ?, total = ?, position = 0, "
                    "done = 0, added = 0, skipped = 0, failed = 0, state = ?, error = '', "
                    "started_at = ?, updated_at = ?, finished_at = NULL WHERE id = ?",
                    (fingerprint, size, total, RUNNING, now, now, old.id),
                )
                self.db.execute("DELETE FROM import_problems WHERE import_id = ?", (old.id,))
            else:
                self.db.execute(
                    "UPDATE imports SET size = ?, total = ?, state = ?, error = '', "
                    "updated_at = ?, finished_at = NULL WHERE id = ?",
                    (size, total, RUNNING, now, old.id),
                )
            found = self.find_import(source_kind, path, account_id)
            assert found is not None
            self.audit("import.start", f"{source_kind}:{path}", f"account {account_id}")
            return found

    def import_done_keys(self, import_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.execute(
                "SELECT name FROM import_files WHERE import_id = ?", (import_id,)
            )
        }

    def import_problems(self, import_id: int, limit: int = 100) -> list[tuple[str, str]]:
        return [
            (r["item"], r["problem"])
            for r in self.all(
                "SELECT item, problem FROM import_problems WHERE import_id = ? ORDER BY id LIMIT ?",
                (import_id, limit),
            )
        ]

    def finish_import(self, import_id: int, state: str, error: str = "") -> ImportRecord:
        now = now_iso()
        with self.tx():
            self.db.execute(
                "UPDATE imports SET state = ?, error = ?, updated_at = ?, "
                "finished_at = CASE WHEN ? = 'done' THEN ? ELSE finished_at END WHERE id = ?",
                (state, error, now, state, now, import_id),
            )
            self.audit(f"import.{state}", str(import_id), error)
        return self.get_import(import_id)

    # --- one batch ----------------------------------------------------------------------------

    def import_batch(
        self,
        import_id: int,
        account_id: int,
        messages: Iterable[NewMessage],
        *,
        position: int | None = None,
        keys: Sequence[str] = (),
        read: int = 0,
        problems: Sequence[tuple[str, str]] = (),
        failed: int = 0,
    ) -> BatchCounts:
        """Store messages and the source's resume point together. ``read`` is how many items
        of the source this batch covers (stored, skipped and failed); ``keys`` the Maildir
        files it covers; ``problems`` (item, sentence) what went wrong, of which ``failed``
        items could not be stored at all."""
        changes = ChangeSet()
        added = skipped = 0
        now = now_iso()
        with self.tx():
            caught_up = self.desk_mark(MARK_MESSAGES) >= self.desk_last_message_id()  # type: ignore[attr-defined]
            emails = [
                r[0] for r in self.db.execute("SELECT id FROM accounts WHERE channel = 'email'")
            ]
            marks = ",".join("?" * len(emails)) or "NULL"
            for msg in messages:
                there = self.one(
                    f"SELECT 1 FROM messages WHERE remote_id = ? AND (account_id IN ({marks}) "
                    "OR account_id IS NULL) LIMIT 1",
                    (msg.remote_id, *emails),
                )
                if there is not None:
                    skipped += 1
                    continue
                before = len(changes.messages)
                self._ingest_message(account_id, Channel.EMAIL.value, msg, changes)  # type: ignore[attr-defined]
                if len(changes.messages) > before:
                    added += 1
                else:
                    skipped += 1
            if caught_up and added:
                self.set_desk_mark(MARK_MESSAGES, self.desk_last_message_id())  # type: ignore[attr-defined]
            for name in keys:
                self.db.execute(
                    "INSERT OR IGNORE INTO import_files (import_id, name) VALUES (?, ?)",
                    (import_id, name),
                )
            for item, problem in problems:
                self.db.execute(
                    "INSERT INTO import_problems (import_id, at, item, problem) "
                    "VALUES (?, ?, ?, ?)",
                    (import_id, now, item, problem),
                )
            self.db.execute(
                "UPDATE imports SET position = coalesce(?, position), done = done + ?, "
                "added = added + ?, skipped = skipped + ?, failed = failed + ?, updated_at = ? "
                "WHERE id = ?",
                (position, read, added, skipped, failed, now, import_id),
            )
        return BatchCounts(added, skipped, changes)
