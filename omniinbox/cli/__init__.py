"""The `omniinbox` command: headless commands, and the window when no command is given."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from omniinbox.cli import accounts, commands, desk, importing
from omniinbox.cli.output import UserError
from omniinbox.cli.parser import build_parser
from omniinbox.connector import ConnectorError
from omniinbox.logs import log_to_file
from omniinbox.secrets import SecretsUnavailable
from omniinbox.store import SchemaTooNew, StoreError
from omniinbox.workspace import Workspace

log = logging.getLogger("omniinbox.cli")

COMMANDS = {
    "demo": commands.demo,
    "sync": commands.sync,
    "search": commands.search,
    "conversations": commands.conversations,
    "show": commands.show,
    "reply": commands.reply,
    "export": commands.export,
    "accounts": accounts.run,
    "import": importing.run,
    "diagnostics": commands.diagnostics,
    **desk.COMMANDS,
}


def _gui(ws: Workspace, args: argparse.Namespace) -> int:
    from omniinbox.ui.app import run_gui

    shot, shots = getattr(args, "screenshot", None), getattr(args, "screenshots", None)
    return run_gui(
        ws,
        demo=getattr(args, "demo", False),
        screenshot=Path(shot) if shot else None,
        screenshot_dir=Path(shots) if shots else None,
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().startswith("mailto:"):  # `omniinbox mailto:...` from the desktop
        argv.insert(0, "gui")
    args = build_parser().parse_args(argv)
    ws = Workspace.at(args.workspace)
    logging.getLogger().addHandler(logging.NullHandler())  # never Python's stderr fallback
    if ws.root.exists():
        log_to_file(ws.log_path)
    try:
        if args.command in (None, "gui"):
            return _gui(ws, args)
        if args.command == "connectors":
            return accounts.connectors(args)
        return COMMANDS[args.command](ws, args)
    except (UserError, StoreError, ConnectorError, SecretsUnavailable, SchemaTooNew) as exc:
        print(f"omniinbox: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UserError) else 1
    except BrokenPipeError:  # `omniinbox search ... | head`: the reader left, nothing to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except OSError as exc:
        log.exception("I/O error")
        print(
            f"omniinbox: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line here, the traceback in the log file
        log.exception("unexpected error")
        print(
            f"omniinbox: unexpected error ({type(exc).__name__}: {exc}); details are in "
            f"{ws.log_path}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
