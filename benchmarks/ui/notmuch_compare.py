"""Search on the same desk, OmniInbox against notmuch: every message of a desk made by
generate.py is written out as a Maildir file (From, Subject, Date, Message-ID, the text),
notmuch indexes it, and both answer the same queries: notmuch's newest 60 threads and its
count (processes, as a shell or a mail client calls them), OmniInbox's 60 newest matches
(``Store.search``, as the list's first results). Needs notmuch (``apt-get install notmuch``).

    .venv/bin/python benchmarks/ui/generate.py /tmp/desk-100k --messages 100000 --conversations 30000
    .venv/bin/python benchmarks/ui/notmuch_compare.py /tmp/desk-100k

notmuch indexes about 400 messages a second on one core here, so a 1M desk takes most of an
hour; 100k shows the same comparison in minutes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace

from omniinbox.domain.clock import from_iso
from omniinbox.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "email"))
from common import run_timed  # the email benchmark's process timer
from peers import notmuch_env  # and its notmuch config

QUERIES = ["заказ", "refund", "посылка", "შეკვეთა", "оплата", "төлем"]
REPEAT = 5


def _header(value: str) -> str:
    return " ".join(value.split())  # one line: no CR/LF can reach the file


def export(store: Store, maildir: Path) -> int:
    """Every message as a Maildir file; returns how many."""
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    rows = store.db.execute(
        "SELECT id, author, author_identity, sent_at, subject, text FROM messages ORDER BY id"
    )
    for mid, author, identity, sent_at, subject, text in rows:
        address = identity if "@" in identity else f"{identity or 'user'}@desk.example"
        head = (
            f"From: {_header(author)} <{_header(address)}>\n"
            f"Subject: {_header(subject)}\n"
            f"Date: {format_datetime(from_iso(sent_at))}\n"
            f"Message-ID: <m{mid}@desk.example>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
        )
        (maildir / "cur" / f"{mid}.desk:2,S").write_bytes((head + text + "\n").encode())
        count += 1
    return count


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    seconds, _, out = run_timed(command, env)
    return seconds * 1000, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="a workspace made by generate.py")
    parser.add_argument("--keep", action="store_true", help="keep the Maildir and notmuch db")
    args = parser.parse_args()
    notmuch = shutil.which("notmuch")
    if notmuch is None:
        sys.exit("notmuch is not installed: apt-get install -y notmuch")
    store = Store(args.folder / "omniinbox.sqlite", readonly=True)
    work = Path(tempfile.mkdtemp(prefix="omniinbox-notmuch-"))
    try:
        maildir = work / "mail"
        started = time.perf_counter()
        count = export(store, maildir)
        print(f"exported {count:,} messages in {time.perf_counter() - started:.0f} s")
        env = notmuch_env(work, maildir, SimpleNamespace(address="support@desk.example"))
        index_ms, _ = _timed([notmuch, "new", "--quiet"], env)
        print(f"notmuch new: {index_ms / 1000:.0f} s")
        print(
            f"{'query':<12}{'OmniInbox 60 newest':>22}{'notmuch search 60':>20}{'notmuch count':>16}"
        )
        for query in QUERIES:
            store.search(query, limit=60, order="recent")  # one warm pass each, as for notmuch
            _timed([notmuch, "count", query], env)
            ours, theirs, counts = [], [], []
            for _ in range(REPEAT):
                t = time.perf_counter()
                hits = store.search(query, limit=60, order="recent")
                ours.append((time.perf_counter() - t) * 1000)
                ms, out = _timed(
                    [notmuch, "search", "--limit=60", "--sort=newest-first", query], env
                )
                theirs.append(ms)
                ms, found = _timed([notmuch, "count", query], env)
                counts.append(ms)
            print(
                f"{query:<12}{statistics.median(ours):>17.1f} ms ({len(hits)})"
                f"{statistics.median(theirs):>14.1f} ms ({len(out.splitlines())})"
                f"{statistics.median(counts):>10.1f} ms ({found.strip()})"
            )
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")


if __name__ == "__main__":
    main()
