"""A real SMTP server (aiosmtpd) on 127.0.0.1 for tests, in the shapes real servers come in:
plain, STARTTLS, implicit TLS (port-465 style), with or without login, password or XOAUTH2.

Use the ``smtp_servers`` fixture (a factory; every server it started stops after the test) or
the ``running_smtp_server`` context manager directly. Each server records what it received.
"""

from __future__ import annotations

import asyncio
import base64
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.integration.certs import TestCertificates, make_certificates


@dataclass(frozen=True, slots=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes  # the message as it arrived (CRLF lines, dot-stuffing undone)
    mail_options: tuple[str, ...]
    login: str  # who logged in, "" when nobody did


@dataclass
class SmtpServer:
    host: str
    port: int
    tls: str  # "none", "starttls" or "ssl"
    certificates: TestCertificates | None
    received: list[Received] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate the server presents, lower-case hex ("" without TLS)."""
        return self.certificates.fingerprint if self.certificates else ""


class _Handler:
    def __init__(
        self,
        server: SmtpServer,
        tokens: dict[str, str],
        refuse: dict[str, str],
        drop_data: bool,
        replies: dict[str, str],
    ) -> None:
        self.server = server
        self.tokens = tokens  # XOAUTH2 bearer token -> user
        self.refuse = refuse  # recipient -> the reply refusing it ("550 5.1.1 no such user")
        self.drop_data = drop_data
        self.replies = replies  # "AUTH" / "MAIL" / "DATA" -> the reply to that command

    async def handle_AUTH(
        self, server: SMTP, session: Session, envelope: Envelope, args: Any
    ) -> Any:
        return self.replies.get("AUTH", MISSING)

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if "MAIL" in self.replies:
            return self.replies["MAIL"]
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if "DATA" in self.replies:
            return self.replies["DATA"]
        if self.drop_data:  # the connection breaks before the answer to the message
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
            return "421 gone"
        content = envelope.original_content or b""
        self.server.received.append(
            Received(
                envelope.mail_from or "",
                tuple(envelope.rcpt_tos),
                content,
                tuple(envelope.mail_options),
                _who(session.auth_data),
            )
        )
        return "250 OK delivered"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """The mechanism Gmail and Outlook use: user=..^Aauth=Bearer token^A^A, base64."""
        if len(args) < 2:  # ["XOAUTH2", initial response]; we need the initial response
            return AuthResult(success=False, handled=False)
        try:
            fields = base64.b64decode(args[1]).decode("utf-8").split("\x01")
        except ValueError:
            return AuthResult(success=False, handled=False)
        user = next((f[5:] for f in fields if f.startswith("user=")), "")
        token = next((f[12:] for f in fields if f.startswith("auth=Bearer ")), "")
        if self.tokens.get(token) == user and user:
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)


def _who(auth_data: Any) -> str:
    if isinstance(auth_data, LoginPassword):
        return auth_data.login.decode("utf-8", "replace")
    return str(auth_data or "")


def _authenticator(users: dict[str, str]) -> Callable[..., AuthResult]:
    def check(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = data.login.decode("utf-8", "replace")
        password = data.password.decode("utf-8", "replace")
        ok = users.get(login) == password
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    return check


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_smtp_server(
    folder: Path,
    *,
    tls: str = "none",
    users: dict[str, str] | None = None,
    tokens: dict[str, str] | None = None,
    refuse: dict[str, str] | None = None,
    drop_data: bool = False,
    replies: dict[str, str] | None = None,
) -> Iterator[SmtpServer]:
    """An SMTP server on 127.0.0.1 until the block ends.

    tls: "none" (no STARTTLS offered), "starttls" (offered), "ssl" (TLS from the first byte).
    users: login -> password; with users or tokens, AUTH is offered (also without TLS, so the
    plain loopback case can log in). tokens: XOAUTH2 bearer token -> user; the mapping is
    read live, so tokens issued later (e.g. Dovecot's token server's) are accepted too.
    refuse: recipient -> the SMTP reply that refuses it ("550 5.1.1 no such user").
    drop_data: break the connection when the message has been sent, before answering.
    replies: "AUTH", "MAIL" or "DATA" -> the reply that command gets instead ("421 4.7.0 ...").
    """
    certificates = make_certificates(folder) if tls != "none" else None
    context = None
    if certificates is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificates.server_cert, certificates.server_key)
    server = SmtpServer("127.0.0.1", free_port(), tls, certificates)
    handler = _Handler(
        server, tokens if tokens is not None else {}, dict(refuse or {}), drop_data,
        dict(replies or {}),
    )  # fmt: skip
    kwargs: dict[str, Any] = {
        "hostname": "127.0.0.1",
        "port": server.port,
        "server_hostname": "mx.test",
        "ready_timeout": 10.0,
        "auth_require_tls": False,
    }
    if users is not None or tokens is not None:
        kwargs["authenticator"] = _authenticator(dict(users or {}))
    if tls == "starttls":
        kwargs["tls_context"] = context
    elif tls == "ssl":
        kwargs["ssl_context"] = context
    controller = Controller(handler, **kwargs)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
def smtp_servers(tmp_path: Path) -> Iterator[Callable[..., SmtpServer]]:
    """A factory: ``smtp_servers(tls="starttls", users={"a@b": "pw"})`` starts one server and
    returns it; every server started stops when the test ends."""
    stack: list[Any] = []

    def start(**options: Any) -> SmtpServer:
        manager = running_smtp_server(tmp_path / f"smtp-{len(stack)}", **options)
        server = manager.__enter__()
        stack.append(manager)
        return server

    yield start
    for manager in reversed(stack):
        manager.__exit__(None, None, None)
