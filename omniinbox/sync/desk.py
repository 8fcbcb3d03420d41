"""The desk processor: what happens by itself after messages arrive and as time passes.

`process` runs on the writer after each ingest commit (and before each outbox drain): for
every customer message not processed yet it guesses the language, recognises machine senders,
reads survey answers, runs the rules of new conversations and new messages, and acknowledges
new conversations; for every status change not processed yet it runs the status-change rules
and sends the satisfaction survey after a resolution; then it recomputes the SLA clocks of
what changed. `tick` runs on a timer (every 30 s in the engine): it wakes snoozed
conversations, recomputes every running SLA clock, fires the SLA rules once per state change
(the last state is the stored ``sla_state``) and the time-based rules.

Progress is kept as high-water marks in the store, written in the same transaction as the
work for each message or status change: a crash repeats nothing and loses nothing. History
(what was sent before its account joined the desk: a mailbox's first sync) gets a language
but no rules, no replies and no SLA clock; acknowledgements and surveys also go only for what
happened within ``fresh_hours`` (72 by default: Friday's mail is acknowledged on Monday). A
failure on one item is logged and audited, never blocking the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial

from omniinbox.domain import Status
from omniinbox.domain.autoack import machine_reason
from omniinbox.domain.clock import to_iso, utcnow
from omniinbox.domain.language import guess_language
from omniinbox.domain.rules import ActionKind, Trigger
from omniinbox.domain.sla import SlaState, compute_sla
from omniinbox.store import ChangeSet, Store
from omniinbox.store.desk_actions import MARK_MESSAGES, MARK_STATUS, InboundRow, StatusRow
from omniinbox.sync.desk_replies import acknowledge, read_answer, survey
from omniinbox.sync.desk_run import DeskResult, DeskRun

log = logging.getLogger(__name__)

__all__ = ["DeskProcessor", "DeskResult"]


class DeskProcessor:
    """Stateless between runs (all state is in the store); ``clock`` gives "now"."""

    def __init__(self, clock: Callable[[], datetime] = utcnow, batch: int = 200) -> None:
        self.clock = clock
        self.batch = batch

    # --- entry points -----------------------------------------------------------------------

    def process(
        self, store: Store, changes: ChangeSet | None = None, now: datetime | None = None
    ) -> DeskResult:
        """Handle what arrived or changed since the last run. ``changes`` (what a write
        touched) adds conversations whose SLA clocks to recompute."""
        run = DeskRun(store, now or self.clock())
        self._messages(run)
        self._status_changes(run)
        if changes:
            run.touched |= changes.conversations
        self._refresh_sla(run, run.touched)
        return run.result

    def repair(self, store: Store, changes: ChangeSet) -> set[int]:
        """After sends (or ingest of our own messages): a machine-written message is never
        the first response, whatever stamped it. Returns the conversations corrected."""
        if not changes.messages:
            return set()
        try:
            with store.tx():
                return store.repair_first_response(store.automatic_outbound(changes.messages))
        except Exception:
            log.exception("the desk could not check first responses")
            return set()

    def tick(self, store: Store, now: datetime | None = None) -> DeskResult:
        """The timer's work: snoozes ending, SLA clocks, SLA and time-based rules."""
        run = DeskRun(store, now or self.clock())
        due = store.snoozed_due(run.now)
        if due:
            run.changed(store.desk_status(due, Status.OPEN, "snooze ended", at=run.now))
        self._messages(run)
        self._status_changes(run)
        self._refresh_sla(run, set(store.sla_running_ids()) | run.touched)
        self._time_based(run)
        return run.result

    def safe(self, work: Callable[[], DeskResult]) -> DeskResult:
        """Run ``work``; a bug in the desk never stops ingest, sending or the agent's writes."""
        try:
            return work()
        except Exception:
            log.exception("the desk processor failed")
            return DeskResult()

    # --- messages ---------------------------------------------------------------------------

    def _messages(self, run: DeskRun) -> None:
        store = run.store
        while rows := store.desk_new_messages(self.batch):
            for row in rows:
                self._guarded(run, MARK_MESSAGES, row.id, partial(self._message, run, row))

    def _guarded(self, run: DeskRun, mark: str, item: int, work: Callable[[], None]) -> None:
        store = run.store
        try:
            with store.tx():
                work()
                store.set_desk_mark(mark, item)
        except Exception as exc:
            log.exception("the desk could not handle %s %s", mark, item)
            with store.tx():
                store.audit("desk.error", f"{mark} {item}", f"{type(exc).__name__}: {exc}")
                store.set_desk_mark(mark, item)

    def _message(self, run: DeskRun, row: InboundRow) -> None:
        store = run.store
        run.touched.add(row.conversation_id)
        if row.direction != "in":
            return  # an answer: only its SLA clock moves
        lang, automatic = row.language, row.automatic
        if not lang:
            guess = guess_language(f"{row.subject}\n{row.text}")
            if guess.reliable:
                lang = guess.code
                store.set_message_facts(row.id, language=lang)
        if not automatic and row.sender_kind == "email":
            reason = machine_reason((), row.sender)
            if reason is not None:  # the connector did not say; the address does
                automatic = reason.name.lower()
                store.set_message_facts(row.id, automatic=automatic)
        if (lang, automatic) != (row.language, row.automatic):
            run.changed(ChangeSet({row.conversation_id}, {row.id}))
        row = replace(row, language=lang, automatic=automatic)
        if not automatic and read_answer(run, row):
            return
        if run.history(row.account_id, row.sent_at):
            return
        trigger = Trigger.NEW_CONVERSATION if row.starts_conversation else Trigger.NEW_MESSAGE
        evaluation = run.run_rules(
            row.conversation_id, trigger, f"m{row.id}", message_id=row.id, replies=not automatic
        )
        answered = evaluation is not None and any(
            a.kind is ActionKind.AUTO_REPLY for a in evaluation.actions
        )
        if row.starts_conversation and not answered:
            acknowledge(run, row, lang)

    # --- status changes ---------------------------------------------------------------------

    def _status_changes(self, run: DeskRun) -> None:
        store = run.store
        while rows := store.desk_new_status_changes(self.batch):
            for change in rows:
                self._guarded(run, MARK_STATUS, change.id, partial(self._status, run, change))

    def _status(self, run: DeskRun, change: StatusRow) -> None:
        run.touched.add(change.conversation_id)
        # Rules react to what people and timers did, not to their own changes (no loops).
        if not change.actor.startswith("rule:") and change.at >= run.fresh_since:
            run.run_rules(change.conversation_id, Trigger.STATUS_CHANGE, f"s{change.id}")
        if change.status is Status.RESOLVED:
            survey(run, change)

    # --- SLA --------------------------------------------------------------------------------

    def _refresh_sla(self, run: DeskRun, ids: set[int]) -> None:
        """Store each clock's next due time and state; fire the SLA rules on a change."""
        if not ids:
            return
        store = run.store
        wanted = sorted(ids)
        timelines = store.sla_timelines(wanted)
        stored = store.sla_states(wanted)
        accounts = store.conversation_accounts(wanted)
        with store.tx():
            for cid, timeline in timelines.items():
                due: datetime | None = None
                state, running, cycle = "", False, ""
                old_due, old_state = stored.get(cid, (None, ""))
                if not old_state and run.history(accounts.get(cid), timeline.created_at):
                    continue  # history from before the desk ran gets no clock
                if timeline.customer_messages:
                    clock = compute_sla(run.policy, run.cal, timeline, run.now)
                    active = [t for t in clock.targets if t.running]
                    running = bool(active)
                    if active:
                        state = clock.state.value
                        shown = clock.next_due
                        due = shown.due if shown is not None else None
                        cycle = "|".join(f"{t.target}@{to_iso(t.started_at)}" for t in active)
                    elif clock.targets:
                        state = (SlaState.BREACHED if clock.any_breached else SlaState.OK).value
                if (to_iso(due) if due else None, state) == (old_due, old_state):
                    continue
                store.set_sla(cid, due, state)
                run.changed(ChangeSet({cid}))
                worse = state in (SlaState.DUE_SOON.value, SlaState.BREACHED.value)
                if running and worse and state != old_state:
                    trigger = (
                        Trigger.SLA_DUE_SOON
                        if state == SlaState.DUE_SOON.value
                        else Trigger.SLA_BREACHED
                    )
                    run.run_rules(cid, trigger, f"sla:{state}:{cycle}")

    # --- time-based rules -------------------------------------------------------------------

    def _time_based(self, run: DeskRun) -> None:
        """Each time-based rule fires once per conversation until a person writes or its
        status changes (the marker), so a reminder is not repeated every tick."""
        rules = [r for r in run.rules if r.trigger is Trigger.TIME_BASED and r.enabled]
        if not rules:
            return
        store = run.store
        for cid, marker in store.time_rule_candidates():
            eligible = [r for r in rules if store.rule_fired_marker(str(r.id), cid) != marker]
            if not eligible:
                continue
            with store.tx():
                evaluation = run.run_rules(cid, Trigger.TIME_BASED, f"t:{marker}", rules=eligible)
                fired = set(evaluation.fired) if evaluation is not None else set()
                for rule in eligible:
                    if rule.name in fired:
                        store.mark_rule_fired(str(rule.id), cid, marker, run.now)
