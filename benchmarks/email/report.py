"""The table: OmniInbox beside mbsync and notmuch, with ratios and the targets."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from common import EXTRA, TARGETS


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
    if r.get("latency_ms"):
        parts.append(f"{r['latency_ms']:g} ms each way to the server")
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
