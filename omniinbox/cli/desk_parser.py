"""The helpdesk commands' arguments: kpi, rules, templates, assign, status, bulk, agents, desk."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[str, str], argparse.ArgumentParser]
STATUSES = ("open", "pending", "resolved", "closed", "snooze")


def _ws(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--workspace", metavar="DIR", default=argparse.SUPPRESS, help="the workspace folder to use"
    )
    return parser


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def add_desk_commands(command: Command) -> None:
    kpi = command("kpi", "support KPIs for a period (formulas: docs/kpi.md)")
    kpi.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day")
    kpi.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, included")
    kpi.add_argument("--channel", help="only this channel (email, telegram, x, other)")
    kpi.add_argument("--account", metavar="NAME", help="only this account")
    kpi.add_argument("--agent", metavar="NAME", help="only conversations this agent owns")
    kpi.add_argument("--category", help="only this category (e.g. delivery.late)")
    fmt = kpi.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", action="store_true", help="as JSON")
    fmt.add_argument("--csv", action="store_true", help="as CSV (metric,value)")
    kpi.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output")

    rules = command("rules", "list, add, test and remove rules (evaluated in order)")
    act = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    _json(_ws(act.add_parser("list", help="list the rules in evaluation order")))
    add = _ws(act.add_parser("add", help="add a rule, or replace the one with the same name"))
    add.add_argument(
        "--json", dest="file", required=True, metavar="FILE", help="the rule (- for stdin)"
    )
    dry = _ws(act.add_parser("dry-run", help="which past conversations a rule would have matched"))
    dry.add_argument(
        "--json", dest="file", required=True, metavar="FILE", help="the rule (- for stdin)"
    )
    dry.add_argument(
        "--limit", type=int, default=500, help="look at this many latest conversations"
    )
    for name, text in (("remove", "remove a rule"), ("enable", "enable"), ("disable", "disable")):
        p = _ws(act.add_parser(name, help=f"{text} a rule" if name != "remove" else text))
        p.add_argument("name", help="the rule's name")

    templates = command("templates", "list, add and remove canned answers")
    tact = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    lst = _ws(tact.add_parser("list", help="list templates"))
    _json(lst)
    lst.add_argument("--language", help="only this language (en, ru, kk, uk, uz, ka, ...)")
    lst.add_argument("--agent", metavar="NAME", help="with this agent's personal templates")
    lst.add_argument("--search", metavar="WORDS", help="as the composer's / search finds them")
    tadd = _ws(tact.add_parser("add", help="add a template, or replace its text"))
    tadd.add_argument("--name", required=True, help="the template's name")
    tadd.add_argument(
        "--language", required=True, help="its language (en, ru, kk, uk, uz, ka, ...)"
    )
    body = tadd.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", help="the text; variables like {customer.first_name} {ticket}")
    body.add_argument("--file", metavar="FILE", help="read the text from FILE (- for stdin)")
    tadd.add_argument("--agent", metavar="NAME", help="personal to this agent (default: shared)")
    trm = _ws(tact.add_parser("remove", help="remove a template"))
    trm.add_argument("name", help="the template's name")
    trm.add_argument("--language", required=True, help="its language")
    trm.add_argument("--agent", metavar="NAME", help="the agent's personal template")

    assign = command("assign", "make an agent the owner of a ticket")
    assign.add_argument("ticket", help="ticket number, e.g. 1042 or #1042")
    assign.add_argument("agent", help="the agent's name, or 'nobody'")

    status = command("status", "set a ticket's status")
    status.add_argument("ticket", help="ticket number")
    status.add_argument("status", choices=STATUSES, help="the new status")
    status.add_argument(
        "--until", metavar="WHEN", help="for snooze: +30m, +4h, +2d, a date or a date and time"
    )
    status.add_argument("--agent", metavar="NAME", help="who does it (for the history)")

    bulk = command("bulk", "notify every customer of a segment on their last-used channel")
    who = bulk.add_argument_group("segment (every one given narrows it)")
    who.add_argument("--query", help="a saved search's name or a search query")
    who.add_argument("--tag", help="conversations with this tag")
    who.add_argument("--category", help="conversations in this category")
    who.add_argument("--tickets", metavar="LIST", help="tickets, e.g. 1042,1043")
    bulk.add_argument("--text", help="the message; variables like {customer.first_name} {ticket}")
    bulk.add_argument("--subject", default="", help="subject of conversations started for it")
    bulk.add_argument("--agent", metavar="NAME", help="who signs it (default: the first agent)")
    bulk.add_argument("--dry-run", action="store_true", help="show each customer's message only")
    bulk.add_argument("--resume", metavar="ID", help="queue the rest of an interrupted job")
    bulk.add_argument("--progress", metavar="ID", help="show how far a job got")
    _json(bulk)

    agents = command("agents", "add and list agents (their real names sign every answer)")
    aact = agents.add_subparsers(dest="agents_command", metavar="ACTION", required=True)
    aadd = _ws(aact.add_parser("add", help="add an agent"))
    aadd.add_argument("name", help="the agent's real name")
    aadd.add_argument("--email", default="", help="the agent's address")
    _json(_ws(aact.add_parser("list", help="list agents")))

    desk = command("desk", "show or change the desk settings (calendar, SLA, acks, CSAT)")
    dact = desk.add_subparsers(dest="desk_command", metavar="ACTION", required=True)
    _json(_ws(dact.add_parser("show", help="every setting as KEY VALUE")))
    dset = _ws(dact.add_parser("set", help="change one setting (keys: see 'desk show')"))
    dset.add_argument("key", help="e.g. calendar.tz, sla.first_response, ack.account.NAME")
    dset.add_argument("value", help="the new value")
