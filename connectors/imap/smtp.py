"""Delivering one message over SMTP: TLS verified (or pinned to a certificate fingerprint),
STARTTLS never skipped, password or XOAUTH2 login, and every failure as a connector error
with a sentence an agent can act on.

Failures are classified where they arise: unreachable or 4xx is TransientError, a refused
recipient or message (5xx) or a TLS/configuration problem is PermanentError, a refused login
is AuthError, and a connection lost while the message itself was being transferred is
Uncertain (it may have been delivered; retrying could send it twice).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import getaddresses

from omniinbox.connector import (
    ConnectorError,
    PermanentError,
    TransientError,
    Uncertain,
)

from . import errors, oauth

SECURITY = ("ssl", "starttls", "none")  # "none" only to 127.0.0.1 / ::1
AUTH_METHODS = ("password", "xoauth2")
LOOPBACK = frozenset({"127.0.0.1", "::1"})


def _fingerprint(value: str) -> str:
    return value.replace(":", "").replace(" ", "").strip().lower()


def fingerprint_of(der: bytes) -> str:
    """A certificate's SHA-256 fingerprint as agents see it in other tools: AB:CD:..."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # one of SECURITY
    username: str = ""  # "" sends without logging in (a local relay)
    auth: str = "password"  # one of AUTH_METHODS
    timeout: float = 30.0
    # SHA-256 of a self-signed certificate to accept (hex, colons optional). When set, only
    # that certificate is accepted, whoever signed it.
    trusted_fingerprint: str = ""
    ehlo_name: str = "[127.0.0.1]"  # what we call ourselves; never the machine's name

    def __post_init__(self) -> None:
        if self.security not in ("ssl", "starttls", "none"):
            raise ConnectorError(f"unknown SMTP security {self.security!r}: use ssl or starttls")
        if self.security == "none" and self.host not in LOOPBACK:
            raise ConnectorError(
                f"sending without encryption is only allowed to a relay on this computer "
                f"(127.0.0.1); choose SSL or STARTTLS for {self.host}"
            )
        if self.auth not in ("password", "xoauth2"):
            raise ConnectorError(f"unknown SMTP login method {self.auth!r}")
        pin = _fingerprint(self.trusted_fingerprint)
        if pin and (len(pin) != 64 or any(ch not in "0123456789abcdef" for ch in pin)):
            raise ConnectorError(
                "the trusted certificate fingerprint must be a SHA-256 fingerprint "
                "(64 hexadecimal digits, colons allowed)"
            )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def _context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.trusted_fingerprint:
        # Pinned: the fingerprint check after the handshake is the verification.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _check_pin(settings: SmtpSettings, sock: object) -> None:
    if not settings.trusted_fingerprint:
        return
    der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
    if not der:
        raise PermanentError(f"{settings.where} presented no certificate; refusing to send")
    if hashlib.sha256(der).hexdigest() != _fingerprint(settings.trusted_fingerprint):
        raise PermanentError(
            f"the certificate of {settings.where} is not the trusted one "
            f"(its fingerprint is {fingerprint_of(der)}); refusing to send. If the server's "
            "certificate was replaced on purpose, update the trusted fingerprint"
        )


def _presented_fingerprint(settings: SmtpSettings) -> str:
    """The fingerprint of the certificate the server shows, read without trusting it (no login,
    nothing sent), so the agent can compare it with what the mail provider says."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        if settings.security == "ssl":
            with (
                socket.create_connection((settings.host, settings.port), settings.timeout) as raw,
                context.wrap_socket(raw, server_hostname=settings.host) as tls,
            ):
                der = tls.getpeercert(binary_form=True)
        else:
            with smtplib.SMTP(
                settings.host, settings.port, settings.ehlo_name, settings.timeout
            ) as smtp:
                smtp.ehlo()
                smtp.starttls(context=context)
                sock = smtp.sock
                der = (
                    sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
                )
        return fingerprint_of(der) if der else ""
    except Exception:  # only a courtesy for the error message
        return ""


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            settings.ehlo_name,
            timeout=settings.timeout,
            context=_context(settings),
        )
        try:
            _check_pin(settings, smtp.sock)
        except BaseException:
            smtp.close()
            raise
        smtp.ehlo()
        return smtp
    smtp = smtplib.SMTP(settings.host, settings.port, settings.ehlo_name, settings.timeout)
    try:
        smtp.ehlo()
        if settings.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise PermanentError(
                    f"{settings.where} does not offer STARTTLS; refusing to send in clear text"
                )
            code, reply = smtp.starttls(context=_context(settings))
            if code != 220:
                raise PermanentError(
                    f"{settings.where} refused STARTTLS ({code} {_text(reply)}); "
                    "refusing to send in clear text"
                )
            _check_pin(settings, smtp.sock)
            smtp.ehlo()
    except BaseException:
        smtp.close()
        raise
    return smtp


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:200]


def _login(smtp: smtplib.SMTP, settings: SmtpSettings, secret: str) -> None:
    if not settings.username:
        return
    if not smtp.has_extn("auth"):
        raise PermanentError(
            f"{settings.where} does not offer login (AUTH); check the port and security setting"
        )
    if settings.auth == "xoauth2":
        token = oauth.xoauth2(settings.username, secret)

        def xoauth2(challenge: bytes | None = None) -> str:
            return token if challenge is None else ""  # "" answers the error challenge

        smtp.auth("XOAUTH2", xoauth2, initial_response_ok=True)  # type: ignore[arg-type]
    elif (settings.username + secret).isascii():
        smtp.login(settings.username, secret)
    else:  # smtplib encodes credentials as ASCII; AUTH PLAIN carries UTF-8 (RFC 4616)
        if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
            raise PermanentError(
                f"{settings.where} cannot take a password with non-Latin characters "
                "(it does not offer AUTH PLAIN)"
            )
        response = f"\0{settings.username}\0{secret}".encode()
        code, reply = smtp.docmd("AUTH", "PLAIN " + base64.b64encode(response).decode("ascii"))
        if code not in (235, 503):
            raise smtplib.SMTPAuthenticationError(code, reply)


def _addresses(msg: EmailMessage, *names: str) -> list[str]:
    """The addresses in these headers: from the parsed header objects when the policy made
    them (quoting handled), else from the raw text."""
    found: list[str] = []
    for name in names:
        for value in msg.get_all(name, []):
            parsed = getattr(value, "addresses", None)
            if parsed is not None:
                found += [a.addr_spec for a in parsed if a.addr_spec]
            else:
                found += [a for _, a in getaddresses([str(value)]) if a]
    return found


def _envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    from_addr = next(iter(_addresses(msg, "From")), "")
    to_addrs = list(dict.fromkeys(_addresses(msg, "To", "Cc", "Bcc")))
    if not from_addr:
        raise PermanentError("the message has no sender address")
    if not to_addrs:
        raise PermanentError("the message has no recipient")
    return from_addr, to_addrs


def _flatten(msg: EmailMessage, utf8: bool) -> bytes:
    """The message as it travels: CRLF lines, no Bcc, raw UTF-8 headers only with SMTPUTF8."""
    if msg.get_all("Bcc"):
        msg = copy.copy(msg)  # deleting rebuilds the header list: the caller's copy keeps Bcc
        del msg["Bcc"]
    buffer = io.BytesIO()
    how = msg.policy.clone(utf8=utf8) if isinstance(msg.policy, EmailPolicy) else msg.policy
    BytesGenerator(buffer, policy=how).flatten(msg, linesep="\r\n")
    return buffer.getvalue()


def _refusal(code: int, what: str, reply: bytes | str, where: str) -> ConnectorError:
    return errors.smtp_refusal(code, what, reply, where)  # quota, size, throttling, 4xx / 5xx


def _transfer(smtp: smtplib.SMTP, settings: SmtpSettings, msg: EmailMessage) -> None:
    from_addr, to_addrs = _envelope(msg)
    international = not all(a.isascii() for a in (from_addr, *to_addrs))
    options: list[str] = []
    if international:
        if not smtp.has_extn("smtputf8"):
            raise PermanentError(
                f"{settings.where} cannot deliver to international addresses "
                f"({', '.join(a for a in (from_addr, *to_addrs) if not a.isascii())}): "
                "it does not support SMTPUTF8"
            )
        options.append("SMTPUTF8")
    data = _flatten(msg, international)
    if not data.isascii() and smtp.has_extn("8bitmime"):
        options.append("BODY=8BITMIME")

    code, reply = smtp.mail(from_addr, options)
    if code != 250:
        raise _refusal(code, f"refused the sender {from_addr}", reply, settings.where)
    refused = {}
    for to in to_addrs:
        code, reply = smtp.rcpt(to)
        if code not in (250, 251):
            refused[to] = (code, reply)
    if len(refused) == len(to_addrs):
        to, (code, reply) = next(iter(refused.items()))
        raise _refusal(code, f"refused the recipient {to}", reply, settings.where)
    try:
        code, reply = smtp.data(data)
    except smtplib.SMTPDataError as exc:
        raise _refusal(
            exc.smtp_code, "refused the message", exc.smtp_error, settings.where
        ) from exc
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise Uncertain(
            f"the connection to {settings.where} broke while the message was being sent; "
            "it may or may not have been delivered"
        ) from exc
    if code != 250:
        raise _refusal(code, "refused the message", reply, settings.where)


def send_message(settings: SmtpSettings, secret: str, msg: EmailMessage) -> None:
    """Deliver one message. Raises AuthError, TransientError, PermanentError or Uncertain,
    each with a sentence naming the server and what to do."""
    where = settings.where
    who = settings.username or "this account"
    smtp = _open(settings)
    try:
        _guarded(lambda: _login(smtp, settings, secret), where, who, settings)
        _guarded(lambda: _transfer(smtp, settings, msg), where, who, settings)
    finally:
        try:
            smtp.quit()
        except Exception:  # the message went through or failed already; QUIT changes nothing
            smtp.close()


def check_smtp(settings: SmtpSettings, secret: str) -> None:
    """Connect, EHLO, STARTTLS as configured, and sign in; no message is sent. Raises what
    send_message raises, with the same sentences."""
    smtp = _open(settings)
    try:
        _guarded(
            lambda: _login(smtp, settings, secret),
            settings.where,
            settings.username or "this account",
            settings,
        )
    finally:
        try:
            smtp.quit()
        except Exception:
            smtp.close()


def _open(settings: SmtpSettings) -> smtplib.SMTP:
    """A connection, secured as configured; failures as sentences."""
    where = settings.where
    try:
        return _connect(settings)
    except ConnectorError:
        raise
    except ssl.SSLCertVerificationError as exc:
        seen = _presented_fingerprint(settings)
        shown = f" Its SHA-256 fingerprint is {seen}." if seen else ""
        raise PermanentError(
            f"the certificate of {where} cannot be verified ({exc.verify_message}).{shown} "
            "If you trust this server (ask your mail provider), set its certificate "
            "fingerprint as the trusted fingerprint in the account settings"
        ) from exc
    except ssl.SSLError as exc:
        raise PermanentError(
            f"TLS with {where} failed ({exc.reason or exc}); check the port and the security "
            "setting (465 is usually SSL, 587 STARTTLS)"
        ) from exc
    except socket.gaierror as exc:
        raise TransientError(
            f"cannot find {settings.host} (the name does not resolve); check the server name "
            "and the network"
        ) from exc
    except smtplib.SMTPResponseException as exc:  # e.g. a 421 greeting: busy or throttled
        raise _refusal(exc.smtp_code, "did not take the connection", exc.smtp_error, where) from exc
    except (TimeoutError, ConnectionError, OSError, smtplib.SMTPException) as exc:
        raise TransientError(f"cannot reach {where} ({_reason(exc)}); will try again") from exc


def _guarded(step: Callable[[], None], where: str, who: str, settings: SmtpSettings) -> None:
    try:
        step()
    except ConnectorError:
        raise
    except smtplib.SMTPAuthenticationError as exc:  # 4xx: not now; 5xx: these credentials
        raise errors.smtp_login_refusal(
            exc.smtp_code, exc.smtp_error, settings.host, who, token=settings.auth == "xoauth2"
        ) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise PermanentError(f"{where} does not support this: {exc}") from exc
    except smtplib.SMTPResponseException as exc:
        raise _refusal(exc.smtp_code, "answered", exc.smtp_error, where) from exc
    except smtplib.SMTPException as exc:
        if "authentication method" in str(exc):
            raise PermanentError(
                f"{where} offers no login method we can use for {who}: {exc}"
            ) from exc
        raise TransientError(f"{where} broke off ({_reason(exc)}); will try again") from exc
    except (TimeoutError, OSError) as exc:
        raise TransientError(
            f"lost the connection to {where} ({_reason(exc)}); will try again"
        ) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    text = str(exc).strip() or type(exc).__name__
    return text[:200]
