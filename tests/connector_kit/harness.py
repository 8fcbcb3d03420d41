"""What the contract suite needs from each connector's test set-up.

A harness puts a connector in front of its remote (a real server or a loopback emulator of
the provider's published API), can make the remote receive a customer's message, and can read
back what the connector delivered. Every connector registers one in HARNESSES.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from omniinbox.connector import Connector
from omniinbox.domain import Identity, IdentityKind
from tests.connector_kit.scripted import PlainScriptedConnector, Remote, ScriptedConnector


class Harness(Protocol):
    kind: str

    def connector(self) -> Connector:
        """A connector configured against this harness's remote, credentials in place."""

    def deliver(self, text: str, sender: str) -> None:
        """A customer writes to the shop on the remote. ``sender`` is a short distinct tag."""

    def customer(self, sender: str) -> Identity:
        """The identity the connector reports for ``sender``."""

    def delivered(self) -> list[str]:
        """Texts the remote received from the shop, in order."""

    def close(self) -> None: ...


class _Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class ScriptedHarness:
    kind = "scripted"
    cls: type[ScriptedConnector] = ScriptedConnector

    def __init__(self, tmp: Path) -> None:
        self.remote = Remote(tmp / "remote")

    def connector(self) -> Connector:
        return self.cls(
            {"folder": str(self.remote.folder), "batch": "2"},
            _Secrets({"token": "harness-token-value"}),
        )

    def deliver(self, text: str, sender: str) -> None:
        self.remote.deliver(text, sender=f"{sender}@example.com", name=sender.title())

    def customer(self, sender: str) -> Identity:
        return Identity.of(IdentityKind.EMAIL, f"{sender}@example.com")

    def delivered(self) -> list[str]:
        return [r["text"] for r in self.remote.sent()]

    def close(self) -> None:
        pass


class PlainScriptedHarness(ScriptedHarness):
    kind = "scripted-plain"
    cls = PlainScriptedConnector


from tests.connector_kit.example_harness import ExampleHarness  # noqa: E402
from tests.connector_kit.imap_harness import ImapHarness  # noqa: E402
from tests.connector_kit.telegram_harness import TelegramHarness  # noqa: E402
from tests.connector_kit.x_harness import XHarness  # noqa: E402

HARNESSES: dict[str, Callable[[Path], Harness]] = {
    "example": ExampleHarness,
    "imap": ImapHarness,
    "scripted": ScriptedHarness,
    "scripted-plain": PlainScriptedHarness,
    "telegram": TelegramHarness,
    "x": XHarness,
}
