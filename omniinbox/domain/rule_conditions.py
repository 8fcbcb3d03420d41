"""What rule conditions look at and how they are tested.

The snapshot a rule sees (`RuleContext`), the condition vocabulary (field, operator, value) and
the tests. Text matching ignores case and ё/е differences in every script. ``contains`` is a
substring test (so "возврат" finds "возврата"), ``has_word`` a whole-word test, ``matches`` a
regular expression searched case-insensitively. Several values in one condition mean any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from omniinbox.domain.entities import Priority, Status
from omniinbox.domain.templates import fold

MAX_PATTERN = 1000  # characters of a regular expression
MAX_SEARCHED = 100_000  # characters of text a regular expression looks at
PRIORITY_ORDER = (Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT)


class RuleError(ValueError):
    """A rule that cannot run, with a message an agent can act on."""


class Trigger(StrEnum):
    NEW_CONVERSATION = "new_conversation"
    NEW_MESSAGE = "new_message"
    STATUS_CHANGE = "status_change"
    SLA_DUE_SOON = "sla_due_soon"
    SLA_BREACHED = "sla_breached"
    TIME_BASED = "time_based"


class Field(StrEnum):
    CHANNEL = "channel"
    ACCOUNT = "account"
    SENDER = "sender"  # address or handle, and display name
    SUBJECT = "subject"
    TEXT = "text"
    SUBJECT_OR_TEXT = "subject_or_text"
    LANGUAGE = "language"
    CUSTOMER_TAG = "customer_tag"
    BUSINESS_HOURS = "business_hours"
    PRIORITY = "priority"
    STATUS = "status"
    IDLE_MINUTES = "idle_minutes"  # since the last message, for time-based rules


class Op(StrEnum):
    IS = "is"
    IS_NOT = "is_not"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    HAS_WORD = "has_word"
    MATCHES = "matches"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


_TEXT_OPS = frozenset({Op.CONTAINS, Op.NOT_CONTAINS, Op.HAS_WORD, Op.MATCHES})
ALLOWED_OPS: dict[Field, frozenset[Op]] = {
    Field.CHANNEL: frozenset({Op.IS, Op.IS_NOT}),
    Field.ACCOUNT: frozenset({Op.IS, Op.IS_NOT}),
    Field.SENDER: _TEXT_OPS | {Op.IS, Op.IS_NOT},
    Field.SUBJECT: _TEXT_OPS,
    Field.TEXT: _TEXT_OPS,
    Field.SUBJECT_OR_TEXT: _TEXT_OPS,
    Field.LANGUAGE: frozenset({Op.IS, Op.IS_NOT}),
    Field.CUSTOMER_TAG: frozenset({Op.IS, Op.IS_NOT}),  # has any of / has none of
    Field.BUSINESS_HOURS: frozenset({Op.IS}),
    Field.PRIORITY: frozenset({Op.IS, Op.IS_NOT, Op.AT_LEAST, Op.AT_MOST}),
    Field.STATUS: frozenset({Op.IS, Op.IS_NOT}),
    Field.IDLE_MINUTES: frozenset({Op.AT_LEAST, Op.AT_MOST}),
}

Value = str | int | float | bool | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Condition:
    field: Field
    op: Op
    value: Value

    def __post_init__(self) -> None:  # accept plain strings, e.g. from JSON
        object.__setattr__(self, "field", Field(self.field))
        object.__setattr__(self, "op", Op(self.op))


@dataclass(frozen=True, slots=True)
class RuleContext:
    """The facts a rule sees: one conversation and the message (or event) at hand."""

    trigger: Trigger
    ticket: int
    channel: str = ""
    account_id: int | None = None
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    language: str = ""
    customer_tags: frozenset[str] = frozenset()
    in_business_hours: bool = True
    priority: Priority = Priority.NORMAL
    status: Status = Status.OPEN
    category: str = ""
    tags: tuple[str, ...] = ()
    owner_id: int | None = None
    collaborators: tuple[int, ...] = ()
    idle_minutes: float = 0.0
    available_agents: frozenset[int] | None = None  # None: everyone in a pool can take work

    def __post_init__(self) -> None:
        object.__setattr__(self, "trigger", Trigger(self.trigger))
        object.__setattr__(self, "priority", Priority(self.priority))
        object.__setattr__(self, "status", Status(self.status))


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A case-insensitive regular expression, or a `RuleError` saying what is wrong where."""
    if len(pattern) > MAX_PATTERN:
        raise RuleError(f"the regular expression is longer than {MAX_PATTERN} characters")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise RuleError(f"bad regular expression {pattern!r}: {exc.msg}{where}") from None


def _values(value: Value) -> tuple[str, ...]:
    items = value if isinstance(value, tuple) else (value,)
    return tuple(str(v) for v in items if str(v) != "")


def _flag(value: Value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("yes", "true", "1", "on")
    return bool(value)


def rank(priority: str) -> int:
    return PRIORITY_ORDER.index(Priority(priority))


def condition_problems(cond: Condition) -> list[str]:
    if cond.op not in ALLOWED_OPS[cond.field]:
        return [f"'{cond.op}' does not apply to {cond.field}"]
    values = _values(cond.value)
    if cond.field is not Field.BUSINESS_HOURS and not values:
        return [f"the {cond.field} condition has no value"]
    try:
        if cond.op is Op.MATCHES:
            for pattern in values:
                compile_pattern(pattern)
        elif cond.field is Field.PRIORITY:
            for v in values:
                rank(v)
        elif cond.field is Field.STATUS:
            for v in values:
                Status(v)
        elif cond.field is Field.IDLE_MINUTES:
            float(values[0])
    except RuleError as exc:
        return [str(exc)]
    except ValueError:
        return [f"{values!r} is not a valid {cond.field}"]
    return []


def _text_test(op: Op, values: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    if op is Op.MATCHES:
        return any(compile_pattern(p).search(t[:MAX_SEARCHED]) for p in values for t in texts)
    folded = [fold(t) for t in texts]
    if op is Op.HAS_WORD:
        return any(
            re.search(rf"(?<!\w){re.escape(fold(v))}(?!\w)", t) for v in values for t in folded
        )
    found = any(fold(v) in t for v in values for t in folded)
    return found if op is Op.CONTAINS else not found


def condition_holds(cond: Condition, ctx: RuleContext) -> bool:
    values, op, f = _values(cond.value), cond.op, cond.field
    if f is Field.BUSINESS_HOURS:
        return ctx.in_business_hours is _flag(cond.value)
    if f is Field.IDLE_MINUTES:
        limit = float(values[0])
        return ctx.idle_minutes >= limit if op is Op.AT_LEAST else ctx.idle_minutes <= limit
    if f is Field.PRIORITY and op in (Op.AT_LEAST, Op.AT_MOST):
        have, want = rank(ctx.priority), rank(values[0])
        return have >= want if op is Op.AT_LEAST else have <= want
    if op in _TEXT_OPS:
        texts = {
            Field.SENDER: (ctx.sender, ctx.sender_name),
            Field.SUBJECT: (ctx.subject,),
            Field.TEXT: (ctx.text,),
            Field.SUBJECT_OR_TEXT: (ctx.subject, ctx.text),
        }[f]
        return _text_test(op, values, texts)
    facts: set[str] = {
        Field.CHANNEL: {ctx.channel},
        Field.ACCOUNT: {str(ctx.account_id)},
        Field.SENDER: {ctx.sender, ctx.sender_name},
        Field.LANGUAGE: {ctx.language},
        Field.CUSTOMER_TAG: set(ctx.customer_tags),
        Field.PRIORITY: {str(ctx.priority)},
        Field.STATUS: {str(ctx.status)},
    }[f]
    hit = bool({fold(h) for h in facts} & {fold(v) for v in values})
    return hit if op is Op.IS else not hit
