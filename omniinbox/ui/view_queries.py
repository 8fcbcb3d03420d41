"""What each view of the left column lists: its ids in order, its count, and whether a row
belongs to it (so a change-set can tell when the list must be read again).

Most views are one ``ConversationFilter``. A few need more than the store's filter can say
yet (Others', SLA due soon, a category, a saved search); they are built here from queries the
store has, and each is marked where a store method would replace it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum

from omniinbox.domain import Status
from omniinbox.domain.clock import from_iso, utcnow
from omniinbox.store import ConversationFilter, ConversationRow, Store

SLA_SOON = timedelta(hours=1)
ACTIVE = (Status.OPEN, Status.PENDING)
SCAN_PAGE = 2_000
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
    if view.kind is Kind.OTHERS:
        return row.owner_id is not None and row.owner_id != view.agent_id
    if view.kind is Kind.SLA_SOON:
        return sla_soon(row)
    if view.kind is Kind.CATEGORY:
        return _in_category(view.value, row)
    return True


def _scan(
    store: Store, flt: ConversationFilter, order: str, keep: Callable[[ConversationRow], bool]
) -> list[int]:
    """Ids of the rows of ``flt`` that ``keep`` accepts, in order. A full read: used only
    where the store cannot filter yet (a store filter replaces it)."""
    out: list[int] = []
    offset = 0
    while True:
        rows = store.conversations(flt, order=order, offset=offset, limit=SCAN_PAGE)
        out.extend(r.id for r in rows if keep(r))
        if len(rows) < SCAN_PAGE:
            return out
        offset += SCAN_PAGE


def _sla_ids(store: Store, flt: ConversationFilter) -> list[int]:
    """Due soonest first; stops at the first row due later than the hour (or with no SLA)."""
    now = utcnow()
    ids = store.conversation_ids(flt, "sla")
    out: list[int] = []
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        rows = store.conversation_rows(chunk)
        for cid in chunk:
            row = rows.get(cid)
            if row is None:
                continue
            if not sla_soon(row, now):
                return out
            out.append(cid)
    return out


def view_ids(store: Store, view: View, order: str = "last") -> list[int]:
    """The view's conversation ids in list order."""
    if view.kind is Kind.OTHERS:
        everyone = store.conversation_ids(view.filter, order)
        leave = set(
            store.conversation_ids(ConversationFilter(view.filter.statuses, unassigned=True))
        )
        if view.agent_id is not None:
            leave |= set(
                store.conversation_ids(
                    ConversationFilter(view.filter.statuses, owner_id=view.agent_id)
                )
            )
        return [cid for cid in everyone if cid not in leave]
    if view.kind is Kind.SLA_SOON:
        return _sla_ids(store, view.filter)
    if view.kind is Kind.CATEGORY:
        return _scan(store, view.filter, order, lambda r: _in_category(view.value, r))
    if view.kind is Kind.SEARCH:
        return [hit.conversation_id for hit in store.search(view.value, limit=SEARCH_VIEW_LIMIT)]
    return store.conversation_ids(view.filter, order)


def view_count(store: Store, view: View) -> int:
    if view.kind is Kind.OTHERS:
        statuses = view.filter.statuses
        total = store.count_conversations(ConversationFilter(statuses))
        total -= store.count_conversations(ConversationFilter(statuses, unassigned=True))
        if view.agent_id is not None:
            total -= store.count_conversations(ConversationFilter(statuses, owner_id=view.agent_id))
        return total
    if view.kind is Kind.FILTER:
        return store.count_conversations(view.filter)
    return len(view_ids(store, view))


def desk_views(agent_id: int | None, tr: Callable[[str], str]) -> list[View]:
    """The fixed views at the top of the left column."""
    nobody = -1  # an owner id nobody has: "Mine" before the agent is known
    me = agent_id if agent_id is not None else nobody
    return [
        View("inbox", tr("Inbox"), ConversationFilter((Status.OPEN,), unassigned=True), "inbox"),
        View("mine", tr("Mine"), ConversationFilter(ACTIVE, owner_id=me), "mine"),
        View(
            "others", tr("Others’"), ConversationFilter(ACTIVE), "others", Kind.OTHERS, agent_id=me
        ),
        View("sla", tr("SLA due soon"), ConversationFilter(ACTIVE), "sla", Kind.SLA_SOON),
        View("pending", tr("Pending"), ConversationFilter((Status.PENDING,)), "pending"),
        View("snoozed", tr("Snoozed"), ConversationFilter((Status.SNOOZED,)), "snoozed"),
        View(
            "resolved",
            tr("Resolved"),
            ConversationFilter((Status.RESOLVED, Status.CLOSED)),
            "resolved",
        ),
        View("all", tr("All conversations"), ConversationFilter(), "all"),
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
        ConversationFilter(),
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


FACET_CAP = 5_000  # rows read to learn tags and categories, until the store counts them


@dataclass(frozen=True, slots=True)
class Facets:
    """Tags and categories in use, with counts; ``complete`` when every row was read."""

    tags: dict[str, int]
    categories: dict[str, int]  # by top-level category key
    complete: bool


def facets(store: Store, cap: int = FACET_CAP) -> Facets:
    """Tags and categories of the newest ``cap`` conversations (all of a small desk).
    Store methods ``tag_counts()`` and ``category_counts()`` would replace this read."""
    rows = store.conversations(ConversationFilter(), limit=cap + 1)
    complete = len(rows) <= cap
    tags: dict[str, int] = {}
    categories: dict[str, int] = {}
    for row in rows[:cap]:
        for tag in row.tags:
            tags[tag] = tags.get(tag, 0) + 1
        if row.category:
            root = row.category.split(".")[0]
            categories[root] = categories.get(root, 0) + 1
    return Facets(tags, categories, complete)
