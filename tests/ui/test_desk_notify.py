"""Escalation raises a desktop notification for the agent it is for: the rule runs in the real
engine, the store keeps the notice, the window of that agent notifies (and only that agent's
window, and not when notifications are off); clicking it opens the conversation."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from omniinbox.domain import Identity, IdentityKind, NewMessage
from omniinbox.domain.rules import Action, ActionKind, Condition, Field, Op, Rule, Trigger
from omniinbox.store import ChangeSet
from omniinbox.store.desk_notices import ESCALATION
from omniinbox.ui.main_window import MainWindow
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk

SENT = 0


def customer_writes(window: MainWindow, desk: Desk, text: str) -> None:
    """Aigerim writes again on her email thread, now; the desk processes it."""
    global SENT
    SENT += 1
    message = NewMessage(
        remote_id=f"<again-{SENT}@example.kz>",
        sender=Identity.of(IdentityKind.EMAIL, "aigerim@example.kz"),
        sender_name="Aigerim Nurlanovna",
        sent_at=datetime.now(UTC),
        subject="Re: Order 1042 arrived damaged",
        text=text,
        replies_to=("<a1@example.kz>",),
    )
    window.engine.submit(lambda s: s.ingest(desk.email_account, [message], f"again-{SENT}"))
    window.engine.run_desk()


def test_an_escalation_to_me_is_notified_and_opens_the_conversation(
    qtbot: QtBot, window: MainWindow, desk: Desk, workspace: Workspace
) -> None:
    engine = window.engine
    other = engine.call(lambda s: s.add_agent("Timur Akhmetov", "timur@shop.example"))
    for name, word, agent in (
        ("Lawyer", "lawyer", desk.agent_id),
        ("Manager", "manager", other.id),
    ):
        rule = Rule(
            name,
            Trigger.NEW_MESSAGE,
            (Condition(Field.TEXT, Op.HAS_WORD, word),),
            (Action(ActionKind.ESCALATE, f"mentions a {word}", agent_id=agent),),
        )
        engine.call(lambda s, r=rule: s.save_rule(r))
    shown: list[tuple[str, str]] = []
    window.notifier.notified.connect(lambda title, text: shown.append((title, text)))

    # Escalated to someone else: a note, a notice for Timur, nothing on Dana's desktop.
    customer_writes(window, desk, "I want to talk to your manager")  # processed on return
    qtbot.waitUntil(lambda: window.model.cached(desk.aigerim).priority.value == "high")  # type: ignore[union-attr]
    qtbot.wait(200)
    assert not [t for t, _ in shown if t.startswith("Escalated")]
    store = workspace.open_store(readonly=True)
    try:
        (notice,) = store.notices_after(0)
        assert (notice.kind, notice.agent_id) == (ESCALATION, other.id)
        assert store.conversation(desk.aigerim).collaborators == (other.id,)
    finally:
        store.close()

    ticket = window.store.conversation(desk.aigerim).ticket
    customer_writes(window, desk, "My lawyer will call you")
    qtbot.waitUntil(lambda: any(t.startswith("Escalated") for t, _ in shown), timeout=10_000)
    escalations = [(t, x) for t, x in shown if t.startswith("Escalated")]
    assert escalations == [
        (f"Escalated to you: ticket #{ticket}", "Order 1042 arrived damaged — mentions a lawyer")
    ]
    assert window.notifier.last_conversation == desk.aigerim

    window.open_conversation(desk.giorgi)
    window.notifier.message_clicked()  # the agent clicks the notification
    assert window.conversation_view.conversation_id == desk.aigerim


def test_notifications_off_means_no_escalation_notification(
    qtbot: QtBot, window: MainWindow, desk: Desk, workspace: Workspace
) -> None:
    rule = Rule(
        "Lawyer",
        Trigger.NEW_MESSAGE,
        (Condition(Field.TEXT, Op.HAS_WORD, "lawyer"),),
        (Action(ActionKind.ESCALATE, "", agent_id=desk.agent_id),),
    )
    window.engine.call(lambda s: s.save_rule(rule))
    window.toggle_notifications()
    assert not window.notifier.notifications
    with qtbot.assertNotEmitted(window.notifier.notified, wait=500):
        customer_writes(window, desk, "My lawyer will call you")
    store = workspace.open_store(readonly=True)
    try:
        assert [n.agent_id for n in store.notices_after(0)] == [desk.agent_id]
    finally:
        store.close()
    window.toggle_notifications()  # the setting is kept between runs: put it back


def note(window: MainWindow, conversation_id: int, text: str, agent_id: int) -> None:
    """A note written as the composer writes one: the change-set is announced."""
    window.engine.submit(
        lambda s: ChangeSet({conversation_id}, {s.add_note(conversation_id, text, agent_id)})
    ).result()


def test_a_colleagues_note_that_mentions_me_is_notified(
    qtbot: QtBot, window: MainWindow, desk: Desk, workspace: Workspace
) -> None:
    engine = window.engine
    me = window.store.agent(desk.agent_id).name
    other = engine.call(lambda s: s.add_agent("Timur Akhmetov", "timur@shop.example"))
    shown: list[tuple[str, str]] = []
    window.notifier.notified.connect(lambda title, text: shown.append((title, text)))
    ticket = window.store.conversation(desk.aigerim).ticket

    # My own note naming myself, and a note for Timur: nothing on my desktop.
    note(window, desk.aigerim, f"@{me} remember this", desk.agent_id)
    note(window, desk.aigerim, "@Timur can you call her?", desk.agent_id)
    qtbot.wait(300)
    assert shown == []

    note(window, desk.aigerim, f"@{me} the refund is approved", other.id)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [
        (f"For you: ticket #{ticket}", f"Order 1042 arrived damaged — @{me} the refund is approved")
    ]
    store = workspace.open_store(readonly=True)
    try:
        kinds = [(n.kind, n.agent_id, n.actor) for n in store.notices_after(0)]
        assert kinds == [("mention", other.id, me), ("mention", desk.agent_id, "Timur Akhmetov")]
    finally:
        store.close()
