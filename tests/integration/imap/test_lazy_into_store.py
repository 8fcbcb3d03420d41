"""Big email attachments left on the server by the sync, fetched into the blob store through
the engine, against the real Dovecot: on request (also for an account that is not running),
and in the background for the small ones once the account is online."""

from __future__ import annotations

import base64
import random
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage

import pytest

from omniinbox.connector import PermanentError, discover
from omniinbox.domain import Account, Attachment
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import Secrets, imap_config

MB = 1024 * 1024
WAIT = 30.0


def with_pdf(content: bytes, name: str, message_id: str) -> bytes:
    """A message with ``content`` attached as a PDF (base64 swapped in: the email package
    encodes megabytes slowly)."""
    msg = EmailMessage()
    msg["From"] = "Айгерим <aigerim@example.kz>"
    msg["To"] = "support@shop.kz"
    msg["Subject"] = f"Документ {name}"
    msg["Date"] = "Mon, 02 Nov 2026 09:00:00 +0500"
    msg["Message-ID"] = message_id
    msg.set_content("Здравствуйте! Документ во вложении.\n")
    msg.add_attachment(b"STAND-IN", maintype="application", subtype="pdf", filename=name)
    raw = msg.as_bytes()
    return raw.replace(base64.b64encode(b"STAND-IN"), base64.encodebytes(content).rstrip(b"\n"))


@pytest.fixture
def engine(store: Store, mail_user: MailUser) -> Iterator[Engine]:
    e = Engine(
        store,
        discover(),
        lambda account: Secrets({"password": mail_user.password}),
        backoff=Backoff(base=0.01, cap=0.05, jitter=0),
        interval=2.0,
        desk_interval=0,
    )
    yield e
    e.stop()


@pytest.fixture
def mailbox(store: Store, dovecot: Dovecot, mail_user: MailUser) -> Account:
    return store.add_account("Support", "imap", imap_config(dovecot, mail_user), "email")


def attachments(store: Store) -> dict[str, Attachment]:
    found = {}
    for conversation in store.conversations():
        for message in store.messages(conversation.id):
            found.update({a.name: a for a in message.attachments})
    return found


def eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not check():
        assert time.monotonic() < deadline, "it did not happen in time"
        time.sleep(0.05)


def test_a_lazy_attachment_is_fetched_into_the_blob_store_on_request(
    store: Store, engine: Engine, mail_user: MailUser, mailbox: Account
) -> None:
    content = random.Random(5).randbytes(3 * MB)
    uid = mail_user.append(with_pdf(content, "договор.pdf", "<big-1@example.kz>"))
    engine.sync_once(mailbox)
    pdf = attachments(store)["договор.pdf"]
    ref = store.attachment_ref(pdf.id)
    assert pdf.sha256 is None and ref.remote_ref == f"INBOX/{mail_user.uidvalidity()}/{uid}/2"

    fetched = engine.fetch_attachment(pdf.id).result(WAIT)  # no worker runs: a connector of its own

    assert store.blobs.get(str(fetched.sha256)) == content
    assert fetched.size == len(content)  # the estimate from the encoded size is corrected
    assert attachments(store)["договор.pdf"].sha256 == fetched.sha256


def test_a_message_gone_from_the_server_gives_a_sentence_and_is_not_retried(
    store: Store, engine: Engine, mail_user: MailUser, mailbox: Account
) -> None:
    uid = mail_user.append(with_pdf(b"%PDF" * 100_000, "gone.pdf", "<gone@example.kz>"))
    engine.sync_once(mailbox)
    pdf = attachments(store)["gone.pdf"]
    mail_user.expunge([uid])

    with pytest.raises(PermanentError) as failed:
        engine.fetch_attachment(pdf.id).result(WAIT)

    assert str(failed.value) and str(failed.value) == store.attachment_ref(pdf.id).fetch_error
    assert store.pending_attachments(mailbox.id) == []


def test_small_lazy_attachments_are_prefetched_while_the_account_runs(
    store: Store, engine: Engine, mail_user: MailUser, mailbox: Account
) -> None:
    small = random.Random(1).randbytes(300 * 1024)  # over the 64 KB lazy threshold
    big = random.Random(2).randbytes(3 * MB)
    mail_user.append(with_pdf(small, "small.pdf", "<small@example.kz>"))
    mail_user.append(with_pdf(big, "big.pdf", "<big@example.kz>"))
    engine.start()

    eventually(lambda: len(attachments(store)) == 2)
    eventually(lambda: attachments(store)["small.pdf"].sha256 is not None)
    assert store.blobs.get(str(attachments(store)["small.pdf"].sha256)) == small
    assert attachments(store)["big.pdf"].sha256 is None  # over 2 MB: when the agent opens it

    fetched = engine.fetch_attachment(attachments(store)["big.pdf"].id).result(WAIT)
    assert store.blobs.get(str(fetched.sha256)) == big


def test_several_small_lazy_attachments_are_prefetched_together(
    store: Store, engine: Engine, mail_user: MailUser, mailbox: Account
) -> None:
    """Prefetch asks the connector for a whole batch at once (one FETCH per folder); every
    file lands in the blob store with its own bytes."""
    files = {f"part{i}.pdf": random.Random(10 + i).randbytes(100 * 1024) for i in range(4)}
    for i, (name, content) in enumerate(files.items()):
        mail_user.append(with_pdf(content, name, f"<many{i}@example.kz>"))
    engine.start()

    eventually(lambda: len(attachments(store)) == len(files))
    eventually(lambda: all(a.sha256 is not None for a in attachments(store).values()))
    for name, content in files.items():
        assert store.blobs.get(str(attachments(store)[name].sha256)) == content
    assert store.pending_attachments(mailbox.id) == []
