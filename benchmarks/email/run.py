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
(``ImapConnector.download_many``, 100 refs per call), which gives the "full" figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

from common import EXTRA, LAST_CPU, code_state, du, log, machine, run_timed  # noqa: E402
from mailgen import Mailbox, search_words  # noqa: E402
from omni_side import omni_phase, print_profile, run_omni_child  # noqa: E402
from peers import count_maildir, mbsync_rc, notmuch_env, notmuch_queries, run_mbsync  # noqa: E402
from report import footer, merge, report  # noqa: E402

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
    parser.add_argument(
        "--latency-ms", type=float, default=0,
        help="a far server: this many ms each way between Dovecot and both clients (tests/integration/proxy.py)",
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
        imaps_port = server.imaps_port
        if args.latency_ms:
            from tests.integration.proxy import CuttingProxy

            far = CuttingProxy(server.host, server.imaps_port, delay=args.latency_ms / 1000)
            imaps_port = far.port
            results["latency_ms"] = args.latency_ms
            log(f"  {args.latency_ms:g} ms each way between Dovecot and the clients")
        words = search_words(args.seed)
        results["words"] = words

        mb: dict[str, Any] = {}
        maildir = work / "mbsync"
        rc = mbsync_rc(work / "mbsyncrc", server, user, maildir, fsync=True, port=imaps_port)
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
                    work / "mbsyncrc-nofsync",
                    server,
                    user,
                    work / "mbsync-nofsync",
                    fsync=False,
                    port=imaps_port,
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
                "imap_port": str(imaps_port),
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
