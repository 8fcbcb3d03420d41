"""The SLA page of the desk settings: first response, next response and resolution targets
per priority in business minutes, pausing while pending, and when a clock counts as due soon."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Priority
from omniinbox.domain.sla import SlaPolicy, SlaTargets, Target
from omniinbox.ui.formatting import priority_label

PRIORITIES = (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW)
TARGETS = (Target.FIRST_RESPONSE, Target.NEXT_RESPONSE, Target.RESOLUTION)
MAX_MINUTES = 60 * 24 * 365  # a year of business minutes is more than any target


def minutes_box(special: str) -> QSpinBox:
    """Minutes; 0 shows ``special`` (not tracked, off)."""
    box = QSpinBox()
    box.setRange(0, MAX_MINUTES)
    box.setSingleStep(15)
    box.setSpecialValueText(special)
    box.setSuffix(QCoreApplication.translate("SlaPage", " min"))
    return box


class SlaPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSlaPage")
        self._base = SlaPolicy()
        self.targets: dict[tuple[Priority, Target], QSpinBox] = {}
        names = {
            Target.FIRST_RESPONSE: self.tr("First response"),
            Target.NEXT_RESPONSE: self.tr("Next response"),
            Target.RESOLUTION: self.tr("Resolution"),
        }
        grid = QGridLayout()
        for col, target in enumerate(TARGETS, start=1):
            grid.addWidget(QLabel(names[target]), 0, col)
        for row, priority in enumerate(PRIORITIES, start=1):
            grid.addWidget(QLabel(priority_label(priority)), row, 0)
            for col, target in enumerate(TARGETS, start=1):
                box = minutes_box(self.tr("not tracked"))
                box.setAccessibleName(f"{priority_label(priority)}: {names[target]}")
                grid.addWidget(box, row, col)
                self.targets[(priority, target)] = box
        note = QLabel(
            self.tr(
                "Targets count business minutes only (the calendar's opening hours). "
                "First response runs from the first message to the first answer; next "
                "response from each later customer message to the answer; resolution until "
                "the conversation is resolved."
            )
        )
        note.setWordWrap(True)
        group = QGroupBox(self.tr("Targets per priority"))
        inner = QVBoxLayout(group)
        inner.addWidget(note)
        inner.addLayout(grid)
        self.pause = QCheckBox(self.tr("Pause the clocks while a conversation is pending"))
        self.pause.setToolTip(self.tr("Pending: waiting for the customer"))
        self.soon_percent = QSpinBox()
        self.soon_percent.setRange(0, 99)
        self.soon_percent.setSuffix(" %")
        self.soon_percent.setSpecialValueText(self.tr("off"))
        self.soon_minutes = minutes_box(self.tr("off"))
        form = QFormLayout()
        form.addRow(self.pause)
        form.addRow(self.tr("Due soon when this much is used"), self.soon_percent)
        form.addRow(self.tr("or when less than this is left"), self.soon_minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, policy: SlaPolicy) -> None:
        self._base = policy
        for (priority, target), box in self.targets.items():
            box.setValue(int(policy.targets_for(priority).minutes(target) or 0))
        self.pause.setChecked(policy.pause_while_pending)
        fraction = policy.due_soon_fraction
        self.soon_percent.setValue(round(fraction * 100) if fraction else 0)
        self.soon_minutes.setValue(int(policy.due_soon_minutes or 0))

    def policy(self) -> SlaPolicy:
        """The policy as entered; ValueError with a sentence when it cannot work."""
        values: dict[str, SlaTargets] = {}
        for priority in PRIORITIES:
            chosen = {t.value: (self.targets[(priority, t)].value() or None) for t in TARGETS}
            first, resolution = chosen["first_response"], chosen["resolution"]
            if first and resolution and resolution < first:
                raise ValueError(
                    _tr("{0}: the resolution target is shorter than the first response.").format(
                        priority_label(priority)
                    )
                )
            values[priority.value] = SlaTargets(**chosen)
        percent = self.soon_percent.value()
        return replace(
            self._base,
            **values,  # type: ignore[arg-type]
            pause_while_pending=self.pause.isChecked(),
            due_soon_fraction=percent / 100 if percent else None,
            due_soon_minutes=self.soon_minutes.value() or None,
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlaPage", text)
