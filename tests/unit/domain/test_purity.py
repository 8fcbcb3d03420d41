"""The domain is pure: importing it pulls in no Qt, no SQL, no network."""

from __future__ import annotations

import subprocess
import sys


def test_domain_imports_no_io_libraries() -> None:
    code = (
        "import sys, omniinbox.domain, omniinbox.domain.clock, omniinbox.domain.tickets\n"
        "bad = [m for m in ('PySide6', 'sqlite3', 'sqlite_utils', 'keyring', 'httpx', 'socket')"
        " if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
