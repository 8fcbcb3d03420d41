"""Connecting: TLS as configured (never a silent downgrade), certificates, sign-in methods,
errors as sentences, and which folders are read."""

from __future__ import annotations

import logging
import socket

import pytest
from omniinbox_connectors.imap.session import connect, discover_folders, show_fingerprint

from omniinbox.connector import AuthError, ConnectorError, TransientError
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for


def logins_of(server: Dovecot, user: MailUser) -> list[str]:
    return [
        line for line in server.log.read_text().splitlines() if f"user=<{user.address}>" in line
    ]


def test_wrong_password_is_an_auth_error_with_a_sentence(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    with pytest.raises(AuthError) as caught:
        connector_for(dovecot, mail_user, secret="not-it").check_imap()
    assert str(caught.value) == f"wrong password for {mail_user.address}"


def test_a_missing_password_is_an_auth_error(dovecot: Dovecot, mail_user: MailUser) -> None:
    with pytest.raises(AuthError, match="no password is stored"):
        connector_for(dovecot, mail_user, secret="").check_imap()


def test_a_non_ascii_password_signs_in_with_authenticate_plain(dovecot: Dovecot) -> None:
    user = dovecot.add_user(non_ascii_password=True)
    connector_for(dovecot, user).check_imap()
    assert any("method=PLAIN" in line for line in logins_of(dovecot, user))


def test_starttls_upgrades_before_the_password_is_sent(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    connector_for(
        dovecot, mail_user, imap_port=str(dovecot.imap_port), imap_security="starttls"
    ).check_imap()
    (login,) = [line for line in logins_of(dovecot, mail_user) if "Login:" in line]
    assert ", TLS," in login


def test_starttls_required_but_not_offered_is_refused_before_login(
    dovecot_plain: Dovecot,
) -> None:
    user = dovecot_plain.add_user()
    connector = connector_for(dovecot_plain, user, imap_security="starttls")
    with pytest.raises(ConnectorError) as caught:
        connector.check_imap()
    assert not isinstance(caught.value, AuthError | TransientError)
    assert "does not offer STARTTLS" in str(caught.value)
    assert logins_of(dovecot_plain, user) == []  # the password never left


def test_an_unverifiable_certificate_is_a_clear_error_with_its_fingerprint(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    assert dovecot.certs is not None
    connector = connector_for(dovecot, mail_user, fingerprint="")  # normal verification
    with pytest.raises(ConnectorError) as caught:
        connector.check_imap()
    text = str(caught.value)
    assert not isinstance(caught.value, TransientError)
    assert "is not trusted" in text and show_fingerprint(dovecot.certs.fingerprint) in text
    assert logins_of(dovecot, mail_user) == []


def test_an_unverifiable_certificate_over_starttls_is_refused_too(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    connector = connector_for(
        dovecot, mail_user, imap_port=str(dovecot.imap_port), imap_security="starttls",
        fingerprint="",
    )  # fmt: skip
    with pytest.raises(ConnectorError, match="is not trusted"):
        connector.check_imap()


def test_a_certificate_signed_by_a_trusted_authority_is_accepted(
    dovecot: Dovecot, mail_user: MailUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dovecot.certs is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.certs.ca_cert))  # the test CA only
    for host in ("127.0.0.1", "localhost"):
        connector_for(dovecot, mail_user, fingerprint="", imap_host=host).check_imap()


def test_a_host_name_the_certificate_does_not_name_fails_verification(
    dovecot: Dovecot, mail_user: MailUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dovecot.certs is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.certs.ca_cert))
    with pytest.raises(ConnectorError, match="is not trusted"):
        connector_for(dovecot, mail_user, fingerprint="", imap_host="127.1").check_imap()


def test_a_trusted_fingerprint_accepts_a_self_signed_certificate(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    assert dovecot.certs is not None
    shown = show_fingerprint(dovecot.certs.fingerprint)  # as the agent copies it: AB:CD:...
    connector_for(dovecot, mail_user, fingerprint=shown).check_imap()


def test_a_different_fingerprint_is_refused(dovecot: Dovecot, mail_user: MailUser) -> None:
    with pytest.raises(ConnectorError, match="not the trusted") as caught:
        connector_for(dovecot, mail_user, fingerprint="ab" * 32).check_imap()
    assert not isinstance(caught.value, AuthError | TransientError)
    assert logins_of(dovecot, mail_user) == []


def test_plain_imap_is_only_allowed_to_this_computer(dovecot: Dovecot, mail_user: MailUser) -> None:
    connector = connector_for(
        dovecot, mail_user, imap_host="imap.example.com", imap_security="none"
    )
    with pytest.raises(ConnectorError, match="only to this computer"):
        connector.check_imap()


def test_an_unreachable_server_is_transient(dovecot: Dovecot, mail_user: MailUser) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens here
    with pytest.raises(TransientError, match=f"cannot reach 127.0.0.1:{port}"):
        connector_for(dovecot, mail_user, imap_port=str(port)).check_imap()


@pytest.mark.parametrize("method", ["xoauth2", "oauthbearer"])
def test_oauth_access_tokens_sign_in(dovecot: Dovecot, mail_user: MailUser, method: str) -> None:
    assert dovecot.tokens is not None
    token = dovecot.tokens.issue(mail_user.address)
    connector_for(dovecot, mail_user, secret=token, auth=method).check_imap()
    assert any(f"method={method.upper()}" in line for line in logins_of(dovecot, mail_user))


def test_a_refused_access_token_is_an_auth_error(dovecot: Dovecot, mail_user: MailUser) -> None:
    with pytest.raises(AuthError, match=r"access token .* was refused"):
        connector_for(dovecot, mail_user, secret="tok-expired", auth="xoauth2").check_imap()


def test_sent_is_found_by_special_use_or_by_name(any_server: Dovecot, any_user: MailUser) -> None:
    connector = connector_for(any_server, any_user)
    session = connect(connector.account.imap, any_user.password)
    try:
        folders = discover_folders(session)
    finally:
        session.close()
    assert folders.inbox == "INBOX"
    assert folders.sent == any_server.sent_folder  # "Sent" (\Sent) or "Sent Items" (by name)


def test_missing_configured_folders_fail_the_check(dovecot: Dovecot, mail_user: MailUser) -> None:
    with pytest.raises(ConnectorError, match="'Архив' does not exist"):
        connector_for(dovecot, mail_user, folders="Архив").check_imap()
    with pytest.raises(ConnectorError, match="sent folder 'Outbox' does not exist"):
        connector_for(dovecot, mail_user, sent_folder="Outbox").check_imap()


def test_the_wire_trace_is_built_only_when_someone_reads_it(
    dovecot: Dovecot, mail_user: MailUser, caplog: pytest.LogCaptureFixture
) -> None:
    """imapclient turns imaplib's trace on for every connection; building it (the repr of
    every literal) cost a third of a download's CPU. Off unless its logger is at DEBUG."""
    from omniinbox_connectors.imap.session import quiet

    caplog.set_level(logging.WARNING, logger="imapclient.imaplib")
    session = connect(connector_for(dovecot, mail_user).account.imap, mail_user.password)
    try:
        assert session.client._imap.debug == 0
        session.client.select_folder("INBOX", readonly=True)
        assert not [r for r in caplog.records if r.name == "imapclient.imaplib"]
    finally:
        session.client.logout()
    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")
    session = connect(connector_for(dovecot, mail_user).account.imap, mail_user.password)
    try:
        assert quiet(session.client) is session.client
        assert session.client._imap.debug == 5
        session.client.select_folder("INBOX", readonly=True)
        traced = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
        assert any("SELECT" in line for line in traced)
        assert not any(mail_user.password in line for line in traced)
    finally:
        session.client.logout()
