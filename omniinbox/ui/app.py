"""Starting the desktop app: the workspace (or the demo), the engine, the bridge, the window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from omniinbox.logs import log_to_file
from omniinbox.store import StoreError
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine
from omniinbox.ui.account_passphrase import close_prompts, session_prompt
from omniinbox.ui.account_tasks import wait_all
from omniinbox.ui.assets import icon
from omniinbox.ui.binding_guard import guard_none
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.screenshots import pump, take_screenshots
from omniinbox.ui.settings import FILE_NAME, GEOMETRY, LANGUAGE, UiSettings, locale_for
from omniinbox.ui.translations import install_translators
from omniinbox.ui.welcome_flow import FirstRun, Outcome, profile_wanted
from omniinbox.workspace import Workspace

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
FREEZE_AFTER_MS = 5_000
SCRIPT_FALLBACKS = ["Noto Sans", "Noto Sans Georgian", "DejaVu Sans", "Segoe UI", "Sylfaen"]
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


def preferred_language(workspace: Workspace) -> str:
    """The language chosen in Settings: the agent's own workspace first, else the demo's
    (chosen there before any account existed), else "system"."""
    for root in (workspace.root, workspace.demo().root):
        if (root / FILE_NAME).exists():
            language = UiSettings(str(root / FILE_NAME)).get(LANGUAGE)
            if language != LANGUAGE.default:
                return language
    return LANGUAGE.default


def application(locale: QLocale | None = None) -> QApplication:
    """The QApplication, made once: names, icon, style, fonts for every script we show, and
    the translations of ``locale`` (the desktop's by default)."""
    guard_none()  # before anything else calls into Qt
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("OmniInbox")
    app.setOrganizationName("OmniInbox")
    app.setWindowIcon(icon("omniinbox"))
    if locale is not None:  # dates, times and numbers in the chosen language too
        QLocale.setDefault(locale)
    install_translators(app, locale)
    app.setStyle("Fusion")  # the same look on every desktop; the theme's stylesheet adds the rest
    font = app.font()
    # Georgian and Kazakh Cyrillic render with the desktop font where it has them, else these.
    font.setFamilies([*font.families(), *SCRIPT_FALLBACKS])
    app.setFont(font)
    return app


def _settle(app: QApplication, window: MainWindow, seconds: float) -> None:
    """Let the window fill in: rows listed, counts read, account states in (bounded)."""
    pump(app, seconds, lambda: window.list_ready and window.view_list.counts_known)


def _take_screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle(app, window, SCREENSHOT_WAIT_S)
    if window.model.rowCount() > 0:
        window.select_row(0)
    pump(app, 0.3)  # a moment for the engine's first reports and the reads they start
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
    except OSError:
        saved = False
    if not saved:
        print(f"omniinbox: could not save the screenshot to {path}", file=sys.stderr)
        return 1
    return 0


def _take_screenshots(app: QApplication, window: MainWindow, folder: Path) -> int:
    try:
        written = take_screenshots(app, window, folder)
    except OSError as exc:
        print(f"omniinbox: could not save screenshots to {folder}: {exc}", file=sys.stderr)
        return 1
    if not written:
        print(f"omniinbox: could not save screenshots to {folder}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _cannot_open(workspace: Workspace, exc: BaseException, pictures: bool) -> int:
    log.error("cannot open the workspace", exc_info=exc)
    message = QCoreApplication.translate("app", "OmniInbox cannot open {0}: {1}").format(
        workspace.root, exc
    )
    if pictures:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, "OmniInbox", message)
    return 1


def _first_run(app: QApplication, workspace: Workspace) -> Outcome:
    """No account yet: the welcome screen (add one, or the demo). Accounts but nobody at the
    desk yet: the profile, once. Otherwise nothing to ask."""
    flow = FirstRun(workspace)
    if not workspace.has_accounts():
        return flow.run(app)
    if profile_wanted(workspace):
        loop = QEventLoop()
        flow.finished.connect(lambda _o: loop.quit())
        flow.ask_profile()
        if flow.outcome is None:
            loop.exec()
    return Outcome.WORKSPACE


def run_gui(
    workspace: Workspace,
    *,
    demo: bool = False,
    screenshot: Path | None = None,
    screenshot_dir: Path | None = None,
) -> int:
    """Run the desktop app on the workspace (or its demo). With ``screenshot``, save a picture
    of the window once it shows its conversations; with ``screenshot_dir``, save pictures of
    the main views (list, conversation, chat, customer panel, dark look, palette) into that
    folder. Either way it returns instead of running."""
    app = application(locale_for(preferred_language(workspace)))
    pictures = screenshot is not None or screenshot_dir is not None
    if not demo and not pictures:
        try:
            first = _first_run(app, workspace)
        except (StoreError, OSError) as exc:
            return _cannot_open(workspace, exc, pictures)
        if first is Outcome.QUIT:
            return 0
        demo = first is Outcome.DEMO
    try:
        chosen = choose_workspace(workspace, demo)
        engine: Engine = build_engine(
            chosen, passphrase_provider=session_prompt(chosen.keyring_path)
        )
    except (StoreError, OSError) as exc:
        return _cannot_open(workspace, exc, pictures)
    bridge = EngineBridge(engine)
    # The demo's accounts point at example hosts: its engine only writes, it never syncs.
    is_demo = chosen != workspace
    scratch = tempfile.TemporaryDirectory(prefix="omniinbox-shots-") if pictures else None
    settings = UiSettings(str(Path(scratch.name) / "ui.ini")) if scratch is not None else None
    window = MainWindow(
        chosen, engine, bridge, demo=is_demo, settings=settings, restore=not pictures
    )
    if not is_demo and pictures:
        engine.start()
    try:
        if screenshot_dir is not None:
            return _take_screenshots(app, window, Path(screenshot_dir))
        if screenshot is not None:
            return _take_screenshot(app, window, Path(screenshot))
        if window.settings.get(GEOMETRY).isEmpty():
            window.resize(*WINDOW_SIZE)
        window.show()
        if not is_demo:  # after the first paint: loading the connectors costs a few 100 ms
            QTimer.singleShot(0, engine.start)
        # What exists now lives all day: the collector need not walk it again and again
        # (fewer pauses while scrolling a big list).
        QTimer.singleShot(FREEZE_AFTER_MS, gc.freeze)
        return app.exec()
    finally:
        close_prompts()  # a worker waiting for the keyring passphrase gives up
        wait_all(2.0)
        window.shutdown(save=not pictures)
        window.hide()
        bridge.close()
        engine.stop()
        window.deleteLater()
        bridge.deleteLater()
        if scratch is not None:
            scratch.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="omniinbox-gui", description="OmniInbox: the support inbox on your desktop."
    )
    parser.add_argument("--workspace", type=Path, help="the workspace folder (default: per user)")
    parser.add_argument("--demo", action="store_true", help="show the demo workspace")
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="save a picture of the window and quit"
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="save pictures of the main views into DIR and quit",
    )
    args = parser.parse_args(argv)
    workspace = Workspace.at(args.workspace)
    log_to_file(workspace.log_path)
    return run_gui(
        workspace, demo=args.demo, screenshot=args.screenshot, screenshot_dir=args.screenshots
    )


if __name__ == "__main__":
    sys.exit(main())
