"""The helpdesk commands run as a real process: agents, desk settings, templates, rules,
assign, status, bulk and kpi, with one clear line and a non-zero status for every mistake."""

from __future__ import annotations

import csv
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from omniinbox.cli import main
from tests.connector_kit.scripted import Remote


class Cli:
    """`omniinbox.cli.main` called in this process (fast), as the command line would."""

    def __init__(self, capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
        self.capsys = capsys
        self.workspace = workspace

    def __call__(self, *args: str, ok: bool = True, stdin: str = "") -> Result:
        sys.stdin = io.StringIO(stdin)
        try:
            code = main([*args, "--workspace", str(self.workspace)])
        finally:
            sys.stdin = sys.__stdin__
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err and "unexpected error" not in err, err
        if ok:
            assert code == 0, err
        else:
            assert code != 0 and len(err.strip().splitlines()) == 1, err
        return Result(code, out, err)

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json").stdout)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Iterator[Cli]:
    handlers = list(logging.getLogger().handlers)
    yield Cli(capsys, tmp_path / "ws")
    for handler in logging.getLogger().handlers:
        if handler not in handlers:  # the workspace log file main() opened
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_mistakes_are_one_line_and_a_non_zero_status_as_a_real_process(
    subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "omniinbox"]
    workspace = ["--workspace", str(tmp_path / "ws")]
    for args, message in [
        (["desk", "set", "calendar.tz", "Mars/Base"], "unknown time zone"),
        (["kpi", "--from", "2026-13-01", "--to", "2026-12-01", "--csv"], "is not a date"),
        (["status", "1001", "resolved"], "no ticket #1001"),
    ]:
        proc = subprocess.run(
            [*command, *args, *workspace],
            capture_output=True,
            text=True,
            env=subprocess_env,
            timeout=120,
        )
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert proc.stderr.startswith("omniinbox: ") and message in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_agents_settings_and_templates(cli: Cli, tmp_path: Path) -> None:
    cli("agents", "add", "Aigerim Bekova", "--email", "aigerim@shop.kz")
    assert cli.json("agents", "list") == [
        {"id": 1, "name": "Aigerim Bekova", "email": "aigerim@shop.kz", "active": True}
    ]
    cli("desk", "set", "calendar.tz", "Asia/Almaty")
    cli("desk", "set", "sla.first_response", "45")
    shown = cli.json("desk", "show")
    assert isinstance(shown, dict)
    assert shown["calendar.tz"] == "Asia/Almaty" and shown["sla.urgent.first_response"] == "45"
    assert "unknown setting 'colour'" in cli("desk", "set", "colour", "red", ok=False).stderr
    assert "unknown time zone" in cli("desk", "set", "calendar.tz", "Mars/Base", ok=False).stderr
    body = tmp_path / "late.txt"
    body.write_text("Сәлеметсіз бе, {customer.first_name}! Кешіріңіз.", encoding="utf-8")
    cli("templates", "add", "--name", "Late", "--language", "kk", "--file", str(body))
    cli(
        "templates",
        "add",
        "--name",
        "Mine",
        "--language",
        "en",
        "--text",
        "Hi {ticket}",
        "--agent",
        "Aigerim Bekova",
    )
    listed = cli.json("templates", "list", "--language", "kk")
    assert isinstance(listed, list) and "Late" in [t["name"] for t in listed]
    assert "Mine" not in [t["name"] for t in cli.json("templates", "list")]  # type: ignore[union-attr]
    mine = cli.json("templates", "list", "--agent", "Aigerim Bekova", "--search", "mine")
    assert [t["personal"] for t in mine] == [True]  # type: ignore[union-attr]
    cli("templates", "remove", "Late", "--language", "kk")
    err = cli("templates", "remove", "Late", "--language", "kk", ok=False).stderr
    assert "no template 'Late'" in err
    assert (
        "no agent named 'Nobody'" in cli("templates", "list", "--agent", "Nobody", ok=False).stderr
    )


def test_rules_from_json_files(cli: Cli, tmp_path: Path) -> None:
    cli("agents", "add", "Aigerim Bekova")
    cli("agents", "add", "Timur Akhmetov")
    rule = tmp_path / "rule.json"
    rule.write_text(
        json.dumps(
            {
                "name": "Refunds",
                "trigger": "new_conversation",
                "conditions": [
                    {"field": "subject_or_text", "op": "contains", "value": ["refund", "возврат"]}
                ],
                "actions": [
                    {"kind": "set_category", "value": "refund.request"},
                    {"kind": "round_robin", "agents": ["Aigerim Bekova", "Timur Akhmetov"]},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert "saved at position 10" in cli("rules", "add", "--json", str(rule)).stdout
    assert "saved at position 10" in cli("rules", "add", "--json", str(rule)).stdout  # replaced
    (listed,) = cli.json("rules", "list")  # type: ignore[misc]
    assert listed["actions"][1] == {"kind": "round_robin", "agent_ids": [1, 2]}
    assert "no past conversation matches" in cli("rules", "dry-run", "--json", str(rule)).stdout
    cli("rules", "disable", "Refunds")
    assert cli.json("rules", "list")[0]["enabled"] is False  # type: ignore[index]
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "Oops", "trigger": "sometimes"}', encoding="utf-8")
    assert (
        "'sometimes' is not a trigger" in cli("rules", "add", "--json", str(bad), ok=False).stderr
    )
    bad.write_text("{not json", encoding="utf-8")
    assert "not JSON" in cli("rules", "add", "--json", str(bad), ok=False).stderr
    assert "no such file" in cli("rules", "add", "--json", "missing.json", ok=False).stderr
    cli("rules", "remove", "Refunds")
    assert cli.json("rules", "list") == []
    assert "no rule 'Refunds'" in cli("rules", "remove", "Refunds", ok=False).stderr


def test_a_ticket_is_acknowledged_assigned_resolved_surveyed_and_counted(
    cli: Cli, tmp_path: Path
) -> None:
    remote = Remote(tmp_path / "remote")
    now = datetime.now(UTC).replace(microsecond=0)
    remote.deliver(
        "Where is my order?",
        sender="ann@example.com",
        name="Ann Lee",
        at=(now - timedelta(minutes=5)).isoformat(),
        subject="Order",
    )
    remote.deliver(
        "Is the concert on?",
        sender="bob@example.com",
        name="Bob Stone",
        at=(now - timedelta(minutes=4)).isoformat(),
        subject="Concert",
    )
    cli(
        "accounts",
        "add",
        "scripted",
        "--name",
        "Shop",
        "--set",
        f"folder={remote.folder}",
        "--secret-stdin",
        stdin="token=t\n",
    )
    cli("desk", "set", "ack.account.Shop", "on")
    cli("desk", "set", "csat.account.Shop", "on")
    cli("agents", "add", "Dana Sultanova")
    cli("sync")
    assert sorted(s["key"].split(":")[0] for s in remote.sent()) == ["ack", "ack"]
    cli("assign", "#1001", "Dana Sultanova")
    cli("reply", "1001", "--text", "It is on its way.")
    cli("status", "1001", "resolved")
    out = cli("status", "1002", "snooze", "--until", "+2h").stdout
    assert out.startswith("#1002 snoozed until")
    cli("sync")
    kinds = sorted(s["key"].split(":")[0] for s in remote.sent() if ":" in s["key"])
    assert kinds == ["ack", "ack", "csat"]
    shown = cli.json("show", "1001")
    assert shown["owner"] == "Dana Sultanova" and shown["status"] == "resolved"  # type: ignore[index]
    assert "snooze needs --until" in cli("status", "1002", "snooze", ok=False).stderr
    assert "no ticket #4242" in cli("status", "4242", "open", ok=False).stderr
    assert "is not a time" in cli("status", "1002", "snooze", "--until", "soon", ok=False).stderr
    assert "no agent named 'Zed'" in cli("assign", "1001", "Zed", ok=False).stderr

    day = now.date().isoformat()
    report = cli.json("kpi", "--from", day, "--to", day)
    assert isinstance(report, dict)
    assert report["volume"] == 2 and report["resolved"] == 1 and report["unanswered"] == 1
    rows = dict(
        csv.reader(
            io.StringIO(
                cli("kpi", "--from", day, "--to", day, "--csv", "--agent", "Dana Sultanova").stdout
            )
        )
    )
    assert rows["volume"] == "1" and rows["first_response.count"] == "1"
    err = cli("kpi", "--from", "yesterday", "--to", day, "--csv", ok=False).stderr
    assert "'yesterday' is not a date" in err
    assert (
        "ends before it starts"
        in cli("kpi", "--from", day, "--to", "2000-01-01", "--json", ok=False).stderr
    )

    preview = cli(
        "bulk",
        "--query",
        "concert",
        "--text",
        "Hello {customer.first_name}: cancelled.",
        "--dry-run",
    ).stdout
    assert "Hello Bob: cancelled." in preview and "nothing was queued" in preview
    queued = cli("bulk", "--tickets", "1001,1002", "--text", "We close at 15:00 today.").stdout
    assert "2 of 2 queued" in queued
    job = queued.split()[1].rstrip(":")
    cli("sync")
    progress = cli.json("bulk", "--progress", job)
    assert isinstance(progress, dict) and progress["sent"] == 2 and progress["done"] is True
    assert "choose who gets it" in cli("bulk", "--text", "hi", ok=False).stderr
    assert "no bulk notification 'nope'" in cli("bulk", "--resume", "nope", ok=False).stderr
