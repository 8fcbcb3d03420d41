"""Text-first initial sync against the real Dovecot: parts over the threshold (64 KB by
default) stay on the server, messages of the same shape share one FETCH, and the parts left
behind come back in batches (one SELECT and one FETCH per folder, not one per part)."""

from __future__ import annotations

import random
from email.message import EmailMessage
from typing import Any

import pytest
from omniinbox_connectors.imap import convert, download, lazy, mime, sync

from omniinbox.domain import NewMessage
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import (
    connector_for,
    events_of,
    mail,
    new_messages,
    pull_all,
)


def with_file(n: int, size: int, *, to_desk: bool = True) -> tuple[bytes, bytes]:
    """A support message with one PDF of ``size`` bytes (base64 in the message)."""
    content = random.Random(n).randbytes(size)
    msg = EmailMessage()
    msg["From"] = "support@shop.kz" if not to_desk else f"client{n}@example.kz"
    msg["To"] = f"client{n}@example.kz" if not to_desk else "support@shop.kz"
    msg["Subject"] = f"Заказ {1000 + n}: счёт"
    msg["Message-ID"] = f"<file-{n}@example.kz>"
    msg.set_content(f"Здравствуйте! Счёт по заказу {1000 + n} во вложении.\n")
    msg.add_attachment(content, maintype="application", subtype="pdf", filename=f"счёт-{n}.pdf")
    return msg.as_bytes(), content


@pytest.fixture
def fetches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """(uid set, items) of every UID FETCH the sync and the downloads send."""
    seen: list[tuple[str, list[str]]] = []
    for module in (sync, lazy, download):
        original = module.uid_fetch

        def recording(client: Any, uid_set: str, items: Any, *rest: Any, _o: Any = original) -> Any:
            seen.append((uid_set, list(items)))
            return _o(client, uid_set, items, *rest)

        monkeypatch.setattr(module, "uid_fetch", recording)
        ahead = module.uid_fetch_ahead

        def recording_ahead(
            client: Any, requests: Any, *rest: Any, _a: Any = ahead, **kw: Any
        ) -> Any:
            requests = list(requests)
            seen.extend((uid_set, list(items)) for uid_set, items in requests)
            return _a(client, requests, *rest, **kw)

        monkeypatch.setattr(module, "uid_fetch_ahead", recording_ahead)
    return seen


def by_id(messages: list[NewMessage]) -> dict[str, NewMessage]:
    return {m.remote_id: m for m in messages}


def test_big_parts_wait_and_same_shaped_messages_share_one_fetch(
    dovecot: Dovecot, mail_user: MailUser, fetches: list[tuple[str, list[str]]]
) -> None:
    small = [with_file(n, 20_000) for n in range(3)]  # under 64 KB: come with the text
    big = [with_file(n, 150_000) for n in range(3, 8)]  # over it: wait
    for raw, _ in small + big:
        mail_user.append(raw)
    connector = connector_for(dovecot, mail_user)
    assert connector.account.imap.lazy_threshold == 64 * 1024  # the default

    batches, _ = pull_all(connector)
    got = by_id(new_messages(events_of(batches)))

    assert len(got) == 8
    for n, (_, content) in enumerate(small):
        (pdf,) = got[f"file-{n}@example.kz"].attachments
        assert pdf.content == content and not pdf.remote_ref
    uidvalidity = mail_user.uidvalidity()
    for n, (_, content) in enumerate(big, 3):
        message = got[f"file-{n}@example.kz"]
        assert message.text.strip() == f"Здравствуйте! Счёт по заказу {1000 + n} во вложении."
        (pdf,) = message.attachments
        assert pdf.content is None and pdf.name == f"счёт-{n}.pdf"
        assert pdf.remote_ref == f"INBOX/{uidvalidity}/{n + 1}/2"
        assert abs(pdf.size - len(content)) < len(content) // 100
    # One BODYSTRUCTURE for every candidate, ONE fetch for the five same-shaped big ones,
    # none of them whole.
    structures = [s for s, items in fetches if "BODYSTRUCTURE" in items]
    light = [s for s, items in fetches if "BODY.PEEK[1]" in items and "BODY.PEEK[]" not in items]
    whole = [s for s, items in fetches if "BODY.PEEK[]" in items]
    assert len(structures) == 1 and light == ["4:8"]
    assert all("4" not in s and "8" not in s for s in whole)

    refs = [got[f"file-{n}@example.kz"].attachments[0].remote_ref for n in range(3, 8)]
    fetches.clear()
    contents = connector.download_many(refs)
    assert contents == {ref: big[i][1] for i, ref in enumerate(refs)}
    bodies = [items for _, items in fetches if "BODY.PEEK[2]" in items]
    assert len(bodies) == 1  # all five parts in one FETCH
    assert connector.download(refs[0]) == big[0][1]  # one at a time still works


def test_download_many_spans_folders_and_leaves_out_what_is_gone(
    any_server: Dovecot, any_user: MailUser
) -> None:
    inbox = [with_file(n, 90_000) for n in range(2)]
    sent = [with_file(n, 120_000, to_desk=False) for n in range(2, 4)]
    uids = [any_user.append(raw) for raw, _ in inbox]
    connector = connector_for(any_server, any_user, lazy_attachments_kb="32")
    sent_folder = "Sent" if any_server.modern else "Sent Items"
    for raw, _ in sent:
        any_user.append(raw, folder=sent_folder)

    batches, _ = pull_all(connector)
    got = by_id(new_messages(events_of(batches)))
    refs = {n: got[f"file-{n}@example.kz"].attachments[0].remote_ref for n in range(4)}
    assert refs[2].startswith(sent_folder + "/") and refs[0].startswith("INBOX/")

    any_user.expunge([uids[1]])
    contents = connector.download_many(list(refs.values()))

    assert contents == {refs[0]: inbox[0][1], refs[2]: sent[0][1], refs[3]: sent[1][1]}
    assert connector.download_many([]) == {}


def test_the_skeleton_re_derives_the_same_message(dovecot: Dovecot, mail_user: MailUser) -> None:
    """A text-first message keeps a raw: parsing it again (what a parser fix would do) gives
    the same text, ids and attachment list; the placeholder names the part on the server."""
    raw, content = with_file(9, 300_000)
    uid = mail_user.append(raw)
    connector = connector_for(dovecot, mail_user)
    batches, _ = pull_all(connector)
    (message,) = new_messages(events_of(batches))

    assert message.raw is not None and len(message.raw) < 3_000
    where = f"INBOX/{mail_user.uidvalidity()}/{uid}"
    assert lazy.skeleton_ref(message.raw) == where and lazy.skeleton_ref(raw) == ""
    whole = mime.parse_message(raw)
    again = mime.parse_message(message.raw)
    assert (again.message_id, again.subject, again.text, again.from_, again.to) == (
        whole.message_id, whole.subject, whole.text, whole.from_, whole.to,
    )  # fmt: skip
    assert [a.name for a in again.attachments] == [a.name for a in whole.attachments]
    (placeholder,) = again.attachments
    assert placeholder.content.startswith(lazy.PLACEHOLDER) and placeholder.content.endswith(b"-2")
    assert connector.download(f"{where}/2") == content


def test_a_big_batch_is_parsed_by_two_processes_with_the_same_result(
    dovecot: Dovecot, mail_user: MailUser, fetches: list[tuple[str, list[str]]]
) -> None:
    """A batch of POOL_MIN+ messages comes in two FETCHes; the worker parses the first half
    while the second arrives. The events are those one process gives, in UID order."""
    count = convert.POOL_MIN + 20
    mail_user.append_many(
        mail(f"Сообщение {i}: где заказ {1000 + i}?", message_id=f"<pool-{i}@example.kz>")
        for i in range(count)
    )
    two = connector_for(dovecot, mail_user)
    one = connector_for(dovecot, mail_user)
    one._parse.enabled = False

    split = new_messages(events_of(pull_all(two)[0]))
    whole_fetches = [s for s, items in fetches if "BODY.PEEK[]" in items]
    fetches.clear()
    alone = new_messages(events_of(pull_all(one)[0]))

    assert [m.remote_id for m in split] == [f"pool-{i}@example.kz" for i in range(count)]
    assert split == alone and all(m.raw for m in split)
    assert len(whole_fetches) == 2  # two halves
    assert len([s for s, items in fetches if "BODY.PEEK[]" in items]) == 1
    assert two._parse._executor is None  # caught up: the worker was stopped
