"""The demo workspace: a realistic, seeded sample desk written through the store's API."""

from __future__ import annotations

import ast
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import omniinbox.demo
from omniinbox.demo import DemoSummary, WorkspaceNotEmpty, build_demo, create_demo_workspace
from omniinbox.domain import Direction, Message, Status
from omniinbox.domain.clock import from_iso
from omniinbox.store import ConversationRow, Store
from omniinbox.workspace import Workspace

NOW = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)
AGENT_NAMES = {"Aigerim Seitkali", "Timur Rakhimov", "Nino Kapanadze", "Olena Hnatiuk"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, DemoSummary, float]:
    workspace = Workspace(tmp_path_factory.mktemp("demo"))
    started = time.perf_counter()
    summary = create_demo_workspace(workspace, seed=7, now=NOW)
    return workspace, summary, time.perf_counter() - started


@pytest.fixture(scope="module")
def store(built: tuple[Workspace, DemoSummary, float]):  # type: ignore[no-untyped-def]
    opened = built[0].open_store(readonly=True)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def rows(store: Store) -> list[ConversationRow]:
    return store.conversations(limit=10_000, order="ticket")


@pytest.fixture(scope="module")
def messages(store: Store, rows: list[ConversationRow]) -> dict[int, list[Message]]:
    return {row.id: store.messages(row.id) for row in rows}


def test_counts_are_in_range(
    built: tuple[Workspace, DemoSummary, float], store: Store, rows: list[ConversationRow]
) -> None:
    summary = built[1]
    assert 280 <= summary.conversations <= 320
    assert summary.conversations == len(rows) == store.count_conversations()
    assert summary.customers == 120
    assert len({row.contact_id for row in rows}) == 120
    assert summary.accounts == 3 and summary.agents == 4
    assert 600 <= summary.messages <= 1300
    assert summary.notes > 20
    assert "conversations" in summary.describe()


def test_accounts_and_agents(store: Store) -> None:
    accounts = {a.name: a for a in store.accounts()}
    assert set(accounts) == {"Support email", "Telegram bot", "X @shop"}
    email = accounts["Support email"]
    assert (email.kind, email.channel.value) == ("imap", "email")
    assert email.config == {
        "host": "imap.example.kz",
        "username": "support@shop.example",
        "demo": "true",
    }
    assert (accounts["Telegram bot"].kind, accounts["Telegram bot"].channel.value) == (
        "telegram",
        "telegram",
    )
    assert (accounts["X @shop"].kind, accounts["X @shop"].channel.value) == ("x", "x")
    for account in accounts.values():
        assert not any("pass" in key or "token" in key for key in account.config)
    assert {a.name for a in store.agents()} == AGENT_NAMES


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("English", "parcel"),
        ("Russian", "Здравствуйте"),
        ("Kazakh", "Сәлеметсіз"),
        ("Ukrainian", "замовлення"),
        ("Uzbek", "buyurtma"),
        ("Georgian", "შეკვეთა"),
    ],
)
def test_every_language_is_searchable(store: Store, language: str, word: str) -> None:
    hits = store.search(word, limit=500)
    assert len(hits) >= 5, f"no {language} text found for {word!r}"


def test_each_script_has_its_own_letters(messages: dict[int, list[Message]], store: Store) -> None:
    text = " ".join(m.text for conv in messages.values() for m in conv)
    text += " ".join(row.contact_name for row in store.conversations(limit=10_000))
    for letter in "әғқңөұүһі":  # Kazakh
        assert letter in text, letter
    for letter in "іїєґ":  # Ukrainian
        assert letter in text, letter
    for pair in ("oʻ", "gʻ", "sh", "ch"):  # Uzbek Latin
        assert pair in text, pair
    assert any("\u10d0" <= ch <= "\u10ff" for ch in text)  # Georgian Mkhedruli


def test_customers_on_two_channels(store: Store, rows: list[ConversationRow]) -> None:
    channels: dict[int | None, set[str]] = defaultdict(set)
    for row in rows:
        channels[row.contact_id].add(row.channel)
    both = [contact for contact, seen in channels.items() if len(seen) >= 2]
    assert len(both) >= 20
    for contact in both:
        assert contact is not None
        kinds = {kind for kind, _, _ in store.contact_identities(contact)}
        assert len(kinds) == 2


def test_identities_look_like_the_channels(store: Store, rows: list[ConversationRow]) -> None:
    seen = set()
    for contact in {row.contact_id for row in rows}:
        assert contact is not None
        for kind, value, display in store.contact_identities(contact):
            seen.add(kind)
            if kind == "email":
                assert "@" in value and value == value.lower()
            else:
                assert kind in ("telegram", "x")
                assert value.isdigit() and display.startswith("@")
    assert seen == {"email", "telegram", "x"}


def test_same_seed_gives_the_same_desk(tmp_path: Path, rows: list[ConversationRow]) -> None:
    def listing(store: Store) -> list[tuple[object, ...]]:
        return [
            (r.ticket, r.subject, r.channel, r.status, r.owner_name, r.contact_name, r.tags)
            for r in store.conversations(limit=10_000, order="ticket")
        ]

    again = Workspace(tmp_path / "again").open_store()
    build_demo(again, seed=7, now=NOW)
    first = Workspace(tmp_path / "first").open_store()
    build_demo(first, seed=7, now=NOW)
    other = Workspace(tmp_path / "other").open_store()
    build_demo(other, seed=8, now=NOW)
    assert listing(again) == listing(first)
    assert [r.subject for r in rows] == [row[1] for row in listing(first)]
    some = again.conversation_by_ticket(1042).id, first.conversation_by_ticket(1042).id
    texts = [[(m.text, m.sent_at) for m in s.messages(cid) if m.direction is not Direction.NOTE]
             for s, cid in zip((again, first), some, strict=True)]  # fmt: skip
    assert texts[0] == texts[1]
    assert listing(other) != listing(first)
    for store in (again, first, other):
        store.close()


def test_refuses_a_workspace_with_conversations(
    built: tuple[Workspace, DemoSummary, float],
) -> None:
    workspace = built[0]
    with pytest.raises(WorkspaceNotEmpty, match=r"already has \d+ conversations"):
        create_demo_workspace(workspace)
    store = workspace.open_store(readonly=True)
    try:
        assert store.count_conversations() == built[1].conversations
    finally:
        store.close()


def test_refuses_a_workspace_with_accounts_but_fills_an_empty_one(tmp_path: Path) -> None:
    configured = Workspace(tmp_path / "configured")
    store = configured.open_store()
    store.add_account("Shop mail", "imap", {"host": "imap.example.org"}, "email")
    store.close()
    with pytest.raises(WorkspaceNotEmpty, match="Shop mail"):
        create_demo_workspace(configured)

    empty = Workspace(tmp_path / "empty")
    empty.open_store().close()  # an existing, empty workspace is fine
    assert create_demo_workspace(empty, now=NOW).conversations >= 280


def test_attachments_are_stored_as_blobs(store: Store, messages: dict[int, list[Message]]) -> None:
    all_messages = [
        m for conv in messages.values() for m in conv if m.direction is not Direction.NOTE
    ]
    attachments = [a for m in all_messages for a in m.attachments]
    assert 0.05 <= len(attachments) / len(all_messages) <= 0.16
    kinds = Counter(a.mime for a in attachments)
    assert {"image/png", "text/plain", "application/pdf"} <= set(kinds)
    for att in attachments:
        assert att.sha256 is not None and store.blobs.exists(att.sha256)
        content = store.blobs.path(att.sha256).read_bytes()
        assert len(content) == att.size > 0
        if att.mime == "image/png":
            assert content.startswith(b"\x89PNG\r\n\x1a\n") and content.endswith(b"IEND\xaeB`\x82")
        elif att.mime == "application/pdf":
            assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
        else:
            assert content.decode("utf-8")


def test_statuses_owners_and_tags_are_spread(rows: list[ConversationRow]) -> None:
    statuses = Counter(row.status for row in rows)
    assert set(statuses) == set(Status)
    assert statuses[Status.OPEN] + statuses[Status.RESOLVED] > len(rows) / 2
    owners = Counter(row.owner_name for row in rows)
    assert set(owners) - {""} == AGENT_NAMES
    assert 10 <= owners[""] <= len(rows) / 3  # some unassigned
    assert 10 <= sum(row.unread for row in rows) < len(rows) / 2
    tags = Counter(tag for row in rows for tag in row.tags)
    assert {"refund", "delivery", "vip", "wholesale"} <= set(tags)
    assert Counter(row.channel for row in rows).keys() == {"email", "telegram", "x"}


def test_conversations_read_in_order(
    rows: list[ConversationRow], messages: dict[int, list[Message]]
) -> None:
    oldest = NOW - timedelta(days=46)
    for row in rows:
        said = [m for m in messages[row.id] if m.direction is not Direction.NOTE]
        assert 1 <= len(said) <= 6
        assert said[0].direction is Direction.IN
        times = [m.sent_at for m in said]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert oldest <= times[0] and times[-1] < NOW
        assert from_iso(row.last_message_at) == times[-1]
        for m in said:
            assert bool(m.subject) == (row.channel == "email")
            if m.direction is Direction.OUT:
                assert m.author in AGENT_NAMES
                assert m.author in m.text  # signed with the agent's real name
        if row.status is Status.PENDING:
            assert said[-1].direction is Direction.OUT  # waiting for the customer
        if row.unread:
            assert said[-1].direction is Direction.IN


def test_notes_are_by_agents(messages: dict[int, list[Message]]) -> None:
    notes = [m for conv in messages.values() for m in conv if m.direction is Direction.NOTE]
    assert len(notes) >= 20
    assert {n.author for n in notes} <= AGENT_NAMES


def test_remote_ids_are_unique_per_account(messages: dict[int, list[Message]]) -> None:
    seen = Counter(
        (m.account_id, m.remote_id)
        for conv in messages.values()
        for m in conv
        if m.direction is not Direction.NOTE
    )
    assert all(remote_id for _, remote_id in seen)
    assert max(seen.values()) == 1


def test_building_is_fast(built: tuple[Workspace, DemoSummary, float]) -> None:
    assert built[2] < 5.0, f"building the demo took {built[2]:.2f}s"


def test_demo_imports_only_domain_store_and_workspace() -> None:
    allowed_project = (
        "omniinbox.domain",
        "omniinbox.store",
        "omniinbox.workspace",
        "omniinbox.demo",
    )
    forbidden = {"PySide6", "keyring", "keyrings", "sqlite3", "sqlite_utils"}
    package = Path(omniinbox.demo.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{source.name} imports {name}"
                if name.startswith("omniinbox"):
                    assert name.startswith(allowed_project), f"{source.name} imports {name}"
