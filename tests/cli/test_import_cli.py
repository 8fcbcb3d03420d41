"""`omniinbox import mbox|maildir PATH` as a real process: resumable after a kill or Ctrl+C,
never doubling what is there, clear about hostile input. The mail is generated here."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.cli.test_cli import Cli

OWN = "support@shop.kz"
FROM_LINE = b"From MAILER-DAEMON Mon Jan  2 10:00:00 2023\n"


def make_message(i: int, *, message_id: bool = True, own: bool = False) -> bytes:
    """A customer's message (every third one starts a thread; the others answer it)."""
    m = EmailMessage()
    customer = f"customer{i // 3}@example.kz"
    m["From"] = OWN if own else f"Покупатель {i // 3} <{customer}>"
    m["To"] = customer if own else OWN
    m["Subject"] = f"Заказ №{i // 3}"
    m["Date"] = format_datetime(datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=i))
    if message_id:
        m["Message-ID"] = f"<m{i}@example.kz>"
    if i % 3 and message_id:
        m["In-Reply-To"] = f"<m{i - 1}@example.kz>"
    m.set_content(f"Где мой заказ {i}?\n\nFrom Russia with love\nсообщение {i}\n")
    return m.as_bytes().replace(b"\r\n", b"\n")


def mailbox(n: int) -> list[bytes]:
    """n messages: one without a Message-ID, one of ours, the rest customers'."""
    return [make_message(i, message_id=i != 4, own=i == 5) for i in range(n)]


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    with path.open("wb") as f:
        for raw in messages:
            quoted = raw.replace(b"\nFrom ", b"\n>From ")  # mboxrd quoting, as writers do
            f.write(FROM_LINE + quoted + (b"" if quoted.endswith(b"\n") else b"\n") + b"\n")
    return path


def write_maildir(root: Path, messages: list[bytes], seen: bool = True) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(messages):
        name = f"{1672531200 + i}.M{i}P1.host"
        target = root / "cur" / f"{name}:2,S" if seen else root / "new" / name
        target.write_bytes(raw)
    return root


def db_counts(workspace: Path) -> tuple[int, int]:
    """(messages, distinct remote ids) read straight from the file, as an outsider would."""
    with sqlite3.connect(f"file:{workspace / 'omniinbox.sqlite'}?mode=ro", uri=True) as db:
        row = db.execute("SELECT count(*), count(DISTINCT remote_id) FROM messages").fetchone()
    return int(row[0]), int(row[1])


@pytest.fixture
def cli(subprocess_env: dict[str, str], tmp_path: Path) -> Cli:
    return Cli(subprocess_env, tmp_path / "ws")


def test_an_mbox_is_imported_once_and_again_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "Inbox.mbox", mailbox(30))
    out = cli("import", "mbox", str(box), "--own-address", OWN).stdout
    assert "imported 30 new messages" in out and "'Imported mail'" in out
    assert db_counts(cli.workspace) == (30, 30)
    convs = cli.json("conversations", "--limit", "100")
    # threads of three by In-Reply-To; #4 (no Message-ID) and #5 (answers #4) stand alone
    assert len(convs) == 12  # type: ignore[arg-type]
    shown = cli("show", str(convs[-1]["ticket"])).stdout  # type: ignore[index]
    assert "From Russia with love" in shown and "Где мой заказ 0?" in shown
    with sqlite3.connect(f"file:{cli.workspace / 'omniinbox.sqlite'}?mode=ro", uri=True) as db:
        directions = dict(db.execute("SELECT remote_id, direction FROM messages"))
    assert directions["m5@example.kz"] == "out" and directions["m6@example.kz"] == "in"
    again = cli("import", "mbox", str(box))
    assert "nothing new" in again.stdout
    reread = json.loads(cli("import", "mbox", str(box), "--again", "--json").stdout)
    assert (reread["added"], reread["skipped"], reread["failed"]) == (0, 30, 0)
    assert db_counts(cli.workspace) == (30, 30)


def test_the_same_mail_as_a_maildir_adds_nothing_and_keeps_flags(cli: Cli, tmp_path: Path) -> None:
    messages = mailbox(12)
    cli("import", "mbox", str(write_mbox(tmp_path / "a.mbox", messages[:6])))
    result = json.loads(
        cli("import", "maildir", str(write_maildir(tmp_path / "md", messages)), "--json").stdout
    )
    assert (result["added"], result["skipped"]) == (6, 6)
    assert db_counts(cli.workspace) == (12, 12)
    unread = write_maildir(tmp_path / "unread", [make_message(100), make_message(101)], seen=False)
    cli("import", "maildir", str(unread))
    convs = cli.json("conversations", "--limit", "100")
    assert any(c["unread"] for c in convs)  # type: ignore[union-attr]


def test_a_killed_import_resumes_without_loss_or_doubles(
    cli: Cli, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    total = 1200
    box = write_mbox(tmp_path / "big.mbox", mailbox(total))
    ws = cli.workspace
    proc = subprocess.Popen(
        [sys.executable, "-m", "omniinbox", "import", "mbox", str(box), "--workspace", str(ws)],
        env=subprocess_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            stored = db_counts(ws)[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 200:
            break
        time.sleep(0.02)
    proc.kill()  # SIGKILL: no handler runs, the open transaction is lost with the process
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    partial = db_counts(ws)[0]
    assert 0 < partial < total
    out = cli("import", "mbox", str(box), "--json").stdout
    resumed = json.loads(out)
    assert resumed["added"] == total - partial and resumed["skipped"] == 0  # exactly the rest
    assert db_counts(ws) == (total, total)


def test_ctrl_c_stops_after_a_batch_and_the_same_command_continues(
    cli: Cli, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    total = 1200
    source = write_maildir(tmp_path / "md", mailbox(total))
    ws = cli.workspace
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "omniinbox",
            "import",
            "maildir",
            str(source),
            "--workspace",
            str(ws),
        ],
        env=subprocess_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if db_counts(ws)[0] >= 200:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "stopped" in out and "run the same command again" in out
    assert "Traceback" not in err
    first = db_counts(ws)[0]
    assert 0 < first < total
    cli("import", "maildir", str(source))
    assert db_counts(ws) == (total, total)


def test_hostile_input_gets_one_clear_line_and_loses_nothing(cli: Cli, tmp_path: Path) -> None:
    good = write_mbox(tmp_path / "good.mbox", mailbox(6)).read_bytes()
    cut = tmp_path / "cut.mbox"
    cut.write_bytes(good[: len(good) - 40])  # the last message ends mid-line
    out = cli("import", "mbox", str(cut))
    assert "imported 6 new messages" in out.stdout
    assert "cut short" in out.stderr
    not_mbox = tmp_path / "notes.txt"
    not_mbox.write_text("just some notes\nFrom here on\n")
    for args, words in (
        (("mbox", str(not_mbox)), "not an mbox file"),
        (("mbox", str(tmp_path / "missing.mbox")), "there is no file"),
        (("mbox", str(tmp_path)), "is a folder"),
        (("maildir", str(tmp_path)), "not a Maildir folder"),
        (("maildir", str(cut)), "is a file"),
    ):
        proc = cli("import", *args, ok=False)
        assert proc.returncode == 2 and words in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    broken = tmp_path / "broken.mbox"
    broken.write_bytes(
        FROM_LINE + b"Content-Type: multipart/mixed\nSubject: =?koi8-r?B?broken\n\n--x\n\x00\xff"
        b"\n\n" + FROM_LINE + make_message(50)
    )
    result = json.loads(cli("import", "mbox", str(broken), "--json").stdout)
    assert result["added"] == 2 and result["failed"] == 0
    assert db_counts(cli.workspace)[0] == 8


def test_only_an_email_account_takes_imported_mail(cli: Cli, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    remote.mkdir()
    cli("accounts", "add", "scripted", "--name", "Chat", "--set", f"folder={remote}",
        "--secret-stdin", stdin="token=t0ken-value-here\n")  # fmt: skip
    box = write_mbox(tmp_path / "a.mbox", mailbox(3))
    proc = cli("import", "mbox", str(box), "--account", "Chat", ok=False)
    assert proc.returncode == 2 and "only into an email account" in proc.stderr
    proc = cli("import", "mbox", str(box), "--account", "Nobody", ok=False)
    assert proc.returncode == 1 and "no account named 'Nobody'" in proc.stderr
    assert os.path.exists(cli.workspace / "omniinbox.sqlite")
