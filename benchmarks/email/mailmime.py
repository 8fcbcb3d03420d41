"""MIME by hand for the generated mailbox: fast, and it lets legacy mail be as 8bit as it is
in the wild."""

from __future__ import annotations

import base64
import math
import quopri
import random
from email.header import Header
from urllib.parse import quote

from mailtexts import ATTACH_KINDS

# --- MIME by hand (fast, and it lets legacy mail be as 8bit as it is in the wild) ---------------

ATTACH_MIN, ATTACH_MAX = 20 * 1024, 500 * 1024  # bytes, log-uniform
_EIGHTBIT = "\x00EIGHTBIT:"  # marks a part whose body is to be re-encoded in its charset


def header(value: str, charset: str, rng: random.Random) -> str:
    if value.isascii():
        return value
    if charset != "utf-8" and rng.random() < 0.5:
        return Header(value, charset).encode()
    return Header(value, "utf-8").encode()


def address(name: str, address: str, charset: str, rng: random.Random) -> str:
    if name.isascii():
        return f'"{name}" <{address}>' if "(" in name else f"{name} <{address}>"
    return f"{header(name, charset, rng)} <{address}>"


def text_part(text: str, charset: str, rng: random.Random, subtype: str = "plain") -> str:
    data = text.encode(charset, "replace")
    choice = rng.random()
    if charset == "utf-8" and text.isascii():
        cte, body = "7bit", text
    elif choice < 0.45:
        cte = "8bit"
        body = text if charset == "utf-8" else _EIGHTBIT + charset + "\x00" + text
    elif choice < 0.75:
        cte, body = "quoted-printable", quopri.encodestring(data).decode("ascii")
    else:
        cte, body = "base64", base64.encodebytes(data).decode("ascii")
    return (
        f"Content-Type: text/{subtype}; charset={charset}\n"
        f"Content-Transfer-Encoding: {cte}\n\n{body}"
    )


def html_part(text: str, charset: str, rng: random.Random) -> str:
    paragraphs = []
    for para in text.split("\n\n"):
        escaped = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paragraphs.append("<p>" + escaped.replace("\n", "<br>\n") + "</p>")
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '</head><body style="font-family: Arial, sans-serif">\n'
        + "\n".join(paragraphs)
        + "\n</body></html>\n"
    )
    return text_part(html, charset, rng, "html")


def multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    inner = "".join(f"\n--{boundary}\n{part}" for part in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
        f"This is a multi-part message in MIME format.\n{inner}\n--{boundary}--\n"
    )


def attachment(rng: random.Random, n: int) -> str:
    mime, pattern, magic = rng.choice(ATTACH_KINDS)
    size = int(math.exp(rng.uniform(math.log(ATTACH_MIN), math.log(ATTACH_MAX))))
    content = magic + rng.randbytes(size - len(magic))
    name = pattern.format(n=n)
    if name.isascii():
        disposition = f'attachment; filename="{name}"'
        ctype = f'{mime}; name="{name}"'
    else:
        encoded = quote(name, safe="")
        disposition = f"attachment;\n filename*=utf-8''{encoded}"
        ctype = f'{mime};\n name="{Header(name, "utf-8").encode()}"'
    return (
        f"Content-Type: {ctype}\nContent-Disposition: {disposition}\n"
        f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(content).decode('ascii')}"
    )


def restore_8bit(raw: bytes) -> bytes:
    """Parts marked 8bit in a legacy charset: their text becomes bytes of that charset."""
    marker = _EIGHTBIT.encode()
    if marker not in raw:
        return raw
    out = bytearray()
    rest = raw
    while (at := rest.find(marker)) >= 0:
        out += rest[:at]
        rest = rest[at + len(marker) :]
        charset, _, rest = rest.partition(b"\x00")
        end = rest.find(b"\n--")  # the next boundary, or the end of a single-part message
        end = len(rest) if end < 0 else end
        out += rest[:end].decode("utf-8").encode(charset.decode(), "replace")
        rest = rest[end:]
    return bytes(out + rest)
