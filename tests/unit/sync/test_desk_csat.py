"""Satisfaction surveys and the reopen window, end to end through the engine: resolve, survey
on the customer's channel, answer parsed into the score without reopening, follow-up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from omniinbox.connector import discover
from omniinbox.domain import Account, Status
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.desk import DeskProcessor
from omniinbox.sync.engine import Engine
from omniinbox.sync.events import Changed
from tests.connector_kit.scripted import Remote

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now

    def at(self, minutes: float) -> datetime:
        self.now = MONDAY + timedelta(minutes=minutes)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def remote(tmp_path: Path) -> Remote:
    return Remote(tmp_path / "remote")


@pytest.fixture
def engine(store: Store, clock: Clock) -> Iterator[Engine]:
    store.set_business_calendar(BusinessCalendar.office("UTC"))
    e = Engine(
        store,
        discover(),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        desk=DeskProcessor(clock=clock),
    )
    yield e
    e.stop()


def account(store: Store, remote: Remote, channel: str = "email", name: str = "Mail") -> Account:
    return store.add_account(
        name, "scripted", {"folder": str(remote.folder), "batch": "50"}, channel
    )


def answered_and_resolved(
    store: Store, engine: Engine, remote: Remote, clock: Clock, acc: Account, text: str
) -> int:
    """A customer writes, an agent answers, the agent resolves: the conversation's id."""
    agent = store.agents()[0].id if store.agents() else store.add_agent("Dana Sultanova").id
    remote.deliver(text, sender="olga@example.com", name="Ольга", at=MONDAY.isoformat())
    clock.at(1)
    engine.sync_once(acc)
    (cid,) = [r.id for r in store.conversations() if r.account_id == acc.id][:1]
    store.desk_message(cid, "Готово, проверьте, пожалуйста.", agent_id=agent, at=clock.at(20))
    store.desk_status([cid], Status.RESOLVED, "Dana Sultanova", at=clock.at(30))
    engine.sync_once(acc)
    return cid


def survey_of(remote: Remote) -> dict[str, object]:
    (found,) = [s for s in remote.sent() if str(s["key"]).startswith("csat:")]
    return found


def test_a_resolved_conversation_is_surveyed_and_the_score_does_not_reopen_it(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    acc = account(store, remote)
    cid = answered_and_resolved(store, engine, remote, clock, acc, "Здравствуйте, где мой заказ?")
    survey = survey_of(remote)
    assert "Как мы справились с обращением #1001?" in str(survey["text"])
    assert survey["to"] == "olga@example.com"
    remote.deliver(
        "5 звёзд, спасибо!",
        sender="olga@example.com",
        name="Ольга",
        at=clock.at(40).isoformat(),
        replies_to=[survey["id"]],
    )
    engine.sync_once(acc)
    row = store.conversation(cid)
    assert row.status is Status.RESOLVED and row.resolved_at == "2026-11-16T09:30:00Z"
    assert store.scalar("SELECT csat, reopened FROM conversations WHERE id = ?", (cid,)) == 5
    assert store.scalar("SELECT reopened FROM conversations WHERE id = ?", (cid,)) == 0
    assert [h[1] for h in store.status_history(cid)] == ["resolved"]
    assert [m.direction.value for m in store.messages(cid)] == ["in", "out", "out", "out", "in"]
    engine.sync_once(acc)
    assert len([s for s in remote.sent() if str(s["key"]).startswith("csat")]) == 1


def test_a_low_score_gets_a_follow_up_and_a_written_answer_reopens(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    acc = account(store, remote)
    cid = answered_and_resolved(store, engine, remote, clock, acc, "Hello, my order is late.")
    survey = survey_of(remote)
    assert "How did we do with ticket #1001?" in str(survey["text"])
    remote.deliver(
        "2", sender="olga@example.com", at=clock.at(40).isoformat(), replies_to=[survey["id"]]
    )
    engine.sync_once(acc)
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (cid,)) == 2
    (follow_up,) = [s for s in remote.sent() if str(s["key"]).startswith("csat-follow-up:")]
    assert "What went wrong" in str(follow_up["text"])
    remote.deliver(
        "The courier was rude and the box was wet.",
        sender="olga@example.com",
        at=clock.at(50).isoformat(),
        replies_to=[follow_up["id"]],
    )
    engine.sync_once(acc)
    row = store.conversation(cid)
    assert row.status is Status.OPEN
    assert store.scalar("SELECT csat, reopened FROM conversations WHERE id = ?", (cid,)) == 2


def test_no_survey_without_an_answer_on_x_by_default_or_after_a_rule(
    store: Store, engine: Engine, remote: Remote, clock: Clock, tmp_path: Path
) -> None:
    x_remote = Remote(tmp_path / "x")
    mail, x = account(store, remote), account(store, x_remote, "x", "X")
    store.add_agent("Dana Sultanova")
    answered_and_resolved(store, engine, x_remote, clock, x, "hi")
    assert x_remote.sent()[-1]["text"] == "Готово, проверьте, пожалуйста."  # no survey on X
    remote.deliver("spam spam", sender="spam@example.com", at=clock.at(60).isoformat())
    engine.sync_once(mail)
    spam = next(r.id for r in store.conversations() if r.account_id == mail.id)
    store.desk_status([spam], Status.RESOLVED, "Dana Sultanova", at=clock.at(61))
    engine.sync_once(mail)
    assert not [s for s in remote.sent() if str(s["key"]).startswith("csat")]  # never answered
    store.set_desk_option("csat.account.X", "on")
    on_x = next(r.id for r in store.conversations() if r.account_id == x.id)
    store.desk_status([on_x], Status.OPEN, "Dana Sultanova", at=clock.at(70))
    store.desk_status([on_x], Status.RESOLVED, "rule:Tidy up", at=clock.at(71))
    engine.sync_once(x)
    assert not [s for s in x_remote.sent() if str(s["key"]).startswith("csat")]  # a rule's


def test_a_reply_within_the_reopen_window_reopens_later_ones_start_a_linked_conversation(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    acc = account(store, remote)
    cid = answered_and_resolved(store, engine, remote, clock, acc, "Hello, my order is late.")
    answer = next(s for s in remote.sent() if s["text"].startswith("Готово"))
    remote.deliver(
        "It came broken, after all.",
        sender="olga@example.com",
        at=(MONDAY + timedelta(days=6)).isoformat(),
        replies_to=[answer["id"]],
    )
    clock.now = MONDAY + timedelta(days=6, minutes=1)
    engine.sync_once(acc)
    assert store.conversation(cid).status is Status.OPEN
    assert store.scalar("SELECT reopened FROM conversations WHERE id = ?", (cid,)) == 1
    store.desk_status([cid], Status.RESOLVED, "Dana Sultanova", at=clock.now)
    store.set_desk_option("reopen_window_days", "3")
    remote.deliver(
        "And another thing",
        sender="olga@example.com",
        at=(MONDAY + timedelta(days=10)).isoformat(),
        replies_to=[answer["id"]],
    )
    clock.now = MONDAY + timedelta(days=10, minutes=1)
    engine.sync_once(acc)
    assert store.conversation(cid).status is Status.RESOLVED
    newest = store.conversations()[0]
    assert newest.id != cid and newest.status is Status.OPEN
    assert store.scalar("SELECT linked_to FROM conversations WHERE id = ?", (newest.id,)) == cid
    store.desk_status([newest.id], Status.CLOSED, "Dana Sultanova", at=clock.now)
    remote.deliver(
        "Closed? But...",
        sender="olga@example.com",
        at=(MONDAY + timedelta(days=10, hours=1)).isoformat(),
        replies_to=[store.messages(newest.id)[0].remote_id],
    )
    engine.sync_once(acc)
    latest = store.conversations()[0]
    assert latest.id not in (cid, newest.id)
    assert (
        store.scalar("SELECT linked_to FROM conversations WHERE id = ?", (latest.id,)) == newest.id
    )


def test_a_resolve_made_in_the_window_is_surveyed_without_waiting_for_a_round(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    acc = account(store, remote)
    agent = store.add_agent("Dana Sultanova")
    remote.deliver("Hello", sender="olga@example.com", at=MONDAY.isoformat())
    engine.sync_once(acc)
    (row,) = store.conversations()
    store.desk_message(row.id, "Here you are.", agent_id=agent.id, at=clock.at(5))
    announced: list[object] = []
    engine.add_listener(announced.append)
    engine.submit(lambda s: s.set_status([row.id], Status.RESOLVED, "Dana Sultanova")).result()
    engine.desk_soon()

    def announced_survey() -> bool:
        surveys = [m.id for m in store.messages(row.id)[2:]]
        return any(isinstance(e, Changed) and set(surveys) & e.changes.messages for e in announced)

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not announced_survey():
        time.sleep(0.01)
    assert announced_survey()
    assert [i.key.split(":")[0] for i in store.outbox_items()][-1] == "csat"
