"""The email connector: IMAP for receiving, SMTP for sending, and the MIME parsing between."""

from .connector import ImapConnector

__all__ = ["ImapConnector"]
