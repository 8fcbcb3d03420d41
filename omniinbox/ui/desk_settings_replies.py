"""The replies page of the desk settings: the automatic acknowledgement and the satisfaction
survey, per channel and per account, the follow-up question after a low score, and how long a
customer's reply reopens a resolved conversation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Account, Channel
from omniinbox.store import DeskSettings
from omniinbox.ui.formatting import channel_label

DEFAULT, ON, OFF = "default", "on", "off"


class RepliesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskRepliesPage")
        self._base = DeskSettings()
        self._accounts: list[Account] = []
        self.ack_channels: dict[str, QCheckBox] = {}
        self.csat_channels: dict[str, QCheckBox] = {}
        ack_row, csat_row = QHBoxLayout(), QHBoxLayout()
        for channel in Channel:
            for row, boxes in ((ack_row, self.ack_channels), (csat_row, self.csat_channels)):
                box = QCheckBox(channel_label(channel))
                boxes[channel.value] = box
                row.addWidget(box)
        ack_row.addStretch(1)
        csat_row.addStretch(1)
        self.max_acks = QSpinBox()
        self.max_acks.setRange(1, 100)
        self.max_acks.setToolTip(self.tr("Protects against loops with other auto-responders"))
        self.follow_up = QCheckBox(self.tr("After a score of 1 or 2, ask what went wrong"))
        self.accounts = QTableWidget(0, 3)
        self.accounts.setObjectName("accountSwitches")
        self.accounts.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Acknowledge"), self.tr("Survey")]
        )
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reopen_days = QDoubleSpinBox()
        self.reopen_days.setRange(0, 365)
        self.reopen_days.setDecimals(1)
        self.reopen_days.setSuffix(self.tr(" days"))
        self.reopen_days.setSpecialValueText(self.tr("never reopen"))

        ack = QGroupBox(self.tr("Automatic acknowledgement"))
        ack_form = QFormLayout(ack)
        intro = QLabel(
            self.tr(
                "A new conversation is answered at once with its ticket number and when to "
                "expect an answer. Auto-replies, bounces and mailing lists are never answered."
            )
        )
        intro.setWordWrap(True)
        ack_form.addRow(intro)
        ack_form.addRow(self.tr("On these channels"), ack_row)
        ack_form.addRow(self.tr("At most per sender and day"), self.max_acks)
        csat = QGroupBox(self.tr("Satisfaction survey on resolve"))
        csat_form = QFormLayout(csat)
        csat_form.addRow(self.tr("On these channels"), csat_row)
        csat_form.addRow(self.follow_up)
        per_account = QGroupBox(self.tr("Per account (overrides the channel)"))
        QVBoxLayout(per_account).addWidget(self.accounts)
        reopen = QGroupBox(self.tr("Reopening"))
        reopen_form = QFormLayout(reopen)
        reopen_form.addRow(
            self.tr("A customer reply reopens a resolved conversation within"), self.reopen_days
        )
        after = QLabel(self.tr("Later replies start a new conversation linked to the old one."))
        after.setWordWrap(True)
        reopen_form.addRow(after)
        layout = QVBoxLayout(self)
        for group in (ack, csat, per_account, reopen):
            layout.addWidget(group)
        layout.addStretch(1)

    def _switch_box(self, overrides: dict[str, bool], account: Account) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("As its channel"), DEFAULT)
        box.addItem(self.tr("On"), ON)
        box.addItem(self.tr("Off"), OFF)
        value = overrides.get(str(account.id))
        box.setCurrentIndex(0 if value is None else 1 if value else 2)
        if account.config.get("demo") == "true":
            box.setEnabled(False)
            box.setToolTip(self.tr("The demo desk never sends anything"))
        return box

    def load(self, settings: DeskSettings, accounts: list[Account]) -> None:
        self._base = settings
        self._accounts = list(accounts)
        for channel, box in self.ack_channels.items():
            box.setChecked(channel in settings.ack_channels)
        for channel, box in self.csat_channels.items():
            box.setChecked(channel in settings.csat_channels)
        self.max_acks.setValue(settings.max_acks_per_day)
        self.follow_up.setChecked(settings.csat_follow_up)
        self.reopen_days.setValue(settings.reopen_window_days)
        self.accounts.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            name = QTableWidgetItem(f"{account.name} · {channel_label(account.channel)}")
            self.accounts.setItem(row, 0, name)
            self.accounts.setCellWidget(row, 1, self._switch_box(settings.ack_accounts, account))
            self.accounts.setCellWidget(row, 2, self._switch_box(settings.csat_accounts, account))
        self.accounts.setVisible(bool(self._accounts))

    def switch(self, row: int, column: int) -> QComboBox:
        box = self.accounts.cellWidget(row, column)
        assert isinstance(box, QComboBox)
        return box

    def _overrides(self, column: int, base: dict[str, bool]) -> dict[str, bool]:
        known = {str(a.id) for a in self._accounts}
        out = {k: v for k, v in base.items() if k not in known}  # accounts removed since
        for row, account in enumerate(self._accounts):
            value = self.switch(row, column).currentData()
            if value != DEFAULT:
                out[str(account.id)] = value == ON
        return out

    def changes(self) -> dict[str, Any]:
        """The fields of DeskSettings this page sets (the rest stays as stored)."""
        return {
            "ack_channels": tuple(c for c, box in self.ack_channels.items() if box.isChecked()),
            "csat_channels": tuple(c for c, box in self.csat_channels.items() if box.isChecked()),
            "ack_accounts": self._overrides(1, self._base.ack_accounts),
            "csat_accounts": self._overrides(2, self._base.csat_accounts),
            "max_acks_per_day": self.max_acks.value(),
            "csat_follow_up": self.follow_up.isChecked(),
            "reopen_window_days": float(self.reopen_days.value()),
        }

    def changed(self) -> bool:
        base = self._base
        return any(getattr(base, k) != v for k, v in self.changes().items())
