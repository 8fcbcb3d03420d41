"""What the email benchmark's parts share: logging, quantiles, timed child processes, the
machine and code measured."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

EXTRA = 100  # messages for the incremental test
DOWNLOAD_CHUNK = 100  # attachment refs per download_many call (~16 MB held at once at 50k)
TARGETS = {
    "usable": 1.5,  # x mbsync's plain copy
    "full": 2.0,  # x mbsync's plain copy
    "nochange": 0.3,  # seconds per folder
    "search_ms": 50.0,  # p95 at 50k, and at or below notmuch's
    "rss_mb": 400.0,
}


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def pct(samples: list[float], q: float) -> float:
    """The q-quantile as store_scale.py takes it (nearest rank below)."""
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * q) - 1)]


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "p95": pct(samples, 0.95), "n": len(samples)}


LAST_CPU = [0.0]  # user + system seconds of the last run_timed process


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(seconds, peak RSS MB of that process, stdout); raises with stderr when it fails.
    The process's CPU seconds (user + system) are left in LAST_CPU[0]."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}... failed ({proc.returncode}): {errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, text


def code_state() -> dict[str, Any]:
    """Which code was measured: HEAD, and a digest of the connector and store sources as they
    are in the work tree (uncommitted changes included)."""
    import hashlib

    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "connectors/imap", "omniinbox/store"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("connectors/imap/*.py"), *ROOT.glob("omniinbox/store/*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return {"head": head, "dirty": bool(dirty), "sources": digest.hexdigest()[:12]}


def machine() -> dict[str, Any]:
    import platform
    import sqlite3

    model = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "mem_gb": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def du(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(dirpath, name)).st_size
    return total
