"""Stored mail to import: an mbox file read as a stream, or a Maildir folder file by file.

No parsing here beyond finding where each message starts and ends: the bytes of each message
go to the email reader unchanged (only mboxrd's ">From " quoting is undone). Positions are
what an import records to resume: the byte offset of the next "From " line of an mbox, the
names of the Maildir files already stored.

An mbox separator is a "From " line that looks like one ("From sender date", "From -",
"From sender") and is followed by a header line; where no empty line comes before it, the
sender must be an address or "-", or the date complete. So the line "From Russia with love"
in a body that nobody quoted stays in the body.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LINE_PIECE = 1 << 20  # a line is read in pieces of at most this many bytes
MAX_MESSAGE = 256 << 20  # a bigger message is reported, not loaded
FINGERPRINT_BYTES = 64 << 10
SENT_NAMES = frozenset(
    {"sent", "sent items", "sent messages", "sent mail", "отправленные", "надіслані", "gesendet"}
)

_FROM_LINE = re.compile(rb"From (\S+)(.*)")
_TIME_OR_YEAR = re.compile(rb"\d{1,2}:\d{2}|\b\d{4}\b")
_HEADER = re.compile(rb"[!-9;-~]+[ \t]*:")
_QUOTED_FROM = re.compile(rb">+From ")
_ASCTIME = re.compile(rb"([A-Z][a-z]{2}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_BOM = b"\xef\xbb\xbf"


class SourceError(Exception):
    """The source cannot be read as mail; the message is a sentence for the user."""


@dataclass(frozen=True, slots=True)
class StoredMail:
    """One message as found in the source. ``problem`` says why it is incomplete or empty."""

    raw: bytes
    key: str  # mbox: the byte offset of its "From " line; Maildir: folder/unique name
    end: int = 0  # mbox: the offset just after it (where the next message starts)
    role: str = ""  # "sent" for a Sent folder or file
    seen: bool = True
    received_at: datetime | None = None
    problem: str = ""


def role_of(name: str, *, file: bool = False) -> str:
    """ "sent" for a Sent folder (Maildir++ ".Sent", ".INBOX.Sent") or file ("Sent.mbox")."""
    if file:
        base = name[: -len(".mbox")] if name.lower().endswith(".mbox") else name
    else:
        base = name.lstrip(".").rpartition(".")[2]
    return "sent" if base.strip().lower() in SENT_NAMES else ""


def _is_blank(line: bytes) -> bool:
    return line in (b"\n", b"\r\n")


def _is_separator(line: bytes, after_blank: bool) -> bool:
    """A From_ line: "From sender [date]". Where no empty line comes before it (some writers
    leave none), only one whose sender is an address or "-", or with a full date."""
    m = _FROM_LINE.fullmatch(line.rstrip(b"\r\n"))
    if m is None:
        return False
    sender, rest = m.group(1), m.group(2).strip()
    if rest and _TIME_OR_YEAR.search(rest) is None:
        return False
    return after_blank or sender == b"-" or b"@" in sender or _ASCTIME.search(rest) is not None


def _from_line_date(line: bytes) -> datetime | None:
    m = _ASCTIME.search(line)
    if m is None or m.group(1).decode() not in _MONTHS:
        return None
    month = _MONTHS.index(m.group(1).decode()) + 1
    try:
        day, hh, mm, ss, year = (int(g) for g in m.groups()[1:])
        return datetime(year, month, day, hh, mm, ss, tzinfo=UTC)
    except ValueError:
        return None


class MboxSource:
    kind = "mbox"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise SourceError(
                f"{self.path} is a folder, not an mbox file (for a Maildir "
                "folder use 'import maildir')"
            )
        try:
            with self.path.open("rb") as f:
                head = f.read(FINGERPRINT_BYTES)
            self.size = self.path.stat().st_size
        except FileNotFoundError:
            raise SourceError(f"there is no file {self.path}") from None
        except OSError as exc:
            raise SourceError(f"{self.path} cannot be read: {exc.strerror or exc}") from None
        self.fingerprint = hashlib.sha256(head).hexdigest()
        start = head.removeprefix(_BOM).lstrip(b"\r\n")
        if start and not start.startswith(b"From "):
            raise SourceError(
                f"{self.path} is not an mbox file: it does not start with a 'From ' line"
            )
        self.role = role_of(self.path.name, file=True)

    def first_offset(self) -> int:
        with self.path.open("rb") as f:
            head = f.read(FINGERPRINT_BYTES)
        return len(head) - len(head.removeprefix(_BOM).lstrip(b"\r\n"))

    def starts_message(self, offset: int) -> bool:
        """Whether a message starts at ``offset`` (checked before resuming there)."""
        if offset == self.size:
            return True
        with self.path.open("rb") as f:
            f.seek(offset)
            return f.read(5) == b"From "

    def messages(self, start: int = 0) -> Iterator[StoredMail]:
        """Every message from ``start`` (an offset where one starts) to the end, streamed."""
        offset = max(start, self.first_offset())
        with self.path.open("rb") as f:
            f.seek(offset)
            first = f.readline(LINE_PIECE)
            if not first:
                return
            yield from self._stream(f, offset, first)

    def _stream(self, f, offset: int, from_line: bytes) -> Iterator[StoredMail]:  # type: ignore[no-untyped-def]
        begin = offset
        offset += len(from_line)
        body: list[bytes] = []
        size = 0
        line_start = from_line.endswith(b"\n")
        prev_blank = False
        last = from_line
        while True:
            piece = f.readline(LINE_PIECE)
            if not piece:
                break
            if line_start and piece.startswith(b"From ") and _is_separator(piece, prev_blank):
                here = f.tell()
                following = f.readline(LINE_PIECE)
                f.seek(here)
                if _HEADER.match(following):
                    yield self._mail(begin, offset, from_line, body, size, "")
                    begin, from_line = offset, piece
                    offset += len(piece)
                    body, size, prev_blank, last = [], 0, False, piece
                    line_start = piece.endswith(b"\n")
                    continue
            offset += len(piece)
            if line_start and piece.startswith(b">") and _QUOTED_FROM.match(piece):
                piece = piece[1:]
            prev_blank = line_start and _is_blank(piece)
            line_start = piece.endswith(b"\n")
            last = piece
            size += len(piece)
            if size <= MAX_MESSAGE:
                body.append(piece)
        problem = (
            ""
            if last.endswith(b"\n")
            else ("the file ends in the middle of a line, so this last message may be cut short")
        )
        yield self._mail(begin, offset, from_line, body, size, problem)

    def _mail(
        self, begin: int, end: int, from_line: bytes, body: list[bytes], size: int, problem: str
    ) -> StoredMail:
        if body and _is_blank(body[-1]):
            body.pop()  # the empty line before the next "From " belongs to the separator
        received = _from_line_date(from_line)
        if size > MAX_MESSAGE:
            problem = (
                f"the message at byte {begin} is {size >> 20} MB, over the "
                f"{MAX_MESSAGE >> 20} MB limit; it was not imported"
            )
            return StoredMail(b"", str(begin), end, self.role, True, received, problem)
        raw = b"".join(body)
        return StoredMail(raw, str(begin), end, self.role, _mbox_seen(raw), received, problem)


_STATUS = re.compile(rb"^(Status|X-Mozilla-Status):[ \t]*(\S*)", re.IGNORECASE | re.MULTILINE)


def _mbox_seen(raw: bytes) -> bool:
    """Read or not, from the Status / X-Mozilla-Status headers; history is read by default."""
    end = raw.find(b"\n\n")
    head = raw[: end if end >= 0 else 8192].replace(b"\r\n", b"\n")
    for name, value in _STATUS.findall(head):
        if name.lower() == b"status":
            return b"R" in value.upper()
        try:
            return bool(int(value, 16) & 0x0001)
        except ValueError:
            continue
    return True


@dataclass(frozen=True, slots=True)
class MaildirFile:
    key: str
    path: Path
    role: str
    seen: bool


class MaildirSource:
    """A Maildir (cur/, new/) and its Maildir++ sub-folders (.Sent, .Archive, ...)."""

    kind = "maildir"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise SourceError(f"there is no folder {self.path}")
        if not self.path.is_dir():
            raise SourceError(
                f"{self.path} is a file, not a Maildir folder (for an mbox file use 'import mbox')"
            )
        self.folders = [
            (name, folder)
            for name, folder in [("", self.path), *self._subfolders()]
            if (folder / "cur").is_dir() or (folder / "new").is_dir()
        ]
        if not self.folders:
            raise SourceError(
                f"{self.path} is not a Maildir folder: it has no cur/ and new/ folders inside"
            )
        self.fingerprint = ""

    def _subfolders(self) -> list[tuple[str, Path]]:
        try:
            entries = sorted(os.scandir(self.path), key=lambda e: e.name)
        except OSError as exc:
            raise SourceError(f"{self.path} cannot be read: {exc.strerror or exc}") from None
        return [(e.name, Path(e.path)) for e in entries if e.name.startswith(".") and e.is_dir()]

    def files(self) -> list[MaildirFile]:
        """Every message file, by folder and name (names start with the delivery time)."""
        found: list[MaildirFile] = []
        for name, folder in self.folders:
            role = role_of(name)
            for sub in ("new", "cur"):
                try:
                    entries = list(os.scandir(folder / sub))
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise SourceError(
                        f"{folder / sub} cannot be read: {exc.strerror or exc}"
                    ) from None
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    unique, info = _split_info(entry.name)
                    seen = sub == "cur" and "S" in info.partition(",")[2]
                    key = f"{name}/{unique}" if name else unique
                    found.append(MaildirFile(key, Path(entry.path), role, seen))
        found.sort(key=lambda m: m.key)
        return found

    def read(self, item: MaildirFile) -> StoredMail:
        try:
            stat = item.path.stat()
            if stat.st_size > MAX_MESSAGE:
                return StoredMail(
                    b"",
                    item.key,
                    0,
                    item.role,
                    item.seen,
                    None,
                    (
                        f"{item.path.name} is {stat.st_size >> 20} MB, over the "
                        f"{MAX_MESSAGE >> 20} MB limit; it was not imported"
                    ),
                )
            raw = item.path.read_bytes()
        except FileNotFoundError:
            return StoredMail(
                b"",
                item.key,
                0,
                item.role,
                item.seen,
                None,
                f"{item.path.name} disappeared while importing (moved by a mail "
                "program?); run the import again to pick it up",
            )
        except OSError as exc:
            return StoredMail(
                b"",
                item.key,
                0,
                item.role,
                item.seen,
                None,
                f"{item.path.name} cannot be read: {exc.strerror or exc}",
            )
        received = datetime.fromtimestamp(stat.st_mtime, UTC)
        return StoredMail(raw, item.key, 0, item.role, item.seen, received)


def _split_info(name: str) -> tuple[str, str]:
    """A Maildir file name's unique part and its info ("2,FRS"): ':' or, on Windows, '!'."""
    for sep in (":", "!", ";"):
        unique, found, info = name.partition(sep)
        if found and info.startswith(("2,", "1,")):
            return unique, info
    return name, ""
