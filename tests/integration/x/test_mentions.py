"""Mentions of the shop's account: threads by conversation_id, replies in the thread, the
since_id cursor, pagination in bounded batches, and overlapping pages."""

from __future__ import annotations

from datetime import datetime

from omniinbox_connectors.x.connector import PullLimits

from omniinbox.domain import Direction, Identity, IdentityKind, Reset
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import Desk, connector_for, new_messages, pull_all


def test_mentions_become_conversations_threaded_by_conversation_id(
    desk: Desk, x_api: XApiEmulator
) -> None:
    first = x_api.mention("aigerim_kz", "Где мой заказ №1042?", name="Айгерим")
    follow_up = x_api.reply("aigerim_kz", first, "@shop_kz и коробка была помята")
    other = x_api.mention("nino_ge", "შეკვეთა არ მოსულა")

    desk.pull_all()

    threads = dict((key, cid) for cid, key in desk.conversations())
    assert set(threads) == {f"x-thread:{first}", f"x-thread:{other}"}
    texts = [m.text for m in desk.messages(threads[f"x-thread:{first}"])]
    assert texts == [
        "@shop_kz Где мой заказ №1042?",
        "@aigerim_kz @shop_kz и коробка была помята",
    ]
    row = desk.store.conversation(threads[f"x-thread:{first}"])
    assert row.contact_name == "Айгерим" and row.channel == "x"
    identities = desk.store.contact_identities(row.contact_id or 0)
    assert ("x", x_api.user_id("aigerim_kz"), "@aigerim_kz") in identities
    assert f"tweet:{follow_up}" in desk.remote_ids()


def test_the_event_carries_identity_names_time_and_reply_links(x_api: XApiEmulator) -> None:
    root = x_api.mention("aigerim_kz", "Привет", name="Айгерим")
    answer = x_api.reply("aigerim_kz", root, "@shop_kz ещё вопрос")

    batches, _ = pull_all(connector_for(x_api))

    first, second = new_messages(batches)
    assert first.remote_id == f"tweet:{root}" and second.remote_id == f"tweet:{answer}"
    assert first.sender == Identity.of(IdentityKind.X, x_api.user_id("aigerim_kz"), "@aigerim_kz")
    assert first.sender_name == "Айгерим" and first.direction is Direction.IN
    assert first.thread_key == second.thread_key == f"x-thread:{root}"
    assert second.replies_to == (f"tweet:{root}",)
    created = x_api.tweets[root]["created_at"]  # e.g. "2026-11-02T09:01:00.123Z"
    assert first.sent_at == datetime.fromisoformat(created) and not first.note
    assert first.sent_at.tzinfo is not None
    assert first.raw is not None and root.encode() in first.raw


def test_replies_go_out_as_replies_to_the_newest_post_of_the_thread(
    desk: Desk, x_api: XApiEmulator
) -> None:
    root = x_api.mention("aigerim_kz", "Где мой заказ?")
    newest = x_api.reply("aigerim_kz", root, "@shop_kz алло?")
    x_api.mention("bob", "unrelated question")
    desk.pull_all()
    conversation = desk.conversation_by_thread(f"x-thread:{root}")

    desk.reply(conversation, "Здравствуйте! Заказ уже в пути, номер отслеживания KZ123.")
    assert desk.drain() == 1

    (posted,) = x_api.posted
    assert posted.kind == "tweet" and posted.in_reply_to == newest
    assert x_api.tweets[posted.id]["conversation_id"] == root
    sent = desk.messages(conversation)[-1]
    assert sent.direction is Direction.OUT and sent.delivery == "sent"
    assert sent.remote_id == f"tweet:{posted.id}"

    # The customer answers the shop's post: it mentions the shop and joins the same ticket.
    thanks = x_api.reply("aigerim_kz", posted.id, "спасибо!")
    desk.pull_all()
    assert [m.remote_id for m in desk.messages(conversation)][-1] == f"tweet:{thanks}"
    assert len(desk.conversations()) == 2


def test_a_reply_over_280_characters_is_refused_and_nothing_is_posted(
    desk: Desk, x_api: XApiEmulator
) -> None:
    root = x_api.mention("aigerim_kz", "вопрос")
    desk.pull_all()
    conversation = desk.conversation_by_thread(f"x-thread:{root}")
    desk.reply(conversation, "Ж" * 281)

    assert desk.drain() == 0

    ((state, error),) = desk.outbox()
    assert state == "failed" and "281 characters" in error and "280" in error
    assert "does not split" in error
    assert x_api.posted == []


def test_the_cursor_resumes_with_since_id(desk: Desk, x_api: XApiEmulator) -> None:
    first = x_api.mention("aigerim_kz", "one")
    desk.pull_all()
    assert desk.cursor()["mentions_since"] == first

    again = desk.pull_all()
    assert new_messages(again) == []
    second = x_api.mention("nino_ge", "two")
    later = desk.pull_all()

    assert [m.remote_id for m in new_messages(later)] == [f"tweet:{second}"]
    calls = x_api.calls("GET", f"/2/users/{x_api.shop_id}/mentions")
    assert "since_id" not in calls[0].query
    assert [c.query["since_id"] for c in calls[1:]] == [first, first]
    assert calls[0].query["expansions"] == "author_id"
    assert calls[0].query["tweet.fields"].split(",")[:4] == [
        "created_at",
        "conversation_id",
        "in_reply_to_user_id",
        "referenced_tweets",
    ]
    assert calls[0].query["user.fields"] == "username,name"


def test_pagination_is_followed_in_bounded_batches(desk: Desk, x_api: XApiEmulator) -> None:
    ids = [x_api.mention(f"customer{n}", f"question {n}") for n in range(12)]
    desk.connector.limits = PullLimits(pages=2, page_size=5)

    batches = desk.pull_all()

    assert [b.more for b in batches] == [True, False]
    assert [len(new_messages([b])) for b in batches] == [10, 2]
    assert desk.remote_ids() == sorted(f"tweet:{i}" for i in ids)
    calls = x_api.calls("GET", f"/2/users/{x_api.shop_id}/mentions")
    assert [("pagination_token" in c.query) for c in calls] == [False, True, True]
    assert {c.query["max_results"] for c in calls} == {"5"}
    assert desk.cursor() == {"mentions_since": ids[-1]}  # no DMs yet, no run in progress


def test_a_run_interrupted_between_pages_resumes_where_it_stopped(
    desk: Desk, x_api: XApiEmulator
) -> None:
    old = x_api.mention("early", "already seen")
    desk.pull_all()
    ids = [x_api.mention(f"customer{n}", f"question {n}") for n in range(8)]
    desk.connector.limits = PullLimits(pages=1, page_size=5)

    first = desk.pull()
    assert first.more and desk.cursor()["mentions_next"] and desk.cursor()["mentions_since"] == old
    x_api.mention("latecomer", "arrives mid-run")  # newer than the run: taken by the next run
    desk.pull_all()

    stored = desk.remote_ids()
    assert stored == sorted(f"tweet:{i}" for i in [old, *ids])
    assert desk.cursor()["mentions_since"] == ids[-1]
    later = desk.pull_all()
    assert [m.text for m in new_messages(later)] == ["@shop_kz arrives mid-run"]


def test_overlapping_pages_do_not_duplicate_messages(desk: Desk, x_api: XApiEmulator) -> None:
    ids = [x_api.mention(f"customer{n}", f"question {n}") for n in range(12)]
    x_api.fault("overlap", times=3)
    desk.connector.limits = PullLimits(pages=1, page_size=5)

    batches = desk.pull_all()

    assert len(batches) >= 3
    seen = [m.remote_id for m in new_messages(batches)]
    assert len(seen) > len(set(seen))  # the emulator really repeated items across pages
    assert desk.remote_ids() == sorted(f"tweet:{i}" for i in ids)
    count = desk.store.scalar("SELECT count(*) FROM messages WHERE account_id = ?", (desk.id,))
    assert count == 12


def test_overlap_within_one_pull_is_deduplicated_in_the_batch(x_api: XApiEmulator) -> None:
    for n in range(9):
        x_api.mention(f"customer{n}", f"question {n}")
    x_api.fault("overlap", times=2)

    batches, _ = pull_all(connector_for(x_api, pages=5, page_size=5))

    ids = [m.remote_id for m in new_messages(batches)]
    assert len(ids) == len(set(ids)) == 9
    assert ids == sorted(ids, key=lambda r: int(r.split(":")[1]))  # oldest first


def test_the_shops_own_post_in_a_mention_thread_is_outbound(
    desk: Desk, x_api: XApiEmulator
) -> None:
    root = x_api.mention("aigerim_kz", "вопрос")
    # Written on X itself, naming the shop (so X lists it among the shop's mentions).
    ours = x_api.reply("shop_kz", root, "@shop_kz team: we are on it")

    desk.pull_all()

    conversation = desk.conversation_by_thread(f"x-thread:{root}")
    messages = desk.messages(conversation)
    assert [(m.remote_id, m.direction) for m in messages] == [
        (f"tweet:{root}", Direction.IN),
        (f"tweet:{ours}", Direction.OUT),
    ]
    row = desk.store.conversation(conversation)
    assert ("x", x_api.user_id("aigerim_kz"), "@aigerim_kz") in desk.store.contact_identities(
        row.contact_id or 0
    )


def test_an_unreadable_cursor_starts_again_with_a_reset_and_duplicates_nothing(
    desk: Desk, x_api: XApiEmulator
) -> None:
    x_api.mention("aigerim_kz", "one")
    x_api.dm("nino_ge", "two")
    desk.pull_all()
    desk.store.ingest(desk.id, [], "{not json")

    batch = desk.pull()

    assert isinstance(batch.events[0], Reset)
    assert len(new_messages([batch])) == 2  # everything again, from the newest
    count = desk.store.scalar("SELECT count(*) FROM messages WHERE account_id = ?", (desk.id,))
    assert count == 2 and set(desk.cursor()) == {"mentions_since", "dm_since"}
