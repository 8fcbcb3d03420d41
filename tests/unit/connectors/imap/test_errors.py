"""Server refusals as error classes with a sentence: texts real providers send."""

from __future__ import annotations

import pytest
from omniinbox_connectors.imap.errors import (
    imap_login_refusal,
    imap_refusal,
    smtp_login_refusal,
    smtp_refusal,
    suggested_wait,
)

from omniinbox.connector import AuthError, ConnectorError, PermanentError, TransientError

WHERE = "smtp.gmail.com:465"


def test_gmail_throttling_on_imap_is_transient() -> None:
    error = imap_refusal(
        "imap.gmail.com", "desk@gmail.com", "fetch failed: [THROTTLED] Too many commands", "syncing"
    )
    assert isinstance(error, TransientError) and error.retry_after == 120.0
    assert "slowing this account down" in str(error) and "while syncing" in str(error)


def test_microsoft_says_how_long_to_back_off() -> None:
    text = "Request is throttled. Suggested Backoff Time: 149235 milliseconds"
    error = imap_refusal("outlook.office365.com", "desk@outlook.com", text)
    assert isinstance(error, TransientError) and error.retry_after == pytest.approx(149.235)
    assert suggested_wait("nothing said") == 120.0


def test_a_full_mailbox_and_a_traffic_cap_are_told_apart() -> None:
    full = imap_refusal("mail.shop.kz", "desk@shop.kz", "[OVERQUOTA] Quota exceeded", "filing")
    assert isinstance(full, PermanentError)
    assert str(full).startswith("the mailbox desk@shop.kz on mail.shop.kz is full while filing")
    capped = imap_refusal(
        "imap.gmail.com",
        "desk@gmail.com",
        "[OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)",
    )
    assert isinstance(capped, TransientError) and capped.retry_after == 3600.0


def test_other_imap_refusals() -> None:
    assert isinstance(imap_refusal("h", "u", "[UNAVAILABLE] later"), TransientError)
    other = imap_refusal("h", "u", "[NONEXISTENT] no such folder")
    assert type(other) is ConnectorError and str(other) == "h refused: [NONEXISTENT] no such folder"


def test_imap_sign_in_refusals() -> None:
    wrong = imap_login_refusal(
        "mail.shop.kz", "desk@shop.kz", "[AUTHENTICATIONFAILED]", token=False
    )
    assert isinstance(wrong, AuthError) and str(wrong) == "wrong password for desk@shop.kz"
    gmail = imap_login_refusal(
        "imap.gmail.com",
        "desk@gmail.com",
        "[AUTHENTICATIONFAILED] Invalid credentials",
        token=False,
    )
    assert str(gmail).startswith("wrong password for desk@gmail.com; Gmail takes an app password")
    app_password = imap_login_refusal(
        "imap.gmail.com",
        "desk@gmail.com",
        "[ALERT] Application-specific password required: https://support.google.com/...",
        token=False,
    )
    assert isinstance(app_password, AuthError) and "needs an app password" in str(app_password)
    microsoft = imap_login_refusal(
        "outlook.office365.com", "desk@outlook.com", "AUTHENTICATE failed.", token=False
    )
    assert "sign in with Microsoft (OAuth 2)" in str(microsoft)
    browser = imap_login_refusal(
        "imap.gmail.com",
        "desk@gmail.com",
        "[ALERT] Please log in via your web browser",
        token=False,
    )
    assert "sign in once in a web browser" in str(browser)
    busy = imap_login_refusal(
        "imap.gmail.com", "d@gmail.com", "[ALERT] Too many simultaneous connections.", token=True
    )
    assert isinstance(busy, TransientError)
    token = imap_login_refusal(
        "imap.gmail.com", "d@gmail.com", "[AUTHENTICATIONFAILED]", token=True
    )
    assert isinstance(token, AuthError) and "access token" in str(token)


@pytest.mark.parametrize(
    ("code", "reply", "kind", "words"),
    [
        (421, "4.7.0 Try again later, closing connection.", TransientError, "limiting how fast"),
        (451, "4.7.500 Server busy. Please try again later", TransientError, "limiting how fast"),
        (451, "4.3.0 Mail server temporarily rejected message", TransientError, "will try again"),
        (454, "4.7.0 Too many login attempts, please try again later", TransientError, "limiting"),
        (552, "5.3.4 Message size exceeds fixed maximum message size", PermanentError, "too big"),
        (
            552,
            "5.2.2 The email account that you tried to reach is over quota",
            PermanentError,
            "quota",
        ),
        (550, "5.4.5 Daily user sending limit exceeded.", TransientError, "sending limit"),
        (
            554,
            "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
            TransientError,
            "sending limit",
        ),
        (550, "5.1.1 The email account that you tried to reach does not exist", PermanentError, ""),
    ],
)
def test_smtp_refusals(code: int, reply: str, kind: type, words: str) -> None:
    error = smtp_refusal(code, "refused the message", reply, WHERE)
    assert type(error) is kind
    assert str(error).startswith(f"{WHERE} refused the message: {code} {reply}")
    assert words in str(error)


def test_throttling_and_limits_say_when_to_try_again() -> None:
    assert smtp_refusal(421, "answered", "4.7.0 Try later", WHERE).retry_after == 120.0  # type: ignore[attr-defined]
    limit = smtp_refusal(550, "answered", "5.4.5 Daily user sending limit exceeded", WHERE)
    assert isinstance(limit, TransientError) and limit.retry_after == 3600.0


def test_smtp_sign_in_refusals() -> None:
    busy = smtp_login_refusal(454, b"4.7.0 Temporary authentication failure", "h", "u", token=False)
    assert isinstance(busy, TransientError) and "cannot sign u in right now" in str(busy)
    tenant = smtp_login_refusal(
        535,
        "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
        "smtp.office365.com",
        "desk@shop.kz",
        token=False,
    )
    assert isinstance(tenant, AuthError) and "sign in with Microsoft (OAuth 2)" in str(tenant)
    tenant_oauth = smtp_login_refusal(
        535, "5.7.139 SmtpClientAuthentication is disabled", "smtp.office365.com", "d", token=True
    )
    assert "administrator must allow it" in str(tenant_oauth)
    gmail = smtp_login_refusal(
        534, "5.7.9 Application-specific password required.", "smtp.gmail.com", "d", token=False
    )
    assert "needs an app password" in str(gmail) and "apppasswords" in str(gmail)
    wrong = smtp_login_refusal(535, "5.7.8 Bad credentials", "mail.shop.kz", "d", token=False)
    assert str(wrong) == "wrong password for d on mail.shop.kz"
