"""Importing real mail written by other projects (../shared/corpus, read in place): MimeKit's
mbox files split where MimeKit's own tests say (an unquoted "From Russia with love" in a body
stays in the body), and every corpus message imports from a Maildir, again adding nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from omniinbox.store import Store
from omniinbox.sync.importing import MailImport, choose_account
from tests.corpus.conftest import CORPUS
from tests.corpus.test_mail_corpus import FILES

pytestmark = pytest.mark.corpus

MBOX = CORPUS / "jstedfast+MimeKit" / "UnitTests" / "TestData" / "mbox"


@pytest.mark.parametrize(
    ("name", "count"), [("simple.mbox.txt", 3), ("unmunged.mbox.txt", 2), ("issue1189.mbox.txt", 4)]
)
def test_mimekit_mbox_files_split_right(store: Store, name: str, count: int) -> None:
    account = choose_account(store, None)
    summary = MailImport("mbox", MBOX / name, account).run(lambda fn: fn(store))
    assert (summary.added, summary.failed) == (count, 0)
    if name == "unmunged.mbox.txt":
        texts = [r[0] for r in store.db.execute("SELECT text FROM messages ORDER BY id")]
        assert all("From Russia with love" in t for t in texts)
    again = MailImport("mbox", MBOX / name, account).run(lambda fn: fn(store), restart=True)
    assert (again.added, again.skipped) == (0, count)


def test_every_corpus_message_imports_from_a_maildir(store: Store, tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, path in enumerate(FILES):
        (maildir / "cur" / f"{1700000000 + i}.M{i}.corpus:2,S").write_bytes(path.read_bytes())
    account = choose_account(store, None)
    summary = MailImport("maildir", maildir, account).run(lambda fn: fn(store))
    assert summary.failed == 0 and summary.record.done == len(FILES)
    stored = int(store.scalar("SELECT count(*) FROM messages"))
    assert stored == summary.added and summary.added + summary.skipped == len(FILES)
    again = MailImport("maildir", maildir, account).run(lambda fn: fn(store), restart=True)
    assert again.added == 0 and int(store.scalar("SELECT count(*) FROM messages")) == stored
