"""Shared fixtures: temporary workspaces, the test plug-ins registered through entry points,
and an encrypted-file keyring so no test ever touches a real one."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from omniinbox.store import Store
from omniinbox.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
TEST_PASSPHRASE = "test-passphrase-not-a-secret"

ENTRY_POINTS = """\
[omniinbox.connectors]
scripted = tests.connector_kit.scripted:ScriptedConnector
scripted-plain = tests.connector_kit.scripted:PlainScriptedConnector
broken = tests.connector_kit.broken_plugin:BrokenConnector
needsdep = tests.connector_kit.missing_dep:Connector
"""


@pytest.fixture(scope="session")
def plugin_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder on sys.path holding the metadata of a third-party plug-in distribution."""
    root = tmp_path_factory.mktemp("plugins")
    dist = root / "omniinbox_test_plugins-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: omniinbox-test-plugins\nVersion: 1.0\n"
    )
    (dist / "entry_points.txt").write_text(ENTRY_POINTS)
    return root


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, plugin_dir: Path, tmp_path: Path) -> None:
    monkeypatch.setenv("OMNIINBOX_KEYRING_BACKEND", "file")
    monkeypatch.setenv("OMNIINBOX_KEYRING_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("OMNIINBOX_HOME", str(tmp_path / "default-home"))
    monkeypatch.syspath_prepend(str(plugin_dir))
    monkeypatch.syspath_prepend(str(REPO))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace.at(tmp_path / "ws")


@pytest.fixture
def store(workspace: Workspace) -> Iterator[Store]:
    s = workspace.open_store()
    yield s
    s.close()


@pytest.fixture
def subprocess_env(plugin_dir: Path, tmp_path: Path) -> dict[str, str]:
    """Environment for running the CLI as a real process, with the test plug-ins visible."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(plugin_dir), str(REPO), env.get("PYTHONPATH", "")])
    env["OMNIINBOX_KEYRING_BACKEND"] = "file"
    env["OMNIINBOX_KEYRING_PASSPHRASE"] = TEST_PASSPHRASE
    env["OMNIINBOX_HOME"] = str(tmp_path / "default-home")
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("QT_QPA_PLATFORM", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def python() -> str:
    return sys.executable
