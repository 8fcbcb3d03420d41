"""The data commands: demo, sync, search, conversations, show, reply, export, diagnostics."""

from __future__ import annotations

import argparse
import csv
import signal
import sys
import threading
from typing import Any, TextIO

from omniinbox.cli.accounts import workspace_secrets
from omniinbox.cli.output import ProgressBar, UserError, emit_json, highlight, table
from omniinbox.cli.parser import parse_ticket
from omniinbox.connector import AccountState, ConnectorError, discover
from omniinbox.domain import Status
from omniinbox.store import ConversationFilter, Store
from omniinbox.sync.engine import Engine
from omniinbox.sync.events import AccountStatus, EngineEvent
from omniinbox.sync.runtime import secret_key
from omniinbox.workspace import Workspace


def _reader(ws: Workspace) -> Store:
    if not ws.exists():
        raise UserError(f"no workspace at {ws.root} yet: run 'omniinbox demo' or add an account")
    return ws.open_store()


def demo(ws: Workspace, args: argparse.Namespace) -> int:
    from omniinbox.demo import create_demo_workspace

    try:
        summary = create_demo_workspace(ws, seed=args.seed)
    except (ValueError, RuntimeError) as exc:
        raise UserError(str(exc)) from None
    print(
        f"demo workspace ready at {ws.root}: {summary.conversations} conversations, "
        f"{summary.customers} customers, {summary.messages} messages"
    )
    return 0


def sync(ws: Workspace, args: argparse.Namespace) -> int:
    store = ws.open_store()
    accounts = [store.account_by_name(args.account)] if args.account else store.accounts()
    accounts = [a for a in accounts if a.enabled]
    if not accounts:
        raise UserError("no accounts to sync: add one with 'omniinbox accounts add KIND --name N'")
    secrets = workspace_secrets(ws)
    engine = Engine(store, discover(), lambda a: secrets.for_account(secret_key(a)))
    bar = ProgressBar()
    engine.add_listener(lambda e: _show_progress(e, bar))
    try:
        return _watch(engine, bar) if args.watch else _sync_each(engine, accounts, bar)
    finally:
        engine.stop()


def _show_progress(event: EngineEvent, bar: ProgressBar) -> None:
    if isinstance(event, AccountStatus) and event.state is AccountState.SYNCING:
        bar.update(event.account_name, event.done, event.total)


def _sync_each(engine: Engine, accounts: list[Any], bar: ProgressBar) -> int:
    failed = 0
    for account in accounts:
        try:
            result = engine.sync_once(account)
        except ConnectorError as exc:
            bar.finish()
            print(f"{account.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        bar.finish()
        print(f"{account.name}: {result.events} new events, {result.sent} sent")
    return 1 if failed else 0


def _watch(engine: Engine, bar: ProgressBar) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def status_line(event: EngineEvent) -> None:
        if isinstance(event, AccountStatus) and event.state is not AccountState.SYNCING:
            bar.finish()
            print(f"{event.account_name}: {event.state.value} — {event.sentence}", flush=True)

    engine.add_listener(status_line)
    engine.start()
    stop.wait()
    return 0


def search(ws: Workspace, args: argparse.Namespace) -> int:
    hits = _reader(ws).search(" ".join(args.query), limit=args.limit)
    if args.json:
        emit_json([h.as_json() for h in hits])
        return 0
    tty = sys.stdout.isatty()
    for h in hits:
        print(f"#{h.ticket}  {h.customer}  {h.subject}\n    {highlight(h.snippet, tty)}")
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def conversations(ws: Workspace, args: argparse.Namespace) -> int:
    flt = ConversationFilter(statuses=(Status(args.status),) if args.status else ())
    rows = _reader(ws).conversations(flt, limit=args.limit)
    if args.json:
        emit_json([r.as_json() for r in rows])
    else:
        table(
            [
                [
                    f"#{r.ticket}",
                    r.status.value,
                    r.channel,
                    r.contact_name[:24],
                    r.subject[:48],
                    r.owner_name or "-",
                    r.last_message_at,
                ]
                for r in rows
            ],
            ["TICKET", "STATUS", "CHANNEL", "CUSTOMER", "SUBJECT", "OWNER", "LAST"],
        )
    return 0


def _conversation_json(store: Store, conversation_id: int) -> dict[str, Any]:
    row = store.conversation(conversation_id)
    data = row.as_json()
    data["identities"] = [
        {"kind": k, "value": v, "display": d}
        for k, v, d in store.contact_identities(row.contact_id or 0)
    ]
    data["messages"] = [
        {
            "direction": m.direction.value,
            "author": m.author,
            "sent_at": m.sent_at.isoformat(),
            "subject": m.subject,
            "text": m.text,
            "delivery": m.delivery or None,
            "attachments": [
                {"name": a.name, "mime": a.mime, "size": a.size} for a in m.attachments
            ],
        }
        for m in store.messages(conversation_id)
    ]
    return data


def show(ws: Workspace, args: argparse.Namespace) -> int:
    store = _reader(ws)
    row = store.conversation_by_ticket(parse_ticket(args.ticket))
    data = _conversation_json(store, row.id)
    if args.json:
        emit_json(data)
        return 0
    print(
        f"#{row.ticket}  {row.subject}\n{row.contact_name} · {row.channel} · {row.status.value}"
        f" · owner: {row.owner_name or 'nobody'}\n"
    )
    for m in data["messages"]:
        state = f" [{m['delivery']}]" if m["delivery"] else ""
        print(f"--- {m['direction']} · {m['author']} · {m['sent_at']}{state}")
        print(m["text"].rstrip() + "\n")
    return 0


def reply(ws: Workspace, args: argparse.Namespace) -> int:
    store = _reader(ws)
    row = store.conversation_by_ticket(parse_ticket(args.ticket))
    agents = store.agents()
    agent = None
    if args.agent:
        agent = next((a for a in agents if a.name.casefold() == args.agent.casefold()), None)
        if agent is None:
            raise UserError(
                f"no agent named {args.agent!r} (agents: {', '.join(a.name for a in agents)})"
            )
    elif agents:
        agent = agents[0]
    store.queue_reply(row.id, args.text, agent.id if agent else None)
    print(f"reply to #{row.ticket} queued; it is sent on the next sync")
    return 0


def export(ws: Workspace, args: argparse.Namespace) -> int:
    store = _reader(ws)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            _export(store, args.json, fh)
    else:
        _export(store, args.json, sys.stdout)
    return 0


def _export(store: Store, as_json: bool, out: TextIO) -> None:
    ids = store.conversation_ids(order="oldest")
    if as_json:
        emit_json([_conversation_json(store, cid) for cid in ids], out)
        return
    writer = csv.writer(out)
    header = [
        "ticket",
        "status",
        "channel",
        "customer",
        "subject",
        "direction",
        "author",
        "sent_at",
        "text",
    ]
    writer.writerow(header)
    for cid in ids:
        data = _conversation_json(store, cid)
        for m in data["messages"]:
            writer.writerow(
                [
                    data["ticket"],
                    data["status"],
                    data["channel"],
                    data["customer"],
                    data["subject"],
                    m["direction"],
                    m["author"],
                    m["sent_at"],
                    m["text"],
                ]
            )


def diagnostics(ws: Workspace, args: argparse.Namespace) -> int:
    """What a support request needs (omniinbox.diagnostics): never a secret."""
    from omniinbox.diagnostics import collect

    registry = discover()

    def secret_keys(kind: str) -> tuple[str, ...]:
        return registry.get(kind).schema.secret_keys

    try:
        backend = workspace_secrets(ws).backend_name
    except Exception as exc:  # a broken keyring is itself worth reporting
        backend = f"unavailable ({type(exc).__name__})"
    sys.stdout.write(
        collect(ws, secret_keys=secret_keys, keyring_backend=backend, log_lines=args.log_lines)
    )
    return 0
