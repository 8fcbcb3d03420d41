"""Small builders for store tests: events as a connector would produce them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from omniinbox.domain import Direction, Identity, IdentityKind, IncomingAttachment, NewMessage

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def msg(
    remote_id: str,
    text: str = "hello",
    *,
    sender: str = "customer@example.com",
    name: str = "A Customer",
    minutes: int = 0,
    subject: str = "",
    thread: str = "",
    replies_to: tuple[str, ...] = (),
    direction: Direction = Direction.IN,
    recipient: str | None = None,
    attachments: tuple[IncomingAttachment, ...] = (),
    kind: IdentityKind = IdentityKind.EMAIL,
) -> NewMessage:
    return NewMessage(
        remote_id=remote_id,
        sender=Identity.of(kind, sender),
        sender_name=name,
        sent_at=T0 + timedelta(minutes=minutes),
        text=text,
        subject=subject,
        thread_key=thread,
        replies_to=replies_to,
        direction=direction,
        recipient=Identity.of(kind, recipient) if recipient else None,
        attachments=attachments,
    )
