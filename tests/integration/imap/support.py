"""What the IMAP integration tests and the connector-kit harness share: account configs for a
Dovecot user, a secrets handle, test messages, and pulling until caught up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from omniinbox_connectors.imap import ImapConnector
from omniinbox_connectors.imap.sync import Budget

from omniinbox.connector import Batch
from omniinbox.domain import Event, MessageChanged, NewMessage, Reset
from tests.integration.dovecot import Dovecot, MailUser

DESK_NAME = "Shop.kz Support"


@dataclass
class Secrets:
    values: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def imap_config(server: Dovecot, user: MailUser, **overrides: str) -> dict[str, str]:
    """An account on ``server``: implicit TLS pinned to the test certificate on the modern
    server, plain loopback on the plain one."""
    config = {
        "address": user.address,
        "name": DESK_NAME,
        "imap_host": server.host,
        "smtp_host": server.host,
    }
    if server.modern:
        assert server.certs is not None and server.imaps_port is not None
        config.update(
            imap_port=str(server.imaps_port),
            imap_security="tls",
            fingerprint=server.certs.fingerprint,
        )
    else:
        config.update(imap_port=str(server.imap_port), imap_security="none")
    config.update(overrides)
    return config


OPENED: list[ImapConnector] = []  # closed after each test by the autouse fixture


def connector_for(
    server: Dovecot, user: MailUser, *, secret: str | None = None, **overrides: str
) -> ImapConnector:
    secrets = Secrets({"password": user.password if secret is None else secret})
    connector = ImapConnector(imap_config(server, user, **overrides), secrets)
    OPENED.append(connector)
    return connector


def close_opened() -> None:
    while OPENED:
        OPENED.pop().close()


_counter = 0


def mail(
    text: str = "Здравствуйте! Где мой заказ?",
    *,
    sender: str = "aigerim@example.kz",
    sender_name: str = "Айгерим Садыкова",
    to: str = "support@shop.kz",
    subject: str = "Заказ 1042",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    when: datetime | None = None,
    padding: int = 0,
) -> bytes:
    """A customer's message as bytes, UTF-8, with a unique Message-ID unless given."""
    global _counter
    _counter += 1
    msg = EmailMessage()
    msg["From"] = f"{sender_name} <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or f"<m{_counter}.{datetime.now(UTC).timestamp()}@example.kz>"
    msg["Date"] = format_datetime(
        when or datetime(2026, 11, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=_counter)
    )
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(text + ("\n" + "x" * padding if padding else ""))
    return msg.as_bytes()


def seven_questions_and_a_reply(server: Dovecot, user: MailUser) -> ImapConnector:
    """Seven questions in INBOX and one reply in Sent, and a connector pulling 3 at a time."""
    user.append_many([mail(f"вопрос {n}") for n in range(7)])
    user.append(mail("ответ", sender=user.address, to="a@example.kz"), server.sent_folder)
    connector = connector_for(server, user)
    connector.budget = Budget(messages=3)
    return connector


def pull_all(
    connector: ImapConnector, cursor: str = "", limit: int = 100
) -> tuple[list[Batch], str]:
    batches: list[Batch] = []
    for _ in range(limit):
        batch = connector.pull(cursor)
        batches.append(batch)
        cursor = batch.cursor
        if not batch.more:
            return batches, cursor
    raise AssertionError(f"still more after {limit} pulls")


def events_of(batches: list[Batch]) -> list[Event]:
    return [e for b in batches for e in b.events]


def new_messages(events: list[Event]) -> list[NewMessage]:
    return [e for e in events if isinstance(e, NewMessage)]


def changes(events: list[Event]) -> list[MessageChanged]:
    return [e for e in events if isinstance(e, MessageChanged)]


def resets(events: list[Event]) -> list[Reset]:
    return [e for e in events if isinstance(e, Reset)]
