"""Direct messages through the v2 dm_events endpoints: in, out, our own found on X, the
cursor without since_id, pagination, and DMs X does not permit."""

from __future__ import annotations

import pytest
from omniinbox_connectors.x.connector import PullLimits

from omniinbox.connector import Outbound, PermanentError
from omniinbox.domain import Direction, Identity, IdentityKind
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import Desk, connector_for, new_messages, pull_all


def test_a_dm_comes_in_and_the_answer_goes_to_its_conversation(
    desk: Desk, x_api: XApiEmulator
) -> None:
    event = x_api.dm("aigerim_kz", "Сәлеметсіз бе! Тапсырысым қайда?")
    thread = f"x-dm:{x_api.one_to_one(x_api.user_id('aigerim_kz'), x_api.shop_id)}"

    desk.pull_all()

    conversation = desk.conversation_by_thread(thread)
    (incoming,) = desk.messages(conversation)
    assert incoming.remote_id == f"dm:{event}" and incoming.direction is Direction.IN
    assert incoming.text == "Сәлеметсіз бе! Тапсырысым қайда?"

    desk.reply(conversation, "Сәлеметсіз бе! Тапсырысыңыз жолда.")
    assert desk.drain() == 1
    (posted,) = x_api.posted
    assert posted.kind == "dm" and posted.conversation == thread.removeprefix("x-dm:")
    assert x_api.calls("POST")[-1].path == f"/2/dm_conversations/{posted.conversation}/messages"

    # Our own message comes back in dm_events: it is the one already stored, not a new one.
    desk.pull_all()
    messages = desk.messages(conversation)
    assert [(m.direction, m.remote_id) for m in messages] == [
        (Direction.IN, f"dm:{event}"),
        (Direction.OUT, f"dm:{posted.id}"),
    ]


def test_dm_events_are_requested_with_the_documented_fields(x_api: XApiEmulator) -> None:
    x_api.dm("nino_ge", "გამარჯობა")
    batches, _ = pull_all(connector_for(x_api))

    (message,) = new_messages(batches)
    assert message.sender == Identity.of(IdentityKind.X, x_api.user_id("nino_ge"), "@nino_ge")
    assert message.sender_name == "Nino Ge"
    call = x_api.calls("GET", "/2/dm_events")[0]
    assert call.query["dm_event.fields"].split(",") == [
        "created_at",
        "dm_conversation_id",
        "sender_id",
        "text",
        "attachments",
    ]
    assert call.query["expansions"] == "sender_id"
    assert call.query["event_types"] == "MessageCreate"
    assert call.headers["authorization"] == f"Bearer {x_api.token}"


def test_a_dm_the_shop_wrote_on_x_itself_is_outbound_to_the_customer(
    desk: Desk, x_api: XApiEmulator
) -> None:
    event = x_api.shop_dm("carol", "Hello Carol, your refund is done.")

    desk.pull_all()

    ((conversation, thread),) = desk.conversations()
    (message,) = desk.messages(conversation)
    assert message.direction is Direction.OUT and message.remote_id == f"dm:{event}"
    row = desk.store.conversation(conversation)
    assert ("x", x_api.user_id("carol"), "") in desk.store.contact_identities(row.contact_id or 0)
    assert thread == f"x-dm:{x_api.one_to_one(x_api.user_id('carol'), x_api.shop_id)}"


def test_a_dm_to_a_customer_without_a_thread_goes_to_the_participant(
    x_api: XApiEmulator,
) -> None:
    customer = x_api.add_user("dana")
    connector = connector_for(x_api)

    receipt = connector.send(
        Outbound(key="k", to=Identity.of(IdentityKind.X, customer, "@dana"), text="Hi Dana")
    )

    (posted,) = x_api.posted
    assert receipt.remote_id == f"dm:{posted.id}" and posted.text == "Hi Dana"
    assert x_api.calls("POST")[-1].path == f"/2/dm_conversations/with/{customer}/messages"


def test_the_dm_cursor_stops_at_what_it_already_has(desk: Desk, x_api: XApiEmulator) -> None:
    first = [x_api.dm(f"c{n}", f"hello {n}") for n in range(7)]
    desk.connector.limits = PullLimits(pages=1, page_size=3)

    batches = desk.pull_all()

    assert [b.more for b in batches] == [True, True, False]
    assert desk.remote_ids() == sorted(f"dm:{e}" for e in first)
    assert desk.cursor() == {"dm_since": first[-1]}
    calls_before = len(x_api.calls("GET", "/2/dm_events"))

    newer = [x_api.dm("c9", "one more"), x_api.dm("c10", "and another")]
    later = desk.pull_all()

    assert [m.remote_id for m in new_messages(later)] == [f"dm:{e}" for e in newer]
    # One page reached an event already taken in: no walk through the old pages again.
    assert len(x_api.calls("GET", "/2/dm_events")) == calls_before + 1


def test_a_customer_who_does_not_accept_dms_is_a_permanent_failure(
    x_api: XApiEmulator,
) -> None:
    x_api.refuse_dms("eve")
    connector = connector_for(x_api)
    eve = Identity.of(IdentityKind.X, x_api.user_id("eve"), "@eve")

    with pytest.raises(PermanentError) as failure:
        connector.send(Outbound(key="k", to=eve, text="Hello"))

    assert "You cannot send messages to this user." in str(failure.value)
    assert x_api.posted == []


def test_without_the_dm_permission_mentions_still_come_in_and_the_agent_is_told(
    desk: Desk, x_api: XApiEmulator
) -> None:
    desk.connector.secrets.set(
        "oauth2_access_token",
        x_api.issue_token(x_api.shop_id, frozenset({"tweet.read", "tweet.write", "users.read"})),
    )
    desk.connector.close()
    mention = x_api.mention("aigerim_kz", "hello?")

    first = desk.pull()
    assert first.more and desk.remote_ids() == [f"tweet:{mention}"]
    with pytest.raises(PermanentError) as failure:
        desk.pull()
    assert "Direct Message permission" in str(failure.value)
    assert "Read direct messages" in str(failure.value)
    with pytest.raises(PermanentError, match="Direct Message permission"):
        desk.connector.check()

    switched_off = connector_for(x_api, desk.connector.secrets, direct_messages="no")
    switched_off.check()
    assert switched_off.pull(desk.store.cursor(desk.id)).more is False


def test_dm_text_over_ten_thousand_characters_is_refused(x_api: XApiEmulator) -> None:
    connector = connector_for(x_api)
    customer = Identity.of(IdentityKind.X, x_api.add_user("dana"), "@dana")

    with pytest.raises(PermanentError, match="10000"):
        connector.send(Outbound(key="k", to=customer, text="я" * 10_001))

    with pytest.raises(PermanentError, match="not an X account"):
        connector.send(
            Outbound(key="k", to=Identity.of(IdentityKind.EMAIL, "dana@example.kz"), text="hi")
        )
    assert x_api.posted == []
