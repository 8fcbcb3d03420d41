"""Merging two customers into one: find the other by name, address, handle or #ticket, see
who they are, confirm. The customer panel offers the undo, and the suggestions: customers who
may be the same person (same name, same handle on another network), each with Merge and Not
the same (remembered, so it is not suggested again)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.store import Store
from omniinbox.store.contacts import MergeSuggestion
from omniinbox.ui.ops import Reader, ReadOp

SEARCH_DELAY_MS = 200
MAX_CANDIDATES = 20


@dataclass(frozen=True, slots=True)
class Candidate:
    contact_id: int
    name: str
    identities: tuple[str, ...]
    conversations: int


def find_customers(store: Store, text: str, exclude: int | None = None) -> list[Candidate]:
    """Customers whose name or handles hold every word of ``text`` as a word start (or the
    customer of a #ticket), most recently active first."""
    return [
        Candidate(m.contact_id, m.name, m.handles, m.conversations)
        for m in store.find_customers(text, MAX_CANDIDATES, exclude)
    ]


class MergeDialog(QDialog):
    """Pick the customer to merge into ``keep_name``; ``chosen()`` after it is accepted."""

    def __init__(
        self, reader: Reader, keep_id: int, keep_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self._reader = reader
        self._keep_id = keep_id
        self._seq = 0
        intro = QLabel(
            self.tr(
                "Find the other customer. Their addresses, handles and conversations move to "
                "{0}; you can undo the merge later."
            ).format(keep_name)
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("mergeSearch")
        self.field.setPlaceholderText(self.tr("Name, address, handle or #ticket"))
        self.results = QListWidget()
        self.results.setObjectName("mergeResults")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.results.currentItemChanged.connect(
            lambda item, _prev: self.merge_button.setEnabled(item is not None)
        )
        self.results.itemActivated.connect(lambda _item: self.accept())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 420)

    def _search(self) -> None:
        text = self.field.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self.results.clear()
            return
        keep = self._keep_id
        ReadOp(self, self._reader, lambda s: find_customers(s, text, keep)).success(
            lambda found: self._show(seq, found)
        ).run()

    def _show(self, seq: int, found: list[Candidate]) -> None:
        if seq != self._seq:
            return
        self.results.clear()
        for candidate in found:
            detail = self.tr("%n conversation(s)", "", candidate.conversations)
            handles = ", ".join(candidate.identities[:3])
            item = QListWidgetItem(f"{candidate.name}\n{handles}  ·  {detail}")
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> Candidate | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


_NETWORKS = {"telegram": "Telegram", "x": "X", "email": "email"}


class MergeSuggestions(QWidget):
    """ "Possibly the same customer: <name> (reason)" rows, each with Merge and Not the same.
    The panel fills it (``show``) and does the writes the signals ask for."""

    merge_requested = Signal(int, str)  # the other customer's id and name
    not_same = Signal(int)  # the other customer's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSuggestions")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: dict[int, QWidget] = {}
        self.hide()

    def reason(self, suggestion: MergeSuggestion) -> str:
        if suggestion.why == "name":
            return self.tr("same name")
        network = _NETWORKS.get(suggestion.network, suggestion.network)
        return self.tr("same handle on {0}: {1}").format(network, suggestion.handle)

    def show_suggestions(self, suggestions: list[MergeSuggestion]) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}
        for suggestion in suggestions:
            self.rows[suggestion.contact_id] = self._row(suggestion)
            self._layout.addWidget(self.rows[suggestion.contact_id])
        self.setVisible(bool(self.rows))

    def forget(self, contact_id: int) -> None:
        """Take one row away at once (the write that remembers it follows)."""
        row = self.rows.pop(contact_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self.setVisible(bool(self.rows))

    def _row(self, suggestion: MergeSuggestion) -> QWidget:
        row = QFrame()
        row.setObjectName("mergeSuggestion")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(row)
        box.setContentsMargins(8, 6, 8, 6)
        text = QLabel(
            self.tr("Possibly the same customer: {0} ({1})").format(
                suggestion.name, self.reason(suggestion)
            )
        )
        text.setWordWrap(True)
        text.setObjectName("mergeSuggestionText")
        buttons = QHBoxLayout()
        merge = QToolButton()
        merge.setObjectName("linkButton")
        merge.setText(self.tr("Merge"))
        merge.setToolTip(self.tr("Make them one customer; you can undo it"))
        merge.clicked.connect(
            lambda _c=False, s=suggestion: self.merge_requested.emit(s.contact_id, s.name)
        )
        different = QToolButton()
        different.setObjectName("linkButton")
        different.setText(self.tr("Not the same"))
        different.setToolTip(self.tr("Different people: do not suggest this again"))
        different.clicked.connect(lambda _c=False, s=suggestion: self.not_same.emit(s.contact_id))
        buttons.addWidget(merge)
        buttons.addWidget(different)
        buttons.addStretch(1)
        box.addWidget(text)
        box.addLayout(buttons)
        return row
