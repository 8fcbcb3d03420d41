"""The store's search alone, on a generated desk: how many messages match each of the GUI
benchmark's queries, and how long ``store.search`` takes for the first page (newest
matches), for the ranked page (bm25 over a window of the newest matches) and for ranking
every match (what the store did before the window: ``window`` larger than any desk).

    .venv/bin/python benchmarks/ui/search_levels.py /tmp/desk-1m [--repeat 5]

Each figure is the median of ``--repeat`` runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from omniinbox.store.search import fts_expression, parse_query
from omniinbox.workspace import Workspace

QUERIES = ["заказ", "refund", "посылка", "შეკვეთა", "channel:telegram оплата", "from:user12"]
FIRST_HITS, RANKED = 60, 300  # as the list pane asks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    store = Workspace.at(args.folder).open_store(readonly=True)

    def median_ms(run) -> float:  # type: ignore[no-untyped-def]
        run()
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            run()
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times)

    print(f"{'query':28}{'matches':>9}{'first 60':>11}{'ranked 300':>12}{'rank all':>11}")
    for query in QUERIES:
        q = parse_query(query)
        parts = [p for p in (fts_expression(q.words), fts_expression((q.sender,), "people")) if p]
        matches = store.scalar(
            "SELECT count(*) FROM message_fts WHERE message_fts MATCH ?", (" AND ".join(parts),)
        )
        first = median_ms(lambda q=query: store.search(q, FIRST_HITS, order="recent"))
        ranked = median_ms(lambda q=query: store.search(q, RANKED))
        everything = median_ms(lambda q=query: store.search(q, RANKED, window=10**9))
        print(f"{query:28}{matches:>9,}{first:>9.1f} ms{ranked:>9.1f} ms{everything:>8.0f} ms")


if __name__ == "__main__":
    main()
