"""Starting the desktop app: the workspace (or the demo), the engine, the bridge, the window."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QMessageBox

from omniinbox.logs import log_to_file
from omniinbox.store import StoreError
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine
from omniinbox.ui.assets import apply_theme, icon
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
SCREENSHOT_WAIT_S = 2.0


def ensure_demo(workspace: Workspace) -> None:
    """Fill the demo workspace once; later starts show what the agent did there."""
    if workspace.exists():
        store = workspace.open_store(readonly=True)
        try:
            if store.count_conversations() > 0:
                return
        finally:
            store.close()
    try:
        from omniinbox.demo import create_demo_workspace
    except ImportError:
        log.warning("the demo generator is not installed; the demo workspace stays empty")
        return
    create_demo_workspace(workspace)


def choose_workspace(workspace: Workspace, demo: bool) -> Workspace:
    """The workspace itself once it has accounts; the demo beside it until then (or when asked)."""
    if not demo and workspace.has_accounts():
        return workspace
    chosen = workspace.demo()
    ensure_demo(chosen)
    return chosen


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("OmniInbox")
    app.setOrganizationName("OmniInbox")
    app.setWindowIcon(icon("omniinbox"))
    apply_theme(app)
    return app


def _settle(app: QApplication, window: MainWindow, seconds: float) -> None:
    """Let the window fill in: rows listed, counts read, account states in (bounded)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.model.rowCount() > 0 and window.view_list.counts_known:
            break
        time.sleep(0.01)


def _take_screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle(app, window, SCREENSHOT_WAIT_S)
    if window.model.rowCount() > 0:
        window.select_row(0)
    # A moment for the engine's first reports and the reads they start.
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
    except OSError:
        saved = False
    if not saved:
        print(f"omniinbox: could not save the screenshot to {path}", file=sys.stderr)
        return 1
    return 0


def run_gui(workspace: Workspace, *, demo: bool = False, screenshot: Path | None = None) -> int:
    """Run the desktop app on the workspace (or its demo); with ``screenshot``, save a picture
    of the window once it shows its conversations, and return instead of running."""
    app = _application()
    try:
        chosen = choose_workspace(workspace, demo)
        engine: Engine = build_engine(chosen)
    except (StoreError, OSError) as exc:
        log.error("cannot open the workspace", exc_info=exc)
        message = QCoreApplication.translate("app", "OmniInbox cannot open {0}: {1}").format(
            workspace.root, exc
        )
        if screenshot is not None:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, "OmniInbox", message)
        return 1
    bridge = EngineBridge(engine)
    # The demo's accounts point at example hosts: its engine only writes, it never syncs.
    is_demo = chosen != workspace
    window = MainWindow(chosen, engine, bridge, demo=is_demo)
    if not is_demo:
        engine.start()
    try:
        if screenshot is not None:
            return _take_screenshot(app, window, Path(screenshot))
        window.resize(*WINDOW_SIZE)
        window.show()
        return app.exec()
    finally:
        window.shutdown()
        window.hide()
        bridge.close()
        engine.stop()
        window.deleteLater()
        bridge.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="omniinbox-gui", description="OmniInbox: the support inbox on your desktop."
    )
    parser.add_argument("--workspace", type=Path, help="the workspace folder (default: per user)")
    parser.add_argument("--demo", action="store_true", help="show the demo workspace")
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="save a picture of the window and quit"
    )
    args = parser.parse_args(argv)
    workspace = Workspace.at(args.workspace)
    log_to_file(workspace.log_path)
    return run_gui(workspace, demo=args.demo, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
