"""One run of the desk processor: what it loaded once (settings, calendar, policy, rules,
agents, accounts), what it changed, and the rule actions it carries out."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from omniinbox.domain import Account, Priority, Status, format_ticket
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.due_phrases import due_time_text, expected_answer_phrase
from omniinbox.domain.rules import Action, ActionKind, Evaluation, Rule, Trigger, evaluate
from omniinbox.domain.sla import SlaClock, SlaPolicy, compute_sla
from omniinbox.domain.templates import render, standard_variables
from omniinbox.store import ChangeSet, DeskSettings, Store
from omniinbox.store.desk_notices import ESCALATION

log = logging.getLogger(__name__)

HISTORY_GRACE = timedelta(hours=1)  # mail that came in while the account was being added


@dataclass(slots=True)
class DeskResult:
    """What a run changed, and the accounts that have new messages to send."""

    changes: ChangeSet = field(default_factory=ChangeSet)
    wake: set[int] = field(default_factory=set)

    def merge(self, other: DeskResult) -> None:
        self.changes.merge(other.changes)
        self.wake |= other.wake


class DeskRun:
    """The facts one run works with, loaded once, and the actions it takes."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store = store
        self.now = now
        self.settings: DeskSettings = store.desk_settings()
        self.cal: BusinessCalendar = store.desk_calendar(range(now.year - 1, now.year + 2))
        self.policy: SlaPolicy = store.sla_policy()
        self.rules: list[Rule] = store.rules()
        self.accounts: dict[int, Account] = {a.id: a for a in store.accounts()}
        self.joined = store.accounts_joined()
        self.agent_names = {a.id: a.name for a in store.agents()}
        self.first_agent = next((a.id for a in store.agents() if a.active), None)
        self.result = DeskResult()
        self.touched: set[int] = set()

    @property
    def fresh_since(self) -> datetime:
        """Acknowledgements and surveys go only for what happened after this."""
        return self.now - timedelta(hours=self.settings.fresh_hours)

    def history(self, account_id: int | None, at: datetime) -> bool:
        """Sent before its account joined the desk (a mailbox's first sync brings years of
        mail): no rules, no replies, no SLA clock."""
        joined = self.joined.get(account_id or -1)
        edge = min(joined, self.now) if joined is not None else self.fresh_since
        return at < edge - HISTORY_GRACE

    def changed(self, changes: ChangeSet) -> None:
        self.result.changes.merge(changes)

    def account_of(self, conversation_id: int) -> Account | None:
        row = self.store.conversation(conversation_id)
        return self.accounts.get(row.account_id) if row.account_id is not None else None

    def clock(self, conversation_id: int) -> SlaClock:
        timeline = self.store.sla_timelines([conversation_id])[conversation_id]
        return compute_sla(self.policy, self.cal, timeline, self.now)

    def signer(self, conversation_id: int) -> tuple[int | None, str]:
        """Who signs what the desk sends: the owner, else the desk's signing agent, else the
        first agent; the account's name when the workspace has no agents."""
        owner = self.store.conversation(conversation_id).owner_id
        agent = owner or self.settings.signature_agent_id or self.first_agent
        name = self.agent_names.get(agent or -1, "")
        if not name:
            account = self.account_of(conversation_id)
            name = account.name if account else ""
        return agent, name

    def variables(self, conversation_id: int, lang: str) -> dict[str, str]:
        row = self.store.conversation(conversation_id)
        _, agent_name = self.signer(conversation_id)
        due = self.clock(conversation_id).first_response
        at = due.due if due is not None and due.due is not None else self.now
        account = self.accounts.get(row.account_id or -1)
        return standard_variables(
            ticket=format_ticket(row.ticket),
            customer_name=row.contact_name,
            agent_name=agent_name,
            subject=row.subject,
            due_time=due_time_text(self.cal, at, self.now),
            due_phrase=expected_answer_phrase(self.cal, at, self.now, lang),
            account_name=account.name if account else "",
        )

    def queue(
        self, conversation_id: int, text: str, automatic: str, key: str, **payload: object
    ) -> bool:
        """Queue a machine-written message on the conversation's channel; False when the
        account may not send (none, demo) or the key was queued before."""
        account = self.account_of(conversation_id)
        if account is None or account.config.get("demo") == "true":
            return False
        agent, name = self.signer(conversation_id)
        _, changes = self.store.desk_message(
            conversation_id,
            text,
            agent_id=agent,
            author=name,
            automatic=automatic,
            key=key,
            at=self.now,
            payload=dict(payload),
        )
        if changes:
            self.changed(changes)
            self.result.wake.add(account.id)
        return bool(changes)

    # --- rules ------------------------------------------------------------------------------

    def run_rules(
        self,
        conversation_id: int,
        trigger: Trigger,
        marker: str,
        *,
        message_id: int | None = None,
        rules: list[Rule] | None = None,
        replies: bool = True,
    ) -> Evaluation | None:
        """Evaluate the rules of ``trigger`` on a conversation and carry out their actions.
        ``marker`` makes the auto-reply keys of this occasion unique and repeatable."""
        chosen = [r for r in (self.rules if rules is None else rules) if r.trigger is trigger]
        if not chosen:
            return None
        ctx = self.store.rule_context(conversation_id, trigger, self.cal, self.now, message_id)
        state = self.store.round_robin_state()
        evaluation = evaluate(chosen, ctx, state)
        for name, problem in evaluation.errors:
            self.store.audit("rule.skipped", name, problem)
        if evaluation.round_robin != state:
            self.store.save_round_robin(evaluation.round_robin)
        lang = ctx.language or self.store.conversation_language(conversation_id)
        for action in evaluation.actions:
            self.apply(
                conversation_id, action, marker, lang or self.settings.default_language, replies
            )
        if evaluation.fired:
            self.store.audit("rule.fired", format_ticket(ctx.ticket), ", ".join(evaluation.fired))
            self.touched.add(conversation_id)
        return evaluation

    def apply(self, cid: int, action: Action, marker: str, lang: str, replies: bool) -> None:
        store, kind, actor = self.store, action.kind, f"rule:{action.rule}"
        if kind is ActionKind.SET_CATEGORY:
            self.changed(store.set_category([cid], action.value, actor))
        elif kind is ActionKind.ADD_TAG:
            self.changed(store.add_tags(cid, [action.value]))
        elif kind is ActionKind.SET_PRIORITY:
            self.changed(store.set_priority([cid], Priority(action.value), actor))
        elif kind is ActionKind.ASSIGN:
            self.changed(store.assign([cid], action.agent_id, actor))
        elif kind is ActionKind.ADD_COLLABORATOR and action.agent_id is not None:
            helpers = store.collaborators(cid)
            self.changed(store.set_collaborators(cid, [*helpers, action.agent_id], actor))
        elif kind is ActionKind.NOTIFY:
            agent = action.agent_id or store.conversation(cid).owner_id
            who = f"@{self.agent_names[agent]} " if agent in self.agent_names else ""
            text = action.value or f"escalated by the rule {action.rule!r}"
            note = store.add_note(cid, f"{who}{text}".strip(), at=self.now, mentions=False)
            if agent is not None:  # the agent's window turns this into a desktop notification
                store.add_notice(
                    ESCALATION, cid, agent, message_id=note, actor=actor, text=text, at=self.now
                )
            self.changed(ChangeSet({cid}, {note}))
        elif kind is ActionKind.SNOOZE:
            until = self.now + timedelta(minutes=action.minutes)
            self.changed(
                store.desk_status([cid], Status.SNOOZED, actor, at=self.now, snoozed_until=until)
            )
        elif kind is ActionKind.RESOLVE:
            self.changed(store.desk_status([cid], Status.RESOLVED, actor, at=self.now))
        elif kind is ActionKind.AUTO_REPLY and replies:
            self.auto_reply(cid, action, marker, lang)

    def auto_reply(self, cid: int, action: Action, marker: str, lang: str) -> None:
        template = self.store.template_for(
            action.value, lang, self.signer(cid)[0], self.settings.default_language
        )
        if template is None:
            self.store.audit("rule.auto_reply", action.rule, f"no template {action.value!r}")
            return
        rendered = render(template.body, self.variables(cid, template.language))
        if rendered.missing:  # it would go out unreviewed with {...} in it
            missing = ", ".join(rendered.missing)
            self.store.audit(
                "rule.auto_reply", action.rule, f"{template.name}: no value for {missing}"
            )
            return
        self.queue(cid, rendered.text, "rule", f"rule:{action.rule}:{template.name}:{marker}")
