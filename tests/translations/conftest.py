"""The translation workflow's tool, loaded from resources/translations/tools, and the .ts
files refreshed from today's code into a temporary folder (the repo's stay untouched)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("omni_i18n", TS_DIR / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()


@pytest.fixture(scope="session")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the .ts files after lupdate read the current code."""
    folder = tmp_path_factory.mktemp("ts")
    for path in TS_DIR.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    i18n.refresh(ts_dir=folder, repo=REPO)
    return folder


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repo's .ts files built into .qm files, as ./omni builds them."""
    folder = tmp_path_factory.mktemp("qm")
    for path in TS_DIR.glob("*.ts"):
        target = folder / path.with_suffix(".qm").name
        lrelease = i18n.tool("pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(path), "-qm", str(target)], check=True)
    return folder
