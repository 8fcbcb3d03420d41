"""Ticket numbers as the customer sees them: `#1042`, and `[#1042]` in an email subject."""

from __future__ import annotations

import re

_TAG = re.compile(r"\[#(\d{1,12})\]")


def format_ticket(number: int) -> str:
    return f"#{number}"


def ticket_tag(number: int) -> str:
    """The tag we put in subjects so a reply finds its conversation again."""
    return f"[#{number}]"


def parse_ticket_tag(subject: str) -> int | None:
    """The ticket number tagged in a subject, or None. The last tag wins (forwards nest)."""
    found = _TAG.findall(subject or "")
    return int(found[-1]) if found else None


def tag_subject(subject: str, number: int) -> str:
    """The subject with our tag once, at the end, whatever tags it carried before."""
    tag = ticket_tag(number)
    if tag in subject:
        return subject
    return f"{subject.rstrip()} {tag}".strip()
