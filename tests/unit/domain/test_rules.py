"""Rule evaluation: ordering, stop, every condition and action kind, round-robin, bad rules."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from omniinbox.domain.entities import Priority, Status
from omniinbox.domain.rules import (
    Action,
    ActionKind,
    Condition,
    Field,
    Op,
    RoundRobinState,
    Rule,
    RuleContext,
    RuleError,
    Trigger,
    compile_pattern,
    condition_holds,
    evaluate,
    matches,
    rule_problems,
    validate_rule,
)

NEW = Trigger.NEW_CONVERSATION

CTX = RuleContext(
    trigger=NEW,
    ticket=1042,
    channel="email",
    account_id=3,
    sender="dana@mail.kz",
    sender_name="Дана Серикова",
    subject="Заказ №55 не пришёл",
    text="Здравствуйте! Оплатила заказ неделю назад, где посылка? Хочу возврат денег.",
    language="ru",
    customer_tags=frozenset({"vip", "almaty"}),
    in_business_hours=False,
    priority=Priority.NORMAL,
)


def holds(field: Field, op: Op, value: object, ctx: RuleContext = CTX) -> bool:
    return condition_holds(Condition(field, op, value), ctx)  # type: ignore[arg-type]


def rule(
    name: str, *actions: Action, order: int = 0, when: tuple[Condition, ...] = (), **kw: object
) -> Rule:
    return Rule(name, kw.pop("trigger", NEW), when, actions, order=order, **kw)  # type: ignore[arg-type]


# --- conditions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "op", "value", "expected"),
    [
        (Field.CHANNEL, Op.IS, "email", True),
        (Field.CHANNEL, Op.IS, ("telegram", "x"), False),
        (Field.CHANNEL, Op.IS_NOT, "telegram", True),
        (Field.ACCOUNT, Op.IS, 3, True),
        (Field.ACCOUNT, Op.IS, "3", True),
        (Field.ACCOUNT, Op.IS_NOT, ("3", "4"), False),
        (Field.SENDER, Op.CONTAINS, "@MAIL.KZ", True),
        (Field.SENDER, Op.CONTAINS, "серикова", True),  # the display name counts too
        (Field.SENDER, Op.IS, "dana@mail.kz", True),
        (Field.SENDER, Op.NOT_CONTAINS, "kaspi.kz", True),
        (Field.SENDER, Op.MATCHES, r"@(mail|inbox)\.kz$", True),
        (Field.SUBJECT, Op.CONTAINS, "не пришел", True),  # ё and е are the same letter here
        (Field.SUBJECT, Op.CONTAINS, ("возврат", "посылк"), False),
        (Field.TEXT, Op.CONTAINS, ("возврат", "refund"), True),
        (Field.TEXT, Op.HAS_WORD, "возврат", True),
        (Field.TEXT, Op.HAS_WORD, "возвр", False),  # a whole word only
        (Field.TEXT, Op.HAS_WORD, "возврат денег", True),
        (Field.TEXT, Op.NOT_CONTAINS, "спасибо", True),
        (Field.TEXT, Op.MATCHES, r"заказ\s+\w+\s+назад", True),
        (Field.TEXT, Op.MATCHES, r"заказ\s+№?\d+", False),
        (Field.TEXT, Op.MATCHES, r"ОПЛАТИЛ[АИ]?", True),
        (Field.SUBJECT_OR_TEXT, Op.MATCHES, r"№\s?\d+", True),
        (Field.SUBJECT_OR_TEXT, Op.HAS_WORD, "посылка", True),
        (Field.LANGUAGE, Op.IS, ("ru", "uk"), True),
        (Field.LANGUAGE, Op.IS_NOT, "ru", False),
        (Field.CUSTOMER_TAG, Op.IS, "VIP", True),
        (Field.CUSTOMER_TAG, Op.IS_NOT, ("blocked", "spam"), True),
        (Field.BUSINESS_HOURS, Op.IS, False, True),
        (Field.BUSINESS_HOURS, Op.IS, "yes", False),
        (Field.PRIORITY, Op.IS, "normal", True),
        (Field.PRIORITY, Op.AT_LEAST, "high", False),
        (Field.PRIORITY, Op.AT_MOST, "normal", True),
        (Field.STATUS, Op.IS, "open", True),
        (Field.STATUS, Op.IS_NOT, ("resolved", "closed"), True),
        (Field.IDLE_MINUTES, Op.AT_LEAST, 0, True),
        (Field.IDLE_MINUTES, Op.AT_MOST, "-1", False),
    ],
)
def test_every_condition_kind(field: Field, op: Op, value: object, expected: bool) -> None:
    assert holds(field, op, value) is expected


def test_conditions_in_georgian_and_kazakh_ignore_case() -> None:
    ctx = replace(CTX, text="ამანათი არ მოსულა", subject="ТАПСЫРЫС ҚАЙДА?")
    assert holds(Field.TEXT, Op.HAS_WORD, "ამანათი", ctx)
    assert holds(Field.SUBJECT, Op.CONTAINS, "тапсырыс қайда", ctx)


def test_all_or_any_conditions() -> None:
    both = (Condition(Field.CHANNEL, Op.IS, "email"), Condition(Field.LANGUAGE, Op.IS, "kk"))
    assert evaluate([rule("all", Action(ActionKind.ADD_TAG, "x"), when=both)], CTX).fired == ()
    any_rule = replace(rule("any", Action(ActionKind.ADD_TAG, "x"), when=both), match_any=True)
    assert evaluate([any_rule], CTX).fired == ("any",)


# --- actions -----------------------------------------------------------------------------------


def test_every_plain_action_kind() -> None:
    r = rule(
        "triage",
        Action(ActionKind.SET_CATEGORY, "delivery.late"),
        Action(ActionKind.ADD_TAG, "late"),
        Action(ActionKind.SET_PRIORITY, "high"),
        Action(ActionKind.ASSIGN, agent_id=2),
        Action(ActionKind.AUTO_REPLY, "Delivery delay"),
        Action(ActionKind.SNOOZE, minutes=120),
        Action(ActionKind.RESOLVE),
    )
    out = evaluate([r], CTX)
    assert [a.kind for a in out.actions] == [
        ActionKind.SET_CATEGORY, ActionKind.ADD_TAG, ActionKind.SET_PRIORITY, ActionKind.ASSIGN,
        ActionKind.AUTO_REPLY, ActionKind.SNOOZE, ActionKind.RESOLVE,
    ]  # fmt: skip
    assert all(a.rule == "triage" for a in out.actions)
    assert out.actions[5].minutes == 120
    assert out.context is not None
    ctx = out.context
    assert (ctx.category, ctx.tags, ctx.priority, ctx.owner_id, ctx.status) == (
        "delivery.late", ("late",), Priority.HIGH, 2, Status.RESOLVED
    )  # fmt: skip


def test_escalate_raises_priority_notifies_and_adds_a_collaborator() -> None:
    r = rule("escalate", Action(ActionKind.ESCALATE, "VIP waiting", agent_id=9))
    out = evaluate([r], replace(CTX, owner_id=2))
    assert [(a.kind, a.value, a.agent_id) for a in out.actions] == [
        (ActionKind.SET_PRIORITY, "high", None),
        (ActionKind.NOTIFY, "VIP waiting", 9),
        (ActionKind.ADD_COLLABORATOR, "", 9),
    ]
    assert out.context is not None and out.context.collaborators == (9,)
    # Already urgent, and the agent is the owner: only the notification is left.
    again = evaluate([r], replace(CTX, priority=Priority.URGENT, owner_id=9))
    assert [a.kind for a in again.actions] == [ActionKind.NOTIFY]


def test_actions_that_change_nothing_are_dropped_and_replies_are_not_doubled() -> None:
    rules = [
        rule("a", Action(ActionKind.ADD_TAG, "vip"), Action(ActionKind.AUTO_REPLY, "Ack"), order=1),
        rule("b", Action(ActionKind.ADD_TAG, "vip"), Action(ActionKind.AUTO_REPLY, "Ack"), order=2),
        rule("c", Action(ActionKind.SET_PRIORITY, "normal"), order=3),
    ]
    out = evaluate(rules, CTX)
    assert [(a.kind, a.rule) for a in out.actions] == [
        (ActionKind.ADD_TAG, "a"), (ActionKind.AUTO_REPLY, "a")
    ]  # fmt: skip
    assert out.fired == ("a", "b", "c")


# --- ordering, stop, triggers ------------------------------------------------------------------


def test_rules_run_in_order_and_later_rules_see_earlier_actions() -> None:
    urgent_to_senior = rule(
        "senior", Action(ActionKind.ASSIGN, agent_id=1), order=2,
        when=(Condition(Field.PRIORITY, Op.AT_LEAST, "high"),),
    )  # fmt: skip
    vip_is_high = rule(
        "vip", Action(ActionKind.SET_PRIORITY, "high"), order=1,
        when=(Condition(Field.CUSTOMER_TAG, Op.IS, "vip"),),
    )  # fmt: skip
    out = evaluate([urgent_to_senior, vip_is_high], CTX)
    assert out.fired == ("vip", "senior")
    assert out.context is not None and out.context.owner_id == 1


def test_stop_processing_ends_the_evaluation() -> None:
    rules = [
        rule("spam", Action(ActionKind.RESOLVE), order=1, stop_processing=True,
             when=(Condition(Field.TEXT, Op.CONTAINS, "возврат денег"),)),
        rule("tag", Action(ActionKind.ADD_TAG, "seen"), order=2),
    ]  # fmt: skip
    out = evaluate(rules, CTX)
    assert out.fired == ("spam",)
    assert [a.kind for a in out.actions] == [ActionKind.RESOLVE]
    # A stopping rule that does not match stops nothing.
    out = evaluate(rules, replace(CTX, text="спасибо"))
    assert out.fired == ("tag",)


def test_only_enabled_rules_of_the_trigger_run() -> None:
    rules = [
        rule("off", Action(ActionKind.ADD_TAG, "a"), enabled=False),
        rule("breach", Action(ActionKind.ADD_TAG, "b"), trigger=Trigger.SLA_BREACHED),
        rule("new", Action(ActionKind.ADD_TAG, "c")),
    ]
    assert evaluate(rules, CTX).fired == ("new",)
    assert evaluate(rules, replace(CTX, trigger=Trigger.SLA_BREACHED)).fired == ("breach",)


def test_time_based_rule_resolves_long_pending_conversations() -> None:
    r = rule(
        "auto-close", Action(ActionKind.RESOLVE), trigger=Trigger.TIME_BASED,
        when=(Condition(Field.STATUS, Op.IS, "pending"), Condition(Field.IDLE_MINUTES, Op.AT_LEAST, 4320)),
    )  # fmt: skip
    waiting = replace(CTX, trigger=Trigger.TIME_BASED, status=Status.PENDING)
    assert evaluate([r], replace(waiting, idle_minutes=4000)).actions == ()
    assert evaluate([r], replace(waiting, idle_minutes=5000)).actions[0].kind is ActionKind.RESOLVE


# --- round robin -------------------------------------------------------------------------------

ROUND = rule("round", Action(ActionKind.ROUND_ROBIN, agent_ids=(1, 2, 3)))


def assign_many(
    n: int, ctx: RuleContext = CTX, state: RoundRobinState | None = None
) -> tuple[list[int], RoundRobinState]:
    state = state or RoundRobinState()
    owners = []
    for ticket in range(n):
        out = evaluate([ROUND], replace(ctx, ticket=ticket), state)
        state = out.round_robin
        owners += [a.agent_id for a in out.actions if a.agent_id is not None]
    return owners, state


def test_round_robin_is_fair_and_cycles_in_order() -> None:
    owners, state = assign_many(9)
    assert owners == [1, 2, 3, 1, 2, 3, 1, 2, 3]
    assert Counter(owners) == {1: 3, 2: 3, 3: 3}
    assert state.last_for("round") == 3


def test_round_robin_state_is_passed_in_and_returned_without_mutation() -> None:
    before = RoundRobinState((("round", 1),))
    out = evaluate([ROUND], CTX, before)
    assert out.actions[0].agent_id == 2
    assert before.last_for("round") == 1 and out.round_robin.last_for("round") == 2


def test_round_robin_skips_absent_agents_and_owned_conversations() -> None:
    owners, _ = assign_many(6, replace(CTX, available_agents=frozenset({1, 3})))
    assert owners == [1, 3, 1, 3, 1, 3]
    nobody = evaluate([ROUND], replace(CTX, available_agents=frozenset()))
    assert nobody.actions == () and nobody.round_robin == RoundRobinState()
    owned = evaluate([ROUND], replace(CTX, owner_id=5), RoundRobinState((("round", 1),)))
    assert owned.actions == () and owned.round_robin.last_for("round") == 1


def test_round_robin_by_rule_id_survives_a_rename() -> None:
    r = replace(ROUND, id=17)
    out = evaluate([r], CTX)
    renamed = evaluate([replace(r, name="renamed")], CTX, out.round_robin)
    assert renamed.actions[0].agent_id == 2


# --- bad rules ---------------------------------------------------------------------------------


def test_a_bad_regex_is_a_clear_error() -> None:
    with pytest.raises(
        RuleError,
        match=r"bad regular expression '\(заказ': missing \), unterminated subpattern at position 0",
    ):
        compile_pattern("(заказ")
    bad = rule(
        "broken", Action(ActionKind.ADD_TAG, "x"), when=(Condition(Field.TEXT, Op.MATCHES, "[a-"),)
    )
    with pytest.raises(RuleError, match="rule 'broken': bad regular expression"):
        validate_rule(bad)


def test_a_bad_rule_is_skipped_and_reported_while_the_others_run() -> None:
    bad = rule("broken", Action(ActionKind.ADD_TAG, "x"), order=1,
               when=(Condition(Field.TEXT, Op.MATCHES, "*"),))  # fmt: skip
    good = rule("good", Action(ActionKind.ADD_TAG, "y"), order=2)
    out = evaluate([bad, good], CTX)
    assert out.fired == ("good",)
    assert out.errors[0][0] == "broken" and "nothing to repeat" in out.errors[0][1]


@pytest.mark.parametrize(
    ("r", "problem"),
    [
        (rule("x", when=(Condition(Field.BUSINESS_HOURS, Op.CONTAINS, "yes"),)), "does not apply"),
        (rule("x", when=(Condition(Field.PRIORITY, Op.IS, "critical"),)), "not a valid priority"),
        (rule("x", when=(Condition(Field.STATUS, Op.IS, "gone"),)), "not a valid status"),
        (rule("x", when=(Condition(Field.IDLE_MINUTES, Op.AT_LEAST, "soon"),)), "not a valid"),
        (rule("x", when=(Condition(Field.TEXT, Op.CONTAINS, ""),)), "has no value"),
        (rule("x", when=(Condition(Field.TEXT, Op.MATCHES, "a" * 1001),)), "longer than"),
        (rule("x", Action(ActionKind.SET_PRIORITY, "critical")), "not a priority"),
        (rule("x", Action(ActionKind.ADD_TAG, " ")), "needs a value"),
        (rule("x", Action(ActionKind.AUTO_REPLY)), "needs a value"),
        (rule("x", Action(ActionKind.ASSIGN)), "needs an agent"),
        (rule("x", Action(ActionKind.ROUND_ROBIN)), "at least one agent"),
        (rule("x", Action(ActionKind.SNOOZE, minutes=0)), "positive number of minutes"),
    ],
)
def test_rule_problems_say_what_to_fix(r: Rule, problem: str) -> None:
    assert any(problem in p for p in rule_problems(r))


def test_regex_on_a_huge_text_looks_at_a_bounded_prefix() -> None:
    ctx = replace(CTX, text="а" * 200_000 + "возврат")
    assert not holds(Field.TEXT, Op.MATCHES, "возврат", ctx)
    assert holds(Field.TEXT, Op.CONTAINS, "возврат", ctx)


# --- dry run -----------------------------------------------------------------------------------


def test_dry_run_lists_the_tickets_a_rule_would_have_matched() -> None:
    past = [
        replace(CTX, ticket=1, text="Где мой заказ?"),
        replace(CTX, ticket=2, text="Спасибо, всё пришло", subject="Спасибо"),
        replace(CTX, ticket=3, text="Посылка не пришла", subject="Доставка", channel="telegram"),
    ]
    r = rule("where", Action(ActionKind.ADD_TAG, "where"), enabled=False,
             when=(Condition(Field.SUBJECT_OR_TEXT, Op.MATCHES, r"где|не пришл"),))  # fmt: skip
    assert matches(r, past) == [1, 3]
    with pytest.raises(RuleError):
        matches(replace(r, conditions=(Condition(Field.TEXT, Op.MATCHES, "("),)), past)


def test_rules_built_from_plain_strings_behave_like_enums() -> None:
    stored = {"name": "kk", "trigger": "new_conversation", "order": 1,
              "conditions": [{"field": "language", "op": "is", "value": "kk"}],
              "actions": [{"kind": "add_tag", "value": "kazakh"}]}  # fmt: skip
    r = Rule(
        stored["name"],  # type: ignore[arg-type]
        stored["trigger"],  # type: ignore[arg-type]
        tuple(Condition(**c) for c in stored["conditions"]),  # type: ignore[attr-defined]
        tuple(Action(**a) for a in stored["actions"]),  # type: ignore[attr-defined]
    )
    ctx = RuleContext("new_conversation", 5, language="kk", priority="high", status="open")  # type: ignore[arg-type]
    assert ctx.priority is Priority.HIGH
    out = evaluate([r], ctx)
    assert [(a.kind, a.value) for a in out.actions] == [(ActionKind.ADD_TAG, "kazakh")]
    with pytest.raises(ValueError):
        Condition("colour", "is", "red")  # type: ignore[arg-type]
