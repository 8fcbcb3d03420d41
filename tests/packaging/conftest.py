"""The bundle, built once per session by packaging/build_bundle.py (a minute or more)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def pytest_configure(config: pytest.Config) -> None:
    # Registered here too, so --strict-markers holds wherever pytest is started from.
    config.addinivalue_line("markers", "bundle: builds the PyInstaller bundle and runs it (slow)")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle, freshly built; never skipped: a bundle that cannot be built fails.

    Built in this session's own folder, so test runs side by side do not build over each other.
    """
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed, so the bundle cannot be built: "
            "pip install -e '.[bundle]' (./omni bundle-test does it)",
            pytrace=False,
        )
    build = tmp_path_factory.mktemp("build")
    script = [sys.executable, str(REPO / "packaging" / "build_bundle.py"), "--build", str(build)]
    done = subprocess.run(script, capture_output=True, text=True, timeout=1200)
    if done.returncode:
        pytest.fail(f"the bundle did not build:\n{done.stdout}\n{done.stderr}", pytrace=False)
    shutil.rmtree(build / "pyinstaller")  # 40 MB of PyInstaller's work files
    return build / "bundle" / "omniinbox"
