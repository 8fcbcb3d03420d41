"""The example connector of docs/connectors.md, installed for real.

pip installs docs/example_connector into a folder of its own; the app, run as a process with
that folder on its path, finds it through its entry point; a pull and a send go through the
engine; its failures come out as the contract's error classes; and the guide's excerpts are
the package's real code.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from omniinbox.connector import (
    AuthError,
    ConnectorError,
    Outbound,
    PermanentError,
    TransientError,
    discover,
)
from omniinbox.domain import Direction, Identity, IdentityKind, NewMessage, Reset
from omniinbox.sync.engine import Engine
from omniinbox.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "docs" / "example_connector"
GUIDE = REPO / "docs" / "connectors.md"
PACKAGE = "omniinbox_example"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/example_connector installed by pip into a folder of its own, without network."""
    root = tmp_path_factory.mktemp("example-install")
    source = root / "source"  # a copy: a build leaves build/ and *.egg-info next to the code
    shutil.copytree(
        EXAMPLE,
        source,
        ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", ".*_cache"),
    )
    target = root / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--disable-pip-version-check",
            "--quiet",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return target


@pytest.fixture
def installed(site: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """The installed copy on sys.path, imported from there (not from docs/)."""
    ours = [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]
    for name in ours:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(site))
    module = importlib.import_module(PACKAGE)
    assert Path(str(module.__file__)).is_relative_to(site)
    yield module
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]  # monkeypatch puts back what was there before


@pytest.fixture
def chat(installed: ModuleType) -> Iterator[Any]:
    service = importlib.import_module(f"{PACKAGE}.service").ChatService()
    with service:
        yield service


class _Secrets:
    def __init__(self, **values: str) -> None:
        self.values = values

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def connector_for(chat: Any, **config: str) -> Any:
    cls = discover().get("example")  # found through the installed entry point
    return cls({"url": chat.url, **config}, _Secrets(token=chat.token))


@pytest.fixture
def example(chat: Any) -> Iterator[Any]:
    """An ExampleConnector in front of ``chat``, closed afterwards."""
    connector = connector_for(chat, page_size="10")
    yield connector
    connector.close()


# --- installed and found ---------------------------------------------------------------------


def test_pip_installs_the_package_with_its_entry_point(site: Path) -> None:
    (dist,) = site.glob("omniinbox_example_connector-*.dist-info")
    points = (dist / "entry_points.txt").read_text(encoding="utf-8")
    assert "[omniinbox.connectors]" in points
    assert "example = omniinbox_example:ExampleConnector" in points
    for name in ("__init__.py", "connector.py", "service.py", "py.typed"):
        assert (site / PACKAGE / name).is_file()


def test_the_app_lists_it_as_available(site: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO)])
    env["OMNIINBOX_HOME"] = str(tmp_path / "home")
    env["OMNIINBOX_KEYRING_BACKEND"] = "file"
    env["OMNIINBOX_KEYRING_PASSPHRASE"] = TEST_PASSPHRASE
    env["PYTHONIOENCODING"] = "utf-8"
    done = subprocess.run(
        [sys.executable, "-m", "omniinbox", "connectors", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    rows = {row["kind"]: row for row in json.loads(done.stdout)}
    assert rows["example"] == {
        "kind": "example",
        "name": "Example Chat",
        "available": True,
        "problem": "",
        "origin": "omniinbox_example:ExampleConnector",
    }


# --- a round trip through the engine ---------------------------------------------------------


def test_a_pull_and_a_send_go_through_the_engine(
    installed: ModuleType, chat: Any, tmp_path: Path
) -> None:
    ws = Workspace.at(tmp_path / "ws")
    chat.visitor_writes(
        "aliya",
        "Здравствуйте! Где мой заказ №1042?",
        name="Алия",
        email="Aliya@Example.kz",
        verified=True,
    )
    chat.visitor_writes("nino", "ჩემი შეკვეთა ჯერ არ მოსულა", name="Nino")
    chat.visitor_writes("aliya", "Жду ответа", name="Алия")

    keyring: dict[int, _Secrets] = {}  # in memory: the encrypted-file keyring is slow by design
    engine = Engine(ws.open_store(), discover(), lambda account: keyring[account.id])
    try:
        store = engine.store
        cls = engine.registry.get("example")
        assert cls is installed.ExampleConnector  # through the entry point, the installed copy
        values = cls.schema.validate({"url": chat.url, "token": chat.token, "page_size": "2"})
        config = {k: v for k, v in values.items() if k not in cls.schema.secret_keys}
        assert "token" not in config  # secrets never go to the store
        account = store.add_account("Website chat", cls.kind, config, cls.channel.value)
        keyring[account.id] = _Secrets(**{k: values[k] for k in cls.schema.secret_keys})

        pulled = engine.sync_once(account)
        # 3 messages in pages of 2, and the verified email of each of Aliya's two messages
        assert (pulled.batches, pulled.events, pulled.sent) == (2, 5, 0)
        rows = {r.contact_name: r for r in store.conversations()}
        assert set(rows) == {"Алия", "Nino"}
        aliya = rows["Алия"]
        assert [m.text for m in store.messages(aliya.id)] == [
            "Здравствуйте! Где мой заказ №1042?",
            "Жду ответа",
        ]
        assert ("email", "aliya@example.kz", "") in store.contact_identities(aliya.contact_id or 0)

        agent = store.add_agent("Dana Sultanova")
        store.queue_reply(aliya.id, "Заказ №1042 отправлен сегодня, трек RU123.", agent.id)
        result = engine.sync_once(account)
        assert result.sent == 1
        (sent,) = chat.agent_messages()
        assert sent["text"] == "Заказ №1042 отправлен сегодня, трек RU123."
        assert sent["agent"] == "Dana Sultanova" and sent["conversation"] == "c1"
        reply = store.messages(aliya.id)[-1]
        assert reply.direction is Direction.OUT and reply.delivery == "sent"
        assert reply.remote_id == sent["id"]

        # The server lists our reply too; the store already has its remote id: no double.
        again = engine.sync_once(account)
        assert (again.events, again.sent) == (1, 0)
        assert len(store.messages(aliya.id)) == 3
        assert store.outbox_counts() == {"sent": 1}
    finally:
        engine.stop()
        engine.store.close()


# --- the contract's error classes, and the parts the kit does not reach ----------------------


def test_failures_come_out_as_the_contract_classes(chat: Any, example: Any) -> None:
    chat.fail_next(429, retry_after=7)
    with pytest.raises(TransientError) as slow:
        example.pull("")
    assert slow.value.retry_after == 7.0
    chat.fail_next(503)
    with pytest.raises(TransientError, match="HTTP 503"):
        example.pull("")
    nobody = Identity.of(IdentityKind.OTHER, "example:nobody")
    with pytest.raises(PermanentError, match="no visitor"):
        example.send(Outbound("k", nobody, "Hello"))
    with pytest.raises(PermanentError, match="no Example Chat visitor"):
        example.send(Outbound("k", Identity.of(IdentityKind.EMAIL, "a@b.kz"), "Hello"))
    chat.visitor("aliya")
    with pytest.raises(PermanentError, match="at most 4000"):
        example.send(Outbound("k", Identity.of(IdentityKind.OTHER, "example:aliya"), "x" * 4001))

    cls = discover().get("example")
    with pytest.raises(AuthError, match="refused the API token"):
        cls({"url": chat.url}, _Secrets(token="not-the-token")).check()
    with pytest.raises(AuthError, match="no API token"):
        cls({"url": chat.url}, _Secrets()).check()
    with pytest.raises(ConnectorError, match="https://"):
        cls({"url": "http://chat.example.com"}, _Secrets(token="t")).check()
    with pytest.raises(TransientError, match="cannot reach"):
        cls({"url": "http://127.0.0.1:9"}, _Secrets(token="t")).pull("")


def test_a_send_whose_answer_was_lost_is_retried_and_delivered_once(
    chat: Any, example: Any
) -> None:
    chat.visitor("aliya", "Алия")
    out = Outbound("reply-1", Identity.of(IdentityKind.OTHER, "example:aliya"), "Готово")
    chat.lose_next_answer(path="/api/v1/conversations/c1/messages/")
    with pytest.raises(TransientError):  # not Uncertain: the transaction id makes it safe
        example.send(out)
    receipt = example.send(out)  # what the engine does next (IDEMPOTENT_SEND)
    (sent,) = chat.agent_messages()
    assert receipt.remote_id == sent["id"] and sent["text"] == "Готово"


def test_a_restored_history_is_a_reset_and_read_again(chat: Any, example: Any) -> None:
    for n in range(3):
        chat.visitor_writes(f"v{n}", f"message {n}")
    first = example.pull("")
    chat.restore_backup()
    again = example.pull(first.cursor)
    garbled = example.pull("not a cursor")
    assert isinstance(again.events[0], Reset) and isinstance(garbled.events[0], Reset)
    ids = {e.remote_id for e in first.events if isinstance(e, NewMessage)}
    assert len(ids) == 3
    assert {e.remote_id for e in again.events if isinstance(e, NewMessage)} == ids
    assert again.cursor != first.cursor and not again.more


def test_a_malformed_message_is_skipped_and_a_bad_time_noted(installed: ModuleType) -> None:
    convert = importlib.import_module(f"{PACKAGE}.connector").convert
    visitor = {"id": "aliya", "name": "Алия"}
    good = {"id": "m2", "conversation": "c1", "visitor": visitor, "by": "visitor", "text": "Hi"}
    events = convert(["garbage", {"id": "m1"}, {**good, "sent_at": "yesterday"}])
    (message,) = events
    assert message.remote_id == "m2" and "no valid time" in message.note
    assert message.sent_at.tzinfo is not None


def test_wait_returns_when_a_visitor_writes(chat: Any, example: Any) -> None:
    cursor = example.pull("").cursor
    assert example.wait(cursor, 0) is False
    writer = threading.Timer(0.2, chat.visitor_writes, ("aliya", "Алло?"))
    writer.start()
    started = time.monotonic()
    assert example.wait(cursor, 20) is True
    assert time.monotonic() - started < 5
    writer.join()


# --- the guide shows the package's real code -------------------------------------------------

# An excerpt is marked for this test, and kept from the formatter (ruff formats Markdown):
#   <!-- excerpt: docs/example_connector/omniinbox_example/connector.py -->
#   <!-- fmt: off -->
#   ```python ... ```
#   <!-- fmt: on -->
EXCERPT = re.compile(r"<!-- excerpt: (\S+) -->\n(?:<!-- fmt: off -->\n)?```\w*\n(.*?)```", re.S)
ELISION = re.compile(r"^\s*(\.\.\.|# \.\.\.)\s*$")


def _occurs(chunk: list[str], source: list[str]) -> bool:
    """The lines appear together in the source, shifted by one common indentation."""
    first = chunk[0]
    for i in range(len(source) - len(chunk) + 1):
        if not source[i].endswith(first) or source[i][: len(source[i]) - len(first)].strip():
            continue
        indent = source[i][: len(source[i]) - len(first)]
        if all(source[i + k] == (indent + line if line else "") for k, line in enumerate(chunk)):
            return True
    return False


def test_every_excerpt_in_the_guide_is_real_code() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    excerpts = EXCERPT.findall(text)
    assert len(excerpts) >= 15
    for path, block in excerpts:
        source = (REPO / path).read_text(encoding="utf-8").splitlines()
        chunk: list[str] = []
        for line in [*block.splitlines(), "..."]:
            if ELISION.match(line):
                while chunk and not chunk[-1]:
                    chunk.pop()
                assert not chunk or _occurs(chunk, source), f"not in {path}:\n" + "\n".join(chunk)
                chunk = []
            elif chunk or line.strip():
                chunk.append(line.rstrip())


def test_every_python_block_in_the_guide_parses() -> None:
    blocks = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert blocks
    for block in blocks:
        ast.parse(textwrap.dedent(block))
