"""The helpdesk commands: kpi, rules, templates, assign, status, bulk, agents, desk.

They work on the workspace's store directly, like `reply`: what has to reach a channel is
queued and goes out on the next sync, which also runs the desk processor (acknowledgements,
rules, surveys)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from omniinbox.cli.output import UserError, emit_json, table
from omniinbox.cli.parser import parse_ticket
from omniinbox.domain import Agent, Status
from omniinbox.domain.business_hours import next_open
from omniinbox.domain.clock import utcnow
from omniinbox.store import BulkProgress, Segment, Store
from omniinbox.store.desk_rules import rule_from_json, rule_to_json
from omniinbox.sync.desk_kpi import KpiQuery, kpi_report, parse_day, report_csv, report_json
from omniinbox.workspace import Workspace


def _store(ws: Workspace) -> Store:
    if not ws.exists():
        raise UserError(f"no workspace at {ws.root} yet: run 'omniinbox demo' or add an account")
    return ws.open_store()


def _agent(store: Store, name: str | None, *, default_first: bool = False) -> Agent | None:
    agents = store.agents()
    if not name:
        return agents[0] if default_first and agents else None
    found = [a for a in agents if a.name.casefold() == name.strip().casefold()]
    if not found:
        names = ", ".join(a.name for a in agents) or "none yet: add one with 'omniinbox agents add'"
        raise UserError(f"no agent named {name!r} (agents: {names})")
    return found[0]


def _read(path: str) -> str:
    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text") from None


def kpi(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    query = KpiQuery(
        parse_day(args.start),
        parse_day(args.end),
        args.channel or "",
        args.account or "",
        args.agent or "",
        args.category or "",
    )
    report = kpi_report(store, query)
    text = report_json(report) if args.json else report_csv(report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


# --- rules ----------------------------------------------------------------------------------


def _rule_file(store: Store, path: str) -> Any:
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None

    def agent_id(name: str) -> int:
        agent = _agent(store, name)
        assert agent is not None
        return agent.id

    return rule_from_json(data, agent_id)


def rules(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    action = args.rules_command
    if action == "list":
        found = store.rules()
        if args.json:
            emit_json([{"id": r.id, **rule_to_json(r)} for r in found])
        elif found:
            table(
                [
                    [
                        r.order,
                        r.name,
                        r.trigger.value,
                        "yes" if r.enabled else "no",
                        len(r.conditions),
                        ", ".join(a.kind.value for a in r.actions),
                    ]
                    for r in found
                ],
                ["ORDER", "NAME", "WHEN", "ENABLED", "CONDITIONS", "ACTIONS"],
            )
        else:
            print("no rules yet: add one with 'omniinbox rules add --json FILE'")
        return 0
    if action in ("add", "dry-run"):
        rule = _rule_file(store, args.file)
        if action == "dry-run":
            now = utcnow()
            cal = store.desk_calendar(range(now.year - 1, now.year + 2))
            tickets = store.dry_run_rule(rule, cal, now, args.limit)
            print(" ".join(f"#{t}" for t in tickets) if tickets else "no past conversation matches")
            return 0
        existing = next((r for r in store.rules() if r.name == rule.name), None)
        if existing is not None:
            rule = replace(rule, id=existing.id, order=rule.order or existing.order)
        saved = store.save_rule(rule)
        print(f"rule {saved.name!r} saved at position {saved.order}")
        return 0
    rule = store.rule(args.name)
    if action == "remove":
        store.remove_rule(args.name)
        print(f"rule {rule.name!r} removed")
    else:
        store.save_rule(replace(rule, enabled=action == "enable"))
        print(f"rule {rule.name!r} {action}d")
    return 0


# --- templates ------------------------------------------------------------------------------


def templates(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    store.seed_templates()
    action = args.templates_command
    agent = _agent(store, getattr(args, "agent", None))
    owner = agent.id if agent else None
    if action == "list":
        found = (
            store.find_templates(args.search, owner, args.language)
            if args.search
            else store.templates(owner)
        )
        if args.language and not args.search:
            found = [t for t in found if t.language == args.language]
        if args.json:
            emit_json(
                [
                    {
                        "id": t.id,
                        "name": t.name,
                        "language": t.language,
                        "body": t.body,
                        "personal": not t.shared,
                    }
                    for t in found
                ]
            )
        else:
            table(
                [
                    [
                        t.name,
                        t.language,
                        "personal" if t.owner_id else "shared",
                        " ".join(t.body.split())[:60],
                    ]
                    for t in found
                ],
                ["NAME", "LANG", "FOR", "TEXT"],
            )
        return 0
    if action == "add":
        body = args.text if args.text is not None else _read(args.file)
        saved = store.save_template(args.name, args.language, body, owner)
        print(f"template {saved.name!r} ({saved.language}) saved")
        return 0
    match = [
        t
        for t in store.templates(owner)
        if t.name == args.name and t.language == args.language and t.owner_id == owner
    ]
    if not match or match[0].id is None:
        raise UserError(f"no template {args.name!r} in {args.language!r}")
    store.remove_template(match[0].id)
    print(f"template {args.name!r} ({args.language}) removed")
    return 0


# --- assign and status ----------------------------------------------------------------------


def assign(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    row = store.conversation_by_ticket(parse_ticket(args.ticket))
    agent = None if args.agent.strip().lower() == "nobody" else _agent(store, args.agent)
    store.assign([row.id], agent.id if agent else None, actor="cli")
    print(f"#{row.ticket} is now owned by {agent.name if agent else 'nobody'}")
    return 0


_RELATIVE = re.compile(r"^\+?(\d+)\s*([mhd])$", re.IGNORECASE)


def parse_until(store: Store, text: str, now: datetime) -> datetime:
    """+30m / +4h / +2d; a date (the desk's opening that day or after); a date and time on
    the desk's clock (or with its own offset)."""
    text = text.strip()
    cal = store.desk_calendar(range(now.year, now.year + 2))
    if m := _RELATIVE.match(text):
        unit = {"m": "minutes", "h": "hours", "d": "days"}[m.group(2).lower()]
        return now + timedelta(**{unit: int(m.group(1))})
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return next_open(cal, datetime.combine(day, time(0), cal.zone))
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{text!r} is not a time: use +30m, +4h, +2d, 2026-12-01 or 2026-12-01T09:30"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=cal.zone)


def status(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    row = store.conversation_by_ticket(parse_ticket(args.ticket))
    agent = _agent(store, args.agent)
    actor = agent.name if agent else "cli"
    now = utcnow()
    if args.status == "snooze":
        if not args.until:
            raise UserError("snooze needs --until (e.g. +4h, +2d, 2026-12-01)")
        until = parse_until(store, args.until, now)
        if until <= now:
            raise UserError("--until must be in the future")
        store.desk_status([row.id], Status.SNOOZED, actor, at=now, snoozed_until=until)
        print(f"#{row.ticket} snoozed until {until.isoformat(timespec='minutes')}")
        return 0
    if args.until:
        raise UserError("--until is only for snooze")
    store.desk_status([row.id], Status(args.status), actor, at=now)
    print(f"#{row.ticket} is {args.status}")
    return 0


# --- bulk -----------------------------------------------------------------------------------


def _progress_line(job_id: str, p: BulkProgress) -> str:
    extra = f", {len(p.no_channel)} without a channel" if p.no_channel else ""
    return (
        f"bulk {job_id}: {p.queued} of {p.total} queued, {p.sent} sent, {p.failed} failed, "
        f"{p.uncertain} uncertain{extra}"
    )


def bulk(ws: Workspace, args: argparse.Namespace) -> int:
    store = _store(ws)
    if args.progress:
        progress = store.bulk_progress(args.progress)
        if args.json:
            emit_json({"id": args.progress, **asdict(progress), "done": progress.done})
        else:
            print(_progress_line(args.progress, progress))
        return 0
    if args.resume:
        progress, _ = store.queue_bulk(args.resume)
        print(_progress_line(args.resume, progress) + "; sent on the next sync")
        return 0
    tickets: tuple[int, ...] = ()
    if args.tickets:
        tickets = tuple(parse_ticket(t) for t in re.split(r"[,\s]+", args.tickets.strip()) if t)
    segment = Segment(args.query or "", args.tag or "", args.category or "", tickets)
    if segment.empty:
        raise UserError("choose who gets it: --query, --tag, --category or --tickets")
    if not args.text or not args.text.strip():
        raise UserError("--text is needed: the message to send")
    agent = _agent(store, args.agent, default_first=True)
    agent_id = agent.id if agent else None
    preview = store.bulk_preview(segment, args.text, agent_id)
    if args.dry_run:
        if args.json:
            emit_json(
                [
                    {
                        "customer": r.name,
                        "channel": r.channel,
                        "ticket": r.ticket,
                        "text": r.text,
                        "missing": list(r.missing),
                    }
                    for r in preview
                ]
            )
        else:
            for r in preview:
                where = f"#{r.ticket}" if r.ticket else "a new conversation"
                print(f"--- {r.name} · {r.channel or 'no channel'} · {where}")
                print(r.text.rstrip() + "\n")
            print(f"{len(preview)} customers; nothing was queued (--dry-run)")
        return 0
    job = store.start_bulk(segment, args.text, subject=args.subject, agent_id=agent_id)
    progress, _ = store.queue_bulk(job.id)
    print(_progress_line(job.id, progress) + "; sent on the next sync")
    return 0


# --- agents and desk settings ---------------------------------------------------------------


def agents(ws: Workspace, args: argparse.Namespace) -> int:
    if args.agents_command == "add":
        store = ws.open_store()
        agent = store.add_agent(args.name, args.email)
        print(f"agent {agent.name!r} added")
        return 0
    found = _store(ws).agents()
    if args.json:
        emit_json(
            [{"id": a.id, "name": a.name, "email": a.email, "active": a.active} for a in found]
        )
    elif found:
        table(
            [[a.name, a.email or "-", "yes" if a.active else "no"] for a in found],
            ["NAME", "EMAIL", "ACTIVE"],
        )
    else:
        print("no agents yet: add one with 'omniinbox agents add NAME'")
    return 0


def desk(ws: Workspace, args: argparse.Namespace) -> int:
    store = ws.open_store() if args.desk_command == "set" else _store(ws)
    if args.desk_command == "set":
        store.set_desk_option(args.key, args.value)
        print(f"{args.key} = {store.desk_options().get(args.key, args.value)}")
        return 0
    options = store.desk_options()
    if args.json:
        emit_json(options)
    else:
        width = max(len(k) for k in options)
        for key, value in options.items():
            print(f"{key.ljust(width)}  {value}")
    return 0


COMMANDS = {
    "kpi": kpi,
    "rules": rules,
    "templates": templates,
    "assign": assign,
    "status": status,
    "bulk": bulk,
    "agents": agents,
    "desk": desk,
}
