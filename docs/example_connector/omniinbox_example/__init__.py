"""The example connector of docs/connectors.md: a shop's website chat (the Example Chat API)."""

from .connector import ExampleConnector

__all__ = ["ExampleConnector"]
