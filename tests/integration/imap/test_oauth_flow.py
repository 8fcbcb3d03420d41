"""Signing in with OAuth 2 end to end: the loopback + PKCE flow against a local provider, the
tokens in the secrets handle, Dovecot (oauth2 passdb) and aiosmtpd accepting them over
XOAUTH2 / OAUTHBEARER, renewal before expiry and once after a refusal."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from omniinbox_connectors.imap import ImapConnector

from omniinbox.connector import AuthError, ConnectorError
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import (
    OPENED,
    Secrets,
    events_of,
    imap_config,
    mail,
    new_messages,
    pull_all,
)
from tests.integration.oauth_provider import CLIENT_ID, AuthProvider
from tests.integration.smtp_server import SmtpServer


@pytest.fixture
def provider(dovecot: Dovecot) -> Iterator[AuthProvider]:
    assert dovecot.tokens is not None
    started = AuthProvider(dovecot.tokens).start()
    yield started
    started.close()


@pytest.fixture
def smtp(smtp_servers: Callable[..., SmtpServer], dovecot: Dovecot) -> SmtpServer:
    assert dovecot.tokens is not None  # the SMTP server accepts the tokens Dovecot accepts
    return smtp_servers(tls="starttls", tokens=dovecot.tokens.tokens)


class Browser:
    """What the agent's browser does: open the provider's page, be sent back to the app."""

    def __init__(self) -> None:
        self.pages: list[tuple[int, str]] = []

    def __call__(self, url: str) -> bool:
        response = httpx.get(url, follow_redirects=True, timeout=5)
        self.pages.append((response.status_code, response.text))
        return True


def signed_out(
    dovecot: Dovecot, user: MailUser, provider: AuthProvider, smtp: SmtpServer, **extra: str
) -> tuple[ImapConnector, Secrets]:
    secrets = Secrets()
    config = imap_config(
        dovecot,
        user,
        auth="xoauth2",
        oauth_client_id=CLIENT_ID,
        oauth_authorize_url=provider.authorize_url,
        oauth_token_url=provider.token_url,
        oauth_scopes="mail.imap mail.smtp offline_access",
        smtp_port=str(smtp.port),
        smtp_security="starttls",
        smtp_fingerprint=smtp.fingerprint,
    )
    config.update(extra)
    connector = ImapConnector(config, secrets)
    OPENED.append(connector)
    return connector, secrets


def signed_in(
    dovecot: Dovecot, user: MailUser, provider: AuthProvider, smtp: SmtpServer, **extra: str
) -> tuple[ImapConnector, Secrets]:
    connector, secrets = signed_out(dovecot, user, provider, smtp, **extra)
    connector.sign_in(Browser(), timeout=5)
    return connector, secrets


def logins(server: Dovecot, user: MailUser, method: str) -> int:
    return sum(
        1
        for line in server.log.read_text().splitlines()
        if f"user=<{user.address}>" in line and f"method={method}" in line and "Login:" in line
    )


def refreshes(provider: AuthProvider) -> int:
    return sum(1 for r in provider.token_requests if r.get("grant_type") == "refresh_token")


def test_signing_in_stores_tokens_that_imap_and_smtp_accept(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, secrets = signed_out(dovecot, mail_user, provider, smtp)
    browser = Browser()
    connector.sign_in(browser, timeout=5)

    (asked,) = provider.authorize_requests
    assert asked["code_challenge_method"] == "S256" and len(asked["code_challenge"]) == 43
    assert asked["login_hint"] == mail_user.address
    assert asked["scope"] == "mail.imap mail.smtp offline_access"
    redirect = urlsplit(asked["redirect_uri"])
    assert (redirect.scheme, redirect.hostname, redirect.path) == ("http", "127.0.0.1", "/")
    (exchanged,) = provider.token_requests
    assert exchanged["grant_type"] == "authorization_code" and exchanged["code_verifier"]
    assert browser.pages == [(200, browser.pages[0][1])]
    assert "you can close this window" in browser.pages[0][1].lower()

    values = secrets.values
    assert values["oauth_access_token"].startswith("tok-")
    assert values["oauth_refresh_token"].startswith("refresh-")
    assert abs(float(values["oauth_expires_at"]) - (time.time() + 3600)) < 60
    assert "password" not in values

    connector.check()  # IMAP over XOAUTH2 (Dovecot's oauth2 passdb) and SMTP over XOAUTH2
    assert logins(dovecot, mail_user, "XOAUTH2") == 1
    mail_user.append(mail("Здравствуйте"))
    assert [m.text for m in new_messages(events_of(pull_all(connector)[0]))] == ["Здравствуйте"]


def test_oauthbearer_signs_in_too(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, _ = signed_in(dovecot, mail_user, provider, smtp, auth="oauthbearer")
    connector.check()
    assert logins(dovecot, mail_user, "OAUTHBEARER") == 1


def test_a_token_about_to_expire_is_renewed_before_it_is_used(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, secrets = signed_in(dovecot, mail_user, provider, smtp)
    old_access = secrets.values["oauth_access_token"]
    old_refresh = secrets.values["oauth_refresh_token"]
    secrets.values["oauth_expires_at"] = str(int(time.time()) + 60)  # within the margin

    pull_all(connector)

    assert refreshes(provider) == 1
    assert secrets.values["oauth_access_token"] != old_access
    assert secrets.values["oauth_refresh_token"] != old_refresh  # rotated, and kept
    assert float(secrets.values["oauth_expires_at"]) > time.time() + 3000
    assert logins(dovecot, mail_user, "XOAUTH2") == 1  # no refused attempt first


def test_a_refused_token_is_renewed_once_and_the_sign_in_repeated(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, _ = signed_in(dovecot, mail_user, provider, smtp)
    provider.revoke_access()  # revoked early: the stored expiry still looks fine
    connector.check_imap()
    assert refreshes(provider) == 1

    provider.revoke_access()
    connector.check_smtp()  # the SMTP server refuses it too; renewed, then accepted
    assert refreshes(provider) == 2


@pytest.mark.parametrize("expired", [False, True], ids=["refused", "expired"])
def test_a_withdrawn_sign_in_asks_the_agent_to_sign_in_again(
    dovecot: Dovecot,
    mail_user: MailUser,
    provider: AuthProvider,
    smtp: SmtpServer,
    expired: bool,
) -> None:
    connector, secrets = signed_in(dovecot, mail_user, provider, smtp)
    provider.revoke_access()
    provider.revoke_refresh()
    if expired:  # renewed before use, and that fails
        secrets.values["oauth_expires_at"] = "1"
    with pytest.raises(AuthError, match=r"has expired or was withdrawn .*: sign in again"):
        connector.pull("")
    assert refreshes(provider) == 1  # once, not in a loop


def test_a_redirect_with_another_state_is_ignored(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, secrets = signed_out(dovecot, mail_user, provider, smtp)
    provider.wrong_state = True
    browser = Browser()
    with pytest.raises(AuthError, match="not finished in the browser in time"):
        connector.sign_in(browser, timeout=0.5)
    assert browser.pages[0][0] == 400 and "not for OmniInbox" in browser.pages[0][1]
    assert provider.token_requests == [] and secrets.values == {}


def test_a_refusal_on_the_provider_page_is_an_auth_error(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, _ = signed_out(dovecot, mail_user, provider, smtp)
    provider.deny = "access_denied"
    with pytest.raises(AuthError, match=r"not completed \(The user said no\)"):
        connector.sign_in(Browser(), timeout=5)


def test_a_browser_that_cannot_be_opened_shows_the_address(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, _ = signed_out(dovecot, mail_user, provider, smtp)
    with pytest.raises(ConnectorError, match="could not be opened") as caught:
        connector.sign_in(lambda url: False, timeout=5)
    shown = str(caught.value).rpartition(": ")[2]
    assert parse_qs(urlsplit(shown).query)["client_id"] == [CLIENT_ID]


def test_an_unknown_client_id_says_what_to_fix(
    dovecot: Dovecot, mail_user: MailUser, provider: AuthProvider, smtp: SmtpServer
) -> None:
    connector, secrets = signed_in(dovecot, mail_user, provider, smtp)
    secrets.values["oauth_expires_at"] = "1"
    connector.config["oauth_client_id"] = "someone-else"
    renamed = ImapConnector(connector.config, secrets)
    OPENED.append(renamed)
    with pytest.raises(AuthError, match="does not accept this app's OAuth client id"):
        renamed.check_imap()
