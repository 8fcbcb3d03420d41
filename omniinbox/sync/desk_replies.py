"""What the desk sends by itself: the acknowledgement of a new conversation, the satisfaction
survey after a resolution and its follow-up after a low score; and reading survey answers.

Each goes through the outbox like an agent's reply (so it leaves on the customer's channel
and stays in the history), under a key derived from what caused it, so a run repeated after
a crash never sends it twice. ``payload`` carries what a connector may use: the RFC 3834
headers of automatic mail, and the answer choices a chat channel can show as buttons.
"""

from __future__ import annotations

from omniinbox.domain.autoack import (
    ACK_WINDOW,
    OUTBOUND_HEADERS,
    count_recent,
    render_acknowledgement,
    should_acknowledge,
)
from omniinbox.domain.due_phrases import expected_answer_phrase
from omniinbox.domain.templates import render
from omniinbox.store.desk_actions import InboundRow, StatusRow
from omniinbox.store.desk_csat import parse_csat
from omniinbox.store.desk_shipped import ACK, CSAT, CSAT_FOLLOW_UP, LANGUAGES, shipped_body
from omniinbox.sync.desk_run import DeskRun

CSAT_CHOICES = ("1", "2", "3", "4", "5")
LOW_SCORE = 2


def _language(run: DeskRun, lang: str) -> str:
    if lang in LANGUAGES:
        return lang
    fallback = run.settings.default_language
    return fallback if fallback in LANGUAGES else "en"


def acknowledge(run: DeskRun, row: InboundRow, lang: str) -> None:
    """Acknowledge the message that opened a conversation, unless a rule or a machine says no
    (the reason goes to the audit log)."""
    store, now = run.store, run.now
    account = run.accounts.get(row.account_id or -1)
    if account is None or not run.settings.ack_enabled(account):
        return
    if row.sent_at < run.fresh_since:
        return
    ticket = store.conversation(row.conversation_id).ticket
    identity = f"{row.sender_kind}:{row.sender}"
    recent = count_recent(store.ack_times(identity, now - ACK_WINDOW), now)
    decision = should_acknowledge(
        (),
        sender=row.sender,
        is_new_conversation=True,
        own_addresses=store.own_addresses(),
        recent_acks_to_sender=recent,
        max_acks_per_window=run.settings.max_acks_per_day,
        from_bot=bool(row.automatic),
    )
    if not decision.acknowledge:
        detail = decision.reason.value + (f" ({row.automatic})" if row.automatic else "")
        store.audit("ack.skipped", f"#{ticket}", detail)
        return
    lang = _language(run, lang)
    due = run.clock(row.conversation_id).first_response
    due_at = due.due if due is not None and due.due is not None else now
    _, agent_name = run.signer(row.conversation_id)
    facts = dict(
        ticket=f"#{ticket}",
        due_phrase=expected_answer_phrase(run.cal, due_at, now, lang),
        agent_name=agent_name,
        customer_name=store.conversation(row.conversation_id).contact_name,
    )
    template = store.template_for(ACK, lang, fallback=run.settings.default_language)
    rendered = render_acknowledgement(lang, **facts)  # type: ignore[arg-type]
    if template is not None and template.body != shipped_body(ACK, template.language):
        edited = render_acknowledgement(template.language, template=template, **facts)  # type: ignore[arg-type]
        rendered = rendered if edited.missing else edited
    if run.queue(
        row.conversation_id, rendered.text, "ack", f"ack:{row.id}", headers=dict(OUTBOUND_HEADERS)
    ):
        store.record_ack(identity, now)
        store.audit("ack.sent", f"#{ticket}", lang)


def _render(run: DeskRun, conversation_id: int, name: str) -> tuple[str, str] | None:
    lang = _language(run, run.store.conversation_language(conversation_id))
    template = run.store.template_for(name, lang, fallback=run.settings.default_language)
    if template is None:
        return None
    rendered = render(template.body, run.variables(conversation_id, template.language))
    if rendered.missing:
        body = shipped_body(name, template.language) or shipped_body(name, "en") or ""
        rendered = render(body, run.variables(conversation_id, template.language))
    return (rendered.text, template.language) if rendered.text.strip() else None


def survey(run: DeskRun, change: StatusRow) -> None:
    """After a person resolves a conversation they answered, ask for a score once."""
    store = run.store
    if change.actor.startswith("rule:") or change.at < run.fresh_since:
        return
    row = store.conversation(change.conversation_id)
    account = run.accounts.get(row.account_id or -1)
    if account is None or not run.settings.csat_enabled(account):
        return
    if row.status.value != "resolved" or not store.has_human_reply(row.id):
        return
    found = _render(run, row.id, CSAT)
    if found is not None and run.queue(
        row.id, found[0], "csat", f"csat:{change.id}", choices=list(CSAT_CHOICES)
    ):
        store.audit("csat.sent", f"#{row.ticket}", found[1])


def read_answer(run: DeskRun, row: InboundRow) -> bool:
    """Score a survey answer (True), or leave the message to the rules (False)."""
    score = parse_csat(row.text)
    if score is None or not run.store.csat_awaited(row.conversation_id, row.sent_at):
        return False
    store = run.store
    run.changed(store.set_csat(row.conversation_id, score, actor="customer"))
    if score <= LOW_SCORE and run.settings.csat_follow_up:
        found = _render(run, row.conversation_id, CSAT_FOLLOW_UP)
        if found is not None:
            run.queue(row.conversation_id, found[0], "csat-follow-up", f"csat-follow-up:{row.id}")
    return True
