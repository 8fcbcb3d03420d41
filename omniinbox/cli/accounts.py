"""`omniinbox accounts ...` and `omniinbox connectors`: accounts from connector schemas."""

from __future__ import annotations

import argparse
import getpass
import sys

from omniinbox.cli.output import UserError, emit_json, table
from omniinbox.connector import ConfigSchema, ConnectorError, Registry, discover
from omniinbox.secrets import Secrets
from omniinbox.sync.accounts_setup import (
    Direct,
    check_account,
    prepare,
    remove_account,
    save_account,
)
from omniinbox.sync.runtime import open_secrets
from omniinbox.workspace import Workspace


def _passphrase_prompt(ws: Workspace) -> str | None:
    if not sys.stdin.isatty():
        return None
    if ws.keyring_path.exists():
        return getpass.getpass("Passphrase for the OmniInbox secrets file: ") or None
    print("No system keyring here: secrets go to an encrypted file in the workspace.")
    first = getpass.getpass("Choose a passphrase for it: ")
    if first != getpass.getpass("Type it again: "):
        raise UserError("the two passphrases differ; nothing was saved")
    return first or None


def workspace_secrets(ws: Workspace) -> Secrets:
    return open_secrets(ws, lambda: _passphrase_prompt(ws))


def _settings(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set takes KEY=VALUE, not {pair!r}")
        values[key.strip()] = value
    return values


def _read_secrets(schema: ConfigSchema, from_stdin: bool) -> dict[str, str]:
    keys = schema.secret_keys
    if not keys:
        return {}
    values: dict[str, str] = {}
    if from_stdin:
        for line in sys.stdin.read().splitlines():
            if not line.strip():
                continue
            key, sep, value = line.partition("=")
            if sep and key.strip() in keys:
                values[key.strip()] = value
            elif len(keys) == 1:
                values[keys[0]] = line
            else:
                raise UserError(
                    f"standard input lines must be KEY=VALUE with KEY one of {', '.join(keys)}"
                )
        return values
    if not sys.stdin.isatty():
        raise UserError("secret settings need a terminal prompt or --secret-stdin")
    for key in keys:
        field = schema.field(key)
        value = getpass.getpass(f"{field.label}{'' if field.required else ' (optional)'}: ")
        if value:
            values[key] = value
    return values


def add(ws: Workspace, args: argparse.Namespace, registry: Registry) -> int:
    try:
        cls = registry.get(args.kind)
    except ConnectorError as exc:
        raise UserError(str(exc)) from None
    settings = _settings(args.settings)
    secret_given = sorted(set(settings) & set(cls.schema.secret_keys))
    if secret_given:
        raise UserError(
            f"{', '.join(secret_given)} is secret: give it at the prompt or with --secret-stdin, "
            "never on the command line"
        )
    secrets = _read_secrets(cls.schema, args.secret_stdin)
    try:
        draft = prepare(cls, {**settings, **secrets})
    except ValueError as exc:
        raise UserError(str(exc)) from None
    store = ws.open_store()
    try:
        account = save_account(Direct(store), workspace_secrets(ws), args.name, draft)
    finally:
        store.close()
    print(f"added {cls.display_name or cls.kind} account {account.name!r}")
    return 0


def list_accounts(ws: Workspace, args: argparse.Namespace, registry: Registry) -> int:
    accounts = ws.open_store(readonly=True).accounts() if ws.exists() else []
    rows = []
    for a in accounts:
        info = registry.connectors.get(a.kind)
        usable = "yes" if info and info.available else (info.problem if info else "not installed")
        rows.append(
            {
                "name": a.name,
                "kind": a.kind,
                "channel": a.channel.value,
                "enabled": a.enabled,
                "connector": usable,
            }
        )
    if args.json:
        emit_json(rows)
    elif rows:
        table(
            [
                [
                    r["name"],
                    r["kind"],
                    r["channel"],
                    "yes" if r["enabled"] else "no",
                    r["connector"],
                ]
                for r in rows
            ],
            ["NAME", "KIND", "CHANNEL", "ENABLED", "CONNECTOR"],
        )
    else:
        print("no accounts yet: add one with 'omniinbox accounts add KIND --name NAME'")
    return 0


def check(ws: Workspace, args: argparse.Namespace, registry: Registry) -> int:
    store = ws.open_store()
    account = store.account_by_name(args.name)
    check_account(registry, workspace_secrets(ws), account)
    print(f"{account.name}: connected, credentials accepted")
    return 0


def remove(ws: Workspace, args: argparse.Namespace, registry: Registry) -> int:
    store = ws.open_store()
    account = store.account_by_name(args.name)
    remove_account(Direct(store), workspace_secrets(ws), registry, account)
    print(f"removed account {account.name!r}; its conversations stay in the workspace")
    return 0


def run(ws: Workspace, args: argparse.Namespace) -> int:
    registry = discover()
    action = {"add": add, "list": list_accounts, "check": check, "remove": remove}
    return action[args.accounts_command](ws, args, registry)


def connectors(args: argparse.Namespace) -> int:
    registry = discover()
    rows = [
        {
            "kind": info.kind,
            "name": info.cls.display_name if info.cls else "",
            "available": info.available,
            "problem": info.problem,
            "origin": info.origin,
        }
        for info in sorted(registry.connectors.values(), key=lambda i: i.kind)
    ]
    if args.json:
        emit_json(rows)
    else:
        table(
            [
                [r["kind"], r["name"] or "-", "yes" if r["available"] else f"no: {r['problem']}"]
                for r in rows
            ],
            ["KIND", "NAME", "AVAILABLE"],
        )
    return 0
