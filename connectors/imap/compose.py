"""Writing an agent's answer as an email: threading headers, a stable Message-ID, our ticket
tag in the subject, the agent's real name, plain text always and HTML when there is some.

Header values an agent typed never carry a line break into the message: they are refused
with a sentence (PermanentError), not silently cleaned.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, quote

from omniinbox.connector import Outbound, PermanentError
from omniinbox.domain import IdentityKind
from omniinbox.domain.autoack import OWN_MARKER_HEADER
from omniinbox.domain.tickets import tag_subject

MAX_REFERENCES = 20  # ids kept in References: the root and the nearest ones
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
)
_REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|antw|odp|ynt|vs|atb|отв|ответ|відп|відповідь)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_NO_REPLY = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply)([-_.+].*)?$", re.I)


class _Encoded(str):
    """A header value we encoded and folded ourselves; stored and sent exactly as it is."""


class _Policy(EmailPolicy):
    """policy.SMTP, except that headers we encoded ourselves are kept as they are.

    The email package's folder (3.11) drops the space at the boundary of two encoded words in
    address headers ("Ольга Петренко, служба поддержки" may arrive with a space missing) and
    the quotes around a long display name. Names and non-ASCII subjects are therefore encoded
    here: whole RFC 2047 words with the spaces inside them, at most 60 characters a line."""

    def header_store_parse(self, name: str, value: str) -> tuple[str, str]:
        if isinstance(value, _Encoded):
            return (name, str(value))
        return super().header_store_parse(name, value)


POLICY = _Policy(linesep="\r\n")
_WORD_BYTES = 36  # base64 of 36 bytes is 48 characters: a 60-character encoded word


def _encoded_words(text: str) -> str:
    """Text as RFC 2047 B-words in UTF-8, one word a line, split after a space where one is
    near (a decoder that wrongly keeps the folding space then shows two, not a split word)."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len((chunk + ch).encode("utf-8")) > _WORD_BYTES:
            cut = chunk.rfind(" ") + 1
            if cut < len(chunk) // 2:  # no space in the second half: split between letters
                cut = len(chunk)
            words.append(chunk[:cut])
            chunk = chunk[cut:]
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(
        "=?utf-8?b?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words
    )


def _unstructured(text: str) -> str:
    """A Subject value: ASCII folded at its (single) spaces, anything else as encoded words."""
    if not text.isascii() or "=?" in text:
        return _Encoded(_encoded_words(text))
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 66:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    if any(len(x) > 66 for x in lines):  # a word too long to fold: words can be split
        return _Encoded(_encoded_words(text))
    return _Encoded("\n ".join(lines))


_LOCAL = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*")
_LABELS = re.compile(r"[^\W_]([\w-]*[^\W_])?(\.[^\W_]([\w-]*[^\W_])?)*")


def addr_spec(address: str, what: str = "email address") -> str:
    """An address checked and written for the wire: an international domain in its ASCII
    (IDNA) form; a non-ASCII local part stays, and needs SMTPUTF8 from the server."""
    local, at, domain = address.strip().rpartition("@")
    if not (at and _LOCAL.fullmatch(local) and _LABELS.fullmatch(domain)) or len(local) > 64:
        raise PermanentError(f"{address!r} is not a valid {what}")
    if not domain.isascii():
        with contextlib.suppress(UnicodeError):  # else left as it is: SMTPUTF8 needed
            domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain.lower()}"


_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+( [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def _mailbox(name: str, address: str, what: str) -> str:
    """A From/To value written here, not by the library: its folder drops the quotes of a long
    display name ("Doe; John" would turn into two recipients) and spaces between encoded
    words. A short ASCII name goes as atoms or a quoted string, anything else as words."""
    spec = addr_spec(address, what)
    if not name:
        return _Encoded(spec)
    if name.isascii() and "=?" not in name:
        phrase = name if _ATOMS.fullmatch(name) else '"' + quote(name) + '"'
        if len(phrase) + len(spec) <= 66:
            return _Encoded(f"{phrase} <{spec}>")
    return _Encoded(f"{_encoded_words(name)}\n <{spec}>")


def one_line(value: str, what: str) -> str:
    """A header value an agent typed, checked: no line breaks, no control characters."""
    if any(ch in _LINE_BREAKS for ch in value):
        raise PermanentError(f"the {what} contains a line break")
    if any(unicodedata.category(ch) == "Cc" and ch != "\t" for ch in value):
        raise PermanentError(f"the {what} contains a control character")
    return value.replace("\t", " ")


def message_id_for(key: str, domain: str) -> str:
    """The Message-ID header value for an outbox key, brackets included: "<key@domain>".

    The same key always gives the same id, so a retry is recognisable in Sent. Keys that are
    not a valid id left-hand side are replaced by a hash of themselves. Compare with
    ParsedMail.message_id after stripping the brackets."""
    one_line(key, "message key")
    domain = one_line(domain, "mail domain").strip().lower()
    if not key.strip():
        raise PermanentError("the message has no key to derive its Message-ID from")
    if not _DOMAIN.fullmatch(domain):
        raise PermanentError(f"{domain!r} is not a mail domain a Message-ID can use")
    left = key.strip()
    if not _DOT_ATOM.fullmatch(left) or len(left) > 100:
        left = "k" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return f"<{left}@{domain}>"


def reply_subject(subject: str, ticket: int | None, *, reply: bool = True) -> str:
    """ "Re: " once (whatever reply prefixes the subject piled up) and our ticket tag once."""
    subject = " ".join(one_line(subject, "subject").split())
    if reply:
        subject = "Re: " + _REPLY_PREFIX.sub("", subject)
    if ticket is not None:
        subject = tag_subject(subject, ticket)
    return subject.strip()


def _thread_ids(ids: tuple[str, ...]) -> list[str]:
    """Ids usable in In-Reply-To/References, nearest first; our synthetic ids mean nothing
    to anyone else and malformed ones are dropped."""
    found: list[str] = []
    for raw in ids:
        value = raw.strip().strip("<>").strip()
        if (
            value
            and "@" in value
            and not value.startswith("sha256:")
            and value.isascii()
            and value.isprintable()
            and not any(ch in value for ch in " <>\t")
            and value not in found
        ):
            found.append(value)
    return found


def _sender(from_address: str, name: str) -> str:
    address = one_line(from_address, "sender address").strip()
    name = " ".join(one_line(name, "agent's name").split())
    if _NO_REPLY.match(address.partition("@")[0]):
        raise PermanentError(
            f"{address} is a no-reply address; answers must come from an address "
            "customers can write back to"
        )
    if not name or _NO_REPLY.match(name.replace(" ", "")):
        raise PermanentError(
            "the answer has no agent's name to sign with; set the agent's real name first"
        )
    return _mailbox(name, address, "sender address")


def _recipient(outbound: Outbound) -> str:
    if outbound.to.kind is not IdentityKind.EMAIL:
        raise PermanentError(f"cannot send an email to a {outbound.to.kind.value} contact")
    address = one_line(outbound.to.value, "recipient address").strip()
    display = " ".join(one_line(outbound.to.display, "recipient's name").split())
    if display.lower() == address.lower() or "@" in display:
        display = ""
    return _mailbox(display, address, "email address")


def _cte(text: str) -> str | None:
    """A transfer encoding that keeps the body 7-bit clean (no 8BITMIME needed)."""
    if text.isascii():
        return None  # the email package picks 7bit or quoted-printable for long lines
    high = sum(1 for ch in text if not ch.isascii())
    return "base64" if high * 3 > len(text) else "quoted-printable"


def build_reply(
    outbound: Outbound, *, from_address: str, from_name: str, domain: str = ""
) -> EmailMessage:
    """The email for one outbound answer. Raises PermanentError with a sentence when a header
    value would carry a line break, the agent has no name, or an address is invalid.

    ``outbound.in_reply_to`` is nearest first (the message answered first), as
    NewMessage.replies_to; References gets them oldest first, bounded."""
    sender = _sender(from_address, outbound.from_name.strip() or from_name)
    recipient = _recipient(outbound)
    domain = domain.strip() or from_address.strip().rpartition("@")[2]
    ids = _thread_ids(outbound.in_reply_to)

    msg = EmailMessage(policy=POLICY)
    msg["Message-ID"] = message_id_for(outbound.key, domain)
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = _unstructured(
        reply_subject(outbound.subject, outbound.ticket, reply=bool(ids))
    )
    if ids:
        msg["In-Reply-To"] = f"<{ids[0]}>"
        chain = list(reversed(ids))
        if len(chain) > MAX_REFERENCES:
            chain = chain[:1] + chain[-(MAX_REFERENCES - 1) :]
        msg["References"] = " ".join(f"<{i}>" for i in chain)
    if outbound.automatic:  # RFC 3834: written by the desk, so no responder answers it
        generated = outbound.automatic == "bulk"
        msg["Auto-Submitted"] = "auto-generated" if generated else "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg[OWN_MARKER_HEADER] = outbound.automatic if outbound.automatic.isalnum() else "desk"
    msg.set_content(outbound.text, cte=_cte(outbound.text))
    if outbound.html:
        msg.add_alternative(outbound.html, subtype="html", cte=_cte(outbound.html))
    for attachment in outbound.attachments:
        name = one_line(attachment.name, "attachment name").strip() or "attachment"
        maintype, _, subtype = attachment.mime.strip().lower().partition("/")
        if (
            maintype in ("multipart", "message")  # these cannot travel base64-encoded
            or not re.fullmatch(r"[a-z0-9.+-]+", maintype)
            or not re.fullmatch(r"[a-z0-9.+-]+", subtype)
        ):
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(attachment.content, maintype=maintype, subtype=subtype, filename=name)
    return msg
