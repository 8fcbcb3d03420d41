"""Bulk notification through the real engine: each customer once, on their last-used channel,
in their history, resumable after a crash while queuing or while sending, at the channel's
rate."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from omniinbox.connector import discover
from omniinbox.domain import Account, Status
from omniinbox.store import Segment, Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.desk import DeskProcessor
from omniinbox.sync.engine import Engine
from tests.connector_kit.scripted import Crash, Remote

NOW = datetime.now(UTC).replace(microsecond=0)
TEXT = "Hello {customer.first_name}, the concert is cancelled; ticket {ticket}. {agent.name}"


def engine_for(store: Store) -> Engine:
    return Engine(
        store,
        discover(),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        desk=DeskProcessor(clock=lambda: NOW),
    )


@pytest.fixture
def engine(store: Store) -> Iterator[Engine]:
    e = engine_for(store)
    yield e
    e.stop()


@pytest.fixture
def remotes(tmp_path: Path) -> tuple[Remote, Remote]:
    return Remote(tmp_path / "mail"), Remote(tmp_path / "chat")


def accounts(store: Store, remotes: tuple[Remote, Remote]) -> tuple[Account, Account]:
    mail = store.add_account(
        "Mail", "scripted", {"folder": str(remotes[0].folder), "batch": "50"}, "email"
    )
    chat = store.add_account(
        "Chat", "scripted", {"folder": str(remotes[1].folder), "batch": "50"}, "telegram"
    )
    store.set_desk_option("ack.channel.email", "off")  # only the notices in sent.jsonl
    return mail, chat


def write(remote: Remote, who: str, name: str, text: str, minutes: int) -> None:
    remote.deliver(text, sender=who, name=name, at=(NOW - timedelta(minutes=minutes)).isoformat())


def concert_desk(
    store: Store, engine: Engine, remotes: tuple[Remote, Remote]
) -> tuple[Account, Account]:
    """Five customers wrote about the concert; Bob first by mail, then (later) on the chat."""
    mail, chat = accounts(store, remotes)
    store.add_agent("Dana Sultanova")
    write(remotes[0], "ann@example.com", "Ann Lee", "Is the concert on?", 50)
    write(remotes[0], "bob@example.com", "Bob Stone", "concert tickets?", 40)
    write(remotes[0], "eve@example.com", "eve@example.com", "concert parking?", 35)
    write(remotes[0], "zed@example.com", "Zed Nox", "unrelated question", 30)
    write(remotes[1], "bob@example.com", "Bob Stone", "me again, about the concert", 20)
    write(remotes[1], "kim@example.com", "Kim Park", "concert refund?", 10)
    engine.sync_once(mail)
    engine.sync_once(chat)
    for row in store.conversations():
        if row.subject != "unrelated question":
            store.set_tags(row.id, ["concert"])
    return mail, chat


def notices(remote: Remote) -> list[dict[str, object]]:
    return [s for s in remote.sent() if str(s["key"]).startswith("bulk:")]


def test_each_customer_gets_one_notice_on_their_last_used_channel(
    store: Store, engine: Engine, remotes: tuple[Remote, Remote]
) -> None:
    mail, chat = concert_desk(store, engine, remotes)
    eve = next(r for r in store.conversations() if r.contact_name == "eve@example.com")
    store.desk_status([eve.id], Status.CLOSED, "Dana Sultanova")
    preview = {r.name: r for r in store.bulk_preview(Segment(tag="concert"), TEXT, 1)}
    assert sorted(preview) == ["Ann Lee", "Bob Stone", "Kim Park", "eve@example.com"]
    assert preview["Bob Stone"].channel == "telegram"  # where Bob wrote last
    assert preview["Ann Lee"].text == (
        "Hello Ann, the concert is cancelled; ticket #1001. Dana Sultanova"
    )
    assert preview["eve@example.com"].conversation_id is None  # hers is closed: a new one
    assert set(preview["eve@example.com"].missing) == {"customer.first_name", "ticket"}
    job = store.start_bulk(Segment(tag="concert"), TEXT, subject="Concert", agent_id=1)
    progress, changes = store.queue_bulk(job.id)
    assert (progress.total, progress.queued, progress.sent) == (4, 4, 0)
    assert len(changes.new_conversations) == 1
    engine.sync_once(mail)
    engine.sync_once(chat)
    assert sorted(str(s["to"]) for s in notices(remotes[0])) == [
        "ann@example.com",
        "eve@example.com",
    ]
    assert [str(s["to"]) for s in notices(remotes[1])] == ["bob@example.com", "kim@example.com"]
    eve_text = next(s["text"] for s in notices(remotes[0]) if s["to"] == "eve@example.com")
    assert eve_text == "Hello, the concert is cancelled; ticket #1007. Dana Sultanova"
    assert store.bulk_progress(job.id).sent == 4 and store.bulk_progress(job.id).done
    bob = next(
        r
        for r in store.conversations()
        if r.contact_name == "Bob Stone" and r.channel == "telegram"
    )
    last = store.messages(bob.id)[-1]
    assert (last.direction.value, last.delivery) == ("out", "sent")
    assert store.scalar("SELECT automatic FROM messages WHERE id = ?", (last.id,)) == "bulk"
    new = store.conversation(max(changes.new_conversations))
    assert (new.status, new.subject, new.ticket) == (Status.PENDING, "Concert", 1007)


def test_a_crash_while_queuing_resumes_without_anyone_twice(
    store: Store, engine: Engine, remotes: tuple[Remote, Remote]
) -> None:
    mail, chat = concert_desk(store, engine, remotes)
    job = store.start_bulk(Segment(tag="concert"), TEXT, agent_id=1)

    def die_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Crash("the power went out")

    with pytest.raises(Crash):
        store.queue_bulk(job.id, on_progress=die_after_two)
    assert store.bulk_progress(job.id).queued == 2
    again = Store(store.path, blobs=store.blobs.root)  # the app starts again
    seen: list[tuple[int, int]] = []
    progress, _ = again.queue_bulk(job.id, on_progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (4, 4) and progress.queued == 4
    again.queue_bulk(job.id)  # and once more: nothing new
    restarted = engine_for(again)
    try:
        restarted.sync_once(again.account(mail.id))
        restarted.sync_once(again.account(chat.id))
    finally:
        restarted.stop()
        again.close()
    sent = notices(remotes[0]) + notices(remotes[1])
    assert len(sent) == 4 == len({s["to"] for s in sent})


def test_a_crash_after_a_send_never_sends_that_notice_twice(
    store: Store, engine: Engine, remotes: tuple[Remote, Remote]
) -> None:
    mail, _ = concert_desk(store, engine, remotes)
    job = store.start_bulk(Segment(tag="concert"), TEXT, agent_id=1)
    store.queue_bulk(job.id)
    remotes[0].fault("after-send", "crash")
    with pytest.raises(Crash):
        engine.sync_once(mail)  # delivered, then the process died before hearing back
    assert len(notices(remotes[0])) == 1
    restarted = engine_for(store)
    try:
        restarted.sync_once(mail)  # the interrupted send is retried under the same key
    finally:
        restarted.stop()
    sent = notices(remotes[0])
    assert len(sent) == 2 == len({s["to"] for s in sent})
    assert store.bulk_progress(job.id).uncertain == 0


def test_sends_are_spread_at_the_channel_rate(
    store: Store, engine: Engine, remotes: tuple[Remote, Remote]
) -> None:
    mail, _ = accounts(store, remotes)
    store.set_desk_option("bulk.rate.email", "2")
    for n in range(5):
        write(remotes[0], f"c{n}@example.com", f"Customer {n}", "about the concert", 10 - n)
    engine.sync_once(mail)
    now = datetime.now(UTC).replace(microsecond=0)  # the outbox's own clock is the real one
    job = store.start_bulk(Segment(query="concert"), "Cancelled, sorry.", now=now)
    store.queue_bulk(job.id, now=now)
    slots = [
        r[0]
        for r in store.all("SELECT next_attempt_at FROM outbox WHERE key LIKE 'bulk:%' ORDER BY id")
    ]
    minute = [(now + timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M:%SZ") for m in (0, 1, 2)]
    assert slots == [minute[0], minute[0], minute[1], minute[1], minute[2]]
    engine.sync_once(mail)
    progress = store.bulk_progress(job.id)
    assert (progress.sent, progress.waiting, progress.done) == (2, 3, False)


def test_a_segment_needs_someone_and_a_text(store: Store) -> None:
    from omniinbox.store import StoreError

    with pytest.raises(StoreError, match="choose who gets the message"):
        store.segment_contacts(Segment())
    with pytest.raises(StoreError, match="no such ticket: #4242"):
        store.segment_contacts(Segment(tickets=(4242,)))
    store.save_search("Concert", "tag:concert")
    with pytest.raises(StoreError, match="nobody is in that segment"):
        store.start_bulk(Segment(query="Concert"), "hello")
