"""The rows of the rule editor: one condition (field, operator, value) or one action (kind,
value, agent, minutes), from the domain's enums, and a growing list of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.rules import ALLOWED_OPS, Action, ActionKind, Condition, Field, Op

# What a rule author can pick; escalate plans "add collaborator" and "notify" by itself.
CHOSEN_ACTIONS = tuple(
    k for k in ActionKind if k not in (ActionKind.ADD_COLLABORATOR, ActionKind.NOTIFY)
)
_AGENT_ACTIONS = (ActionKind.ASSIGN, ActionKind.ESCALATE, ActionKind.ROUND_ROBIN)
_VALUE_ACTIONS = (
    ActionKind.SET_CATEGORY,
    ActionKind.ADD_TAG,
    ActionKind.SET_PRIORITY,
    ActionKind.AUTO_REPLY,
    ActionKind.ESCALATE,
)


def field_labels(w: QWidget) -> dict[Field, str]:
    return {
        Field.CHANNEL: QCoreApplication.translate("RuleRows", "channel"),
        Field.ACCOUNT: QCoreApplication.translate("RuleRows", "account"),
        Field.SENDER: QCoreApplication.translate("RuleRows", "sender"),
        Field.SUBJECT: QCoreApplication.translate("RuleRows", "subject"),
        Field.TEXT: QCoreApplication.translate("RuleRows", "text"),
        Field.SUBJECT_OR_TEXT: QCoreApplication.translate("RuleRows", "subject or text"),
        Field.LANGUAGE: QCoreApplication.translate("RuleRows", "language"),
        Field.CUSTOMER_TAG: QCoreApplication.translate("RuleRows", "customer tag"),
        Field.BUSINESS_HOURS: QCoreApplication.translate("RuleRows", "in business hours"),
        Field.PRIORITY: QCoreApplication.translate("RuleRows", "priority"),
        Field.STATUS: QCoreApplication.translate("RuleRows", "status"),
        Field.IDLE_MINUTES: QCoreApplication.translate(
            "RuleRows", "minutes since the last message"
        ),
    }


def op_labels(w: QWidget) -> dict[Op, str]:
    return {
        Op.IS: QCoreApplication.translate("RuleRows", "is"),
        Op.IS_NOT: QCoreApplication.translate("RuleRows", "is not"),
        Op.CONTAINS: QCoreApplication.translate("RuleRows", "contains"),
        Op.NOT_CONTAINS: QCoreApplication.translate("RuleRows", "does not contain"),
        Op.HAS_WORD: QCoreApplication.translate("RuleRows", "has the word"),
        Op.MATCHES: QCoreApplication.translate("RuleRows", "matches the pattern"),
        Op.AT_LEAST: QCoreApplication.translate("RuleRows", "at least"),
        Op.AT_MOST: QCoreApplication.translate("RuleRows", "at most"),
    }


def action_labels(w: QWidget) -> dict[ActionKind, str]:
    return {
        ActionKind.SET_CATEGORY: QCoreApplication.translate("RuleRows", "set the category"),
        ActionKind.ADD_TAG: QCoreApplication.translate("RuleRows", "add a tag"),
        ActionKind.SET_PRIORITY: QCoreApplication.translate("RuleRows", "set the priority"),
        ActionKind.ASSIGN: QCoreApplication.translate("RuleRows", "assign to"),
        ActionKind.ROUND_ROBIN: QCoreApplication.translate("RuleRows", "assign in turn"),
        ActionKind.AUTO_REPLY: QCoreApplication.translate("RuleRows", "reply with a template"),
        ActionKind.ESCALATE: QCoreApplication.translate("RuleRows", "escalate to"),
        ActionKind.SNOOZE: QCoreApplication.translate("RuleRows", "snooze"),
        ActionKind.RESOLVE: QCoreApplication.translate("RuleRows", "resolve"),
        ActionKind.ADD_COLLABORATOR: QCoreApplication.translate("RuleRows", "add a helper"),
        ActionKind.NOTIFY: QCoreApplication.translate("RuleRows", "notify"),
    }


def _split(text: str) -> str | tuple[str, ...]:
    """Several values are typed comma-separated: any of them matches."""
    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    return parts[0] if len(parts) == 1 else parts


class ConditionRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QComboBox()
        for f, label in field_labels(self).items():
            self.field.addItem(label, f)
        self.op = QComboBox()
        self.value = QLineEdit(placeholderText=self.tr("value; several: comma-separated"))
        self.remove = QPushButton(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.op)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._ops)
        self._ops()

    def _ops(self, *_args: object) -> None:
        kept = self.op.currentData()
        self.op.clear()
        for op, label in op_labels(self).items():
            if op in ALLOWED_OPS[Field(self.field.currentData())]:
                self.op.addItem(label, op)
        if kept is not None and self.op.findData(kept) >= 0:
            self.op.setCurrentIndex(self.op.findData(kept))

    def load(self, condition: Condition) -> None:
        self.field.setCurrentIndex(self.field.findData(condition.field))
        self.op.setCurrentIndex(self.op.findData(condition.op))
        value = condition.value
        if isinstance(value, tuple):
            self.value.setText(", ".join(value))
        elif isinstance(value, bool):
            self.value.setText("yes" if value else "no")
        else:
            self.value.setText(str(value))

    def condition(self) -> Condition:
        return Condition(self.field.currentData(), self.op.currentData(), _split(self.value.text()))


class ActionRow(QWidget):
    def __init__(self, agents: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        labels = action_labels(self)
        for kind in CHOSEN_ACTIONS:
            self.kind.addItem(labels[kind], kind)
        self.value = QLineEdit()
        self.agent = QComboBox()
        self.agent.addItem(self.tr("(owner)"), None)
        for agent_id, name in agents:
            self.agent.addItem(name, agent_id)
        self.agents = QLineEdit(placeholderText=self.tr("agents, comma-separated"))
        self._names = {name.casefold(): agent_id for agent_id, name in agents}
        self._shown = dict(agents)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60 * 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.remove = QPushButton(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.value, self.agent, self.agents, self.minutes, self.remove):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self.kind.currentIndexChanged.connect(self._fields)
        self._fields()

    def _fields(self, *_args: object) -> None:
        kind = ActionKind(self.kind.currentData())  # Qt hands a StrEnum back as a plain str
        self.value.setVisible(kind in _VALUE_ACTIONS)
        self.value.setPlaceholderText(
            {
                ActionKind.SET_CATEGORY: self.tr("category, e.g. delivery.late"),
                ActionKind.ADD_TAG: self.tr("tag"),
                ActionKind.SET_PRIORITY: self.tr("low, normal, high or urgent"),
                ActionKind.AUTO_REPLY: self.tr("template name"),
                ActionKind.ESCALATE: self.tr("note for the agent"),
            }.get(kind, "")
        )
        self.agent.setVisible(kind in (ActionKind.ASSIGN, ActionKind.ESCALATE))
        self.agents.setVisible(kind is ActionKind.ROUND_ROBIN)
        self.minutes.setVisible(kind is ActionKind.SNOOZE)

    def load(self, action: Action) -> None:
        self.kind.setCurrentIndex(self.kind.findData(action.kind))
        self.value.setText(action.value)
        self.agent.setCurrentIndex(max(0, self.agent.findData(action.agent_id)))
        self.agents.setText(", ".join(self._shown.get(a, str(a)) for a in action.agent_ids))
        self.minutes.setValue(action.minutes)

    def action(self) -> Action:
        kind = ActionKind(self.kind.currentData())
        pool = []
        for name in filter(None, (n.strip() for n in self.agents.text().split(","))):
            if name.casefold() not in self._names:
                raise ValueError(self.tr("There is no agent called {0}.").format(name))
            pool.append(self._names[name.casefold()])
        return Action(
            kind,
            value=self.value.text().strip() if kind in _VALUE_ACTIONS else "",
            agent_id=self.agent.currentData() if kind in _AGENT_ACTIONS else None,
            agent_ids=tuple(pool) if kind is ActionKind.ROUND_ROBIN else (),
            minutes=self.minutes.value() if kind is ActionKind.SNOOZE else 0,
        )


class RowList(QWidget):
    """Rows of one kind with an "add" button below."""

    def __init__(
        self, make: Callable[[], QWidget], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self._layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add)

    def add(self, *_args: object) -> QWidget:
        row = self._make()
        self._layout.insertWidget(self._layout.count() - 1, row)
        remove = getattr(row, "remove", None)
        if isinstance(remove, QPushButton):
            remove.clicked.connect(lambda: self._drop(row))
        return row

    def _drop(self, row: QWidget) -> None:
        self._layout.removeWidget(row)
        row.deleteLater()

    def rows(self) -> list[QWidget]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        found = (item.widget() for item in items if item is not None)
        return [w for w in found if w is not None and w is not self.add_button]
