"""The distribution ships every package, the resources and the entry points."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RENAMED = {"connectors": "omniinbox_connectors", "resources": "omniinbox.resources"}


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _packages_in_tree() -> set[str]:
    found = set()
    for top in ("omniinbox", "connectors", "resources"):
        for init in (REPO / top).rglob("__init__.py"):
            parts = init.parent.relative_to(REPO).parts
            name = ".".join((RENAMED.get(parts[0], parts[0]), *parts[1:]))
            found.add(name)
    return found


def test_every_package_in_the_tree_is_listed() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    assert _packages_in_tree() == listed


def test_the_wheel_carries_resources_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("omniinbox-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = zf.read(entry_points).decode()
    assert "omniinbox/cli/__init__.py" in names
    assert any(n.startswith("omniinbox/resources/icons/") and n.endswith(".svg") for n in names)
    assert "omniinbox = omniinbox.cli:main" in text
    assert "[omniinbox.connectors]" in text or not _pyproject()["project"]["entry-points"].get(
        "omniinbox.connectors"
    )
    assert not any(n.startswith(("tests/", "connectors/")) for n in names)
