"""What each view of the left column lists: its ids in order, its count, and whether a row
belongs to it (so a change-set can tell when the list must be read again).

Most views are one ``ConversationFilter`` (Others' and the categories too: ``assigned`` /
``exclude_owner`` and ``category``). SLA due soon reads the SLA order until the first row
due later; a saved search lists the conversations of its newest matches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from omniinbox.domain import Status
from omniinbox.domain.clock import from_iso, to_iso, utcnow
from omniinbox.store import ConversationFilter, ConversationRow, Store

SLA_SOON = timedelta(hours=1)
ACTIVE = (Status.OPEN, Status.PENDING)
SEARCH_VIEW_LIMIT = 5_000


class Kind(IntEnum):
    FILTER = 0  # exactly a ConversationFilter
    OTHERS = 1  # assigned, to someone else
    SLA_SOON = 2  # open, SLA due within the hour (or overdue)
    CATEGORY = 3  # filed under a category (or below it)
    SEARCH = 4  # a saved search


class Section(IntEnum):
    DESK = 0
    CHANNELS = 1
    ACCOUNTS = 2
    CATEGORIES = 3
    TAGS = 4
    SEARCHES = 5


@dataclass(frozen=True, slots=True)
class View:
    key: str
    label: str
    filter: ConversationFilter = field(default_factory=ConversationFilter)
    icon: str = ""
    kind: Kind = Kind.FILTER
    section: Section = Section.DESK
    value: str = ""  # the category key or the saved query
    agent_id: int | None = None  # whose "Others'" this is


def matches(flt: ConversationFilter, row: ConversationRow) -> bool:
    """Whether the row belongs in a view with this filter (mirrors ConversationFilter.where)."""
    return (
        (not flt.statuses or row.status in flt.statuses)
        and (flt.owner_id is None or row.owner_id == flt.owner_id)
        and (not flt.unassigned or row.owner_id is None)
        and (flt.account_id is None or row.account_id == flt.account_id)
        and (not flt.channel or row.channel == flt.channel)
        and (flt.contact_id is None or row.contact_id == flt.contact_id)
        and (not flt.tag or flt.tag in row.tags)
        and (not flt.unread or row.unread)
        and (not flt.assigned or row.owner_id is not None)
        and (flt.exclude_owner is None or row.owner_id != flt.exclude_owner)
        and (not flt.category or _in_category(flt.category, row))
        and (
            not flt.sla_due_before
            or (row.sla_due_at is not None and row.sla_due_at <= flt.sla_due_before)
        )
    )


def _in_category(key: str, row: ConversationRow) -> bool:
    return row.category == key or row.category.startswith(key + ".")


def sla_soon(row: ConversationRow, now: datetime | None = None) -> bool:
    if not row.sla_due_at or row.status not in ACTIVE:
        return False
    return from_iso(row.sla_due_at) <= (now or utcnow()) + SLA_SOON


def belongs(view: View, row: ConversationRow) -> bool | None:
    """Whether the row is in the view; None when only the store can tell (saved searches)."""
    if view.kind is Kind.SEARCH:
        return None
    if not matches(view.filter, row):
        return False
    if view.kind is Kind.SLA_SOON:
        return sla_soon(row)
    return True


def _sla_filter(flt: ConversationFilter) -> ConversationFilter:
    """The view's filter with "due within the hour (or overdue)" as of now."""
    return replace(flt, sla_due_before=to_iso(utcnow() + SLA_SOON))


def view_ids(store: Store, view: View, order: str = "last", limit: int | None = None) -> list[int]:
    """The view's conversation ids in list order (with ``limit``: at most that many, the
    first screenful; views that are short anyway may return them all)."""
    if view.kind is Kind.SLA_SOON:  # due soonest first, whatever the list's order
        return store.conversation_ids(_sla_filter(view.filter), "sla", limit)
    if view.kind is Kind.SEARCH:
        hits = store.search(view.value, limit=limit or SEARCH_VIEW_LIMIT, order="recent")
        return [hit.conversation_id for hit in hits]
    return store.conversation_ids(view.filter, order, limit)


def view_count(store: Store, view: View) -> int:
    if view.kind is Kind.SEARCH:
        return len(view_ids(store, view))
    if view.kind is Kind.SLA_SOON:
        return store.count_conversations(_sla_filter(view.filter))
    return store.count_conversations(view.filter)


def desk_views(agent_id: int | None, tr: Callable[[str], str]) -> list[View]:
    """The fixed views at the top of the left column (``tr`` is no longer used: the names
    are translated here, in the "ViewList" context, so lupdate files them there)."""
    nobody = -1  # an owner id nobody has: "Mine" before the agent is known
    me = agent_id if agent_id is not None else nobody
    return [
        View(
            "inbox",
            QCoreApplication.translate("ViewList", "Inbox"),
            ConversationFilter((Status.OPEN,), unassigned=True),
            "inbox",
        ),
        View(
            "mine",
            QCoreApplication.translate("ViewList", "Mine"),
            ConversationFilter(ACTIVE, owner_id=me),
            "mine",
        ),
        View(
            "others",
            QCoreApplication.translate("ViewList", "Others’"),
            ConversationFilter(ACTIVE, assigned=True, exclude_owner=me),
            "others",
            Kind.OTHERS,
            agent_id=me,
        ),
        View(
            "sla",
            QCoreApplication.translate("ViewList", "SLA due soon"),
            ConversationFilter(ACTIVE),
            "sla",
            Kind.SLA_SOON,
        ),
        View(
            "pending",
            QCoreApplication.translate("ViewList", "Pending"),
            ConversationFilter((Status.PENDING,)),
            "pending",
        ),
        View(
            "snoozed",
            QCoreApplication.translate("ViewList", "Snoozed"),
            ConversationFilter((Status.SNOOZED,)),
            "snoozed",
        ),
        View(
            "resolved",
            QCoreApplication.translate("ViewList", "Resolved"),
            ConversationFilter((Status.RESOLVED, Status.CLOSED)),
            "resolved",
        ),
        View(
            "all",
            QCoreApplication.translate("ViewList", "All conversations"),
            ConversationFilter(),
            "all",
        ),
    ]


def channel_view(channel: str, label: str) -> View:
    return View(
        f"channel:{channel}", label, ConversationFilter(channel=channel), section=Section.CHANNELS
    )


def account_view(account_id: int, name: str) -> View:
    return View(
        f"account:{account_id}",
        name,
        ConversationFilter(account_id=account_id),
        "account",
        section=Section.ACCOUNTS,
    )


def category_view(key: str, label: str) -> View:
    return View(
        f"category:{key}",
        label,
        ConversationFilter(category=key),
        "category",
        Kind.CATEGORY,
        Section.CATEGORIES,
        key,
    )


def tag_view(tag: str) -> View:
    return View(f"tag:{tag}", tag, ConversationFilter(tag=tag), "tag", section=Section.TAGS)


def search_view(search_id: int, name: str, query: str) -> View:
    return View(
        f"search:{search_id}",
        name,
        ConversationFilter(),
        "saved",
        Kind.SEARCH,
        Section.SEARCHES,
        query,
    )


@dataclass(frozen=True, slots=True)
class Facets:
    """Tags and categories in use, with counts (every conversation counted)."""

    tags: dict[str, int]
    categories: dict[str, int]  # by top-level category key
    complete: bool = True


def facets(store: Store) -> Facets:
    """Tags and categories in use, counted by the store through its partial indexes."""
    return Facets(store.tag_counts(), store.category_counts())
