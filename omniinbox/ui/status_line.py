"""The status bar's permanent part: each account online or not (with its sentence), a
progress bar while a long sync runs, and the outbox, which opens its dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from omniinbox.connector import AccountState
from omniinbox.sync.events import REMOVED, AccountStatus
from omniinbox.ui.assets import icon
from omniinbox.ui.theme import colours

LONG_SYNC = 50  # a sync with more items than this to go shows the progress bar

# Worst first: the dot shows the most urgent state of any account.
_SEVERITY = [
    AccountState.BAD_CREDENTIALS,
    AccountState.ERROR,
    AccountState.OFFLINE,
    AccountState.CONNECTING,
    AccountState.SYNCING,
    AccountState.CONNECTED,
    AccountState.DISABLED,
]
ONLINE = frozenset({AccountState.CONNECTED, AccountState.SYNCING})


def _dot_colour(state: AccountState) -> str:
    c = colours()
    return {
        AccountState.BAD_CREDENTIALS: c.red,
        AccountState.ERROR: c.red,
        AccountState.OFFLINE: c.amber,
        AccountState.CONNECTING: c.accent,
        AccountState.SYNCING: c.accent,
        AccountState.CONNECTED: c.green,
    }.get(state, c.grey)


class StatusLine(QWidget):
    """Account states and what waits in the outbox, in the agent's words."""

    outbox_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[int, AccountStatus] = {}
        self._note = ""
        self._dots: dict[int, QLabel] = {}
        self._dot = QLabel("●")
        self._dot.setObjectName("stateDot")
        self.accounts_label = QLabel()
        self.accounts_label.setObjectName("accountsLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.outbox_button = QToolButton()
        self.outbox_button.setObjectName("outboxButton")
        self.outbox_button.setAutoRaise(True)
        self.outbox_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.outbox_button.setToolTip(self.tr("See the outbox; retry what failed"))
        self.outbox_button.clicked.connect(self.outbox_clicked)
        self.outbox_label = self.outbox_button  # what tests and screen readers read
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self._dot)
        layout.addWidget(self.accounts_label, 1)
        layout.addWidget(self.progress)
        layout.addSpacing(12)
        layout.addWidget(self.outbox_button)
        self.set_outbox({})
        self._show_accounts()

    def refresh_icons(self) -> None:
        self.outbox_button.setIcon(icon("outbox"))
        self._show_accounts()

    # --- accounts ---------------------------------------------------------------------------

    def set_account(self, status: AccountStatus) -> None:
        if status.state is AccountState.DISABLED and status.sentence == REMOVED:
            self._statuses.pop(status.account_id, None)  # the account is gone from the desk
        else:
            self._statuses[status.account_id] = status
        self._show_accounts()
        self._show_progress()

    def set_note(self, note: str) -> None:
        """What to say while no account reports (e.g. on the demo desk)."""
        self._note = note
        self._show_accounts()

    def online(self, account_id: int) -> bool | None:
        status = self._statuses.get(account_id)
        return None if status is None else status.state in ONLINE

    def _words(self, status: AccountStatus) -> str:
        words = status.sentence or {
            AccountState.CONNECTING: self.tr("connecting"),
            AccountState.CONNECTED: self.tr("up to date"),
            AccountState.SYNCING: self.tr("syncing"),
            AccountState.OFFLINE: self.tr("offline"),
            AccountState.BAD_CREDENTIALS: self.tr("the password or token was not accepted"),
            AccountState.ERROR: self.tr("stopped by an error"),
            AccountState.DISABLED: self.tr("turned off"),
        }.get(status.state, status.state.value)
        if status.state is AccountState.SYNCING and status.total:
            words = self.tr("syncing {0} of {1}").format(status.done or 0, status.total)
        return words

    def _sentence(self, status: AccountStatus) -> str:
        return self.tr("{0}: {1}").format(status.account_name, self._words(status))

    def _show_accounts(self) -> None:
        statuses = sorted(self._statuses.values(), key=lambda s: s.account_name.lower())
        if not statuses:
            self._dot.setStyleSheet(f"color: {colours().grey}")
            self.accounts_label.setText(self._note or self.tr("No accounts are syncing"))
            self.accounts_label.setToolTip("")
            return
        worst = min(statuses, key=lambda s: _SEVERITY.index(s.state)).state
        self._dot.setStyleSheet(f"color: {_dot_colour(worst)}")
        parts = []
        for status in statuses:
            colour = _dot_colour(status.state)
            state = self.tr("online") if status.state in ONLINE else self._words(status)
            parts.append(
                f'<span style="color:{colour}">●</span> {_esc(status.account_name)}: {_esc(state)}'
            )
        self.accounts_label.setTextFormat(Qt.TextFormat.RichText)
        self.accounts_label.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.accounts_label.setToolTip("\n".join(self._sentence(s) for s in statuses))

    def _show_progress(self) -> None:
        syncing = [
            s
            for s in self._statuses.values()
            if s.state is AccountState.SYNCING and s.total and s.total - (s.done or 0) > LONG_SYNC
        ]
        if not syncing:
            self.progress.hide()
            return
        total = sum(s.total or 0 for s in syncing)
        done = sum(s.done or 0 for s in syncing)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setToolTip(self.tr("Syncing {0} of {1}").format(done, total))
        self.progress.show()

    def accounts_text(self) -> str:
        """The accounts line as plain text."""
        return "   ·   ".join(self._sentence(s) for s in self._statuses.values()) or (
            self.accounts_label.text()
        )

    # --- outbox -----------------------------------------------------------------------------

    def set_outbox(self, counts: dict[str, int]) -> None:
        waiting = counts.get("queued", 0) + counts.get("sending", 0)
        parts = []
        if waiting:
            parts.append(self.tr("%n waiting to sync", "", waiting))
        if counts.get("failed"):
            parts.append(self.tr("%n failed", "", counts["failed"]))
        if counts.get("uncertain"):
            parts.append(self.tr("%n may not have gone out", "", counts["uncertain"]))
        if parts:
            self.outbox_button.setText(self.tr("Outbox: {0}").format(", ".join(parts)))
        else:
            self.outbox_button.setText(self.tr("Outbox: nothing waiting"))
        trouble = bool(counts.get("failed") or counts.get("uncertain"))
        self.outbox_button.setProperty("busy", bool(parts))
        self.outbox_button.setProperty("trouble", trouble)
        self.outbox_button.style().unpolish(self.outbox_button)
        self.outbox_button.style().polish(self.outbox_button)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
