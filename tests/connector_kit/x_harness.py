"""The contract harness of the X connector: a loopback X API v2 emulator as the remote.

A customer "writes to the shop" with a direct message; what the shop delivered is every post
and direct message it made through the API, in order.
"""

from __future__ import annotations

from pathlib import Path

from omniinbox_connectors.x import XConnector

from omniinbox.connector import Connector
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.x_api import XApiEmulator

CLIENT_ID = "omniinbox-test-client"


class Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class XHarness:
    kind = "x"

    def __init__(self, tmp: Path) -> None:
        self.remote = XApiEmulator()
        self.opened: list[Connector] = []

    def secrets(self) -> Secrets:
        return Secrets(
            {
                "oauth2_client_id": CLIENT_ID,
                "oauth2_access_token": self.remote.token,
                "oauth2_refresh_token": self.remote.issue_refresh_token(
                    self.remote.shop_id, CLIENT_ID
                ),
            }
        )

    def connector(self) -> Connector:
        connector = XConnector(
            {"account": "@shop_kz", "api_base": self.remote.base_url}, self.secrets()
        )
        self.opened.append(connector)
        return connector

    def deliver(self, text: str, sender: str) -> None:
        self.remote.dm(sender, text)

    def customer(self, sender: str) -> Identity:
        return Identity.of(IdentityKind.X, self.remote.user_id(sender), f"@{sender}")

    def delivered(self) -> list[str]:
        return self.remote.posted_texts()

    def close(self) -> None:
        for connector in self.opened:
            connector.close()
        self.remote.close()
