"""Helpers for the Telegram connector tests: secrets, a fake clock, syncing into the store."""

from __future__ import annotations

from omniinbox_connectors.telegram.ratelimit import RateLimiter

from omniinbox.connector import Connector
from omniinbox.domain import Event
from omniinbox.store import Store


class Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class FakeClock:
    """A monotonic clock that moves only when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class StampedLimiter(RateLimiter):
    """Records the (fake) time at which each send was let through."""

    def __init__(self, clock: FakeClock, **kw: float) -> None:
        super().__init__(clock=clock, sleep=clock.sleep, **kw)
        self.stamps: list[tuple[int, float]] = []

    def acquire(self, chat_id: int) -> None:
        super().acquire(chat_id)
        self.stamps.append((chat_id, self.clock()))


def sync(store: Store, account_id: int, connector: Connector) -> list[Event]:
    """Pull until caught up, storing each batch with its cursor as the engine does."""
    events: list[Event] = []
    for _ in range(50):
        batch = connector.pull(store.cursor(account_id))
        store.ingest(account_id, batch.events, batch.cursor)
        events.extend(batch.events)
        if not batch.more:
            return events
    raise AssertionError("the connector never caught up")
