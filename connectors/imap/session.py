"""One authenticated IMAP connection: TLS as configured (never a silent downgrade), login,
errors turned into sentences an agent can act on, and the folders we sync."""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from omniinbox.connector import AuthError, ConnectorError, TransientError

from . import errors, oauth, wire

log = logging.getLogger(__name__)

SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "Отправленные",
)
TEMPORARY_CODES = errors.TEMPORARY_CODES


class Security(StrEnum):
    TLS = "tls"  # implicit TLS, usually port 993
    STARTTLS = "starttls"  # plain connection upgraded before login, usually port 143
    NONE = "none"  # only to this computer (a local bridge such as Proton Bridge or tests)


class AuthMethod(StrEnum):
    PASSWORD = "password"  # AUTHENTICATE PLAIN when offered (UTF-8 safe), else LOGIN
    XOAUTH2 = "xoauth2"
    OAUTHBEARER = "oauthbearer"


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int
    security: Security
    username: str
    auth: AuthMethod = AuthMethod.PASSWORD
    fingerprint: str = ""  # sha256 of the server certificate, normalised hex
    timeout: float = 60.0
    sent_folder: str = ""  # blank: discover
    extra_folders: tuple[str, ...] = ()
    # Parts bigger than this (encoded bytes) other than the text come after the text: the
    # sync leaves them on the server (lazy.py), download.py fetches them; 0: all at once.
    lazy_threshold: int = 0

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def normalise_fingerprint(text: str) -> str:
    """'AB:CD:…', 'sha256:abcd…' or plain hex -> 64 lower-case hex digits ('' stays '')."""
    hexed = re.sub(r"[^0-9a-f]", "", text.lower().removeprefix("sha256:").removeprefix("sha256"))
    if text.strip() and len(hexed) != 64:
        raise ValueError("a SHA-256 fingerprint has 64 hexadecimal digits")
    return hexed


def show_fingerprint(hexed: str) -> str:
    return ":".join(hexed[i : i + 2] for i in range(0, len(hexed), 2)).upper()


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_context(fingerprint: str = "") -> ssl.SSLContext:
    """Verified TLS by default; with a trusted fingerprint the certificate is pinned instead."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if fingerprint:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # checked against the pin right after the handshake
    return context


@dataclass(frozen=True, slots=True)
class Folders:
    inbox: str
    sent: str | None
    extra: tuple[str, ...] = ()

    def roles(self) -> list[tuple[str, str]]:
        """(folder, role) in sync order: the inbox first, so replies find what they answer."""
        pairs = [(self.inbox, "inbox")]
        if self.sent:
            pairs.append((self.sent, "sent"))
        pairs.extend((name, "other") for name in self.extra if name not in {self.inbox, self.sent})
        return pairs


@dataclass(slots=True)
class Session:
    settings: ImapSettings
    client: IMAPClient
    caps: frozenset[str] = field(default_factory=frozenset)
    enabled: frozenset[str] = field(default_factory=frozenset)  # ENABLEd extensions
    folders: Folders | None = None
    # folder -> (uidvalidity, from UID, the UIDs >= it still to fetch, searched up to UID):
    # what an earlier pull on this connection found, so big folders are searched once
    pending: dict[str, tuple[int, int, list[int], int]] = field(default_factory=dict)
    selected: str | None = None  # the folder SELECTed or EXAMINEd through ``select``
    # folder -> (uidvalidity, UIDNEXT, MESSAGES) of a backlog the last pull left in it while
    # it stayed selected: the next pull goes on fetching with nothing asked again (sync.py)
    backlog: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    # folder -> {uid: FETCH data with RFC822.SIZE} of the messages next in line
    sizes: dict[str, dict[int, dict[bytes, Any]]] = field(default_factory=dict)
    # folder -> (when, STATUS): the last STATUS seen, for progress estimates
    statuses: dict[str, tuple[float, dict[str, int]]] = field(default_factory=dict)

    def has(self, capability: str) -> bool:
        return capability.upper() in self.caps

    @property
    def condstore(self) -> bool:
        return self.has("CONDSTORE") or self.has("QRESYNC")

    def select(self, folder: str, readonly: bool = True) -> dict[bytes, Any]:
        """SELECT (EXAMINE when ``readonly``) ``folder``; every selection goes through here,
        so ``selected`` tells which folder the connection is in."""
        self.selected = None
        answer: dict[bytes, Any] = self.client.select_folder(folder, readonly=readonly)
        self.selected = folder
        return answer

    def unselect(self) -> None:
        """Leave the selected folder without expunging anything, so STATUS tells the truth
        (servers answer STATUS on the selected folder from the session's stale view)."""
        self.selected = None
        if self.client._imap.state != "SELECTED":
            return
        if self.has("UNSELECT"):
            self.client.unselect_folder()
        else:  # CLOSE after EXAMINE never expunges
            self.client.select_folder(
                self.folders.inbox if self.folders else "INBOX", readonly=True
            )
            self.client.close_folder()

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:
            self.abort()

    def abort(self) -> None:
        """Drop the connection at once (also from another thread, e.g. to end an IDLE)."""
        with suppress(Exception):
            self.client.shutdown()


@contextmanager
def imap_errors(settings: ImapSettings, doing: str = "") -> Iterator[None]:
    """Turn library and socket errors into the connector's classified errors."""
    what = f" while {doing}" if doing else ""
    try:
        yield
    except ConnectorError:
        raise
    except ssl.SSLError as exc:
        raise ConnectorError(
            f"TLS with {settings.where} failed{what}: {exc.reason or exc}"
        ) from exc
    except (IMAPClientAbortError, OSError, EOFError) as exc:
        raise TransientError(f"the connection to {settings.where} was lost{what} ({exc})") from exc
    except IMAPClientError as exc:
        raise errors.imap_refusal(settings.host, settings.username, str(exc), doing) from exc


def connect(settings: ImapSettings, secret: str | None) -> Session:
    """Connect, secure, authenticate. Raises AuthError, TransientError or ConnectorError."""
    if not secret:
        raise AuthError(f"no password is stored for {settings.username}")
    if settings.security is Security.NONE and not is_loopback(settings.host):
        raise ConnectorError(
            f"unencrypted IMAP is allowed only to this computer, not to {settings.host}: "
            "choose TLS or STARTTLS"
        )
    client = _open(settings)
    try:
        if settings.security is Security.STARTTLS:
            _starttls(settings, client)
        if settings.fingerprint:
            _check_pin(settings, client)
        _login(settings, client, secret)
        with imap_errors(settings, "reading the server's capabilities"):
            caps = frozenset(c.decode("ascii", "replace").upper() for c in client.capabilities())
            enabled: frozenset[str] = frozenset()
            if "QRESYNC" in caps and "ENABLE" in caps:
                enabled = frozenset(wire.enable(client, "QRESYNC"))
    except BaseException:
        with suppress(Exception):
            client.shutdown()
        raise
    return Session(settings, client, caps, enabled)


def _open(settings: ImapSettings) -> IMAPClient:
    implicit = settings.security is Security.TLS
    try:
        return quiet(
            IMAPClient(
                settings.host,
                settings.port,
                ssl=implicit,
                ssl_context=tls_context(settings.fingerprint) if implicit else None,
                timeout=SocketTimeout(connect=min(15.0, settings.timeout), read=settings.timeout),
            )
        )
    except ssl.SSLCertVerificationError as exc:
        raise _untrusted(settings, exc) from exc
    except ssl.SSLError as exc:
        raise ConnectorError(
            f"TLS with {settings.where} failed ({exc.reason or exc}): "
            "check the port and the security setting"
        ) from exc
    except socket.gaierror as exc:
        raise TransientError(
            f"cannot find {settings.host} (the name does not resolve): check the server name "
            "and the network"
        ) from exc
    except (OSError, IMAPClientAbortError, IMAPClientError) as exc:
        reason = (
            exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or "timeout"
        )
        raise TransientError(f"cannot reach {settings.where} ({reason})") from exc


def _starttls(settings: ImapSettings, client: IMAPClient) -> None:
    caps = {c.upper() for c in client.capabilities()}
    if b"STARTTLS" not in caps:
        raise ConnectorError(
            f"{settings.where} does not offer STARTTLS, so the password would travel "
            "unencrypted; choose TLS on port 993, or ask the provider"
        )
    try:
        client.starttls(tls_context(settings.fingerprint))
    except ssl.SSLCertVerificationError as exc:
        raise _untrusted(settings, exc) from exc
    except ssl.SSLError as exc:
        raise ConnectorError(
            f"STARTTLS with {settings.where} failed ({exc.reason or exc})"
        ) from exc
    except (OSError, IMAPClientAbortError) as exc:
        raise TransientError(f"cannot reach {settings.where} ({exc})") from exc
    except IMAPClientError as exc:
        raise ConnectorError(f"{settings.where} refused STARTTLS: {exc}") from exc


def _peer_fingerprint(client: IMAPClient) -> str:
    der = client._imap.sock.getpeercert(binary_form=True)
    return hashlib.sha256(der or b"").hexdigest()


def _check_pin(settings: ImapSettings, client: IMAPClient) -> None:
    if settings.security is Security.NONE:
        return
    seen = _peer_fingerprint(client)
    if seen != settings.fingerprint:
        raise ConnectorError(
            f"the certificate of {settings.where} has the SHA-256 fingerprint "
            f"{show_fingerprint(seen)}, not the trusted {show_fingerprint(settings.fingerprint)}: "
            "the server changed its certificate, or someone is intercepting the connection"
        )


def _untrusted(settings: ImapSettings, exc: ssl.SSLCertVerificationError) -> ConnectorError:
    reason = exc.verify_message or exc.reason or str(exc)
    if "mismatch" in reason.lower():
        reason += (
            f"; the certificate is made out to another name than {settings.host}: check the "
            "server name (the provider's own, such as imap.provider.com)"
        )
    try:
        seen = show_fingerprint(peer_fingerprint(settings))
        hint = (
            f"; its SHA-256 fingerprint is {seen}: if you trust this server, "
            "enter that as the account's trusted certificate fingerprint"
        )
    except Exception:
        hint = ""
    return ConnectorError(f"the certificate of {settings.where} is not trusted ({reason}){hint}")


def peer_fingerprint(settings: ImapSettings) -> str:
    """The server certificate's SHA-256, read over an unverified connection (for the hint)."""
    unverified = ssl.create_default_context()
    unverified.check_hostname = False
    unverified.verify_mode = ssl.CERT_NONE
    implicit = settings.security is Security.TLS
    client = quiet(
        IMAPClient(settings.host, settings.port, ssl=implicit, ssl_context=unverified, timeout=10)
    )
    try:
        if not implicit:
            client.starttls(unverified)
        return _peer_fingerprint(client)
    finally:
        client.shutdown()


def quiet(client: IMAPClient) -> IMAPClient:
    """imapclient turns imaplib's tracing on (debug level 5) for every connection and
    sends it to a logger that is normally off; imaplib still builds each line first, with
    the repr() of every literal: a third of an attachment download's CPU went to text no
    one read. The trace stays available: enable DEBUG on the "imapclient.imaplib" logger."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        client._imap.debug = 0
    return client


def _login(settings: ImapSettings, client: IMAPClient, secret: str) -> None:
    user = settings.username
    token = settings.auth is not AuthMethod.PASSWORD
    try:
        if token:  # XOAUTH2 or OAUTHBEARER, with the SASL strings oauth.py makes for SMTP too
            mechanism = settings.auth.value.upper()
            answer = oauth.responder(mechanism, user, secret, settings.host, settings.port)
            client.sasl_login(mechanism, answer)
        elif b"AUTH=PLAIN" in {c.upper() for c in client.capabilities()}:
            client.plain_login(user, secret)
        else:
            client.login(user, secret)
    except LoginError as exc:
        raise errors.imap_login_refusal(settings.host, user, str(exc), token=token) from exc
    except UnicodeEncodeError as exc:
        raise AuthError(
            f"{settings.host} accepts only plain ASCII passwords (no AUTH=PLAIN): "
            f"the password for {user} cannot be sent"
        ) from exc
    except (OSError, IMAPClientAbortError) as exc:
        raise TransientError(
            f"the connection to {settings.where} was lost at login ({exc})"
        ) from exc
    except IMAPClientError as exc:
        raise ConnectorError(f"{settings.host} refused the login of {user}: {exc}") from exc


# --- folders ---------------------------------------------------------------------------------


def discover_folders(session: Session, *, strict: bool = False) -> Folders:
    """INBOX, the Sent folder (SPECIAL-USE \\Sent, else a well-known name) and the configured
    extra folders. ``strict``: a configured folder that is missing is an error, not a warning."""
    settings = session.settings
    with imap_errors(settings, "listing folders"):
        listing = session.client.list_folders()
    selectable: dict[str, tuple[bytes, ...]] = {}
    for flags, _delim, name in listing:
        upper = {f.upper() for f in flags}
        if b"\\NOSELECT" in upper or b"\\NONEXISTENT" in upper:
            continue
        selectable[str(name)] = tuple(upper)
    inbox = next((n for n in selectable if n.upper() == "INBOX"), "INBOX")
    sent = _find_sent(settings, selectable, strict)
    extra = []
    for name in settings.extra_folders:
        if name in selectable:
            extra.append(name)
        elif strict:
            raise ConnectorError(f"the folder {name!r} does not exist on {settings.host}")
        else:
            log.warning("folder %r is configured but missing on %s", name, settings.host)
    folders = Folders(inbox, sent, tuple(extra))
    session.folders = folders
    return folders


def _find_sent(
    settings: ImapSettings, selectable: dict[str, tuple[bytes, ...]], strict: bool
) -> str | None:
    if settings.sent_folder:
        if settings.sent_folder in selectable:
            return settings.sent_folder
        if strict:
            raise ConnectorError(
                f"the sent folder {settings.sent_folder!r} does not exist on {settings.host}"
            )
        log.warning("sent folder %r is missing on %s", settings.sent_folder, settings.host)
        return None
    for name, flags in selectable.items():
        if b"\\SENT" in flags:
            return name
    by_lower = {name.lower(): name for name in selectable}
    for wanted in SENT_NAMES:
        for prefix in ("", "inbox.", "inbox/"):
            found = by_lower.get(prefix + wanted.lower())
            if found:
                return found
    return None
