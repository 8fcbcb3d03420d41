"""How the store behaves at support-desk scale: ingest rate, list paging and search latency.

    .venv/bin/python benchmarks/store_scale.py --messages 200000

Builds a throw-away workspace of N messages in ~N/3 conversations (six languages), then
measures what the window does: the id list for the inbox, one page of rows, and FTS queries.
Prints one table; figures go to benchmarks/RESULTS.md with the machine noted.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from omniinbox.domain import Identity, IdentityKind, NewMessage, Status
from omniinbox.store import ConversationFilter, Store

WORDS = {
    "en": [
        "order",
        "parcel",
        "refund",
        "delivery",
        "late",
        "broken",
        "size",
        "invoice",
        "payment",
        "courier",
        "thanks",
    ],
    "ru": [
        "заказ",
        "посылка",
        "возврат",
        "доставка",
        "опоздала",
        "сломан",
        "размер",
        "счёт",
        "оплата",
        "курьер",
        "спасибо",
    ],
    "kk": [
        "тапсырыс",
        "сәлемдеме",
        "қайтару",
        "жеткізу",
        "кешікті",
        "сынған",
        "өлшем",
        "шот",
        "төлем",
        "курьер",
        "рахмет",
    ],
    "uk": [
        "замовлення",
        "посилка",
        "повернення",
        "доставка",
        "запізнилася",
        "зламаний",
        "розмір",
        "рахунок",
        "оплата",
    ],
    "uz": [
        "buyurtma",
        "posilka",
        "qaytarish",
        "yetkazib",
        "kechikdi",
        "singan",
        "oʻlcham",
        "hisob",
        "toʻlov",
        "rahmat",
    ],
    "ka": [
        "შეკვეთა",
        "ამანათი",
        "დაბრუნება",
        "მიწოდება",
        "დაგვიანდა",
        "გატეხილი",
        "ზომა",
        "ანგარიში",
        "გადახდა",
    ],
}


def build(store: Store, n: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    account = store.add_account("bench", "imap", {}, "email").id
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    customers = max(1, n // 6)
    events: list[NewMessage] = []
    for i in range(n):
        lang = rng.choice(list(WORDS))
        words = WORDS[lang]
        c = rng.randrange(customers)
        thread = f"t{c}-{rng.randrange(2)}"
        events.append(
            NewMessage(
                remote_id=f"m{i}",
                sender=Identity.of(IdentityKind.EMAIL, f"c{c}@example.com"),
                sender_name=f"Customer {c}",
                sent_at=t0 + timedelta(minutes=i),
                text=" ".join(rng.choice(words) for _ in range(40)),
                subject=" ".join(rng.choice(words) for _ in range(4)),
                thread_key=thread,
            )
        )
    started = time.perf_counter()  # only the store's work is timed, not making the text
    for start in range(0, n, 1000):
        store.ingest(account, events[start : start + 1000], str(start))
    return time.perf_counter() - started


def timed(fn, repeat: int = 20) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        ingest_s = build(store, args.messages)
        convs = store.count_conversations()
        inbox = ConversationFilter(statuses=(Status.OPEN,))
        ids_ms = timed(lambda: store.conversation_ids(inbox), 5)
        ids = store.conversation_ids(inbox)
        page_ms = timed(lambda: store.conversation_rows(ids[5000:5100]))
        count_ms = timed(lambda: store.count_conversations(inbox), 5)
        rng = random.Random(2)
        queries = [rng.choice(WORDS[rng.choice(list(WORDS))]) for _ in range(50)]
        search = []
        for q in queries:
            t = time.perf_counter()
            store.search(q, limit=50)
            search.append((time.perf_counter() - t) * 1000)
        search.sort()
        size_mb = (Path(tmp) / "bench.sqlite").stat().st_size / 1e6
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = [
            ("messages", f"{args.messages:,}"),
            ("conversations", f"{convs:,}"),
            ("ingest", f"{ingest_s:.1f} s ({args.messages / ingest_s:,.0f} msg/s)"),
            ("inbox id list (median/p95)", f"{ids_ms[0]:.1f} / {ids_ms[1]:.1f} ms"),
            ("one page of 100 rows", f"{page_ms[0]:.2f} / {page_ms[1]:.2f} ms"),
            ("inbox count", f"{count_ms[0]:.1f} / {count_ms[1]:.1f} ms"),
            (
                "search, 50 words (median/p95)",
                f"{statistics.median(search):.1f} / {search[int(len(search) * 0.95) - 1]:.1f} ms",
            ),
            ("database size", f"{size_mb:.0f} MB"),
            ("peak memory", f"{peak_mb:.0f} MB"),
        ]
        width = max(len(k) for k, _ in rows)
        for k, v in rows:
            print(f"{k.ljust(width)}  {v}")
        store.close()


if __name__ == "__main__":
    main()
