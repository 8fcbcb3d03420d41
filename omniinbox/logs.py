"""Logging to the workspace's log file, rotated; tracebacks go there, never to the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def log_to_file(path: Path, level: int = logging.INFO) -> None:
    """Send this process's log records to ``path`` (1 MB x 5 files). Safe to call twice."""
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, RotatingFileHandler)
            and Path(handler.baseFilename) == path.resolve()
        ):
            return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return  # a read-only workspace still works; it only cannot keep a log
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
