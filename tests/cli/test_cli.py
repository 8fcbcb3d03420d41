"""The `omniinbox` command run as a real process, as a user or a script would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from omniinbox.store import LATEST, Store
from tests.conftest import TEST_PASSPHRASE
from tests.connector_kit.scripted import Remote


class Cli:
    def __init__(self, env: dict[str, str], workspace: Path) -> None:
        self.env = env
        self.workspace = workspace

    def __call__(
        self, *args: str, stdin: str = "", ok: bool = True
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "omniinbox", *args, "--workspace", str(self.workspace)]
            if args and not args[0].startswith("-")
            else [sys.executable, "-m", "omniinbox", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json").stdout)


@pytest.fixture
def cli(subprocess_env: dict[str, str], tmp_path: Path) -> Cli:
    return Cli(subprocess_env, tmp_path / "ws")


@pytest.fixture
def remote(tmp_path: Path) -> Remote:
    return Remote(tmp_path / "remote")


@pytest.fixture
def account(cli: Cli, remote: Remote) -> str:
    cli(
        "accounts",
        "add",
        "scripted",
        "--name",
        "Shop",
        "--set",
        f"folder={remote.folder}",
        "--secret-stdin",
        stdin="token=s3cr3t-t0ken-value\n",
    )
    return "Shop"


def test_help_documents_every_command(cli: Cli) -> None:
    out = cli("--help").stdout
    for command in (
        "gui",
        "demo",
        "accounts",
        "sync",
        "search",
        "conversations",
        "show",
        "reply",
        "export",
    ):
        assert command in out
    assert "--workspace" in out
    assert cli("accounts", "add", "--help").stdout.count("--secret-stdin") >= 1


def test_version(cli: Cli) -> None:
    assert cli("--version").stdout.startswith("OmniInbox ")


def test_an_account_is_added_listed_checked_and_removed(cli: Cli, account: str) -> None:
    (listed,) = cli.json("accounts", "list")  # type: ignore[misc]
    assert (listed["name"], listed["kind"], listed["connector"]) == ("Shop", "scripted", "yes")
    assert "credentials accepted" in cli("accounts", "check", "Shop").stdout
    cli("accounts", "remove", "Shop")
    assert cli.json("accounts", "list") == []


def test_secrets_never_reach_the_store_config_or_output(cli: Cli, account: str) -> None:
    out = cli("accounts", "list").stdout + cli("accounts", "check", "Shop").stdout
    assert "s3cr3t" not in out
    for path in cli.workspace.rglob("*"):
        if path.is_file() and path.name != "secrets.cryptfile":
            assert b"s3cr3t-t0ken-value" not in path.read_bytes(), path
    secrets_file = cli.workspace / "secrets.cryptfile"
    assert secrets_file.exists() and b"s3cr3t" not in secrets_file.read_bytes()


def test_the_stored_secret_is_what_the_connector_reads(cli: Cli, remote: Remote) -> None:
    cli(
        "accounts",
        "add",
        "scripted",
        "--name",
        "Bad",
        "--set",
        f"folder={remote.folder}",
        "--secret-stdin",
        stdin="wrong\n",
    )
    proc = cli("accounts", "check", "Bad", ok=False)
    assert proc.returncode == 1 and proc.stderr.strip() == "omniinbox: the access token was refused"


def test_secrets_on_the_command_line_are_refused(cli: Cli, remote: Remote) -> None:
    proc = cli(
        "accounts",
        "add",
        "scripted",
        "--name",
        "X",
        "--set",
        f"folder={remote.folder}",
        "--set",
        "token=abc",
        ok=False,
    )
    assert proc.returncode == 2 and "never on the command line" in proc.stderr
    assert "abc" not in proc.stderr


def test_bad_settings_get_one_clear_line(cli: Cli, remote: Remote) -> None:
    proc = cli(
        "accounts",
        "add",
        "scripted",
        "--name",
        "X",
        "--set",
        "batch=many",
        "--set",
        f"folder={remote.folder}",
        "--secret-stdin",
        ok=False,
    )
    assert proc.stderr.strip() == "omniinbox: Batch size must be a whole number, not 'many'"
    proc = cli("accounts", "add", "nosuch", "--name", "X", ok=False)
    assert "no connector of kind 'nosuch'" in proc.stderr and proc.stderr.count("\n") == 1


def test_broken_plugins_are_listed_as_unavailable_and_do_not_stop_anything(cli: Cli) -> None:
    rows = {r["kind"]: r for r in cli.json("connectors")}  # type: ignore[union-attr]
    assert rows["scripted"]["available"] is True
    assert "broken on purpose" in rows["broken"]["problem"]
    assert rows["needsdep"]["problem"] == "needs the Python package 'omniinbox_no_such_library'"


def test_sync_fetches_then_a_reply_goes_out_on_the_next_sync(
    cli: Cli, account: str, remote: Remote
) -> None:
    remote.deliver(
        "Заказ №77 не пришёл, помогите",
        sender="olga@example.ru",
        name="Ольга Петренко",
        subject="Заказ №77",
    )
    remote.deliver("Thanks!", sender="sam@example.com", name="Sam")
    assert "2 new events" in cli("sync").stdout
    convs = cli.json("conversations")
    assert {c["customer"] for c in convs} == {"Ольга Петренко", "Sam"}  # type: ignore[union-attr]
    ticket = next(c["ticket"] for c in convs if c["customer"] == "Sam")  # type: ignore[union-attr]
    cli("reply", str(ticket), "--text", "You are welcome, Sam.")
    shown = cli.json("show", f"#{ticket}")
    assert shown["messages"][-1]["delivery"] == "queued"  # type: ignore[index]
    cli("sync", "--account", "Shop")
    assert [s["text"] for s in remote.sent()] == ["You are welcome, Sam."]
    shown = cli.json("show", str(ticket))
    assert shown["messages"][-1]["delivery"] == "sent"  # type: ignore[index]
    hits = cli.json("search", "заказ")
    assert [h["customer"] for h in hits] == ["Ольга Петренко"]  # type: ignore[union-attr]


def test_a_crash_between_pull_and_commit_loses_and_doubles_nothing(
    cli: Cli, account: str, remote: Remote
) -> None:
    for i in range(6):
        remote.deliver(f"message {i}", sender=f"c{i}@example.com")
    remote.fault("die-in-commit", "crash", at=2)
    crashed = cli("sync", ok=False)
    assert crashed.returncode == 3  # the process died inside the open transaction
    assert len(cli.json("conversations")) == 2  # type: ignore[arg-type]
    cli("sync")
    convs = cli.json("conversations")
    assert len(convs) == 6  # type: ignore[arg-type]
    assert sum(c["messages"] for c in convs) == 6  # type: ignore[union-attr]


def test_export_json_and_csv(cli: Cli, account: str, remote: Remote, tmp_path: Path) -> None:
    remote.deliver("Где мой заказ?", sender="a@example.kz", name="Айбек")
    cli("sync")
    data = cli.json("export")
    assert data[0]["messages"][0]["text"] == "Где мой заказ?"  # type: ignore[index]
    out = tmp_path / "export.csv"
    cli("export", "--csv", "--output", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("ticket,status") and "Айбек" in lines[1]


def test_user_errors_are_one_line_and_nonzero(cli: Cli, account: str) -> None:
    proc = cli("show", "99999", ok=False)
    assert (proc.returncode, proc.stderr.strip()) == (1, "omniinbox: no ticket #99999")
    proc = cli("show", "abc", ok=False)
    assert proc.returncode == 2 and "not a ticket number" in proc.stderr
    proc = cli("accounts", "check", "Nope", ok=False)
    assert "no account named 'Nope'" in proc.stderr


def test_a_workspace_from_a_newer_version_is_refused_clearly(cli: Cli, account: str) -> None:
    store = Store(cli.workspace / "omniinbox.sqlite")
    store.db.execute("INSERT INTO schema_version VALUES (?, 'future', 'x')", (LATEST + 1,))
    store.close()
    proc = cli("conversations", ok=False)
    assert proc.returncode == 1 and "newer OmniInbox" in proc.stderr


def test_commands_on_a_missing_workspace_say_what_to_do(cli: Cli) -> None:
    proc = cli("search", "anything", ok=False)
    assert "no workspace at" in proc.stderr and "omniinbox demo" in proc.stderr


def test_the_passphrase_is_needed_for_the_secrets_file(cli: Cli, account: str) -> None:
    cli.env.pop("OMNIINBOX_KEYRING_PASSPHRASE")
    proc = cli("accounts", "check", "Shop", ok=False)
    assert proc.returncode == 1 and "OMNIINBOX_KEYRING_PASSPHRASE" in proc.stderr
    assert TEST_PASSPHRASE not in proc.stderr


def test_the_demo_is_searchable_in_russian_and_refuses_to_overwrite(cli: Cli) -> None:
    out = cli("demo").stdout
    assert "300 conversations" in out
    hits = cli.json("search", "заказ")
    assert len(hits) >= 5  # type: ignore[arg-type]
    assert all("[" in h["snippet"] for h in hits)  # type: ignore[union-attr]
    again = cli("demo", ok=False)
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert len(cli.json("conversations", "--limit", "1000")) == 300  # type: ignore[arg-type]


def test_gui_screenshot_renders_the_demo_window(cli: Cli, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    cli("gui", "--demo", "--screenshot", str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    assert (cli.workspace / "demo" / "omniinbox.sqlite").exists()


def test_a_mailto_link_opens_the_window_instead_of_failing(cli: Cli, tmp_path: Path) -> None:
    shot = tmp_path / "mailto.png"
    cli("gui", "--demo", "--screenshot", str(shot), "mailto:olga@example.ru?subject=Invoice")
    assert shot.exists()
    proc = cli("mailto:olga@example.ru", "--help")
    assert "mailto" in proc.stdout


def test_gui_screenshots_writes_the_main_views(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    cli("gui", "--demo", "--screenshots", str(folder))
    shots = sorted(folder.glob("*.png"))
    assert len(shots) >= 4 and all(p.stat().st_size > 20_000 for p in shots)
