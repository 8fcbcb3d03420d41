"""Rules: when (a trigger) + conditions -> actions, evaluated purely over a snapshot.

Rules run in ``order`` (then name). Conditions are all required, or any one with ``match_any``;
a rule without conditions always matches. Actions apply to the snapshot as they are planned, so a
later rule sees what an earlier one did (a priority set by rule 1 is seen by rule 2). A matching
rule with ``stop_processing`` ends the evaluation. An invalid rule (e.g. a bad regular
expression) is skipped and reported, never stopping the others.

Conditions and the snapshot they test live in `rule_conditions` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from omniinbox.domain.entities import Priority, Status
from omniinbox.domain.rule_conditions import (
    ALLOWED_OPS,
    PRIORITY_ORDER,
    Condition,
    Field,
    Op,
    RuleContext,
    RuleError,
    Trigger,
    compile_pattern,
    condition_holds,
    condition_problems,
    rank,
)

__all__ = [
    "ALLOWED_OPS",
    "Action",
    "ActionKind",
    "Condition",
    "Evaluation",
    "Field",
    "Op",
    "RoundRobinState",
    "Rule",
    "RuleContext",
    "RuleError",
    "Trigger",
    "compile_pattern",
    "condition_holds",
    "evaluate",
    "matches",
    "rule_matches",
    "rule_problems",
    "validate_rule",
]


class ActionKind(StrEnum):
    SET_CATEGORY = "set_category"  # value: category key
    ADD_TAG = "add_tag"  # value: tag
    SET_PRIORITY = "set_priority"  # value: priority
    ASSIGN = "assign"  # agent_id
    ROUND_ROBIN = "round_robin"  # agent_ids; only assigns conversations nobody owns
    AUTO_REPLY = "auto_reply"  # value: template name
    ESCALATE = "escalate"  # agent_id: notified and added; value: the note sent
    SNOOZE = "snooze"  # minutes
    RESOLVE = "resolve"
    ADD_COLLABORATOR = "add_collaborator"  # planned by escalate
    NOTIFY = "notify"  # planned by escalate; agent_id None: the owner


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    value: str = ""
    agent_id: int | None = None
    agent_ids: tuple[int, ...] = ()
    minutes: int = 0
    rule: str = ""  # set on planned actions: the rule that produced it

    def __post_init__(self) -> None:  # accept plain strings, e.g. from JSON
        object.__setattr__(self, "kind", ActionKind(self.kind))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    trigger: Trigger
    conditions: tuple[Condition, ...] = ()
    actions: tuple[Action, ...] = ()
    match_any: bool = False
    stop_processing: bool = False
    enabled: bool = True
    order: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "trigger", Trigger(self.trigger))


@dataclass(frozen=True, slots=True)
class RoundRobinState:
    """The last agent each round-robin rule assigned, keyed by rule id (or name)."""

    last: tuple[tuple[str, int], ...] = ()

    def last_for(self, key: str) -> int | None:
        return dict(self.last).get(key)

    def with_last(self, key: str, agent_id: int) -> RoundRobinState:
        return RoundRobinState(tuple(sorted({**dict(self.last), key: agent_id}.items())))


@dataclass(frozen=True, slots=True)
class Evaluation:
    actions: tuple[Action, ...]
    round_robin: RoundRobinState
    fired: tuple[str, ...] = ()  # names of the rules that matched, in order
    errors: tuple[tuple[str, str], ...] = ()  # (rule name, problem) of rules skipped
    context: RuleContext | None = None  # the snapshot with every action applied


def rule_problems(rule: Rule) -> list[str]:
    """Everything that keeps ``rule`` from running; empty when it is fine."""
    problems = [p for c in rule.conditions for p in condition_problems(c)]
    for action in rule.actions:
        kind = action.kind
        if kind in (ActionKind.SET_CATEGORY, ActionKind.ADD_TAG, ActionKind.AUTO_REPLY):
            if not action.value.strip():
                problems.append(f"{kind} needs a value")
        elif kind is ActionKind.SET_PRIORITY and action.value not in PRIORITY_ORDER:
            problems.append(f"{action.value!r} is not a priority")
        elif kind is ActionKind.ASSIGN and action.agent_id is None:
            problems.append("assign needs an agent")
        elif kind is ActionKind.ROUND_ROBIN and not action.agent_ids:
            problems.append("round-robin needs at least one agent")
        elif kind is ActionKind.SNOOZE and action.minutes <= 0:
            problems.append("snooze needs a positive number of minutes")
    return problems


def validate_rule(rule: Rule) -> None:
    """Raise `RuleError` listing the problems of ``rule`` (call before saving it)."""
    problems = rule_problems(rule)
    if problems:
        raise RuleError(f"rule {rule.name!r}: " + "; ".join(problems))


def rule_matches(rule: Rule, ctx: RuleContext) -> bool:
    """Whether the conditions of ``rule`` hold for ``ctx`` (trigger and enabled not checked)."""
    if not rule.conditions:
        return True
    test = any if rule.match_any else all
    return test(condition_holds(c, ctx) for c in rule.conditions)


def matches(rule: Rule, contexts: Iterable[RuleContext]) -> list[int]:
    """Dry run: the tickets of ``contexts`` (e.g. past conversations) the rule would match."""
    validate_rule(rule)
    return [ctx.ticket for ctx in contexts if rule_matches(rule, ctx)]


def _rule_key(rule: Rule) -> str:
    return str(rule.id) if rule.id is not None else rule.name


def _round_robin(action: Action, key: str, ctx: RuleContext, state: RoundRobinState) -> int | None:
    pool = list(dict.fromkeys(action.agent_ids))
    last = state.last_for(key)
    start = pool.index(last) + 1 if last in pool else 0
    for agent in pool[start:] + pool[:start]:
        if ctx.available_agents is None or agent in ctx.available_agents:
            return agent
    return None


def _plan(
    action: Action, rule: Rule, ctx: RuleContext, state: RoundRobinState
) -> tuple[list[Action], RuleContext, RoundRobinState]:
    """The concrete actions one rule action becomes, and the context and state after them."""
    kind, name = action.kind, rule.name
    if kind is ActionKind.ROUND_ROBIN:
        agent = _round_robin(action, _rule_key(rule), ctx, state)
        if ctx.owner_id is not None or agent is None:
            return [], ctx, state
        state = state.with_last(_rule_key(rule), agent)
        action = Action(ActionKind.ASSIGN, agent_id=agent)
        kind = ActionKind.ASSIGN
    if kind is ActionKind.ESCALATE:
        planned: list[Action] = []
        level = rank(ctx.priority)
        if level < len(PRIORITY_ORDER) - 1:
            higher = PRIORITY_ORDER[level + 1]
            planned.append(Action(ActionKind.SET_PRIORITY, value=higher, rule=name))
            ctx = replace(ctx, priority=higher)
        planned.append(Action(ActionKind.NOTIFY, action.value, action.agent_id, rule=name))
        agent = action.agent_id
        if agent is not None and agent != ctx.owner_id and agent not in ctx.collaborators:
            planned.append(Action(ActionKind.ADD_COLLABORATOR, agent_id=agent, rule=name))
            ctx = replace(ctx, collaborators=(*ctx.collaborators, agent))
        return planned, ctx, state
    changed = {
        ActionKind.SET_CATEGORY: lambda: replace(ctx, category=action.value),
        ActionKind.ADD_TAG: lambda: replace(
            ctx, tags=tuple(dict.fromkeys((*ctx.tags, action.value)))
        ),
        ActionKind.SET_PRIORITY: lambda: replace(ctx, priority=Priority(action.value)),
        ActionKind.ASSIGN: lambda: replace(ctx, owner_id=action.agent_id),
        ActionKind.SNOOZE: lambda: replace(ctx, status=Status.SNOOZED),
        ActionKind.RESOLVE: lambda: replace(ctx, status=Status.RESOLVED),
    }.get(kind, lambda: ctx)()
    if changed == ctx and kind is not ActionKind.AUTO_REPLY:
        return [], ctx, state  # changes nothing: not worth an audit line
    return [replace(action, rule=name)], changed, state


def evaluate(
    rules: Iterable[Rule], ctx: RuleContext, round_robin: RoundRobinState | None = None
) -> Evaluation:
    """The actions the enabled rules for ``ctx.trigger`` plan, in order, and the new round-robin
    state to store. Pure: nothing is applied here; the engine carries the actions out."""
    state = round_robin or RoundRobinState()
    chosen = sorted(
        (r for r in rules if r.enabled and r.trigger == ctx.trigger),
        key=lambda r: (r.order, r.name),
    )
    actions: list[Action] = []
    fired: list[str] = []
    errors: list[tuple[str, str]] = []
    replies: set[str] = set()
    for rule in chosen:
        problems = rule_problems(rule)
        if problems:
            errors.append((rule.name, "; ".join(problems)))
            continue
        if not rule_matches(rule, ctx):
            continue
        fired.append(rule.name)
        for action in rule.actions:
            planned, ctx, state = _plan(action, rule, ctx, state)
            for step in planned:
                if step.kind is ActionKind.AUTO_REPLY:
                    if step.value in replies:
                        continue  # one reply per template, however many rules ask
                    replies.add(step.value)
                actions.append(step)
        if rule.stop_processing:
            break
    return Evaluation(tuple(actions), state, tuple(fired), tuple(errors), ctx)
