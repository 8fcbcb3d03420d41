"""The world on X as tests arrange it: users, posts, DM events and conversations, tokens and
keys, what the shop posted, every request, and the faults scripted for the next requests. The
endpoints and the HTTP server are added by the sibling modules (see ``server.XApiEmulator``)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

from tests.emulators.x_api.basics import Fault, Grant, Posted, Recorded, _Window

SNOWFLAKE_EPOCH_MS = 1288834974657


class State:
    """The state of the emulated X, without the shop's account (``XApiEmulator`` adds it)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.users: dict[str, dict[str, str]] = {}
        self.tweets: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self.conversations: dict[str, set[str]] = {}
        self.tokens: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.consumers: dict[str, str] = {}
        self.oauth1_tokens: dict[str, tuple[str, str]] = {}  # token -> (secret, user id)
        self.clients: set[str] = set()
        self.codes: dict[str, tuple[str, str, str, Grant]] = {}  # -> client, redirect, challenge
        self.no_dms_from_shop: set[str] = set()
        self.requests: list[Recorded] = []
        self.posted: list[Posted] = []
        self.faults: list[Fault] = []
        self.windows: dict[str, _Window] = {}
        self.authorizing_user = ""
        self.deny_next_authorization = False
        self._clock = datetime.now(UTC)
        self._seq = 0
        self._stop = threading.Event()
        self.shop_id = ""  # the shop's account and token: XApiEmulator makes them
        self.token = ""

    # --- the world, as tests arrange it -----------------------------------------------------

    def _new_id(self) -> tuple[str, str]:
        """A snowflake id for now (each item at least a millisecond after the one before),
        and the created_at X would report for it."""
        ms = max(int(self._clock.timestamp() * 1000) + 1, int(time.time() * 1000))
        self._clock = datetime.fromtimestamp(ms / 1000, UTC)
        self._seq += 1
        snowflake = ((ms - SNOWFLAKE_EPOCH_MS) << 22) | (self._seq & 0xFFF)
        stamp = self._clock.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
        return str(snowflake), stamp

    def add_user(self, username: str, name: str = "") -> str:
        with self.lock:
            existing = self.user_id(username, create=False)
            if existing:
                return existing
            user_id = str(1_000_000_000 + 7919 * (len(self.users) + 1))
            self.users[user_id] = {
                "id": user_id,
                "name": name or username.replace("_", " ").title(),
                "username": username,
            }
            return user_id

    def user_id(self, username: str, *, create: bool = True) -> str:
        with self.lock:
            for user in self.users.values():
                if user["username"].lower() == username.lstrip("@").lower():
                    return user["id"]
        return self.add_user(username.lstrip("@")) if create else ""

    def username(self, user_id: str) -> str:
        return self.users[user_id]["username"]

    # --- scripted misbehaviour --------------------------------------------------------------

    def fault(
        self,
        kind: str,
        times: int = 1,
        *,
        path: str = "",
        method: str = "",
        reset_in: float = 60.0,
        delay: float = 2.0,
        when: str = "",
    ) -> None:
        """The next ``times`` matching requests misbehave (in the order faults were added).

        429 answers with ``x-rate-limit-reset`` ``reset_in`` seconds ahead; "500"/"502"/"503"
        with X's problem body; "timeout" holds the request ``delay`` seconds, then hangs up;
        "drop" hangs up at once; "truncated" sends half the JSON (with a matching
        Content-Length); "overlap" makes the next page repeat the last two items.
        """
        with self.lock:
            self.faults.append(Fault(kind, times, path, method.upper(), reset_in, delay, when))

    def _take_fault(
        self,
        method: str,
        path: str,
        kinds: set[str] | None = None,
        query: dict[str, str] | None = None,
    ) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times <= 0 or (kinds is not None and fault.kind not in kinds):
                    continue
                if kinds is None and fault.kind == "overlap":
                    continue
                if fault.path and not path.startswith(fault.path):
                    continue
                if fault.method and fault.method != method:
                    continue
                if fault.when and fault.when not in (query or {}):
                    continue
                fault.times -= 1
                return fault
        return None
