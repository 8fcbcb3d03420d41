"""The status line lists each account's state, and forgets an account removed from the desk."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from omniinbox.connector import AccountState
from omniinbox.sync.events import REMOVED, AccountStatus
from omniinbox.ui.status_line import StatusLine


def test_a_removed_account_leaves_the_status_line(qtbot: QtBot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.set_account(AccountStatus(1, "Support mail", AccountState.CONNECTED))
    line.set_account(AccountStatus(2, "Shop bot", AccountState.OFFLINE, "no network"))
    assert "Support mail" in line.accounts_text() and "Shop bot" in line.accounts_text()
    line.set_account(AccountStatus(2, "Shop bot", AccountState.DISABLED, "turned off"))
    assert "Shop bot" in line.accounts_text()  # disabled is still an account of the desk
    line.set_account(AccountStatus(2, "Shop bot", AccountState.DISABLED, REMOVED))
    assert "Shop bot" not in line.accounts_text()
    assert "Support mail" in line.accounts_text()
    assert line.online(2) is None
