"""OmniInbox's email sync and search side by side with mbsync (isync) and notmuch, on one
generated support mailbox served by a private Dovecot.

    .venv/bin/python benchmarks/email/run.py --messages 10000 [--seed 1]
    .venv/bin/python benchmarks/email/run.py --messages 200 --quick      # smoke, < 30 s

Run from the repository root, as root or a user who may start Dovecot (the integration-test
fixture in tests/integration/dovecot.py is reused: private config, free ports, IMAP + IMAPS
with a generated certificate, CONDSTORE/QRESYNC). Needs ``dovecot-imapd``, ``isync`` and
``notmuch`` (apt-get install -y dovecot-imapd isync notmuch).

What happens, in one run, on the same mailbox:

1. Dovecot starts; a seeded mailbox of N messages (benchmarks/email/mailgen.py) is written
   straight into the user's maildir (INBOX: customers, Sent: the desk's replies), then the
   server indexes it and a FETCH of FLAGS/INTERNALDATE/RFC822.SIZE warms its cache, so no
   client pays Dovecot's first look at the files. The files stay in the page cache.
2. mbsync: full plain copy (Sync Pull) of INBOX and Sent to an empty Maildir over IMAPS
   (FSync as by default), then a no-change run; also a full copy with ``FSync no``.
3. notmuch: ``notmuch new`` indexes mbsync's Maildir; ``notmuch count`` and ``notmuch search
   --limit=50`` for 50 words (one process each, as a user or a mail client runs it).
4. OmniInbox, in a child process (so its peak RSS is its own): the real ImapConnector over
   IMAPS pulls batches into a real Store on a temp file, ``store.ingest(account, batch.events,
   batch.cursor)`` until ``batch.more`` is False, as the sync engine does; then a no-change
   incremental sync (the same connection, and a fresh connector), 100 new messages APPENDed
   and pulled, and ``store.search`` for the same 50 words.
5. mbsync again for the 100 new messages; the table, with OmniInbox / peer ratios.

``--json PATH`` writes every figure; ``--profile PATH`` runs the OmniInbox full sync under
cProfile, ``--pyspy PATH`` samples the OmniInbox process with py-spy (raw stacks; the timings of
such runs are not comparable). ``--skip-peers`` / ``--skip-omni`` run one side only (the same
seed gives the same mailbox) and ``--report A.json B.json`` prints the joined table.
The connector syncs text first (lazy.py): parts over ``lazy_attachments_kb`` (64 KB by default;
``--lazy-kb N`` sets it, 0 fetches every message whole) stay on the server and the inbox is
usable once the sync is done; then they are downloaded as a background job would
(``ImapConnector.download_many``, 50 refs per call), which gives the "full" figure.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import queue
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

from mailgen import Mailbox, search_words  # noqa: E402

EXTRA = 100  # messages for the incremental test
DOWNLOAD_CHUNK = 50  # attachment refs per download_many call
TARGETS = {
    "usable": 1.5,  # x mbsync's plain copy
    "full": 2.0,  # x mbsync's plain copy
    "nochange": 0.3,  # seconds per folder
    "search_ms": 50.0,  # p95 at 50k, and at or below notmuch's
    "rss_mb": 400.0,
}


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def pct(samples: list[float], q: float) -> float:
    """The q-quantile as store_scale.py takes it (nearest rank below)."""
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * q) - 1)]


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "p95": pct(samples, 0.95), "n": len(samples)}


LAST_CPU = [0.0]  # user + system seconds of the last run_timed process


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(seconds, peak RSS MB of that process, stdout); raises with stderr when it fails.
    The process's CPU seconds (user + system) are left in LAST_CPU[0]."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}... failed ({proc.returncode}): {errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, text


def code_state() -> dict[str, Any]:
    """Which code was measured: HEAD, and a digest of the connector and store sources as they
    are in the work tree (uncommitted changes included)."""
    import hashlib

    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "connectors/imap", "omniinbox/store"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("connectors/imap/*.py"), *ROOT.glob("omniinbox/store/*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return {"head": head, "dirty": bool(dirty), "sources": digest.hexdigest()[:12]}


def machine() -> dict[str, Any]:
    import platform
    import sqlite3

    model = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "mem_gb": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def du(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


# --- the server and the mailbox -------------------------------------------------------------


def start_server() -> tuple[Any, Any]:
    from tests.integration.dovecot import Dovecot, make_root

    server = Dovecot(make_root("bench"), modern=True)
    try:
        server.start()
        user = server.add_user()
        with user.client() as c:  # first login creates the user's maildir and Sent
            c.select_folder("INBOX", readonly=True)
            c.folder_status(server.sent_folder, ["MESSAGES"])
    except BaseException:
        server.close()
        raise
    return server, user


def maildirs(server: Any, user: Any) -> dict[str, Path]:
    home = server.mail / user.address
    dirs = {"INBOX": home, "Sent": home / f".{server.sent_folder}"}
    for path in dirs.values():
        if not (path / "cur").is_dir():
            raise RuntimeError(f"no maildir at {path}: {sorted(p.name for p in home.iterdir())}")
    return dirs


def write_mailbox(box: Mailbox, dirs: dict[str, Path], uid: int, gid: int) -> dict[str, Any]:
    """Every message as a file in cur/ (the state Dovecot would leave after delivery and a
    client's first look): named so Dovecot numbers them oldest first, mtime = arrival time."""
    counts = {"INBOX": 0, "Sent": 0}
    size = attachments = 0
    started = time.perf_counter()
    for i, mail in enumerate(box.messages()):
        flags = ("R" if mail.answered else "") + ("S" if mail.seen else "")
        stamp = int(mail.when.timestamp())
        name = f"{stamp}.M{i:07d}P{box.seed}.omniinbox-bench,S={len(mail.raw)}:2,{flags}"
        path = dirs[mail.folder] / "cur" / name
        path.write_bytes(mail.raw)
        os.chown(path, uid, gid)
        os.utime(path, (stamp, stamp))
        counts[mail.folder] += 1
        size += len(mail.raw)
        attachments += bool(mail.attachments)
        if (i + 1) % 10000 == 0:
            log(f"  written {i + 1:,} messages ({size / 1e6:,.0f} MB)")
    return {
        "seconds": time.perf_counter() - started,
        "inbox": counts["INBOX"],
        "sent": counts["Sent"],
        "bytes": size,
        "with_attachments": attachments,
    }


def warm_up(server: Any, user: Any) -> float:
    """Let Dovecot index the new files and cache what every client asks first."""
    started = time.perf_counter()
    server.run_doveadm("index", "-u", user.address, "*")
    with user.client() as c:
        for folder in ("INBOX", server.sent_folder):
            c.select_folder(folder, readonly=True)
            c._imap.uid("FETCH", "1:*", "(UID FLAGS INTERNALDATE RFC822.SIZE)")  # raw imaplib
            c.unselect_folder()
    return time.perf_counter() - started


# --- the peers ---------------------------------------------------------------------------------


def mbsync_rc(path: Path, server: Any, user: Any, maildir: Path, fsync: bool) -> Path:
    assert server.certs is not None
    maildir.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""# generated by benchmarks/email/run.py
FSync {"yes" if fsync else "no"}

IMAPAccount bench
Host localhost
Port {server.imaps_port}
User {user.address}
Pass {user.password}
SSLType IMAPS
CertificateFile {server.certs.ca_cert}

IMAPStore bench-far
Account bench

MaildirStore bench-near
Path {maildir}/
Inbox {maildir}/INBOX
SubFolders Verbatim

Channel bench
Far :bench-far:
Near :bench-near:
Patterns INBOX {server.sent_folder}
Create Near
Sync Pull
SyncState *
Expunge None
"""
    )
    path.chmod(0o600)
    return path


def count_maildir(maildir: Path) -> int:
    return sum(
        1
        for sub in maildir.rglob("*")
        if sub.is_file() and sub.parent.name in {"cur", "new"} and not sub.name.startswith(".")
    )


def run_mbsync(rc: Path) -> tuple[float, float]:
    seconds, rss, _ = run_timed(["mbsync", "-q", "-c", str(rc), "-a"])
    return seconds, rss


def notmuch_env(work: Path, maildir: Path, user: Any) -> dict[str, str]:
    config = work / "notmuch-config"
    config.write_text(
        f"""[database]
path={maildir}
[user]
name=Shop.kz Support
primary_email={user.address}
[new]
tags=unread;inbox;
ignore=.mbsyncstate;.mbsyncstate.journal;.mbsyncstate.new;.mbsyncstate.lock;.uidvalidity
[search]
exclude_tags=deleted;spam;
[maildir]
synchronize_flags=true
"""
    )
    return dict(os.environ, NOTMUCH_CONFIG=str(config), HOME=str(work))


def notmuch_queries(env: dict[str, str], words: list[str]) -> dict[str, Any]:
    def timed(args: list[str]) -> tuple[list[float], list[str]]:
        samples, outputs = [], []
        for word in words:
            seconds, _, out = run_timed(["notmuch", *args, word], env)
            samples.append(seconds * 1000)
            outputs.append(out)
        return samples, outputs

    timed(["count"])  # one warm pass: the database pages in the cache, as for OmniInbox
    count_ms, counts = timed(["count"])
    search_ms, _ = timed(["search", "--limit=50"])
    base = [run_timed(["notmuch", "count", "id:none@nowhere"], env)[0] * 1000 for _ in range(10)]
    return {
        "count": summary(count_ms),
        "search": summary(search_ms),
        "process_ms": statistics.median(base),
        "hits": [int(c.strip() or 0) for c in counts],
    }


# --- OmniInbox, in its own process --------------------------------------------------------------


class Secrets:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def omni_phase(params: dict[str, Any]) -> dict[str, Any]:
    """Everything OmniInbox does, measured; returns the figures (printed as JSON)."""
    from imapclient import IMAPClient
    from omniinbox_connectors.imap import ImapConnector

    from omniinbox.domain import NewMessage
    from omniinbox.store import Store
    from omniinbox.sync.pipeline import pull_ahead

    work = Path(params["work"])
    store = Store(work / "omni.sqlite")
    account = store.add_account("bench", "imap", {}, "email").id
    config = params["config"]
    secrets = Secrets({"password": params["password"]})

    def make_connector() -> ImapConnector:
        made = ImapConnector(config, secrets)
        made._parse.enabled = made._parse.enabled and not params.get("one_process")
        return made

    connector = make_connector()
    timing = {"convert": 0.0, "pull": 0.0, "ingest": 0.0}
    convert = connector._convert

    def timed_convert(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return convert(*args)
        finally:
            timing["convert"] += time.perf_counter() - started

    convert_many = connector._convert_many

    def timed_convert_many(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return convert_many(*args)
        finally:
            timing["convert"] += time.perf_counter() - started

    convert_later = connector._convert_later

    def timed_convert_later(*args: Any) -> Any:
        started = time.perf_counter()
        pending = convert_later(*args)
        timing["convert"] += time.perf_counter() - started

        def wait() -> Any:  # parsing here, or waiting for the parsing process
            started = time.perf_counter()
            try:
                return pending()
            finally:
                timing["convert"] += time.perf_counter() - started

        return wait

    connector._convert = timed_convert  # type: ignore[method-assign]
    connector._convert_many = timed_convert_many  # type: ignore[method-assign]
    connector._convert_later = timed_convert_later  # type: ignore[method-assign]

    downloader = Downloader(connector, store, during=params.get("downloads") == "during")

    serial = bool(params.get("serial"))

    def sync(cursor: str, progress: bool = False) -> tuple[str, int, int, float | None]:
        """Pull and ingest until caught up: (cursor, new messages, pulls, first commit s).
        As the engine's worker does (omniinbox/sync/pipeline.py): the next batch is pulled
        while the last one is ingested on another thread; ``--serial``: one after the other."""
        started = time.perf_counter()
        state: dict[str, Any] = {"cursor": cursor, "new": 0, "first": None, "shown": started}

        def pull(at: str) -> Any:
            t = time.perf_counter()
            try:
                return connector.pull(at)
            finally:
                timing["pull"] += time.perf_counter() - t

        def ingest(batch: Any) -> None:
            t = time.perf_counter()
            store.ingest(account, batch.events, batch.cursor)
            t2 = time.perf_counter()
            timing["ingest"] += t2 - t
            state["cursor"] = batch.cursor
            state["new"] += sum(1 for e in batch.events if isinstance(e, NewMessage))
            downloader.add(
                a.remote_ref
                for e in batch.events
                if isinstance(e, NewMessage)
                for a in e.attachments
                if a.content is None and a.remote_ref
            )
            if state["first"] is None and state["new"]:
                state["first"] = t2 - started
            if progress and t2 - state["shown"] > 15:
                state["shown"] = t2
                log(
                    f"  omniinbox: {batch.done or 0:,}/{batch.total or 0:,} in {t2 - started:.0f} s"
                )

        if serial:
            pulls = 0
            while True:
                batch = pull(state["cursor"])
                ingest(batch)
                pulls += 1
                if not batch.more:
                    break
        else:
            pulls = pull_ahead(pull, ingest, cursor, max_batches=1_000_000).batches
        return state["cursor"], state["new"], pulls, state["first"]

    out: dict[str, Any] = {}
    log("OmniInbox: full sync")
    profiler = None
    if params.get("profile"):
        profiler = cProfile.Profile()
        profiler.enable()
    load = os.getloadavg()[0]
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    cursor, new, pulls, first = sync("", progress=True)
    full = time.perf_counter() - started
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the parsing process, stopped by now
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(params["profile"])
    out["full"] = {
        "seconds": full,
        "messages": new,
        "pulls": pulls,
        "first_batch_s": first,
        "pull_s": timing["pull"],
        "convert_s": timing["convert"],
        "ingest_s": timing["ingest"],
        "cpu_s": cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime,
        "worker_cpu_s": kids.ru_utime + kids.ru_stime,
        "worker_peak_rss_mb": kids.ru_maxrss / 1024,
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "rss_after_mb": rss_now_mb(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if downloader.refs:  # the attachments left on the server, fetched as a background job
        log(f"OmniInbox: {len(downloader.refs):,} attachments synced without content")
        if profiler is not None:
            profiler = cProfile.Profile()
            profiler.enable()
        downloader.finish()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(params["profile"] + ".download")
        out["full"]["lazy_attachments"] = len(downloader.refs)
        out["full"]["lazy_mb"] = downloader.size / 2**20
        out["full"]["lazy_download_s"] = downloader.busy
        out["full"]["downloads"] = "during" if downloader.during else "after"
        out["full"]["full_s"] = downloader.done_at - started
        out["full"]["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["stored"] = store.scalar("SELECT count(*) FROM messages")
    out["conversations"] = store.scalar("SELECT count(*) FROM conversations")
    out["attachments"] = store.scalar("SELECT count(*) FROM attachments")
    folders = len(connector._session.folders.roles()) if connector._session else 2

    log("OmniInbox: no-change incremental syncs")
    warm, cold = [], []
    for _ in range(params["repeat"]):
        t = time.perf_counter()
        cursor, new, _, _ = sync(cursor)
        warm.append(time.perf_counter() - t)
        assert new == 0, new
    for _ in range(max(3, params["repeat"] // 2)):
        connector.close()
        connector = make_connector()
        connector._convert = timed_convert  # type: ignore[method-assign]
        t = time.perf_counter()
        cursor, new, _, _ = sync(cursor)
        cold.append(time.perf_counter() - t)
        assert new == 0, new
    out["nochange"] = {"folders": folders, "warm": summary(warm), "cold": summary(cold)}

    log(f"OmniInbox: {EXTRA} new messages")
    extra = sorted(Path(params["extra"]).iterdir())
    client = IMAPClient("127.0.0.1", params["imap_port"], ssl=False, timeout=30)
    client.plain_login(config["address"], params["password"])
    for path in extra:
        client.append("INBOX", path.read_bytes())
    client.logout()
    t = time.perf_counter()
    cursor, new, pulls, _ = sync(cursor)
    out["incremental"] = {"seconds": time.perf_counter() - t, "messages": new, "pulls": pulls}
    out["stored_final"] = store.scalar("SELECT count(*) FROM messages")

    log("OmniInbox: search")
    words = params["words"]
    for word in words:  # one warm pass, as for notmuch
        store.search(word, limit=50)
    samples, hits = [], []
    for word in words:
        t = time.perf_counter()
        found = store.search(word, limit=50)
        samples.append((time.perf_counter() - t) * 1000)
        hits.append(len(found))
    counted = [
        store.scalar("SELECT count(*) FROM message_fts WHERE message_fts MATCH ?", (f'"{w}"*',))
        for w in words
    ]
    out["search"] = summary(samples)
    out["search"]["hits"] = hits
    out["search"]["matching_messages"] = counted
    out["search"]["samples_ms"] = samples
    connector.close()
    store.close()
    out["db_mb"] = (
        sum(p.stat().st_size for p in work.iterdir() if p.name.startswith("omni.sqlite")) / 2**20
    )
    out["blobs_mb"] = du(work / "blobs") / 2**20
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


class Downloader:
    """The background job filling attachments in: ``download_many`` with DOWNLOAD_CHUNK refs
    per call on the connector's own download connection, in a thread, while the sync goes on
    (``during``), or all after the sync. ``busy``: seconds spent downloading."""

    def __init__(self, connector: Any, store: Any, during: bool) -> None:
        self.connector, self.store, self.during = connector, store, during
        self.refs: list[str] = []
        self.size = 0
        self.busy = 0.0
        self.done_at = 0.0
        self.error: BaseException | None = None
        self.queue: queue.Queue[list[str] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        if during:
            self.thread.start()

    def add(self, refs: Any) -> None:
        new = list(refs)
        self.refs += new
        for i in range(0, len(new), DOWNLOAD_CHUNK):
            self.queue.put(new[i : i + DOWNLOAD_CHUNK])

    def finish(self) -> None:
        self.queue.put(None)
        if not self.during:
            self.thread.start()
        self.thread.join()
        self.done_at = time.perf_counter()
        if self.error is not None:
            raise RuntimeError(f"background download failed: {self.error}") from self.error

    def _run(self) -> None:
        while (chunk := self.queue.get()) is not None:
            started = time.perf_counter()
            try:
                contents = self.connector.download_many(chunk)
                if len(contents) != len(chunk):
                    raise RuntimeError(f"{len(chunk) - len(contents)} attachments missing")
                for content in contents.values():
                    self.store.blobs.put(content)  # no store API records it on the row yet
                    self.size += len(content)
            except BaseException as exc:
                self.error = exc
                return
            finally:
                self.busy += time.perf_counter() - started


def run_omni_child(params: dict[str, Any], pyspy: str | None = None) -> dict[str, Any]:
    spec = Path(params["work"]) / "params.json"
    result = Path(params["work"]) / "result.json"
    spec.write_text(json.dumps({**params, "result": str(result)}))
    command = [sys.executable, __file__, "--omni-phase", str(spec)]
    if pyspy:
        spy = shutil.which("py-spy") or "py-spy"
        command = [
            spy,
            "record",
            "--idle",
            "--format",
            "raw",
            "--rate",
            "50",
            "-o",
            pyspy,
            "--",
            *command,
        ]
    proc = subprocess.run(command, cwd=ROOT, check=False, stdout=sys.stderr)
    if proc.returncode != 0 or not result.exists():
        raise RuntimeError(f"the OmniInbox phase failed ({proc.returncode})")
    return json.loads(result.read_text())


def print_profile(path: str, top: int = 30) -> None:
    import pstats

    stats = pstats.Stats(path, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


# --- the report --------------------------------------------------------------------------------


def ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:.2f}x" if ours is not None and theirs else "-"


def verdict(ok: bool | None) -> str:
    return "?" if ok is None else "met" if ok else "MISSED"


def report(r: dict[str, Any]) -> str:
    """The table; a part that was not run (--skip-peers / --skip-omni) shows as '-'."""
    n = r["messages"]
    o, m, nm = r.get("omni"), r.get("mbsync"), r.get("notmuch")
    na = None
    usable = o["full"]["seconds"] if o else na
    full = o["full"].get("full_s", usable) if o else na
    folders = o["nochange"]["folders"] if o else 2
    warm = o["nochange"]["warm"]["median"] / folders if o else na
    cold = o["nochange"]["cold"]["median"] / folders if o else na
    mfull = m["full"] if m else na
    mnf = m.get("full_nofsync") if m else na
    mnc = m["nochange"] / folders if m else na
    s = o["search"] if o else None
    ns, nc = (nm["search"], nm["count"]) if nm else (None, None)

    def f(value: float | None, fmt: str, unit: str = "") -> str:
        return "-" if value is None else format(value, fmt) + unit

    def within(limit: float, base: float | None, ours: float | None = None) -> bool | None:
        ours = full if ours is None else ours
        return None if ours is None or not base else ours <= limit * base

    search_ok = None
    if s is not None:
        search_ok = s["p95"] < TARGETS["search_ms"]
        if ns is not None:
            search_ok = search_ok and s["p95"] <= min(ns["p95"], nc["p95"])
    box = r["mailbox"]
    rows = [
        ("messages (INBOX + Sent)", f"{n:,} ({box['inbox']:,} + {box['sent']:,})",
         f"{box['bytes'] / 2**20:,.0f} MB, {box['with_attachments']:,} with attachments", ""),
        ("full sync: time until usable" + (" (lazy)" if o and o["full"].get("lazy_attachments") else ""),
         f(usable, ".1f", " s"), "mbsync " + f(mfull, ".1f", " s"),
         f"{ratio(usable, mfull)} (target <= {TARGETS['usable']}x: {verdict(within(TARGETS['usable'], mfull, usable))})"),
        ("full sync incl. attachments", f(full, ".1f", " s"), "mbsync " + f(mfull, ".1f", " s"),
         f"{ratio(full, mfull)} (target <= {TARGETS['full']}x: {verdict(within(TARGETS['full'], mfull))})"),
        ("  usable / full, vs mbsync FSync no", f(usable, ".1f", " s") + " / " + f(full, ".1f", " s"),
         "mbsync " + f(mnf, ".1f", " s"),
         f"{ratio(usable, mnf)} / {ratio(full, mnf)} (1.5x: {verdict(within(1.5, mnf, usable))}, 2x: {verdict(within(2, mnf))})"),
        ("  CPU time: syncing + parsing process",
         f(o["full"]["cpu_s"], ".1f", " s") + " + " + f(o["full"].get("worker_cpu_s"), ".1f", " s") if o else "-",
         "mbsync " + f(m.get("full_cpu_s") if m else None, ".1f", " s") + " / FSync no " + f(m.get("full_nofsync_cpu_s") if m else None, ".1f", " s"),
         "(load avg " + (f"{o['full']['load_before']:.1f}-{o['full']['load_after']:.1f}" if o else "-")
         + " / " + (f"{m['load_before']:.1f}-{m['load_after']:.1f}" if m and "load_before" in m else "-") + ")"),
        ("  first batch visible (oldest first)", f(o["full"]["first_batch_s"], ".2f", " s") if o else "-", "", ""),
        ("  IMAP wait / MIME parse / store ingest",
         f"{o['full']['pull_s'] - o['full']['convert_s']:.1f} / {o['full']['convert_s']:.1f} / "
         f"{o['full']['ingest_s']:.1f} s" if o else "-", "", ""),
        ("no-change sync per folder, open conn.", f(warm * 1000 if o else None, ".0f", " ms"), "",
         f"target < 300 ms: {verdict(None if warm is None else warm < TARGETS['nochange'])}"),
        ("no-change sync per folder, new conn.", f(cold * 1000 if o else None, ".0f", " ms"),
         "mbsync " + f(mnc * 1000 if m else None, ".0f", " ms"),
         f"{ratio(cold, mnc)} (target < 300 ms: {verdict(None if cold is None else cold < TARGETS['nochange'])})"),
        (f"incremental, {EXTRA} new", f(o["incremental"]["seconds"] * 1000 if o else None, ".0f", " ms"),
         "mbsync " + f(m.get("incremental", 0) * 1000 if m else None, ".0f", " ms"),
         ratio(o["incremental"]["seconds"] if o else None, m.get("incremental") if m else None)),
        ("index", "(inside the sync)", "notmuch new " + f(nm["new"] if nm else None, ".1f", " s")
         + " (CPU " + f(nm.get("new_cpu_s") if nm else None, ".1f", " s") + ")", ""),
        ("  copy + index", f(full, ".1f", " s"), "mbsync + notmuch new " + f(mfull + nm["new"] if m and nm else None, ".1f", " s"),
         ratio(full, mfull + nm["new"] if m and nm else None)),
        ("search 50 words, median", f(s["median"] if s else None, ".1f", " ms"),
         f"notmuch search {f(ns['median'] if ns else None, '.1f')} / count {f(nc['median'] if nc else None, '.1f')} ms",
         f"{ratio(s['median'] if s else None, ns['median'] if ns else None)} / {ratio(s['median'] if s else None, nc['median'] if nc else None)}"),
        ("search 50 words, p95", f(s["p95"] if s else None, ".1f", " ms"),
         f"notmuch search {f(ns['p95'] if ns else None, '.1f')} / count {f(nc['p95'] if nc else None, '.1f')} ms",
         f"{ratio(s['p95'] if s else None, ns['p95'] if ns else None)} / {ratio(s['p95'] if s else None, nc['p95'] if nc else None)}"
         f" (target <= notmuch, < 50 ms: {verdict(search_ok)})"),
        ("  notmuch process start (no-op query)", "", f(nm["process_ms"] if nm else None, ".1f", " ms"), ""),
        ("peak memory (RSS)", f(o["peak_rss_mb"] if o else None, ".0f", " MB"),
         f"mbsync {f(m['rss_mb'] if m else None, '.0f')} MB, notmuch new {f(nm['rss_mb'] if nm else None, '.0f')} MB",
         f"target < 400 MB: {verdict(None if not o else o['peak_rss_mb'] < TARGETS['rss_mb'])}"),
        ("on disk", f"db {o['db_mb']:.0f} MB + blobs {o['blobs_mb']:.0f} MB" if o else "-",
         f"Maildir {f(m['maildir_mb'] if m else None, '.0f')} MB + notmuch db {f(nm['db_mb'] if nm else None, '.0f')} MB", ""),
    ]  # fmt: skip
    head = ("", "OmniInbox", "peer", "ratio (OmniInbox / peer), target")
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(4)]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        lines.append(
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        )
    return "\n".join(lines)


def footer(r: dict[str, Any]) -> str:
    parts = []
    if o := r.get("omni"):
        parts.append(
            f"store: {o['stored']:,} messages after the full sync ({o['stored_final']:,} after the "
            f"incremental), {o['conversations']:,} conversations, {o['attachments']:,} attachments; "
            f"{o['full']['pulls']} pulls; OmniInbox search found {sum(1 for h in o['search']['hits'] if h)}/50 words"
        )
    if nm := r.get("notmuch"):
        parts.append(
            f"notmuch indexed {nm['indexed']:,}, found {sum(1 for h in nm['hits'] if h)}/50 words"
        )
    parts.append(f"run took {r.get('total_s', 0):.0f} s (seed {r['seed']})")
    if code := r.get("code"):
        parts.append(
            f"code: {code['head']}{' + uncommitted changes' if code['dirty'] else ''}, "
            f"connector+store sources {code['sources']}"
        )
    return "; ".join(parts)


def merge(paths: list[str]) -> dict[str, Any]:
    """Results of runs on the same seeded mailbox (e.g. --skip-omni and --skip-peers) as one."""
    merged: dict[str, Any] = {}
    for path in paths:
        part = json.loads(Path(path).read_text())
        if merged and (part["messages"], part["seed"], part["mailbox"]["bytes"]) != (
            merged["messages"],
            merged["seed"],
            merged["mailbox"]["bytes"],
        ):
            sys.exit(f"{path} is not the same mailbox")
        total = merged.get("total_s", 0) + part.get("total_s", 0)
        merged.update({k: v for k, v in part.items() if v is not None})
        merged["total_s"] = total
    return merged


# --- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: fewer repeats, one mbsync copy"
    )
    parser.add_argument("--json", help="write all figures to this file")
    parser.add_argument("--profile", help="cProfile the OmniInbox full sync into this file")
    parser.add_argument(
        "--pyspy",
        help="sample the OmniInbox process with py-spy (raw stacks, --idle) into this file",
    )
    parser.add_argument(
        "--config", action="append", default=[], metavar="KEY=VALUE",
        help="extra email account setting for OmniInbox (e.g. lazy_attachments_kb=256)",
    )  # fmt: skip
    parser.add_argument(
        "--lazy-kb", type=int, default=None,
        help="the connector's text-first threshold in KB (lazy_attachments_kb; default 64; 0: "
        "every message whole); the parts left are downloaded afterwards, as a background job would",
    )  # fmt: skip
    parser.add_argument(
        "--downloads", choices=("during", "after"), default="after",
        help="the background download of the parts left on the server: in a thread while the "
        "sync goes on (as the app's job would), or after it",
    )  # fmt: skip
    parser.add_argument(
        "--one-process", action="store_true",
        help="parse in the syncing process only (no second parsing process; convert.py)",
    )  # fmt: skip
    parser.add_argument(
        "--serial", action="store_true",
        help="pull, then ingest, then pull (before the engine pulled ahead; A/B)",
    )  # fmt: skip
    parser.add_argument("--skip-peers", action="store_true", help="no mbsync / notmuch")
    parser.add_argument("--skip-omni", action="store_true", help="no OmniInbox")
    parser.add_argument(
        "--report", nargs="+", metavar="JSON", help="print the table of earlier --json runs"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp dirs and the server's")
    parser.add_argument("--omni-phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.omni_phase:
        params = json.loads(Path(args.omni_phase).read_text())
        Path(params["result"]).write_text(json.dumps(omni_phase(params)))
        return
    if args.report:
        merged = merge(args.report)
        print(report(merged))
        print("\n" + footer(merged))
        return
    if not args.skip_peers:
        for tool in ("mbsync", "notmuch"):
            if shutil.which(tool) is None:
                sys.exit(f"{tool} is needed: apt-get install -y isync notmuch")
    if args.keep:
        os.environ["OMNIINBOX_KEEP_DOVECOT"] = "1"

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="omniinbox-emailbench-"))
    log(f"work dir {work}; starting Dovecot")
    server, user = start_server()
    results: dict[str, Any] = {
        "messages": args.messages,
        "seed": args.seed,
        "code": code_state(),
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M"),
    }
    try:
        dirs = maildirs(server, user)
        log(f"generating {args.messages:,} messages (seed {args.seed}) into {dirs['INBOX']}")
        box = Mailbox(args.messages, args.seed, user.address)
        results["mailbox"] = write_mailbox(box, dirs, server.run_as.uid, server.run_as.gid)
        extra_dir = work / "extra"
        extra_dir.mkdir()
        for i, mail in enumerate(box.extra(EXTRA, args.seed)):
            (extra_dir / f"{i:04d}.eml").write_bytes(mail.raw)
        del box
        log(
            f"  {results['mailbox']['bytes'] / 2**20:,.0f} MB in {results['mailbox']['seconds']:.1f} s; warming Dovecot up"
        )
        results["warm_up_s"] = warm_up(server, user)
        words = search_words(args.seed)
        results["words"] = words

        mb: dict[str, Any] = {}
        maildir = work / "mbsync"
        rc = mbsync_rc(work / "mbsyncrc", server, user, maildir, fsync=True)
        if not args.skip_peers:
            log("mbsync: full plain copy")
            mb["load_before"] = os.getloadavg()[0]
            mb["full"], mb["rss_mb"] = run_mbsync(rc)
            mb["full_cpu_s"] = LAST_CPU[0]
            mb["load_after"] = os.getloadavg()[0]
            copied = count_maildir(maildir)
            if copied != args.messages:
                raise RuntimeError(f"mbsync copied {copied} messages, not {args.messages}")
            mb["nochange"] = statistics.median(
                run_mbsync(rc)[0] for _ in range(3 if args.quick else 5)
            )
            mb["maildir_mb"] = du(maildir) / 2**20
            if not args.quick:
                log("mbsync: full copy with FSync no")
                rc2 = mbsync_rc(
                    work / "mbsyncrc-nofsync", server, user, work / "mbsync-nofsync", fsync=False
                )
                mb["full_nofsync"] = run_mbsync(rc2)[0]
                mb["full_nofsync_cpu_s"] = LAST_CPU[0]
                shutil.rmtree(work / "mbsync-nofsync")
            results["mbsync"] = mb

            log("notmuch: new, count, search")
            env = notmuch_env(work, maildir, user)
            nm: dict[str, Any] = {}
            nm["new"], nm["rss_mb"], _ = run_timed(["notmuch", "new", "--quiet"], env)
            nm["new_cpu_s"] = LAST_CPU[0]
            nm["indexed"] = int(run_timed(["notmuch", "count", "*"], env)[2].strip())
            nm.update(notmuch_queries(env, words))
            nm["db_mb"] = du(maildir / ".notmuch") / 2**20
            results["notmuch"] = nm

        if not args.skip_omni:
            assert server.certs is not None
            config = {
                "address": user.address,
                "name": "Shop.kz Support",
                "imap_host": server.host,
                "imap_port": str(server.imaps_port),
                "imap_security": "tls",
                "fingerprint": server.certs.fingerprint,
                "smtp_host": server.host,
                **dict(item.split("=", 1) for item in args.config),
            }
            if args.lazy_kb is not None:
                config["lazy_attachments_kb"] = str(args.lazy_kb)
            omni_work = work / "omni"
            omni_work.mkdir()
            results["omni"] = run_omni_child(
                {
                    "work": str(omni_work),
                    "config": config,
                    "password": user.password,
                    "imap_port": server.imap_port,
                    "extra": str(extra_dir),
                    "words": words,
                    "repeat": 3 if args.quick else 5,
                    "profile": args.profile,
                    "downloads": args.downloads,
                    "one_process": args.one_process,
                    "serial": args.serial,
                },
                args.pyspy,
            )
            if results["omni"]["stored"] != args.messages:
                log(
                    f"WARNING: the store holds {results['omni']['stored']} messages, not {args.messages}"
                )
            if results["omni"]["stored_final"] != args.messages + EXTRA:
                log(
                    f"WARNING: after the incremental sync the store holds {results['omni']['stored_final']}"
                )

        if not args.skip_peers:
            if args.skip_omni:  # the new messages were not appended by the OmniInbox phase
                append_extra(server, user, extra_dir)
            log(f"mbsync: the {EXTRA} new messages")
            mb["incremental"] = run_mbsync(rc)[0]
            if count_maildir(maildir) != args.messages + EXTRA:
                log(f"WARNING: mbsync's Maildir holds {count_maildir(maildir)} messages")
        results["total_s"] = time.perf_counter() - started
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
        print(report(results))
        print("\n" + footer(results), flush=True)
        if args.profile:
            print_profile(args.profile)
    finally:
        server.close()
        if args.keep:
            log(f"kept {work} and {server.root}")
        else:
            log("removing the temp dirs")
            shutil.rmtree(work, ignore_errors=True)


def append_extra(server: Any, user: Any, extra_dir: Path) -> None:
    user.append_many(path.read_bytes() for path in sorted(extra_dir.iterdir()))


if __name__ == "__main__":
    main()
