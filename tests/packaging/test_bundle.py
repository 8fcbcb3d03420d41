"""The Linux bundle runs headless on its own: no venv, no repo, no PYTHONPATH behind it.

Slow (it builds the bundle), so marked `bundle`: `./omni bundle-test` runs it as its own step.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from omniinbox import __version__
from tests.conftest import TEST_PASSPHRASE

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1800)]  # PyInstaller builds for minutes

REPO = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
QT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqwayland.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
)


def run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The program with a bare environment, started away from the repo."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "OMNIINBOX_HOME": str(home / "workspace"),
        "OMNIINBOX_KEYRING_BACKEND": "file",
        "OMNIINBOX_KEYRING_PASSPHRASE": TEST_PASSPHRASE,
    }
    return subprocess.run(
        [str(exe), *args], env=env, cwd=home, capture_output=True, text=True, timeout=120
    )


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: apt-get install {package}", pytrace=False)
    return found


def test_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle / "omniinbox", "--version", home=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"OmniInbox {__version__}\n"), done.stderr


def test_connectors_are_found_through_entry_points(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle / "omniinbox", "connectors", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    found = {c["kind"]: c for c in json.loads(done.stdout)}
    for kind in ("imap", "telegram", "x"):
        assert found[kind]["available"], found[kind]["problem"]
        assert found[kind]["origin"].startswith(f"omniinbox_connectors.{kind}:")


def test_gui_renders_the_demo_desk(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    args = ("gui", "--demo", "--screenshot", str(shot), "--workspace", str(tmp_path / "ws"))
    done = run(bundle / "omniinbox", *args, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 20_000  # a real window, not a blank one


def test_holiday_calendars_load_by_country(bundle: Path, tmp_path: Path) -> None:
    # holidays imports each country's module by name: a missing one fails here.
    for country in ("KZ", "UZ", "GE", "UA"):
        args = ("desk", "set", "calendar.country", country, "--workspace", str(tmp_path / "ws"))
        done = run(bundle / "omniinbox", *args, home=tmp_path)
        assert done.returncode == 0, done.stderr


def test_carries_qt_plugins_resources_and_metadata(bundle: Path) -> None:
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert [p for p in QT_PLUGINS if not (plugins / p).is_file()] == []
    resources = internal / "omniinbox" / "resources"
    for folder, pattern in (("icons", "*.svg"), ("themes", "*.qss")):
        shipped = {p.name for p in (REPO / "resources" / folder).glob(pattern)}
        assert shipped and shipped <= {p.name for p in (resources / folder).glob(pattern)}
    for ts in (REPO / "resources" / "translations").glob("*.ts"):
        assert (resources / "translations" / f"{ts.stem}.qm").is_file()
    (dist_info,) = internal.glob("omniinbox-*.dist-info")
    assert "[omniinbox.connectors]" in (dist_info / "entry_points.txt").read_text()


def test_icons_are_rendered_at_every_size(bundle: Path) -> None:
    hicolor = bundle / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / "omniinbox.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)
    assert (hicolor / "scalable" / "apps" / "omniinbox.svg").is_file()


def test_desktop_file_validates(bundle: Path) -> None:
    desktop = bundle / "share" / "applications" / "omniinbox.desktop"
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(desktop)],
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stdout
    text = desktop.read_text()
    assert "MimeType=x-scheme-handler/mailto;" in text
    assert "Exec=omniinbox gui %u" in text


def test_metainfo_validates(bundle: Path) -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    metainfo = bundle / "share" / "metainfo" / "io.omniinbox.OmniInbox.metainfo.xml"
    for args in (("validate", str(metainfo)), ("validate-tree", str(bundle))):
        # validate-tree also checks that the launchable's desktop file is there.
        done = subprocess.run(
            [appstreamcli, *args, "--no-net"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_install_script_puts_the_app_on_the_menu(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**os.environ, "HOME": str(tmp_path), "PREFIX": str(prefix)}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    app = prefix / "lib" / "omniinbox" / "omniinbox"
    done = run(prefix / "bin" / "omniinbox", "--version", home=tmp_path)
    assert done.stdout == f"OmniInbox {__version__}\n", done.stderr
    desktop = prefix / "share" / "applications" / "omniinbox.desktop"
    assert f'Exec="{app}" gui %u' in desktop.read_text()
    validate = tool("desktop-file-validate", "desktop-file-utils")
    subprocess.run([validate, str(desktop)], check=True)
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "omniinbox.png").is_file()
    assert (prefix / "share" / "metainfo" / "io.omniinbox.OmniInbox.metainfo.xml").is_file()
