"""A big support desk for the GUI benchmark, written through the store's own ingest.

    .venv/bin/python benchmarks/ui/generate.py DIR --messages 1000000 --conversations 300000

Customers write on email, Telegram and X in six languages; every conversation has its own
thread, so N messages land in exactly M conversations. Afterwards most conversations are
resolved, some assigned, pending or snoozed, and some tagged, as on a real desk. The same
seed gives the same desk. Only the store's public methods are used.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from omniinbox.domain import Direction, Identity, IdentityKind, NewMessage, Status
from omniinbox.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from store_scale import WORDS

BATCH = 20_000
START = datetime(2024, 6, 1, tzinfo=UTC)
CHANNELS = (
    ("Support email", "imap", "email", IdentityKind.EMAIL),
    ("Telegram bot", "telegram", "telegram", IdentityKind.TELEGRAM),
    ("X @shop", "x", "x", IdentityKind.X),
)
FIRST = ["Aigerim", "Nurlan", "Olena", "Giorgi", "Dilnoza", "Timur", "Nino", "Sophie", "Ivan"]
LAST = ["Seitkali", "Abenov", "Koval", "Beridze", "Toshmatova", "Rakhimov", "Kapanadze", "Smith"]


def _identity(kind: IdentityKind, customer: int) -> Identity:
    if kind is IdentityKind.EMAIL:
        return Identity.of(kind, f"c{customer}@mail.example")
    return Identity.of(kind, str(5_000_000 + customer), f"@user{customer}")


def _text(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


def generate(
    workspace: Workspace, messages: int, conversations: int, seed: int = 1
) -> dict[str, float]:
    rng = random.Random(seed)
    store = workspace.open_store()
    started = time.perf_counter()
    accounts = [
        store.add_account(name, kind, {"demo": "true"}, channel).id
        for name, kind, channel, _ in CHANNELS
    ]
    agents = [store.add_agent(f"{rng.choice(FIRST)} {rng.choice(LAST)}").id for _ in range(8)]
    customers = max(1, conversations // 3)
    span = timedelta(days=540)
    # Message counts per conversation: at least one each, the rest spread at random.
    per = [1] * conversations
    for _ in range(messages - conversations):
        per[rng.randrange(conversations)] += 1
    starts = sorted(rng.random() for _ in range(conversations))
    pending: dict[int, list[NewMessage]] = {a: [] for a in accounts}
    written = 0

    def flush(account: int) -> None:
        nonlocal written
        batch = pending[account]
        if batch:
            store.ingest(account, batch, None)
            written += len(batch)
            pending[account] = []
            if written % 100_000 < BATCH:
                rate = written / (time.perf_counter() - started)
                print(f"  {written:,} messages ({rate:,.0f}/s)", file=sys.stderr)

    # Conversations in time order; each one's messages follow within a few days.
    for c in range(conversations):
        channel = rng.randrange(3)
        account = accounts[channel]
        kind = CHANNELS[channel][3]
        customer = rng.randrange(customers)
        lang = rng.choice(list(WORDS))
        words = WORDS[lang]
        who = f"{FIRST[customer % len(FIRST)]} {LAST[customer % len(LAST)]} {customer}"
        at = START + span * starts[c]
        subject = _text(rng, words, 4) if channel == 0 else ""
        for m in range(per[c]):
            ours = m % 2 == 1
            sender = _identity(kind, customer)
            pending[account].append(
                NewMessage(
                    remote_id=f"m{c}-{m}",
                    sender=Identity.of(kind, "shop" if kind is IdentityKind.EMAIL else "1")
                    if ours
                    else sender,
                    sender_name="Support" if ours else who,
                    sent_at=at + timedelta(minutes=37 * m),
                    text=_text(rng, words, rng.randint(8, 30)),
                    subject=subject,
                    thread_key=f"t{c}",
                    direction=Direction.OUT if ours else Direction.IN,
                    recipient=sender if ours else None,
                    seen=rng.random() < 0.9,
                    language=lang,
                )
            )
        if len(pending[account]) >= BATCH:
            flush(account)
    for account in accounts:
        flush(account)
    ingest_s = time.perf_counter() - started

    # Triage, as a desk looks after a while: most resolved, some owned, pending, snoozed.
    ids = store.conversation_ids()
    rng.shuffle(ids)
    n = len(ids)
    resolved = ids[: int(n * 0.78)]
    pending_ids = ids[int(n * 0.78) : int(n * 0.83)]
    snoozed = ids[int(n * 0.83) : int(n * 0.85)]
    open_ids = ids[int(n * 0.85) :]
    with store.tx():
        for start in range(0, len(resolved), 5_000):
            store.set_status(resolved[start : start + 5_000], Status.RESOLVED, "bench")
        store.set_status(pending_ids, Status.PENDING, "bench")
        store.snooze(snoozed, datetime.now(UTC) + timedelta(days=3), "bench")
        owned = open_ids[: len(open_ids) // 2] + pending_ids
        for i, agent in enumerate(agents):
            store.assign(owned[i :: len(agents)], agent, "bench")
        for cid in rng.sample(ids, min(n, 20_000)):
            store.set_tags(cid, rng.sample(["vip", "refund", "delivery", "wholesale", "urgent"], 2))
    store.close()
    return {"ingest_s": ingest_s, "total_s": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--conversations", type=int, default=300_000)
    args = parser.parse_args()
    workspace = Workspace.at(args.folder)
    if workspace.exists():
        sys.exit(f"{args.folder} already holds a workspace")
    figures = generate(workspace, args.messages, args.conversations)
    facts = {"messages": args.messages, "conversations": args.conversations, **figures}
    (args.folder / "bench.json").write_text(json.dumps(facts))
    print(
        f"{args.messages:,} messages in {args.conversations:,} conversations: "
        f"ingest {figures['ingest_s']:.0f} s, total {figures['total_s']:.0f} s"
    )


if __name__ == "__main__":
    main()
