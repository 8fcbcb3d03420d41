"""What the engine reports: account states with a sentence, progress, and change-sets."""

from __future__ import annotations

from dataclasses import dataclass, field

from omniinbox.connector import AccountState
from omniinbox.store import ChangeSet

REMOVED = "removed"  # the sentence of the last status of an account deleted from the desk


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """One account's state in the fixed vocabulary, with a sentence an agent can act on."""

    account_id: int
    account_name: str
    state: AccountState
    sentence: str = ""
    done: int | None = None
    total: int | None = None


@dataclass(frozen=True, slots=True)
class Changed:
    """A write committed: these rows changed."""

    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class OutboxChanged:
    counts: dict[str, int] = field(default_factory=dict)


EngineEvent = AccountStatus | Changed | OutboxChanged
