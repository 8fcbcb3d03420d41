"""What a support request needs to know about a workspace: sizes and sync times, no content."""

from __future__ import annotations

from typing import Any

from omniinbox.store.core import StoreBase
from omniinbox.store.migrations import LATEST, current_version

COUNTED = ("accounts", "contacts", "conversations", "messages", "attachments")


class DiagnosticsMixin(StoreBase):
    def workspace_facts(self) -> dict[str, Any]:
        """Schema version, row counts, outbox states, per-account last sync, imports."""
        counts = {t: int(self.scalar(f"SELECT count(*) FROM {t}") or 0) for t in COUNTED}
        outbox = {
            str(r[0]): int(r[1])
            for r in self.db.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        }
        synced = {
            int(r[0]): str(r[1])
            for r in self.db.execute("SELECT account_id, updated_at FROM cursors")
        }
        imports = []
        if self.db["imports"].exists():
            imports = [
                dict(r)
                for r in self.all(
                    "SELECT source_kind, account_id, state, added, skipped, failed, done, total, "
                    "error, updated_at FROM imports ORDER BY updated_at DESC LIMIT 20"
                )
            ]
        return {
            "schema": current_version(self.db),
            "schema_known": LATEST,
            "sqlite": str(self.scalar("SELECT sqlite_version()")),
            "counts": counts,
            "outbox": outbox,
            "last_sync": synced,
            "imports": imports,
        }
