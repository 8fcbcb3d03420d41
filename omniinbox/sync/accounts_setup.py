"""Adding, checking and removing accounts, shared by the CLI and the account wizard.

An account is settings from its connector's schema: the non-secret ones go to the store, the
secret ones only to the keyring (``omniinbox.secrets``). Before an account exists, its secrets
(typed passwords, tokens from a browser sign-in) are held by a ``DraftSecrets`` in memory, so
``check()`` can run and nothing is written until the agent saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

from omniinbox.connector import ConfigSchema, Connector, Registry
from omniinbox.domain import Account
from omniinbox.secrets import Secrets
from omniinbox.store import Store
from omniinbox.sync.runtime import secret_key

T = TypeVar("T")


class StoreCall(Protocol):
    """Runs a store operation where writes belong (the engine's writer) and returns its result."""

    def __call__(self, fn: Callable[[Store], T], /) -> T: ...


class DraftSecrets:
    """A connector's secrets handle for an account not saved yet: kept in memory only,
    written to the keyring by ``save_account``. Its repr never shows a value."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self._values = {k: v for k, v in (values or {}).items() if v}

    def __repr__(self) -> str:
        return f"<DraftSecrets keys={sorted(self._values)}>"

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        if value:
            self._values[key] = value
        else:
            self._values.pop(key, None)

    def update(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            self.set(key, value)

    def items(self) -> list[tuple[str, str]]:
        return sorted(self._values.items())

    def clear(self) -> None:
        self._values.clear()


@dataclass(frozen=True, slots=True)
class Draft:
    """Checked settings of an account to add: config (no secrets) and the secrets."""

    kind: str
    channel: str
    config: dict[str, str]
    secrets: DraftSecrets


def prepare(
    cls: type[Connector], values: Mapping[str, str], secrets: DraftSecrets | None = None
) -> Draft:
    """Validate ``values`` against the connector's schema (ValueError names the field) and
    split them: secret fields join ``secrets`` (which may already hold sign-in tokens)."""
    schema: ConfigSchema = cls.schema
    known = {f.key for f in schema}
    held = secrets or DraftSecrets()
    merged = {k: v for k, v in values.items() if k in known}
    for key in schema.secret_keys:  # a token got by signing in counts as typed
        if not merged.get(key) and held.get(key):
            merged[key] = held.get(key) or ""
    cleaned = schema.validate(merged)
    config = {k: v for k, v in cleaned.items() if k not in schema.secret_keys}
    held.update({k: cleaned[k] for k in schema.secret_keys if cleaned.get(k)})
    # Keys outside the schema (tokens a sign-in stored, e.g. an expiry) stay in ``held``.
    return Draft(cls.kind, cls.channel.value, config, held)


def check_draft(cls: type[Connector], draft: Draft) -> None:
    """Run the connector's ``check()`` on the draft (blocking: never on the GUI thread)."""
    connector = cls(draft.config, draft.secrets)
    try:
        connector.check()
    finally:
        connector.close()


def suggested_name(cls: type[Connector], values: Mapping[str, str]) -> str:
    """A name for the account list: the address or handle the agent typed, else the kind."""
    for key in ("address", "account", "bot_username", "username", "handle"):
        value = (values.get(key) or "").strip()
        if value and key in {f.key for f in cls.schema} and not cls.schema.field(key).secret:
            return value
    return cls.display_name or cls.kind


def save_account(store_call: StoreCall, secrets: Secrets, name: str, draft: Draft) -> Account:
    """Add the account to the store and its secrets to the keyring; if the keyring refuses,
    the account is removed again, so no account is ever left without its credentials."""
    account = store_call(lambda s: s.add_account(name, draft.kind, draft.config, draft.channel))
    try:
        handle = secrets.for_account(secret_key(account))
        for key, value in draft.secrets.items():
            handle.set(key, value)
    except BaseException:
        store_call(lambda s: s.remove_account(account.id))
        raise
    return account


def secret_keys_of(registry: Registry, account: Account, extra: Iterable[str] = ()) -> list[str]:
    """Every secret an account may have in the keyring: its schema's secret fields, plus
    the token keys sign-ins store beside them."""
    info = registry.connectors.get(account.kind)
    keys = list(info.cls.schema.secret_keys) if info and info.cls else []
    for key in (*TOKEN_KEYS, *extra):
        if key not in keys:
            keys.append(key)
    return keys


# What a browser sign-in stores beside the schema's secret fields (imap: oauth.py; x: oauth.py).
TOKEN_KEYS = ("oauth_access_token", "oauth_refresh_token", "oauth_expires_at")


def remove_account(
    store_call: StoreCall, secrets: Secrets, registry: Registry, account: Account
) -> None:
    """Forget the account and its secrets; its conversations stay in the workspace."""
    store_call(lambda s: s.remove_account(account.id))
    secrets.delete_account(secret_key(account), secret_keys_of(registry, account))


def check_account(registry: Registry, secrets: Secrets, account: Account) -> None:
    """``check()`` a saved account with its stored secrets (blocking)."""
    cls = registry.get(account.kind)
    connector = cls(account.config, secrets.for_account(secret_key(account)))
    try:
        connector.check()
    finally:
        connector.close()


class Direct:
    """A StoreCall on a store the caller owns (the CLI)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __call__(self, fn: Callable[[Store], T], /) -> T:
        return fn(self.store)
