"""The helpdesk modules of the domain stay pure: no I/O libraries on import, no clock reading."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import omniinbox.domain

HELPDESK = [
    "autoack", "business_hours", "categories", "due_phrases", "holiday_calendars", "kpi",
    "language", "rule_conditions", "rules", "sla", "templates",
]  # fmt: skip
DOMAIN = Path(omniinbox.domain.__file__).parent


def test_importing_them_pulls_in_no_io_library() -> None:
    imports = "; ".join(f"import omniinbox.domain.{m}" for m in HELPDESK)
    code = (
        f"import sys; {imports}\n"
        "bad = [m for m in ('PySide6', 'sqlite3', 'sqlite_utils', 'keyring', 'httpx', 'socket',"
        " 'holidays') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_no_module_reads_the_clock_or_touches_files() -> None:
    forbidden = re.compile(
        r"\.now\(|\.today\(|utcnow|time\.time\(|(?<![\w.])open\(|Path\(|os\.environ"
    )
    for name in HELPDESK:
        source = (DOMAIN / f"{name}.py").read_text(encoding="utf-8")
        assert not forbidden.search(source), name


def test_only_holiday_calendars_imports_a_third_party_package() -> None:
    allowed = {"__future__", "collections", "dataclasses", "datetime", "enum", "functools", "math",
               "re", "statistics", "types", "typing", "zoneinfo", "omniinbox"}  # fmt: skip
    for name in HELPDESK:
        source = (DOMAIN / f"{name}.py").read_text(encoding="utf-8")
        roots = {m.split(".")[0] for m in re.findall(r"^\s*(?:from|import) ([\w.]+)", source, re.M)}
        extra = roots - allowed
        assert extra == ({"holidays"} if name == "holiday_calendars" else set()), name
