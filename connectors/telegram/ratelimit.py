"""Telegram's sending limits for bots, kept on our side so Telegram never has to say 429.

From the Bot API FAQ: avoid more than one message per second in a chat, more than 20 messages
per minute in a group, and more than about 30 messages per second overall. Each send takes the
next free slot; a wait of a second or two is slept through, a longer one (after Telegram asked
us to wait with retry_after) is handed back as a TransientError so the engine reschedules.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from omniinbox.connector import TransientError

PER_CHAT = 1.0  # seconds between two messages to one chat
PER_GROUP = 60.0 / 20  # seconds between two messages to one group (20 a minute)
OVERALL = 1.0 / 30  # seconds between any two messages (30 a second)
MAX_SLEEP = 10.0  # longer waits go back to the engine instead of blocking the worker

_EVERYWHERE = 0  # the key of a hold on every chat (chat id 0 does not exist)


class RateLimiter:
    """Spaces out sends per chat and overall. ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        per_chat: float = PER_CHAT,
        per_group: float = PER_GROUP,
        overall: float = OVERALL,
        max_sleep: float = MAX_SLEEP,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        self.per_chat = per_chat
        self.per_group = per_group
        self.overall = overall
        self.max_sleep = max_sleep
        self._lock = threading.Lock()
        self._next: dict[int, float] = {}  # chat id -> earliest time of its next message
        self._next_any = 0.0
        self._held: dict[int, float] = {}  # chat id (or _EVERYWHERE) -> held until

    def acquire(self, chat_id: int) -> None:
        """Wait for this chat's next slot, or raise TransientError if that is too far off."""
        with self._lock:
            now = self.clock()
            at = max(
                now,
                self._next.get(chat_id, now),
                self._next_any,
                self._held.get(chat_id, now),
                self._held.get(_EVERYWHERE, now),
            )
            wait = at - now
            if wait > self.max_sleep:
                raise TransientError(
                    f"waiting {wait:.0f} s to respect Telegram's sending limits", retry_after=wait
                )
            spacing = self.per_chat if chat_id > 0 else self.per_group
            self._next[chat_id] = at + spacing
            self._next_any = at + self.overall
            if len(self._next) > 10_000:
                self._next = {k: v for k, v in self._next.items() if v > now}
        if wait > 0:
            self.sleep(wait)

    def hold(self, chat_id: int | None, seconds: float) -> None:
        """Telegram said "retry after N s": nothing goes to that chat (None: anywhere) before."""
        key = _EVERYWHERE if chat_id is None else chat_id
        with self._lock:
            until = self.clock() + max(0.0, seconds)
            self._held[key] = max(self._held.get(key, 0.0), until)
