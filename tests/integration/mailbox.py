"""A test user's mailbox on Dovecot, and what tests do to it "from another mail client":
APPEND, flags, EXPUNGE, a new UIDVALIDITY, a kicked session."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from imapclient import IMAPClient

if TYPE_CHECKING:
    from tests.integration.dovecot import Dovecot


@dataclass
class MailUser:
    """A mailbox on a Dovecot instance, with the helpers tests use to change it remotely."""

    server: Dovecot
    address: str
    password: str

    @contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A plain loopback connection as this user (the test's "other mail client")."""
        client = IMAPClient(self.server.host, self.server.imap_port, ssl=False, timeout=10)
        try:
            client.plain_login(self.address, self.password)
            yield client
        finally:
            try:
                client.logout()
            except Exception:
                client.shutdown()

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str] = (),
        when: datetime | None = None,
    ) -> int:
        """APPEND a message; returns its UID."""
        with self.client() as c:
            response = c.append(folder, raw, flags=tuple(flags), msg_time=when)
        # "[APPENDUID <uidvalidity> <uid>] Append completed."
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("APPENDUID", 1)[1].split()[1].rstrip("]"))

    def append_many(self, raws: Iterable[bytes], folder: str = "INBOX") -> None:
        with self.client() as c:
            for raw in raws:
                c.append(folder, raw)

    def add_flags(self, uids: Iterable[int], flags: Iterable[str], folder: str = "INBOX") -> None:
        with self.client() as c:
            c.select_folder(folder)
            c.add_flags(list(uids), list(flags), silent=True)

    def remove_flags(
        self, uids: Iterable[int], flags: Iterable[str], folder: str = "INBOX"
    ) -> None:
        with self.client() as c:
            c.select_folder(folder)
            c.remove_flags(list(uids), list(flags), silent=True)

    def flags(self, uid: int, folder: str = "INBOX") -> set[str]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            got = c.get_flags([uid]).get(uid, ())
        return {f.decode() if isinstance(f, bytes) else str(f) for f in got}

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def expunge(self, uids: Iterable[int], folder: str = "INBOX") -> None:
        with self.client() as c:
            c.select_folder(folder)
            c.delete_messages(list(uids), silent=True)
            c.uid_expunge(list(uids))

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as c:
            return int(c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Give the folder a new UIDVALIDITY, keeping its messages (as after a server
        migration or an index rebuild). Returns the new value."""
        new = self.uidvalidity(folder) + 1000
        self.server.run_doveadm(
            "mailbox", "update", "-u", self.address, "--uid-validity", str(new), folder
        )
        return new

    def recreate_folder(self, folder: str) -> None:
        """Delete and recreate a folder with the same messages: new UIDVALIDITY, new UIDs."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            fetched = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
            c.unselect_folder()
            c.delete_folder(folder)
            c.create_folder(folder)
            for uid in sorted(fetched):
                flags = [f for f in fetched[uid][b"FLAGS"] if f != b"\\Recent"]
                c.append(folder, fetched[uid][b"BODY[]"], flags=flags)

    def kick(self) -> None:
        """Disconnect every IMAP session of this user (as an admin or a crash would)."""
        self.server.run_doveadm("kick", self.address)
