"""The KPI dashboard: a period and filters, the numbers (docs/kpi.md says what each means),
bar charts of volume and backlog, and CSV / JSON export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Channel
from omniinbox.domain.kpi import KpiReport
from omniinbox.store import Store, StoreError
from omniinbox.sync.desk_kpi import KpiQuery, kpi_report, report_csv, report_json, report_rows
from omniinbox.ui.desk_widgets import BarChart, ErrorLine
from omniinbox.ui.ops import Reader, ReadOp

_RATES = (
    "first_contact_resolution_rate",
    "repeat_contact_rate",
    "reopen_rate",
    "sla_compliance",
    "csat_satisfied_rate",
    "csat_response_rate",
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class KpiDashboard(QDialog):
    computed = Signal(object)  # KpiReport

    def __init__(
        self, store: Store, reader: Reader | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDashboard")
        self.setWindowTitle(self.tr("Support KPIs"))
        self.store, self.reader = store, reader
        self.report: KpiReport | None = None
        today = date.today()
        self.start = QDateEdit(_qdate(today - timedelta(days=6)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), "")
        for channel in Channel:
            self.channel.addItem(channel.value, channel.value)
        self.account = QComboBox()
        self.account.addItem(self.tr("All accounts"), "")
        for account in store.accounts():
            self.account.addItem(account.name, account.name)
        self.agent = QComboBox()
        self.agent.addItem(self.tr("All agents"), "")
        for agent in store.agents():
            self.agent.addItem(agent.name, agent.name)
        self.category = QLineEdit(placeholderText=self.tr("All categories"))
        self.show_button = QPushButton(self.tr("Show"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.json_button = QPushButton(self.tr("Export JSON…"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("kpiTable")
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.by_channel = BarChart(self.tr("Conversations by channel"))
        self.by_category = BarChart(self.tr("Conversations by category"))
        self.backlog = BarChart(self.tr("Open conversations by age"))
        self.times = BarChart(self.tr("Business minutes (median and 90th percentile)"))
        self.error = ErrorLine()
        self._build()
        self.show_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.json_button.clicked.connect(lambda: self._ask_export("json"))
        self._exports(False)

    def _build(self) -> None:
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(self.end)
        form.addRow(self.tr("From – to"), period)
        filters = QHBoxLayout()
        for widget in (self.channel, self.account, self.agent, self.category):
            filters.addWidget(widget)
        form.addRow(self.tr("Only"), filters)
        actions = QHBoxLayout()
        for button in (self.show_button, self.csv_button, self.json_button):
            actions.addWidget(button)
        actions.addStretch(1)
        charts = QWidget()
        column = QVBoxLayout(charts)
        for chart in (self.by_channel, self.by_category, self.backlog, self.times):
            column.addWidget(chart)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(980, 640)

    def _exports(self, on: bool) -> None:
        self.csv_button.setEnabled(on)
        self.json_button.setEnabled(on)

    def query(self) -> KpiQuery:
        return KpiQuery(
            _day(self.start.date()),
            _day(self.end.date()),
            self.channel.currentData(),
            self.account.currentData(),
            self.agent.currentData(),
            self.category.text().strip(),
        )

    def refresh(self) -> None:
        self.error.clear_error()
        query = self.query()
        if self.reader is None:
            try:
                self.show_report(kpi_report(self.store, query))
            except (StoreError, ValueError) as exc:
                self.error.show_error(exc)
            return
        ReadOp(self, self.reader, lambda s: kpi_report(s, query)).success(self.show_report).failure(
            self.error.show_error
        ).run()

    def show_report(self, report: KpiReport) -> None:
        self.report = report
        rows = [(n, v) for n, v in report_rows(report) if n not in ("start", "end")]
        self.table.setRowCount(len(rows))
        for i, (name, value) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(self.label(name)))
            self.table.setItem(i, 1, QTableWidgetItem(self._shown(name, value)))
        self.by_channel.set_bars(list(report.volume_by_channel.items()))
        self.by_category.set_bars(
            [(k or self.tr("(none)"), v) for k, v in report.volume_by_category.items()]
        )
        self.backlog.set_bars(list(report.backlog.items()))
        self.times.set_bars(
            [
                (self.tr("first response, median"), report.first_response.median or 0),
                (self.tr("first response, p90"), report.first_response.p90 or 0),
                (self.tr("resolution, median"), report.resolution.median or 0),
                (self.tr("resolution, p90"), report.resolution.p90 or 0),
            ]
        )
        self._exports(True)
        self.computed.emit(report)

    def label(self, name: str) -> str:
        """A metric's name for people: "first_response.p90" -> "First response: 90th percentile"."""
        head, _, rest = name.partition(".")
        names = {
            "volume": self.tr("Conversations"),
            "volume_by_channel": self.tr("Conversations on"),
            "volume_by_category": self.tr("Conversations in"),
            "first_response": self.tr("First response, business minutes"),
            "unanswered": self.tr("Not answered yet"),
            "resolved": self.tr("Resolved"),
            "resolution": self.tr("Resolution, business minutes"),
            "first_contact_resolution_rate": self.tr("Resolved at first contact"),
            "repeat_contact_rate": self.tr("Came back within 7 days"),
            "reopen_rate": self.tr("Reopened"),
            "sla_compliance": self.tr("SLA met"),
            "csat_average": self.tr("Satisfaction, average of 5"),
            "csat_satisfied_rate": self.tr("Satisfied (4 or 5)"),
            "csat_response_rate": self.tr("Answered the survey"),
            "backlog": self.tr("Open, aged"),
        }
        parts = {
            "count": self.tr("count"),
            "median": self.tr("median"),
            "p90": self.tr("90th percentile"),
            "mean": self.tr("mean"),
        }
        text = names.get(head, head.replace("_", " "))
        return f"{text}: {parts.get(rest, rest)}" if rest else text

    def _shown(self, name: str, value: object) -> str:
        if value is None:
            return self.tr("n/a")
        if name in _RATES and isinstance(value, float):
            return f"{value:.0%}"
        if isinstance(value, float):
            return f"{value:.1f}"
        return str(value)

    def export(self, path: Path, fmt: str) -> None:
        if self.report is None:
            return
        text = report_csv(self.report) if fmt == "csv" else report_json(self.report)
        Path(path).write_text(text, encoding="utf-8")

    def _ask_export(self, fmt: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export KPIs"),
            f"kpi.{fmt}",
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("JSON files (*.json)"),
        )
        if name:
            try:
                self.export(Path(name), fmt)
            except OSError as exc:
                self.error.show_error(exc.strerror or str(exc))
