"""The desk processor on the real engine, a real store and the scripted connector: languages,
acknowledgements, rules, SLA clocks, snoozes and the timer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest

from omniinbox.connector import Batch, discover
from omniinbox.domain import Account, NewMessage, Priority, Status
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.clock import to_iso
from omniinbox.domain.rules import Action, ActionKind, Condition, Field, Op, Rule, Trigger
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.desk import DeskProcessor
from omniinbox.sync.engine import Engine
from omniinbox.sync.events import Changed, EngineEvent
from tests.connector_kit.scripted import Remote, ScriptedConnector

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday; the desk is open 09-18 UTC


class Clock:
    """The processor's "now", moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, minutes: float) -> datetime:
        self.now = MONDAY + timedelta(minutes=minutes)
        return self.now


class MarkingConnector(ScriptedConnector):
    """The scripted remote, passing on what a real connector knows of a message: whether a
    machine wrote it (``automatic``) and its language."""

    kind: ClassVar[str] = "scripted-marking"

    def pull(self, cursor: str) -> Batch:
        batch = super().pull(cursor)
        records = {str(r["id"]): r for r in self.remote.lines("inbox.jsonl")}
        events = [
            replace(
                e,
                automatic=records[e.remote_id].get("automatic", ""),
                language=records[e.remote_id].get("language", ""),
            )
            if isinstance(e, NewMessage)
            else e
            for e in batch.events
        ]
        return replace(batch, events=events)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def remote(tmp_path: Path) -> Remote:
    return Remote(tmp_path / "remote")


@pytest.fixture
def engine(store: Store, clock: Clock) -> Iterator[Engine]:
    store.set_business_calendar(BusinessCalendar.office("UTC"))
    registry = discover({"scripted-marking": MarkingConnector})
    e = Engine(
        store,
        registry,
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        desk=DeskProcessor(clock=clock),
    )
    yield e
    e.stop()


def mail(store: Store, remote: Remote, name: str = "Mail", channel: str = "email") -> Account:
    return store.add_account(
        name, "scripted-marking", {"folder": str(remote.folder), "batch": "50"}, channel
    )


def at(minutes: float) -> str:
    return (MONDAY + timedelta(minutes=minutes)).isoformat()


def deliver(remote: Remote, text: str, sender: str, minutes: float, **extra: Any) -> str:
    return remote.deliver(
        text, sender=sender, name=extra.pop("name", "Dana Customer"), at=at(minutes), **extra
    )


def sync(engine: Engine, account: Account, clock: Clock, minutes: float) -> None:
    clock.at(minutes)
    engine.sync_once(account)


def test_a_new_conversation_is_acknowledged_once_in_the_customer_language(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    store.add_agent("Aigerim Bekova")
    deliver(
        remote,
        "Сәлеметсіз бе! Тапсырысым әлі келген жоқ, көмектесіңізші.",
        "asel@example.kz",
        0,
        name="Әсел Нұрланқызы",
        subject="Тапсырыс",
    )
    sync(engine, account, clock, 5)
    (ack,) = remote.sent()
    assert ack["key"].startswith("ack:")
    assert ack["to"] == "asel@example.kz"
    assert "Сәлеметсіз бе, Әсел!" in ack["text"] and "#1001" in ack["text"]
    assert "55 минут ішінде" in ack["text"]  # due 10:00, seen from 09:05, rounded up to 5
    assert ack["from_name"] == "Aigerim Bekova"
    row = store.conversations()[0]
    assert row.sla_due_at == "2026-11-16T10:00:00Z" and row.sla_state == "ok"
    assert row.first_response_at is None  # an acknowledgement is not an answer
    messages = store.messages(row.id)
    assert store.scalar("SELECT language FROM messages WHERE id = ?", (messages[0].id,)) == "kk"
    assert [m.delivery for m in messages] == ["", "sent"]
    # The same customer writes about something else: a new conversation, not acknowledged
    # again (one per sender per day protects against auto-responders answering each other).
    deliver(remote, "One more question", "asel@example.kz", 20)
    sync(engine, account, clock, 21)
    assert store.count_conversations() == 2
    assert len(remote.sent()) == 1
    sync(engine, account, clock, 22)
    assert len(remote.sent()) == 1


def test_machines_and_our_own_addresses_are_never_acknowledged(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = store.add_account(
        "Mail",
        "scripted-marking",
        {"folder": str(remote.folder), "batch": "50", "username": "support@shop.kz"},
        "email",
    )
    deliver(
        remote, "I am out of office until Monday", "ann@example.com", 0, automatic="auto-replied"
    )
    deliver(remote, "Delivery failed", "MAILER-DAEMON@mx.example.com", 1)
    deliver(remote, "Your weekly digest", "noreply@news.example.com", 2)
    deliver(remote, "a copy of our own mail", "support@shop.kz", 3)
    deliver(remote, "A real question about my order", "bob@example.com", 4)
    sync(engine, account, clock, 5)
    (ack,) = remote.sent()
    assert ack["to"] == "bob@example.com"
    skipped = [r[0] for r in store.all("SELECT detail FROM audit WHERE action = 'ack.skipped'")]
    assert skipped == [
        "sent by a bot (auto-replied)",
        "sent by a bot (bounce)",
        "sent by a bot (no_reply_address)",
        "our own message",
    ]
    assert store.scalar("SELECT automatic FROM messages WHERE author_identity LIKE '%daemon%'") == (
        "bounce"
    )


def test_acknowledgements_follow_the_account_switches_and_skip_history(
    store: Store, engine: Engine, remote: Remote, clock: Clock, tmp_path: Path
) -> None:
    chat_remote = Remote(tmp_path / "chat")
    email_account = mail(store, remote)
    chat = mail(store, chat_remote, "Chat", "telegram")
    deliver(chat_remote, "hi, a question", "u1@t.example", 0)
    deliver(remote, "an old mail from last week", "old@example.com", -7 * 24 * 60)
    sync(engine, chat, clock, 1)
    sync(engine, email_account, clock, 1)
    assert remote.sent() == [] and chat_remote.sent() == []  # chats off by default; history
    store.set_desk_option("ack.account.Chat", "on")
    store.set_desk_option("ack.account.Mail", "off")
    deliver(chat_remote, "hello again", "u2@t.example", 2)
    deliver(remote, "a new mail", "new@example.com", 2)
    sync(engine, chat, clock, 3)
    sync(engine, email_account, clock, 3)
    assert [s["to"] for s in chat_remote.sent()] == ["u2@t.example"]
    assert remote.sent() == []


def test_rules_run_on_new_conversations_and_messages(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    a = store.add_agent("Aigerim Bekova")
    b = store.add_agent("Timur Akhmetov")
    store.save_template("Refund started", "en", "Refund for {ticket} started. {agent.name}")
    store.save_rule(
        Rule(
            "Refunds",
            Trigger.NEW_CONVERSATION,
            (Condition(Field.SUBJECT_OR_TEXT, Op.CONTAINS, ("refund", "возврат")),),
            (
                Action(ActionKind.SET_CATEGORY, "refund.request"),
                Action(ActionKind.ADD_TAG, "money"),
                Action(ActionKind.AUTO_REPLY, "Refund started"),
            ),
        )
    )
    store.save_rule(
        Rule(
            "Round robin",
            Trigger.NEW_CONVERSATION,
            actions=(Action(ActionKind.ROUND_ROBIN, agent_ids=(a.id, b.id)),),
        )
    )
    store.save_rule(
        Rule(
            "Angry",
            Trigger.NEW_MESSAGE,
            (Condition(Field.TEXT, Op.HAS_WORD, "lawyer"),),
            (Action(ActionKind.ESCALATE, "a customer mentions a lawyer", agent_id=b.id),),
        )
    )
    deliver(remote, "I want a refund please", "c1@example.com", 0, subject="Refund")
    deliver(remote, "Where is my parcel?", "c2@example.com", 1, subject="Parcel")
    deliver(remote, "Hello there", "c3@example.com", 2, subject="Hello")
    sync(engine, account, clock, 3)
    rows = {r.subject: r for r in store.conversations()}
    assert rows["Refund"].category == "refund.request" and rows["Refund"].tags == ("money",)
    assert [rows[s].owner_name for s in ("Refund", "Parcel", "Hello")] == [
        "Aigerim Bekova",
        "Timur Akhmetov",
        "Aigerim Bekova",
    ]
    texts = sorted(s["text"] for s in remote.sent())
    assert texts[-1] == "Refund for #1001 started. Aigerim Bekova"  # the rule answered...
    assert len(texts) == 3  # ...so the refund was not acknowledged as well
    assert store.scalar("SELECT automatic FROM messages WHERE text LIKE 'Refund for%'") == "rule"
    parcel = rows["Parcel"]
    deliver(
        remote,
        "I will call my lawyer!",
        "c2@example.com",
        10,
        replies_to=[store.messages(parcel.id)[0].remote_id],
    )
    sync(engine, account, clock, 11)
    after = store.conversation(parcel.id)
    assert after.priority is Priority.HIGH
    assert after.owner_id == b.id and after.collaborators == ()  # the owner is not a helper
    note = store.messages(parcel.id)[-1]
    assert note.direction.value == "note"
    assert note.text == "@Timur Akhmetov a customer mentions a lawyer"


def test_rule_actions_snooze_resolve_and_wake_on_the_timer(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    store.save_rule(
        Rule(
            "Thanks",
            Trigger.NEW_MESSAGE,
            (Condition(Field.TEXT, Op.HAS_WORD, "thanks"),),
            (Action(ActionKind.RESOLVE),),
        )
    )
    store.save_rule(
        Rule(
            "Later",
            Trigger.NEW_CONVERSATION,
            (Condition(Field.SUBJECT, Op.CONTAINS, "later"),),
            (Action(ActionKind.SNOOZE, minutes=60),),
        )
    )
    deliver(remote, "Please look at this later", "c1@example.com", 0, subject="later please")
    deliver(remote, "A question", "c2@example.com", 0, subject="Question")
    sync(engine, account, clock, 1)
    rows = {r.subject: r for r in store.conversations()}
    snoozed = rows["later please"]
    assert snoozed.status is Status.SNOOZED
    assert snoozed.snoozed_until == "2026-11-16T10:01:00Z"
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    engine.desk_tick(clock.at(30))
    assert store.conversation(snoozed.id).status is Status.SNOOZED
    changes = engine.desk_tick(clock.at(62))
    assert store.conversation(snoozed.id).status is Status.OPEN
    assert snoozed.id in changes.conversations
    assert any(isinstance(e, Changed) and snoozed.id in e.changes.conversations for e in events)
    assert store.status_history(snoozed.id)[-1][1:] == ("open", "snooze ended")
    question = rows["Question"]
    deliver(
        remote,
        "Got it, thanks!",
        "c2@example.com",
        70,
        replies_to=[store.messages(question.id)[0].remote_id],
    )
    sync(engine, account, clock, 71)
    assert store.conversation(question.id).status is Status.RESOLVED
    assert store.status_history(question.id)[-1][2] == "rule:Thanks"


def test_sla_rules_fire_once_per_state_change(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    boss = store.add_agent("Boss")
    store.save_rule(
        Rule("Soon", Trigger.SLA_DUE_SOON, actions=(Action(ActionKind.ADD_TAG, "soon"),))
    )
    store.save_rule(
        Rule(
            "Late",
            Trigger.SLA_BREACHED,
            actions=(Action(ActionKind.ESCALATE, "late!", agent_id=boss.id),),
        )
    )
    deliver(remote, "Hello?", "c1@example.com", 0)
    sync(engine, account, clock, 1)
    (row,) = store.conversations()
    engine.desk_tick(clock.at(30))
    assert store.conversation(row.id).sla_state == "ok"
    engine.desk_tick(clock.at(50))  # 10 minutes left: due soon
    assert store.conversation(row.id).sla_state == "due_soon"
    assert store.conversation(row.id).tags == ("soon",)
    engine.desk_tick(clock.at(61))
    engine.desk_tick(clock.at(90))
    breached = store.conversation(row.id)
    assert breached.sla_state == "breached" and breached.priority is Priority.HIGH
    notes = [m for m in store.messages(row.id) if m.direction.value == "note"]
    assert [n.text for n in notes] == ["@Boss late!"]  # once, not every tick
    # An agent answers: the first-response clock is met and stops.
    store.desk_message(row.id, "Sorry for the wait!", agent_id=boss.id, at=clock.at(95))
    engine.sync_once(account)
    assert store.conversation(row.id).sla_state == "breached"  # it was late, and stays so
    assert store.conversation(row.id).sla_due_at is None


def test_time_based_rules_fire_once_until_a_person_writes(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    store.save_template("Still there?", "en", "Are you still there? {agent.name}")
    store.save_rule(
        Rule(
            "Nudge",
            Trigger.TIME_BASED,
            (
                Condition(Field.STATUS, Op.IS, "pending"),
                Condition(Field.IDLE_MINUTES, Op.AT_LEAST, 120),
            ),
            (Action(ActionKind.AUTO_REPLY, "Still there?"),),
        )
    )
    store.add_agent("Dana")
    deliver(remote, "Hi", "c1@example.com", 0)
    sync(engine, account, clock, 1)
    (row,) = store.conversations()
    store.desk_message(row.id, "Which order is it?", agent_id=1, at=clock.at(10))
    store.desk_status([row.id], Status.PENDING, "Dana", at=clock.now)
    engine.sync_once(account)
    for minutes in (60, 131, 140, 400, 800):
        engine.desk_tick(clock.at(minutes))
        engine.sync_once(account)
    nudges = [s for s in remote.sent() if s["text"].startswith("Are you still there?")]
    assert len(nudges) == 1


def test_the_first_response_is_a_person_s_answer_not_the_acknowledgement(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    agent = store.add_agent("Dana")
    deliver(remote, "Hello, a question", "c1@example.com", 0)
    sync(engine, account, clock, 1)
    (row,) = store.conversations()
    assert store.conversation(row.id).first_response_at is None
    store.queue_reply(row.id, "Here is the answer", agent.id)  # the window's way
    engine.sync_once(account)
    first = store.conversation(row.id).first_response_at
    reply = store.messages(row.id)[-1]
    assert reply.text == "Here is the answer" and reply.delivery == "sent"
    assert first is not None and first >= to_iso(reply.sent_at)


def test_a_failing_rule_is_audited_and_the_other_messages_go_on(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    store.save_rule(
        Rule(
            "Gone",
            Trigger.NEW_CONVERSATION,
            (Condition(Field.SUBJECT, Op.CONTAINS, "vip"),),
            (Action(ActionKind.ASSIGN, agent_id=999),),
        )
    )
    deliver(remote, "Hello", "c1@example.com", 0, subject="vip")
    deliver(remote, "Hello too", "c2@example.com", 1, subject="normal")
    sync(engine, account, clock, 2)
    (error,) = store.all("SELECT detail FROM audit WHERE action = 'desk.error'")
    assert "IntegrityError" in error[0]
    assert [s["to"] for s in remote.sent()] == ["c2@example.com"]
    sync(engine, account, clock, 3)  # the failed message is not retried in a loop
    assert len(store.all("SELECT 1 FROM audit WHERE action = 'desk.error'")) == 1


def test_processing_again_never_sends_twice(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    deliver(remote, "Hello", "c1@example.com", 0)
    sync(engine, account, clock, 1)
    store.set_desk_mark("mark.messages", 0)  # as if the run before had never been recorded
    store.set_desk_mark("mark.status_changes", 0)
    engine.run_desk()
    sync(engine, account, clock, 2)
    assert len(remote.sent()) == 1
    (row,) = store.conversations()
    assert [m.direction.value for m in store.messages(row.id)] == ["in", "out"]


def test_mail_from_a_closed_weekend_is_handled_history_is_not(
    store: Store, engine: Engine, remote: Remote, clock: Clock
) -> None:
    account = mail(store, remote)
    store.db.execute(  # the account joined the desk two weeks before this Monday
        "UPDATE accounts SET created_at = ? WHERE id = ?",
        (to_iso(MONDAY - timedelta(days=14)), account.id),
    )
    store.save_rule(
        Rule("Tag", Trigger.NEW_CONVERSATION, actions=(Action(ActionKind.ADD_TAG, "seen"),))
    )
    deliver(remote, "Friday evening question", "fri@example.com", -(3 * 24 - 14) * 60)  # 58 h
    deliver(remote, "Sent last Wednesday", "wed@example.com", -5 * 24 * 60)
    deliver(remote, "Before we used the desk", "old@example.com", -30 * 24 * 60)
    sync(engine, account, clock, 1)
    rows = {r.snippet: r for r in store.conversations()}
    assert [s["to"] for s in remote.sent()] == ["fri@example.com"]  # within 72 hours
    assert rows["Sent last Wednesday"].tags == ("seen",)  # rules run: it is no history
    assert rows["Sent last Wednesday"].sla_state == "breached"
    assert (
        rows["Before we used the desk"].tags == ()
        and rows["Before we used the desk"].sla_state == ""
    )
