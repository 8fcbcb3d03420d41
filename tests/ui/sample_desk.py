"""A small support desk built through the store's own ingest, for the GUI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from omniinbox.domain import Identity, IdentityKind, IncomingAttachment, NewMessage, Status
from omniinbox.store import Store

# Kinds no connector will ever register: the engine reports them unavailable and never
# touches a network, so queued replies stay queued where the tests can see them.
EMAIL_KIND, CHAT_KIND = "test-email", "test-chat"
NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class Desk:
    """Ids of what the sample workspace holds, for tests to point at."""

    agent_id: int
    email_account: int
    chat_account: int
    aigerim: int  # email conversation, unread, with an attachment
    giorgi: int  # Telegram conversation
    olena: int  # email conversation, pending, HTML only


def email(
    remote_id: str, who: str, address: str, subject: str, text: str, ago: int, **kw: object
) -> NewMessage:
    return NewMessage(
        remote_id=remote_id,
        sender=Identity.of(IdentityKind.EMAIL, address),
        sender_name=who,
        sent_at=NOW - timedelta(minutes=ago),
        subject=subject,
        text=text,
        **kw,  # type: ignore[arg-type]
    )


def chat(remote_id: str, who: str, user_id: str, text: str, ago: int, **kw: object) -> NewMessage:
    return NewMessage(
        remote_id=remote_id,
        sender=Identity.of(IdentityKind.TELEGRAM, user_id, f"@{who.split()[0].lower()}"),
        sender_name=who,
        sent_at=NOW - timedelta(minutes=ago),
        text=text,
        thread_key=f"chat-{user_id}",
        **kw,  # type: ignore[arg-type]
    )


def fill(store: Store, extra: int = 0) -> Desk:
    """Three customers on two channels, plus ``extra`` one-message email conversations."""
    agent = store.add_agent("Dana Sultanova", "dana@shop.example")
    mail = store.add_account("Shop mail", EMAIL_KIND, {}, channel="email")
    telegram = store.add_account("Shop Telegram", CHAT_KIND, {}, channel="telegram")
    invoice = IncomingAttachment("invoice-1042.pdf", "application/pdf", 48_213, b"%PDF-1.4 ...")
    changes = store.ingest(
        mail.id,
        [
            email(
                "<a1@example.kz>",
                "Aigerim Nurlanovna",
                "aigerim@example.kz",
                "Order 1042 arrived damaged",
                "Hello,\nthe blender arrived with a cracked jug.\n> quoted earlier text",
                ago=90,
                attachments=(invoice,),
            ),
            email(
                "<o1@example.ua>",
                "Олена Коваленко",
                "olena@example.ua",
                "Доставка до Львова",
                "",
                ago=300,
                html="<p>Коли буде <b>доставка</b>?</p><script>alert('x')</script>",
                seen=True,
            ),
        ],
        "mail-1",
    )
    store.ingest(
        telegram.id,
        [
            chat(
                "tg-1", "Giorgi Beridze", "5550001", "გამარჯობა! Is the store open on Sunday?", 30
            ),
            chat("tg-2", "Giorgi Beridze", "5550001", "And do you deliver to Batumi?", 20),
        ],
        "tg-2",
    )
    for n in range(extra):
        store.ingest(
            mail.id,
            [
                email(
                    f"<x{n}@example.com>",
                    f"Customer {n:04d}",
                    f"c{n}@example.com",
                    f"Question {n}",
                    "Hi",
                    1000 + n,
                )
            ],
            f"mail-x{n}",
        )
    ids = {row.contact_name: row.id for row in store.conversations(limit=10_000)}
    store.set_status([ids["Олена Коваленко"]], Status.PENDING)
    assert changes.new_conversations
    return Desk(
        agent.id,
        mail.id,
        telegram.id,
        ids["Aigerim Nurlanovna"],
        ids["Giorgi Beridze"],
        ids["Олена Коваленко"],
    )
