"""send(): SMTP delivery, a copy in Sent, and never twice for the same key."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from omniinbox_connectors.imap import mime
from omniinbox_connectors.imap.connector import ImapConnector

from omniinbox.connector import Outbound
from omniinbox.domain import Direction, Identity, IdentityKind
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for, events_of, new_messages, pull_all
from tests.integration.smtp_server import SmtpServer

CUSTOMER = Identity.of(IdentityKind.EMAIL, "aigerim@example.kz", "Айгерим")


def outbound(key: str = "k-1", text: str = "Ваш заказ отправлен.") -> Outbound:
    return Outbound(
        key=key, to=CUSTOMER, text=text, subject="Заказ 1042", from_name="Дана", ticket=1042
    )


@pytest.fixture
def smtp(smtp_servers: Callable[..., SmtpServer], mail_user: MailUser) -> SmtpServer:
    return smtp_servers(tls="starttls", users={mail_user.address: mail_user.password})


def sender(dovecot: Dovecot, user: MailUser, smtp: SmtpServer, **extra: str) -> ImapConnector:
    return connector_for(
        dovecot,
        user,
        smtp_port=str(smtp.port),
        smtp_security="starttls",
        smtp_fingerprint=smtp.fingerprint,
        **extra,
    )


def test_send_delivers_and_files_a_copy_in_sent(
    dovecot: Dovecot, mail_user: MailUser, smtp: SmtpServer
) -> None:
    connector = sender(dovecot, mail_user, smtp)
    receipt = connector.send(outbound())

    (received,) = smtp.received
    assert received.rcpt_tos == ("aigerim@example.kz",) and received.login == mail_user.address
    delivered = mime.parse_message(received.content)
    assert delivered.message_id == receipt.remote_id
    assert delivered.text.strip() == "Ваш заказ отправлен."
    assert delivered.from_.address == mail_user.address
    (uid,) = mail_user.uids("Sent")
    assert "\\Seen" in mail_user.flags(uid, "Sent")
    # The copy in Sent comes back as our outbound message under the same id: the store
    # matches it with the message the agent wrote instead of adding it again.
    (copy,) = new_messages(events_of(pull_all(connector)[0]))
    assert copy.remote_id == receipt.remote_id and copy.direction is Direction.OUT
    assert copy.recipient == Identity.of(IdentityKind.EMAIL, "aigerim@example.kz", "Айгерим")


def test_the_same_key_is_never_sent_twice(
    dovecot: Dovecot, mail_user: MailUser, smtp: SmtpServer
) -> None:
    first = sender(dovecot, mail_user, smtp).send(outbound("retry-me"))
    # A retry, e.g. after the app died before it heard back: a new connector, same key.
    again = sender(dovecot, mail_user, smtp).send(outbound("retry-me"))
    assert again.remote_id == first.remote_id
    assert len(smtp.received) == 1 and len(mail_user.uids("Sent")) == 1
    sender(dovecot, mail_user, smtp).send(outbound("another"))
    assert len(smtp.received) == 2


def test_a_server_that_files_sent_mail_itself_gets_no_copy_from_us(
    dovecot: Dovecot, mail_user: MailUser, smtp: SmtpServer
) -> None:
    sender(dovecot, mail_user, smtp, server_saves_sent="yes").send(outbound())
    assert len(smtp.received) == 1
    assert mail_user.uids("Sent") == []
