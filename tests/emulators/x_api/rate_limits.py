"""Rate limits: 15-minute windows per endpoint and user, counted down in the
``x-rate-limit-limit`` / ``-remaining`` / ``-reset`` headers of every answer; an empty window
answers 429 until its reset."""

from __future__ import annotations

import time

from tests.emulators.x_api.basics import _Window, endpoint_key
from tests.emulators.x_api.state import State

WINDOW = 15 * 60  # X's rate-limit windows are 15 minutes

# Requests per 15-minute window, per user, as X documents them for user-context auth.
LIMITS = {
    "GET /2/users/me": 75,
    "GET /2/users/:id/mentions": 300,
    "POST /2/tweets": 200,
    "GET /2/dm_events": 300,
    "GET /2/dm_conversations/:id/dm_events": 300,
    "POST /2/dm_conversations/with/:id/messages": 200,
    "POST /2/dm_conversations/:id/messages": 200,
    "POST /2/oauth2/token": 300,
}


class RateLimits(State):
    """The windows, and a test's way to empty one."""

    def limit_next(self, method: str, path: str, *, reset_in: float = 30.0) -> None:
        """The next answer on this endpoint says ``x-rate-limit-remaining: 0`` (and the
        endpoint answers 429 from then until the reset)."""
        key = endpoint_key(method.upper(), path)
        with self.lock:
            self.windows[key] = _Window(LIMITS.get(key, 100), 1, int(time.time() + reset_in))

    def _rate_headers(self, key: str, *, spend: bool) -> tuple[dict[str, str], bool]:
        """The rate-limit headers for this answer, and whether the window was already empty."""
        now = int(time.time())
        with self.lock:
            window = self.windows.get(key)
            if window is None or window.reset <= now:
                window = _Window(LIMITS.get(key, 100), LIMITS.get(key, 100), now + WINDOW)
                self.windows[key] = window
            empty = window.remaining <= 0
            if spend and not empty:
                window.remaining -= 1
            return {
                "x-rate-limit-limit": str(window.limit),
                "x-rate-limit-remaining": str(window.remaining),
                "x-rate-limit-reset": str(window.reset),
            }, empty
