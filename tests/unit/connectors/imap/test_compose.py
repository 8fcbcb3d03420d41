"""build_reply: threading headers, a Message-ID stable per outbox key, the ticket tag once,
the agent's real name, and no line break from a typed value ever reaching a header."""

from __future__ import annotations

import pytest
from omniinbox_connectors.imap.compose import build_reply, message_id_for, reply_subject
from omniinbox_connectors.imap.mime import parse_message

from omniinbox.connector import Outbound, OutboundAttachment, PermanentError
from omniinbox.domain import Identity, IdentityKind

CUSTOMER = Identity.of(IdentityKind.EMAIL, "Aigerim@Example.kz", "Айгерим")


def outbound(**changes: object) -> Outbound:
    values: dict[str, object] = {
        "key": "ob-42",
        "to": CUSTOMER,
        "text": "Здравствуйте! Ваш заказ отправлен.",
        "subject": "Где мой заказ?",
        "from_name": "Ольга Петренко",
        "in_reply_to": ("parent@example.kz", "mid@example.kz", "root@example.kz"),
        "ticket": 1042,
    }
    values.update(changes)
    return Outbound(**values)  # type: ignore[arg-type]


def build(**changes: object) -> bytes:
    msg = build_reply(
        outbound(**changes), from_address="support@shop.kz", from_name="Shop", domain="shop.kz"
    )
    return msg.as_bytes()


def test_threading_headers_and_message_id() -> None:
    raw = build()
    p = parse_message(raw)
    assert p.message_id == "ob-42@shop.kz"
    assert p.in_reply_to == ("parent@example.kz",)
    assert p.references == ("root@example.kz", "mid@example.kz", "parent@example.kz")
    assert p.replies_to == ("parent@example.kz", "mid@example.kz", "root@example.kz")
    assert p.subject == "Re: Где мой заказ? [#1042]"
    assert (p.from_.name, p.from_.address) == ("Ольга Петренко", "support@shop.kz")
    assert [(a.name, a.address) for a in p.to] == [("Айгерим", "aigerim@example.kz")]
    assert p.text == "Здравствуйте! Ваш заказ отправлен."
    assert p.date is not None
    assert p.notes == ()
    assert raw.isascii()  # 7-bit clean: no 8BITMIME or SMTPUTF8 needed for this one


def test_the_message_id_is_stable_per_key() -> None:
    assert message_id_for("ob-42", "shop.kz") == "<ob-42@shop.kz>"
    assert parse_message(build()).message_id == parse_message(build()).message_id
    assert parse_message(build(key="ob-43")).message_id == "ob-43@shop.kz"
    odd = message_id_for("key with spaces/и кириллица", "Shop.KZ")
    assert odd == message_id_for("key with spaces/и кириллица", "shop.kz")
    assert odd.startswith("<k") and odd.endswith("@shop.kz>") and " " not in odd
    with pytest.raises(PermanentError):
        message_id_for("", "shop.kz")
    with pytest.raises(PermanentError):
        message_id_for("k", "not a domain")


def test_the_domain_defaults_to_the_sender_s() -> None:
    msg = build_reply(outbound(), from_address="help@store.uz", from_name="Shop")
    assert msg["Message-ID"] == "<ob-42@store.uz>"


def test_references_are_bounded_and_keep_the_root() -> None:
    ids = tuple(f"m{i}@x" for i in range(50))  # nearest first
    p = parse_message(build(in_reply_to=ids))
    assert p.in_reply_to == ("m0@x",)
    assert len(p.references) == 20
    assert p.references[0] == "m49@x"  # the root
    assert p.references[-1] == "m0@x"  # the parent


def test_synthetic_and_malformed_ids_are_not_sent() -> None:
    ids = ("sha256:" + "a" * 64 + "@omniinbox", "bad id@x", "<good@x>")
    p = parse_message(build(in_reply_to=ids))
    assert (p.in_reply_to, p.references) == (("good@x",), ("good@x",))


@pytest.mark.parametrize(
    ("subject", "ticket", "expected"),
    [
        ("Где мой заказ?", 1042, "Re: Где мой заказ? [#1042]"),
        ("Re: Где мой заказ? [#1042]", 1042, "Re: Где мой заказ? [#1042]"),
        ("RE: Re: re:Aw: SV: Ответ: Відп: вопрос", None, "Re: вопрос"),
        ("Re[2]: Fwd: накладная", None, "Re: Fwd: накладная"),
        ("  много   пробелов  ", 7, "Re: много пробелов [#7]"),
        ("", 5, "Re: [#5]"),
    ],
)
def test_reply_subjects(subject: str, ticket: int | None, expected: str) -> None:
    assert reply_subject(subject, ticket) == expected
    assert parse_message(build(subject=subject, ticket=ticket)).subject == expected


def test_a_first_message_has_no_reply_prefix() -> None:
    p = parse_message(build(in_reply_to=(), subject="Ваш заказ отменён"))
    assert p.subject == "Ваш заказ отменён [#1042]"
    assert (p.in_reply_to, p.references) == ((), ())


def test_the_agent_s_name_signs_the_answer() -> None:
    assert parse_message(build(from_name="")).from_.name == "Shop"
    with pytest.raises(PermanentError, match="agent's real name"):
        build_reply(outbound(from_name=""), from_address="support@shop.kz", from_name=" ")
    with pytest.raises(PermanentError, match="agent's real name"):
        build_reply(outbound(from_name="No Reply"), from_address="support@shop.kz", from_name="")
    with pytest.raises(PermanentError, match="no-reply address"):
        build_reply(outbound(), from_address="noreply@shop.kz", from_name="Ольга")


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("subject", "Hi\r\nBcc: everyone@x", "the subject contains a line break"),
        ("subject", "Hi\nthere", "the subject contains a line break"),
        ("subject", "Hi\u2028there", "the subject contains a line break"),
        ("subject", "Hi\x00there", "the subject contains a control character"),
        ("from_name", "Ольга\r\nBcc: x@y", "the agent's name contains a line break"),
    ],
)
def test_line_breaks_in_typed_values_are_refused(field: str, value: str, sentence: str) -> None:
    with pytest.raises(PermanentError) as caught:
        build(**{field: value})
    assert str(caught.value) == sentence


def test_line_breaks_in_addresses_and_names_are_refused() -> None:
    sneaky = Identity(IdentityKind.EMAIL, "a@x.kz\r\nBcc: all@x.kz", "")
    with pytest.raises(PermanentError, match="recipient address contains a line break"):
        build(to=sneaky)
    with pytest.raises(PermanentError, match="recipient's name contains a line break"):
        build(to=Identity(IdentityKind.EMAIL, "a@x.kz", "A\nB"))
    with pytest.raises(PermanentError, match="sender address contains a line break"):
        build_reply(outbound(), from_address="s@shop.kz\nBcc: x@y", from_name="O")
    att = OutboundAttachment("a\r\n.pdf", "application/pdf", b"x")
    with pytest.raises(PermanentError, match="attachment name contains a line break"):
        build(attachments=(att,))


def test_invalid_recipients_are_refused() -> None:
    with pytest.raises(PermanentError, match="cannot send an email to a telegram contact"):
        build(to=Identity.of(IdentityKind.TELEGRAM, "12345"))
    with pytest.raises(PermanentError, match="not a valid email address"):
        build(to=Identity(IdentityKind.EMAIL, "no at sign", ""))


def test_html_alternative_and_attachments() -> None:
    raw = build(
        html="<p>Здравствуйте!</p>",
        attachments=(
            OutboundAttachment("счёт №1.pdf", "application/pdf", b"%PDF-1.4"),
            OutboundAttachment("письмо.eml", "message/rfc822", b"Subject: x\r\n\r\ny"),
            OutboundAttachment("x.bin", "not a mime type", b"\x00\x01"),
        ),
    )
    p = parse_message(raw)
    assert p.text == "Здравствуйте! Ваш заказ отправлен."
    assert p.html.strip() == "<p>Здравствуйте!</p>"
    assert [(a.name, a.mime, a.content) for a in p.attachments] == [
        ("счёт №1.pdf", "application/pdf", b"%PDF-1.4"),
        ("письмо.eml", "application/octet-stream", b"Subject: x\r\n\r\ny"),
        ("x.bin", "application/octet-stream", b"\x00\x01"),
    ]
    assert raw.isascii()


def test_long_names_and_subjects_keep_every_space_and_quote() -> None:
    # The email package's own folding loses the space between two encoded words and the
    # quotes of a long display name; we write these headers ourselves.
    name = "Ольга Петренко, служба поддержки интернет-магазина «Ромашка» : Алматы"
    customer = "Doe; John (VIP) " + "x" * 60
    subject = "Where is my order? " * 6 + "Где мой заказ : срочно"
    raw = build(
        from_name=name, subject=subject, to=Identity(IdentityKind.EMAIL, "a@x.kz", customer)
    )
    p = parse_message(raw)
    assert p.from_.name == name
    assert [(a.name, a.address) for a in p.to] == [(customer.strip(), "a@x.kz")]
    assert p.subject == reply_subject(subject, 1042)
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    short = parse_message(build(to=Identity(IdentityKind.EMAIL, "a@x.kz", 'Doe, "Jo" John')))
    assert [(a.name, a.address) for a in short.to] == [('Doe, "Jo" John', "a@x.kz")]


def test_international_domains_go_out_as_idna() -> None:
    p = parse_message(build(to=Identity.of(IdentityKind.EMAIL, "info@пример.қаз")))
    assert p.to[0].address == "info@xn--e1afmkfd.xn--80ao21a"


def test_desk_written_mail_is_marked_so_no_responder_answers_it() -> None:
    ack = parse_message(build(automatic="ack"))
    assert ack.automatic  # our own parser sees it as machine-written, as other desks will
    raw = build(automatic="bulk").decode()
    assert "Auto-Submitted: auto-generated" in raw and "X-Auto-Response-Suppress: All" in raw
    assert "Auto-Submitted" not in build().decode()
