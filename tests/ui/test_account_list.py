"""The Accounts panel: list, check, disable and enable, remove (secrets deleted too); and the
passphrase dialog of the encrypted secrets file, asked from a background thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omniinbox.connector import discover
from omniinbox.secrets import PASSPHRASE_ENV, Secrets
from omniinbox.sync.accounts_setup import DraftSecrets, prepare, save_account
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine, open_secrets, secret_key
from omniinbox.ui.account_list import AccountsPanel
from omniinbox.ui.account_passphrase import PassphraseDialog, PassphrasePrompt
from omniinbox.ui.account_tasks import Task
from omniinbox.workspace import Workspace


@pytest.fixture
def engine(workspace: Workspace) -> Iterator[Engine]:
    engine = build_engine(workspace)
    yield engine
    engine.stop()


def add_scripted(engine: Engine, secrets: Secrets, folder: Path, name: str, token: str) -> None:
    registry = discover()
    draft = prepare(registry.get("scripted"), {"folder": str(folder), "token": token})
    save_account(engine.call, secrets, name, draft)


def panel_for(qtbot: QtBot, engine: Engine, secrets: Secrets) -> AccountsPanel:
    panel = AccountsPanel(discover(), engine.call, secrets)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded)
    return panel


def test_accounts_are_listed_checked_disabled_and_removed(
    qtbot: QtBot, workspace: Workspace, engine: Engine, tmp_path: Path
) -> None:
    secrets = open_secrets(workspace)
    folder = tmp_path / "remote"
    folder.mkdir()
    add_scripted(engine, secrets, folder, "Shop bot", "tok-good")
    add_scripted(engine, secrets, tmp_path / "gone", "Old bot", "tok-old")
    panel = panel_for(qtbot, engine, secrets)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Old bot — Scripted (tests)",
        "Shop bot — Scripted (tests)",
    ]

    assert panel.select("Shop bot")
    panel.check()
    qtbot.waitUntil(lambda: "connected" in panel.status.text(), timeout=10_000)
    assert panel.status.text() == "Shop bot: connected, credentials accepted."

    assert panel.select("Old bot")
    panel.check()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "does not exist" in panel.status.text()  # the connector's sentence

    with qtbot.waitSignal(panel.accounts_changed):
        panel.toggle_enabled()
    qtbot.waitUntil(lambda: panel.enable_button.text() == "Enable")
    assert not engine.call(lambda s: s.account_by_name("Old bot")).enabled

    old = engine.call(lambda s: s.account_by_name("Old bot"))
    with qtbot.waitSignal(panel.accounts_changed):
        panel.remove(confirm=False)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert [a.name for a in engine.call(lambda s: s.accounts())] == ["Shop bot"]
    fresh = open_secrets(workspace)
    assert fresh.get(secret_key(old), "token") is None
    shop = engine.call(lambda s: s.account_by_name("Shop bot"))
    assert fresh.get(secret_key(shop), "token") == "tok-good"


def test_the_passphrase_is_asked_in_a_dialog_from_a_background_thread(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    workspace.root.mkdir(parents=True)
    prompt = PassphrasePrompt(workspace.keyring_path)
    secrets = open_secrets(workspace, prompt)
    draft_secrets = DraftSecrets({"token": "tok-typed"})
    draft = prepare(discover().get("scripted"), {"folder": "f"}, draft_secrets)
    store = workspace.open_store()
    saved: list[object] = []

    seen: list[PassphraseDialog] = []

    def answer() -> None:  # runs inside the dialog's own event loop, as an agent would type
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PassphraseDialog) and w.isVisible()
        ]
        if not dialogs:
            return
        dialog = dialogs[0]
        seen.append(dialog)
        timer.stop()
        dialog.first.setText("correct horse")
        dialog.second.setText("correct horse")
        dialog._accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    task = Task(lambda: save_account(lambda fn: fn(store), secrets, "Bot", draft))
    task.done.connect(saved.append)
    task.failed.connect(saved.append)
    task.start()
    qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
    assert seen and seen[0].new  # no file yet: the passphrase is chosen and typed twice
    store.close()
    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse")
    again = open_secrets(workspace)
    account = workspace.open_store(readonly=True).account_by_name("Bot")
    assert again.get(secret_key(account), "token") == "tok-typed"
    assert prompt() == "correct horse"  # asked once for the session


def test_differing_passphrases_are_refused_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "secrets.cryptfile", new=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("one")
    dialog.second.setText("two")
    dialog._accept()
    assert dialog.problem.text() == "The two passphrases differ."
    assert dialog.result() == 0
