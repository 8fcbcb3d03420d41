"""`omniinbox import mbox|maildir PATH`: mail history into the workspace, resumable."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from omniinbox.cli.output import UserError, emit_json
from omniinbox.store import Store
from omniinbox.sync.importing import (
    ImportProgress,
    ImportSummary,
    MailImport,
    choose_account,
)
from omniinbox.sync.mail_sources import SourceError
from omniinbox.workspace import Workspace

SHOWN_PROBLEMS = 10


def add_import_command(command: Any) -> None:
    """The parser lines (called from cli.parser with its ``command`` helper)."""
    imp = command("import", "import mail history from an mbox file or a Maildir folder")
    imp.add_argument("source_kind", choices=["mbox", "maildir"], help="what PATH is")
    imp.add_argument("path", metavar="PATH", help="the mbox file or the Maildir folder")
    imp.add_argument(
        "--account",
        metavar="NAME",
        help="the email account the mail belongs to (default: an 'Imported mail' account)",
    )
    imp.add_argument(
        "--own-address",
        dest="own",
        action="append",
        default=[],
        metavar="EMAIL",
        help="an address of the desk: mail from it is ours (outbound); repeat for more",
    )
    imp.add_argument(
        "--again",
        action="store_true",
        help="read the source from the start even if it was imported (stored mail is skipped)",
    )
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")


class _Line:
    """One progress line on a terminal; nothing when stderr is not one."""

    def __init__(self) -> None:
        self.active = sys.stderr.isatty()
        self.shown = False

    def show(self, p: ImportProgress) -> None:
        if not self.active:
            return
        share = f"{100 * p.done / p.total:5.1f}%" if p.total else "  …"
        where = (
            f"{p.done / 2**20:.1f}/{p.total / 2**20:.1f} MB"
            if p.unit == "bytes"
            else f"{p.done}/{p.total} files"
        )
        text = f"\rimporting {share} ({where}): {p.added} new, {p.skipped} already there"
        if p.failed:
            text += f", {p.failed} unreadable"
        sys.stderr.write(text.ljust(78))
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def run(ws: Workspace, args: argparse.Namespace) -> int:
    store = ws.open_store()
    try:
        return _run(store, args)
    except SourceError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()


def _run(store: Store, args: argparse.Namespace) -> int:
    account = choose_account(store, args.account, args.own)
    job = MailImport(args.source_kind, Path(args.path), account, own=args.own)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    line = _Line()
    try:
        summary = job.run(lambda fn: fn(store), line.show, cancel, restart=args.again)
    finally:
        signal.signal(signal.SIGINT, previous)
        line.end()
    if args.json:
        emit_json(_as_json(summary, account.name))
    else:
        _print(summary, account.name)
    return 130 if summary.cancelled else 0


def _as_json(summary: ImportSummary, account: str) -> dict[str, Any]:
    r = summary.record
    return {
        "source": r.path,
        "kind": r.source_kind,
        "account": account,
        "state": r.state,
        "added": summary.added,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "total": {"added": r.added, "skipped": r.skipped, "failed": r.failed, "read": r.done},
        "problems": [{"where": w, "problem": p} for w, p in summary.problems],
    }


def _print(summary: ImportSummary, account: str) -> None:
    r = summary.record
    if summary.cancelled:
        print(
            f"stopped: {summary.added} new messages imported into {account!r} so far; run the "
            "same command again to continue"
        )
    elif summary.nothing_new and not summary.skipped:
        print(f"{r.path} was imported before ({r.added} messages); nothing new in it")
    elif summary.nothing_new:
        print(f"nothing new in {r.path}: its {summary.skipped} messages were already there")
    else:
        print(
            f"imported {summary.added} new messages from {r.path} into {account!r} "
            f"({summary.skipped} already there)"
        )
    for where, problem in summary.problems[:SHOWN_PROBLEMS]:
        print(f"  {where}: {problem}", file=sys.stderr)
    if len(summary.problems) > SHOWN_PROBLEMS:
        print(f"  … and {len(summary.problems) - SHOWN_PROBLEMS} more", file=sys.stderr)
    if summary.failed:
        print(f"{summary.failed} messages could not be read (listed above)", file=sys.stderr)
