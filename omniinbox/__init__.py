"""OmniInbox: a desktop support inbox for small shops, offline first."""

__version__ = "0.1.0"
