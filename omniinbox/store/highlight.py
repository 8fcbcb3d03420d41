"""Marking the words a search matched, in the message's own text.

FTS5's ``snippet()`` re-reads every hit's index entries, about a millisecond per row for a
prefix query on a big desk, and shows the indexed (folded) text. The list only needs a
dozen words around the first match, so this does it in Python on the original text: words
are compared the way the index compares them (case-folded, Latin diacritics removed, ё as е,
a query word matching as the start of a word), and whole words are marked, as snippet() did.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

HIT_START, HIT_END = "\x02", "\x03"  # highlight marks; the UI and CLI turn them into their own
ELLIPSIS = "…"
WORDS_AROUND = 12  # as snippet(..., 12)
WORDS_BEFORE = 3  # of those, shown before the first match
SCANNED = 20_000  # characters of a long message looked through for a match
_WORD = re.compile(r"[^\W_]+")
_FIRST_LOOK = 2_000  # characters folded first when looking for the first match
_LOOK_BACK = 300  # characters searched back for the words before a match, at first


def _strip_latin(ch: str) -> str:
    """A lower-case Latin letter without its diacritics (unicode61 removes only those)."""
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """ё as е, and Latin letters with diacritics as their base letter (built once)."""
    table = {ord("ё"): "е"}
    for first, last in ((0xC0, 0x24F), (0x1E00, 0x1EFF)):
        for code in range(first, last + 1):
            folded = _strip_latin(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


def fold_for_match(text: str) -> str:
    """The text folded as the index folds it, the same length as the text."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer (İ): keep it as is
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower.translate(_table())


def query_terms(words: tuple[str, ...]) -> tuple[str, ...]:
    """The folded word starts a query looks for (punctuation splits words, as in the index)."""
    terms: list[str] = []
    for word in words:
        terms.extend(_WORD.findall(fold_for_match(word)))
    return tuple(dict.fromkeys(t for t in terms if t))


@lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(terms, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in longest_first)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def mark(text: str, terms: tuple[str, ...]) -> str | None:
    """About a dozen words around the first match, matches marked; None if nothing matches."""
    if not terms or not text:
        return None
    scanned = text[:SCANNED]
    pattern = _pattern(terms)
    # Most matches are near the top: fold the first part, and the rest only when needed.
    folded = fold_for_match(scanned[:_FIRST_LOOK])
    first = pattern.search(folded)
    if (first is None or first.end() >= len(folded)) and len(folded) < len(scanned):
        folded = fold_for_match(scanned)
        first = pattern.search(folded)
    if first is None:
        return None
    words, skipped = _words_near(scanned, first.start())
    at = next(i for i, w in enumerate(words) if w.end() > first.start())
    lo = max(0, min(at - WORDS_BEFORE, len(words) - WORDS_AROUND))
    hi = min(len(words), lo + WORDS_AROUND)
    whole = len(scanned) == len(text)
    start = words[lo].start() if lo or skipped else 0
    end = words[hi - 1].end() if hi < len(words) or not whole else len(text)
    if end > len(folded):
        folded = fold_for_match(scanned)
    out: list[str] = [ELLIPSIS] if start else []
    pos = start
    for m in pattern.finditer(folded, start, end):
        out += [scanned[pos : m.start()], HIT_START, scanned[m.start() : m.end()], HIT_END]
        pos = m.end()
    out.append(scanned[pos:end])
    if end < len(text):
        out.append(ELLIPSIS)
    return " ".join("".join(out).split())


def _words_near(text: str, at: int) -> tuple[list[re.Match[str]], bool]:
    """The words a snippet around position ``at`` (a word start) can use: up to
    WORDS_AROUND before it and WORDS_AROUND + 1 from it on, so a long message is not split
    into all its words; and whether the text has words before the first of them."""
    after = list(islice(_WORD.finditer(text, at), WORDS_AROUND + 1))
    back = _LOOK_BACK
    while True:
        lo = max(0, at - back)
        before = list(_WORD.finditer(text, lo, at))
        cut = bool(lo and before and before[0].start() == lo)  # maybe a longer word's tail
        if cut:
            before = before[1:]
        if len(before) >= WORDS_AROUND or lo == 0:
            break
        back *= 4
    kept = before[-WORDS_AROUND:]
    earlier = len(kept) < len(before) or cut or (lo > 0 and _WORD.search(text, 0, lo) is not None)
    return kept + after, earlier


def opening(text: str) -> str:
    """The first dozen words, for a hit whose match is not in its text (a customer's name)."""
    words = list(_WORD.finditer(text[:SCANNED]))
    if len(words) <= WORDS_AROUND:
        return " ".join(text.split())
    return " ".join(text[: words[WORDS_AROUND - 1].end()].split()) + ELLIPSIS


def snippet(subject: str, body: str, terms: tuple[str, ...]) -> str:
    """What the list shows of a hit: the body's match, else the subject's, else its opening."""
    return mark(body, terms) or mark(subject, terms) or opening(body or subject)
