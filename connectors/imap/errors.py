"""Server refusals an agent can act on, as the connector's error classes with one sentence each.

IMAP answers carry response codes (RFC 5530: [OVERQUOTA], [UNAVAILABLE], [LIMIT], ...; Gmail
adds [THROTTLED] and [ALERT] texts; Microsoft says "Request is throttled. Suggested Backoff
Time: N milliseconds"). SMTP answers carry a reply code and usually an enhanced status code
(RFC 3463: 5.2.2 mailbox full, 5.3.4 message too big, 4.7.0 try later, ...).

The classes, as omniinbox.connector defines them:

* throttling and "try later" (IMAP [THROTTLED], SMTP 421 / 451 / 454, a provider's daily
  sending limit) -> TransientError, with ``retry_after`` when the server says how long;
* a full mailbox or a message too big (IMAP [OVERQUOTA], SMTP 552) -> PermanentError: this
  item failed, the agent frees space or sends less, the account goes on;
* refused credentials -> AuthError, with the provider's own advice when the server is a
  known one (Gmail's app passwords, Microsoft's OAuth 2).
"""

from __future__ import annotations

import re

from omniinbox.connector import AuthError, ConnectorError, PermanentError, TransientError

from .presets import preset_for_host

# IMAP response codes (and texts) that mean "not now" rather than "no".
TEMPORARY_CODES = ("[UNAVAILABLE]", "[INUSE]", "[LIMIT]", "[SERVERBUG]", "TRY AGAIN")
THROTTLE_WORDS = (
    "THROTTL",
    "TOO MANY",
    "RATE LIMIT",
    "RATE-LIMIT",
    "TRY AGAIN LATER",
    "TEMPORARILY DEFERRED",
    "SIMULTANEOUS CONNECTIONS",
)
SENDING_LIMIT_WORDS = (
    "DAILY USER SENDING",
    "SENDING LIMIT",
    "SENDING QUOTA",
    "SUBMISSIONQUOTAEXCEEDED",
    "MESSAGE LIMIT EXCEEDED",
)
SIZE_WORDS = ("SIZE", "TOO LARGE", "TOO BIG")
QUOTA_WORDS = ("QUOTA", "MAILBOX FULL", "MAILBOX IS FULL")

THROTTLE_WAIT = 120.0  # seconds, when the server does not say
SENDING_LIMIT_WAIT = 3600.0

_BACKOFF = re.compile(r"backoff time:\s*(\d+)\s*(milli)?", re.IGNORECASE)
_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


def short(text: str, limit: int = 200) -> str:
    return " ".join(text.split())[:limit]


def suggested_wait(text: str, default: float | None = THROTTLE_WAIT) -> float | None:
    """How long the server asked us to wait ("Suggested Backoff Time: 149235 milliseconds")."""
    found = _BACKOFF.search(text)
    if not found:
        return default
    value = float(found.group(1))
    return value / 1000 if found.group(2) else value


def enhanced_status(text: str) -> str:
    """The RFC 3463 status code in an SMTP reply ("5.2.2"), or ""."""
    found = _ENHANCED.search(text)
    return found.group(0) if found else ""


def provider_advice(host: str) -> str:
    """What the provider of this server says about passwords, or "" for an unknown server."""
    preset = preset_for_host(host)
    return preset.password_help if preset else ""


def _advised(sentence: str, host: str) -> str:
    advice = provider_advice(host)
    return f"{sentence}; {advice}" if advice else sentence


def _throttled(upper: str) -> bool:
    return any(word in upper for word in THROTTLE_WORDS)


# --- IMAP -------------------------------------------------------------------------------------


def imap_refusal(host: str, user: str, text: str, doing: str = "") -> ConnectorError:
    """A tagged NO/BAD answer to a command (not to the login)."""
    upper = text.upper()
    what = f" while {doing}" if doing else ""
    if "[OVERQUOTA]" in upper and ("BANDWIDTH" in upper or "COMMAND" in upper):
        # Gmail: "[OVERQUOTA] Account exceeded command or bandwidth limits": a traffic cap.
        return TransientError(
            f"{host} is limiting how much this account may download{what} ({short(text)}); "
            "the sync goes on by itself later",
            retry_after=SENDING_LIMIT_WAIT,
        )
    if "[OVERQUOTA]" in upper:
        return PermanentError(
            f"the mailbox {user} on {host} is full{what} ({short(text)}): delete or archive "
            "old mail there, or ask the provider for more space"
        )
    if "[THROTTLED]" in upper or _throttled(upper):
        return TransientError(
            f"{host} is slowing this account down (too many requests){what}; "
            "the sync goes on by itself in a few minutes",
            retry_after=suggested_wait(text),
        )
    if any(code in upper for code in TEMPORARY_CODES):
        return TransientError(f"{host} is busy{what}: {short(text)}")
    return ConnectorError(f"{host} refused{what}: {short(text)}")


def imap_login_refusal(host: str, user: str, text: str, *, token: bool) -> ConnectorError:
    """A refused LOGIN / AUTHENTICATE."""
    upper = text.upper()
    if _throttled(upper) or "[THROTTLED]" in upper:
        return TransientError(
            f"{host} cannot sign {user} in right now ({short(text)}); will try again in a few "
            "minutes",
            retry_after=suggested_wait(text),
        )
    if any(code in upper for code in TEMPORARY_CODES):
        return TransientError(f"{host} cannot log in {user} now: {short(text)}")
    if "APPLICATION-SPECIFIC PASSWORD" in upper:
        return AuthError(_advised(f"{host} needs an app password for {user}", host))
    if "WEB BROWSER" in upper or "[WEBALERT]" in upper:
        return AuthError(
            f"{host} blocked the sign-in of {user} as unusual: sign in once in a web browser "
            "(and confirm it was you), then try again"
        )
    if token:
        return AuthError(f"the access token for {user} was refused (expired or revoked?)")
    return AuthError(_advised(f"wrong password for {user}", host))


# --- SMTP -------------------------------------------------------------------------------------


def smtp_refusal(code: int, what: str, reply: bytes | str, where: str) -> ConnectorError:
    """A refused SMTP command: ``what`` is e.g. "refused the recipient a@b.kz"."""
    text = short(reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply))
    sentence = f"{where} {what}: {code} {text}"
    upper = text.upper()
    status = enhanced_status(text)
    if any(word in upper for word in SENDING_LIMIT_WORDS) or status == "5.4.5":
        return TransientError(
            f"{sentence}. This account has reached its provider's sending limit; sending "
            "resumes by itself when the limit resets (often within 24 hours)",
            retry_after=SENDING_LIMIT_WAIT,
        )
    if status in ("5.3.4", "5.2.3") or (code == 552 and any(w in upper for w in SIZE_WORDS)):
        return PermanentError(
            f"{sentence}. The message is too big for this server: send fewer or smaller "
            "attachments, or a link to the file"
        )
    if status in ("5.2.2", "4.2.2") or any(word in upper for word in QUOTA_WORDS):
        whose = "the recipient's mailbox" if "recipient" in what else "a mailbox"
        if 400 <= code < 500:
            return TransientError(f"{sentence}; will try again ({whose} is full)")
        return PermanentError(
            f"{sentence}. {whose[0].upper()}{whose[1:]} is over its storage quota: free "
            "space there (if it is this account's) and send again later"
        )
    if code in (421, 454) or (400 <= code < 500 and _throttled(upper)):
        return TransientError(
            f"{sentence}. The server is limiting how fast this account sends, or is busy; "
            "will try again in a few minutes",
            retry_after=suggested_wait(text),
        )
    if 400 <= code < 500:
        return TransientError(sentence + "; will try again")
    return PermanentError(sentence)


def smtp_login_refusal(
    code: int, reply: bytes | str, host: str, who: str, *, token: bool
) -> ConnectorError:
    """A refused AUTH."""
    text = short(reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply))
    upper = text.upper()
    if 400 <= code < 500:
        return TransientError(
            f"{host} cannot sign {who} in right now ({code} {text}); will try again in a few "
            "minutes",
            retry_after=suggested_wait(text) if _throttled(upper) else None,
        )
    if "5.7.139" in text or "SMTPCLIENTAUTHENTICATION" in upper or "BASIC AUTH" in upper:
        if token:
            return AuthError(
                f"{host} has SMTP sign-in (SMTP AUTH) turned off for {who}: the Microsoft 365 "
                "administrator must allow it for this mailbox, as sending needs it even with "
                "OAuth 2"
            )
        return AuthError(
            f"{host} no longer accepts a password for sending as {who}: sign in with "
            "Microsoft (OAuth 2) instead"
        )
    if "5.7.9" in text or "APPLICATION-SPECIFIC PASSWORD" in upper:
        return AuthError(_advised(f"{host} needs an app password for {who}", host))
    if token:
        return AuthError(f"{host} refused the sign-in token for {who}; sign in again")
    return AuthError(_advised(f"wrong password for {who} on {host}", host))
