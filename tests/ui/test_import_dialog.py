"""Import mail… in the window: off the GUI thread through the engine's writer, with progress,
Cancel that keeps what was imported, a resume that doubles nothing, and a clear summary."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from omniinbox.sync.engine import Engine
from omniinbox.ui.import_dialog import ImportDialog
from omniinbox.workspace import Workspace
from tests.cli.test_import_cli import mailbox, write_maildir, write_mbox


def _count(workspace: Workspace) -> int:
    """Messages of the generated mail (Message-IDs m0@..., one with an id from its bytes)."""
    store = workspace.open_store(readonly=True)
    try:
        return int(
            store.scalar(
                "SELECT count(*) FROM messages WHERE remote_id LIKE 'm%@example.kz' "
                "OR remote_id LIKE 'sha256:%@omniinbox'"
            )
        )
    finally:
        store.close()


def _dialog(qtbot: QtBot, workspace: Workspace, engine: Engine) -> ImportDialog:
    dialog = ImportDialog(workspace, engine)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_mbox_imports_with_progress_and_a_summary(
    qtbot: QtBot, workspace: Workspace, engine: Engine, tmp_path: Path
) -> None:
    box = write_mbox(tmp_path / "history.mbox", mailbox(40))
    dialog = _dialog(qtbot, workspace, engine)
    dialog.account.setCurrentIndex(0)  # a new "Imported mail" account
    dialog.path.setText(str(box))
    dialog.own.setText("support@shop.kz")
    changed: list[object] = []
    engine.add_listener(changed.append)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled() or not dialog.running
    assert "40 new messages imported" in dialog.status.text()
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert _count(workspace) == 40
    assert changed  # the writer announced the new rows, so the window's lists refresh
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.start_button.click()
    assert "Nothing new" in dialog.status.text()
    assert _count(workspace) == 40


def test_cancel_keeps_what_was_imported_and_the_same_source_continues(
    qtbot: QtBot, workspace: Workspace, engine: Engine, tmp_path: Path
) -> None:
    total = 1200
    source = write_maildir(tmp_path / "Maildir", mailbox(total))
    dialog = _dialog(qtbot, workspace, engine)
    dialog.kind.setCurrentIndex(1)
    dialog.path.setText(str(source))
    dialog.progressed.connect(lambda _p: dialog.cancel())  # Cancel at the first progress
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000) as stopped:
        dialog.start_button.click()
    assert stopped.args[0].cancelled
    assert "Stopped" in dialog.status.text()
    first = _count(workspace)
    assert 0 < first < total
    dialog.progressed.disconnect()
    dialog.progressed.connect(dialog._on_progress)
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000) as done:
        dialog.start_button.click()
    assert done.args[0].added == total - first and done.args[0].skipped == 0
    assert _count(workspace) == total


def test_bad_input_is_one_clear_sentence(
    qtbot: QtBot, workspace: Workspace, engine: Engine, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, engine)
    dialog.start_button.click()
    assert "Choose the file or folder" in dialog.error.text()
    not_mbox = tmp_path / "notes.txt"
    not_mbox.write_text("hello\n")
    dialog.path.setText(str(not_mbox))
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        dialog.start_button.click()
    assert "not an mbox file" in dialog.error.text()
    assert dialog.start_button.isEnabled()
