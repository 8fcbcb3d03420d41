"""Discovery finds every connector at once but imports each only when it is first used, so
the window's start does not pay for channel libraries it does not need."""

from __future__ import annotations

import subprocess

import pytest

from omniinbox.connector import Connector, ConnectorError, discover
from tests.conftest import python

# Run in a fresh interpreter: whether a module was imported can only be seen there (and
# forgetting modules here would give other tests second copies of their classes).
PROBE = """
import sys
from omniinbox.connector import discover
registry = discover()
print("kinds", sorted(registry.kinds()))
print("before", "tests.connector_kit.scripted" in sys.modules)
cls = registry.get("scripted")
print("after", "tests.connector_kit.scripted" in sys.modules, cls.kind)
print("others", "tests.connector_kit.broken_plugin" in sys.modules)
print("again", registry.get("scripted") is cls)
"""


def test_connectors_are_imported_only_when_asked_for(subprocess_env: dict[str, str]) -> None:
    out = subprocess.run(
        [python(), "-c", PROBE],
        env=subprocess_env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.splitlines()
    kinds = out[0]
    assert all(f"'{k}'" in kinds for k in ("scripted", "broken", "needsdep", "imap"))
    assert out[1:] == ["before False", "after True scripted", "others False", "again True"]


def test_reading_the_whole_list_loads_and_explains_every_connector() -> None:
    registry = discover()
    infos = registry.connectors
    assert infos["scripted"].available
    assert not infos["needsdep"].available
    assert "omniinbox_no_such_library" in infos["needsdep"].problem
    assert {i.kind for i in registry.available()} >= {"scripted", "scripted-plain"}
    with pytest.raises(ConnectorError, match="unavailable"):
        registry.get("needsdep")


def test_an_unknown_kind_names_the_known_ones_without_loading_them() -> None:
    registry = discover()
    with pytest.raises(ConnectorError, match=r"no connector of kind 'fax'.*scripted"):
        registry.get("fax")


def test_extra_connectors_replace_registered_ones() -> None:
    class Local(Connector):
        kind = "scripted"

    registry = discover({"scripted": Local})
    assert registry.get("scripted") is Local
    assert registry.connectors["scripted"].cls is Local
