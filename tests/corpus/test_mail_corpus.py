"""parse_message over real mail written by other projects (../shared/corpus, read in place):
it never raises, always gives a message id and some text or a note, and gets the known hard
cases right (koi8-r Ukrainian, TNEF, bounces, legacy Cyrillic charsets)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from omniinbox_connectors.imap.mime import ParsedMail, parse_message, to_new_message

from tests.corpus.conftest import CORPUS

pytestmark = pytest.mark.corpus

MIMEKIT = CORPUS / "jstedfast+MimeKit" / "UnitTests" / "TestData"
CPYTHON = CORPUS / "cpython" / "Lib" / "test" / "test_email" / "data"
MIKEL = CORPUS / "mikel+mail" / "spec" / "fixtures" / "emails"
UCHARDET = CORPUS / "GerHobbelt+uchardet" / "test"


def _mail_files() -> list[Path]:
    files = sorted(CPYTHON.glob("msg_*.txt"))
    files += sorted(MIKEL.rglob("*.eml"))
    files += sorted(p for p in (MIMEKIT / "messages").iterdir() if p.is_file())
    files += sorted((MIMEKIT / "partial").glob("*.eml"))
    files += sorted((MIMEKIT / "tnef").glob("*.eml"))
    return files


def split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox: each starts at a "From " line at the top or after an empty line."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    starts = [m.start() for m in re.finditer(rb"(?:\A|(?<=\n\n)|(?<=\r\n\r\n))From ", data)]
    messages = []
    for begin, end in zip(starts, [*starts[1:], len(data)], strict=True):
        chunk = data[begin:end]
        messages.append(chunk.split(b"\n", 1)[1] if b"\n" in chunk else b"")
    return messages


def _mbox_messages() -> list[tuple[str, bytes]]:
    found = []
    for path in sorted((MIMEKIT / "mbox").glob("*.mbox.txt")):
        for i, raw in enumerate(split_mbox(path.read_bytes()), 1):
            found.append((f"{path.name}#{i}", raw))
    return found


FILES = _mail_files()
MBOX = _mbox_messages()


def rel(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def check(p: ParsedMail) -> None:
    assert p.message_id
    assert p.text.strip() or p.notes
    for s in (p.subject, p.text, p.html, p.from_.name, *p.notes, *(a.name for a in p.attachments)):
        s.encode("utf-8")  # nothing the store could not keep
    for att in p.attachments:
        assert att.name and "/" not in att.name and "\\" not in att.name
        assert not att.name.startswith(".")
        assert len(att.name) <= 200
        assert att.size == len(att.content)


def test_the_corpus_is_there() -> None:
    assert len(FILES) >= 150
    assert len(MBOX) >= 8


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_every_mail_parses(path: Path) -> None:
    raw = path.read_bytes()
    p = parse_message(raw)
    check(p)
    msg = to_new_message(p, raw, own_addresses={"support@shop.kz"}, folder_role="inbox")
    assert msg.remote_id == p.message_id


@pytest.mark.parametrize(("name", "raw"), MBOX, ids=[n for n, _ in MBOX])
def test_every_mbox_message_parses(name: str, raw: bytes) -> None:
    check(parse_message(raw))


def test_mbox_messages_keep_their_subjects() -> None:
    subjects = [parse_message(raw).subject for name, raw in MBOX if "issue1189" in name]
    assert subjects[:2] == ["Message 1", "Message 2"]


def test_koi8_r_ukrainian_reads_as_ukrainian() -> None:
    p = parse_message((MIMEKIT / "tnef" / "ukr.eml").read_bytes())
    assert p.text.startswith("шостий")
    assert p.notes == (
        "winmail.dat is a Microsoft Outlook (TNEF) container; it is kept as one attachment "
        "and the files inside it are not extracted",
    )


@pytest.mark.parametrize("name", ["ukr.eml", "rich-text.eml"])
def test_tnef_gives_a_winmail_dat(name: str) -> None:
    p = parse_message((MIMEKIT / "tnef" / name).read_bytes())
    tnef = [a for a in p.attachments if a.name == "winmail.dat"]
    assert len(tnef) == 1
    assert tnef[0].mime == "application/ms-tnef"
    assert tnef[0].content.startswith(b"\x78\x9f\x3e\x22")  # the TNEF signature


BOUNCES = [
    MIMEKIT / "messages" / "bounce.txt",
    MIMEKIT / "messages" / "delivery-status.txt",
    MIMEKIT / "messages" / "delivery-status2.txt",
    *sorted((MIKEL / "multipart_report_emails").glob("*.eml")),
]


@pytest.mark.parametrize("path", BOUNCES, ids=rel)
def test_bounces_are_flagged_automatic(path: Path) -> None:
    p = parse_message(path.read_bytes())
    assert p.automatic == "bounce"
    assert p.text.strip()  # the agent sees why, even when the report has no words


def test_human_mail_is_not_automatic() -> None:
    for path in (MIKEL / "plain_emails" / "basic_email.eml", MIMEKIT / "tnef" / "ukr.eml"):
        assert parse_message(path.read_bytes()).automatic == ""


LEGACY = {
    "windows-1251": "cp1251",
    "koi8-r": "koi8_r",
    "iso-8859-5": "iso8859_5",
    "ibm866": "cp866",
    "mac-cyrillic": "mac_cyrillic",
}
TEXTS = [p for p in sorted(UCHARDET.glob("*/*.txt")) if p.stem in LEGACY]


def wrap(body: bytes, charset: str) -> bytes:
    ctype = b"text/plain" + (b"; charset=" + charset.encode() if charset else b"")
    return (
        b"From: a@b.kz\r\nSubject: t\r\nMessage-Id: <t@b.kz>\r\nMIME-Version: 1.0\r\n"
        b"Date: Mon, 13 Nov 2017 08:01:13 +0000\r\n"
        b"Content-Type: " + ctype + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
    )


@pytest.mark.parametrize("path", TEXTS, ids=rel)
@pytest.mark.parametrize("declared", ["", "x-unknown", "iso-8859-1", "declared"])
def test_legacy_cyrillic_texts_are_detected(path: Path, declared: str) -> None:
    data = path.read_bytes()
    codec = LEGACY[path.stem]
    expected = parse_message(wrap(data, path.stem)).text
    assert expected == data.decode(codec).replace("\r\n", "\n").strip("\n").rstrip()
    charset = path.stem if declared == "declared" else declared
    p = parse_message(wrap(data, charset))
    assert p.text == expected
    assert bool(p.notes) == (declared != "declared")


@pytest.mark.parametrize("path", FILES[::7], ids=rel)
def test_mutated_corpus_mail_never_breaks_parsing(path: Path) -> None:
    rng = random.Random(path.name)
    raw = path.read_bytes()
    tokens = [b"\r\n", b"--", b"=?", b"?=", b"\x00", b"\xff", b";", b'"', b"boundary=", b"<>"]
    for _ in range(15):
        data = bytearray(raw)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(data) + 1)
            how = rng.choice(["insert", "delete", "flip", "truncate"])
            if how == "insert":
                data[at:at] = rng.choice(tokens)
            elif how == "delete":
                del data[at : at + rng.randint(1, 60)]
            elif how == "flip" and at < len(data):
                data[at] = rng.randrange(256)
            else:
                del data[at:]
        check(parse_message(bytes(data)))
