"""What the X integration tests share: a secrets handle, connectors on the emulator, and a
desk (an account in the real store) that pulls, ingests and sends the way the engine does."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from omniinbox_connectors.x import XConnector
from omniinbox_connectors.x.connector import PullLimits

from omniinbox.connector import Batch
from omniinbox.domain import Message, NewMessage
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.drain import drain_outbox
from tests.emulators.x_api import XApiEmulator

CLIENT_ID = "omniinbox-desktop-test"
FAST = (2.0, 2.0)  # connect and read timeouts for tests

OPENED: list[XConnector] = []


def close_opened() -> None:
    while OPENED:
        OPENED.pop().close()


@dataclass
class Secrets:
    values: dict[str, str] = field(default_factory=dict)
    writes: list[str] = field(default_factory=list)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.writes.append(key)
        self.values[key] = value


def oauth2_secrets(x_api: XApiEmulator, *, token: str | None = None) -> Secrets:
    return Secrets(
        {
            "oauth2_client_id": CLIENT_ID,
            "oauth2_access_token": x_api.token if token is None else token,
            "oauth2_refresh_token": x_api.issue_refresh_token(x_api.shop_id, CLIENT_ID),
        }
    )


def connector_for(
    x_api: XApiEmulator,
    secrets: Secrets | None = None,
    *,
    pages: int = 5,
    page_size: int = 100,
    timeout: tuple[float, float] = FAST,
    **config: str,
) -> XConnector:
    settings = {"account": "@shop_kz", "api_base": x_api.base_url, **config}
    connector = XConnector(settings, secrets or oauth2_secrets(x_api))
    connector.limits = PullLimits(pages=pages, page_size=page_size)
    connector.timeout = timeout
    OPENED.append(connector)
    return connector


def pull_all(connector: XConnector, cursor: str = "", limit: int = 50) -> tuple[list[Batch], str]:
    batches = []
    for _ in range(limit):
        batch = connector.pull(cursor)
        batches.append(batch)
        cursor = batch.cursor
        if not batch.more:
            return batches, cursor
    raise AssertionError(f"still 'more' after {limit} pulls")


def new_messages(batches: list[Batch]) -> list[NewMessage]:
    return [e for b in batches for e in b.events if isinstance(e, NewMessage)]


class Desk:
    """One X account in the store; ``sync()`` is one engine round: pull until caught up
    (each batch and its cursor in one transaction), then drain the outbox."""

    def __init__(self, x_api: XApiEmulator, store: Store, **options: Any) -> None:
        self.x_api = x_api
        self.store = store
        self.connector = connector_for(x_api, **options)
        self.account = store.add_account(
            "Shop on X", "x", {"account": "@shop_kz", "api_base": x_api.base_url}, channel="x"
        )

    @property
    def id(self) -> int:
        return self.account.id

    def pull(self) -> Batch:
        batch = self.connector.pull(self.store.cursor(self.id))
        self.store.ingest(self.id, batch.events, batch.cursor)
        return batch

    def pull_all(self, limit: int = 50) -> list[Batch]:
        batches = []
        for _ in range(limit):
            batches.append(self.pull())
            if not batches[-1].more:
                return batches
        raise AssertionError(f"still 'more' after {limit} pulls")

    def drain(self) -> int:
        return drain_outbox(
            self.connector, self.id, lambda fn: fn(self.store), Backoff(), lambda _changes: None
        )

    def reply(self, conversation_id: int, text: str) -> int:
        message_id, _ = self.store.queue_reply(conversation_id, text)
        return message_id

    def conversation_by_thread(self, thread_key: str) -> int:
        row = self.store.one(
            "SELECT id FROM conversations WHERE account_id = ? AND thread_key = ?",
            (self.id, thread_key),
        )
        assert row is not None, f"no conversation for {thread_key}"
        return int(row[0])

    def conversations(self) -> list[tuple[int, str]]:
        rows = self.store.all(
            "SELECT id, thread_key FROM conversations WHERE account_id = ? ORDER BY id",
            (self.id,),
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    def messages(self, conversation_id: int) -> list[Message]:
        return self.store.messages(conversation_id)

    def remote_ids(self) -> list[str]:
        rows = self.store.all(
            "SELECT remote_id FROM messages WHERE account_id = ? AND remote_id IS NOT NULL",
            (self.id,),
        )
        return sorted(str(r[0]) for r in rows)

    def cursor(self) -> dict[str, str]:
        text = self.store.cursor(self.id)
        return json.loads(text) if text else {}

    def outbox(self) -> list[tuple[str, str]]:
        return [(i.state, i.last_error) for i in self.store.outbox_items()]
