"""The rules editor: the ordered list (enable, move, remove) and a rule's form with its
trigger, conditions and actions from the domain's vocabularies, and a dry run over past
conversations before saving."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.clock import utcnow
from omniinbox.domain.rules import ALLOWED_OPS, Rule, Trigger
from omniinbox.store import Store, StoreError
from omniinbox.sync.engine import Engine
from omniinbox.ui.desk_rule_rows import ActionRow, ConditionRow, RowList
from omniinbox.ui.desk_widgets import ErrorLine, write

RULE_ROLE = Qt.ItemDataRole.UserRole + 1


def trigger_names(widget: QWidget) -> dict[Trigger, str]:
    return {
        Trigger.NEW_CONVERSATION: QCoreApplication.translate(
            "RulesDialog", "A new conversation starts"
        ),
        Trigger.NEW_MESSAGE: QCoreApplication.translate("RulesDialog", "A customer writes again"),
        Trigger.STATUS_CHANGE: QCoreApplication.translate("RulesDialog", "The status changes"),
        Trigger.SLA_DUE_SOON: QCoreApplication.translate(
            "RulesDialog", "An SLA target is nearly due"
        ),
        Trigger.SLA_BREACHED: QCoreApplication.translate(
            "RulesDialog", "An SLA target is breached"
        ),
        Trigger.TIME_BASED: QCoreApplication.translate(
            "RulesDialog", "Time passes (checked every 30 seconds)"
        ),
    }


class RuleEditor(QDialog):
    """One rule's form. ``rule`` is None for a new one; the result is in ``rule`` after OK."""

    def __init__(
        self, store: Store, rule: Rule | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowTitle(self.tr("Rule"))
        self.store = store
        self.rule: Rule | None = rule
        agents = [(a.id, a.name) for a in store.agents()]
        self.name = QLineEdit()
        self.trigger = QComboBox()
        for trigger, text in trigger_names(self).items():
            self.trigger.addItem(text, trigger)
        self.match = QComboBox()
        self.match.addItem(self.tr("all conditions hold"), False)
        self.match.addItem(self.tr("any condition holds"), True)
        self.stop = QCheckBox(self.tr("Stop: later rules do not run when this one matches"))
        self.enabled = QCheckBox(self.tr("Enabled"))
        self.enabled.setChecked(True)
        self.conditions = RowList(lambda: ConditionRow(), self.tr("Add condition"))
        self.action_rows = RowList(lambda: ActionRow(agents), self.tr("Add action"))
        self.dry_button = QPushButton(self.tr("Which past conversations would match?"))
        self.dry_result = QLabel()
        self.dry_result.setObjectName("dryRunResult")
        self.dry_result.setWordWrap(True)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("When"), self.trigger)
        form.addRow(self.tr("If"), self.match)
        form.addRow(self.tr("Conditions"), self.conditions)
        form.addRow(self.tr("Then"), self.action_rows)
        form.addRow("", self.stop)
        form.addRow("", self.enabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.dry_button)
        layout.addWidget(self.dry_result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.dry_button.clicked.connect(self.dry_run)
        if rule is not None:
            self._load(rule)
        self.resize(760, 520)

    def _load(self, rule: Rule) -> None:
        self.name.setText(rule.name)
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        self.match.setCurrentIndex(1 if rule.match_any else 0)
        self.stop.setChecked(rule.stop_processing)
        self.enabled.setChecked(rule.enabled)
        for condition in rule.conditions:
            row = self.conditions.add()
            assert isinstance(row, ConditionRow)
            row.load(condition)
        for action in rule.actions:
            row = self.action_rows.add()
            assert isinstance(row, ActionRow)
            row.load(action)

    def current_rule(self) -> Rule:
        """The form as a rule; ValueError with a sentence when something is missing."""
        if not self.name.text().strip():
            raise ValueError(self.tr("Give the rule a name."))
        conditions = tuple(row.condition() for row in self.conditions.rows())  # type: ignore[attr-defined]
        for c in conditions:
            if c.op not in ALLOWED_OPS[c.field]:
                raise ValueError(self.tr("'{0}' does not apply to {1}.").format(c.op, c.field))
        base = self.rule or Rule("", Trigger.NEW_CONVERSATION)
        return replace(
            base,
            name=self.name.text().strip(),
            trigger=self.trigger.currentData(),
            conditions=conditions,
            actions=tuple(row.action() for row in self.action_rows.rows()),  # type: ignore[attr-defined]
            match_any=bool(self.match.currentData()),
            stop_processing=self.stop.isChecked(),
            enabled=self.enabled.isChecked(),
        )

    def dry_run(self) -> None:
        self.error.clear_error()
        try:
            rule = self.current_rule()
            now = utcnow()
            cal = self.store.desk_calendar(range(now.year - 1, now.year + 2))
            tickets = self.store.dry_run_rule(rule, cal, now)
        except (StoreError, ValueError) as exc:
            self.error.show_error(exc)
            return
        if tickets:
            shown = " ".join(f"#{t}" for t in tickets[:50])
            more = self.tr(" and {0} more").format(len(tickets) - 50) if len(tickets) > 50 else ""
            self.dry_result.setText(
                self.tr("It would have matched {0} of the latest conversations: {1}{2}").format(
                    len(tickets), shown, more
                )
            )
        else:
            self.dry_result.setText(self.tr("No past conversation would have matched."))

    def _accept(self) -> None:
        try:
            self.rule = self.current_rule()
        except (StoreError, ValueError) as exc:
            self.error.show_error(exc)
            return
        self.accept()


class RulesDialog(QDialog):
    """The ordered rules; double-click edits, the check box enables."""

    changed = Signal()

    def __init__(self, store: Store, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules"))
        self.store, self.engine = store, engine
        self.list = QListWidget()
        self.list.setObjectName("ruleList")
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.error = ErrorLine()
        self.editor: RuleEditor | None = None
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rules run from the top; each can stop the ones below.")))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.current()))
        self.list.itemDoubleClicked.connect(lambda item: self.open_editor(item.data(RULE_ROLE)))
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.list.itemChanged.connect(self._toggled)
        self.refresh()
        self.resize(640, 420)

    def refresh(self) -> None:
        names = trigger_names(self)
        selected = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for rule in self.store.rules():
            item = QListWidgetItem(f"{rule.name} — {names[rule.trigger]}")
            item.setData(RULE_ROLE, rule)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if selected is not None and rule.id == selected.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def current(self) -> Rule | None:
        item = self.list.currentItem()
        return item.data(RULE_ROLE) if item is not None else None

    def open_editor(self, rule: Rule | None) -> RuleEditor:
        self.editor = RuleEditor(self.store, rule, self)
        self.editor.accepted.connect(lambda: self._save(self.editor.rule if self.editor else None))
        self.editor.open()
        return self.editor

    def _save(self, rule: Rule | None) -> None:
        if rule is not None:
            write(
                self, self.engine, lambda s: s.save_rule(rule), lambda _: self._done(), self.error
            )

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _toggled(self, item: QListWidgetItem) -> None:
        rule: Rule = item.data(RULE_ROLE)
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled != rule.enabled:
            self._save(replace(rule, enabled=enabled))

    def remove(self) -> None:
        rule = self.current()
        if rule is not None and rule.id is not None:
            rule_id = rule.id
            write(
                self,
                self.engine,
                lambda s: s.remove_rule(rule_id),
                lambda _: self._done(),
                self.error,
            )

    def move_rule(self, step: int) -> None:
        rule = self.current()
        ids = [self.list.item(i).data(RULE_ROLE).id for i in range(self.list.count())]
        if rule is None or rule.id not in ids:
            return
        at = ids.index(rule.id)
        to = max(0, min(len(ids) - 1, at + step))
        ids.insert(to, ids.pop(at))
        write(self, self.engine, lambda s: s.reorder_rules(ids), lambda _: self._done(), self.error)
