"""Pure domain values: entities, statuses, ticket numbers. No Qt, no SQL, no I/O."""

from omniinbox.domain.entities import (
    Account,
    Agent,
    Attachment,
    Channel,
    Contact,
    Conversation,
    Direction,
    Identity,
    IdentityKind,
    Message,
    Priority,
    Status,
)
from omniinbox.domain.events import (
    ContactInfo,
    Event,
    IncomingAttachment,
    MessageChanged,
    NewMessage,
    Reset,
)
from omniinbox.domain.tickets import format_ticket, parse_ticket_tag, ticket_tag

__all__ = [
    "Account",
    "Agent",
    "Attachment",
    "Channel",
    "Contact",
    "ContactInfo",
    "Conversation",
    "Direction",
    "Event",
    "Identity",
    "IdentityKind",
    "IncomingAttachment",
    "Message",
    "MessageChanged",
    "NewMessage",
    "Priority",
    "Reset",
    "Status",
    "format_ticket",
    "parse_ticket_tag",
    "ticket_tag",
]
