"""Transfer decoding: the fast base64 path gives exactly what the lenient regex one did."""

from __future__ import annotations

import binascii
import re

from hypothesis import given
from hypothesis import strategies as st
from omniinbox_connectors.imap import download
from omniinbox_connectors.imap.transfer import _base64


def lenient_reference(data: bytes) -> bytes:
    """The earlier implementation: strip non-alphabet bytes with a regex, then pad."""
    clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
    if len(clean) % 4 == 1:
        clean = clean[:-1]
    return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))


@given(st.binary(max_size=600), st.binary(max_size=40))
def test_base64_matches_the_lenient_reference(content: bytes, noise: bytes) -> None:
    encoded = binascii.b2a_base64(content)
    for data in (encoded, encoded.replace(b"\n", b"\r\n") + noise, noise + encoded, noise):
        assert _base64(data) == lenient_reference(data)
        assert download.decode(data, " BASE64 ") == lenient_reference(data)


def test_base64_survives_what_broken_encoders_write() -> None:
    content = bytes(range(256)) * 3
    lines = binascii.b2a_base64(content).rstrip(b"\n=")
    mangled = b"\r\n".join(lines[i : i + 76] for i in range(0, len(lines), 76)) + b"\t\r\n--"
    assert _base64(mangled) == content
    assert _base64(memoryview(mangled)) == content  # type: ignore[arg-type]


@given(
    st.binary(max_size=900),
    st.integers(min_value=1, max_value=120),
    st.binary(max_size=12),
    st.integers(min_value=0, max_value=2_000),
)
def test_the_direct_path_gives_what_the_lenient_one_gives(
    content: bytes, width: int, stray: bytes, at: int
) -> None:
    """Any line width, stray bytes anywhere, padding or not: the same bytes as the careful
    decoding (the direct path is only a shortcut)."""
    flat = binascii.b2a_base64(content, newline=False)
    wrapped = b"\r\n".join(flat[i : i + width] for i in range(0, len(flat), width))
    at = min(at, len(wrapped))
    for data in (wrapped, wrapped.rstrip(b"="), wrapped[:at] + stray + wrapped[at:]):
        assert _base64(data) == lenient_reference(data)
