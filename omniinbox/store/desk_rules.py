"""Rules in the store: a JSON round trip of `domain.rules.Rule`, their order, the round-robin
state, which time-based rules already fired, and the snapshot (`RuleContext`) a rule sees of
a stored conversation, for the engine and for the editor's dry run."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from omniinbox.domain.business_hours import BusinessCalendar, is_open
from omniinbox.domain.clock import from_iso, to_iso
from omniinbox.domain.rules import (
    Action,
    ActionKind,
    Condition,
    Field,
    Op,
    RoundRobinState,
    Rule,
    RuleContext,
    Trigger,
    matches,
    validate_rule,
)
from omniinbox.store.core import StoreBase, StoreError, dumps

AgentLookup = Callable[[str], int]
_DEFAULTS: dict[str, Any] = {"value": "", "agent_id": None, "agent_ids": [], "minutes": 0}


def rule_to_json(rule: Rule) -> dict[str, Any]:
    """Plain JSON values; defaults are left out of actions so files stay short."""
    actions = []
    for a in rule.actions:
        data: dict[str, Any] = {"kind": a.kind.value}
        for key, default in _DEFAULTS.items():
            value = getattr(a, key)
            value = list(value) if isinstance(value, tuple) else value
            if value != default:
                data[key] = value
        actions.append(data)
    return {
        "name": rule.name,
        "trigger": rule.trigger.value,
        "conditions": [
            {
                "field": c.field.value,
                "op": c.op.value,
                "value": list(c.value) if isinstance(c.value, tuple) else c.value,
            }
            for c in rule.conditions
        ],
        "actions": actions,
        "match_any": rule.match_any,
        "stop_processing": rule.stop_processing,
        "enabled": rule.enabled,
        "order": rule.order,
    }


def _choice(kind: str, value: object, enum: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise StoreError(f"{value!r} is not a {kind} (one of: {known})") from None


def rule_from_json(data: dict[str, Any], agent: AgentLookup | None = None) -> Rule:
    """A rule from JSON. Actions may name agents (``"agent": "Dana"``, ``"agents": [...]``)
    when ``agent`` resolves names to ids. Raises StoreError saying what is wrong."""
    if not isinstance(data, dict) or not str(data.get("name", "")).strip():
        raise StoreError("a rule needs a name")
    name = str(data["name"]).strip()
    try:
        conditions = tuple(
            Condition(
                _choice("condition field", c.get("field"), Field),
                _choice("condition operator", c.get("op"), Op),
                tuple(str(v) for v in c["value"])
                if isinstance(c.get("value"), list)
                else c.get("value", ""),
            )
            for c in data.get("conditions", [])
        )
        actions = tuple(_action(a, agent) for a in data.get("actions", []))
        rule = Rule(
            name=name,
            trigger=_choice("trigger", data.get("trigger"), Trigger),
            conditions=conditions,
            actions=actions,
            match_any=bool(data.get("match_any", False)),
            stop_processing=bool(data.get("stop_processing", False)),
            enabled=bool(data.get("enabled", True)),
            order=int(data.get("order", 0)),
            id=data.get("id"),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, StoreError):
            raise StoreError(f"rule {name!r}: {exc}") from None
        raise StoreError(f"rule {name!r} is not well formed: {exc}") from None
    try:
        validate_rule(rule)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    return rule


def _action(data: dict[str, Any], agent: AgentLookup | None) -> Action:
    kind = _choice("rule action", data.get("kind"), ActionKind)
    agent_id = data.get("agent_id")
    agent_ids = tuple(int(a) for a in data.get("agent_ids", ()))
    if "agent" in data:
        if agent is None:
            raise StoreError("agents are named only where the workspace is known")
        agent_id = agent(str(data["agent"]))
    if "agents" in data:
        if agent is None:
            raise StoreError("agents are named only where the workspace is known")
        agent_ids = tuple(agent(str(name)) for name in data["agents"])
    return Action(
        kind,
        value=str(data.get("value", "")),
        agent_id=int(agent_id) if agent_id is not None else None,
        agent_ids=agent_ids,
        minutes=int(data.get("minutes", 0)),
    )


class DeskRulesMixin(StoreBase):
    def rules(self) -> list[Rule]:
        """Every rule in evaluation order; ``order`` is the stored position."""
        out = []
        for r in self.all("SELECT * FROM rules ORDER BY position, id"):
            rule = rule_from_json(json.loads(r["definition"]))
            out.append(replace(rule, id=r["id"], order=r["position"], enabled=bool(r["enabled"])))
        return out

    def rule(self, key: int | str) -> Rule:
        """A rule by id or by name."""
        for rule in self.rules():
            if rule.id == key or rule.name == key or str(rule.id) == str(key):
                return rule
        raise StoreError(f"no rule {key!r}")

    def save_rule(self, rule: Rule) -> Rule:
        """Add ``rule`` (id None) or replace the stored one with its id. Names are unique."""
        try:
            validate_rule(rule)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        definition = dumps(rule_to_json(rule))
        with self.tx():
            clash = self.scalar(
                "SELECT id FROM rules WHERE json_extract(definition, '$.name') = ? AND id IS NOT ?",
                (rule.name, rule.id),
            )
            if clash is not None:
                raise StoreError(f"a rule named {rule.name!r} exists already")
            if rule.id is None:
                position = rule.order or int(
                    self.scalar("SELECT coalesce(max(position), 0) + 10 FROM rules")
                )
                cur = self.db.execute(
                    "INSERT INTO rules (position, enabled, definition) VALUES (?, ?, ?)",
                    (position, int(rule.enabled), definition),
                )
                rule_id = int(cur.lastrowid or 0)
            else:
                rule_id = rule.id
                cur = self.db.execute(
                    "UPDATE rules SET position = ?, enabled = ?, definition = ? WHERE id = ?",
                    (rule.order, int(rule.enabled), definition, rule_id),
                )
                if not cur.rowcount:
                    raise StoreError(f"no rule with id {rule_id}")
            self.audit("rule.save", rule.name)
        return self.rule(rule_id)

    def remove_rule(self, key: int | str) -> Rule:
        rule = self.rule(key)
        with self.tx():
            self.db.execute("DELETE FROM rules WHERE id = ?", (rule.id,))
            self.db.execute("DELETE FROM rules_fired WHERE rule = ?", (str(rule.id),))
            self.audit("rule.remove", rule.name)
        return rule

    def reorder_rules(self, ids: list[int]) -> None:
        """Evaluation order as listed (positions 10, 20, ...); unlisted rules keep theirs."""
        with self.tx():
            for n, rule_id in enumerate(ids, start=1):
                self.db.execute("UPDATE rules SET position = ? WHERE id = ?", (n * 10, rule_id))

    # --- engine state -----------------------------------------------------------------------

    def round_robin_state(self) -> RoundRobinState:
        pairs = self.desk_value("state.round_robin", [])  # type: ignore[attr-defined]
        return RoundRobinState(tuple((str(k), int(v)) for k, v in pairs))

    def save_round_robin(self, state: RoundRobinState) -> None:
        self.set_desk_value("state.round_robin", [list(p) for p in state.last])  # type: ignore[attr-defined]

    def rule_fired_marker(self, rule_key: str, conversation_id: int) -> str | None:
        return self.scalar(  # type: ignore[no-any-return]
            "SELECT marker FROM rules_fired WHERE rule = ? AND conversation_id = ?",
            (rule_key, conversation_id),
        )

    def mark_rule_fired(
        self, rule_key: str, conversation_id: int, marker: str, at: datetime
    ) -> None:
        self.db.execute(
            "INSERT INTO rules_fired (rule, conversation_id, marker, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(rule, conversation_id) DO UPDATE SET marker = excluded.marker, "
            "at = excluded.at",
            (rule_key, conversation_id, marker, to_iso(at)),
        )

    def time_rule_candidates(self) -> list[tuple[int, str]]:
        """(conversation, marker) of every conversation a time-based rule may act on: not
        closed, with a customer message by a person. The marker changes when a person writes
        or the status changes, not when the desk sends something by itself."""
        return [
            (r[0], f"{r[1]}|{r[2] or ''}")
            for r in self.db.execute(
                "SELECT c.id, c.status, (SELECT max(m.sent_at) FROM messages m WHERE "
                "m.conversation_id = c.id AND m.direction != 'note' AND m.automatic = '') "
                "FROM conversations c WHERE c.status != 'closed' AND EXISTS (SELECT 1 FROM "
                "messages i WHERE i.conversation_id = c.id AND i.direction = 'in' "
                "AND i.automatic = '') ORDER BY c.id"
            )
        ]

    # --- what a rule sees -------------------------------------------------------------------

    def rule_context(
        self,
        conversation_id: int,
        trigger: Trigger,
        cal: BusinessCalendar,
        now: datetime,
        message_id: int | None = None,
    ) -> RuleContext:
        """The snapshot of a conversation for ``trigger``: the message at hand (else the first
        customer message for new conversations, the latest one otherwise)."""
        conv = self.one("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
        if conv is None:
            raise StoreError(f"no conversation with id {conversation_id}")
        order = "ASC" if trigger is Trigger.NEW_CONVERSATION else "DESC"
        if message_id is not None:
            msg = self.one("SELECT * FROM messages WHERE id = ?", (message_id,))
        else:
            msg = self.one(
                "SELECT * FROM messages WHERE conversation_id = ? AND direction = 'in' "
                f"ORDER BY sent_at {order}, id {order} LIMIT 1",
                (conversation_id,),
            )
        fields = json.loads(
            self.scalar("SELECT fields FROM contacts WHERE id = ?", (conv["contact_id"],)) or "{}"
        )
        customer_tags = frozenset(
            t.strip() for t in str(fields.get("tags", "")).split(",") if t.strip()
        )
        at = from_iso(msg["sent_at"]) if msg is not None and trigger in _MESSAGE_TRIGGERS else now
        agents = frozenset(r[0] for r in self.db.execute("SELECT id FROM agents WHERE active = 1"))
        identity = str(msg["author_identity"]) if msg is not None else ""
        return RuleContext(
            trigger=trigger,
            ticket=conv["ticket"],
            channel=conv["channel"],
            account_id=conv["account_id"],
            sender=identity.partition(":")[2] or identity,
            sender_name=str(msg["author"]) if msg is not None else "",
            subject=str(msg["subject"] or conv["subject"]) if msg is not None else conv["subject"],
            text=str(msg["text"]) if msg is not None else "",
            language=str(msg["language"]) if msg is not None else "",
            customer_tags=customer_tags,
            in_business_hours=is_open(cal, at),
            priority=conv["priority"],
            status=conv["status"],
            category=conv["category"],
            tags=tuple(json.loads(conv["tags"])),
            owner_id=conv["owner_id"],
            collaborators=tuple(json.loads(conv["collaborators"])),
            idle_minutes=max(0.0, (now - from_iso(conv["last_message_at"])).total_seconds() / 60),
            available_agents=agents or None,
        )

    def dry_run_rule(
        self, rule: Rule, cal: BusinessCalendar, now: datetime, limit: int = 500
    ) -> list[int]:
        """Tickets of the latest ``limit`` conversations ``rule`` would have matched."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations c WHERE EXISTS (SELECT 1 FROM messages m "
                "WHERE m.conversation_id = c.id AND m.direction = 'in') "
                "ORDER BY created_at DESC, id DESC LIMIT ?",
                (limit,),
            )
        ]
        try:
            return matches(rule, (self.rule_context(i, rule.trigger, cal, now) for i in ids))
        except ValueError as exc:
            raise StoreError(str(exc)) from None


_MESSAGE_TRIGGERS = frozenset({Trigger.NEW_CONVERSATION, Trigger.NEW_MESSAGE})
