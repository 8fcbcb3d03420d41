"""One email as the desk shows it: addresses, threading ids, best text, attachments, notes.

``parse_message`` never raises. Whatever cannot be read (a broken MIME part, an unknown or
lying charset, a garbled header) becomes a note, and at worst the raw bytes are shown as text.
Header values are read raw (``raw_items``) and decoded here, because reading them through the
email package's header objects raises on real mail (``To: unlisted-recipients:;``,
``Message-Id: <>``).
"""

from __future__ import annotations

import binascii
import codecs
import hashlib
import quopri
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value, getaddresses, parsedate_to_datetime
from functools import partial
from html.parser import HTMLParser
from typing import Any, TypeVar

from omniinbox.domain import Direction, Identity, IdentityKind, IncomingAttachment, NewMessage

T = TypeVar("T")

MAX_DEPTH = 40  # nesting of multiparts and attached messages followed
MAX_PARTS = 1000  # MIME parts looked at
MAX_REFERENCES = 100  # threading ids kept from References
MAX_NAME = 200  # characters of an attachment name
DETECT_SAMPLE = 65536  # bytes handed to charset detection

# --- what comes out ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    address: str  # lower-cased; "" when the header had none


@dataclass(frozen=True, slots=True)
class MailAttachment:
    name: str  # sanitised: safe as a file name on every system
    mime: str
    size: int
    content: bytes
    inline: bool = False  # shown inside the HTML (cid: image) rather than listed
    content_id: str = ""  # without <>


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str  # without <>; "sha256:<hex>@omniinbox" when the message has none
    subject: str = ""
    from_: Address = Address("", "")
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # oldest first, as in the header
    date: datetime | None = None  # aware; None when the Date header is missing or garbage
    received: datetime | None = None  # from the newest Received header, a fallback for date
    text: str = ""
    html: str = ""  # the raw HTML, NOT sanitised
    attachments: tuple[MailAttachment, ...] = ()
    automatic: str = ""  # "" for a human; else bounce, auto-replied, bulk, list, ...
    language: str = ""  # a cheap hint: ru, uk, kk, uz, ka, ... or ""
    notes: tuple[str, ...] = ()  # what went wrong, in sentences for the agent

    @property
    def replies_to(self) -> tuple[str, ...]:
        """The ids this message answers, nearest first: In-Reply-To, then References backwards."""
        return _unique((*self.in_reply_to, *reversed(self.references)), skip=self.message_id)


# --- charsets ---------------------------------------------------------------------------------

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


# --- headers ----------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _escaped_bytes(value: str) -> bytes:
    """The original bytes of a string the email package decoded with surrogateescape."""
    return value.encode("utf-8", "surrogateescape")


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


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


def _storable(text: str) -> str:
    """Text without lone surrogates (raw bytes quoted into a note), so any store can keep it."""
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text


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


# --- attachments names ------------------------------------------------------------------------

_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_UNSAFE_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _leaf(name: str) -> str:
    name = unicodedata.normalize("NFC", name).translate(_BIDI)
    steps = name.replace("\\", "/").split("/")
    leaf = next((p for p in reversed(steps) if p.strip(" .")), "")
    leaf = "".join(ch for ch in leaf if unicodedata.category(ch) not in ("Cc", "Cs"))
    leaf = _UNSAFE_CHARS.sub("_", leaf)
    return re.sub(r"[\s.]+$", "", re.sub(r"^[\s.]+", "", leaf))


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """An attachment name safe to write anywhere: no folders, control or bidi characters, no
    leading dots, no reserved Windows device names, at most MAX_NAME characters."""
    leaf = _leaf(name) or _leaf(fallback) or "attachment"
    if _RESERVED.match(leaf):
        leaf = "_" + leaf
    if len(leaf) > MAX_NAME:
        stem, dot, ext = leaf.rpartition(".")
        if dot and 0 < len(ext) <= 20:
            leaf = stem[: MAX_NAME - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            leaf = leaf[:MAX_NAME].rstrip(". ")
    return leaf


def _dangerous(name: str) -> bool:
    """A name that tries to leave its folder, hide its extension or name a device."""
    return (
        any(ch in name for ch in "/\\")
        or any(unicodedata.category(ch) == "Cc" for ch in name)
        or name != name.translate(_BIDI)
        or name.strip().startswith(".")
        or bool(_RESERVED.match(name.strip()))
    )


_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
    "message/disposition-notification": ".txt",
    "text/rfc822-headers": ".txt",
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "application/pgp-signature": ".asc",
}


# --- HTML to text -----------------------------------------------------------------------------

_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "svg", "object"}


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag in _BLOCKS:
            self.out.append("\n\n" if tag in ("p", "blockquote", "table", "h1", "h2") else "\n")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS and tag != "li":
            self.out.append("\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Readable plain text from mail HTML: blocks as lines, no scripts, styles or tags."""
    try:
        parser = _HtmlText()
        parser.feed(html)
        parser.close()
        text = "".join(parser.out)
    except Exception:  # the stdlib parser is lenient, but a fallback costs nothing
        text = re.sub(r"<[^>]*>", " ", re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html))
    lines = [line.strip() for line in text.replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


# --- the walk over the MIME tree --------------------------------------------------------------


def _safe(fn: Callable[[], T], default: T) -> T:
    try:
        return fn()
    except Exception:
        return default


@dataclass
class _Found:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[MailAttachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    charsets: list[str] = field(default_factory=list)  # declared on text parts: header hints
    reports: set[str] = field(default_factory=set)  # delivery-status, disposition-notification

    def merge(self, other: _Found, *, plain: bool = True, html: bool = True) -> None:
        if plain:
            self.plain += other.plain
        if html:
            self.html += other.html
        self.attachments += other.attachments
        self.notes += other.notes
        self.charsets += other.charsets
        self.reports |= other.reports


class _Walker:
    def __init__(self) -> None:
        self.parts = 0
        self.stopped = False

    def visit(self, part: Message, path: str, depth: int, out: _Found, related: bool) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS or depth > MAX_DEPTH:
            if not self.stopped:
                out.notes.append(f"part {path} and what follows were not read: too many parts")
                self.stopped = True
            return
        try:
            self._visit(part, path, depth, out, related)
        except Exception as exc:
            out.notes.append(f"part {path} could not be read ({type(exc).__name__}); skipped")

    def _visit(self, part: Message, path: str, depth: int, out: _Found, related: bool) -> None:
        ctype = _safe(part.get_content_type, "application/octet-stream").lower()
        main = ctype.partition("/")[0]
        if main == "multipart":
            children: Any = part.get_payload()
            if isinstance(children, list):
                self._multipart(part, ctype, children, path, depth, out)
            else:
                self._no_boundary(part, ctype, path, depth, out)
            return
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            out.reports.add("delivery-status")
        elif ctype == "message/disposition-notification":
            out.reports.add("disposition-notification")
        disposition = (_safe(part.get_content_disposition, None) or "").lower()
        name = self._filename(part, out)
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not name:
            self._text(part, ctype, path, out)
            return
        self._attachment(part, ctype, disposition, name, path, out, related)

    def _multipart(
        self, part: Message, ctype: str, children: list[Message], path: str, depth: int, out: _Found
    ) -> None:
        prefix = f"{path}." if path else ""
        if ctype == "multipart/alternative":
            found = []
            for i, child in enumerate(children, 1):
                sub = _Found()
                self.visit(child, f"{prefix}{i}", depth + 1, sub, False)
                found.append(sub)
            plain = next((f for f in reversed(found) if any(p.strip() for p in f.plain)), None)
            html = next((f for f in reversed(found) if f.html), None)
            for f in found:
                out.merge(f, plain=f is plain, html=f is html)
            return
        root = 0
        if ctype == "multipart/related":
            start = _safe(lambda: part.get_param("start"), None)
            if isinstance(start, str) and start.strip():
                for i, child in enumerate(children):
                    if _content_id(child) == start.strip().strip("<>"):
                        root = i
        for i, child in enumerate(children):
            related = ctype == "multipart/related" and i != root
            self.visit(child, f"{prefix}{i + 1}", depth + 1, out, related)

    def _no_boundary(self, part: Message, ctype: str, path: str, depth: int, out: _Found) -> None:
        body = _transfer_decoded(part, path, out.notes)
        where = f"part {path}" if path else "the message"
        match = re.search(
            rb"(?m)^--([0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?\n[A-Za-z][A-Za-z0-9-]*:", body
        )
        if match and depth < MAX_DEPTH:
            boundary = match.group(1)
            wrapped = (
                b"Content-Type: " + ctype.encode() + b'; boundary="' + boundary + b'"\r\n\r\n'
            ) + body
            again = message_from_bytes(wrapped, policy=policy.default)
            if isinstance(again.get_payload(), list):
                out.notes.append(
                    f"{where} is a {ctype} whose parts could not be separated; "
                    "used the boundary found in its body"
                )
                self._multipart(again, ctype, again.get_payload(), path, depth, out)  # type: ignore[arg-type]
                return
        out.notes.append(f"{where} is a {ctype} whose parts could not be separated; shown as text")
        text, _ = decode_text(body, "", _hint(out))
        out.plain.append(text)

    def _filename(self, part: Message, out: _Found) -> str:
        raw = _safe(part.get_filename, None)
        if not raw:
            value = _safe(lambda: part.get_param("name"), None)
            raw = _safe(lambda: collapse_rfc2231_value(value), None) if value else None  # type: ignore[arg-type]
        if not raw or not isinstance(raw, str):
            return ""
        if "=?" in raw or _has_surrogates(raw):  # encoded words in quotes, raw 8-bit bytes
            raw, _ = decode_header(raw, _hint(out))
        return raw

    def _text(self, part: Message, ctype: str, path: str, out: _Found) -> None:
        data = _transfer_decoded(part, path, out.notes)
        charset = _safe(part.get_content_charset, None) or ""
        if charset:
            out.charsets.append(charset)
        if not charset and ctype == "text/html":
            meta = _META_CHARSET.search(data[:4096])
            charset = meta.group(1).decode("ascii") if meta else ""
        text, how = decode_text(data, charset, _hint(out))
        if how:
            out.notes.append(f"part {path or '1'} {how}")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if ctype == "text/html":
            out.html.append(text)
            return
        params: dict[str, Any] = _safe(lambda: dict(part.get_params() or []), {})
        if str(params.get("format", "")).lower() == "flowed":
            text = _unflow(text, str(params.get("delsp", "")).lower() == "yes")
        out.plain.append(text)

    def _attachment(
        self,
        part: Message,
        ctype: str,
        disposition: str,
        name: str,
        path: str,
        out: _Found,
        related: bool,
    ) -> None:
        given = name
        if part.is_multipart():  # message/rfc822 and friends: keep the enclosed bytes
            content = _enclosed_bytes(part)
            if ctype == "message/rfc822" and not name:
                inner = part.get_payload(0)
                subject = decode_header(_Headers(inner).first("subject"))[0]  # type: ignore[arg-type]
                name = f"{subject or 'message'}.eml"
        else:
            content = _transfer_decoded(part, path, out.notes)
        cid = _content_id(part)
        fallback = "attachment" + _EXTENSIONS.get(ctype, ".bin")
        if ctype == "application/ms-tnef":
            fallback = "winmail.dat"
        if ctype.startswith("message/") and ctype != "message/rfc822":
            fallback = (ctype.partition("/")[2] or "message") + ".txt"
        safe = safe_filename(name, fallback)
        if given and _dangerous(given):
            out.notes.append(f"attachment name {given[:80]!r} was unsafe; saved as {safe!r}")
        if ctype == "application/ms-tnef" or safe.lower() == "winmail.dat":
            out.notes.append(
                f"{safe} is a Microsoft Outlook (TNEF) container; it is kept as one attachment "
                "and the files inside it are not extracted"
            )
        inline = bool(cid) and (
            disposition == "inline" or (related and disposition != "attachment")
        )
        out.attachments.append(MailAttachment(safe, ctype, len(content), content, inline, cid))


def _hint(out: _Found) -> str:
    """A charset declared on a text part: old clients write raw 8-bit headers in it."""
    for label in out.charsets:
        codec = _codec(label)
        if codec and codec not in ("ascii", "utf-8"):
            return codec
    return ""


def _content_id(part: Message) -> str:
    return "".join(_Headers(part).first("content-id").split()).strip("<>")


def _unflow(text: str, delsp: bool) -> str:
    """format=flowed (RFC 3676): soft line breaks joined back into paragraphs."""
    lines: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            buffer += line[:-1] if delsp else line
        else:
            lines.append(buffer + line)
            buffer = ""
    if buffer:
        lines.append(buffer)
    return "\n".join(lines)


_IDENTITY_CTE = {"", "7bit", "8bit", "8bits", "binary", "7-bit", "8-bit", "plain", "none", "text"}


def _transfer_decoded(part: Message, path: str, notes: list[str]) -> bytes:
    """A leaf part's body with its transfer encoding undone, leniently."""
    # The stored payload, not get_payload(): that one replaces 8-bit bytes with U+FFFD
    # using the declared charset, before we could detect the real one.
    payload = getattr(part, "_payload", None)
    if isinstance(payload, list):
        return _enclosed_bytes(part)
    data = payload if isinstance(payload, bytes) else _escaped_bytes(str(payload or ""))
    raw = _FOLD.sub(" ", _Headers(part).first("content-transfer-encoding"))
    cte = re.sub(r"[\s_]+", "-", raw.split(";")[0].strip().strip("\"'").strip().lower())
    try:
        if cte == "base64":
            return _base64(data)
        if cte in ("quoted-printable", "quotedprintable", "qp"):
            return quopri.decodestring(data)
        if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
            return _uudecode(data)
    except Exception:
        notes.append(f"part {path or '1'} is not valid {cte}; kept as it came")
        return data
    if cte not in _IDENTITY_CTE:
        notes.append(f"part {path or '1'} has unknown transfer encoding {cte[:40]!r}; kept as is")
    return data


def _base64(data: bytes) -> bytes:
    """Base64 as broken encoders write it: stray characters, missing or extra padding."""
    clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
    rest = len(clean) % 4
    if rest == 1:
        clean = clean[:-1]
    elif rest:
        clean += b"=" * (4 - rest)
    return binascii.a2b_base64(clean)


def _uudecode(data: bytes) -> bytes:
    out = bytearray()
    lines = iter(data.splitlines())
    for line in lines:
        if line.startswith(b"begin "):
            break
    for line in lines:
        if line.strip() in (b"end", b"`", b""):
            if line.strip() == b"end":
                break
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Broken encoders pad wrongly; decode the bytes the length byte promises.
            count = ((line[0] - 32) & 63) * 4 // 3 if line else 0
            out += binascii.a2b_uu(line[:count])
    return bytes(out)


def _enclosed_bytes(part: Message) -> bytes:
    """The body of a container part (message/rfc822, delivery-status) as bytes."""
    inner: Any = part.get_payload()
    if part.get_content_type() == "message/rfc822" and isinstance(inner, list) and inner:
        whole = _flatten(inner[0])
        if whole is not None:
            return whole
    whole = _flatten(part)
    if whole is None:
        return b""
    _, sep, body = whole.partition(b"\n\n")
    return body if sep else b""


def _flatten(msg: Message) -> bytes | None:
    for how in (
        lambda: msg.as_bytes(policy=policy.default.clone(refold_source="none")),
        lambda: msg.as_bytes(policy=policy.compat32),
    ):
        data = _safe(how, None)
        if data is not None:
            return data
    return None


_REPORTS = {"delivery-status", "global-delivery-status", "disposition-notification"}

# --- automatic mail ---------------------------------------------------------------------------


def _automatic(
    headers: _Headers, top_type: str, report_type: str, found: _Found, sender: str
) -> str:
    """Why a message was sent by a machine ("" for a human): bounce, read-receipt, ..."""
    local = sender.partition("@")[0]
    if report_type == "delivery-status" or "delivery-status" in found.reports:
        return "bounce"
    if local in ("mailer-daemon", "postmaster") or sender.startswith("mailer-daemon@"):
        return "bounce"
    if report_type == "disposition-notification" or "disposition-notification" in found.reports:
        return "read-receipt"
    if top_type == "multipart/report":
        return report_type or "report"
    auto = headers.first("auto-submitted").strip().lower().split(";")[0].strip()
    if auto and auto != "no":
        return auto
    if "x-autoreply" in headers or "x-autorespond" in headers:
        return "auto-replied"
    precedence = headers.first("precedence").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return "auto-replied" if precedence == "auto_reply" else precedence
    if "list-id" in headers:
        return "list"
    return ""


# --- language -------------------------------------------------------------------------------


def _language(text: str, content_language: str) -> str:
    sample = text[:4000]
    georgian = sum(1 for ch in sample if "\u10a0" <= ch <= "\u10ff" or "\u1c90" <= ch <= "\u1cbf")
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    low = sample.lower()
    if georgian >= 3 and georgian >= max(cyrillic, latin) / 2:
        return "ka"
    if cyrillic >= 3 and cyrillic >= latin:
        if any(ch in low for ch in "ўҳ"):
            return "uz"
        if any(ch in low for ch in "әңөұүһқғ"):
            return "kk"
        if any(ch in low for ch in "іїєґ") and not any(ch in low for ch in "ыэъё"):
            return "uk"
        if any(ch in low for ch in "јљњћџ"):
            return "sr"
        return "ru"
    if "\u02bb" in sample or "oʼ" in low or "gʼ" in low:
        return "uz"
    tag = content_language.strip().split(",")[0].strip().split("-")[0].lower()
    return tag if re.fullmatch(r"[a-z]{2,3}", tag) else ""


# --- the public entry points ------------------------------------------------------------------


def synthetic_id(raw: bytes) -> str:
    """A stable message id for a message without a usable one: the same bytes, the same id."""
    return f"sha256:{hashlib.sha256(raw).hexdigest()}@omniinbox"


def parse_message(raw: bytes) -> ParsedMail:
    """Everything the desk needs from one message. Never raises; problems become notes."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = _safe(lambda: str(raw).encode("utf-8", "surrogateescape"), b"")
    raw = bytes(raw)
    try:
        return _parse(raw)
    except Exception as exc:  # the last resort: the bytes as text, nothing lost
        return _shown_raw(raw, exc)


def _shown_raw(raw: bytes, exc: BaseException) -> ParsedMail:
    return ParsedMail(
        message_id=synthetic_id(raw),
        text=raw.decode("utf-8", "replace").replace("\x00", ""),
        notes=(f"the message could not be parsed ({type(exc).__name__}); shown raw",),
    )


def _read(raw: bytes, notes: list[str]) -> tuple[Message, bool]:
    """The parsed message, and whether its structure could be read. The parser itself asks
    for the content type and boundary, so a hostile parameter (a NUL in an RFC 2231 charset)
    makes it raise: then leniently, then without NUL bytes, then the headers alone."""
    clean = raw.replace(b"\x00", b"")
    for data, how, note in (
        (raw, policy.default, ""),
        (raw, policy.compat32, "the message structure is unusual; it was read leniently"),
        (clean, policy.default, "the message contains NUL bytes; they were left out"),
    ):
        try:
            msg = message_from_bytes(data, policy=how)  # type: ignore[arg-type]
        except Exception:
            continue
        if note:
            notes.append(note)
        return msg, True
    notes.append("the message structure could not be read; its body was read as it came")
    return BytesParser(policy=policy.compat32).parsebytes(raw, headersonly=True), False


def _unstructured_body(msg: Message, headers: _Headers, found: _Found) -> None:
    """The body of a message whose structure the parser could not read: its parts when a
    boundary can be found in it, else the whole body as text."""
    ctype = headers.first("content-type").split(";")[0].strip().lower()
    if ctype.startswith("multipart/") and re.fullmatch(r"multipart/[a-z0-9.+-]+", ctype):
        try:
            _Walker()._no_boundary(msg, ctype, "", 0, found)
            return
        except Exception:
            found.plain.clear()
    text, _ = decode_text(_transfer_decoded(msg, "", found.notes))
    found.plain.append(text.replace("\r\n", "\n").replace("\r", "\n"))


def _parse(raw: bytes) -> ParsedMail:
    notes: list[str] = []
    msg, structured = _read(raw, notes)
    headers = _Headers(msg)
    found = _Found()
    if structured:
        _Walker().visit(msg, "", 0, found, False)
    else:
        _unstructured_body(msg, headers, found)
    hint = _hint(found)

    def header(name: str, what: str) -> str:
        text, how = decode_header(headers.first(name), hint)
        notes.extend(f"the {what} {h}" for h in how[:1])
        return text

    subject = header("subject", "subject")
    message_id = next(iter(_ids(headers.first("message-id"))), "")
    if not message_id:
        message_id = synthetic_id(raw)
        notes.append("the message has no usable Message-ID; an id was derived from its content")
    from_all = _addresses(headers.all("from"), hint, notes, "sender")
    if not from_all:
        from_all = _addresses(
            headers.all("sender") + headers.all("reply-to") + headers.all("return-path"),
            hint,
            notes,
            "sender",
        )
        if not from_all:
            notes.append("the message has no readable sender address")
    date_value = " ".join(_FOLD.sub(" ", headers.first("date")).split())
    date = _parse_date(date_value)
    if date is None:
        notes.append(
            f"the date {date_value[:60]!r} could not be read"
            if date_value
            else "the message has no date"
        )
    received = None
    for value in headers.all("received")[:1]:
        received = _parse_date(value.rpartition(";")[2])

    text = "\n\n".join(p.strip("\n") for p in found.plain if p.strip())
    html = "\n".join(found.html)
    if not text.strip() and html:
        text = html_to_text(html)
    if not text.strip() and found.reports:  # a bounce with no words: show the report itself
        text = "\n\n".join(
            a.content.decode("utf-8", "replace").strip()
            for a in found.attachments
            if a.mime.partition("/")[2] in _REPORTS
        )
    text = text.replace("\x00", "").rstrip()
    if not text and not found.attachments:
        notes.append("the message has no text")
    elif not text:
        notes.append("the message has no text, only attachments")
    top_type = _safe(msg.get_content_type, "").lower()
    report_type = str(_safe(lambda: msg.get_param("report-type"), None) or "").lower()
    sender = from_all[0] if from_all else Address("", "")
    return ParsedMail(
        message_id=message_id,
        subject=_storable(subject),
        from_=sender,
        to=_addresses(headers.all("to"), hint, notes, "recipient"),
        cc=_addresses(headers.all("cc"), hint, notes, "recipient"),
        reply_to=_addresses(headers.all("reply-to"), hint, notes, "reply-to"),
        in_reply_to=_unique(_ids(" ".join(headers.all("in-reply-to"))), skip=message_id),
        references=_unique(_ids(" ".join(headers.all("references"))), skip=message_id),
        date=date,
        received=received,
        text=_storable(text),
        html=_storable(html.replace("\x00", "")),
        attachments=tuple(found.attachments),
        automatic=_automatic(headers, top_type, report_type, found, sender.address),
        language=_language(f"{subject}\n{text}", headers.first("content-language")),
        notes=tuple(dict.fromkeys(_storable(n) for n in notes + found.notes)),
    )


def to_new_message(
    parsed: ParsedMail,
    raw: bytes,
    *,
    own_addresses: set[str] | frozenset[str],
    folder_role: str,
    thread_key: str = "",
    seen: bool = False,
    received_at: datetime | None = None,
) -> NewMessage:
    """The domain event for a parsed message. Our own messages (From one of own_addresses, or
    found in the Sent folder) are OUT, with the first To as the recipient. ``received_at`` (the
    IMAP INTERNALDATE) stands in for a missing or garbage Date."""
    own = {a.strip().lower() for a in own_addresses}
    outgoing = parsed.from_.address in own or folder_role.strip().lower() == "sent"
    recipient = None
    if outgoing:
        first = next(iter(parsed.to or parsed.cc), None)
        if first is not None:
            recipient = Identity.of(IdentityKind.EMAIL, first.address, first.name)
    notes = list(parsed.notes)
    sent_at = parsed.date or received_at or parsed.received
    if sent_at is None:
        sent_at = datetime.now(UTC)
        notes.append("the time shown is when the message was read, not when it was sent")
    attachments = tuple(
        IncomingAttachment(
            name=a.name,
            mime=a.mime,
            size=a.size,
            content=a.content,
            remote_ref=f"cid:{a.content_id}" if a.inline and a.content_id else "",
        )
        for a in parsed.attachments
    )
    return NewMessage(
        remote_id=parsed.message_id,
        sender=Identity.of(IdentityKind.EMAIL, parsed.from_.address, parsed.from_.name),
        sender_name=parsed.from_.name,
        sent_at=sent_at,
        text=parsed.text,
        subject=parsed.subject,
        html=parsed.html,
        direction=Direction.OUT if outgoing else Direction.IN,
        thread_key=thread_key,
        replies_to=parsed.replies_to[:MAX_REFERENCES],
        recipient=recipient,
        attachments=attachments,
        seen=seen,
        raw=raw,
        note="; ".join(notes),
        language=parsed.language,
    )
