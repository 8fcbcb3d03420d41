"""Changes made in Settings apply while the window runs: an account added or enabled in the
Accounts page starts syncing, one disabled stops, without a restart; the agent's name and
signature change in place in the Profile page."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from omniinbox.connector import AccountState, discover
from omniinbox.sync.accounts_setup import prepare, save_account
from omniinbox.sync.runtime import open_secrets
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.settings_dialog_open import accounts_panel, open_settings

WAIT_MS = 15_000


def test_an_account_added_and_disabled_in_settings_follows_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    engine = window.engine
    panel = accounts_panel(window)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded)
    remote = tmp_path / "remote"
    remote.mkdir()
    (remote / "inbox.jsonl").write_text(
        json.dumps(
            {
                "id": "r-1",
                "from": "aigerim@example.kz",
                "name": "Айгерим",
                "at": "2026-11-02T09:00:00+00:00",
                "text": "Заказ не пришёл, помогите",
            }
        )
        + "\n"
    )
    draft = prepare(discover().get("scripted"), {"folder": str(remote), "token": "tok-1"})
    account = save_account(engine.call, open_secrets(window.workspace), "Shop bot", draft)
    assert account.id not in engine.running_accounts()

    panel.reload()
    qtbot.waitUntil(lambda: panel.select("Shop bot"))
    panel.accounts_changed.emit()  # what the panel says after the wizard added one
    qtbot.waitUntil(lambda: account.id in engine.running_accounts(), timeout=WAIT_MS)

    def synced() -> bool:
        found = engine.call(lambda s: s.search("Заказ не пришёл"))
        return bool(found)

    qtbot.waitUntil(synced, timeout=WAIT_MS)
    assert "next time OmniInbox starts" not in panel.status.text()

    panel.toggle_enabled()  # Disable

    def disabled() -> bool:
        status = engine.statuses.get(account.id)
        return status is not None and status.state is AccountState.DISABLED

    qtbot.waitUntil(disabled, timeout=WAIT_MS)
    assert account.id not in engine.running_accounts()
    status = engine.statuses[account.id]
    assert status.sentence == "disabled"


def test_the_profile_page_renames_the_agent(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    qtbot.addWidget(dialog)
    editor = dialog.pages["Profile"]
    qtbot.waitUntil(lambda: editor.loaded)  # type: ignore[attr-defined]
    page = editor.page  # type: ignore[attr-defined]
    before = window.agent
    assert before is not None
    agents_before = len(window.engine.call(lambda s: s.agents()))
    page.name.setText("Dana Sultanova-Ivanova")
    page.signature.setPlainText("—\nDana, Shop.kz")
    with qtbot.waitSignal(editor.saved, timeout=10_000):  # type: ignore[attr-defined]
        assert dialog.apply()
    stored = window.engine.call(lambda s: s.agent(before.id))
    assert (stored.name, stored.signature) == ("Dana Sultanova-Ivanova", "—\nDana, Shop.kz")
    assert window.agent is not None and window.agent.id == before.id
    assert window.agent.name == "Dana Sultanova-Ivanova"
    assert len(window.engine.call(lambda s: s.agents())) == agents_before  # renamed, not added
