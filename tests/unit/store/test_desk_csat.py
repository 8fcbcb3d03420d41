"""Reading survey answers, and KPI facts read from the store."""

from __future__ import annotations

from datetime import timedelta

import pytest

from omniinbox.domain import Direction, IdentityKind, Status
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.kpi import compute_kpis
from omniinbox.domain.sla import SlaPolicy
from omniinbox.store import Store
from omniinbox.store.desk_csat import parse_csat
from tests.unit.store.helpers import T0, msg


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("5", 5),
        ("4!", 4),
        ("  3 ", 3),
        ("5, thanks!", 5),
        ("1 - awful", 1),
        ("5/5", 5),
        ("4 / 5", 4),
        ("4 of 5", 4),
        ("4 out of 5", 4),
        ("4 из 5", 4),
        ("3 з 5", 3),
        ("5️⃣", 5),
        ("★★★★☆", 4),
        ("⭐⭐⭐", 3),
        ("⭐️⭐️⭐️⭐️⭐️", 5),
        ("5 stars", 5),
        ("5 звёзд", 5),
        ("five", 5),
        ("Five stars!", 5),
        ("пять", 5),
        ("четыре", 4),
        ("п'ять", 5),
        ("бес", 5),
        ("төрт", 4),
        ("besh", 5),
        ("toʻrt", 4),
        ("ხუთი", 5),
        ("5\n\nOn Mon, Support wrote:\n> How did we do?", 5),
        ("3 items are missing", None),
        ("4/10", None),
        ("10/10", None),
        ("4.5", None),
        ("0", None),
        ("6", None),
        ("order 5", None),
        ("It was fine", None),
        ("", None),
        ("> 5\nno, it is still broken", None),
        ("one more thing", None),
    ],
)
def test_a_survey_answer_is_read_as_a_score(text: str, score: int | None) -> None:
    assert parse_csat(text) == score


def test_kpi_facts_count_people_not_machines(store: Store) -> None:
    account = store.add_account("Mail", "imap", {}, "email")
    agent = store.add_agent("Dana").id
    store.ingest(
        account.id,
        [
            msg("a1", "Where is my order?", sender="a@example.com", subject="Order"),
            msg("b1", "Delivery failed", sender="mailer-daemon@example.com", minutes=1),
            msg("c1", "Hi", sender="c@example.com", subject="Hi", minutes=2),
        ],
        None,
    )
    ids = {r.subject: r.id for r in store.conversations()}
    store.db.execute("UPDATE messages SET automatic = 'bounce' WHERE remote_id = 'b1'")
    order = ids["Order"]
    store.desk_message(
        order, "Thank you, ticket #1001", automatic="ack", at=T0 + timedelta(minutes=1)
    )
    store.desk_message(order, "It is on its way", agent_id=agent, at=T0 + timedelta(minutes=30))
    store.desk_status([order], Status.RESOLVED, "Dana", at=T0 + timedelta(minutes=40))
    store.desk_message(order, "Rate us 1-5", automatic="csat", at=T0 + timedelta(minutes=41))
    store.ingest(
        account.id, [msg("a2", "5", sender="a@example.com", minutes=50, replies_to=("a1",))], None
    )
    store.set_csat(order, 5)
    cal = BusinessCalendar.office("UTC")
    now = T0 + timedelta(hours=5)
    facts = {
        f.ticket: f for f in store.kpi_facts(T0, T0 + timedelta(days=1), cal, SlaPolicy(), now)
    }
    assert sorted(facts) == [1001, 1003]  # the bounce is not a contact
    a = facts[1001]
    assert a.first_response_at == T0 + timedelta(minutes=30)  # the ack is no answer
    assert a.outbound_at == (T0 + timedelta(minutes=30),)
    assert a.inbound_at == (T0, T0 + timedelta(minutes=50))
    assert (a.resolved_at, a.reopened, a.csat, a.csat_sent, a.sla_met) == (
        T0 + timedelta(minutes=40),
        0,
        5,
        True,
        True,
    )
    assert store.conversation(order).status is Status.RESOLVED  # the "5" did not reopen it
    c = facts[1003]
    assert (c.first_response_at, c.sla_met, c.csat_sent) == (None, False, False)  # 5 h later
    report = compute_kpis(facts.values(), cal, T0, T0 + timedelta(days=1), as_of=now)
    assert (report.volume, report.resolved, report.unanswered) == (2, 1, 1)
    assert report.first_response.median == 30 and report.sla_compliance == 0.5
    assert (report.csat_average, report.csat_response_rate) == (5, 1.0)


def test_an_answer_to_an_old_survey_is_no_score_once_an_agent_wrote_again(store: Store) -> None:
    account = store.add_account("Mail", "imap", {}, "email")
    store.ingest(account.id, [msg("a1", "Hello", subject="Hello")], None)
    (row,) = store.conversations()
    store.desk_status([row.id], Status.RESOLVED, at=T0 + timedelta(minutes=5))
    store.desk_message(row.id, "Rate us", automatic="csat", at=T0 + timedelta(minutes=6))
    assert store.csat_pending(row.id)
    assert store.csat_awaited(row.id, T0 + timedelta(minutes=7))
    assert not store.csat_awaited(row.id, T0 + timedelta(minutes=5))  # before the survey
    store.desk_message(row.id, "One more thing from us", at=T0 + timedelta(minutes=8))
    assert not store.csat_awaited(row.id, T0 + timedelta(minutes=9))
    assert store.messages(row.id)[-1].direction is Direction.OUT


def test_a_chat_that_was_closed_continues_in_a_linked_conversation(store: Store) -> None:
    account = store.add_account("Bot", "telegram", {}, "telegram")
    chat = {"thread": "chat-77", "sender": "77", "kind": IdentityKind.TELEGRAM}
    store.ingest(account.id, [msg("t1", "Hi", **chat)], None)  # type: ignore[arg-type]
    (first,) = store.conversations()
    store.desk_status([first.id], Status.CLOSED, at=T0 + timedelta(minutes=5))
    store.ingest(account.id, [msg("t2", "Hi again", minutes=60, **chat)], None)  # type: ignore[arg-type]
    store.ingest(account.id, [msg("t3", "Still me", minutes=61, **chat)], None)  # type: ignore[arg-type]
    second = store.conversations()[0]
    assert second.id != first.id and second.message_count == 2
    assert (
        store.scalar("SELECT linked_to FROM conversations WHERE id = ?", (second.id,)) == first.id
    )
    assert store.conversation(first.id).status is Status.CLOSED
