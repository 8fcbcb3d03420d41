"""The add-account wizard against a real Dovecot and a real aiosmtpd: the form built from the
IMAP connector's schema, check() off the GUI thread, the account stored with its password in
the keyring (the encrypted file) and nowhere else; a wrong password shows the connector's
sentence and stores nothing; signing in through the loopback redirect against a local OAuth
provider."""

# ruff: noqa: F811  (pytest fixtures imported from tests/integration are parameters here)
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from omniinbox.connector import discover
from omniinbox.secrets import Secrets
from omniinbox.sync.engine import Engine
from omniinbox.sync.runtime import build_engine, open_secrets, secret_key
from omniinbox.ui.account_wizard import AccountWizard
from omniinbox.workspace import Workspace
from tests.integration.conftest import _dovecot_servers, dovecot  # noqa: F401 (fixtures)
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.oauth_provider import CLIENT_ID, AuthProvider
from tests.integration.smtp_server import SmtpServer, smtp_servers  # noqa: F401 (a fixture)

CHECK_TIMEOUT_MS = 30_000


@pytest.fixture
def engine(workspace: Workspace) -> Iterator[Engine]:
    engine = build_engine(workspace)
    yield engine
    engine.stop()


@pytest.fixture
def secrets(workspace: Workspace) -> Secrets:
    return open_secrets(workspace)


@pytest.fixture
def user(dovecot: Dovecot) -> MailUser:
    return dovecot.add_user()


@pytest.fixture
def smtp(smtp_servers: Callable[..., SmtpServer], user: MailUser, dovecot: Dovecot) -> SmtpServer:
    tokens = dovecot.tokens.tokens if dovecot.tokens is not None else None
    return smtp_servers(tls="starttls", users={user.address: user.password}, tokens=tokens)


def open_wizard(qtbot: QtBot, engine: Engine, secrets: Secrets) -> AccountWizard:
    wizard = AccountWizard(discover(), engine.call, secrets)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def server_settings(dovecot: Dovecot, user: MailUser, smtp: SmtpServer) -> dict[str, str]:
    assert dovecot.certs is not None and dovecot.imaps_port is not None
    return {
        "address": user.address,
        "imap_host": dovecot.host,
        "imap_port": str(dovecot.imaps_port),
        "imap_security": "tls",
        "fingerprint": dovecot.certs.fingerprint,
        "smtp_host": smtp.host,
        "smtp_port": str(smtp.port),
        "smtp_security": "starttls",
        "smtp_fingerprint": smtp.fingerprint,
    }


def fill_imap(qtbot: QtBot, wizard: AccountWizard, values: dict[str, str]) -> None:
    assert wizard.kind_page.select("imap")
    wizard.next()
    page = wizard.settings_page
    assert page.form is not None
    assert page.provider.currentData() == "custom"  # until an address names a provider
    if any(page.form.rows[key].field.advanced for key in values):
        page.form.advanced.setChecked(True)  # as the agent does: unfold the advanced settings
    for key, value in values.items():
        row = page.form.rows[key]
        control = row.control
        if hasattr(control, "setText") and not hasattr(control, "setChecked"):
            control.clear()
            qtbot.keyClicks(control, value)
        else:
            row.set_value(value)


def stored_bytes(workspace: Workspace) -> bytes:
    """Everything the workspace keeps outside the keyring: database, WAL, config, ui.ini."""
    data = b""
    for path in workspace.root.rglob("*"):
        if path.is_file() and path != workspace.keyring_path:
            data += path.read_bytes()
    return data


def test_the_form_is_built_from_the_schema_with_secrets_masked(
    qtbot: QtBot, engine: Engine, secrets: Secrets
) -> None:
    wizard = open_wizard(qtbot, engine, secrets)
    assert wizard.kind_page.select("imap")
    wizard.next()
    form = wizard.settings_page.form
    assert form is not None
    from PySide6.QtWidgets import QLineEdit

    password = form.rows["password"].control
    assert isinstance(password, QLineEdit)
    assert password.echoMode() is QLineEdit.EchoMode.Password
    assert not form.rows["address"].help.isHidden()
    wizard.next()  # nothing typed: stays, with the message under the field
    assert wizard.currentPage() is wizard.settings_page
    assert form.rows["address"].error.text() == "Email address is required"


def test_an_imap_account_is_checked_off_the_gui_thread_and_stored_in_the_keyring(
    qtbot: QtBot,
    workspace: Workspace,
    engine: Engine,
    secrets: Secrets,
    dovecot: Dovecot,
    user: MailUser,
    smtp: SmtpServer,
) -> None:
    wizard = open_wizard(qtbot, engine, secrets)
    fill_imap(qtbot, wizard, {**server_settings(dovecot, user, smtp), "password": user.password})
    assert wizard.settings_page.account_name() == user.address
    wizard.next()

    check = wizard.check_page
    assert wizard.currentPage() is check
    # next() came back while the check still runs: it is on another thread, and the page
    # shows a busy bar and a Cancel meanwhile.
    assert check.running and check.busy.isVisible() and check.cancel_button.isVisible()
    assert threading.current_thread() is threading.main_thread()
    qtbot.waitUntil(lambda: check.ok, timeout=CHECK_TIMEOUT_MS)
    assert check.error.text() == ""

    wizard.accept()  # Finish
    qtbot.waitUntil(lambda: wizard.account is not None, timeout=CHECK_TIMEOUT_MS)
    account = wizard.account
    assert account is not None
    (stored,) = engine.call(lambda s: s.accounts())
    assert (stored.name, stored.kind, stored.channel.value) == (user.address, "imap", "email")
    assert stored.config["imap_host"] == dovecot.host and "password" not in stored.config
    fresh = open_secrets(workspace)  # a new reader of the keyring file finds it there
    assert fresh.get(secret_key(stored), "password") == user.password
    assert user.password.encode() not in stored_bytes(workspace)
    assert user.password.encode() not in workspace.keyring_path.read_bytes()


def test_a_wrong_password_shows_the_connectors_sentence_and_stores_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    engine: Engine,
    secrets: Secrets,
    dovecot: Dovecot,
    user: MailUser,
    smtp: SmtpServer,
) -> None:
    wizard = open_wizard(qtbot, engine, secrets)
    fill_imap(qtbot, wizard, {**server_settings(dovecot, user, smtp), "password": "not-it"})
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: not check.running, timeout=CHECK_TIMEOUT_MS)
    assert not check.ok
    assert f"Wrong password for {user.address}" in check.error.text()
    assert check.retry_button.isVisible()
    wizard.accept()  # Finish is refused until a check passed
    assert wizard.account is None
    wizard.reject()
    assert engine.call(lambda s: s.accounts()) == []
    assert not workspace.keyring_path.exists()


def test_cancelling_a_check_stops_waiting_and_stores_nothing(
    qtbot: QtBot, engine: Engine, secrets: Secrets, dovecot: Dovecot, user: MailUser
) -> None:
    wizard = open_wizard(qtbot, engine, secrets)
    # A server that accepts the connection and never answers: the check would hang.
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        values = {
            "address": user.address,
            "imap_host": "127.0.0.1",
            "imap_port": str(silent.getsockname()[1]),
            "imap_security": "tls",
            "password": user.password,
        }
        fill_imap(qtbot, wizard, values)
        wizard.next()
        check = wizard.check_page
        assert check.running
        qtbot.mouseClick(check.cancel_button, _left())
        assert not check.running and not check.ok
        assert check.status.text() == "Check cancelled."
        assert check.retry_button.isVisible()
    finally:
        silent.close()
    assert engine.call(lambda s: s.accounts()) == []


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


class Browser:
    """The agent's browser: opens the provider's page and is sent back to the app."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.thread: threading.Thread | None = None

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        self.thread = threading.current_thread()
        httpx.get(url, follow_redirects=True, timeout=5)
        return True


def test_signing_in_through_the_loopback_redirect_stores_the_tokens(
    qtbot: QtBot,
    workspace: Workspace,
    engine: Engine,
    secrets: Secrets,
    dovecot: Dovecot,
    user: MailUser,
    smtp: SmtpServer,
) -> None:
    assert dovecot.tokens is not None
    provider = AuthProvider(dovecot.tokens).start()
    try:
        wizard = open_wizard(qtbot, engine, secrets)
        values = {
            **server_settings(dovecot, user, smtp),
            "auth": "xoauth2",
            "oauth_client_id": CLIENT_ID,
            "oauth_authorize_url": provider.authorize_url,
            "oauth_token_url": provider.token_url,
            "oauth_scopes": "mail.imap mail.smtp offline_access",
        }
        fill_imap(qtbot, wizard, values)
        row = wizard.settings_page.sign_in
        assert row.isVisible()
        browser = Browser()
        row.open_browser = browser
        row.timeout = 10
        qtbot.mouseClick(row.button, _left())
        assert row.running and row.busy.isVisible()
        qtbot.waitUntil(lambda: not row.running, timeout=CHECK_TIMEOUT_MS)
        assert row.is_signed_in, row.status.text()
        assert browser.thread is not threading.main_thread()  # the wait was off the GUI thread
        (asked,) = provider.authorize_requests
        assert asked["client_id"] == CLIENT_ID and asked["code_challenge_method"] == "S256"

        wizard.next()
        check = wizard.check_page
        qtbot.waitUntil(lambda: not check.running, timeout=CHECK_TIMEOUT_MS)
        assert check.ok, check.error.text()
        wizard.accept()
        qtbot.waitUntil(lambda: wizard.account is not None, timeout=CHECK_TIMEOUT_MS)
        (stored,) = engine.call(lambda s: s.accounts())
        assert stored.config["auth"] == "xoauth2"
        kept = open_secrets(workspace).for_account(secret_key(stored))
        assert (kept.get("oauth_refresh_token") or "").startswith("refresh-")
        assert (kept.get("oauth_access_token") or "").startswith("tok-")
        assert b"refresh-" not in stored_bytes(workspace)
    finally:
        provider.close()


def test_cancelling_a_sign_in_ends_the_wait_at_once(
    qtbot: QtBot, engine: Engine, secrets: Secrets, dovecot: Dovecot, user: MailUser
) -> None:
    wizard = open_wizard(qtbot, engine, secrets)
    values = {
        "address": user.address,
        "imap_host": dovecot.host,
        "auth": "xoauth2",
        "oauth_client_id": CLIENT_ID,
        "oauth_authorize_url": "http://127.0.0.1:9/authorize",  # nobody answers there
        "oauth_token_url": "http://127.0.0.1:9/token",
    }
    fill_imap(qtbot, wizard, values)
    row = wizard.settings_page.sign_in
    opened: list[str] = []
    row.open_browser = lambda url: opened.append(url) or True
    row.timeout = 60
    qtbot.mouseClick(row.button, _left())
    qtbot.waitUntil(lambda: bool(opened))
    task = row._task
    assert task is not None and task.future is not None
    qtbot.mouseClick(row.cancel_button, _left())
    assert not row.running and row.status.text() == "Sign-in cancelled."
    assert not row.is_signed_in
    task.future.exception(timeout=5)  # the waiting thread ended, well before its 60 s
