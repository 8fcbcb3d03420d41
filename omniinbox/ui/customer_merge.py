"""Merging two customers into one: find the other by name, address, handle or #ticket, see
who they are, confirm. The customer panel offers the undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.templates import fold
from omniinbox.store import Store, StoreError
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
    """Customers whose name or handles hold every word of ``text`` (or the customer of a
    #ticket). A store method ``find_customers(text, limit)`` would replace this."""
    words = text.split()
    contact_ids: list[int] = []
    if len(words) == 1 and words[0].startswith("#") and words[0][1:].isdigit():
        try:
            found = store.conversation_by_ticket(int(words[0][1:]))
        except StoreError:
            return []
        contact_ids = [found.contact_id] if found.contact_id is not None else []
    elif words:
        longest = max(words, key=len)
        hits = store.search(f"from:{longest}", limit=200)
        rows = store.conversation_rows([h.conversation_id for h in hits])
        for hit in hits:
            row = rows.get(hit.conversation_id)
            if row is not None and row.contact_id is not None:
                contact_ids.append(row.contact_id)
    out: list[Candidate] = []
    wanted = [fold(w) for w in words if not w.startswith("#")]
    for contact_id in dict.fromkeys(contact_ids):
        if contact_id == exclude:
            continue
        try:
            card = store.customer(contact_id)
        except StoreError:
            continue
        handles = tuple(i.display or i.value for i in card.contact.identities)
        hay = fold(
            " ".join([card.contact.name, *handles, *(i.value for i in card.contact.identities)])
        )
        if all(w in hay for w in wanted):
            out.append(Candidate(contact_id, card.contact.name, handles, card.conversation_count))
        if len(out) >= MAX_CANDIDATES:
            break
    return out


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
