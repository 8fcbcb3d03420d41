"""What each cell of the conversation list shows: text, icon, colour and tooltip of a row."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from omniinbox.domain import Priority, Status, format_ticket
from omniinbox.domain.clock import from_iso
from omniinbox.store import ConversationRow
from omniinbox.ui.assets import channel_icon, icon
from omniinbox.ui.formatting import (
    channel_label,
    full_time,
    list_time,
    priority_label,
    sla_badge,
    status_label,
)
from omniinbox.ui.theme import colours


class Column(IntEnum):
    CHANNEL = 0
    CUSTOMER = 1
    SUBJECT = 2
    SLA = 3
    TIME = 4
    TICKET = 5
    STATUS = 6
    OWNER = 7


BOLD_WHEN_UNREAD = frozenset({Column.CUSTOMER, Column.SUBJECT})
FLAGGED = {Priority.URGENT: "red", Priority.HIGH: "amber"}


translate = QCoreApplication.translate  # lupdate finds these calls


@functools.lru_cache(maxsize=64)
def _shared(name: str) -> QColor:
    """One QColor per colour, shared by every row: a QColor per cell was 20,000 objects the
    garbage collector walked on each full collection while scrolling (frames of 40-80 ms).
    Callers never change it (Qt copies what the model returns)."""
    return QColor(name)


def status_colour(status: Status) -> QColor:
    c = colours()
    return _shared(
        {
            Status.OPEN: c.open,
            Status.PENDING: c.pending,
            Status.RESOLVED: c.resolved,
        }.get(status, c.grey)
    )


def sla(row: ConversationRow, now: datetime) -> tuple[str, str] | None:
    """The SLA badge (text, level) of a row whose clock runs, else None."""
    if not row.sla_due_at or row.status not in (Status.OPEN, Status.PENDING):
        return None
    return sla_badge(from_iso(row.sla_due_at), now, row.sla_state)


def decoration(row: ConversationRow, column: Column) -> Any:
    if column == Column.CHANNEL:
        return channel_icon(row.channel)
    if column == Column.SUBJECT and row.priority in FLAGGED:
        return icon("flag", getattr(colours(), FLAGGED[row.priority]))
    return None


def foreground(row: ConversationRow, column: Column) -> QColor | None:
    c = colours()
    if column == Column.STATUS:
        return status_colour(row.status)
    if column == Column.TIME and row.unread:
        return _shared(c.accent)
    if column in (Column.TIME, Column.TICKET, Column.OWNER):
        return _shared(c.muted)
    return None


def display(row: ConversationRow, column: Column, now: datetime) -> str:
    if column == Column.CHANNEL:
        return ""
    if column == Column.CUSTOMER:
        return row.contact_name or translate("ConversationListModel", "Unknown customer")
    if column == Column.SUBJECT:
        return row.subject or row.snippet or translate("ConversationListModel", "(no subject)")
    if column == Column.SLA:
        badge = sla(row, now)
        return badge[0] if badge else ""
    if column == Column.TIME:
        return list_time(row.last_message_at)
    if column == Column.TICKET:
        return format_ticket(row.ticket)
    if column == Column.STATUS:
        return status_label(row.status)
    return row.owner_name or "—"


def tooltip(row: ConversationRow, column: Column) -> str | None:
    if column == Column.CHANNEL:
        return channel_label(row.channel)
    if column == Column.SUBJECT:
        parts = [row.snippet] if row.snippet else []
        if row.priority in FLAGGED:
            parts.append(
                translate("ConversationListModel", "Priority: {0}").format(
                    priority_label(row.priority)
                )
            )
        if row.tags:
            parts.append(
                translate("ConversationListModel", "Tags: {0}").format(", ".join(row.tags))
            )
        return "\n".join(parts) or None
    if column == Column.TIME:
        if row.status is Status.SNOOZED and row.snoozed_until:
            return translate("ConversationListModel", "Snoozed until {0}").format(
                full_time(row.snoozed_until)
            )
        return full_time(row.last_message_at)
    if column == Column.SLA and row.sla_due_at:
        return translate("ConversationListModel", "Due {0}").format(full_time(row.sla_due_at))
    if column == Column.OWNER and not row.owner_name:
        return translate("ConversationListModel", "Unassigned")
    return None


@dataclass(frozen=True, slots=True)
class RowCells:
    """Everything a row shows, worked out once when the row is read (the list asks for
    it thousands of times a second while scrolling)."""

    row: ConversationRow
    texts: tuple[str, ...]
    foregrounds: tuple[QColor | None, ...]
    bold: bool
    sla: tuple[str, str] | None

    @classmethod
    def of(cls, row: ConversationRow, now: datetime) -> RowCells:
        columns = tuple(Column)
        return cls(
            row,
            tuple(display(row, c, now) for c in columns),
            tuple(foreground(row, c) for c in columns),
            row.unread,
            sla(row, now),
        )

    def decoration(self, column: int) -> Any:
        if column == Column.CHANNEL or column == Column.SUBJECT:
            return decoration(self.row, Column(column))
        return None
