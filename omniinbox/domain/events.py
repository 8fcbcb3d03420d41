"""Normalised events a connector hands the engine. Every channel speaks these four."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from omniinbox.domain.entities import Direction, Identity


@dataclass(frozen=True, slots=True)
class IncomingAttachment:
    name: str
    mime: str
    size: int
    content: bytes | None = None  # None: not downloaded yet (fetched lazily by remote_ref)
    remote_ref: str = ""


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message seen on the channel. remote_id is unique within its account."""

    remote_id: str
    sender: Identity
    sender_name: str
    sent_at: datetime
    text: str = ""
    subject: str = ""
    html: str = ""
    direction: Direction = Direction.IN
    # Threading hints, strongest first: a channel thread id (chat id, DM conversation id,
    # X-GM-THRID), then the remote ids this message answers (In-Reply-To / References).
    thread_key: str = ""
    replies_to: tuple[str, ...] = ()
    recipient: Identity | None = None  # for our own outbound messages found on the channel
    attachments: tuple[IncomingAttachment, ...] = ()
    seen: bool = False
    raw: bytes | None = None  # the original bytes, kept so a parser fix can re-derive later
    note: str = ""  # what went wrong while parsing, shown to the agent
    language: str = ""
    # Why this message was written by a machine (auto-reply, bounce, mailing list, bot), or ""
    # when a person wrote it: machines are never acknowledged or answered by rules.
    automatic: str = ""


@dataclass(frozen=True, slots=True)
class MessageChanged:
    """State changed on the channel: read, answered, edited, deleted by the customer."""

    remote_id: str
    seen: bool | None = None
    answered: bool | None = None
    text: str | None = None  # new text after an edit
    deleted: bool = False
    changed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactInfo:
    """Display data learnt about an identity (a name, a handle)."""

    identity: Identity
    name: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reset:
    """The connector lost its place (e.g. UIDVALIDITY changed): what follows may repeat
    messages already stored; the engine dedups them rather than duplicating."""

    reason: str


Event = NewMessage | MessageChanged | ContactInfo | Reset
