"""The connector contract, run the same way against every connector that has a harness.

Built-in connectors must have one (see test_every_builtin_connector_has_a_harness); a
third-party connector can import this module's tests with its own harness.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from omniinbox.connector import (
    Batch,
    Capability,
    ConfigSchema,
    Connector,
    Outbound,
    Receipt,
    discover,
)
from omniinbox.domain import ContactInfo, MessageChanged, NewMessage, Reset
from tests.connector_kit.harness import HARNESSES, Harness

MAX_PULLS = 50


@pytest.fixture(params=sorted(HARNESSES))
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    h = HARNESSES[request.param](tmp_path)
    yield h
    h.close()


def pull_all(connector: Connector, cursor: str = "") -> tuple[list[object], str]:
    events: list[object] = []
    for _ in range(MAX_PULLS):
        batch = connector.pull(cursor)
        assert isinstance(batch, Batch) and isinstance(batch.cursor, str)
        events.extend(batch.events)
        cursor = batch.cursor
        if not batch.more:
            return events, cursor
    raise AssertionError(f"still 'more' after {MAX_PULLS} pulls")


def new_messages(events: list[object]) -> list[NewMessage]:
    return [e for e in events if isinstance(e, NewMessage)]


def test_the_connector_declares_itself(harness: Harness) -> None:
    cls = type(harness.connector())
    assert cls.kind == harness.kind and re.fullmatch(r"[a-z][a-z0-9-]*", cls.kind)
    assert cls.display_name
    assert isinstance(cls.schema, ConfigSchema)
    assert all(isinstance(c, Capability) for c in cls.capabilities)
    keys = [f.key for f in cls.schema]
    assert len(keys) == len(set(keys))


def test_it_is_found_through_its_entry_point(harness: Harness) -> None:
    info = discover().connectors[harness.kind]
    assert info.available and info.cls is type(harness.connector())


def test_check_accepts_the_harness_credentials(harness: Harness) -> None:
    harness.connector().check()


def test_events_are_well_formed(harness: Harness) -> None:
    harness.deliver("Где мой заказ? ჩემი შეკვეთა", "alice")
    events, _ = pull_all(harness.connector())
    assert all(isinstance(e, NewMessage | MessageChanged | ContactInfo | Reset) for e in events)
    (msg,) = new_messages(events)
    assert "Где мой заказ?" in msg.text and "ჩემი შეკვეთა" in msg.text
    assert msg.sender == harness.customer("alice")
    assert msg.sent_at.tzinfo is not None
    assert msg.remote_id


def test_the_cursor_resumes_after_what_was_pulled(harness: Harness) -> None:
    connector = harness.connector()
    harness.deliver("first", "alice")
    first, cursor = pull_all(connector)
    assert len(new_messages(first)) == 1
    again, cursor = pull_all(connector, cursor)
    assert new_messages(again) == []
    harness.deliver("second", "bob")
    later, _ = pull_all(connector, cursor)
    assert [m.text.strip() for m in new_messages(later)] == ["second"]


def test_re_pulling_from_an_old_cursor_gives_the_same_ids(harness: Harness) -> None:
    for n in range(3):
        harness.deliver(f"message {n}", f"c{n}")
    first, _ = pull_all(harness.connector())
    second, _ = pull_all(harness.connector())
    ids = [m.remote_id for m in new_messages(first)]
    assert len(ids) == len(set(ids)) == 3
    assert ids == [m.remote_id for m in new_messages(second)]


def test_send_delivers_and_returns_a_receipt(harness: Harness) -> None:
    connector = harness.connector()
    if Capability.SEND not in connector.capabilities:
        pytest.fail("every connector in the kit is expected to send")  # no silent skips
    receipt = connector.send(
        Outbound(key="k-1", to=harness.customer("alice"), text="Hello from the shop")
    )
    assert isinstance(receipt, Receipt) and receipt.remote_id
    assert [t.strip() for t in harness.delivered()] == ["Hello from the shop"]


def test_an_idempotent_send_delivers_once(harness: Harness) -> None:
    connector = harness.connector()
    out = Outbound(key="same-key", to=harness.customer("alice"), text="Only once")
    first = connector.send(out)
    if Capability.IDEMPOTENT_SEND in connector.capabilities:
        assert connector.send(out).remote_id == first.remote_id
        assert len(harness.delivered()) == 1
    else:
        assert len(harness.delivered()) == 1  # the engine never retries these by itself


def test_repr_never_shows_secrets(harness: Harness) -> None:
    connector = harness.connector()
    text = repr(connector)
    for key in type(connector).schema.secret_keys:
        value = connector.secrets.get(key)
        assert not value or value not in text


def test_every_builtin_connector_has_a_harness() -> None:
    builtin = {
        kind
        for kind, info in discover().connectors.items()
        if info.origin.startswith("omniinbox_connectors")
    }
    assert builtin <= set(HARNESSES), f"no contract harness for {sorted(builtin - set(HARNESSES))}"
