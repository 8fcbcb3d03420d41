"""check() verifies sending too (connect, EHLO, STARTTLS, sign-in; never a message), non-ASCII
passwords over SMTP, and the SMTP answers an agent can act on, provoked on a real aiosmtpd."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from omniinbox_connectors.imap import ImapConnector
from omniinbox_connectors.imap.smtp import SmtpSettings, check_smtp

from omniinbox.connector import (
    AuthError,
    ConnectorError,
    Outbound,
    PermanentError,
    TransientError,
)
from omniinbox.domain import Identity, IdentityKind
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for
from tests.integration.smtp_server import SmtpServer, free_port

Servers = Callable[..., SmtpServer]


def connector(dovecot: Dovecot, user: MailUser, server: SmtpServer, **extra: str) -> ImapConnector:
    security = "tls" if server.tls == "ssl" else server.tls
    return connector_for(
        dovecot,
        user,
        smtp_port=str(server.port),
        smtp_security=security,
        smtp_fingerprint=server.fingerprint,
        **extra,
    )


def outbound() -> Outbound:
    return Outbound(
        key="chk-1",
        to=Identity.of(IdentityKind.EMAIL, "aigerim@example.kz", "Айгерим"),
        text="Ваш заказ отправлен.",
        subject="Заказ 1042",
    )


def test_check_signs_in_to_both_servers_and_sends_nothing(
    dovecot: Dovecot, mail_user: MailUser, smtp_servers: Servers
) -> None:
    server = smtp_servers(tls="starttls", users={mail_user.address: mail_user.password})
    connector(dovecot, mail_user, server).check()
    assert server.received == []


def test_a_wrong_smtp_password_fails_the_check(
    dovecot: Dovecot, mail_user: MailUser, smtp_servers: Servers
) -> None:
    server = smtp_servers(tls="starttls", users={mail_user.address: "another"})
    with pytest.raises(AuthError) as caught:
        connector(dovecot, mail_user, server).check()
    assert str(caught.value) == f"wrong password for {mail_user.address} on 127.0.0.1"


def test_an_unreachable_smtp_server_fails_the_check(dovecot: Dovecot, mail_user: MailUser) -> None:
    port = free_port()
    bad = connector_for(dovecot, mail_user, smtp_port=str(port), smtp_security="starttls")
    with pytest.raises(TransientError, match=f"cannot reach 127.0.0.1:{port}"):
        bad.check()


def test_smtp_without_starttls_fails_the_check_before_the_password_is_sent(
    dovecot: Dovecot, mail_user: MailUser, smtp_servers: Servers
) -> None:
    server = smtp_servers(users={mail_user.address: mail_user.password})  # no STARTTLS offered
    bad = connector_for(dovecot, mail_user, smtp_port=str(server.port), smtp_security="starttls")
    with pytest.raises(PermanentError, match="does not offer STARTTLS"):
        bad.check()


def test_an_smtp_certificate_other_than_the_pinned_one_fails_the_check(
    dovecot: Dovecot, mail_user: MailUser, smtp_servers: Servers
) -> None:
    server = smtp_servers(tls="ssl", users={mail_user.address: mail_user.password})
    # No SMTP pin of its own: the IMAP server's pin applies, and this is another certificate.
    bad = connector_for(dovecot, mail_user, smtp_port=str(server.port), smtp_security="tls")
    with pytest.raises(PermanentError, match="is not the trusted one") as caught:
        bad.check()
    shown = ":".join(server.fingerprint.upper()[i : i + 2] for i in range(0, 64, 2))
    assert shown in str(caught.value)


def test_a_cyrillic_password_signs_in_to_imap_and_smtp(
    dovecot: Dovecot, smtp_servers: Servers
) -> None:
    user = dovecot.add_user(non_ascii_password=True)
    assert not user.password.isascii()
    server = smtp_servers(tls="starttls", users={user.address: user.password})
    connector(dovecot, user, server).check()  # AUTH PLAIN with UTF-8 bytes on both sides
    direct = SmtpSettings(
        "127.0.0.1", server.port, "starttls", user.address, trusted_fingerprint=server.fingerprint
    )
    check_smtp(direct, user.password)
    with pytest.raises(AuthError, match="wrong password"):
        check_smtp(direct, "пароль-неверный")


def test_throttled_sign_in_is_transient_not_a_wrong_password(smtp_servers: Servers) -> None:
    server = smtp_servers(
        users={"a@shop.kz": "pw"},
        replies={"AUTH": "454 4.7.0 Too many login attempts, please try again later"},
    )
    with pytest.raises(TransientError) as caught:
        check_smtp(SmtpSettings("127.0.0.1", server.port, "none", "a@shop.kz"), "pw")
    assert "cannot sign a@shop.kz in right now" in str(caught.value)
    assert caught.value.retry_after == 120.0


def test_smtp_auth_turned_off_by_the_tenant(smtp_servers: Servers) -> None:
    server = smtp_servers(
        users={"a@shop.kz": "pw"},
        replies={
            "AUTH": "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
            "disabled for the Tenant."
        },
    )
    with pytest.raises(AuthError, match=r"sign in with Microsoft \(OAuth 2\)"):
        check_smtp(SmtpSettings("127.0.0.1", server.port, "none", "a@shop.kz"), "pw")


@pytest.mark.parametrize(
    ("command", "reply", "kind", "words"),
    [
        ("MAIL", "421 4.7.0 Try again later, closing connection.", TransientError, "limiting"),
        ("MAIL", "550 5.4.5 Daily user sending limit exceeded.", TransientError, "sending limit"),
        ("DATA", "451 4.3.0 Temporary local problem", TransientError, "will try again"),
        ("DATA", "552 5.3.4 Message size exceeds fixed maximum", PermanentError, "too big"),
        ("DATA", "552 5.2.2 Mailbox full", PermanentError, "storage quota"),
    ],
)
def test_refusals_while_sending(
    dovecot: Dovecot,
    mail_user: MailUser,
    smtp_servers: Servers,
    command: str,
    reply: str,
    kind: type[ConnectorError],
    words: str,
) -> None:
    server = smtp_servers(
        tls="starttls", users={mail_user.address: mail_user.password}, replies={command: reply}
    )
    with pytest.raises(kind) as caught:
        connector(dovecot, mail_user, server).send(outbound())
    assert type(caught.value) is kind
    assert reply in str(caught.value) and words in str(caught.value)
    assert server.received == []
    assert mail_user.uids("Sent") == []  # nothing filed for a message that did not go


def test_a_full_recipient_mailbox_is_retried_or_not_by_its_code(
    dovecot: Dovecot, mail_user: MailUser, smtp_servers: Servers
) -> None:
    server = smtp_servers(
        tls="starttls",
        users={mail_user.address: mail_user.password},
        refuse={"aigerim@example.kz": "452 4.2.2 Mailbox full"},
    )
    with pytest.raises(TransientError, match=r"recipient's mailbox is full"):
        connector(dovecot, mail_user, server).send(outbound())
