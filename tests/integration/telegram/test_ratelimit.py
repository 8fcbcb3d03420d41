"""Sending limits, measured on a fake clock: ~1 message a second per chat, 20 a minute per
group, 30 a second overall, and Telegram's retry_after honoured."""

from __future__ import annotations

import pytest
from omniinbox_connectors.telegram.ratelimit import RateLimiter

from omniinbox.connector import Outbound, TransientError
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import FakeClock, StampedLimiter


def out(chat_id: int, text: str = "hi") -> Outbound:
    return Outbound(key=text, to=Identity.of(IdentityKind.TELEGRAM, str(chat_id)), text=text)


def test_two_messages_to_one_chat_are_a_second_apart(
    emulator: TelegramEmulator, connect: Connect, limiter: StampedLimiter
) -> None:
    alice, bob = emulator.user("alice_t", "Alice"), emulator.user("bob_t", "Bob")
    connector = connect()
    connector.send(out(alice["id"], "one"))
    connector.send(out(bob["id"], "to bob"))
    connector.send(out(alice["id"], "two"))

    (a1, t1), (b, tb), (a2, t2) = limiter.stamps
    assert (a1, b, a2) == (alice["id"], bob["id"], alice["id"])
    assert t2 - t1 >= 1.0  # the same chat waits its second
    assert tb - t1 < 0.1  # another chat does not wait for it
    assert emulator.sent_texts() == ["one", "to bob", "two"]


def test_a_group_gets_at_most_20_a_minute(
    emulator: TelegramEmulator, connect: Connect, limiter: StampedLimiter
) -> None:
    group = emulator.group("Shop community")
    connector = connect()
    member = Identity.of(IdentityKind.TELEGRAM, "5000000001")
    for n in range(3):
        thread = f"group:{group['id']}:{member.value}"
        connector.send(Outbound(key=str(n), to=member, text=f"#{n}", thread_key=thread))
    assert {s.chat_id for s in emulator.sent} == {group["id"]}
    times = [t for _, t in limiter.stamps]
    assert times[1] - times[0] >= 3.0 and times[2] - times[1] >= 3.0


def test_thirty_a_second_overall() -> None:
    clock = FakeClock()
    limiter = StampedLimiter(clock)
    for chat in range(1, 32):
        limiter.acquire(chat)
    times = [t for _, t in limiter.stamps]
    assert times[30] - times[0] == pytest.approx(1.0)
    # no one-second window holds more than 30 sends
    assert all(times[i + 30] - times[i] >= 1.0 - 1e-9 for i in range(len(times) - 30))


def test_retry_after_holds_the_chat_and_a_long_hold_goes_back_to_the_engine() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep, max_sleep=10)
    limiter.hold(42, 4)
    limiter.acquire(42)
    assert clock.sleeps == [4]
    limiter.hold(42, 35)
    with pytest.raises(TransientError, match="Telegram's sending limits") as later:
        limiter.acquire(42)
    assert later.value.retry_after == pytest.approx(35)
    assert clock.sleeps == [4]  # it did not block the worker for half a minute
    limiter.acquire(43)  # other chats go on, spaced only by the overall limit
    assert clock.sleeps[1] < 0.1
    limiter.hold(None, 2)  # a hold on everything
    limiter.acquire(44)
    assert clock.sleeps[2] == pytest.approx(2)
