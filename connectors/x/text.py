"""How long X counts a post: the weighted length of its published counting rules.

X counts most characters as 2 and the ranges below (Latin, Cyrillic, Georgian, Hebrew,
Arabic, Indic scripts up to U+10FF, and some punctuation) as 1, against a limit of 280; a link
counts 23 whatever its length, and an emoji sequence counts 2. Counting is done on NFC text.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WEIGHT = 280
URL_WEIGHT = 23
LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)
_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}  # ZWJ, variation selectors, keycap


def _weight(ch: str) -> int:
    point = ord(ch)
    return 1 if any(lo <= point <= hi for lo, hi in LIGHT_RANGES) else 2


def weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total = 0
    for part_index, part in enumerate(URL.split(text)):
        if part_index:
            total += URL_WEIGHT
        joined = False
        for ch in part:
            point = ord(ch)
            if point in _JOINERS:
                joined = point == 0x200D
                continue
            if 0x1F3FB <= point <= 0x1F3FF:  # skin tone modifiers belong to the emoji before
                continue
            if joined:  # the rest of a ZWJ emoji sequence counts with its first emoji
                joined = False
                continue
            total += _weight(ch)
    return total


def too_long_for_a_post(text: str) -> int | None:
    """The weighted length if over X's limit, else None."""
    length = weighted_length(text)
    return length if length > MAX_WEIGHT else None
