"""Raw reads of what the email package parsed, none of which raises.

Header values are read raw (``raw_items``) rather than through the email package's header
objects, because those raise on real mail (``To: unlisted-recipients:;``, ``Message-Id: <>``).
Raw 8-bit bytes come back from the email package as lone surrogates (surrogateescape); these
helpers recover the bytes and keep such strings out of anything stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from email.message import Message
from typing import TypeVar

T = TypeVar("T")

_FOLD = re.compile(r"\r?\n(?=[ \t])")


def _safe(fn: Callable[[], T], default: T) -> T:
    try:
        return fn()
    except Exception:
        return default


def _escaped_bytes(value: str) -> bytes:
    """The original bytes of a string the email package decoded with surrogateescape."""
    return value.encode("utf-8", "surrogateescape")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _has_surrogates(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def _storable(text: str) -> str:
    """Text without lone surrogates (raw bytes quoted into a note), so any store can keep it."""
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text


class _Headers:
    """A message's or part's raw header values, looked up by lower-case name."""

    def __init__(self, msg: Message) -> None:
        self.values: dict[str, list[str]] = {}
        items: Iterable[tuple[str, object]] = _safe(lambda: list(msg.raw_items()), [])
        for name, value in items:
            self.values.setdefault(str(name).strip().lower(), []).append(
                value if isinstance(value, str) else str(value)
            )

    def first(self, name: str) -> str:
        found = self.values.get(name)
        return found[0] if found else ""

    def all(self, name: str) -> list[str]:
        return self.values.get(name, [])

    def __contains__(self, name: str) -> bool:
        return name in self.values


def _content_id(part: Message) -> str:
    return "".join(_Headers(part).first("content-id").split()).strip("<>")
