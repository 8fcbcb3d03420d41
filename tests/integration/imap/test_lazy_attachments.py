"""Big messages arrive with their text first and their big attachments on demand
(lazy.py), against the real Dovecot: the 5 MB attachment is not downloaded by the sync, and
download() returns its exact bytes."""

from __future__ import annotations

import base64
import random
from dataclasses import replace
from email.message import EmailMessage
from typing import Any

import pytest
from omniinbox_connectors.imap import ImapConnector, lazy, mime, sync

from omniinbox.connector import PermanentError
from omniinbox.domain import NewMessage
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import (
    changes,
    connector_for,
    events_of,
    new_messages,
    pull_all,
)

MB = 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def payload(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def report(size: int, *, message_id: str | None = "<big-1@example.kz>") -> tuple[bytes, bytes]:
    """mixed[ alternative[ text, related[ html, png ] ], pdf ] with a pdf of ``size`` bytes."""
    content = payload(size)
    msg = EmailMessage()
    msg["From"] = "Айгерим <aigerim@example.kz>"
    msg["To"] = "support@shop.kz"
    msg["Subject"] = "Отчёт за ноябрь"
    msg["Date"] = "Mon, 02 Nov 2026 09:00:00 +0500"
    if message_id:
        msg["Message-ID"] = message_id
    msg.set_content("Здравствуйте! Отчёт во вложении.\n")
    msg.add_alternative('<p>Здравствуйте! <img src="cid:logo@shop"></p>', subtype="html")
    html = msg.get_body(("html",))
    assert html is not None
    html.add_related(PNG, "image", "png", cid="<logo@shop>")
    # The email package base64-encodes megabytes slowly: encode a stand-in, then swap it.
    msg.add_attachment(b"STAND-IN", maintype="application", subtype="pdf", filename="отчёт.pdf")
    stand_in = base64.b64encode(b"STAND-IN")
    raw = msg.as_bytes()
    assert raw.count(stand_in) == 1
    return raw.replace(stand_in, base64.encodebytes(content).rstrip(b"\n")), content


@pytest.fixture
def fetched_items(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every item the sync asks the server for."""
    seen: list[str] = []

    def recording(original: Any) -> Any:
        def uid_fetch(client: Any, uid_set: str, items: Any, *rest: Any) -> Any:
            seen.extend(items)
            return original(client, uid_set, items, *rest)

        return uid_fetch

    monkeypatch.setattr(sync, "uid_fetch", recording(sync.uid_fetch))
    monkeypatch.setattr(lazy, "uid_fetch", recording(lazy.uid_fetch))
    return seen


def lazy_over(connector: ImapConnector, threshold: int = 16 * 1024) -> ImapConnector:
    """The connector with a threshold in bytes (the setting counts whole kilobytes)."""
    account = connector.account
    connector.account = replace(account, imap=replace(account.imap, lazy_threshold=threshold))
    return connector


def only_message(connector: Any, cursor: str = "") -> tuple[NewMessage, str]:
    batches, cursor = pull_all(connector, cursor)
    (message,) = new_messages(events_of(batches))
    return message, cursor


def test_a_5_mb_attachment_is_left_on_the_server_until_it_is_downloaded(
    dovecot: Dovecot, mail_user: MailUser, fetched_items: list[str]
) -> None:
    raw, content = report(5 * MB)
    uid = mail_user.append(raw)
    connector = connector_for(dovecot, mail_user)  # the default threshold: 64 KB

    message, cursor = only_message(connector)

    assert "BODY.PEEK[]" not in fetched_items and "BODY.PEEK[2]" not in fetched_items
    assert message.remote_id == "big-1@example.kz" and message.subject == "Отчёт за ноябрь"
    assert message.text.strip() == "Здравствуйте! Отчёт во вложении."
    assert 'src="cid:logo@shop"' in message.html
    logo, pdf = message.attachments
    assert (logo.content, logo.remote_ref) == (PNG, "cid:logo@shop")  # small: came along
    assert (pdf.name, pdf.mime, pdf.content) == ("отчёт.pdf", "application/pdf", None)
    assert abs(pdf.size - len(content)) < len(content) // 100  # estimated from the encoding
    assert pdf.remote_ref == f"INBOX/{mail_user.uidvalidity()}/{uid}/2"
    # The raw kept is the skeleton: everything but the PDF's bytes, which stay on the server.
    assert message.raw is not None and lazy.skeleton_ref(message.raw) == pdf.remote_ref[:-2]
    assert len(message.raw) < 10_000 and base64.b64encode(content[:300]) not in message.raw
    again = mime.parse_message(message.raw)  # a parser fix re-derives from it
    assert (again.message_id, again.subject, again.text) == (
        message.remote_id, message.subject, message.text,
    )  # fmt: skip
    assert [a.name for a in again.attachments] == [a.name for a in message.attachments]

    assert connector.download(pdf.remote_ref) == content

    # Flag changes of a lazily synced message come under the same id as any other.
    mail_user.add_flags([uid], ["\\Seen"])
    (changed,) = changes(events_of(pull_all(connector, cursor)[0]))
    assert changed.remote_id == message.remote_id and changed.seen


def test_threshold_zero_fetches_every_message_whole(dovecot: Dovecot, mail_user: MailUser) -> None:
    raw, content = report(100_000)
    mail_user.append(raw)
    connector = connector_for(dovecot, mail_user, lazy_attachments_kb="0")
    assert connector.account.imap.lazy_threshold == 0
    message, _ = only_message(connector)
    assert message.attachments[1].content == content and message.raw is not None


def test_a_big_message_without_message_id_is_fetched_whole(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    raw, content = report(100_000, message_id=None)
    uid = mail_user.append(raw)
    message, _ = only_message(lazy_over(connector_for(dovecot, mail_user)))
    with mail_user.client() as client:
        client.select_folder("INBOX", readonly=True)
        stored = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    assert message.remote_id == mime.synthetic_id(stored)  # what a whole fetch always gives
    assert message.attachments[1].content == content and message.raw is not None


def forwarded_with_a_table() -> tuple[bytes, bytes, bytes]:
    """A message with a forwarded e-mail and a quoted-printable CSV, each over 16 KB."""
    inner = EmailMessage()
    inner["From"] = "warehouse@example.kz"
    inner["Subject"] = "Накладная 77"
    inner["Message-ID"] = "<inner-77@example.kz>"
    inner.set_content("Строка накладной\n" * 2_000)
    table = ("заказ;сумма;статус\n" + "1042;15000;отправлен\n" * 1_000).encode()
    outer = EmailMessage()
    outer["From"] = "aigerim@example.kz"
    outer["To"] = "support@shop.kz"
    outer["Subject"] = "Пересылаю"
    outer["Message-ID"] = "<outer-1@example.kz>"
    outer.set_content("См. ниже.")
    outer.add_attachment(inner)
    outer.add_attachment(
        table, maintype="text", subtype="csv", filename="orders.csv", cte="quoted-printable"
    )
    return outer.as_bytes(), inner.as_bytes(), table


def test_forwarded_mail_and_quoted_printable_parts_download_decoded(
    any_server: Dovecot, any_user: MailUser
) -> None:
    raw, inner, table = forwarded_with_a_table()
    any_user.append(raw)
    connector = lazy_over(connector_for(any_server, any_user))

    message, _ = only_message(connector)

    assert message.text.strip() == "См. ниже." and lazy.skeleton_ref(message.raw or b"")
    forwarded, csv = message.attachments
    assert forwarded.content is None and forwarded.name == "Накладная 77.eml"
    assert forwarded.mime == "message/rfc822" and forwarded.remote_ref.endswith("/2")
    assert csv.content is None and (csv.name, csv.mime) == ("orders.csv", "text/csv")

    assert connector.download(csv.remote_ref) == table
    enclosed = mime.parse_message(connector.download(forwarded.remote_ref))
    assert enclosed.message_id == "inner-77@example.kz"
    assert enclosed.text == mime.parse_message(inner).text


def test_a_download_after_the_message_is_gone_says_so(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    raw, _ = report(100_000)
    uid = mail_user.append(raw)
    connector = lazy_over(connector_for(dovecot, mail_user))
    message, _ = only_message(connector)
    ref = message.attachments[1].remote_ref

    mail_user.change_uidvalidity()
    with pytest.raises(PermanentError, match="renumbered since this attachment was listed"):
        connector.download(ref)
    folder, _, _, part = lazy.parse_ref(ref)
    current = lazy.make_ref(folder, mail_user.uidvalidity(), uid, part)
    mail_user.expunge([uid])
    with pytest.raises(PermanentError, match="no longer in INBOX"):
        connector.download(current)
    with pytest.raises(PermanentError, match="does not name an attachment"):
        connector.download("INBOX/not-a-ref")


def test_a_message_that_is_one_big_file_keeps_its_headers(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    content = payload(100_000, seed=3)
    msg = EmailMessage()
    msg["From"] = "scanner@shop.kz"
    msg["To"] = "support@shop.kz"
    msg["Subject"] = "Скан"
    msg["Message-ID"] = "<scan-1@shop.kz>"
    msg.set_content(content, maintype="application", subtype="pdf", filename="scan.pdf")
    uid = mail_user.append(msg.as_bytes())
    connector = lazy_over(connector_for(dovecot, mail_user))

    message, _ = only_message(connector)

    assert (message.remote_id, message.subject) == ("scan-1@shop.kz", "Скан")
    assert message.sender.value == "scanner@shop.kz"
    (scan,) = message.attachments
    assert scan.content is None and scan.name == "scan.pdf"
    assert scan.remote_ref == f"INBOX/{mail_user.uidvalidity()}/{uid}/1"
    assert connector.download(scan.remote_ref) == content
