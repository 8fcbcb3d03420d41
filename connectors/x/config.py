"""The X account's settings: the schema the account dialog is built from, and the typed view
of a saved config the connector works with."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from omniinbox.connector import ConfigField, ConfigSchema, ConnectorError, FieldType

DEFAULT_API = "https://api.twitter.com"
DEFAULT_CALLBACK_PORT = 8765
OAUTH2 = "oauth2"
OAUTH1A = "oauth1a"
AUTH_METHODS = (OAUTH2, OAUTH1A)

OAUTH2_SECRETS = ("oauth2_client_id", "oauth2_access_token", "oauth2_refresh_token")
OAUTH1_SECRETS = (
    "oauth1_consumer_key",
    "oauth1_consumer_secret",
    "oauth1_access_token",
    "oauth1_access_token_secret",
)

HANDLE = r"@?[A-Za-z0-9_]{1,15}"
USER_ID = r"[0-9]{1,19}"

SCHEMA = ConfigSchema(
    (
        ConfigField(
            "account",
            "Shop account on X",
            pattern=rf"{HANDLE}|{USER_ID}",
            help="The shop's @handle (e.g. @shop_kz), or its numeric user id",
        ),
        ConfigField(
            "auth",
            "Sign-in method",
            FieldType.CHOICE,
            required=False,
            default=OAUTH2,
            choices=AUTH_METHODS,
            help="oauth2: Sign in with X (OAuth 2.0 with PKCE, recommended); "
            "oauth1a: the four keys and tokens from the X developer portal",
        ),
        ConfigField(
            "direct_messages",
            "Read direct messages",
            FieldType.BOOL,
            required=False,
            default="yes",
            help="Switch off if your X app has no Direct Message permission",
        ),
        ConfigField(
            "api_base",
            "X API address",
            required=False,
            default=DEFAULT_API,
            pattern=r"https?://[^\s/?#]+(/[^\s?#]*)?",
            help="Leave as it is; change only to point at a test server",
            advanced=True,
        ),
        ConfigField(
            "callback_port",
            "Callback port",
            FieldType.INT,
            required=False,
            default=str(DEFAULT_CALLBACK_PORT),
            pattern=r"[0-9]{1,5}",
            help="The port of the callback URL registered for your app in the X developer "
            "portal: http://127.0.0.1:<port>/callback",
        ),
        ConfigField(
            "oauth2_client_id",
            "OAuth 2.0 client id",
            required=False,
            secret=True,
            help="From your app in the X developer portal (app type: Native App)",
        ),
        ConfigField(
            "oauth2_access_token",
            "OAuth 2.0 access token",
            required=False,
            secret=True,
            help="Filled in by Sign in with X",
            advanced=True,
        ),
        ConfigField(
            "oauth2_refresh_token",
            "OAuth 2.0 refresh token",
            required=False,
            secret=True,
            help="Filled in by Sign in with X; renewed automatically",
            advanced=True,
        ),
        ConfigField(
            "oauth1_consumer_key", "API key (OAuth 1.0a consumer key)", required=False, secret=True
        ),
        ConfigField(
            "oauth1_consumer_secret",
            "API key secret (OAuth 1.0a consumer secret)",
            required=False,
            secret=True,
        ),
        ConfigField("oauth1_access_token", "OAuth 1.0a access token", required=False, secret=True),
        ConfigField(
            "oauth1_access_token_secret",
            "OAuth 1.0a access token secret",
            required=False,
            secret=True,
        ),
    )
)


@dataclass(frozen=True, slots=True)
class Settings:
    """A saved config, checked: who the shop is and how to reach X."""

    handle: str  # without "@", "" when the account is given by id
    user_id: str  # "" when the account is given by handle
    auth: str
    direct_messages: bool
    api_base: str
    callback_port: int = DEFAULT_CALLBACK_PORT

    @property
    def shown(self) -> str:
        return f"@{self.handle}" if self.handle else f"X user {self.user_id}"

    def matches(self, user_id: str, username: str) -> bool:
        if self.user_id:
            return self.user_id == user_id
        return self.handle.lower() == username.lower()

    @classmethod
    def of(cls, config: Mapping[str, str]) -> Settings:
        try:
            values = SCHEMA.validate(
                {k: v for k, v in config.items() if k in {f.key for f in SCHEMA}}
            )
        except ValueError as exc:
            raise ConnectorError(f"the X account settings are not right: {exc}") from None
        account = values["account"]
        port = int(values["callback_port"])
        if not 0 < port < 65536:
            raise ConnectorError(f"the callback port must be 1-65535, not {port}")
        by_id = re.fullmatch(USER_ID, account) is not None and not account.startswith("@")
        return cls(
            handle="" if by_id else account.lstrip("@"),
            user_id=account if by_id else "",
            auth=values["auth"],
            direct_messages=values["direct_messages"].lower() in {"yes", "true", "1"},
            api_base=values["api_base"].rstrip("/"),
            callback_port=port,
        )
