"""Provider presets as data: the servers, ports, sign-in and quirks of the big mail providers,
so an agent types an address and a password (or signs in) instead of six server settings.

``preset_for(address)`` guesses from the address's domain; ``apply_preset(preset, config)``
fills the account settings in. A Google Workspace or Microsoft 365 mailbox on the company's
own domain cannot be recognised from its address: the account dialog offers the choice.

What a preset does not decide: X-GM-THRID threading is used whenever the server announces
X-GM-EXT-1 (the preset only records that Gmail does), and the Sent folder is still found by
SPECIAL-USE, since its name depends on the mailbox's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from omniinbox.connector import ProviderPreset

CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    security: str  # the account settings' words: "tls" (implicit) or "starttls"


@dataclass(frozen=True, slots=True)
class OAuthProvider:
    """Where a provider signs users in (RFC 6749 authorisation code + PKCE, RFC 8252 loopback)."""

    name: str  # shown: "Sign in with Google"
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    # Extra query parameters of the authorisation URL (Google: a refresh token needs
    # access_type=offline, and prompt=consent to get one again on a second sign-in).
    extra: tuple[tuple[str, str], ...] = ()
    refresh_scope: bool = True  # repeat the scopes when refreshing (Microsoft asks for them)


@dataclass(frozen=True, slots=True)
class Preset:
    key: str
    name: str
    domains: tuple[str, ...] = ()
    imap: Endpoint | None = None
    smtp: Endpoint | None = None
    smtp_alternatives: tuple[Endpoint, ...] = ()  # when the first port is blocked
    server_saves_sent: bool = False  # the SMTP server files what it sends in Sent itself
    gmail_threads: bool = False  # X-GM-THRID gives the server's own conversation ids
    oauth: OAuthProvider | None = None
    oauth_required: bool = False  # passwords are (being) turned off: OAuth 2 is the way
    password_help: str = ""  # one sentence: which password works here
    note: str = ""  # shown in the account dialog

    @property
    def hosts(self) -> frozenset[str]:
        ends = (self.imap, self.smtp, *self.smtp_alternatives)
        return frozenset(e.host for e in ends if e is not None)


GOOGLE = OAuthProvider(
    name="Google",
    authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
    token_url="https://oauth2.googleapis.com/token",
    scopes=("https://mail.google.com/",),
    extra=(("access_type", "offline"), ("prompt", "consent")),
    refresh_scope=False,  # Google's refresh takes the grant's scopes as they are
)

MICROSOFT = OAuthProvider(
    name="Microsoft",
    authorize_url="https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    token_url="https://login.microsoftonline.com/common/oauth2/v2.0/token",
    scopes=(
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    ),
)

PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset(
            key="gmail",
            name="Gmail / Google Workspace",
            domains=("gmail.com", "googlemail.com"),
            imap=Endpoint("imap.gmail.com", 993, "tls"),
            smtp=Endpoint("smtp.gmail.com", 465, "tls"),
            smtp_alternatives=(Endpoint("smtp.gmail.com", 587, "starttls"),),
            server_saves_sent=True,
            gmail_threads=True,
            oauth=GOOGLE,
            password_help=(
                "Gmail takes an app password here, not your Google password: turn on 2-Step "
                "Verification and create one at https://myaccount.google.com/apppasswords, "
                "or sign in with Google instead"
            ),
            note="Sign in with Google, or use an app password. Gmail files sent mail itself.",
        ),
        Preset(
            key="microsoft",
            name="Microsoft 365 / Outlook.com",
            domains=(
                "outlook.com",
                "hotmail.com",
                "live.com",
                "msn.com",
                "outlook.de",
                "outlook.fr",
                "hotmail.co.uk",
                "hotmail.de",
                "hotmail.fr",
                "hotmail.it",
                "hotmail.es",
                "live.co.uk",
                "live.de",
                "live.fr",
                "live.ru",
            ),
            imap=Endpoint("outlook.office365.com", 993, "tls"),
            smtp=Endpoint("smtp.office365.com", 587, "starttls"),
            oauth=MICROSOFT,
            oauth_required=True,
            password_help=(
                "Microsoft 365 and Outlook.com no longer accept passwords for IMAP and turn off "
                "password sign-in for sending (SMTP) by the end of 2026: sign in with Microsoft "
                "(OAuth 2) instead"
            ),
            note=(
                "Sign in with Microsoft (OAuth 2): Microsoft turns off password sign-in for "
                "SMTP at the end of 2026, and IMAP takes no passwords already."
            ),
        ),
        Preset(
            key="yandex",
            name="Yandex Mail",
            domains=("yandex.ru", "yandex.kz", "yandex.com", "yandex.by", "yandex.ua", "ya.ru"),
            imap=Endpoint("imap.yandex.com", 993, "tls"),
            smtp=Endpoint("smtp.yandex.com", 465, "tls"),
            password_help=(
                "Yandex takes an app password for mail programs, not your Yandex ID password: "
                "create one in Yandex ID under Security, App passwords, and allow access by "
                "mail clients (IMAP) in Yandex Mail's settings"
            ),
            note="Use an app password, and allow IMAP access in Yandex Mail's settings.",
        ),
        Preset(
            key="mailru",
            name="Mail.ru",
            domains=("mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru"),
            imap=Endpoint("imap.mail.ru", 993, "tls"),
            smtp=Endpoint("smtp.mail.ru", 465, "tls"),
            password_help=(
                "Mail.ru takes a password for external applications, not your account "
                "password: create one in the account's Security settings, under Passwords "
                "for external applications"
            ),
            note="Use a password for external applications, made in Mail.ru's security settings.",
        ),
        Preset(
            key="fastmail",
            name="Fastmail",
            domains=("fastmail.com", "fastmail.fm"),
            imap=Endpoint("imap.fastmail.com", 993, "tls"),
            smtp=Endpoint("smtp.fastmail.com", 465, "tls"),
            password_help=(
                "Fastmail takes an app password here, not your login password: create one "
                "under Settings, Privacy & Security, App passwords (with IMAP and SMTP access)"
            ),
            note="Use an app password with IMAP and SMTP access.",
        ),
        Preset(key=CUSTOM, name="Other (enter the servers)"),
    )
}

_BY_DOMAIN = {domain: preset for preset in PRESETS.values() for domain in preset.domains}
_BY_HOST = {host: preset for preset in PRESETS.values() for host in preset.hosts}


def preset_for(address: str) -> Preset | None:
    """The provider of an address, from its domain; None when the domain says nothing
    (a company domain may still be Google Workspace or Microsoft 365: ask)."""
    domain = address.strip().rpartition("@")[2].strip().rstrip(".").lower()
    return _BY_DOMAIN.get(domain)


def preset_for_host(host: str) -> Preset | None:
    """The provider whose server this is (imap.gmail.com -> Gmail), for error hints."""
    return _BY_HOST.get(host.strip().rstrip(".").lower())


def get(key: str) -> Preset:
    """The preset by its key; KeyError when there is none."""
    return PRESETS[key]


def apply_preset(preset: Preset, config: Mapping[str, str]) -> dict[str, str]:
    """The account settings with the provider's servers, ports, security and quirks filled in.

    The agent's own settings (address, name, folders, password) stay. A pinned certificate
    fingerprint is dropped: the big providers' certificates are publicly trusted and change
    often, so a pin would only break the account. Where passwords no longer work (Microsoft),
    a password sign-in becomes OAuth 2 (XOAUTH2).
    """
    out = dict(config)
    out["preset"] = preset.key
    if preset.imap is None or preset.smtp is None:
        return out
    out.update(
        imap_host=preset.imap.host,
        imap_port=str(preset.imap.port),
        imap_security=preset.imap.security,
        smtp_host=preset.smtp.host,
        smtp_port=str(preset.smtp.port),
        smtp_security=preset.smtp.security,
        server_saves_sent="yes" if preset.server_saves_sent else "no",
    )
    for pin in ("fingerprint", "smtp_fingerprint"):
        out.pop(pin, None)
    if preset.oauth_required and out.get("auth", "password") in ("", "password"):
        out["auth"] = "xoauth2"
    return out


def contract_presets() -> tuple[ProviderPreset, ...]:
    """The presets as the account dialog reads them (``Connector.presets``): the settings each
    fills in, the domains it is recognised by, its note, which password works there and
    whom a browser sign-in goes to. "Other" comes first: it is the choice until an address's
    domain names a provider."""
    ordered = sorted(PRESETS.values(), key=lambda p: p.key != CUSTOM)
    return tuple(
        ProviderPreset(
            key=p.key,
            name=p.name,
            values=apply_preset(p, {}),
            domains=p.domains,
            note=p.note,
            secret_help=p.password_help + "." if p.password_help else "",
            sign_in=p.oauth.name if p.oauth else "",
        )
        for p in ordered
    )
