"""A first sync of a big folder on one connection: each pull after the first goes on where
the last stopped with nothing asked again (no UNSELECT, STATUS or EXAMINE: four round trips
of a pull's eight on a far server), and what changed meanwhile still comes in."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from typing import Any

import pytest
from omniinbox_connectors.imap.sync import Budget

from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import (
    changes,
    connector_for,
    events_of,
    mail,
    new_messages,
    pull_all,
    seven_questions_and_a_reply,
)


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the IMAP commands sent (imaplib's, observed on their way out)."""
    sent: list[str] = []
    send = imaplib.IMAP4._command

    def recording(self: imaplib.IMAP4, name: str, *args: Any) -> Any:
        sent.append(name if name != "UID" else f"UID {args[0]}")
        return send(self, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", recording)
    yield sent


def test_a_backlog_goes_on_with_fetches_only(
    any_server: Dovecot, any_user: MailUser, commands: list[str]
) -> None:
    connector = seven_questions_and_a_reply(any_server, any_user)

    first = connector.pull("")
    asked_first = list(commands)
    commands.clear()
    second = connector.pull(first.cursor)

    assert "EXAMINE" in asked_first and "STATUS" in asked_first
    assert set(commands) == {"UID FETCH"}  # nothing asked again
    rest, _ = pull_all(connector, second.cursor)
    batches = [first, second, *rest]
    texts = [m.text for m in new_messages(events_of(batches))]
    assert texts == [f"вопрос {n}" for n in range(7)] + ["ответ"]  # each once, in order
    assert [(b.done, b.total) for b in batches[:2]] == [(3, 8), (6, 8)]
    assert not batches[-1].more and batches[-1].done == batches[-1].total == 8


def test_what_changes_during_a_backlog_comes_in_before_caught_up(
    any_server: Dovecot, any_user: MailUser
) -> None:
    any_user.append_many([mail(f"m{n}") for n in range(5)])
    connector = connector_for(any_server, any_user)
    connector.budget = Budget(messages=2)
    first = connector.pull("")
    ids = [m.remote_id for m in new_messages(list(first.events))]

    any_user.add_flags([1], ["\\Seen"])  # already handed over
    any_user.append(mail("m5"))  # arrived after the folder was searched
    rest, cursor = pull_all(connector, first.cursor)

    texts = [m.text for m in new_messages([*first.events, *events_of(rest)])]
    assert texts == [f"m{n}" for n in range(6)]
    assert [(c.remote_id, c.seen) for c in changes(events_of(rest))] == [(ids[0], True)]
    assert connector.pull(cursor).events == []  # nothing twice


def test_another_selection_between_pulls_ends_the_shortcut(
    mail_user: MailUser, dovecot: Dovecot, commands: list[str]
) -> None:
    mail_user.append_many([mail(f"m{n}") for n in range(4)])
    mail_user.append(mail("sent", sender=mail_user.address), dovecot.sent_folder)
    connector = connector_for(dovecot, mail_user)
    connector.budget = Budget(messages=2)
    first = connector.pull("")
    connector._run("looking in Sent", lambda s: s.select(dovecot.sent_folder))
    commands.clear()

    rest, _ = pull_all(connector, first.cursor)

    assert commands[:2] == ["UNSELECT", "STATUS"]  # a whole pull: the folder was left
    texts = [m.text for m in new_messages([*first.events, *events_of(rest)])]
    assert texts == ["m0", "m1", "m2", "m3", "sent"]
