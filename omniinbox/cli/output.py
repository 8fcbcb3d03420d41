"""Printing for people and for scripts: tables, JSON, one-line errors, a progress bar."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from omniinbox.store.search import HIT_END, HIT_START


class UserError(Exception):
    """Something the user can fix; printed as one line, exit status 2."""


def emit_json(value: Any, out: TextIO | None = None) -> None:
    json.dump(value, out or sys.stdout, ensure_ascii=False, indent=2)
    (out or sys.stdout).write("\n")


def table(
    rows: Sequence[Sequence[object]], headers: Sequence[str], out: TextIO | None = None
) -> None:
    out = out or sys.stdout
    cells = [[str(h) for h in headers], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def highlight(snippet: str, tty: bool) -> str:
    if tty:
        return snippet.replace(HIT_START, "\x1b[1m").replace(HIT_END, "\x1b[0m")
    return snippet.replace(HIT_START, "[").replace(HIT_END, "]")


class ProgressBar:
    """A one-line bar on a terminal; silent when stderr is not one (pipes, CI logs)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.active = self.stream.isatty()
        self.shown = False

    def update(self, label: str, done: int | None, total: int | None) -> None:
        if not self.active:
            return
        if done is not None and total:
            filled = int(self.width * min(done, total) / total)
            bar = "#" * filled + "-" * (self.width - filled)
            text = f"\r{label} [{bar}] {done}/{total}"
        else:
            text = f"\r{label} …"
        self.stream.write(text.ljust(70))
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False
