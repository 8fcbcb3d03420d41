"""The folder sync against a real Dovecot, on both paths: CONDSTORE/QRESYNC and plain UIDs."""

from __future__ import annotations

import json
import logging

import pytest
from omniinbox_connectors.imap.sync import Budget

from omniinbox.domain import Direction, Event
from omniinbox.store import Store
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import (
    changes,
    connector_for,
    events_of,
    mail,
    new_messages,
    pull_all,
    resets,
    seven_questions_and_a_reply,
)


def stored_messages(store: Store, account_id: int) -> list[str]:
    rows = store.all("SELECT remote_id FROM messages WHERE account_id = ?", (account_id,))
    return sorted(r[0] for r in rows)


def test_initial_sync_comes_in_bounded_batches_with_progress(
    any_server: Dovecot, any_user: MailUser
) -> None:
    connector = seven_questions_and_a_reply(any_server, any_user)

    batches, cursor = pull_all(connector)

    # the last pull is a whole one (STATUS, flags): the two before went on without asking
    # again (test_backlog.py), so what changed meanwhile is read before "caught up"
    assert [len(b.events) for b in batches] == [3, 3, 2, 0]
    assert [b.more for b in batches] == [True, True, True, False]
    assert [(b.done, b.total) for b in batches] == [(3, 8), (6, 8), (8, 8), (8, 8)]
    texts = [m.text for m in new_messages(events_of(batches))]
    assert texts == [f"вопрос {n}" for n in range(7)] + ["ответ"]  # INBOX first, oldest first
    state = json.loads(cursor)
    assert set(state) == {"INBOX", any_server.sent_folder}
    assert state["INBOX"]["last_uid"] == 7 and state["INBOX"]["uidvalidity"] > 0


def test_the_byte_budget_splits_big_messages_over_pulls(
    mail_user: MailUser, dovecot: Dovecot
) -> None:
    mail_user.append_many([mail(f"big {n}", padding=40_000) for n in range(3)])
    connector = connector_for(dovecot, mail_user)
    connector.budget = Budget(messages=200, bytes=50_000)

    batches, _ = pull_all(connector)

    assert [len(b.events) for b in batches] == [1, 1, 1, 0]  # and a whole pull to end


def test_sent_folder_messages_are_outbound(any_server: Dovecot, any_user: MailUser) -> None:
    any_user.append(
        mail(
            "Ваш заказ отправлен",
            sender=any_user.address,
            sender_name="Desk",
            to="aigerim@example.kz",
        ),
        any_server.sent_folder,
        flags=["\\Seen"],
    )
    (msg,) = new_messages(events_of(pull_all(connector_for(any_server, any_user))[0]))
    assert msg.direction is Direction.OUT
    assert msg.recipient is not None and msg.recipient.value == "aigerim@example.kz"


def test_incremental_pull_brings_new_messages_and_flag_changes(
    any_server: Dovecot, any_user: MailUser
) -> None:
    any_user.append_many([mail(f"m{n}") for n in range(3)])
    connector = connector_for(any_server, any_user)
    first, cursor = pull_all(connector)
    ids = [m.remote_id for m in new_messages(events_of(first))]
    assert [m.seen for m in new_messages(events_of(first))] == [False] * 3

    any_user.add_flags([1], ["\\Seen"])
    any_user.add_flags([2], ["\\Answered"])
    any_user.append(mail("m3"))
    batch = connector.pull(cursor)

    assert [m.text for m in new_messages(list(batch.events))] == ["m3"]
    got = {c.remote_id: (c.seen, c.answered) for c in changes(list(batch.events))}
    assert got == {ids[0]: (True, False), ids[1]: (False, True)}

    any_user.remove_flags([1], ["\\Seen"])
    again = connector.pull(batch.cursor)
    assert [(c.remote_id, c.seen) for c in changes(list(again.events))] == [(ids[0], False)]
    assert connector.pull(again.cursor).events == []  # nothing twice


def test_expunged_messages_are_kept_and_do_not_disturb(
    any_server: Dovecot, any_user: MailUser, caplog: pytest.LogCaptureFixture
) -> None:
    any_user.append_many([mail(f"m{n}") for n in range(3)])
    connector = connector_for(any_server, any_user)
    _, cursor = pull_all(connector)

    any_user.expunge([2])
    any_user.append(mail("after"))
    with caplog.at_level(logging.INFO, logger="omniinbox_connectors.imap"):
        batch = connector.pull(cursor)

    assert [m.text for m in new_messages(list(batch.events))] == ["after"]
    assert changes(list(batch.events)) == []  # nothing is deleted locally
    assert (batch.done, batch.total) == (3, 3)
    if any_server.modern:  # QRESYNC names what vanished
        assert "expunged" in caplog.text


def test_a_message_expunged_before_it_was_fetched_does_not_wake_the_sync_forever(
    any_server: Dovecot, any_user: MailUser
) -> None:
    any_user.append(mail("kept"))
    connector = connector_for(any_server, any_user)
    _, cursor = pull_all(connector)
    uid = any_user.append(mail("spam"))
    any_user.expunge([uid])  # e.g. a server-side filter moved it away at once

    batch = connector.pull(cursor)

    assert new_messages(list(batch.events)) == []
    assert json.loads(batch.cursor)["INBOX"]["last_uid"] == uid
    assert connector.wait(batch.cursor, 0.2) is False


@pytest.mark.parametrize("folder_kind", ["inbox", "sent"])
def test_uidvalidity_change_resyncs_without_duplicates(
    any_server: Dovecot, any_user: MailUser, store: Store, folder_kind: str
) -> None:
    folder = "INBOX" if folder_kind == "inbox" else any_server.sent_folder
    sender = "aigerim@example.kz" if folder_kind == "inbox" else any_user.address
    any_user.append_many([mail(f"m{n}", sender=sender) for n in range(4)], folder)
    account = store.add_account("Shop", "imap", {}, channel="email")
    connector = connector_for(any_server, any_user)
    connector.budget = Budget(messages=3)
    for batch in pull_all(connector)[0]:
        store.ingest(account.id, batch.events, batch.cursor)
    before = stored_messages(store, account.id)
    assert len(before) == 4

    if folder_kind == "inbox":
        any_user.change_uidvalidity(folder)  # same messages, new UIDVALIDITY
    else:
        any_user.recreate_folder(folder)  # new UIDVALIDITY and new UIDs
    any_user.append(mail("new after the reset", sender=sender), folder)
    events: list[Event] = []
    for batch in pull_all(connector, store.cursor(account.id))[0]:
        store.ingest(account.id, batch.events, batch.cursor)
        events.extend(batch.events)

    (reset,) = resets(events)
    assert folder in reset.reason
    assert len(new_messages(events)) == 5  # the folder read again ...
    after = stored_messages(store, account.id)
    assert len(after) == 5 and set(before) < set(after)  # ... stored once each, nothing lost
    assert connector.pull(store.cursor(account.id)).events == []


def test_re_pulling_from_an_old_cursor_gives_the_same_ids(
    any_server: Dovecot, any_user: MailUser
) -> None:
    any_user.append_many([mail(f"m{n}") for n in range(3)])
    first = new_messages(events_of(pull_all(connector_for(any_server, any_user))[0]))
    second = new_messages(events_of(pull_all(connector_for(any_server, any_user))[0]))
    assert [m.remote_id for m in first] == [m.remote_id for m in second]
    assert len({m.remote_id for m in first}) == 3


def test_a_message_without_message_id_keeps_one_id_through_flag_changes(
    any_server: Dovecot, any_user: MailUser
) -> None:
    raw = b"From: someone@example.kz\r\nSubject: no id\r\n\r\nhello\r\n"
    uid = any_user.append(raw)
    connector = connector_for(any_server, any_user)
    (msg,) = new_messages(events_of((first := pull_all(connector))[0]))
    any_user.add_flags([uid], ["\\Seen"])
    (change,) = changes(list(connector.pull(first[1]).events))
    assert change.remote_id == msg.remote_id and change.seen is True


def test_an_unreadable_cursor_starts_over(mail_user: MailUser, dovecot: Dovecot) -> None:
    mail_user.append(mail("hello"))
    batches, _ = pull_all(connector_for(dovecot, mail_user), "{not json")
    assert len(new_messages(events_of(batches))) == 1


def test_extra_folders_are_read(mail_user: MailUser, dovecot: Dovecot) -> None:
    with mail_user.client() as c:
        c.create_folder("Заказы")
    mail_user.append(mail("in a folder"), "Заказы")
    connector = connector_for(dovecot, mail_user, folders="Заказы")
    batches, cursor = pull_all(connector)
    assert [m.text for m in new_messages(events_of(batches))] == ["in a folder"]
    assert "Заказы" in json.loads(cursor)


def test_qresync_is_enabled_on_the_modern_server(mail_user: MailUser, dovecot: Dovecot) -> None:
    connector = connector_for(dovecot, mail_user)
    pull_all(connector)
    session = connector._session
    assert session is not None and session.condstore and "QRESYNC" in session.enabled
