"""parse_message on messages built byte by byte: legacy charsets, lying and unknown charsets,
encoded words, hostile attachment names, broken structure, automatic mail, Sent copies."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from omniinbox_connectors.imap.mime import (
    ParsedMail,
    decode_text,
    html_to_text,
    parse_message,
    safe_filename,
    to_new_message,
)

from omniinbox.domain import Direction, IdentityKind
from tests.unit.connectors.imap.mail import encoded_word, multipart, part, text_mail, top

RU = "Здравствуйте! Мой заказ 1042 до сих пор не пришёл, хотя прошло уже две недели. Где он?"
UK = "Добрий день! Де моє замовлення? Чекаю вже третій тиждень, їжак і ґанок тут ні до чого."
KK = "Сәлеметсіз бе! Менің тапсырысым қайда? Рахмет, күтемін."
KA = "გამარჯობა! სად არის ჩემი შეკვეთა? მადლობა."

LEGACY = [
    ("windows-1251", RU),
    ("windows-1251", UK),
    ("koi8-r", RU),
    ("koi8-u", UK),
    ("iso-8859-5", RU),
    ("ibm866", RU),
    ("mac-cyrillic", UK),
    ("kz1048", KK),
    ("utf-8", KK),
    ("utf-8", KA),
]
IDS = [f"{charset}-{text[:4]}" for charset, text in LEGACY]


def sha_id(p: ParsedMail) -> bool:
    return re.fullmatch(r"sha256:[0-9a-f]{64}@omniinbox", p.message_id) is not None


# --- charsets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("charset", "text"), LEGACY, ids=IDS)
@pytest.mark.parametrize("cte", ["8bit", "quoted-printable", "base64"])
def test_declared_legacy_charsets_decode_exactly(charset: str, text: str, cte: str) -> None:
    subject = encoded_word(text[:30], charset)
    p = parse_message(text_mail(text, charset, cte=cte, subject=subject))
    assert p.text == text
    assert p.subject == text[:30].strip()
    assert p.notes == ()


@pytest.mark.parametrize(("charset", "text"), LEGACY[:-2], ids=IDS[:-2])
def test_an_undeclared_legacy_charset_is_detected(charset: str, text: str) -> None:
    p = parse_message(text_mail(text, charset, declared=""))
    assert p.text == text
    assert any("had no charset" in n and "by detection" in n for n in p.notes)


def test_an_unknown_charset_is_detected_with_a_note() -> None:
    p = parse_message(text_mail(RU, "windows-1251", declared="x-foo"))
    assert p.text == RU
    assert p.notes == ("part 1 had unknown charset x-foo; decoded as windows-1251 by detection",)


def test_a_lying_latin1_declaration_is_caught() -> None:
    p = parse_message(text_mail(RU, "windows-1251", declared="iso-8859-1"))
    assert p.text == RU
    assert p.notes == (
        "part 1 was declared iso-8859-1 but looks like windows-1251; decoded as windows-1251",
    )


@pytest.mark.parametrize("charset", ["koi8-r", "ibm866", "iso-8859-5", "mac-cyrillic"])
def test_other_tables_declared_as_latin1_are_caught(charset: str) -> None:
    assert parse_message(text_mail(RU, charset, declared="iso-8859-1")).text == RU


def test_koi8_declared_as_windows_1251_is_caught() -> None:
    p = parse_message(text_mail(RU, "koi8-r", declared="windows-1251"))
    assert p.text == RU
    assert "looks like koi8-r" in p.notes[0]


def test_utf8_declared_as_latin1_or_broken_utf8_declared() -> None:
    assert parse_message(text_mail(UK, "utf-8", declared="iso-8859-1")).text == UK
    p = parse_message(text_mail(RU, "windows-1251", declared="utf-8"))
    assert p.text == RU
    assert "was declared utf-8 but is not; decoded as windows-1251 by detection" in p.notes[0]


def test_real_latin1_is_left_alone() -> None:
    text = "Grüße aus München! Ça va très bien, merci à vous."
    p = parse_message(text_mail(text, "iso-8859-1"))
    assert (p.text, p.notes) == (text, ())


def test_decode_text_never_raises_and_reports() -> None:
    assert decode_text(b"", "x-nothing") == ("", "")
    assert decode_text(b"\xff\xfeh\x00i\x00", "")[0] == "hi"  # a BOM wins
    text, how = decode_text(b"abc", "base64")  # a Python codec, but not a text encoding
    assert (text, how) == ("abc", "had unknown charset base64; decoded as utf-8 by detection")


# --- headers ----------------------------------------------------------------------------------


def test_encoded_word_subjects() -> None:
    subject = (
        encoded_word("Где мой ", "koi8-r")
        + b"\r\n "
        + encoded_word("заказ?", "windows-1251", "Q")
        + b" [#1042] "
        + encoded_word("ქართული", "utf-8", "Q")
    )
    p = parse_message(text_mail("x", "us-ascii", subject=subject))
    assert p.subject == "Где мой заказ? [#1042] ქართული"
    assert p.notes == ()


def test_broken_and_unknown_encoded_words_do_not_stop_anything() -> None:
    subject = b"=?x-foo?B?" + base64.b64encode(RU[:20].encode("cp1251")) + b"?= =?utf-8?B?%%%?="
    p = parse_message(text_mail("x", "us-ascii", subject=subject))
    assert p.subject.startswith(RU[:20])
    assert any("subject had unknown charset x-foo" in n for n in p.notes)


def test_raw_8bit_headers_use_the_body_charset_as_a_hint() -> None:
    raw = text_mail(RU, "koi8-r", subject="Где мой заказ".encode("koi8-r"))
    raw = raw.replace(b"From: Customer", b"From: " + "Иван Петров".encode("koi8-r"))
    p = parse_message(raw)
    assert p.subject == "Где мой заказ"
    assert p.from_.name == "Иван Петров"


def test_addresses_are_decoded_and_lower_cased() -> None:
    raw = text_mail("x", "us-ascii").replace(
        b"From: Customer <customer@example.kz>",
        b"From: =?utf-8?q?Doe=2C_John?= <John.Doe@Example.COM>",
    )
    raw = raw.replace(b"To: Support <support@shop.kz>", b'To: "Shop, Support" <S@Shop.kz>, b@x.kz')
    p = parse_message(raw)
    assert (p.from_.name, p.from_.address) == ("Doe, John", "john.doe@example.com")
    assert [(a.name, a.address) for a in p.to] == [("Shop, Support", "s@shop.kz"), ("", "b@x.kz")]


def test_unlisted_recipients_and_empty_groups() -> None:
    raw = text_mail("x", "us-ascii").replace(
        b"To: Support <support@shop.kz>",
        b"To: unlisted-recipients:;\r\nCc: undisclosed-recipients: ;",
    )
    p = parse_message(raw)
    assert (p.to, p.cc) == ((), ())
    assert p.text == "x"


def test_an_empty_message_id_gets_a_stable_derived_one() -> None:
    raw = text_mail("x", "us-ascii").replace(b"Message-Id: <m1@example.kz>", b"Message-Id: <>")
    p = parse_message(raw)
    assert sha_id(p)
    assert parse_message(raw).message_id == p.message_id
    assert parse_message(raw + b"!").message_id != p.message_id
    assert "no usable Message-ID" in p.notes[0]


def test_message_ids_are_normalised() -> None:
    raw = text_mail("x", "us-ascii").replace(
        b"Message-Id: <m1@example.kz>",
        b"Message-Id:\r\n <  abc.def@Example.kz >\r\n"
        b"In-Reply-To: <parent@x> (sent by someone)\r\n"
        b"References: <root@x>\r\n <mid@x> <parent@x>",
    )
    p = parse_message(raw)
    assert p.message_id == "abc.def@Example.kz"
    assert p.in_reply_to == ("parent@x",)
    assert p.references == ("root@x", "mid@x", "parent@x")
    assert p.replies_to == ("parent@x", "mid@x", "root@x")


def test_dates() -> None:
    p = parse_message(text_mail("x", "us-ascii"))
    assert p.date == datetime(2017, 11, 13, 8, 1, 13, tzinfo=timezone(timedelta(hours=6)))
    garbage = text_mail("x", "us-ascii").replace(b"Mon, 13 Nov 2017 08:01:13 +0600", b"<HR>")
    p = parse_message(garbage)
    assert p.date is None
    assert p.notes == ("the date '<HR>' could not be read",)
    naive = text_mail("x", "us-ascii").replace(b"+0600", b"-0000")
    assert parse_message(naive).date == datetime(2017, 11, 13, 8, 1, 13, tzinfo=UTC)


# --- structure --------------------------------------------------------------------------------

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def nested() -> bytes:
    forwarded = (
        b"From: a@b.c\r\nSubject: =?utf-8?B?" + base64.b64encode("Счёт".encode()) + b"?=\r\n"
        b"Message-Id: <fwd@b.c>\r\n\r\nold text\r\n"
    )
    related = multipart(
        "related",
        "rel",
        part("text/html; charset=utf-8", '<p>Смотрите <img src="cid:img1@x"></p>'.encode()),
        part("image/png", PNG, "Content-ID: <img1@x>", cte="base64"),
    )
    alternative = multipart(
        "alternative", "alt", part("text/plain; charset=koi8-r", RU.encode("koi8-r")), related
    )
    body = multipart(
        "mixed",
        "mix",
        alternative,
        part(
            "application/pdf",
            b"%PDF-1.4",
            "Content-Disposition: attachment; filename*=utf-8''%D1%81%D1%87%D1%91%D1%82.pdf",
            cte="base64",
        ),
        part("message/rfc822", forwarded),
    )
    return top() + body


def test_nested_multiparts_give_text_html_and_attachments() -> None:
    p = parse_message(nested())
    assert p.text == RU
    assert p.html == '<p>Смотрите <img src="cid:img1@x"></p>'
    names = [(a.name, a.mime, a.inline, a.content_id) for a in p.attachments]
    assert names == [
        ("attachment.png", "image/png", True, "img1@x"),
        ("счёт.pdf", "application/pdf", False, ""),
        ("Счёт.eml", "message/rfc822", False, ""),
    ]
    image, pdf, eml = p.attachments
    assert (image.content, image.size) == (PNG, len(PNG))
    assert pdf.content == b"%PDF-1.4"
    assert parse_message(eml.content).text == "old text"
    assert p.notes == ()


def test_inline_images_keep_their_content_id_for_the_store() -> None:
    p = parse_message(nested())
    msg = to_new_message(p, nested(), own_addresses={"support@shop.kz"}, folder_role="inbox")
    assert [a.remote_ref for a in msg.attachments] == ["cid:img1@x", "", ""]
    assert msg.attachments[0].content == PNG


def test_html_only_mail_gets_text_from_the_html_which_stays_raw() -> None:
    html = (
        "<html><head><style>p{color:red}</style><title>t</title></head><body>"
        "<script>alert('x')</script><p>Здравствуйте,&nbsp;Айгерим!</p>"
        "<p>Ваш заказ&#160;отправлен.<br>Трек: <b>KZ123</b></p><ul><li>один</li><li>два</li></ul>"
        "</body></html>"
    )
    p = parse_message(top() + part("text/html; charset=utf-8", html.encode(), cte="base64"))
    assert p.html == html
    assert p.text == "Здравствуйте, Айгерим!\n\nВаш заказ отправлен.\nТрек: KZ123\n\n- один\n- два"
    assert "alert" not in p.text and "color" not in p.text


def test_html_charset_from_a_meta_tag() -> None:
    html = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    assert parse_message(top() + part("text/html", html)).text == "Привет"


def test_html_to_text_survives_broken_html() -> None:
    assert html_to_text("<p>a<div>b</p><![if x]>c<!-->d") != ""
    assert html_to_text("") == ""


def test_a_multipart_without_boundary_is_recovered_from_its_body() -> None:
    body = multipart("mixed", "lost", part("text/plain; charset=utf-8", KK.encode()))
    body = body.replace(b'; boundary="lost"', b"")
    p = parse_message(top() + body)
    assert p.text == KK
    assert p.notes == (
        "the message is a multipart/mixed whose parts could not be separated; "
        "used the boundary found in its body",
    )


def test_a_multipart_without_any_boundary_is_shown_as_text() -> None:
    p = parse_message(top() + b"Content-Type: multipart/mixed\r\n\r\njust words\r\n")
    assert p.text == "just words"
    assert p.notes == (
        "the message is a multipart/mixed whose parts could not be separated; shown as text",
    )


def test_a_broken_part_is_a_note_and_the_rest_survives() -> None:
    body = multipart(
        "mixed",
        "b",
        part("text/plain; charset=utf-8", "Текст".encode(), cte="base64"),
        part("application/octet-stream", b"!!not base64!!", cte="base64"),
        part(
            "text/plain; charset=utf-8", b"begin 644 x\r\n#0V%T\r\n`\r\nend\r\n", cte="x-uuencode"
        ),
    )
    p = parse_message(top() + body)
    assert p.text == "Текст\n\nCat"


def test_format_flowed_is_joined() -> None:
    raw = text_mail("Это длинная \r\nстрока.\r\n> цитата\r\n", "utf-8")
    raw = raw.replace(b"charset=utf-8", b"charset=utf-8; format=flowed")
    assert parse_message(raw).text == "Это длинная строка.\n> цитата"


def test_tnef_is_kept_as_winmail_dat_with_a_note() -> None:
    body = multipart(
        "mixed",
        "t",
        part("text/plain", b"See attached"),
        part("application/ms-tnef", b"\x78\x9f\x3e\x22rest", cte="base64"),
    )
    p = parse_message(top() + body)
    (att,) = p.attachments
    assert (att.name, att.mime, att.content) == (
        "winmail.dat",
        "application/ms-tnef",
        b'x\x9f>"rest',
    )
    assert "winmail.dat is a Microsoft Outlook (TNEF) container" in p.notes[0]


# --- attachment names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\\\..\\\\Windows\\\\system32\\\\evil.dll"', "evil.dll"),
        ('attachment; filename="CON"', "_CON"),
        ('attachment; filename="con.txt"', "_con.txt"),
        ('attachment; filename=".bashrc"', "bashrc"),
        ("attachment; filename*=utf-8''a%00b%0D%0Ac.txt", "abc.txt"),
        ("attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe", "invoicefdp.exe"),
        ("attachment; filename*=koi8-r''%F3%DE%C5%D4.pdf", "Счет.pdf"),
        ("attachment; filename*0*=utf-8''%D0%94%D0%BE%D0%B3; filename*1*=%D0%BE%D0%B2%D0%BE%D1%80.docx", "Договор.docx"),
        ('attachment; filename="=?utf-8?B?0JDQutGCINGB0LLQtdGA0LrQuC54bHN4?="', "Акт сверки.xlsx"),
        ('attachment; filename="a:b*c?.txt"', "a_b_c_.txt"),
    ],
)  # fmt: skip
def test_hostile_and_encoded_attachment_names(disposition: str, expected: str) -> None:
    body = multipart(
        "mixed",
        "n",
        part("text/plain", b"hi"),
        part("application/octet-stream", b"data", f"Content-Disposition: {disposition}"),
    )
    p = parse_message(top() + body)
    (att,) = p.attachments
    assert att.name == expected
    assert att.content == b"data"


def test_safe_filename_limits() -> None:
    long = "я" * 300 + ".pdf"
    assert safe_filename(long) == "я" * 196 + ".pdf"
    assert len(safe_filename("x" * 500)) == 200
    assert safe_filename("") == "attachment"
    assert safe_filename("...", "fallback.bin") == "fallback.bin"
    assert safe_filename(" /.. / ") == "attachment"


def test_unsafe_names_are_noted() -> None:
    body = multipart(
        "mixed",
        "n",
        part("text/plain", b"hi"),
        part("text/plain", b"x", 'Content-Disposition: attachment; filename="../../etc/passwd"'),
    )
    p = parse_message(top() + body)
    assert p.notes == ("attachment name '../../etc/passwd' was unsafe; saved as 'passwd'",)


# --- automatic mail ---------------------------------------------------------------------------


def bounce() -> bytes:
    report = multipart(
        "report",
        "r",
        part("text/plain", b"Delivery failed."),
        part(
            "message/delivery-status",
            b"Reporting-MTA: dns; mx.shop.kz\r\n\r\nFinal-Recipient: rfc822; x@y.kz\r\n"
            b"Action: failed\r\nStatus: 5.1.1\r\n",
        ),
        part("text/rfc822-headers", b"Subject: hello\r\n"),
        params="; report-type=delivery-status",
    )
    return (
        top().replace("Айгерим <aigerim@example.kz>".encode(), b"<mailer-daemon@shop.kz>") + report
    )


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (b"", ""),
        (b"Auto-Submitted: auto-replied\r\n", "auto-replied"),
        (b"Auto-Submitted: no\r\n", ""),
        (b"X-Autoreply: yes\r\n", "auto-replied"),
        (b"Precedence: bulk\r\n", "bulk"),
        (b"Precedence: junk\r\n", "junk"),
        (b"List-Id: <news.shop.kz>\r\n", "list"),
    ],
)
def test_automatic_markers(extra: bytes, expected: str) -> None:
    assert parse_message(text_mail("x", "us-ascii", extra=extra)).automatic == expected


def test_bounces_are_automatic() -> None:
    p = parse_message(bounce())
    assert p.automatic == "bounce"
    event = to_new_message(p, bounce(), own_addresses=set(), folder_role="inbox")
    assert event.automatic == "bounce"  # never acknowledged, never answered by rules
    assert p.text == "Delivery failed."
    plain = text_mail("x", "us-ascii").replace(
        b"Customer <customer@example.kz>", b"Mail Delivery Subsystem <MAILER-DAEMON@mx.kz>"
    )
    assert parse_message(plain).automatic == "bounce"


# --- the domain event -------------------------------------------------------------------------


def test_a_customer_message_is_inbound() -> None:
    raw = text_mail(RU, "windows-1251")
    msg = to_new_message(
        parse_message(raw), raw, own_addresses={"Support@Shop.kz"}, folder_role="inbox", seen=True
    )
    assert msg.direction is Direction.IN
    assert msg.sender.kind is IdentityKind.EMAIL
    assert (msg.sender.value, msg.sender_name) == ("customer@example.kz", "Customer")
    assert (msg.remote_id, msg.text, msg.raw, msg.seen) == ("m1@example.kz", RU, raw, True)
    assert msg.recipient is None
    assert (msg.note, msg.language) == ("", "ru")


def test_our_sent_copy_is_outbound_to_the_first_recipient() -> None:
    raw = text_mail("Ответ", "utf-8").replace(
        b"From: Customer <customer@example.kz>\r\nTo: Support <support@shop.kz>",
        "From: Ольга <Support@shop.kz>\r\nTo: Айгерим <Aigerim@example.kz>, b@x.kz".encode(),
    )
    msg = to_new_message(
        parse_message(raw), raw, own_addresses={"support@shop.kz"}, folder_role="inbox"
    )
    assert msg.direction is Direction.OUT
    assert msg.recipient is not None
    assert (msg.recipient.value, msg.recipient.display) == ("aigerim@example.kz", "Айгерим")
    # a message in Sent is ours whatever alias it was sent from
    raw2 = raw.replace(b"Support@shop.kz", b"alias@shop.kz")
    out = to_new_message(parse_message(raw2), raw2, own_addresses=set(), folder_role="sent")
    assert out.direction is Direction.OUT


def test_thread_key_replies_and_date_fallback() -> None:
    raw = (
        text_mail("x", "us-ascii")
        .replace(b"Date: Mon, 13 Nov 2017 08:01:13 +0600\r\n", b"")
        .replace(
            b"Message-Id: <m1@example.kz>", b"Message-Id: <m1@example.kz>\r\nIn-Reply-To: <p@x>"
        )
    )
    internal = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    msg = to_new_message(
        parse_message(raw),
        raw,
        own_addresses=set(),
        folder_role="inbox",
        thread_key="gm:123",
        received_at=internal,
    )
    assert (msg.thread_key, msg.replies_to, msg.sent_at) == ("gm:123", ("p@x",), internal)
    assert msg.note == "the message has no date"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe",
        b"\r\n\r\n",
        b"From: \r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\n",
    ],
)
def test_parse_never_raises_on_garbage(raw: bytes) -> None:
    p = parse_message(raw)
    assert p.message_id
    assert p.text or p.notes
    to_new_message(p, raw, own_addresses=set(), folder_role="inbox")


def test_language_hints() -> None:
    assert parse_message(text_mail(UK, "koi8-u")).language == "uk"
    assert parse_message(text_mail(KK, "utf-8")).language == "kk"
    assert parse_message(text_mail(KA, "utf-8")).language == "ka"


def test_a_parameter_that_breaks_the_parser_itself() -> None:
    # The email package reads the boundary while parsing: a NUL in its RFC 2231 charset makes
    # both of its policies raise, an undecodable one (idna) even without the NUL.
    body = b"\r\n--zz\r\nContent-Type: text/plain\r\n\r\nhello\r\n--zz--\r\n"
    nul = top() + b"Content-Type: multipart/mixed; boundary*=\"utf-8\x00''zz\"\r\n" + body
    p = parse_message(nul)
    assert (p.text, p.notes) == ("hello", ("the message contains NUL bytes; they were left out",))
    idna = top() + b"Content-Type: multipart/mixed; boundary*=\"idna''%FF%FF\"\r\n" + body
    p = parse_message(idna)
    assert p.text == "hello"
    assert p.subject == "Test"
    assert p.notes[0] == "the message structure could not be read; its body was read as it came"
