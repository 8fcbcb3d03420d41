"""The command line, declared in one place: every command and option with its help."""

from __future__ import annotations

import argparse

from omniinbox import __version__
from omniinbox.cli.desk_parser import add_desk_commands
from omniinbox.cli.importing import add_import_command
from omniinbox.domain import Status

DESCRIPTION = """\
OmniInbox: a desktop support inbox. Email, Telegram and X conversations become one list of
tickets in a local store; agents triage offline and sync when the network is there.
With no command, opens the window."""

EPILOG = """\
The workspace (database, attachments, settings) is --workspace DIR, else $OMNIINBOX_HOME,
else the platform's data folder. Credentials are kept in the system keyring only (an encrypted
file where there is none: set OMNIINBOX_KEYRING_PASSPHRASE or answer the prompt)."""


def _workspace_option(parser: argparse.ArgumentParser, top: bool) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="the workspace folder to use",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omniinbox",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"OmniInbox {__version__}")
    _workspace_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _workspace_option(p, top=False)
        return p

    gui = command("gui", "open the window (the default command)")
    gui.add_argument("--demo", action="store_true", help="open the demo workspace")
    gui.add_argument(
        "--screenshot", metavar="PNG", help="render the window offscreen to PNG and exit"
    )
    gui.add_argument(
        "--screenshots", metavar="DIR", help="save pictures of the main views into DIR and exit"
    )
    gui.add_argument("url", nargs="?", help="a mailto: link (from the desktop's mail handler)")

    demo = command("demo", "fill the workspace with the demo desk (about 300 conversations)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same demo)")

    accounts = command("accounts", "add, list, check and remove channel accounts")
    acc = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add = acc.add_parser("add", help="add an account of a connector KIND")
    _workspace_option(add, top=False)
    add.add_argument("kind", help="connector kind, e.g. imap, telegram, x (see 'connectors')")
    add.add_argument("--name", required=True, help="a name for the account, e.g. 'Support email'")
    add.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a non-secret setting; repeat for more",
    )
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read secret settings from standard input as KEY=VALUE lines "
        "(a bare line is the value of the only secret field) instead of a hidden prompt",
    )
    lst = acc.add_parser("list", help="list the accounts")
    _workspace_option(lst, top=False)
    lst.add_argument("--json", action="store_true", help="print JSON")
    for name, text in (("check", "check credentials and reachability"), ("remove", "remove")):
        p = acc.add_parser(name, help=f"{text} an account")
        _workspace_option(p, top=False)
        p.add_argument("name", help="the account's name")

    connectors = command("connectors", "list installed connectors, and why any is unavailable")
    connectors.add_argument("--json", action="store_true", help="print JSON")

    sync = command("sync", "fetch new messages and send what is queued")
    sync.add_argument("--account", metavar="NAME", help="only this account")
    sync.add_argument("--watch", action="store_true", help="keep syncing until interrupted")

    search = command("search", "full-text search (filters: from: channel: status: tag: #TICKET)")
    search.add_argument("query", nargs="+", help="words to find")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=int, default=50, help="at most this many hits")

    convs = command("conversations", "list conversations, newest activity first")
    convs.add_argument("--status", choices=[s.value for s in Status], help="only this status")
    convs.add_argument("--limit", type=int, default=50, help="at most this many")
    convs.add_argument("--json", action="store_true", help="print JSON")

    show = command("show", "show one ticket with its messages")
    show.add_argument("ticket", help="ticket number, e.g. 1042 or #1042")
    show.add_argument("--json", action="store_true", help="print JSON")

    reply = command("reply", "queue a reply to a ticket (sent on the next sync)")
    reply.add_argument("ticket", help="ticket number")
    reply.add_argument("--text", required=True, help="the reply")
    reply.add_argument("--agent", metavar="NAME", help="the agent answering (default: the first)")

    export = command("export", "export every conversation with its messages")
    fmt = export.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", action="store_true", help="as JSON (conversations with messages)")
    fmt.add_argument("--csv", action="store_true", help="as CSV (one row per message)")
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output")
    add_desk_commands(command)  # kpi, rules, templates, assign, status, bulk, agents, desk
    add_import_command(command)  # import mbox|maildir PATH

    diagnostics = command(
        "diagnostics", "print what a support request needs (versions, accounts, log; no secrets)"
    )
    diagnostics.add_argument(
        "--log-lines", type=int, default=200, metavar="N", help="the last N lines of the log"
    )
    return parser


def parse_ticket(text: str) -> int:
    from omniinbox.cli.output import UserError

    try:
        return int(text.lstrip("#"))
    except ValueError:
        raise UserError(f"{text!r} is not a ticket number (like 1042 or #1042)") from None
