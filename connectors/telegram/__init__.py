"""The Telegram connector: a bot over the Bot API (long polling), with Telegram Business."""

from .api import WebhookActive
from .connector import TelegramConnector

__all__ = ["TelegramConnector", "WebhookActive"]
