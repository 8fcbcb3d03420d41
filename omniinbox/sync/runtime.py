"""Wiring an engine for a workspace: its store, the installed connectors, the keyring."""

from __future__ import annotations

from collections.abc import Callable

from omniinbox.connector import Registry, SecretsHandle, discover
from omniinbox.domain import Account
from omniinbox.secrets import Secrets
from omniinbox.sync.engine import Engine
from omniinbox.workspace import Workspace


def open_secrets(
    workspace: Workspace, passphrase_provider: Callable[[], str | None] | None = None
) -> Secrets:
    return Secrets(workspace.keyring_path, passphrase_provider)


def secret_key(account: Account) -> str:
    """The keyring entry name of an account: stable across renames of the display name."""
    return f"account-{account.id}"


def build_engine(
    workspace: Workspace,
    *,
    registry: Registry | None = None,
    passphrase_provider: Callable[[], str | None] | None = None,
    interval: float = 60.0,
    secrets: Secrets | None = None,
) -> Engine:
    """The engine over the workspace's store (the one writer), secrets read on demand.
    Pass the app's ``secrets`` so the engine and the account dialogs share one keyring
    (and one passphrase prompt); otherwise the engine opens its own."""
    if secrets is None:
        secrets = open_secrets(workspace, passphrase_provider)

    def secrets_for(account: Account) -> SecretsHandle:
        return secrets.for_account(secret_key(account))

    return Engine(
        workspace.open_store(),
        registry or discover(),
        secrets_for,
        interval=interval,
        keyring=secrets,
    )
