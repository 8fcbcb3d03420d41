"""The real SMTP server fixture (tests/integration/smtp_server.py) for the SMTP tests here."""

from tests.integration.smtp_server import smtp_servers

__all__ = ["smtp_servers"]
