"""Pipelined UID FETCH (wire.uid_fetch_ahead) against the real Dovecot: the same answers as
one FETCH at a time, the next commands really sent before the first answer is read, and
the connection still in step after a failed command or a caller that stops early."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from omniinbox_connectors.imap.wire import uid_fetch, uid_fetch_ahead

from tests.integration.mailbox import MailUser

ITEMS = ["UID", "RFC822.SIZE", "BODY.PEEK[1]"]


def note(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"client{n}@example.kz"
    msg["To"] = "support@shop.kz"
    msg["Subject"] = f"Заказ {n}"
    msg.set_content(f"Здравствуйте! Где заказ {n}?\n" + "текст " * (n * 50))
    return msg.as_bytes()


@pytest.fixture
def inbox(mail_user: MailUser) -> Iterator[tuple[IMAPClient, list[int]]]:
    uids = [mail_user.append(note(n)) for n in range(12)]
    with mail_user.client() as client:
        client.select_folder("INBOX", readonly=True)
        yield client, uids


def one_by_one(client: IMAPClient, uid_sets: list[str]) -> list[dict[int, Any]]:
    return [uid_fetch(client, s, ITEMS) for s in uid_sets]


def test_same_answers_in_the_same_order(inbox: tuple[IMAPClient, list[int]]) -> None:
    client, uids = inbox
    uid_sets = [f"{a}:{a + 1}" for a in uids[:8:2]] + [f"{uids[8]},{uids[10]}", str(uids[11])]
    expected = one_by_one(client, uid_sets)
    assert [sorted(a) for a in expected] == [
        uids[0:2], uids[2:4], uids[4:6], uids[6:8], [uids[8], uids[10]], [uids[11]],
    ]  # fmt: skip
    assert all(b"BODY[1]" in values for answer in expected for values in answer.values())
    for ahead in (0, 1, 2, 5):  # Dovecot runs pipelined FETCHes at once and mixes answers
        got = list(uid_fetch_ahead(client, [(s, ITEMS) for s in uid_sets], ahead))
        assert got == expected


def test_requests_that_share_uids_are_refused(inbox: tuple[IMAPClient, list[int]]) -> None:
    client, uids = inbox
    requests = [(f"{uids[0]}:{uids[2]}", ITEMS), (str(uids[1]), ITEMS)]
    with pytest.raises(ValueError, match="twice"):
        list(uid_fetch_ahead(client, requests))
    assert sorted(uid_fetch(client, str(uids[3]), ITEMS)) == [uids[3]]  # still in step


def test_the_next_commands_go_out_before_the_first_answer_is_read(
    inbox: tuple[IMAPClient, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, uids = inbox
    imap = client._imap
    order: list[str] = []
    send, complete = imap._command, imap._command_complete

    def sending(name: str, *args: Any) -> str:
        tag = send(name, *args)
        order.append(f"sent {args[1]}")
        return tag

    def completing(name: str, tag: str) -> Any:
        order.append("read")
        return complete(name, tag)

    monkeypatch.setattr(imap, "_command", sending)
    monkeypatch.setattr(imap, "_command_complete", completing)
    requests = [(str(uid), ITEMS) for uid in uids[:4]]
    answers = list(uid_fetch_ahead(client, requests, ahead=2))
    assert [sorted(a) for a in answers] == [[uid] for uid in uids[:4]]
    first, second, third, fourth = (f"sent {u}" for u in uids[:4])
    assert order == [first, second, third, "read", fourth, "read", "read", "read"]


def test_a_failed_command_leaves_the_connection_in_step(
    inbox: tuple[IMAPClient, list[int]],
) -> None:
    client, uids = inbox
    requests = [
        (str(uids[0]), ITEMS),
        (str(uids[1]), ["UID", "NO-SUCH-ITEM"]),  # the server answers BAD
        (str(uids[2]), ITEMS),
        (str(uids[3]), ITEMS),
    ]
    answers = uid_fetch_ahead(client, requests, ahead=2)
    assert sorted(next(answers)) == [uids[0]]
    with pytest.raises(IMAPClientError):
        next(answers)
    # The commands still in flight were read to their end: the next answer is its own.
    assert sorted(uid_fetch(client, str(uids[4]), ITEMS)) == [uids[4]]
    assert client.noop()[0].startswith(b"NOOP")


def test_a_caller_that_stops_early_leaves_the_connection_in_step(
    inbox: tuple[IMAPClient, list[int]],
) -> None:
    client, uids = inbox
    answers = uid_fetch_ahead(client, [(str(uid), ITEMS) for uid in uids], ahead=3)
    assert sorted(next(answers)) == [uids[0]]
    answers.close()  # three more commands were in flight
    assert uid_fetch(client, f"{uids[6]}:{uids[7]}", ITEMS).keys() == {uids[6], uids[7]}
