"""One pull's events, gathered from X's pages: bounded, deduplicated and in order."""

from __future__ import annotations

from dataclasses import dataclass

from omniinbox.domain import ContactInfo, Event, NewMessage, Reset

from .events import id_number


@dataclass(frozen=True, slots=True)
class PullLimits:
    """How much one pull may fetch: pages per stream and items per page (X allows 5-100
    for mentions and 1-100 for DM events)."""

    pages: int = 5
    page_size: int = 100


class Sink:
    """The events of one pull, deduplicated (X's pages may overlap) and put in order."""

    def __init__(self) -> None:
        self.messages: dict[str, NewMessage] = {}
        self.contacts: dict[str, ContactInfo] = {}
        self.reset: Reset | None = None

    def add(self, found: tuple[list[ContactInfo], list[NewMessage]]) -> None:
        infos, messages = found
        for info in infos:
            self.contacts[info.identity.value] = info
        for message in messages:
            self.messages.setdefault(message.remote_id, message)

    def events(self) -> list[Event]:
        def order(m: NewMessage) -> tuple[int, str]:
            return (id_number(m.remote_id.split(":", 1)[1]) or 0, m.remote_id)

        first: list[Event] = [self.reset] if self.reset is not None else []
        return [*first, *self.contacts.values(), *sorted(self.messages.values(), key=order)]


def newest(current: str, *ids: int | None) -> str:
    """The largest of an id string and some ids, as a string ("" if none)."""
    numbers = [n for n in (id_number(current), *ids) if n is not None]
    return str(max(numbers)) if numbers else ""
