"""The email account's settings: the schema the account dialog is built from, and the typed
view of a saved config the connector works with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from omniinbox.connector import (
    ConfigField,
    ConfigSchema,
    ConnectorError,
    FieldType,
    PermanentError,
)

from . import presets, smtp
from .oauth import OAuthApp
from .presets import Preset
from .session import AuthMethod, ImapSettings, Security, normalise_fingerprint

SECURITY = tuple(s.value for s in Security)
AUTH = tuple(a.value for a in AuthMethod)
EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"
FINGERPRINT = r"(?i)(sha256:?)?[0-9a-f]{2}(:?[0-9a-f]{2}){31}"
URL = r"https?://\S+"
LAZY_KB = 64  # parts over this wait (lazy.py): the inbox is usable sooner

SCHEMA = ConfigSchema(
    (
        ConfigField("address", "Email address", pattern=EMAIL, help="e.g. support@shop.kz"),
        ConfigField(
            "preset",
            "Provider",
            FieldType.CHOICE,
            required=False,
            choices=tuple(presets.PRESETS),
            help="gmail, microsoft, yandex, mailru, fastmail fill the servers in; custom: enter them",
        ),
        ConfigField(
            "name", "Desk name", required=False, help="Shown to customers when no agent name is"
        ),
        ConfigField(
            "aliases",
            "Other addresses of this desk",
            required=False,
            help="Comma-separated; mail from these counts as ours",
            advanced=True,
        ),
        ConfigField("imap_host", "IMAP server", help="e.g. imap.gmail.com"),
        ConfigField("imap_port", "IMAP port", FieldType.INT, required=False, default="993"),
        ConfigField(
            "imap_security",
            "IMAP security",
            FieldType.CHOICE,
            required=False,
            default="tls",
            choices=SECURITY,
            help="tls (port 993), starttls (port 143); none only for a server on this computer",
        ),
        ConfigField("smtp_host", "SMTP server", required=False, help="Blank: the IMAP server"),
        ConfigField("smtp_port", "SMTP port", FieldType.INT, required=False, default="587"),
        ConfigField(
            "smtp_security",
            "SMTP security",
            FieldType.CHOICE,
            required=False,
            default="starttls",
            choices=SECURITY,
            help="starttls (port 587), tls (port 465); none only for a server on this computer",
        ),
        ConfigField(
            "username", "User name", required=False, help="Blank: the email address", advanced=True
        ),
        ConfigField(
            "password",
            "Password or access token",
            required=False,
            secret=True,
            help="Blank when you sign in with Google or Microsoft (OAuth 2)",
        ),
        ConfigField(
            "auth",
            "Sign-in method",
            FieldType.CHOICE,
            required=False,
            default="password",
            choices=AUTH,
            help="password, or OAuth 2 (xoauth2 / oauthbearer): sign in, or paste an access token",
        ),
        ConfigField(
            "oauth_client_id",
            "OAuth client id",
            required=False,
            help="This app's client id at Google or Microsoft, for signing in with OAuth 2",
        ),
        ConfigField(
            "oauth_client_secret",
            "OAuth client secret",
            required=False,
            secret=True,
            help="Only if the provider gave one with the client id (Google desktop apps do)",
            advanced=True,
        ),
        ConfigField(
            "oauth_refresh_token",
            "OAuth refresh token",
            required=False,
            secret=True,
            help="Filled in by signing in; renews the access token by itself",
            advanced=True,
        ),
        ConfigField(
            "oauth_scopes",
            "OAuth scopes",
            required=False,
            help="Blank: the provider's (space-separated)",
            advanced=True,
        ),
        ConfigField(
            "oauth_authorize_url",
            "OAuth sign-in page",
            required=False,
            pattern=URL,
            help="Blank: the provider's",
            advanced=True,
        ),
        ConfigField(
            "oauth_token_url",
            "OAuth token endpoint",
            required=False,
            pattern=URL,
            help="Blank: the provider's",
            advanced=True,
        ),
        ConfigField(
            "fingerprint",
            "Trusted certificate fingerprint",
            required=False,
            pattern=FINGERPRINT,
            help="SHA-256 of a self-signed server certificate you trust; blank: verify normally",
            advanced=True,
        ),
        ConfigField(
            "smtp_fingerprint",
            "Trusted SMTP certificate fingerprint",
            required=False,
            pattern=FINGERPRINT,
            help="Only if the SMTP server has another self-signed certificate; blank: as IMAP",
            advanced=True,
        ),
        ConfigField(
            "sent_folder",
            "Sent folder",
            required=False,
            help="Blank: found by itself",
            advanced=True,
        ),
        ConfigField(
            "folders",
            "Other folders to read",
            required=False,
            help="Comma-separated folder names, besides INBOX and Sent",
            advanced=True,
        ),
        ConfigField(
            "server_saves_sent",
            "The server files sent mail itself",
            FieldType.BOOL,
            required=False,
            default="no",
            help="yes for Gmail; otherwise a copy is added to the Sent folder",
            advanced=True,
        ),
        ConfigField(
            "lazy_attachments_kb",
            "Download attachments over this size after the text (KB)",
            FieldType.INT,
            required=False,
            default=str(LAZY_KB),
            help="Mail arrives with its text first; bigger attachments follow in the "
            "background or when opened. 0: download everything with the text",
            advanced=True,
        ),
    )
)


def _legacy_lazy_kb(mb: str) -> int:
    """The setting before text-first sync: whole messages over N MB came without their parts
    over 256 KB; 0 meant everything at once, which is kept. Any other value takes the new
    default."""
    try:
        return 0 if int(mb.strip()) == 0 else LAZY_KB
    except ValueError:
        raise ValueError("lazy_attachments_mb: a whole number of megabytes") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _yes(value: str) -> bool:
    return value.strip().lower() in {"yes", "true", "1"}


@dataclass(frozen=True, slots=True)
class AccountConfig:
    address: str
    desk_name: str
    own_addresses: frozenset[str]
    imap: ImapSettings
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_fingerprint: str
    server_saves_sent: bool
    preset: Preset | None = None  # chosen, or recognised by the IMAP server's name
    oauth_client_id: str = ""
    oauth_scopes: tuple[str, ...] = ()
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    @property
    def uses_oauth(self) -> bool:
        return self.imap.auth is not AuthMethod.PASSWORD

    def oauth_app(self, client_secret: str = "") -> OAuthApp | None:
        """The OAuth 2 client for signing in and renewing tokens: the provider preset's
        endpoints and scopes unless the settings name others; None without a client id or
        without endpoints (an access token pasted by hand is then used as it is)."""
        provider = self.preset.oauth if self.preset else None
        authorize = self.oauth_authorize_url or (provider.authorize_url if provider else "")
        token = self.oauth_token_url or (provider.token_url if provider else "")
        if not (self.oauth_client_id and authorize and token):
            return None
        return OAuthApp(
            client_id=self.oauth_client_id,
            authorize_url=authorize,
            token_url=token,
            scopes=self.oauth_scopes or (provider.scopes if provider else ()),
            client_secret=client_secret,
            extra=provider.extra if provider else (),
            refresh_scope=provider.refresh_scope if provider else True,
            name=provider.name if provider else urlsplit(token).netloc or "the sign-in service",
        )

    def smtp(self) -> smtp.SmtpSettings:
        """Built when sending, so a mistake in the SMTP settings never stops receiving."""
        try:
            return smtp.SmtpSettings(
                host=self.smtp_host,
                port=self.smtp_port,
                security=SMTP_SECURITY[self.smtp_security],
                username=self.imap.username,
                auth="password" if self.imap.auth is AuthMethod.PASSWORD else "xoauth2",
                trusted_fingerprint=self.smtp_fingerprint or self.imap.fingerprint,
            )
        except ConnectorError as exc:
            raise PermanentError(str(exc)) from exc

    @classmethod
    def from_config(cls, config: Mapping[str, str]) -> AccountConfig:
        """The typed settings; ConnectorError with the field's sentence when one is wrong."""
        try:
            values = {f.key: f.validate(config.get(f.key) or "") for f in SCHEMA if not f.secret}
            if not config.get("lazy_attachments_kb") and config.get("lazy_attachments_mb"):
                values["lazy_attachments_kb"] = str(_legacy_lazy_kb(config["lazy_attachments_mb"]))
            return cls._from_valid(values)
        except ValueError as exc:
            raise ConnectorError(f"the email account settings need a fix: {exc}") from exc

    @classmethod
    def _from_valid(cls, values: dict[str, str]) -> AccountConfig:
        address = values["address"].lower()
        username = values["username"] or address
        auth = AuthMethod(values["auth"] or AuthMethod.PASSWORD.value)
        imap = ImapSettings(
            host=values["imap_host"],
            port=int(values["imap_port"] or 993),
            security=Security(values["imap_security"] or Security.TLS.value),
            username=username,
            auth=auth,
            fingerprint=normalise_fingerprint(values["fingerprint"]),
            sent_folder=values["sent_folder"],
            extra_folders=_split(values["folders"]),
            lazy_threshold=max(0, int(values["lazy_attachments_kb"] or 0)) * 1024,
        )
        chosen = presets.PRESETS.get(values["preset"])
        preset = chosen if chosen and chosen.imap else presets.preset_for_host(imap.host)
        own = frozenset({address, *(a.lower() for a in _split(values["aliases"]))})
        return cls(
            address=address,
            desk_name=values["name"],
            own_addresses=own,
            imap=imap,
            smtp_host=values["smtp_host"] or imap.host,
            smtp_port=int(values["smtp_port"] or 587),
            smtp_security=values["smtp_security"] or "starttls",
            smtp_fingerprint=normalise_fingerprint(values["smtp_fingerprint"]),
            server_saves_sent=_yes(values["server_saves_sent"]),
            preset=preset,
            oauth_client_id=values["oauth_client_id"],
            oauth_scopes=tuple(values["oauth_scopes"].replace(",", " ").split()),
            oauth_authorize_url=values["oauth_authorize_url"],
            oauth_token_url=values["oauth_token_url"],
        )


SMTP_SECURITY = {"tls": "ssl", "starttls": "starttls", "none": "none"}
