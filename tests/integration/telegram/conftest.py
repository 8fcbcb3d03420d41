"""Fixtures for the Telegram connector against the Bot API emulator, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from omniinbox_connectors.telegram import TelegramConnector

from omniinbox.store import Store
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.support import FakeClock, Secrets, StampedLimiter

SPEC = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "corpus"
    / "PaulSonOfLars+telegram-bot-api-spec"
    / "api.json"
)

# The check against Telegram's machine-readable spec runs only where the shared corpus is.
collect_ignore = [] if SPEC.exists() else ["test_spec.py"]

Connect = Callable[..., TelegramConnector]


@pytest.fixture
def emulator() -> Iterator[TelegramEmulator]:
    with TelegramEmulator() as emu:
        yield emu


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def limiter(clock: FakeClock) -> StampedLimiter:
    return StampedLimiter(clock)


@pytest.fixture
def connect(emulator: TelegramEmulator, limiter: StampedLimiter) -> Iterator[Connect]:
    """Connectors against the emulator (settings as keyword arguments), closed afterwards."""
    made: list[TelegramConnector] = []

    def make(
        token: str | None = None, http_timeout: float = 5.0, **config: str
    ) -> TelegramConnector:
        connector = TelegramConnector(
            {"api_url": emulator.url, **config},
            Secrets({"token": emulator.token if token is None else token}),
            limiter=limiter,
            http_timeout=http_timeout,
        )
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


@pytest.fixture
def account(store: Store) -> int:
    return store.add_account("Shop bot", "telegram", {}, channel="telegram").id
