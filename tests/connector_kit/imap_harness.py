"""The email connector in front of real servers: a fresh mailbox on the shared Dovecot
(IMAP, implicit TLS pinned to its test certificate) and an aiosmtpd server for sending.

deliver = a customer's message APPENDed to INBOX; delivered = what reached the SMTP server.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from omniinbox_connectors.imap import ImapConnector, mime

from omniinbox.connector import Connector
from omniinbox.domain import Identity, IdentityKind
from tests.integration.dovecot import shared_dovecot
from tests.integration.imap.support import Secrets, imap_config, mail
from tests.integration.smtp_server import running_smtp_server


class ImapHarness:
    kind = "imap"

    def __init__(self, tmp: Path) -> None:
        self.server = shared_dovecot("modern")
        self.user = self.server.add_user()
        self._stack = ExitStack()
        self.smtp = self._stack.enter_context(
            running_smtp_server(
                tmp / "smtp", tls="none", users={self.user.address: self.user.password}
            )
        )
        self._connectors: list[ImapConnector] = []

    def connector(self) -> Connector:
        config = imap_config(
            self.server,
            self.user,
            smtp_host=self.smtp.host,
            smtp_port=str(self.smtp.port),
            smtp_security="none",  # loopback only; TLS for SMTP is smtp.py's own tests
        )
        connector = ImapConnector(config, Secrets({"password": self.user.password}))
        self._connectors.append(connector)
        return connector

    def deliver(self, text: str, sender: str) -> None:
        self.user.append(
            mail(
                text,
                sender=f"{sender}@example.com",
                sender_name=sender.title(),
                to=self.user.address,
            )
        )

    def customer(self, sender: str) -> Identity:
        return Identity.of(IdentityKind.EMAIL, f"{sender}@example.com", sender.title())

    def delivered(self) -> list[str]:
        return [mime.parse_message(r.content).text for r in self.smtp.received]

    def close(self) -> None:
        for connector in self._connectors:
            connector.close()
        self._stack.close()
