"""The entities of a support desk, as frozen dataclasses over fixed vocabularies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    """Where a conversation is in its life."""

    OPEN = "open"
    PENDING = "pending"  # waiting for the customer
    SNOOZED = "snoozed"  # hidden until snoozed_until, then open again
    RESOLVED = "resolved"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Direction(StrEnum):
    IN = "in"  # from the customer
    OUT = "out"  # from an agent to the customer
    NOTE = "note"  # internal, never leaves the desk


class Channel(StrEnum):
    """The family of a connector kind; one icon and one identity kind each."""

    EMAIL = "email"
    TELEGRAM = "telegram"
    X = "x"
    OTHER = "other"


class IdentityKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    TELEGRAM = "telegram"
    X = "x"
    OTHER = "other"


def normalise_phone(value: str, region: str = "") -> str:
    """E.164 (+77011234567) via phonenumbers; national numbers need the desk's ``region``
    (e.g. "KZ"). What cannot be parsed keeps its digits behind a plus."""
    import phonenumbers  # imported here: a pure parser, but a heavy import for the domain

    try:
        number = phonenumbers.parse(value, region.upper() or None)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "+" + "".join(ch for ch in value if ch.isdigit())


def normalise_identity(kind: IdentityKind, value: str) -> str:
    """The canonical form stored and matched: emails lower-cased, phones in E.164."""
    value = value.strip()
    if kind is IdentityKind.EMAIL:
        return value.lower()
    if kind is IdentityKind.PHONE:
        return normalise_phone(value)
    if kind is IdentityKind.X or kind is IdentityKind.TELEGRAM:
        return value.lstrip("@")
    return value


@dataclass(frozen=True, slots=True)
class Identity:
    kind: IdentityKind
    value: str
    display: str = ""  # e.g. @handle or a display name; the value is the stable id
    contact_id: int | None = None

    @classmethod
    def of(cls, kind: IdentityKind, value: str, display: str = "") -> Identity:
        return cls(kind, normalise_identity(kind, value), display)


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    name: str
    identities: tuple[Identity, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Agent:
    id: int
    name: str  # the real human name signed on every answer
    email: str = ""
    signature: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class Account:
    """A connected channel account. Config holds no secrets; those live in the keyring."""

    id: int
    name: str
    kind: str
    config: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    channel: Channel = Channel.OTHER


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    message_id: int
    name: str
    mime: str
    size: int
    sha256: str | None  # None while the content is not downloaded yet


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    conversation_id: int
    direction: Direction
    author: str
    sent_at: datetime
    subject: str = ""
    text: str = ""
    html: str = ""
    delivery: str = ""  # "", queued, sent, failed, uncertain
    account_id: int | None = None
    remote_id: str | None = None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    ticket: int
    account_id: int | None
    contact_id: int | None
    subject: str
    status: Status = Status.OPEN
    owner_id: int | None = None
    priority: Priority = Priority.NORMAL
    category: str = ""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    last_message_at: datetime | None = None
    unread: bool = False
    channel: Channel = Channel.OTHER
