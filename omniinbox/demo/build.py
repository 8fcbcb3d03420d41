"""Writing the demo plan into a store, through the store's own API, in one transaction.

Messages go in as the connectors would hand them over (``NewMessage`` events, our answers as
outbound messages found on the channel), so threading, contacts and search work exactly as
they do for real mail and chats. The first message of every conversation goes in first, in
time order across the three accounts, so ticket numbers grow with time as they would in a
real desk; the rest follow in one batch per account.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby

from omniinbox.demo.people import AGENTS, SIGNATURE
from omniinbox.demo.plan import Plan, make_plan
from omniinbox.domain import (
    Channel,
    Direction,
    Identity,
    IdentityKind,
    NewMessage,
    Priority,
    Status,
)
from omniinbox.store import Store
from omniinbox.workspace import Workspace

SUPPORT_EMAIL = "support@shop.example"
ACCOUNTS: dict[Channel, tuple[str, str, dict[str, str]]] = {
    Channel.EMAIL: (
        "Support email",
        "imap",
        {"host": "imap.example.kz", "username": SUPPORT_EMAIL},
    ),
    Channel.TELEGRAM: ("Telegram bot", "telegram", {"bot_username": "orbita_shop_bot"}),
    Channel.X: ("X @shop", "x", {"handle": "shop"}),
}
OUR_IDENTITY: dict[Channel, Identity] = {  # who our answers come from on each channel
    Channel.EMAIL: Identity.of(IdentityKind.EMAIL, SUPPORT_EMAIL, "Orbita Shop"),
    Channel.TELEGRAM: Identity.of(IdentityKind.TELEGRAM, "7012345678", "@orbita_shop_bot"),
    Channel.X: Identity.of(IdentityKind.X, "1580000000000000001", "@shop"),
}
ACTOR = "demo"


class WorkspaceNotEmpty(RuntimeError):
    """The demo is only written into an empty workspace, never mixed with real data."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    conversations: int
    customers: int
    messages: int  # customers' messages and our answers
    accounts: int
    agents: int
    notes: int = 0
    attachments: int = 0

    def describe(self) -> str:
        return (
            f"{self.conversations} conversations with {self.customers} customers "
            f"({self.messages} messages, {self.notes} internal notes, {self.attachments} "
            f"attachments) on {self.accounts} accounts, answered by {self.agents} agents"
        )


def ensure_empty(store: Store) -> None:
    conversations = store.count_conversations()
    if conversations:
        raise WorkspaceNotEmpty(
            f"This workspace already has {conversations} conversation"
            f"{'s' if conversations != 1 else ''}; the demo only goes "
            "into an empty workspace. Choose a new folder for it (for example with "
            "--workspace) so that real and sample data never mix."
        )
    accounts = store.accounts()
    if accounts:
        names = ", ".join(a.name for a in accounts)
        raise WorkspaceNotEmpty(
            f"This workspace already has accounts ({names}); the demo only goes into an "
            "empty workspace. Choose a new folder for it so that real and sample data never mix."
        )


def _remote_ids(plan: Plan) -> dict[tuple[int, int], str]:
    """A remote id for every message, unique per account and growing with time, the way the
    channels number them: email Message-IDs, Telegram message ids per chat, X DM event ids."""
    order = sorted(
        (
            (msg.at, c, m)
            for c, conv in enumerate(plan.conversations)
            for m, msg in enumerate(conv.messages)
        ),
    )
    per_chat: dict[str, int] = defaultdict(int)
    ids: dict[tuple[int, int], str] = {}
    for serial, (_, c, m) in enumerate(order, start=1):
        conv = plan.conversations[c]
        if conv.channel is Channel.EMAIL:
            ours = conv.messages[m].direction is Direction.OUT
            domain = SUPPORT_EMAIL.split("@")[1] if ours else conv.identity.value.split("@")[1]
            ids[c, m] = f"demo-{serial}@{domain}"
        elif conv.channel is Channel.TELEGRAM:
            chat = conv.identity.value  # a private chat's id is the user's id
            per_chat[chat] += 1
            ids[c, m] = f"tg-{chat}-{per_chat[chat]}"
        else:
            ids[c, m] = f"x-dm-{1_790_000_000_000_000_000 + serial * 7_919}"
    return ids


def _event(plan: Plan, c: int, m: int, ids: dict[tuple[int, int], str]) -> NewMessage:
    """Message m of conversation c as the channel's connector would report it."""
    conv = plan.conversations[c]
    msg = conv.messages[m]
    earlier = [ids[c, i] for i in range(m - 1, -1, -1)]  # most recent first
    replies_to = tuple(earlier) if conv.channel is Channel.EMAIL else tuple(earlier[:1])
    ours = msg.direction is Direction.OUT
    return NewMessage(
        remote_id=ids[c, m],
        sender=OUR_IDENTITY[conv.channel] if ours else conv.identity,
        sender_name=msg.author,
        sent_at=msg.at,
        text=msg.text,
        subject=msg.subject,
        direction=msg.direction,
        replies_to=replies_to,
        recipient=conv.identity if ours else None,
        attachments=msg.attachments,
        seen=msg.seen,
        language=conv.lang,
    )


def build_demo(store: Store, *, seed: int = 7, now: datetime | None = None) -> DemoSummary:
    """Fill an empty store with the sample support desk; the same seed gives the same desk."""
    ensure_empty(store)
    plan = make_plan(seed, now)
    ids = _remote_ids(plan)
    with store.tx():
        accounts = {
            ch: store.add_account(name, kind, {**config, "demo": "true"}, ch.value).id
            for ch, (name, kind, config) in ACCOUNTS.items()
        }
        agents = [
            store.add_agent(a.name, a.email, SIGNATURE.format(name=a.name)).id for a in AGENTS
        ]
        contacts = []
        for customer in plan.customers:
            contact_id = store.contact_for(customer.identities[0], customer.name)
            for identity in customer.identities[1:]:
                store.add_identity(contact_id, identity)
            contacts.append(contact_id)

        # First messages in time order across accounts: tickets grow with time.
        conversation_ids: list[int] = []
        message_ids: set[int] = set()
        indexed = list(enumerate(plan.conversations))
        for channel, run in groupby(indexed, key=lambda item: item[1].channel):
            batch = list(run)
            changes = store.ingest(
                accounts[channel], [_event(plan, c, 0, ids) for c, _ in batch], None
            )
            new = sorted(changes.new_conversations)
            if len(new) != len(batch):
                raise RuntimeError("demo: a first message did not start its own conversation")
            conversation_ids.extend(new)  # rowids grow in insertion order
            message_ids |= changes.messages
        # Everything after, one batch per account, oldest first so replies find their thread.
        for channel, account_id in accounts.items():
            later = sorted(
                (conv.messages[m].at, c, m)
                for c, conv in indexed
                if conv.channel is channel
                for m in range(1, len(conv.messages))
            )
            changes = store.ingest(account_id, [_event(plan, c, m, ids) for _, c, m in later], None)
            if changes.new_conversations:
                raise RuntimeError("demo: a reply did not find its conversation")
            message_ids |= changes.messages

        by_status: dict[Status, list[int]] = defaultdict(list)
        by_owner: dict[int, list[int]] = defaultdict(list)
        notes = 0
        vip: list[int] = []
        for cid, conv in zip(conversation_ids, plan.conversations, strict=True):
            by_status[conv.status].append(cid)
            if conv.owner is not None:
                by_owner[conv.owner].append(cid)
            if conv.tags:
                store.set_tags(cid, list(conv.tags))
            for agent, text in conv.notes:
                # between the customer's first message and the answer, where an agent writes it
                at = conv.messages[0].at + (conv.messages[1].at - conv.messages[0].at) / 2
                store.add_note(cid, text, agents[agent], at=at)
                notes += 1
            if "vip" in conv.tags:
                vip.append(cid)
        for status, cids in by_status.items():
            if status not in (Status.OPEN, Status.SNOOZED):
                store.set_status(cids, status, actor=ACTOR)
        for cid, conv in zip(conversation_ids, plan.conversations, strict=True):
            if conv.status is Status.SNOOZED:  # back three days after the last word
                store.snooze([cid], conv.messages[-1].at + timedelta(days=3), actor=ACTOR)
        for owner, cids in sorted(by_owner.items()):
            store.assign(cids, agents[owner], actor=ACTOR)
        store.set_priority(vip, Priority.HIGH, actor=ACTOR)

    return DemoSummary(
        conversations=len(conversation_ids),
        customers=len(set(contacts)),
        messages=len(message_ids),
        accounts=len(accounts),
        agents=len(agents),
        notes=notes,
        attachments=sum(
            len(msg.attachments) for conv in plan.conversations for msg in conv.messages
        ),
    )


def create_demo_workspace(
    workspace: Workspace, *, seed: int = 7, now: datetime | None = None
) -> DemoSummary:
    """Write the demo into this workspace folder, which must be new or empty."""
    store = workspace.open_store()
    try:
        return build_demo(store, seed=seed, now=now)
    finally:
        store.close()
