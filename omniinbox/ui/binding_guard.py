"""A guard against a Qt binding bug that would crash the app after a few thousand calls.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` each time a Qt method returns
nothing (``widget.update()``, ``setText(...)``, ``parent()`` of a top-level object, ...). None's
count starts at a few thousand, so a window crashes with "deallocating None" within minutes.
The same release also loses references to True and False on some paths (seen as a crash in
"bool_dealloc" at exit after a busy session). Python 3.12 made these singletons immortal;
here the guard does the same for the running process when a probe shows the leak. It changes
nothing where the binding is sound. Pinning away from the broken release (``!=6.12.0``) is
the real fix.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

PROBE_CALLS = 64
HEADROOM = 1 << 40  # more calls than any process will make


def none_leaks() -> bool:
    """Whether calls into Qt that return nothing lose a reference to None."""
    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_CALLS // 2


def guard_none() -> bool:
    """Make None, True and False immortal if the binding leaks None; True when needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not none_leaks():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    log.info("Qt binding drops references to None; None is kept alive for this process")
    return True
