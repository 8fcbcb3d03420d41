"""X's rate limits as its headers state them, remembered per endpoint and honoured before a call.

Every X API v2 answer carries ``x-rate-limit-limit``, ``x-rate-limit-remaining`` and
``x-rate-limit-reset`` (epoch seconds) for the endpoint it came from. When the window is used
up we do not call again before it resets: the call fails at once with a TransientError whose
retry_after is the time left, so the engine waits exactly that long.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from omniinbox.connector import TransientError

_ID_SEGMENT = re.compile(r"(?<=.)/[0-9]+(?:-[0-9]+)?(?=/|$)")  # not the leading "/2"


PURPOSES = {
    "GET /2/users/me": "checking the account",
    "GET /2/users/:id/mentions": "reading mentions",
    "GET /2/dm_events": "reading direct messages",
    "GET /2/dm_conversations/:id/dm_events": "reading direct messages",
    "POST /2/tweets": "posting replies",
    "POST /2/dm_conversations/:id/messages": "sending direct messages",
    "POST /2/dm_conversations/with/:id/messages": "sending direct messages",
}


def endpoint_key(method: str, route: str) -> str:
    """One key per X endpoint: "GET /2/users/:id/mentions" for any user id."""
    return f"{method.upper()} {_ID_SEGMENT.sub('/:id', route.split('?', 1)[0])}"


@dataclass(frozen=True, slots=True)
class Window:
    limit: int | None
    remaining: int
    reset: float  # epoch seconds


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def seconds_until(reset: float | None, now: float) -> float | None:
    """How long to wait for a reset time X gave, at least a second; None if it gave none."""
    if reset is None:
        return None
    return max(1.0, float(reset) - now)


class RateLimits:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._windows: dict[str, Window] = {}
        self._lock = threading.Lock()

    def record(self, key: str, headers: Mapping[str, str]) -> None:
        remaining = _int(headers.get("x-rate-limit-remaining"))
        reset = _int(headers.get("x-rate-limit-reset"))
        if remaining is None or reset is None:
            return
        with self._lock:
            self._windows[key] = Window(_int(headers.get("x-rate-limit-limit")), remaining, reset)

    def exhausted(self, key: str, reset: float) -> None:
        """A 429 said so: nothing more on this endpoint until ``reset``."""
        with self._lock:
            old = self._windows.get(key)
            self._windows[key] = Window(old.limit if old else None, 0, reset)

    def window(self, key: str) -> Window | None:
        return self._windows.get(key)

    def check(self, key: str) -> None:
        """Raise TransientError if this endpoint's window is used up and not reset yet."""
        window = self._windows.get(key)
        if window is None or window.remaining > 0:
            return
        now = self.clock()
        if window.reset <= now:
            return
        wait = seconds_until(window.reset, now)
        at = datetime.fromtimestamp(window.reset, UTC).strftime("%H:%M:%S UTC")
        what = PURPOSES.get(key, key)
        raise TransientError(
            f"X's rate limit for {what} is used up until {at}; waiting for it", retry_after=wait
        )
