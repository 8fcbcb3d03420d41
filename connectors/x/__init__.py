"""The X (Twitter) connector: mentions and v2 direct messages through tweepy."""

from .connector import XConnector

__all__ = ["XConnector"]
