"""Files synced without their content (Telegram files, big email attachments): what is still
to fetch, and filling the content in once a connector downloaded it.

An attachment row holds ``remote_ref`` (how its connector names it) and ``sha256`` (NULL until
the content is in the content-addressed blob store). A download that failed for good (the file
is too big for the channel, the message is gone) is remembered in ``fetch_error``, so it is
shown to the agent and not tried again by the background prefetch; a transient failure
(offline) is not remembered: the file is simply still to fetch.
"""

from __future__ import annotations

from dataclasses import dataclass

from omniinbox.store.core import ChangeSet, StoreBase, StoreError


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """One attachment as the downloader sees it."""

    id: int
    message_id: int
    conversation_id: int
    account_id: int | None
    name: str
    mime: str
    size: int
    sha256: str | None
    remote_ref: str
    fetch_error: str = ""

    @property
    def present(self) -> bool:
        return self.sha256 is not None


_SELECT = (
    "SELECT a.id, a.message_id, m.conversation_id, m.account_id, a.name, a.mime, a.size, "
    "a.sha256, a.remote_ref, a.fetch_error FROM attachments a "
    "JOIN messages m ON m.id = a.message_id "
)


def _ref(row) -> AttachmentRef:  # type: ignore[no-untyped-def]
    return AttachmentRef(
        int(row[0]),
        int(row[1]),
        int(row[2]),
        row[3],
        str(row[4]),
        str(row[5]),
        int(row[6] or 0),
        row[7],
        str(row[8] or ""),
        str(row[9] or ""),
    )


class AttachmentsMixin(StoreBase):
    def attachment_ref(self, attachment_id: int) -> AttachmentRef:
        row = self.db.execute(_SELECT + "WHERE a.id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise StoreError(f"no attachment with id {attachment_id}; it may have been deleted")
        return _ref(row)

    def pending_attachments(
        self, account_id: int, max_size: int | None = None, limit: int = 50
    ) -> list[AttachmentRef]:
        """Files of this account still to fetch (newest messages first), skipping those that
        failed for good and, with ``max_size``, those bigger than that."""
        sql = (
            _SELECT + "WHERE m.account_id = ? AND a.sha256 IS NULL AND a.remote_ref != '' "
            "AND a.fetch_error = '' "
        )
        params: list[object] = [account_id]
        if max_size is not None:
            sql += "AND a.size <= ? "
            params.append(max_size)
        sql += "ORDER BY m.sent_at DESC, a.id LIMIT ?"
        params.append(limit)
        return [_ref(r) for r in self.db.execute(sql, params)]

    def fill_attachment(self, attachment_id: int, content: bytes) -> ChangeSet:
        """Put a downloaded file's bytes in the blob store and mark the attachment present.
        Filling one already present changes nothing (the first download wins)."""
        ref = self.attachment_ref(attachment_id)
        if ref.present:
            return ChangeSet()
        digest = self.blobs.put(content)  # written and renamed before the row points at it
        with self.tx():
            self.db.execute(
                "UPDATE attachments SET sha256 = ?, size = ?, fetch_error = '' "
                "WHERE id = ? AND sha256 IS NULL",
                (digest, len(content), attachment_id),
            )
        return ChangeSet({ref.conversation_id}, {ref.message_id})

    def set_fetch_error(self, attachment_id: int, error: str) -> ChangeSet:
        """Remember why this file cannot be downloaded ("" forgets it, to try again)."""
        ref = self.attachment_ref(attachment_id)
        with self.tx():
            self.db.execute(
                "UPDATE attachments SET fetch_error = ? WHERE id = ?", (error, attachment_id)
            )
        return ChangeSet({ref.conversation_id}, {ref.message_id})
