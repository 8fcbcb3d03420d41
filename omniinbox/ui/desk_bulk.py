"""Bulk notification: choose who (a saved search or query, a tag, a category, tickets), write
one message with variables, check each customer's copy, send, and follow the progress. An
interrupted job (the app was closed while queuing) is offered for resuming."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from omniinbox.store import BulkJob, BulkProgress, BulkRecipient, Segment, StoreError
from omniinbox.ui.desk_dialog import DeskDialog
from omniinbox.ui.desk_widgets import ErrorLine, write

POLL_MS = 500


class BulkDialog(DeskDialog):
    finished_sending = Signal(object)  # BulkProgress
    object_name = "bulkDialog"

    def _setup(self) -> None:
        self.setWindowTitle(self.tr("Notify customers"))
        self.job: BulkJob | None = None
        self.recipients: list[BulkRecipient] = []
        self.query = QComboBox()
        self.query.setEditable(True)
        self.query.addItem("")
        for _, name, _query in self.store.saved_searches():
            self.query.addItem(name)
        line = self.query.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("a saved search or search words"))
        self.tag = QLineEdit(placeholderText=self.tr("e.g. concert"))
        self.category = QLineEdit(placeholderText=self.tr("e.g. refund"))
        self.tickets = QLineEdit(placeholderText=self.tr("e.g. 1042, 1043"))
        self.subject = QLineEdit(
            placeholderText=self.tr("subject, for customers without an open conversation")
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("bulkText")
        self.text.setPlaceholderText(
            self.tr(
                "Hello {customer.first_name}, … Variables: {customer.first_name} "
                "{customer.name} {ticket} {agent.name}"
            )
        )
        self.preview_button = QPushButton(self.tr("Preview"))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setEnabled(False)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("bulkPreview")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Channel"), self.tr("Conversation"), self.tr("Message")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.resume_box = QComboBox()
        self.resume_button = QPushButton(self.tr("Resume"))
        self.error = ErrorLine()
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._build()
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        self.resume_button.clicked.connect(self.resume)
        for edit in (self.tag, self.category, self.tickets, self.subject):
            edit.textChanged.connect(lambda *_: self.send_button.setEnabled(False))
        self.text.textChanged.connect(lambda: self.send_button.setEnabled(False))
        self.query.currentTextChanged.connect(lambda *_: self.send_button.setEnabled(False))
        self._offer_resume()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.query)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Tickets"), self.tickets)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resume_box)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.close_box())
        self.resize(900, 640)

    def _offer_resume(self) -> None:
        self.resume_box.clear()
        for job in self.store.bulk_jobs():
            if job.state == "queuing":
                self.resume_box.addItem(f"{job.created_at[:16]} · {job.text[:30]}", job.id)
        has = self.resume_box.count() > 0
        self.resume_box.setVisible(has)
        self.resume_button.setVisible(has)

    def segment(self) -> Segment:
        tickets = tuple(
            int(t.lstrip("#"))
            for t in re.split(r"[,\s]+", self.tickets.text())
            if t.strip().lstrip("#").isdigit()
        )
        return Segment(
            self.query.currentText().strip(),
            self.tag.text().strip(),
            self.category.text().strip(),
            tickets,
        )

    def preview(self) -> None:
        self.error.clear_error()
        try:
            self.recipients = self.store.bulk_preview(
                self.segment(), self.text.toPlainText(), self.agent_id
            )
        except (StoreError, ValueError) as exc:
            self.error.show_error(exc)
            return
        self.table.setRowCount(len(self.recipients))
        warn = QBrush(QColor("#b3261e"))
        for row, r in enumerate(self.recipients):
            where = f"#{r.ticket}" if r.ticket else self.tr("new conversation")
            cells = [r.name, r.channel or self.tr("no channel"), where, r.text]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 3 and [m for m in r.missing if m != "ticket"]:
                    item.setForeground(warn)
                    item.setToolTip(
                        self.tr("No value for: {0}; it is left out.").format(", ".join(r.missing))
                    )
                self.table.setItem(row, column, item)
        reachable = sum(1 for r in self.recipients if r.account_id is not None)
        self.summary.setText(
            self.tr("{0} customers, {1} reachable").format(len(self.recipients), reachable)
        )
        self.send_button.setText(self.tr("Send to {0} customers").format(reachable))
        self.send_button.setEnabled(reachable > 0)

    def send(self) -> None:
        segment, text, subject = self.segment(), self.text.toPlainText(), self.subject.text()
        agent = self.agent_id
        self.send_button.setEnabled(False)
        write(
            self,
            self.engine,
            lambda s: s.start_bulk(segment, text, subject=subject, agent_id=agent),
            self._started,
            self.error,
        )

    def _started(self, job: BulkJob) -> None:
        self.job = job
        self.progress.setRange(0, len(job.recipients))
        self.progress.setValue(0)
        self.progress.show()
        self.timer.start()
        write(self, self.engine, lambda s: s.queue_bulk(job.id)[1], self._queued, self.error)

    def resume(self) -> None:
        job_id = self.resume_box.currentData()
        if job_id:
            self._started(self.store.bulk_job(job_id))

    def _queued(self, _changes: object) -> None:
        self.engine.wake()
        self._offer_resume()
        self.poll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.job is not None:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # the job goes on in the engine; reopening the dialog resumes watching
        super().hideEvent(event)

    def poll(self) -> BulkProgress | None:
        if self.job is None:
            return None
        p = self.store.bulk_progress(self.job.id)
        self.progress.setValue(p.sent + p.failed + p.uncertain + len(p.no_channel))
        self.summary.setText(
            self.tr("{0} of {1} queued · {2} sent · {3} failed · {4} to check").format(
                p.queued, p.total, p.sent, p.failed, p.uncertain
            )
        )
        if p.done:
            self.timer.stop()
            self.finished_sending.emit(p)
        return p
