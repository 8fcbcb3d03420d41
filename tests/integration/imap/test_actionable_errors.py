"""IMAP errors an agent can act on, provoked on the real Dovecot: a full mailbox
([OVERQUOTA] from the quota plugin), a certificate made out to another name."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from omniinbox_connectors.imap.session import connect, imap_errors

from omniinbox.connector import ConnectorError, Outbound, PermanentError
from omniinbox.domain import Identity, IdentityKind
from tests.integration.dovecot import Dovecot
from tests.integration.imap.support import connector_for, mail
from tests.integration.smtp_server import SmtpServer


def test_a_full_mailbox_is_a_permanent_error_with_a_sentence(dovecot: Dovecot) -> None:
    user = dovecot.add_user(small_quota=True)
    settings = connector_for(dovecot, user).account.imap
    session = connect(settings, user.password)
    try:
        with (
            pytest.raises(PermanentError) as caught,
            imap_errors(settings, "filing the copy in Sent"),
        ):
            session.client.append("Sent", mail("большое письмо", padding=100_000))
    finally:
        session.close()
    text = str(caught.value)
    assert text.startswith(
        f"the mailbox {user.address} on 127.0.0.1 is full while filing the copy in Sent"
    )
    assert "[OVERQUOTA]" in text and "delete or archive old mail" in text


def test_a_reply_is_sent_even_when_sent_is_full(
    dovecot: Dovecot, smtp_servers: Callable[..., SmtpServer], caplog: pytest.LogCaptureFixture
) -> None:
    user = dovecot.add_user(small_quota=True)
    user.append(mail("старое", padding=60_000))  # the mailbox is (nearly) full
    smtp = smtp_servers(tls="starttls", users={user.address: user.password})
    connector = connector_for(
        dovecot,
        user,
        smtp_port=str(smtp.port),
        smtp_security="starttls",
        smtp_fingerprint=smtp.fingerprint,
    )
    outbound = Outbound(
        key="q-1",
        to=Identity.of(IdentityKind.EMAIL, "aigerim@example.kz"),
        text="Ответ " + "текст " * 3000,
    )
    with caplog.at_level(logging.WARNING, logger="omniinbox_connectors.imap.connector"):
        connector.send(outbound)
    assert len(smtp.received) == 1  # sent is sent
    assert user.uids("Sent") == []
    assert any("is full" in r.getMessage() for r in caplog.records)


def test_a_certificate_for_another_name_says_to_check_the_server_name(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dovecot.certs is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.certs.ca_cert))
    user = dovecot.add_user()
    connector = connector_for(dovecot, user, fingerprint="", imap_host="127.1")
    with pytest.raises(ConnectorError, match="check the server name"):
        connector.check_imap()
