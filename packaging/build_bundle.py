"""Build the one-folder OmniInbox bundle:  python packaging/build_bundle.py [--build DIR]

In DIR (default build/, git-ignored):
1. stage/: the project as its wheel installs it, with resources/translations/*.ts compiled;
2. icons/: the app icon rendered at every size;
3. bundle/omniinbox/: PyInstaller's result from packaging/omniinbox.spec (work files in
   pyinstaller/);
4. on Linux, share/ (desktop file, AppStream metainfo, icons) and install.sh added to it.

Prints the time it took and the bundle's size. Needs PyInstaller (the `bundle` extra) and
setuptools and wheel (the build runs without network isolation).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP_ID = "io.omniinbox.OmniInbox"
# What the wheel is built from (pyproject.toml lists the packages).
SOURCES = ("pyproject.toml", "README.md", "omniinbox", "connectors", "resources")


def run(*cmd: object, quiet: bool = False) -> None:
    """Run a step; a quiet one shows its output only if it fails."""
    done = subprocess.run([str(c) for c in cmd], capture_output=quiet, text=True)
    if done.returncode:
        if quiet:
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        sys.exit(f"build_bundle: failed ({done.returncode}): {' '.join(map(str, cmd))}")


def stage(build: Path) -> None:
    target = build / "stage"  # the spec reads the project from here
    shutil.rmtree(target, ignore_errors=True)
    # From a copy: setuptools builds in the source tree (build/lib, *.egg-info), and the repo's
    # own wheel test may be building there at the same time.
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp)
        for name in SOURCES:
            if (REPO / name).is_dir():
                skip = shutil.ignore_patterns("__pycache__")
                shutil.copytree(REPO / name, source / name, ignore=skip)
            else:
                shutil.copy(REPO / name, source / name)
        pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"]
        run(*pip, "--target", target, source, quiet=True)
    sources = sorted((REPO / "resources" / "translations").glob("*.ts"))
    if sources:
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        if lrelease is None:
            sys.exit("build_bundle: pyside6-lrelease is missing (it comes with PySide6)")
        compiled = target / "omniinbox" / "resources" / "translations"
        compiled.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            run(lrelease, "-silent", ts, "-qm", compiled / f"{ts.stem}.qm")


def render_icons(build: Path) -> None:
    shutil.rmtree(build / "icons", ignore_errors=True)
    run(sys.executable, HERE / "render_icons.py", build / "icons", quiet=True)


def pyinstaller(build: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        sys.exit("build_bundle: PyInstaller is not installed: pip install -e '.[bundle]'")
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
        "--distpath", build / "bundle", "--workpath", build / "pyinstaller",
        HERE / "omniinbox.spec", "--", build)  # fmt: skip
    return build / "bundle" / "omniinbox"


def add_linux_share(build: Path, bundle: Path) -> None:
    """The desktop integration next to the executable, laid out as under /usr."""
    share = bundle / "share"
    shutil.copytree(build / "icons", share / "icons")
    for folder, name in (
        ("applications", "omniinbox.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copy(HERE / "linux" / name, share / folder / name)
    shutil.copy(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=REPO / "build", help="the build folder")
    args = parser.parse_args()
    build = args.build.resolve()
    started = time.monotonic()
    stage(build)
    render_icons(build)
    bundle = pyinstaller(build)
    if sys.platform.startswith("linux"):
        add_linux_share(build, bundle)
    took = time.monotonic() - started
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB) built in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
