"""When to acknowledge, when never to, and the shipped acknowledgement texts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from omniinbox.domain.autoack import (
    ACK_LANGUAGES,
    ACK_TEMPLATES,
    OUTBOUND_HEADERS,
    AckReason,
    ack_language,
    count_recent,
    machine_reason,
    render_acknowledgement,
    should_acknowledge,
)
from omniinbox.domain.templates import placeholders

OWN = ("support@shop.kz", "Shop KZ <sales@shop.kz>")
PERSON = {
    "From": "Dana Serikova <dana@mail.kz>",
    "To": "support@shop.kz",
    "Subject": "Заказ не пришёл",
    "Return-Path": "<dana@mail.kz>",
    "Auto-Submitted": "no",
}


def decide(
    headers: object = PERSON, sender: str = "dana@mail.kz", **kw: object
) -> tuple[bool, AckReason]:
    args: dict[str, object] = {"is_new_conversation": True, "own_addresses": OWN, **kw}
    return should_acknowledge(headers, sender=sender, **args)  # type: ignore[arg-type]


def test_a_person_writing_for_the_first_time_is_acknowledged() -> None:
    assert decide() == (True, AckReason.ACKNOWLEDGE)


def test_the_decision_unpacks_as_a_pair() -> None:
    ok, reason = decide()
    assert ok and reason is AckReason.ACKNOWLEDGE


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, AckReason.AUTO_SUBMITTED),
        ({"Auto-Submitted": "auto-generated; owner-email=x@y"}, AckReason.AUTO_SUBMITTED),
        ({"auto-submitted": "Auto-Notified"}, AckReason.AUTO_SUBMITTED),
        ({"X-Autoreply": "yes"}, AckReason.AUTO_REPLY),
        ({"X-Autorespond": "Out of office"}, AckReason.AUTO_REPLY),
        ({"X-Auto-Response-Suppress": "OOF, AutoReply"}, AckReason.AUTO_REPLY),
        ({"Precedence": "bulk"}, AckReason.PRECEDENCE),
        ({"Precedence": "Junk"}, AckReason.PRECEDENCE),
        ({"Precedence": "list"}, AckReason.PRECEDENCE),
        ({"List-Id": "<buyers.shop.kz>"}, AckReason.MAILING_LIST),
        ({"List-Unsubscribe": "<mailto:unsub@news.example>"}, AckReason.MAILING_LIST),
        ({"Return-Path": "<>"}, AckReason.BOUNCE),
        ({"Content-Type": 'multipart/report; report-type="delivery-status"'}, AckReason.BOUNCE),
        ({"X-Failed-Recipients": "nobody@mail.kz"}, AckReason.BOUNCE),
        ({"X-OmniInbox-Auto": "ack"}, AckReason.OWN_MESSAGE),
    ],
)
def test_machines_are_never_acknowledged(extra: dict[str, str], reason: AckReason) -> None:
    assert decide({**PERSON, **extra}) == (False, reason)


@pytest.mark.parametrize(
    ("sender", "reason"),
    [
        ("MAILER-DAEMON@mx.mail.kz", AckReason.BOUNCE),
        ("postmaster@mail.kz", AckReason.BOUNCE),
        ("noreply@kaspi.kz", AckReason.NO_REPLY_ADDRESS),
        ("No-Reply <no-reply@uzum.uz>", AckReason.NO_REPLY_ADDRESS),
        ("buyers-request@lists.shop.kz", AckReason.NO_REPLY_ADDRESS),
        ("owner-buyers@lists.shop.kz", AckReason.NO_REPLY_ADDRESS),
        ("SUPPORT@shop.kz", AckReason.OWN_MESSAGE),
        ("Shop <sales@shop.kz>", AckReason.OWN_MESSAGE),
        ("  ", AckReason.NO_SENDER),
    ],
)
def test_robot_and_own_addresses_are_never_acknowledged(sender: str, reason: AckReason) -> None:
    assert decide(sender=sender) == (False, reason)


def test_auto_submitted_no_is_a_person() -> None:
    assert machine_reason({"Auto-Submitted": "no"}, "dana@mail.kz") is None


def test_repeated_headers_as_pairs() -> None:
    pairs = [("Received", "from a"), ("Received", "from b"), ("Precedence", "first-class"),
             ("Precedence", "bulk")]  # fmt: skip
    assert decide(pairs) == (False, AckReason.PRECEDENCE)
    assert decide(iter([("From", "dana@mail.kz")])) == (True, AckReason.ACKNOWLEDGE)


def test_only_new_conversations_when_enabled() -> None:
    assert decide(is_new_conversation=False) == (False, AckReason.NOT_NEW)
    assert decide(enabled=False) == (False, AckReason.DISABLED)


def test_chat_messages_have_no_headers_but_bots_are_skipped() -> None:
    assert decide({}, sender="dana_kz") == (True, AckReason.ACKNOWLEDGE)
    assert decide({}, sender="shop_promo_bot", from_bot=True) == (False, AckReason.AUTOMATED_SENDER)


def test_loop_protection_one_ack_per_sender_per_day() -> None:
    now = datetime(2025, 3, 3, 12, tzinfo=UTC)
    acks = [now - timedelta(hours=30), now - timedelta(hours=2)]
    assert count_recent(acks, now) == 1
    assert decide(recent_acks_to_sender=count_recent(acks, now)) == (False, AckReason.LOOP_LIMIT)
    assert decide(recent_acks_to_sender=count_recent(acks[:1], now)) == (
        True,
        AckReason.ACKNOWLEDGE,
    )
    assert decide(recent_acks_to_sender=2, max_acks_per_window=3)[0]


def test_our_outbound_ack_would_not_be_acknowledged_by_us() -> None:
    assert decide(OUTBOUND_HEADERS, sender="someone@else.kz") == (False, AckReason.OWN_MESSAGE)
    assert machine_reason(OUTBOUND_HEADERS, "someone@else.kz") is AckReason.AUTO_SUBMITTED


# --- texts -------------------------------------------------------------------------------------


def test_every_language_is_shipped_with_the_variables() -> None:
    assert set(ACK_LANGUAGES) == {"en", "ru", "kk", "uk", "uz", "ka"}
    for lang, template in ACK_TEMPLATES.items():
        assert template.language == lang and template.shared
        assert set(placeholders(template.body)) == {
            "customer.first_name", "ticket", "due_phrase", "agent.name"
        }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Здравствуйте, заказ не пришёл", "ru"),
        ("Сәлеметсіз бе, тапсырысым келмеді", "kk"),
        ("Доброго дня, замовлення не прийшло", "uk"),
        ("Salom, buyurtmam hali kelmadi", "uz"),
        ("გამარჯობა, შეკვეთა არ მოსულა", "ka"),
        ("Hello, my order has not arrived", "en"),
        ("???", "en"),
    ],
)
def test_the_language_follows_the_customers_last_message(text: str, lang: str) -> None:
    assert ack_language(text) == lang
    assert ack_language("12345", fallback="ru") == "ru"


def test_rendered_acknowledgement_with_a_name() -> None:
    out = render_acknowledgement(
        "ru", ticket="#1042", due_phrase="завтра до 10:00", agent_name="Айгерим Нурланова",
        customer_name="Дана Серикова",
    )  # fmt: skip
    assert out.complete
    assert out.text == (
        "Здравствуйте, Дана!\n\n"
        "Спасибо за обращение. Мы зарегистрировали его под номером #1042.\n"
        "Мы ответим вам завтра до 10:00. Если хотите что-то добавить, просто ответьте на это "
        "сообщение.\n\n"
        "Айгерим Нурланова"
    )


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "uk", "uz", "ka"])
def test_without_a_name_the_greeting_drops_it_and_nothing_is_left_in_braces(lang: str) -> None:
    out = render_acknowledgement(lang, ticket="#7", due_phrase="X", agent_name="Dana")
    assert out.complete and "{" not in out.text
    assert "#7" in out.text and out.text.endswith("\n\nDana")


def test_an_edited_template_is_used_as_given() -> None:
    template = ACK_TEMPLATES["en"]
    edited = type(template)(
        "Ack", "en", "Ticket {ticket}, answer {due_phrase}. {customer.first_name}"
    )
    out = render_acknowledgement(
        "en", ticket="#9", due_phrase="soon", agent_name="A", template=edited
    )
    assert out.text == "Ticket #9, answer soon. {customer.first_name}"
    assert out.missing == ("customer.first_name",)
