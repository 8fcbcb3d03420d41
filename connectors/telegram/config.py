"""The account settings of a Telegram bot, and reading them back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from omniinbox.connector import ConfigField, ConfigSchema, ConnectorError, FieldType

from .api import DEFAULT_API_URL, is_loopback

PLAIN = "plain"
MARKDOWN_V2 = "MarkdownV2"

SCHEMA = ConfigSchema(
    (
        ConfigField(
            "token",
            "Bot token",
            secret=True,
            pattern=r"[0-9]+:[A-Za-z0-9_-]+",
            help="The token @BotFather gave you (/mybots, API Token), like 123456789:AAH…",
        ),
        ConfigField(
            "api_url",
            "Bot API server",
            required=False,
            default=DEFAULT_API_URL,
            pattern=r"https?://\S+",
            help="Leave as it is, unless you run your own Bot API server.",
        ),
        ConfigField(
            "parse_mode",
            "Message format",
            FieldType.CHOICE,
            required=False,
            default=PLAIN,
            choices=(PLAIN, MARKDOWN_V2),
            help="plain sends text as typed; MarkdownV2 sends it escaped as Telegram Markdown.",
        ),
        ConfigField(
            "groups",
            "Answer in groups",
            FieldType.BOOL,
            required=False,
            default="yes",
            help="Also take group messages that mention the bot or reply to it.",
        ),
    )
)


@dataclass(frozen=True, slots=True)
class Settings:
    api_url: str
    markdown: bool
    groups: bool

    @classmethod
    def from_config(cls, config: Mapping[str, str]) -> Settings:
        def value(key: str) -> str:
            return (config.get(key) or "").strip() or SCHEMA.field(key).default

        return cls(
            api_url=value("api_url").rstrip("/"),
            markdown=value("parse_mode") == MARKDOWN_V2,
            groups=value("groups").lower() in {"yes", "true", "1"},
        )

    def checked_api_url(self) -> str:
        """The server address, refused if the token would travel unencrypted over a network."""
        parts = urlsplit(self.api_url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConnectorError(
                f"the Bot API server address {self.api_url!r} is not a web address"
            )
        if parts.scheme == "http" and not is_loopback(self.api_url):
            raise ConnectorError(
                "the Bot API server address must start with https:// (plain http is allowed "
                "only for a server on this computer), or the bot token would travel unencrypted"
            )
        return self.api_url
