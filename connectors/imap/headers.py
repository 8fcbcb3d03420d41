"""Header fields read leniently: addresses, message ids, dates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from functools import partial

from .charsets import decode_header
from .raw import _FOLD, _escaped_bytes, _has_surrogates, _safe


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    address: str  # lower-cased; "" when the header had none


_ID = re.compile(r"<\s*([^<>\s]+(?:\s+[^<>\s]+)*)\s*>")


def _ids(value: str) -> tuple[str, ...]:
    """Message ids in a header value, without <>: bracketed ones, else bare tokens with an @."""
    value = _FOLD.sub(" ", value)
    found = ["".join(m.group(1).split()) for m in _ID.finditer(value)]
    if not found:
        found = [tok.strip("<>,;") for tok in value.split() if "@" in tok]
    return tuple(i for i in found if i and len(i) <= 500 and i.isprintable())


def _unique(ids: Iterable[str], skip: str = "") -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for i in ids:
        if i and i != skip:
            seen.setdefault(i, None)
    return tuple(seen)


_ADDR = re.compile(r"[^@\s<>]+@[^@\s<>]+")


def _addresses(values: list[str], hint: str, notes: list[str], what: str) -> tuple[Address, ...]:
    found: list[Address] = []
    for value in values:
        value = _FOLD.sub(" ", value)
        pairs: list[tuple[str, str]] = _safe(partial(getaddresses, [value]), [])
        for name, addr in pairs:
            addr = addr.strip().strip("<>").strip()
            if _has_surrogates(addr):
                addr = _escaped_bytes(addr).decode("utf-8", "replace")
            decoded, how = decode_header(name, hint)
            if how:
                notes.append(f"the {what} name {how[0]}")
            if _ADDR.fullmatch(addr):
                found.append(Address(_unquoted(decoded), addr.lower()))
    return tuple(found)


def _unquoted(name: str) -> str:
    """A display name with collapsed whitespace and without one pair of wrapping quotes
    ('Ivan', "Ivan" left quoted inside encoded words)."""
    name = " ".join(name.split())
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1].strip()
    return name


def _parse_date(value: str) -> datetime | None:
    value = _FOLD.sub(" ", value).strip()
    if not value:
        return None
    found = _safe(lambda: parsedate_to_datetime(value), None)
    if found is None:
        found = _safe(lambda: datetime.fromisoformat(value), None)
    if found is None:
        return None
    if found.tzinfo is None:
        found = found.replace(tzinfo=UTC)
    return found if 1900 <= found.year <= 2200 else None
