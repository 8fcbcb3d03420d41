"""Rules in the store: JSON round trip, order, names, and the dry run over past conversations."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.rules import (
    Action,
    ActionKind,
    Condition,
    Field,
    Op,
    RoundRobinState,
    Rule,
    Trigger,
)
from omniinbox.store import Store, StoreError
from omniinbox.store.desk_rules import rule_from_json, rule_to_json
from tests.unit.store.helpers import msg

EVERYTHING = Rule(
    name="Everything",
    trigger=Trigger.NEW_MESSAGE,
    conditions=(
        Condition(Field.SUBJECT_OR_TEXT, Op.CONTAINS, ("refund", "возврат")),
        Condition(Field.BUSINESS_HOURS, Op.IS, False),
        Condition(Field.IDLE_MINUTES, Op.AT_LEAST, 30),
        Condition(Field.PRIORITY, Op.AT_MOST, "high"),
    ),
    actions=(
        Action(ActionKind.SET_CATEGORY, "refund.request"),
        Action(ActionKind.ROUND_ROBIN, agent_ids=(1, 2)),
        Action(ActionKind.ESCALATE, "look at this", agent_id=2),
        Action(ActionKind.SNOOZE, minutes=30),
        Action(ActionKind.RESOLVE),
    ),
    match_any=True,
    stop_processing=True,
    enabled=False,
    order=5,
)


def test_a_rule_survives_json_and_the_store(store: Store) -> None:
    assert rule_from_json(json.loads(json.dumps(rule_to_json(EVERYTHING)))) == EVERYTHING
    store.add_agent("Dana")
    store.add_agent("Timur")
    saved = store.save_rule(EVERYTHING)
    assert saved == replace(EVERYTHING, id=saved.id)
    assert store.rules() == [saved]


def test_rules_keep_their_order_and_unique_names(store: Store) -> None:
    first = store.save_rule(Rule("First", Trigger.NEW_CONVERSATION))
    second = store.save_rule(Rule("Second", Trigger.NEW_CONVERSATION))
    assert [r.order for r in (first, second)] == [10, 20]
    store.reorder_rules([second.id, first.id])  # type: ignore[list-item]
    assert [r.name for r in store.rules()] == ["Second", "First"]
    with pytest.raises(StoreError, match="exists already"):
        store.save_rule(Rule("First", Trigger.NEW_MESSAGE))
    assert store.remove_rule("First").name == "First"
    assert [r.name for r in store.rules()] == ["Second"]
    with pytest.raises(StoreError, match="no rule 'First'"):
        store.rule("First")


def test_rule_files_may_name_agents_and_say_what_is_wrong(store: Store) -> None:
    names = {"Dana": 7, "Timur": 8}

    def agent(name: str) -> int:
        if name not in names:
            raise StoreError(f"no agent named {name!r}")
        return names[name]

    rule = rule_from_json(
        {
            "name": "Pool",
            "trigger": "new_conversation",
            "actions": [
                {"kind": "round_robin", "agents": ["Dana", "Timur"]},
                {"kind": "assign", "agent": "Timur"},
            ],
        },
        agent,
    )
    assert rule.actions[0].agent_ids == (7, 8) and rule.actions[1].agent_id == 8
    for data, message in [
        ({"trigger": "new_message"}, "a rule needs a name"),
        ({"name": "A", "trigger": "sometimes"}, "'sometimes' is not a trigger"),
        (
            {
                "name": "A",
                "trigger": "new_message",
                "conditions": [{"field": "mood", "op": "is", "value": "x"}],
            },
            "not a condition field",
        ),
        (
            {
                "name": "A",
                "trigger": "new_message",
                "conditions": [{"field": "text", "op": "matches", "value": "("}],
            },
            "bad regular expression",
        ),
        (
            {"name": "A", "trigger": "new_message", "actions": [{"kind": "assign"}]},
            "assign needs an agent",
        ),
        (
            {
                "name": "A",
                "trigger": "new_message",
                "actions": [{"kind": "assign", "agent": "Zed"}],
            },
            "no agent named 'Zed'",
        ),
        (
            {"name": "A", "trigger": "new_message", "actions": [{"kind": "dance"}]},
            "not a rule action",
        ),
    ]:
        with pytest.raises(StoreError, match=message):
            rule_from_json(data, agent)  # type: ignore[arg-type]


def test_round_robin_state_is_kept(store: Store) -> None:
    assert store.round_robin_state() == RoundRobinState()
    state = RoundRobinState().with_last("3", 8)
    store.save_round_robin(state)
    assert store.round_robin_state() == state


def test_a_dry_run_lists_the_past_conversations_a_rule_would_match(store: Store) -> None:
    account = store.add_account("Mail", "imap", {}, "email")
    store.ingest(
        account.id,
        [
            msg("a", "Хочу оформить возврат", sender="a@example.com", subject="Заказ"),
            msg("b", "Where is my parcel?", sender="b@example.com", subject="Parcel"),
            msg("c", "I want a refund", sender="c@example.com", subject="Refund", minutes=5),
        ],
        None,
    )
    rule = Rule(
        "Refunds",
        Trigger.NEW_CONVERSATION,
        (Condition(Field.SUBJECT_OR_TEXT, Op.CONTAINS, ("refund", "возврат")),),
        (Action(ActionKind.ADD_TAG, "refund"),),
    )
    now = datetime(2026, 11, 2, 12, tzinfo=UTC)
    assert store.dry_run_rule(rule, BusinessCalendar.office("UTC"), now) == [1003, 1001]
    evening = replace(rule, conditions=(Condition(Field.BUSINESS_HOURS, Op.IS, "no"),))
    assert store.dry_run_rule(evening, BusinessCalendar.office("UTC"), now) == []
    with pytest.raises(StoreError, match="needs a value"):
        store.dry_run_rule(
            replace(rule, actions=(Action(ActionKind.ADD_TAG),)),
            BusinessCalendar.office("UTC"),
            now,
        )
