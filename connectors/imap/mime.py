"""One email as the desk shows it: addresses, threading ids, best text, attachments, notes.

``parse_message`` never raises. Whatever cannot be read (a broken MIME part, an unknown or
lying charset, a garbled header) becomes a note, and at worst the raw bytes are shown as text.
Header values are read raw (``raw_items``) and decoded by this package, because reading them
through the email package's header objects raises on real mail (``To: unlisted-recipients:;``,
``Message-Id: <>``).

The pieces live beside this module: ``raw`` (reads that never raise), ``transfer`` (transfer
encodings), ``charsets`` (text and header charsets), ``headers`` (addresses, ids, dates),
``htmltext`` (HTML to text), ``attachments`` (attachments and safe names), ``walk`` (the MIME
tree) and ``automatic`` (mail sent by machines). Their public names are importable from here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import Message
from email.parser import BytesParser

from omniinbox.domain import Direction, Identity, IdentityKind, IncomingAttachment, NewMessage
from omniinbox.domain.language import guess_language

from .attachments import MAX_NAME, MailAttachment, safe_filename
from .automatic import _automatic
from .charsets import DETECT_SAMPLE, decode_header, decode_text
from .headers import Address, _addresses, _ids, _parse_date, _unique
from .htmltext import html_to_text
from .raw import _FOLD, _Headers, _safe, _storable
from .transfer import _transfer_decoded
from .walk import MAX_DEPTH, MAX_PARTS, _Found, _hint, _Walker

__all__ = [
    "DETECT_SAMPLE",
    "MAX_DEPTH",
    "MAX_NAME",
    "MAX_PARTS",
    "MAX_REFERENCES",
    "Address",
    "MailAttachment",
    "ParsedMail",
    "decode_header",
    "decode_text",
    "html_to_text",
    "parse_message",
    "safe_filename",
    "synthetic_id",
    "to_new_message",
]

MAX_REFERENCES = 100  # threading ids kept from References


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str  # without <>; "sha256:<hex>@omniinbox" when the message has none
    subject: str = ""
    from_: Address = Address("", "")  # noqa: RUF009 -- frozen, so one shared default is safe
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
    language: str = ""  # the desk's guess (en, ru, kk, uk, uz, ka) when reliable, else ""
    notes: tuple[str, ...] = ()  # what went wrong, in sentences for the agent

    @property
    def replies_to(self) -> tuple[str, ...]:
        """The ids this message answers, nearest first: In-Reply-To, then References backwards."""
        return _unique((*self.in_reply_to, *reversed(self.references)), skip=self.message_id)


_REPORTS = {"delivery-status", "global-delivery-status", "disposition-notification"}


def _language(subject: str, text: str) -> str:
    """The desk's own guess (en, ru, kk, uk, uz, ka) when it is reliable, else "" and the
    engine decides. Content-Language is not used: Outlook stamps its UI language on all."""
    guess = guess_language(f"{subject}\n{text[:4000]}")
    return guess.code if guess.reliable else ""


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
    makes it raise: then with the other policy, then without NUL bytes, then the headers alone.

    compat32 comes first because headers are read raw here anyway: policy.default's header
    objects re-parse on every access and cost ~40% of a full sync (benchmarks/RESULTS.md)."""
    clean = raw.replace(b"\x00", b"")
    for data, how, note in (
        (raw, policy.compat32, ""),
        (raw, policy.default, "the message structure is unusual; it was read leniently"),
        (clean, policy.compat32, "the message contains NUL bytes; they were left out"),
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
        language=_language(subject, text),
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
        automatic=parsed.automatic,
    )
