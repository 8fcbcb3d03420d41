"""Carrying outbox rows to a channel: one item at a time, classified failures, never twice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from omniinbox.connector import (
    AuthError,
    Capability,
    Connector,
    OpKind,
    Outbound,
    PermanentError,
    StateOp,
    TransientError,
    Uncertain,
)
from omniinbox.domain import Identity, IdentityKind
from omniinbox.store import ChangeSet, OutboxItem, Store
from omniinbox.sync.backoff import Backoff

log = logging.getLogger(__name__)
T = TypeVar("T")
Call = Callable[[Callable[[Store], T]], T]

MAX_ATTEMPTS = 10  # transient failures before an item is shown as failed


def outbound_for(store: Store, item: OutboxItem) -> Outbound:
    ctx = store.reply_context(item)
    kind = (
        IdentityKind(ctx.to_kind)
        if ctx.to_kind in IdentityKind._value2member_map_
        else IdentityKind.OTHER
    )
    return Outbound(
        key=item.key,
        to=Identity(kind, ctx.to_value, ctx.to_display),
        text=store.message_text(item.message_id or 0),
        subject=ctx.subject,
        from_name=ctx.from_name,
        thread_key=ctx.thread_key,
        in_reply_to=ctx.in_reply_to,
        ticket=ctx.ticket,
        automatic=str(item.payload.get("automatic") or ""),
        choices=tuple(str(c) for c in item.payload.get("choices") or ()),
    )


def drain_outbox(
    connector: Connector,
    account_id: int,
    call: Call,  # type: ignore[type-arg]
    backoff: Backoff,
    on_change: Callable[[ChangeSet], None],
) -> int:
    """Deliver what is due for this account. Returns how many items went through.

    AuthError propagates (the account stops); every other failure is recorded on its item.
    """
    done = 0
    tried: set[int] = set()  # one try per item per round; retries wait for their time
    while True:
        items = [i for i in call(lambda s: s.due_outbox(account_id)) if i.id not in tried]
        if not items:
            return done
        for item in items:
            tried.add(item.id)
            if _deliver(connector, item, call, backoff, on_change):
                done += 1


def _deliver(
    connector: Connector,
    item: OutboxItem,
    call: Call,  # type: ignore[type-arg]
    backoff: Backoff,
    on_change: Callable[[ChangeSet], None],
) -> bool:
    touched = ChangeSet(
        {item.conversation_id} if item.conversation_id else set(),
        {item.message_id} if item.message_id else set(),
    )
    try:
        if item.op == "send":
            outbound = call(lambda s: outbound_for(s, item))
            call(lambda s: s.mark_sending(item))
            receipt = connector.send(outbound)
            on_change(call(lambda s: s.mark_sent(item, receipt.remote_id)))
        else:
            op = StateOp(
                OpKind(item.op), item.payload.get("remote_id", ""), item.payload.get("value", "")
            )
            connector.apply(op)
            call(lambda s: s.mark_sent(item))
        return True
    except AuthError as exc:
        _record(call, item, "retry", str(exc), backoff.delay(item.attempts + 1))
        on_change(touched)
        raise
    except TransientError as exc:
        if item.attempts + 1 >= MAX_ATTEMPTS:
            _record(call, item, "failed", f"gave up after {MAX_ATTEMPTS} tries: {exc}")
        else:
            delay = (
                exc.retry_after if exc.retry_after is not None else backoff.delay(item.attempts + 1)
            )
            _record(call, item, "retry", str(exc), delay)
    except PermanentError as exc:
        _record(call, item, "failed", str(exc))
    except Uncertain as exc:
        _record(call, item, "uncertain", str(exc))
    except Exception as exc:
        log.exception("outbox item %s failed unexpectedly", item.id)
        if item.op == "send" and Capability.IDEMPOTENT_SEND not in connector.capabilities:
            # We cannot tell whether it went out: the agent decides, we never send twice.
            _record(call, item, "uncertain", f"unexpected error while sending: {exc}")
        else:
            _record(call, item, "retry", str(exc), backoff.delay(item.attempts + 1))
    on_change(touched)
    return False


def _record(call: Call, item: OutboxItem, outcome: str, error: str, delay: float = 0.0) -> None:  # type: ignore[type-arg]
    if outcome == "retry":
        call(lambda s: s.mark_retry(item, error, delay))
    elif outcome == "failed":
        call(lambda s: s.mark_failed(item, error))
    else:
        call(lambda s: s.mark_uncertain(item, error))
