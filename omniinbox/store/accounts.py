"""Accounts, agents and cursors: the small configuration tables."""

from __future__ import annotations

import json

from omniinbox.domain import Account, Agent, Channel
from omniinbox.store.core import StoreBase, StoreError, dumps, now_iso


def _account(row) -> Account:  # type: ignore[no-untyped-def]
    return Account(
        row["id"],
        row["name"],
        row["kind"],
        json.loads(row["config"]),
        bool(row["enabled"]),
        Channel(row["channel"]) if row["channel"] in Channel._value2member_map_ else Channel.OTHER,
    )


class AccountsMixin(StoreBase):
    def add_account(
        self, name: str, kind: str, config: dict[str, str], channel: str = "other"
    ) -> Account:
        name = name.strip()
        if not name:
            raise StoreError("an account needs a name")
        with self.tx():
            if self.one("SELECT 1 FROM accounts WHERE name = ?", (name,)):
                raise StoreError(f"an account named {name!r} already exists")
            cur = self.db.execute(
                "INSERT INTO accounts (name, kind, channel, config, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, kind, channel, dumps(config), now_iso()),
            )
            self.audit("account.add", name, kind)
        return self.account(int(cur.lastrowid or 0))

    def account(self, account_id: int) -> Account:
        row = self.one("SELECT * FROM accounts WHERE id = ?", (account_id,))
        if row is None:
            raise StoreError(f"no account with id {account_id}")
        return _account(row)

    def account_by_name(self, name: str) -> Account:
        row = self.one("SELECT * FROM accounts WHERE name = ?", (name,))
        if row is None:
            names = ", ".join(a.name for a in self.accounts()) or "none yet"
            raise StoreError(f"no account named {name!r} (accounts: {names})")
        return _account(row)

    def accounts(self) -> list[Account]:
        return [_account(r) for r in self.all("SELECT * FROM accounts ORDER BY name")]

    def remove_account(self, account_id: int) -> None:
        """Forget the account; its conversations stay, detached, so history is never lost."""
        with self.tx():
            name = self.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,))
            self.db.execute(
                "DELETE FROM outbox WHERE account_id = ? AND state != 'sent'", (account_id,)
            )
            self.db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            self.audit("account.remove", str(name))

    def set_account_enabled(self, account_id: int, enabled: bool) -> None:
        with self.tx():
            self.db.execute(
                "UPDATE accounts SET enabled = ? WHERE id = ?", (int(enabled), account_id)
            )

    def set_account_config(self, account_id: int, config: dict[str, str]) -> Account:
        """Replace an account's (non-secret) settings; a running engine follows them after
        ``Engine.reload_accounts``."""
        with self.tx():
            cur = self.db.execute(
                "UPDATE accounts SET config = ? WHERE id = ?", (dumps(config), account_id)
            )
            if cur.rowcount == 0:
                raise StoreError(f"no account with id {account_id}")
            name = self.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,))
            self.audit("account.settings", str(name))
        return self.account(account_id)

    def cursor(self, account_id: int) -> str:
        return str(
            self.scalar("SELECT cursor FROM cursors WHERE account_id = ?", (account_id,)) or ""
        )

    def _set_cursor(self, account_id: int, cursor: str) -> None:
        self.db.execute(
            "INSERT INTO cursors (account_id, cursor, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(account_id) DO UPDATE SET cursor = excluded.cursor, "
            "updated_at = excluded.updated_at",
            (account_id, cursor, now_iso()),
        )

    # --- agents -----------------------------------------------------------------------------

    def add_agent(self, name: str, email: str = "", signature: str = "") -> Agent:
        if not name.strip():
            raise StoreError("an agent needs a real name: it is signed on every answer")
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO agents (name, email, signature) VALUES (?, ?, ?)",
                (name.strip(), email.strip(), signature),
            )
        return Agent(int(cur.lastrowid or 0), name.strip(), email.strip(), signature)

    def update_agent(
        self, agent_id: int, *, name: str, email: str = "", signature: str = ""
    ) -> Agent:
        """Change an agent's name, email and signature; answers sent before keep theirs."""
        if not name.strip():
            raise StoreError("an agent needs a real name: it is signed on every answer")
        with self.tx():
            cur = self.db.execute(
                "UPDATE agents SET name = ?, email = ?, signature = ? WHERE id = ?",
                (name.strip(), email.strip(), signature, agent_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no agent with id {agent_id}")
            self.audit("agent.update", name.strip())
        return self.agent(agent_id)

    def agents(self) -> list[Agent]:
        return [
            Agent(r["id"], r["name"], r["email"], r["signature"], bool(r["active"]))
            for r in self.all("SELECT * FROM agents ORDER BY name")
        ]

    def agent(self, agent_id: int) -> Agent:
        r = self.one("SELECT * FROM agents WHERE id = ?", (agent_id,))
        if r is None:
            raise StoreError(f"no agent with id {agent_id}")
        return Agent(r["id"], r["name"], r["email"], r["signature"], bool(r["active"]))
