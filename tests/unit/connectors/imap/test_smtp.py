"""send_message against a real SMTP server (aiosmtpd) on 127.0.0.1: plain loopback, STARTTLS
with a test certificate (refused unverified, accepted when pinned or trusted), implicit TLS,
password and XOAUTH2 login, refusals, and a connection lost mid-message."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

import pytest
from omniinbox_connectors.imap.compose import build_reply
from omniinbox_connectors.imap.mime import parse_message
from omniinbox_connectors.imap.smtp import SmtpSettings, fingerprint_of, send_message

from omniinbox.connector import (
    AuthError,
    ConnectorError,
    Outbound,
    PermanentError,
    TransientError,
    Uncertain,
)
from omniinbox.domain import Identity, IdentityKind
from tests.integration.smtp_server import SmtpServer, free_port

Servers = Callable[..., SmtpServer]
USER, PASSWORD = "support@shop.kz", "correct horse"


def reply(to: str = "aigerim@example.kz", key: str = "ob-7") -> EmailMessage:
    outbound = Outbound(
        key=key,
        to=Identity.of(IdentityKind.EMAIL, to, "Айгерим"),
        text="Здравствуйте! Ваш заказ отправлен, трек KZ123.",
        subject="Где мой заказ?",
        from_name="Ольга Петренко",
        in_reply_to=("q1@example.kz",),
        ticket=1042,
    )
    return build_reply(outbound, from_address=USER, from_name="Shop", domain="shop.kz")


def settings(server: SmtpServer, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": "starttls" if server.tls == "starttls" else server.tls,
        "username": USER,
        "timeout": 5.0,
    }
    values.update(changes)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def assert_delivered(server: SmtpServer, msg: EmailMessage, login: str = USER) -> None:
    (got,) = server.received
    assert got.mail_from == USER
    assert got.rcpt_tos == ("aigerim@example.kz",)
    assert got.login == login
    parsed = parse_message(got.content)
    assert parsed.message_id == str(msg["Message-ID"]).strip("<>") == "ob-7@shop.kz"
    assert parsed.subject == "Re: Где мой заказ? [#1042]"
    assert parsed.text == "Здравствуйте! Ваш заказ отправлен, трек KZ123."
    assert parsed.from_.name == "Ольга Петренко"
    assert parsed.in_reply_to == ("q1@example.kz",)


# --- settings ---------------------------------------------------------------------------------


def test_clear_text_is_only_for_a_local_relay() -> None:
    SmtpSettings("127.0.0.1", 25, "none")
    with pytest.raises(ConnectorError, match="only allowed to a relay on this computer"):
        SmtpSettings("smtp.shop.kz", 25, "none")
    with pytest.raises(ConnectorError, match="unknown SMTP security"):
        SmtpSettings("smtp.shop.kz", 25, "tls-maybe")
    with pytest.raises(ConnectorError, match="SHA-256 fingerprint"):
        SmtpSettings("smtp.shop.kz", trusted_fingerprint="abc")
    SmtpSettings("smtp.shop.kz", trusted_fingerprint=":".join(["AB"] * 32))


# --- plain loopback ---------------------------------------------------------------------------


def test_plain_loopback_without_login(smtp_servers: Servers) -> None:
    server = smtp_servers()
    msg = reply()
    send_message(settings(server, username=""), "", msg)
    assert_delivered(server, msg, login="")


def test_password_login_and_the_wrong_password(smtp_servers: Servers) -> None:
    server = smtp_servers(users={USER: PASSWORD})
    msg = reply()
    send_message(settings(server), PASSWORD, msg)
    assert_delivered(server, msg)
    with pytest.raises(AuthError) as caught:
        send_message(settings(server), "wrong", reply())
    assert str(caught.value) == "wrong password for support@shop.kz on 127.0.0.1"
    assert len(server.received) == 1


def test_a_password_in_cyrillic_logs_in(smtp_servers: Servers) -> None:
    server = smtp_servers(users={USER: "пароль-ქართ"})
    send_message(settings(server), "пароль-ქართ", reply())
    assert len(server.received) == 1


def test_xoauth2(smtp_servers: Servers) -> None:
    server = smtp_servers(tokens={"ya29.token": USER})
    msg = reply()
    send_message(settings(server, auth="xoauth2"), "ya29.token", msg)
    assert_delivered(server, msg)
    with pytest.raises(AuthError, match=r"refused the sign-in token for support@shop\.kz"):
        send_message(settings(server, auth="xoauth2"), "expired", reply())


def test_nobody_listening_is_transient() -> None:
    port = free_port()
    with pytest.raises(TransientError) as caught:
        send_message(SmtpSettings("127.0.0.1", port, "none", timeout=2), "", reply())
    assert (
        str(caught.value) == f"cannot reach 127.0.0.1:{port} (connection refused); will try again"
    )


def test_refused_recipients(smtp_servers: Servers) -> None:
    server = smtp_servers(
        refuse={
            "gone@example.kz": "550 5.1.1 no such user",
            "full@example.kz": "452 4.2.2 mailbox full",
        }
    )
    with pytest.raises(PermanentError) as permanent:
        send_message(settings(server, username=""), "", reply(to="gone@example.kz"))
    assert str(permanent.value) == (
        f"127.0.0.1:{server.port} refused the recipient gone@example.kz: 550 5.1.1 no such user"
    )
    with pytest.raises(TransientError, match=r"452 4\.2\.2 mailbox full; will try again"):
        send_message(settings(server, username=""), "", reply(to="full@example.kz"))
    assert server.received == []


def test_a_connection_lost_during_the_message_is_uncertain(smtp_servers: Servers) -> None:
    server = smtp_servers(drop_data=True)
    with pytest.raises(Uncertain, match="may or may not have been delivered"):
        send_message(settings(server, username=""), "", reply())


def test_bcc_travels_in_the_envelope_only(smtp_servers: Servers) -> None:
    server = smtp_servers()
    msg = reply()
    msg["Bcc"] = "boss@shop.kz"
    send_message(settings(server, username=""), "", msg)
    (got,) = server.received
    assert got.rcpt_tos == ("aigerim@example.kz", "boss@shop.kz")
    assert b"boss@shop.kz" not in got.content
    assert msg["Bcc"] == "boss@shop.kz"  # the caller's message is untouched


def test_international_addresses(smtp_servers: Servers) -> None:
    server = smtp_servers()
    send_message(settings(server, username=""), "", reply(to="info@пример.қаз"))
    send_message(settings(server, username=""), "", reply(to="айгерим@пример.қаз"))
    ascii_local, utf8_local = server.received
    assert ascii_local.rcpt_tos == ("info@xn--e1afmkfd.xn--80ao21a",)  # IDNA, no SMTPUTF8
    assert "SMTPUTF8" not in ascii_local.mail_options
    assert utf8_local.rcpt_tos == ("айгерим@xn--e1afmkfd.xn--80ao21a",)
    assert "SMTPUTF8" in utf8_local.mail_options
    assert parse_message(utf8_local.content).to[0].address == "айгерим@xn--e1afmkfd.xn--80ao21a"


# --- TLS --------------------------------------------------------------------------------------


def test_an_unverifiable_certificate_is_refused_with_its_fingerprint(
    smtp_servers: Servers,
) -> None:
    server = smtp_servers(tls="starttls", users={USER: PASSWORD})
    with pytest.raises(PermanentError) as caught:
        send_message(settings(server), PASSWORD, reply())
    sentence = str(caught.value)
    assert sentence.startswith(f"the certificate of 127.0.0.1:{server.port} cannot be verified")
    assert "trusted fingerprint" in sentence
    der = bytes.fromhex(server.fingerprint)
    assert fingerprint_of(der) != ""  # the fingerprint helper formats any digest
    shown = ":".join(server.fingerprint.upper()[i : i + 2] for i in range(0, 64, 2))
    assert shown in sentence
    assert server.received == []


def test_a_pinned_certificate_is_accepted(smtp_servers: Servers) -> None:
    server = smtp_servers(tls="starttls", users={USER: PASSWORD})
    msg = reply()
    send_message(settings(server, trusted_fingerprint=server.fingerprint), PASSWORD, msg)
    assert_delivered(server, msg)


def test_a_different_certificate_than_the_pinned_one_is_refused(smtp_servers: Servers) -> None:
    server = smtp_servers(tls="starttls", users={USER: PASSWORD})
    other = "0" * 64
    with pytest.raises(PermanentError, match="is not the trusted one"):
        send_message(settings(server, trusted_fingerprint=other), PASSWORD, reply())
    assert server.received == []


def test_a_trusted_authority_verifies(
    smtp_servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = smtp_servers(tls="starttls", users={USER: PASSWORD})
    assert server.certificates is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(server.certificates.ca_cert))
    msg = reply()
    send_message(settings(server), PASSWORD, msg)
    assert_delivered(server, msg)


def test_starttls_is_never_skipped(smtp_servers: Servers) -> None:
    server = smtp_servers(users={USER: PASSWORD})  # offers no STARTTLS
    with pytest.raises(PermanentError) as caught:
        send_message(settings(server, security="starttls"), PASSWORD, reply())
    assert str(caught.value) == (
        f"127.0.0.1:{server.port} does not offer STARTTLS; refusing to send in clear text"
    )
    assert server.received == []


def test_implicit_tls_pinned(smtp_servers: Servers) -> None:
    server = smtp_servers(tls="ssl", users={USER: PASSWORD})
    with pytest.raises(PermanentError, match="cannot be verified"):
        send_message(settings(server), PASSWORD, reply())
    msg = reply()
    send_message(settings(server, trusted_fingerprint=server.fingerprint), PASSWORD, msg)
    assert_delivered(server, msg)


def test_tls_to_a_plain_port_says_what_to_check(smtp_servers: Servers) -> None:
    server = smtp_servers()
    with pytest.raises(PermanentError, match="check the port and the security setting"):
        send_message(settings(server, security="ssl"), PASSWORD, reply())


def test_a_display_name_with_a_comma_is_one_recipient(smtp_servers: Servers) -> None:
    server = smtp_servers()
    outbound = Outbound(
        key="ob-8",
        to=Identity.of(IdentityKind.EMAIL, "aigerim@example.kz", "Doe, John; (VIP)"),
        text="x",
        from_name="Smith, Anna",
    )
    msg = build_reply(outbound, from_address=USER, from_name="Shop")
    send_message(settings(server, username=""), "", msg)
    (got,) = server.received
    assert (got.mail_from, got.rcpt_tos) == (USER, ("aigerim@example.kz",))
