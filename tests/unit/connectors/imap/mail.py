"""Building raw test messages byte by byte, so a test controls every charset and header."""

from __future__ import annotations

import base64
import quopri

CRLF = b"\r\n"


def message(head: bytes, body: bytes) -> bytes:
    return head + CRLF + body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", CRLF)
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", CRLF)
    return data


def text_mail(
    text: str,
    charset: str,
    *,
    cte: str = "8bit",
    declared: str | None = None,
    subject: bytes = b"Test",
    extra: bytes = b"",
) -> bytes:
    """A single-part text/plain message: ``text`` encoded in ``charset``, declared as
    ``declared`` (default: charset; "" for no charset parameter)."""
    declared = charset if declared is None else declared
    ctype = b"text/plain" + (b"; charset=" + declared.encode() if declared else b"")
    head = (
        b"From: Customer <customer@example.kz>\r\n"
        b"To: Support <support@shop.kz>\r\n"
        b"Subject: " + subject + b"\r\n"
        b"Date: Mon, 13 Nov 2017 08:01:13 +0600\r\n"
        b"Message-Id: <m1@example.kz>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: " + ctype + b"\r\n"
        b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n" + extra
    )
    return message(head, encode_body(text.encode(charset), cte))


def encoded_word(text: str, charset: str, how: str = "B") -> bytes:
    data = text.encode(charset)
    if how == "B":
        payload = base64.b64encode(data)
    else:
        payload = quopri.encodestring(data, header=True).replace(b"?", b"=3F")
    return b"=?" + charset.encode() + b"?" + how.encode() + b"?" + payload + b"?="


def multipart(subtype: str, boundary: str, *parts: bytes, params: str = "") -> bytes:
    """A multipart entity (headers + body); each part is a complete entity itself."""
    out = (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n"
    ).encode()
    for part in parts:
        out += b"--" + boundary.encode() + CRLF + part + CRLF
    return out + b"--" + boundary.encode() + b"--" + CRLF


def part(ctype: str, body: bytes, *extra: str, cte: str = "") -> bytes:
    head = f"Content-Type: {ctype}\r\n"
    if cte:
        head += f"Content-Transfer-Encoding: {cte}\r\n"
    for line in extra:
        head += line + "\r\n"
    return head.encode() + CRLF + encode_body(body, cte)


def top(*extra: str) -> bytes:
    """The top-level headers of a multipart test message (the entity supplies Content-Type)."""
    head = (
        "From: Айгерим <aigerim@example.kz>\r\n"
        "To: support@shop.kz\r\n"
        "Subject: Test\r\n"
        "Date: Tue, 14 Nov 2017 10:00:00 +0500\r\n"
        "Message-Id: <multi@example.kz>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    for line in extra:
        head += line + "\r\n"
    return head.encode("utf-8")
