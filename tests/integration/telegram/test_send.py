"""Sending: text (plain or MarkdownV2), replies, photos and documents, and how sends fail."""

from __future__ import annotations

import struct
import zlib
from typing import Any

import pytest

from omniinbox.connector import (
    AuthError,
    Outbound,
    OutboundAttachment,
    PermanentError,
    TransientError,
    Uncertain,
)
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import FakeClock, StampedLimiter

ALL_SPECIALS = "_*[]()~`>#+-=|{}.!\\"


def to(user: dict[str, Any], **kw: Any) -> Outbound:
    defaults: dict[str, Any] = {"key": "k-1", "text": "Hello"}
    return Outbound(to=Identity.of(IdentityKind.TELEGRAM, str(user["id"])), **(defaults | kw))


def png(width: int = 2, height: int = 1) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_plain_text_goes_as_typed(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    text = f"Ваш заказ #1042 готов! Цена: 5.000 ₸ (со скидкой) {ALL_SPECIALS}"
    receipt = connect().send(to(alice, text=text))

    (sent,) = emulator.sent
    assert sent.text == text and sent.parse_mode == "" and sent.chat_id == alice["id"]
    assert receipt.remote_id == f"{alice['id']}:{sent.message['message_id']}"
    assert receipt.sent_at.endswith("+00:00")
    assert "parse_mode" not in emulator.calls("sendMessage")[0]


def test_markdown_v2_is_escaped_so_the_customer_sees_the_text_exactly(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    text = f"*Not bold* _nor italic_ [link](http://x.kz) `code` > quote\n{ALL_SPECIALS} ёжик 🙂"
    connect(parse_mode="MarkdownV2").send(to(alice, text=text))

    (sent,) = emulator.sent
    assert sent.parse_mode == "MarkdownV2"
    assert sent.text == text  # Telegram parsed it back to exactly what the agent typed
    assert sent.message.get("entities") is None  # and found no formatting in it
    assert sent.source.count("\\") > text.count("\\")


def test_a_reply_points_at_the_answered_message_in_the_same_chat(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice, bob = emulator.user("alice_t", "Alice"), emulator.user("bob_t", "Bob")
    question = emulator.private_message(alice, "Where is my order?")
    emulator.private_message(bob, "Hi")
    connector = connect()
    answered = (f"{bob['id']}:1", f"{alice['id']}:{question['message_id']}", "<mail@id>")
    connector.send(to(alice, in_reply_to=answered, thread_key=f"chat:{alice['id']}"))
    connector.send(to(alice, in_reply_to=(f"{bob['id']}:1",)))  # another chat: no reply

    first, second = emulator.calls("sendMessage")
    assert first["reply_parameters"] == {
        "message_id": question["message_id"],
        "allow_sending_without_reply": True,
    }
    assert "reply_parameters" not in second
    assert emulator.sent[0].reply_to == question["message_id"]


def test_a_reply_to_a_message_deleted_meanwhile_still_goes_out(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connect().send(to(alice, in_reply_to=(f"{alice['id']}:999",)))
    assert emulator.sent_texts() == ["Hello"] and emulator.sent[0].reply_to is None


def test_a_conversation_moved_from_another_channel_answers_the_telegram_identity(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connect().send(to(alice, thread_key="<thread@mail.shop.kz>", in_reply_to=("<a@b>",)))
    assert emulator.sent[0].chat_id == alice["id"]


def test_no_telegram_chat_to_answer_in(connect: Connect) -> None:
    email = Identity.of(IdentityKind.EMAIL, "a@shop.kz", "Aigerim")
    with pytest.raises(PermanentError, match="Aigerim has no Telegram chat"):
        connect().send(Outbound(key="k", to=email, text="hi"))


def test_long_text_is_split_at_paragraphs(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    paragraphs = [f"Пункт {n}. " + "очень подробно " * 60 for n in range(10)]
    text = "\n\n".join(paragraphs)  # ~9 600 characters
    receipt = connect(parse_mode="MarkdownV2").send(to(alice, text=text))

    texts = emulator.sent_texts()
    assert len(texts) == 3 and all(len(t) <= 4096 for t in texts)
    assert all(t.startswith("Пункт") for t in texts)  # cut between paragraphs
    assert "\n\n".join(texts).split() == text.split()  # nothing lost but the trailing spaces
    assert receipt.remote_id.endswith(f":{emulator.sent[0].message['message_id']}")


def test_a_photo_and_a_document_with_captions(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    connector = connect(parse_mode="MarkdownV2")
    image = png()
    connector.send(
        to(
            alice,
            text="Фото товара (цвет: красный)!",
            attachments=(OutboundAttachment("товар.png", "image/png", image),),
        )
    )
    invoice = b"%PDF-1.7\n" + bytes(range(256)) * 40
    connector.send(
        to(
            alice,
            text="Счёт-фактура",
            attachments=(OutboundAttachment('счёт "№7"/2026.pdf', "application/pdf", invoice),),
        )
    )

    photo, document = emulator.sent
    assert photo.method == "sendPhoto" and photo.file_content == image
    assert photo.text == "Фото товара (цвет: красный)!" and photo.parse_mode == "MarkdownV2"
    assert photo.message["photo"][-1]["file_size"] == len(image)
    assert document.method == "sendDocument" and document.file_content == invoice
    assert document.file_mime == "application/pdf"
    assert "/" not in document.file_name and document.file_name.endswith("2026.pdf")
    assert document.message["document"]["file_size"] == len(invoice)


def test_several_files_go_after_the_text(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    files = (
        OutboundAttachment("a.txt", "text/plain", b"a"),
        OutboundAttachment("b.gif", "image/gif", b"GIF89a"),  # not a photo type: a document
    )
    receipt = connect().send(to(alice, text="Два файла", attachments=files))
    assert [s.method for s in emulator.sent] == ["sendMessage", "sendDocument", "sendDocument"]
    assert [s.text for s in emulator.sent] == ["Два файла", "", ""]
    assert receipt.remote_id == f"{alice['id']}:{emulator.sent[0].message['message_id']}"


def test_a_big_image_goes_as_a_document(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    big = b"\xff\xd8" + bytes(10 * 1024 * 1024)
    connect().send(
        to(alice, text="", attachments=(OutboundAttachment("scan.jpg", "image/jpeg", big),))
    )
    assert emulator.sent[0].method == "sendDocument"


def test_files_over_50_mb_are_refused_before_uploading(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    huge = OutboundAttachment("video.mp4", "video/mp4", bytes(50 * 1024 * 1024 + 1))
    with pytest.raises(PermanentError, match=r"video\.mp4 is 50\.0 MB.*up to 50 MB"):
        connect().send(to(alice, text="see the video", attachments=(huge,)))
    assert emulator.requests == []  # not even the text went out


def test_telegram_refusing_a_large_upload_is_permanent(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.upload_limit = 10_000
    file = OutboundAttachment("catalog.pdf", "application/pdf", bytes(20_000))
    with pytest.raises(PermanentError, match=r"catalog\.pdf is too large for Telegram"):
        connect().send(to(alice, text="", attachments=(file,)))


def test_an_empty_message_is_refused(connect: Connect, emulator: TelegramEmulator) -> None:
    with pytest.raises(PermanentError, match="empty"):
        connect().send(to(emulator.user("alice_t", "Alice"), text="  \n "))


def test_a_customer_who_blocked_the_bot_fails_that_message_only(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice, bob = emulator.user("alice_t", "Alice"), emulator.user("bob_t", "Bob")
    stranger = emulator.user("carol_t", "Carol", started=False)
    emulator.block(alice)
    connector = connect()
    with pytest.raises(PermanentError, match="blocked the bot") as blocked:
        connector.send(to(alice))
    assert not isinstance(blocked.value, AuthError)
    with pytest.raises(PermanentError, match="never started a chat with the bot"):
        connector.send(to(stranger))
    connector.send(to(bob))  # the account goes on
    assert emulator.sent_texts() == ["Hello"]


def test_a_revoked_token_stops_the_account(emulator: TelegramEmulator, connect: Connect) -> None:
    alice = emulator.user("alice_t", "Alice")
    with pytest.raises(AuthError, match="the bot token was refused by Telegram"):
        connect(token="7412345678:AAHrevokedRevokedRevoked").send(to(alice))


def test_flood_control_is_transient_and_held(
    emulator: TelegramEmulator, connect: Connect, clock: FakeClock, limiter: StampedLimiter
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.misbehave("429", method="sendMessage", retry_after=7)
    connector = connect()
    with pytest.raises(TransientError, match="rate limiting") as slow:
        connector.send(to(alice))
    assert slow.value.retry_after == 7
    start = clock.now
    connector.send(to(alice))  # waits out what Telegram asked before trying again
    assert clock.now - start >= 7
    assert emulator.sent_texts() == ["Hello"]


@pytest.mark.parametrize("fault", ["500", "502", "truncated", "disconnect"])
def test_a_lost_answer_to_a_send_is_uncertain(
    emulator: TelegramEmulator, connect: Connect, fault: str
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.misbehave(fault, method="sendMessage")
    with pytest.raises(Uncertain, match="unknown whether the message went out"):
        connect().send(to(alice))


def test_a_send_that_times_out_may_have_gone_through(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.misbehave("hang", method="sendMessage", seconds=3)
    with pytest.raises(Uncertain, match="did not answer in time"):
        connect(http_timeout=0.4).send(to(alice))
    assert emulator.sent_texts() == ["Hello"]  # it did arrive: retrying would send it twice


def test_a_send_that_cannot_connect_is_transient(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connector = connect()
    emulator.close()
    with pytest.raises(TransientError, match=r"cannot reach Telegram at 127\.0\.0\.1"):
        connector.send(to(alice))


def test_a_failure_half_way_through_a_long_message_is_uncertain(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.misbehave("429", method="sendDocument", retry_after=1)
    files = (OutboundAttachment("a.txt", "text/plain", b"a"),)
    with pytest.raises(Uncertain, match="only 1 of 2 parts"):
        connect().send(to(alice, text="x" * 2000, attachments=files))
