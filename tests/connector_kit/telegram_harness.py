"""The contract kit's harness for the Telegram connector: the Bot API emulator over loopback."""

from __future__ import annotations

from pathlib import Path

from omniinbox_connectors.telegram import TelegramConnector
from omniinbox_connectors.telegram.ratelimit import RateLimiter

from omniinbox.connector import Connector
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.telegram_api import TelegramEmulator


class _Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class _Clock:
    """Time that passes only when the rate limiter sleeps: sends never really wait."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class TelegramHarness:
    kind = "telegram"

    def __init__(self, tmp: Path) -> None:
        self.emulator = TelegramEmulator().start()
        self.clock = _Clock()

    def connector(self) -> Connector:
        return TelegramConnector(
            {"api_url": self.emulator.url},
            _Secrets({"token": self.emulator.token}),
            limiter=RateLimiter(clock=self.clock, sleep=self.clock.sleep),
            http_timeout=5.0,
        )

    def _user(self, sender: str) -> dict[str, object]:
        return self.emulator.user(sender, sender.title())

    def deliver(self, text: str, sender: str) -> None:
        self.emulator.private_message(self._user(sender), text)

    def customer(self, sender: str) -> Identity:
        user = self._user(sender)  # made as one who pressed Start, so the bot may write first
        return Identity.of(IdentityKind.TELEGRAM, str(user["id"]), f"@{sender}")

    def delivered(self) -> list[str]:
        return self.emulator.sent_texts()

    def close(self) -> None:
        self.emulator.close()
