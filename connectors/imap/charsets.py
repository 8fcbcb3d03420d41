"""Bytes and header values as text: MIME charset labels, detection of undeclared or lying
legacy charsets (Cyrillic above all), and RFC 2047 encoded words.

Nothing here raises on bad input; what went wrong comes back as a predicate for a note
("had unknown charset x-foo; decoded as windows-1251 by detection").
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re

from .raw import _FOLD, _escaped_bytes, _has_surrogates
from .transfer import _base64

DETECT_SAMPLE = 65536  # bytes handed to charset detection

_ALIASES = {
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    "win-1251": "cp1251",
    "win1251": "cp1251",
    "windows1251": "cp1251",
    "cp-1251": "cp1251",
    "x-cp1251": "cp1251",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "maccyrillic": "mac-cyrillic",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "ibm-866": "cp866",
    "cp-866": "cp866",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_2",
    "iso-8859-8-i": "iso8859-8",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
}
_UNKNOWN_LABELS = {"unknown", "unknown-8bit", "x-unknown", "x-user-defined", "default", "charset"}
# Single-byte Latin tables: every byte decodes, so a Cyrillic text declared as one of these
# "decodes" fine into mojibake (Ïðèâåò) and must be caught by looking at the result.
_LATIN = {"ascii", "iso8859-1", "cp1252", "iso8859-15", "iso8859-2", "cp1250"}
# The legacy Cyrillic tables our agents' customers still send, most likely first.
_CYRILLIC = ("cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic", "kz1048")
_MULTIBYTE = {
    "cp932",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "gb2312",
    "big5",
    "big5hkscs",
    "cp949",
    "euc_kr",
    "iso2022_jp",
    "iso2022_jp_2",
    "iso2022_kr",
    "cp950",
    "utf-16",
    "utf-32",
}
_SHOWN = {
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1250": "windows-1250",
    "cp866": "ibm866",
    "kz1048": "kz-1048",
    "utf_8": "utf-8",
}
# Letter frequencies (per cent) of Russian, Ukrainian and Kazakh text, lower case.
_CYR_FREQ = {
    **dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё", (
        11.0, 8.5, 8.0, 7.4, 6.7, 6.3, 5.5, 4.7, 4.5, 4.4, 3.5, 3.2, 3.0, 2.8, 2.6, 2.0, 1.9,
        1.7, 1.7, 1.7, 1.6, 1.4, 1.2, 1.0, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.1, 0.1,
    ), strict=True)),
    "і": 5.0, "ї": 0.6, "є": 0.4, "ґ": 0.2,
    "ә": 1.5, "ғ": 0.6, "қ": 1.5, "ң": 0.8, "ө": 0.6, "ұ": 0.8, "ү": 0.8, "һ": 0.1,
}  # fmt: skip


def _codec(label: str) -> str | None:
    """The Python codec for a MIME charset label, or None when it names no text encoding."""
    label = label.strip().strip("\"'").strip().lower()
    label = _ALIASES.get(label, label)
    if not label or label in _UNKNOWN_LABELS:
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):
        return None
    try:
        b"a".decode(name)  # LookupError for codecs that are not text encodings (base64, hex)
    except UnicodeDecodeError:
        pass  # a text encoding all the same (utf-16 wants two bytes)
    except Exception:
        return None
    return name


def _shown(codec: str) -> str:
    name = codecs.lookup(codec).name if _codec(codec) else codec
    return _SHOWN.get(name, name.replace("iso8859-", "iso-8859-"))


def _cyrillic_score(text: str) -> float:
    """How much a decoding looks like Cyrillic prose (about 4-6) rather than mojibake (< 1)."""
    total, count, prev = 0.0, 0, " "
    for ch in text:
        if ch < "\x80":
            prev = ch
            continue
        count += 1
        low = ch.lower()
        freq = _CYR_FREQ.get(low)
        if freq is None:
            total -= 3.0  # a symbol, box drawing or Latin letter where Cyrillic was expected
        elif ch == low:
            total += freq
        elif prev.isalpha() and prev.islower():
            total -= 2.0  # a capital inside a word: the wrong table
        else:
            total += freq / 2
        prev = ch
    return total / count if count else 0.0


def _guess_cyrillic(data: bytes, first: str = "") -> tuple[str, float]:
    """The legacy Cyrillic table that reads these bytes best, and its score."""
    sample = data[:DETECT_SAMPLE]
    order = (first, *_CYRILLIC) if first in _CYRILLIC else _CYRILLIC
    best, best_score = "", -99.0
    for codec in order:
        try:
            score = _cyrillic_score(sample.decode(codec))
        except UnicodeDecodeError:
            continue
        if score > best_score + 0.05:  # ties go to the more common table
            best, best_score = codec, score
    return best, best_score


def _looks_like_mojibake(text: str) -> bool:
    """Letters mostly outside ASCII in a Latin decoding: Cyrillic read with the wrong table."""
    letters = [ch for ch in text if ch.isalpha() or ch > "\xa0"]
    high = sum(1 for ch in letters if ch > "\xa0")
    return high >= 3 and high / len(letters) > 0.5


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes, hint: str = "") -> str:
    """The codec these undeclared or mis-declared bytes most likely use."""
    if _is_utf8(data):
        return "utf-8"
    codec, score = _guess_cyrillic(data, hint)
    if codec and score >= 2.5:
        return codec
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:DETECT_SAMPLE]).best()
        found = _codec(best.encoding) if best is not None else None
        # On a few bytes (a subject, a name) only a multi-byte guess means much.
        if found and (sum(b > 127 for b in data[:4096]) >= 64 or found in _MULTIBYTE):
            return found
    except Exception:  # detection is a guess; a failure only means no guess
        pass
    return "cp1252"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, declared: str = "", hint: str = "") -> tuple[str, str]:
    """Bytes as text, and what went wrong ("" when nothing did) as a predicate for a note:
    "had unknown charset x-foo; decoded as windows-1251 by detection"."""
    if not data:
        return "", ""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, "replace"), ""
    label = declared.strip().strip("\"'").strip().lower()
    codec: str | None = _codec(label) if label else None
    if label and codec is None:
        found = _detect(data, hint)
        how = f"had unknown charset {label}; decoded as {_shown(found)} by detection"
        return data.decode(found, "replace"), how
    if codec is None or codec == "ascii":
        if data.isascii():
            return data.decode("ascii"), ""
        if _is_utf8(data):  # raw UTF-8 (RFC 6532 headers, lazy senders): nothing to tell
            return data.decode("utf-8"), ""
        found = _detect(data, hint)
        what = f"was declared {label}" if label else "had no charset"
        how = f"{what} but has 8-bit bytes; decoded as {_shown(found)} by detection"
        return data.decode(found, "replace"), how
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        found = _detect(data, hint)
        if found == codec:
            return data.decode(codec, "replace"), f"is not valid {label}; shown with replacements"
        how = f"was declared {label} but is not; decoded as {_shown(found)} by detection"
        return data.decode(found, "replace"), how
    except Exception:  # a codec bug must not lose the part
        found = _detect(data, hint)
        how = f"could not be decoded as {label}; decoded as {_shown(found)} by detection"
        return data.decode(found, "replace"), how
    if codec in _LATIN or codec in _CYRILLIC:
        if not data.isascii() and _is_utf8(data):
            return data.decode("utf-8"), f"was declared {label} but is utf-8; decoded as utf-8"
        better = _better_single_byte(data, text, codec)
        if better:
            how = (
                f"was declared {label} but looks like {_shown(better)}; decoded as {_shown(better)}"
            )
            return data.decode(better, "replace"), how
    return text, ""


def _better_single_byte(data: bytes, text: str, codec: str) -> str:
    """A Cyrillic table that reads these bytes clearly better than the declared one, or ""."""
    if codec in _LATIN:
        if not _looks_like_mojibake(text):
            return ""
        found, score = _guess_cyrillic(data)
        return found if score >= 2.5 else ""
    declared_score = _cyrillic_score(text)
    if declared_score >= 4.0:
        return ""
    found, score = _guess_cyrillic(data, codec)
    return found if found != codec and score >= 3.0 and score - declared_score >= 2.0 else ""


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _word_bytes(encoding: str, payload: str) -> bytes:
    data = payload.encode("ascii", "surrogateescape")
    if encoding in "bB":
        return _base64(data)
    return quopri.decodestring(data, header=True)


def decode_header(value: str, hint: str = "") -> tuple[str, list[str]]:
    """A raw header value unfolded and decoded (RFC 2047 words, raw 8-bit bytes), with notes
    (predicates such as "had unknown charset x-foo; decoded as ...")."""
    value = _FOLD.sub("", value).replace("\r", "").replace("\n", "")
    value = _BETWEEN_WORDS.sub(r"\1\2", value)  # whitespace between encoded words is not text
    pieces: list[str] = []
    notes: list[str] = []
    pos = 0
    for match in _ENCODED_WORD.finditer(value):
        pieces.append(_decode_plain(value[pos : match.start()], hint, notes))
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
        try:
            data = _word_bytes(match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            notes.append("had a broken encoded word; shown as is")
            pieces.append(match.group(0))
        else:
            text, how = decode_text(data, charset, hint)
            if how:
                notes.append(how)
            pieces.append(text)
        pos = match.end()
    pieces.append(_decode_plain(value[pos:], hint, notes))
    return _CONTROL.sub(" ", "".join(pieces)).replace("\t", " ").strip(), notes


def _decode_plain(value: str, hint: str, notes: list[str]) -> str:
    if not _has_surrogates(value):
        return value
    text, how = decode_text(_escaped_bytes(value), "", hint)
    if how:
        notes.append(how.replace("had no charset but has 8-bit bytes", "had raw 8-bit bytes"))
    return text


# A charset named in the HTML itself, for HTML parts whose Content-Type names none.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
