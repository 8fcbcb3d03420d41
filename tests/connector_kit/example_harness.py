"""The contract harness of the example connector in docs/example_connector.

The package is used from its source folder, and it is found the way the app finds it: through
its entry point. The harness writes the metadata an installed copy would have (the entry points
read from the package's own pyproject.toml) into a folder it puts on sys.path, next to the
source folder, and takes both away again in close(). The remote is the package's own Example
Chat server on the loopback interface. tests/docs installs the package for real with pip.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

from omniinbox.connector import ENTRY_POINT_GROUP, Connector
from omniinbox.domain import Identity, IdentityKind

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example_connector"


def entry_points_txt(pyproject: Path = EXAMPLE / "pyproject.toml") -> str:
    """The entry_points.txt an installed copy carries, from the pyproject's own table."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    points = project["entry-points"][ENTRY_POINT_GROUP]
    lines = [f"[{ENTRY_POINT_GROUP}]", *(f"{name} = {value}" for name, value in points.items())]
    return "\n".join(lines) + "\n"


class _Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class ExampleHarness:
    kind = "example"

    def __init__(self, tmp: Path) -> None:
        site = tmp / "example-site"
        dist = site / "omniinbox_example_connector-0.1.0.dist-info"
        dist.mkdir(parents=True)
        (dist / "METADATA").write_text(
            "Metadata-Version: 2.1\nName: omniinbox-example-connector\nVersion: 0.1.0\n",
            encoding="utf-8",
        )
        (dist / "entry_points.txt").write_text(entry_points_txt(), encoding="utf-8")
        self.paths = [str(site), str(EXAMPLE)]
        sys.path[:0] = self.paths
        from omniinbox_example.service import ChatService

        self.service = ChatService().start()
        self.opened: list[Connector] = []

    def connector(self) -> Connector:
        from omniinbox_example import ExampleConnector

        connector = ExampleConnector(
            {"url": self.service.url, "page_size": "2"},  # small pages: "more" is exercised
            _Secrets({"token": self.service.token}),
            timeout=5.0,
        )
        self.opened.append(connector)
        return connector

    def _visitor(self, sender: str) -> dict[str, Any]:
        return self.service.visitor(sender, sender.title())

    def deliver(self, text: str, sender: str) -> None:
        self._visitor(sender)
        self.service.visitor_writes(sender, text)

    def customer(self, sender: str) -> Identity:
        visitor = self._visitor(sender)  # known to the server, so the shop may write first
        return Identity.of(IdentityKind.OTHER, f"example:{visitor['id']}", visitor["name"])

    def delivered(self) -> list[str]:
        return [str(m["text"]) for m in self.service.agent_messages()]

    def close(self) -> None:
        for connector in self.opened:
            connector.close()
        self.service.close()
        for path in self.paths:
            if path in sys.path:
                sys.path.remove(path)
