"""OmniInbox's side, in a child process of its own (so its peak RSS is its own): the full sync
as the engine runs it, the background download, no-change and incremental syncs, search."""

from __future__ import annotations

import cProfile
import json
import os
import queue
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from common import DOWNLOAD_CHUNK, EXTRA, HERE, ROOT, du, log, summary


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

    def timed(fn: Any) -> Any:
        """``fn``, adding the seconds it takes to timing["convert"]."""

        def call(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args)
            finally:
                timing["convert"] += time.perf_counter() - started

        return call

    timed_convert = timed(connector._convert)
    convert_later = connector._convert_later

    def timed_convert_later(*args: Any) -> Any:
        # starting the parse, then later parsing here or waiting for the parsing process
        return timed(timed(convert_later)(*args))

    connector._convert = timed_convert  # type: ignore[method-assign]
    connector._convert_many = timed(connector._convert_many)  # type: ignore[method-assign]
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
    command = [sys.executable, str(HERE / "run.py"), "--omni-phase", str(spec)]
    if pyspy:
        spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
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
