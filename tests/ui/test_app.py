"""Starting the app: the right workspace, and a screenshot of the filled window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from omniinbox.ui.app import run_gui
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk


def test_run_gui_saves_a_screenshot_of_the_desk(
    qapp, workspace: Workspace, desk: Desk, tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    assert run_gui(workspace, screenshot=shot) == 0
    assert shot.stat().st_size > 20_000
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    assert not workspace.demo().exists()  # a workspace with accounts is shown itself


def test_a_screenshot_that_cannot_be_saved_fails_with_a_sentence(
    qapp, workspace: Workspace, desk: Desk, tmp_path: Path, capsys
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert run_gui(workspace, screenshot=blocker / "shot.png") == 1
    assert "could not save the screenshot" in capsys.readouterr().err


def test_a_workspace_without_accounts_opens_the_demo_desk(
    qapp, workspace: Workspace, tmp_path: Path
) -> None:
    shot = tmp_path / "demo.png"
    assert run_gui(workspace, screenshot=shot) == 0
    demo = workspace.demo().open_store(readonly=True)
    try:
        assert demo.count_conversations() > 100
    finally:
        demo.close()
    assert not workspace.has_accounts()
    assert shot.stat().st_size > 20_000


def test_the_demo_desk_is_filled_once(qapp, workspace: Workspace, tmp_path: Path) -> None:
    assert run_gui(workspace, demo=True, screenshot=tmp_path / "1.png") == 0
    store = workspace.demo().open_store(readonly=True)
    before = store.count_conversations()
    store.close()
    assert run_gui(workspace, demo=True, screenshot=tmp_path / "2.png") == 0
    store = workspace.demo().open_store(readonly=True)
    assert store.count_conversations() == before
    store.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_screenshots_of_the_main_views_are_written(
    qapp, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "shots"
    assert run_gui(workspace, demo=True, screenshot_dir=folder) == 0
    names = sorted(p.name for p in folder.glob("*.png"))
    assert names == [
        "01-inbox.png",
        "02-email-conversation.png",
        "03-chat.png",
        "04-customer-panel.png",
        "05-dark.png",
        "06-command-palette.png",
    ]
    for path in folder.glob("*.png"):
        assert 20_000 < path.stat().st_size < 400_000
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == (1280, 800)
    assert not (workspace.demo().root / "ui.ini").exists()  # the pictures leave no settings
