"""THE connector contract: what a channel plug-in is, and how the app finds them.

A connector is one class registered under the entry-point group ``omniinbox.connectors``.
The engine instantiates it with the account's non-secret config and a secrets handle and
calls it from a worker thread only. Connectors know nothing of Qt or SQLite.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, ClassVar, Protocol

from omniinbox.domain import Channel, Event, Identity

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "omniinbox.connectors"


# --- errors, classified where they arise ------------------------------------------------------


class ConnectorError(Exception):
    """An error with a sentence an agent can act on ("wrong password for support@shop.kz")."""


class TransientError(ConnectorError):
    """Try again later with backoff (network down, server busy, rate limited)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(ConnectorError):
    """This item failed for good; the rest go on."""


class AuthError(ConnectorError):
    """Credentials are wrong or expired: stop the account and ask the agent."""


class Uncertain(ConnectorError):
    """A send may or may not have gone through; the agent decides, we never send twice."""


# --- what a connector declares ---------------------------------------------------------------


class Capability(StrEnum):
    RECEIVE = "receive"
    SEND = "send"
    ATTACHMENTS = "attachments"
    READ_STATE = "read-state"
    TAGS = "tags"
    PUSH_WAIT = "push-wait"
    # send() with the same Outbound.key twice delivers once (e.g. email: Message-ID looked up in
    # Sent first), so an interrupted send may simply be retried.
    IDEMPOTENT_SEND = "idempotent-send"


class FieldType(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class ConfigField:
    """One account setting. Secret fields go to the keyring and are masked everywhere."""

    key: str
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = True
    secret: bool = False
    default: str = ""
    help: str = ""
    pattern: str = ""  # a regex the value must match in full
    choices: tuple[str, ...] = ()
    advanced: bool = False  # shown folded under "Advanced settings" in the account dialog

    def validate(self, value: str) -> str:
        """The value cleaned, or ValueError with a sentence naming the field."""
        value = value.strip() if not self.secret else value
        if not value:
            if self.required and not self.default:
                raise ValueError(f"{self.label} is required")
            return self.default
        if self.type is FieldType.INT:
            try:
                int(value)
            except ValueError:
                raise ValueError(f"{self.label} must be a whole number, not {value!r}") from None
        if self.type is FieldType.BOOL and value.lower() not in {
            "true",
            "false",
            "1",
            "0",
            "yes",
            "no",
        }:
            raise ValueError(f"{self.label} must be yes or no, not {value!r}")
        if self.type is FieldType.CHOICE and value not in self.choices:
            raise ValueError(f"{self.label} must be one of {', '.join(self.choices)}")
        if self.pattern and not re.fullmatch(self.pattern, value):
            shown = "the value" if self.secret else repr(value)
            raise ValueError(f"{self.label}: {shown} does not look right")
        if any(ch in value for ch in "\r\n"):
            raise ValueError(f"{self.label} must be one line")
        return value


class ConfigSchema(tuple[ConfigField, ...]):
    """The ordered fields of a connector's account settings."""

    def field(self, key: str) -> ConfigField:
        for f in self:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def secret_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self if f.secret)

    def validate(self, values: Mapping[str, str]) -> dict[str, str]:
        """Non-secret and secret values checked together; unknown keys are an error."""
        unknown = set(values) - {f.key for f in self}
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return {f.key: f.validate(values.get(f.key, "")) for f in self}


@dataclass(frozen=True, slots=True)
class ProviderPreset:
    """A provider's settings filled in for the agent (Gmail: servers, ports, security), so
    they type an address and sign in instead of six server settings.

    ``values`` are schema keys and their values (a ``preset`` field, where the schema has
    one, gets ``key``); ``domains`` pick the preset from an address typed; ``note`` and
    ``secret_help`` (which password works there) are shown under the choice; ``sign_in``
    names the provider of a browser sign-in ("Google"), "" when there is none.
    """

    key: str
    name: str
    values: Mapping[str, str] = field(default_factory=dict)
    domains: tuple[str, ...] = ()
    note: str = ""
    secret_help: str = ""
    sign_in: str = ""


# --- what crosses the boundary ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Batch:
    """A bounded batch of events and the cursor to resume after them.

    ``more`` says the connector has more right away (initial sync); ``total`` and ``done``
    feed the progress bar when the connector knows them.
    """

    events: Sequence[Event]
    cursor: str
    more: bool = False
    done: int | None = None
    total: int | None = None


@dataclass(frozen=True, slots=True)
class OutboundAttachment:
    name: str
    mime: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Outbound:
    """One message to deliver. ``key`` is the idempotency key (email: the Message-ID)."""

    key: str
    to: Identity
    text: str
    subject: str = ""
    html: str = ""
    from_name: str = ""  # the agent's real name
    thread_key: str = ""
    in_reply_to: tuple[str, ...] = ()  # remote ids of the messages answered
    attachments: tuple[OutboundAttachment, ...] = ()
    ticket: int | None = None
    # Written by the desk, not typed by a person (ack, csat, rule, bulk): channels that can say
    # so mark it (email: Auto-Submitted), so other responders never answer it.
    automatic: str = ""
    choices: tuple[str, ...] = ()  # quick answers a channel may offer as buttons (CSAT 1-5)


@dataclass(frozen=True, slots=True)
class Receipt:
    remote_id: str
    sent_at: str = ""  # ISO 8601 as the channel reported it, if it did


class OpKind(StrEnum):
    SEEN = "seen"
    UNSEEN = "unseen"
    ANSWERED = "answered"
    ARCHIVED = "archived"
    TAG_ADD = "tag-add"
    TAG_REMOVE = "tag-remove"


@dataclass(frozen=True, slots=True)
class StateOp:
    kind: OpKind
    remote_id: str
    value: str = ""


class AccountState(Enum):
    """The fixed vocabulary the status bar and the account list speak."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    SYNCING = "syncing"
    OFFLINE = "offline"
    BAD_CREDENTIALS = "bad credentials"
    ERROR = "error"
    DISABLED = "disabled"


class SecretsHandle(Protocol):
    """What a connector may do with its account's secrets: read and update (token refresh)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


# --- the connector --------------------------------------------------------------------------


class Connector:
    """Base class of every connector. Subclass it once; override what the channel can do."""

    kind: ClassVar[str] = ""
    display_name: ClassVar[str] = ""
    channel: ClassVar[Channel] = Channel.OTHER
    schema: ClassVar[ConfigSchema] = ConfigSchema()
    capabilities: ClassVar[frozenset[Capability]] = frozenset()
    notes: ClassVar[str] = ""  # shown in the account dialog: what works, what costs money
    presets: ClassVar[tuple[ProviderPreset, ...]] = ()  # provider choices; the dialog's order

    def __init__(self, config: Mapping[str, str], secrets: SecretsHandle) -> None:
        self.config = dict(config)
        self.secrets = secrets

    def __repr__(self) -> str:  # never the secrets
        shown = {k: v for k, v in self.config.items() if k not in self.schema.secret_keys}
        return f"<{type(self).__name__} {shown}>"

    def check(self) -> None:
        """Validate credentials and reachability; raise ConnectorError if not."""

    def pull(self, cursor: str) -> Batch:
        raise NotImplementedError

    def wait(self, cursor: str, timeout: float) -> bool:
        """Block until something new may be there (push) or timeout; False if not supported."""
        return False

    def send(self, outbound: Outbound) -> Receipt:
        raise PermanentError(f"{self.display_name or self.kind} cannot send messages")

    def apply(self, op: StateOp) -> None:
        """Push a state change to the channel; the default ignores it."""

    def close(self) -> None:
        """Release connections; called when the account stops."""

    def download(self, remote_ref: str) -> bytes:
        """The content of a file synced without it (``Attachment.remote_ref``); called from
        the account's file thread. TransientError when offline, PermanentError when gone."""
        raise PermanentError(f"{self.display_name or self.kind} cannot download files")

    @classmethod
    def sign_in_provider(cls, config: Mapping[str, str]) -> str | None:
        """Whether these settings (non-secret, as typed so far) offer a browser sign-in:
        None for no, "" for one with an unnamed service, else the provider ("Google")."""
        return None

    def sign_in(
        self, open_browser: Callable[[str], object], timeout: float = 300.0
    ) -> dict[str, str]:
        """Sign in in the system browser (OAuth with a loopback redirect), blocking up to
        ``timeout`` seconds off the GUI thread; ``open_browser(url)`` opens the page. The
        tokens go to the secrets handle; returns settings the sign-in changes ({"auth":
        "xoauth2"}). AuthError when refused or cancelled."""
        raise ConnectorError(f"{self.display_name or self.kind} has no browser sign-in")


# --- discovery ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConnectorInfo:
    """A registered connector, or one that could not load and why."""

    kind: str
    cls: type[Connector] | None
    origin: str
    problem: str = ""

    @property
    def available(self) -> bool:
        return self.cls is not None


class Registry:
    """The connectors by kind. Found through their entry points at once, but each one is
    imported only when first asked for (``get``) or when the whole list is read
    (``connectors``, ``available``): importing a channel's libraries costs a window's start
    a fraction of a second, and most starts only need the kinds of the accounts that run."""

    __slots__ = ("_extra", "_loaded", "_lock", "_pending", "_scanned")

    def __init__(self, connectors: dict[str, ConnectorInfo] | None = None) -> None:
        self._loaded: dict[str, ConnectorInfo] = connectors if connectors is not None else {}
        self._pending: dict[str, EntryPoint] = {}
        self._extra: dict[str, ConnectorInfo] = {}
        self._scanned = True  # discover() leaves the entry points to be read on first use
        self._lock = threading.RLock()  # the engine's workers and the window ask at once

    def _scan(self) -> None:
        """Read the entry points (tens of milliseconds: every installed distribution's
        metadata) the first time anything is asked; ``discover``'s extras win over them."""
        if self._scanned:
            return
        with self._lock:
            if self._scanned:
                return
            from importlib.metadata import entry_points

            for ep in entry_points(group=ENTRY_POINT_GROUP):
                if ep.name not in self._extra:
                    self._pending.setdefault(ep.name, ep)
            self._loaded.update(self._extra)
            self._scanned = True

    def __repr__(self) -> str:
        return f"Registry(kinds={sorted(self.kinds())!r})"

    @property
    def connectors(self) -> dict[str, ConnectorInfo]:
        """Every connector, loaded (or explained)."""
        self._scan()
        with self._lock:
            for kind in list(self._pending):
                self._resolve(kind)
        return self._loaded

    def kinds(self) -> list[str]:
        """The registered kinds, without importing any connector."""
        self._scan()
        with self._lock:
            return [*self._loaded, *(k for k in self._pending if k not in self._loaded)]

    def _resolve(self, kind: str) -> None:
        with self._lock:
            ep = self._pending.get(kind)
            if ep is not None:
                self._loaded.setdefault(kind, _load(ep))
                del self._pending[kind]

    def get(self, kind: str) -> type[Connector]:
        self._scan()
        self._resolve(kind)
        info = self._loaded.get(kind)
        if info is None:
            known = ", ".join(sorted(self.kinds())) or "none"
            raise ConnectorError(f"no connector of kind {kind!r} is installed (known: {known})")
        if info.cls is None:
            raise ConnectorError(f"the {kind} connector is unavailable: {info.problem}")
        return info.cls

    def available(self) -> list[ConnectorInfo]:
        return [i for i in self.connectors.values() if i.available]


def _load(ep: EntryPoint) -> ConnectorInfo:
    origin = ep.value
    try:
        cls = ep.load()
    except ModuleNotFoundError as exc:
        return ConnectorInfo(ep.name, None, origin, f"needs the Python package {exc.name!r}")
    except Exception as exc:  # a broken plug-in must never stop the app
        log.warning("connector %s (%s) failed to load", ep.name, origin, exc_info=True)
        return ConnectorInfo(ep.name, None, origin, f"failed to load: {exc}")
    if not (isinstance(cls, type) and issubclass(cls, Connector)):
        return ConnectorInfo(ep.name, None, origin, "is not a Connector subclass")
    if cls.kind != ep.name:
        return ConnectorInfo(
            ep.name, None, origin, f"declares kind {cls.kind!r} but is registered as {ep.name!r}"
        )
    return ConnectorInfo(ep.name, cls, origin)


def discover(extra: Mapping[str, type[Connector]] | None = None) -> Registry:
    """Every connector registered under the entry-point group, loaded (or explained) on
    first use; ``extra`` adds or replaces kinds (tests, embedding)."""
    registry = Registry()
    registry._scanned = False  # the entry points are read, and each imported, on first use
    for kind, cls in (extra or {}).items():
        registry._extra[kind] = ConnectorInfo(kind, cls, f"{cls.__module__}:{cls.__name__}")
    return registry
