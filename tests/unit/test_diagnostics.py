"""Diagnostics for a support request: everything useful, and never a secret or a message text,
even when secrets were planted where the diagnostics look (the log, an account's settings)."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from omniinbox.cli import main
from omniinbox.connector import discover
from omniinbox.diagnostics import AccountState, collect, log_tail, scrub
from omniinbox.domain import Identity, IdentityKind, NewMessage
from omniinbox.secrets import Secrets
from omniinbox.workspace import Workspace

PASSWORD = "Hunter2-Пароль-pw-9431"
BOT_TOKEN = "7012345678:AAHk3v9Zq-Xx_yTtUuIiOoPpAaSsDdFfGg1"
ACCESS_TOKEN = "ya29.a0AfH6SMBx-planted-access-token-771"
BODY = "Мой номер карты 4111 1111 1111 1111, секретный текст письма"


@pytest.fixture
def planted(workspace: Workspace) -> Workspace:
    store = workspace.open_store()
    mail = store.add_account(
        "Support",
        "imap",
        # an old version's mistake: a secret that reached the settings
        {"address": "support@shop.kz", "imap_host": "imap.shop.kz", "password": PASSWORD},
        "email",
    )
    bot = store.add_account("Bot", "telegram", {"bot_name": "shop_bot"}, "telegram")
    store.ingest(
        mail.id,
        [
            NewMessage(
                "m1@example.kz",
                Identity.of(IdentityKind.EMAIL, "a@example.kz"),
                "Айбек",
                datetime(2024, 5, 1, tzinfo=UTC),
                text=BODY,
                subject="Карта",
            )
        ],
        "cursor-1",
    )
    store.close()
    secrets = Secrets(workspace.keyring_path)
    secrets.set(f"account-{mail.id}", "password", PASSWORD)
    secrets.set(f"account-{bot.id}", "token", BOT_TOKEN)
    workspace.log_path.parent.mkdir(parents=True, exist_ok=True)
    sasl = base64.b64encode(f"\0support@shop.kz\0{PASSWORD}".encode()).decode()
    workspace.log_path.write_text(
        "\n".join(
            [
                "2024-05-01 10:00:00 INFO account-1 omniinbox.sync: started",
                f"2024-05-01 10:00:01 INFO account-2 httpx: HTTP Request: POST "
                f"https://api.telegram.org/bot{BOT_TOKEN}/getUpdates",
                f"2024-05-01 10:00:02 DEBUG account-1 imaplib: > AUTHENTICATE PLAIN {sasl}",
                f"2024-05-01 10:00:03 WARNING account-1 x: login failed password={PASSWORD}",
                f"2024-05-01 10:00:04 DEBUG account-3 oauth: Authorization: Bearer {ACCESS_TOKEN}",
                f"2024-05-01 10:00:05 DEBUG account-3 oauth: GET /cb?code={ACCESS_TOKEN}&state=1",
                "2024-05-01 10:00:06 ERROR account-1 omniinbox.sync: the server said no",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return workspace


def _no_secrets(text: str) -> None:
    for secret in (PASSWORD, BOT_TOKEN, ACCESS_TOKEN, BOT_TOKEN.split(":")[1], BODY, "4111"):
        assert secret not in text
    assert base64.b64encode(PASSWORD.encode()).decode()[:12] not in text


def test_diagnostics_say_what_support_needs_and_no_secret(planted: Workspace) -> None:
    registry = discover()
    text = collect(
        planted,
        states={1: AccountState("bad credentials", "wrong password for support@shop.kz")},
        secret_keys=lambda kind: registry.get(kind).schema.secret_keys,
        keyring_backend=Secrets(planted.keyring_path).backend_name,
        extra_versions=[("Qt", "6.x")],
    )
    _no_secrets(text)
    for expected in (
        "OmniInbox: ",
        "Python: 3.",
        "PySide6: ",
        "Qt: 6.x",
        f"Workspace: {planted.root}",
        "Secrets kept in: encrypted file",
        "Counts: accounts 2, contacts 1, conversations 1, messages 1",
        "- Support [imap, email] bad credentials",
        "last message: wrong password for support@shop.kz",
        "address=support@shop.kz",
        "imap_host=imap.shop.kz",
        "- Bot [telegram, telegram] not running",
        "last sync: never",
        "the server said no",
        "[redacted]",
    ):
        assert expected in text, expected
    assert "last sync: 20" in text  # the mail account's cursor was stored
    assert text.count("[redacted]") == 5  # the five log lines are kept, their secrets are not


def test_the_cli_command_prints_the_same_without_secrets(
    planted: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diagnostics", "--workspace", str(planted.root), "--log-lines", "3"]) == 0
    out = capsys.readouterr().out
    _no_secrets(out)
    assert "Accounts (2):" in out and "last 3 lines" in out
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)  # main() added the workspace's log file
        handler.close()


def test_scrub_and_tail(tmp_path: Path) -> None:
    assert scrub("token: abc123def456 ok") == "token: [redacted] ok"
    assert scrub('{"client_secret": "s3cr3t-value"}') == '{"client_secret": "[redacted]"}'
    assert scrub("user=me host=imap.shop.kz") == "user=me host=imap.shop.kz"
    assert scrub("it was xyzzy-1234", known=["xyzzy-1234"]) == "it was [redacted]"
    log = tmp_path / "big.log"
    log.write_text("".join(f"line {i}\n" for i in range(200_000)))
    tail = log_tail(log, 5)
    assert tail == [f"line {i}" for i in range(199_995, 200_000)]
    assert log_tail(tmp_path / "missing.log") == []
