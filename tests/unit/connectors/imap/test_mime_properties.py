"""Properties: what we compose parses back to what the agent wrote; no typed value injects a
header; parse_message never raises, on noise or on mutated real-looking mail, and never hands
out a string the store could not encode."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from omniinbox_connectors.imap.compose import build_reply, reply_subject
from omniinbox_connectors.imap.mime import ParsedMail, parse_message, to_new_message

from omniinbox.connector import Outbound, PermanentError
from omniinbox.domain import Identity, IdentityKind
from tests.unit.connectors.imap.mail import multipart, part, text_mail, top

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Cyrillic (Russian, Ukrainian, Kazakh letters), Georgian, and anything else printable.
CYRILLIC = st.characters(min_codepoint=0x400, max_codepoint=0x4FF)
GEORGIAN = st.characters(min_codepoint=0x10A0, max_codepoint=0x10FF)
ANY = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
LETTERS = st.one_of(CYRILLIC, GEORGIAN, ANY, st.sampled_from(" .,!?()\"'[]<>@:;\\=_-"))
TYPED = st.text(LETTERS, max_size=80)
BODY = st.text(st.one_of(LETTERS, st.sampled_from("\n\r\t")), max_size=400)


def outbound(subject: str, name: str, text: str, ticket: int | None = None) -> Outbound:
    return Outbound(
        key="ob-1",
        to=Identity.of(IdentityKind.EMAIL, "customer@example.kz"),
        text=text,
        subject=subject,
        from_name=name,
        in_reply_to=("parent@example.kz",),
        ticket=ticket,
    )


def unwrapped(name: str) -> str:
    """Our normalisation of display names: whitespace collapsed, one pair of quotes dropped."""
    name = " ".join(name.split())
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1].strip()
    return name


def body_text(text: str) -> str:
    """What a text body reads as after the trip: LF line ends, no NUL, trimmed at the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.strip("\n").rstrip()


@FAST
@given(subject=TYPED, name=TYPED, text=BODY, ticket=st.none() | st.integers(1, 10**9))
def test_what_we_compose_parses_back(
    subject: str, name: str, text: str, ticket: int | None
) -> None:
    assume(unwrapped(name) and "=?" not in name + subject)
    msg = build_reply(
        outbound(subject, name, text, ticket),
        from_address="support@shop.kz",
        from_name="Desk",
        domain="shop.kz",
    )
    p = parse_message(msg.as_bytes())
    assert p.subject == reply_subject(subject, ticket)
    assert p.from_.name == unwrapped(name)
    assert p.from_.address == "support@shop.kz"
    assert p.text == body_text(text)
    assert p.message_id == "ob-1@shop.kz"
    assert p.in_reply_to == ("parent@example.kz",)
    assert p.notes == (() if p.text else ("the message has no text",))


HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*: ")
EXPECTED = {
    b"message-id", b"date", b"from", b"to", b"subject", b"in-reply-to", b"references",
    b"mime-version", b"content-type", b"content-transfer-encoding",
}  # fmt: skip
HOSTILE = st.text(
    st.one_of(LETTERS, st.sampled_from(["\r", "\n", "\x0b", "\x85", "\u2028", "\x00"])),
    max_size=40,
).map(lambda s: s + "\r\nBcc: everyone@example.com")


@FAST
@given(
    subject=st.one_of(TYPED, HOSTILE),
    name=st.one_of(TYPED, HOSTILE),
    display=st.one_of(TYPED, HOSTILE),
)
def test_typed_values_never_inject_headers(subject: str, name: str, display: str) -> None:
    to = Identity(IdentityKind.EMAIL, "customer@example.kz", display)
    out = replace(outbound(subject, name or "Olga", "text"), to=to)
    try:
        raw = build_reply(out, from_address="support@shop.kz", from_name="Desk").as_bytes()
    except PermanentError as exc:
        assert re.fullmatch(r"the .+ contains a (line break|control character)", str(exc)) or (
            "name" in str(exc)
        )
        return
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r" not in head.replace(b"\r\n", b"") and b"\n" not in head.replace(b"\r\n", b"")
    names = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            continue
        assert HEADER_LINE.match(line), line
        names.append(line.split(b":", 1)[0].lower())
    assert set(names) <= EXPECTED
    assert len(names) == len(set(names))
    assert b"bcc" not in names


def well_formed(p: ParsedMail) -> None:
    """Everything parse_message hands out can be stored and shown."""
    assert p.message_id
    assert p.text or p.notes
    strings = [p.message_id, p.subject, p.text, p.html, p.automatic, p.language, *p.notes]
    strings += [a.name for a in (p.from_, *p.to, *p.cc, *p.reply_to)]
    strings += [a.address for a in (p.from_, *p.to, *p.cc, *p.reply_to)]
    strings += [*p.in_reply_to, *p.references]
    for att in p.attachments:
        strings += [att.name, att.mime, att.content_id]
        assert att.name and "/" not in att.name and "\\" not in att.name
        assert not att.name.startswith(".") and len(att.name) <= 200
        assert att.size == len(att.content)
    for s in strings:
        s.encode("utf-8")  # no lone surrogates
    assert p.date is None or p.date.tzinfo is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_never_raises_on_noise(raw: bytes) -> None:
    p = parse_message(raw)
    well_formed(p)
    to_new_message(p, raw, own_addresses={"support@shop.kz"}, folder_role="inbox")


SAMPLES = [
    text_mail("Здравствуйте! Где мой заказ?", "windows-1251", cte="quoted-printable"),
    text_mail("Добрий день", "koi8-u", cte="base64", declared="x-unknown"),
    top("In-Reply-To: <a@b>", "References: <r@b> <a@b>")
    + multipart(
        "mixed",
        "outer",
        multipart(
            "alternative",
            "inner",
            part("text/plain; charset=utf-8; format=flowed", "Сәлем \r\nәлем".encode()),
            part("text/html; charset=utf-8", "<p>Сәлем</p>".encode(), cte="quoted-printable"),
        ),
        part(
            "image/png",
            b"\x89PNG....",
            "Content-ID: <i@x>",
            "Content-Disposition: inline; filename*=utf-8''%E1%83%A1.png",
            cte="base64",
        ),
        part("message/rfc822", b"Subject: old\r\nMessage-Id: <>\r\n\r\nold text\r\n"),
        part("application/ms-tnef", b"\x78\x9f\x3e\x22", cte="base64"),
    ),
]
TOKENS = [
    b"\r\n", b"\r\n\r\n", b"--", b"--outer", b"=?", b"?=", b"=?x-foo?B?", b"<>", b"\x00", b"\xff",
    b";", b'"', b"boundary=", b"charset=", b"Content-Type: multipart/mixed", b"filename*0*=",
    b"Content-Transfer-Encoding: base64", b"To: unlisted-recipients:;", b"Message-Id: <>",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(raw)))
        how = draw(st.sampled_from(["insert", "delete", "flip", "truncate"]))
        if how == "insert":
            raw[at:at] = draw(st.sampled_from(TOKENS))
        elif how == "delete":
            del raw[at : at + draw(st.integers(1, 40))]
        elif how == "flip" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        elif how == "truncate":
            del raw[at:]
    return bytes(raw)


@settings(max_examples=200, deadline=None)
@given(mutated())
def test_parse_never_raises_on_mutated_mail(raw: bytes) -> None:
    p = parse_message(raw)
    well_formed(p)
    to_new_message(p, raw, own_addresses={"support@shop.kz"}, folder_role="sent")
