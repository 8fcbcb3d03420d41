"""Start-up time of the bundle next to the pip-installed command (medians of wall time).

    python packaging/measure_start.py [--runs 3] [--cold]

Measures `omniinbox --version` and `omniinbox gui --demo --screenshot` (offscreen; the first
start creates the demo desk, a later one reopens it) for build/bundle/omniinbox/omniinbox and
for the `omniinbox` beside this Python. --cold empties the page cache before every run (Linux,
root: writes /proc/sys/vm/drop_caches, which slows everything else on the machine: not while
another benchmark runs); without it the files are in memory (warm).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = {
    "bundle": REPO / "build" / "bundle" / "omniinbox" / "omniinbox",
    "pip install": Path(sys.executable).parent / "omniinbox",
}


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed(cmd: list[str], cold: bool) -> float:
    if cold:
        drop_caches()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(runs: int, cold: bool) -> dict[str, dict[str, float]]:
    """Median per program and case; the programs take turns, so both see the same load."""
    times: dict[str, dict[str, list[float]]] = {name: {} for name in PROGRAMS}
    for _ in range(runs):
        for name, program in PROGRAMS.items():
            with tempfile.TemporaryDirectory() as tmp:
                gui = [str(program), "gui", "--demo", "--screenshot", f"{tmp}/shot.png"]
                gui += ["--workspace", f"{tmp}/ws"]
                for case, cmd in (
                    ("--version", [str(program), "--version"]),
                    ("gui, first start", gui),
                    ("gui, later", gui),
                ):
                    times[name].setdefault(case, []).append(timed(cmd, cold))
    return {
        name: {case: statistics.median(found) for case, found in cases.items()}
        for name, cases in times.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    args = parser.parse_args()
    results = measure(args.runs, args.cold)
    cases = list(next(iter(results.values())))
    print(
        f"| median of {args.runs}, {'cold' if args.cold else 'warm'} | " + " | ".join(cases) + " |"
    )
    print("|---|" + "---:|" * len(cases))
    for name, found in results.items():
        print(f"| {name} | " + " | ".join(f"{found[c]:.2f} s" for c in cases) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
