"""The desk dialogs, typed into: templates, rules (with a dry run), the KPI dashboard and bulk
notification, over the sample desk, the real engine and a read-only store like the window's."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from omniinbox.domain.rules import ActionKind, Field, Op, Trigger
from omniinbox.store import Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.desk_bulk import BulkDialog
from omniinbox.ui.desk_kpi import KpiDashboard
from omniinbox.ui.desk_rule_rows import ActionRow, ConditionRow
from omniinbox.ui.desk_rules import RulesDialog
from omniinbox.ui.desk_templates import TemplatesDialog
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk


def fresh(workspace: Workspace) -> Store:
    return workspace.open_store(readonly=True)


def test_templates_are_searched_written_and_previewed(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk, workspace: Workspace
) -> None:
    dialog = TemplatesDialog(reader, engine, desk.agent_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.templates_shown()) == 42  # shipped, seen before they are seeded
    dialog.search.setText("возврат")  # QTest types Latin-1 only
    assert [t.name for t in dialog.templates_shown()] == ["Refund started"]
    dialog.search.clear()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Delivery delay")
    dialog.language.setCurrentText("en")
    qtbot.keyClicks(dialog.body, "Hello {customer.first_name}, about {ticket}: {colour}")
    assert dialog.preview.text().startswith("Hello Aigerim, about #1042: {colour}")
    assert "Unknown variables: colour" in dialog.preview.text()
    dialog.personal.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (mine,) = [t for t in fresh(workspace).templates(desk.agent_id) if t.name == "Delivery delay"]
    assert mine.owner_id == desk.agent_id and mine.body.endswith("{colour}")
    assert len(fresh(workspace).templates(everyone=True)) == 43  # seeded, plus the new one
    dialog.select("Anything else?", "uk")
    assert dialog.body.toPlainText().startswith("Вітаємо")
    dialog.body.setPlainText("Чи можемо ще чимось допомогти?")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    uk = fresh(workspace).template_for("Anything else?", "uk")
    assert uk is not None and uk.body == "Чи можемо ще чимось допомогти?" and uk.shared


def test_a_rule_is_built_dry_run_and_saved(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk, workspace: Workspace
) -> None:
    dialog = RulesDialog(reader, engine)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "Damaged goods")
    editor.trigger.setCurrentIndex(editor.trigger.findData(Trigger.NEW_CONVERSATION))
    qtbot.mouseClick(editor.conditions.add_button, Qt.MouseButton.LeftButton)
    (condition,) = editor.conditions.rows()
    assert isinstance(condition, ConditionRow)
    condition.field.setCurrentIndex(condition.field.findData(Field.SUBJECT_OR_TEXT))
    condition.op.setCurrentIndex(condition.op.findData(Op.CONTAINS))
    qtbot.keyClicks(condition.value, "damaged, broken")
    qtbot.mouseClick(editor.action_rows.add_button, Qt.MouseButton.LeftButton)
    (action,) = editor.action_rows.rows()
    assert isinstance(action, ActionRow)
    action.kind.setCurrentIndex(action.kind.findData(ActionKind.ADD_TAG))
    qtbot.keyClicks(action.value, "damage")
    qtbot.mouseClick(editor.action_rows.add_button, Qt.MouseButton.LeftButton)
    pool = editor.action_rows.rows()[1]
    assert isinstance(pool, ActionRow)
    pool.kind.setCurrentIndex(pool.kind.findData(ActionKind.ROUND_ROBIN))
    assert not pool.agents.isHidden() and pool.value.isHidden()
    qtbot.keyClicks(pool.agents, "dana sultanova")
    qtbot.mouseClick(editor.dry_button, Qt.MouseButton.LeftButton)
    aigerim = reader.conversation(desk.aigerim).ticket
    assert f"#{aigerim}" in editor.dry_result.text() and "1 of" in editor.dry_result.text()
    condition.field.setCurrentIndex(condition.field.findData(Field.IDLE_MINUTES))
    assert condition.op.findData(Op.CONTAINS) == -1  # only the operators that apply
    condition.field.setCurrentIndex(condition.field.findData(Field.SUBJECT_OR_TEXT))
    condition.op.setCurrentIndex(condition.op.findData(Op.CONTAINS))
    with qtbot.waitSignal(dialog.changed):
        editor.buttons.accepted.emit()
    (rule,) = fresh(workspace).rules()
    assert rule.name == "Damaged goods" and rule.conditions[0].value == ("damaged", "broken")
    assert rule.actions[0].kind is ActionKind.ADD_TAG and rule.actions[0].value == "damage"
    assert rule.actions[1].kind is ActionKind.ROUND_ROBIN
    assert rule.actions[1].agent_ids == (desk.agent_id,)
    assert dialog.list.count() == 1
    with qtbot.waitSignal(dialog.changed):
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not fresh(workspace).rules()[0].enabled
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    second = dialog.editor
    assert second is not None
    second.buttons.accepted.emit()  # no name: it says so and stays open
    assert second.error.isVisible() and "name" in second.error.text()
    second.reject()


def test_the_kpi_dashboard_shows_and_exports(
    qtbot: QtBot, reader: Store, desk: Desk, tmp_path: Path
) -> None:
    dialog = KpiDashboard(reader)
    qtbot.addWidget(dialog)
    dialog.show()
    today = date.today()
    dialog.start.setDate(QDate(today.year, today.month, today.day).addDays(-2))
    with qtbot.waitSignal(dialog.computed):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.volume == 3
    rows = {
        dialog.table.item(i, 0).text(): dialog.table.item(i, 1).text()
        for i in range(dialog.table.rowCount())
    }
    assert rows["Conversations"] == "3" and rows["SLA met"] in ("n/a", "0%")
    assert rows["First response, business minutes: 90th percentile"] == "n/a"
    assert dict(dialog.by_channel.bars) == {"email": 2, "telegram": 1}
    dialog.grab()  # paints the charts
    dialog.export(tmp_path / "kpi.csv", "csv")
    dialog.export(tmp_path / "kpi.json", "json")
    table = dict(csv.reader((tmp_path / "kpi.csv").open(encoding="utf-8")))
    assert table["volume"] == "3"
    assert json.loads((tmp_path / "kpi.json").read_text(encoding="utf-8"))["volume"] == 3
    dialog.channel.setCurrentIndex(dialog.channel.findData("telegram"))
    with qtbot.waitSignal(dialog.computed):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.report.volume == 1


def test_bulk_notification_previews_each_customer_and_queues_once(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk, workspace: Workspace
) -> None:
    dialog = BulkDialog(reader, engine, desk.agent_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tickets = [reader.conversation(c).ticket for c in (desk.aigerim, desk.giorgi)]
    qtbot.keyClicks(dialog.tickets, ", ".join(str(t) for t in tickets))
    qtbot.keyClicks(dialog.text, "Hello {customer.first_name}, we are closed on Sunday.")
    assert not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    texts = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(2)}
    assert texts["Giorgi Beridze"] == "Hello Giorgi, we are closed on Sunday."
    assert dialog.table.item(1, 1).text() in ("email", "telegram")
    assert dialog.send_button.text() == "Send to 2 customers"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.progress.isVisible())
    qtbot.waitUntil(lambda: "2 of 2 queued" in dialog.summary.text())
    store = fresh(workspace)
    queued = [i for i in store.outbox_items() if i.key.startswith("bulk:")]
    assert len(queued) == 2
    assert dialog.timer.isActive()  # nothing is sent here: the sample accounts cannot send
    dialog.close()


def test_bulk_says_when_nobody_is_chosen(
    qtbot: QtBot, reader: Store, engine: Engine, desk: Desk
) -> None:
    dialog = BulkDialog(reader, engine, desk.agent_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text, "Hello")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "choose who gets the message" in dialog.error.text().lower()
