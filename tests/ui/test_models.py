"""Every Qt model of ours passes Qt's model tester, empty and filled."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from omniinbox.store import ConversationFilter, Store
from omniinbox.ui.canned import BUILT_IN, TemplateModel
from omniinbox.ui.command_palette import Command, CommandModel, rank
from omniinbox.ui.customer_history import HistoryModel
from omniinbox.ui.outbox_dialog import OutboxModel, load_outbox
from tests.ui.sample_desk import Desk


def test_the_history_model(qtmodeltester: ModelTester, reader: Store, desk: Desk) -> None:
    model = HistoryModel()
    qtmodeltester.check(model)
    contact = reader.conversation(desk.aigerim).contact_id
    ids = reader.conversation_ids(ConversationFilter(contact_id=contact))
    model.set_rows(list(reader.conversation_rows(ids).values()), desk.aigerim)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_the_outbox_model(qtmodeltester: ModelTester, workspace, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    writer = workspace.open_store()
    writer.queue_reply(desk.aigerim, "On its way", desk.agent_id)
    writer.close()
    store = workspace.open_store(readonly=True)
    model = OutboxModel()
    qtmodeltester.check(model)
    model.set_items(*load_outbox(store))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    store.close()


def test_the_command_model_and_its_ranking(qtmodeltester: ModelTester) -> None:
    commands = [
        Command("Snooze…", lambda: None, "S", "The conversation"),
        Command("Go to Snoozed", lambda: None, "G, S"),
        Command("Resolve", lambda: None, "E"),
    ]
    model = CommandModel(commands)
    qtmodeltester.check(model)
    model.filter("sno")
    assert [model.command(r).text for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "Snooze…",
        "Go to Snoozed",
    ]
    qtmodeltester.check(model)
    assert rank(commands, "zzz") == []


def test_the_template_model(qtmodeltester: ModelTester) -> None:
    model = TemplateModel(BUILT_IN)
    qtmodeltester.check(model)
    model.search("возврат")
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    model.search("nothing like this")
    assert model.rowCount() == 0
    qtmodeltester.check(model)
