"""Sign in with X from the add-account wizard, against the X API emulator over real HTTP:
the button is offered for OAuth 2.0, the browser follows X's page back to the callback port
registered for the app, the check passes with the new token, and the tokens are kept in the
keyring only."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from omniinbox.connector import discover
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine, open_secrets, secret_key
from omniinbox.ui.account_wizard import AccountWizard
from omniinbox.workspace import Workspace
from tests.emulators.x_api import XApiEmulator

WAIT_MS = 20_000
CLIENT_ID = "omniinbox-desktop-test"


@pytest.fixture
def x_api() -> Iterator[XApiEmulator]:
    with XApiEmulator() as emulator:
        yield emulator


@pytest.fixture
def engine(workspace: Workspace) -> Iterator[Engine]:
    engine = build_engine(workspace)
    yield engine
    engine.stop()


class Browser:
    """The agent's browser: opens X's consent page, which sends it back to the app."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        self.threads.append(threading.current_thread())
        httpx.get(url, follow_redirects=True, timeout=5)
        return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_signing_in_with_x_in_the_wizard(
    qtbot: QtBot, workspace: Workspace, engine: Engine, x_api: XApiEmulator
) -> None:
    wizard = AccountWizard(discover(), engine.call, open_secrets(workspace))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.select("x")
    wizard.next()
    page = wizard.settings_page
    form = page.form
    assert form is not None
    row = page.sign_in
    assert row.isVisible() and row.button.text() == "Sign in with X…"
    assert form.rows["callback_port"].help.text().endswith("http://127.0.0.1:<port>/callback")
    assert form.rows["api_base"].parent() is form.advanced_body
    port = free_port()
    form.advanced.setChecked(True)
    for key, value in {
        "account": "@shop_kz",
        "api_base": x_api.base_url,
        "oauth2_client_id": CLIENT_ID,
        "callback_port": str(port),
    }.items():
        control = form.rows[key].control
        control.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(control, value)

    form.rows["auth"].set_value("oauth1a")
    page._edited()
    assert row.isHidden()  # the four keys of OAuth 1.0a: no browser
    form.rows["auth"].set_value("oauth2")
    page._edited()
    assert row.isVisible()

    browser = Browser()
    row.open_browser = browser
    row.timeout = 10
    row.button.click()
    assert row.running
    qtbot.waitUntil(lambda: not row.running, timeout=WAIT_MS)
    assert row.is_signed_in, row.status.text()
    assert browser.threads[0] is not threading.main_thread()
    (url,) = browser.opened
    assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2Fcallback" in url

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: not check.running, timeout=WAIT_MS)
    assert check.ok, check.error.text()
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.account is not None, timeout=WAIT_MS)
    (stored,) = engine.call(lambda s: s.accounts())
    assert stored.kind == "x" and stored.config["callback_port"] == str(port)
    assert not any(k.startswith("oauth2_") for k in stored.config)
    kept = open_secrets(workspace).for_account(secret_key(stored))
    assert kept.get("oauth2_access_token") in x_api.tokens
    assert kept.get("oauth2_refresh_token") in x_api.refresh_tokens
    assert kept.get("oauth2_client_id") == CLIENT_ID
