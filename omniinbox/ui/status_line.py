"""The status bar's permanent part: each account's state in a sentence, and the outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from omniinbox.connector import AccountState
from omniinbox.sync.events import AccountStatus

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
_DOT = {
    AccountState.BAD_CREDENTIALS: "#cf222e",
    AccountState.ERROR: "#cf222e",
    AccountState.OFFLINE: "#bf8700",
    AccountState.CONNECTING: "#1f6feb",
    AccountState.SYNCING: "#1f6feb",
    AccountState.CONNECTED: "#1a7f37",
    AccountState.DISABLED: "#8c959f",
}


class StatusLine(QWidget):
    """Account states and what waits in the outbox, in the agent's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[int, AccountStatus] = {}
        self._note = ""
        self._dot = QLabel("●")
        self._dot.setObjectName("stateDot")
        self.accounts_label = QLabel()
        self.accounts_label.setObjectName("accountsLabel")
        self.outbox_label = QLabel()
        self.outbox_label.setObjectName("outboxLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self._dot)
        layout.addWidget(self.accounts_label, 1)
        layout.addSpacing(16)
        layout.addWidget(self.outbox_label)
        self.set_outbox({})
        self._show_accounts()

    # --- accounts ---------------------------------------------------------------------------

    def set_account(self, status: AccountStatus) -> None:
        self._statuses[status.account_id] = status
        self._show_accounts()

    def set_note(self, note: str) -> None:
        """What to say while no account reports (e.g. on the demo desk)."""
        self._note = note
        self._show_accounts()

    def _sentence(self, status: AccountStatus) -> str:
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
        return self.tr("{0}: {1}").format(status.account_name, words)

    def _show_accounts(self) -> None:
        statuses = sorted(self._statuses.values(), key=lambda s: s.account_name.lower())
        if not statuses:
            self._dot.setStyleSheet("color: #8c959f")
            self.accounts_label.setText(self._note or self.tr("No accounts are syncing"))
            self.accounts_label.setToolTip("")
            return
        worst = min(statuses, key=lambda s: _SEVERITY.index(s.state)).state
        self._dot.setStyleSheet(f"color: {_DOT[worst]}")
        sentences = [self._sentence(s) for s in statuses]
        self.accounts_label.setText("   ·   ".join(sentences))
        self.accounts_label.setToolTip("\n".join(sentences))

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
            self.outbox_label.setText(self.tr("Outbox: {0}").format(", ".join(parts)))
        else:
            self.outbox_label.setText(self.tr("Outbox: nothing waiting"))
        self.outbox_label.setProperty("busy", bool(parts))
        self.outbox_label.style().unpolish(self.outbox_label)
        self.outbox_label.style().polish(self.outbox_label)
