"""The desk settings: business calendar, SLA policy, acknowledgements and surveys, and the
category tree, as one page (`DeskSettingsPage`) that a general settings dialog can embed, and
as a small dialog of its own (`DeskSettingsDialog`, from the Desk menu).

The page reads the store when it is made and writes only on `apply()`: everything it shows is
checked first (a sentence says what to fix, and on which tab), then the parts that changed are
written in one transaction on the engine's writer, and the desk re-evaluates its SLA clocks
and rules with the new settings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.categories import CategoryTree
from omniinbox.domain.sla import SlaPolicy
from omniinbox.store import ChangeSet, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.desk_categories import CategoryEditor
from omniinbox.ui.desk_settings_calendar import CalendarPage
from omniinbox.ui.desk_settings_replies import RepliesPage
from omniinbox.ui.desk_settings_sla import SlaPage
from omniinbox.ui.desk_widgets import ErrorLine, desk_refresh
from omniinbox.ui.ops import WriteOp, error_sentence


@dataclass(frozen=True, slots=True)
class DeskEdits:
    """What `apply` writes; None: that part did not change."""

    calendar: BusinessCalendar | None = None
    policy: SlaPolicy | None = None
    settings: dict[str, Any] | None = None
    tree: CategoryTree | None = None
    moves: dict[str, str] | None = None

    def __bool__(self) -> bool:
        return any(x is not None for x in (self.calendar, self.policy, self.settings, self.tree))


def write_edits(store: Store, engine: Engine, edits: DeskEdits) -> ChangeSet:
    """On the writer: every changed part in one transaction, then the desk re-evaluates."""
    with store.tx():
        if edits.calendar is not None:
            store.set_business_calendar(edits.calendar)
        if edits.policy is not None:
            store.set_sla_policy(edits.policy)
        if edits.settings is not None:
            store.save_desk_settings(replace(store.desk_settings(), **edits.settings))
        changes = ChangeSet()
        if edits.tree is not None:
            changes = store.save_category_tree(edits.tree, edits.moves)
    changes.merge(desk_refresh(store, engine))
    return changes


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class DeskSettingsPage(QWidget):
    """The desk's settings on tabs. ``applied`` after the store has them; ``failed`` with the
    sentence shown when checking or writing failed."""

    applied = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSettingsPage")
        self.store, self.engine = store, engine
        self.calendar_page = CalendarPage()
        self.sla_page = SlaPage()
        self.replies_page = RepliesPage()
        self.categories = CategoryEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.calendar_page), self.tr("Business hours"))
        self.tabs.addTab(_scrolled(self.sla_page), self.tr("SLA"))
        self.tabs.addTab(_scrolled(self.replies_page), self.tr("Replies and surveys"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.busy = False
        self.load()

    def load(self) -> None:
        """Show what the store holds now (edits not applied are dropped)."""
        store = self.store
        self._calendar = store.business_calendar()
        self._policy = store.sla_policy()
        self.calendar_page.load(self._calendar)
        self.sla_page.load(self._policy)
        self.replies_page.load(store.desk_settings(), store.accounts())
        self.categories.load(store.category_tree())
        self.error.clear_error()

    def edits(self) -> DeskEdits:
        """What changed; ValueError with a sentence (and that tab shown) when something
        cannot be stored."""
        for index, read in (
            (0, self.calendar_page.calendar),
            (1, self.sla_page.policy),
        ):
            try:
                read()
            except ValueError:
                self.tabs.setCurrentIndex(index)
                raise
        calendar = self.calendar_page.calendar()
        policy = self.sla_page.policy()
        tree = self.categories.tree if self.categories.dirty else None
        if tree is not None and tree.problems():
            self.tabs.setCurrentIndex(3)
            raise ValueError("; ".join(tree.problems()))
        return DeskEdits(
            calendar if calendar != self._calendar else None,
            policy if policy != self._policy else None,
            self.replies_page.changes() if self.replies_page.changed() else None,
            tree,
            dict(self.categories.moves) if tree is not None else None,
        )

    def apply(self) -> bool:
        """Check and write. False (with the sentence shown) when something must be fixed
        first; True when the write was handed to the engine (``applied`` follows)."""
        try:
            edits = self.edits()
        except ValueError as exc:
            self._failed(exc)
            return False
        self.error.clear_error()
        if not edits:
            self.applied.emit()
            return True
        self.busy = True
        engine = self.engine
        WriteOp(self, engine, lambda s: write_edits(s, engine, edits)).success(
            self._written
        ).failure(self._failed).run()
        return True

    def _written(self, _changes: ChangeSet) -> None:
        self.busy = False
        self.load()
        self.applied.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.error.show_error(exc)
        self.failed.emit(error_sentence(exc))


class DeskSettingsDialog(QDialog):
    """The page alone, from the Desk menu: OK applies and closes once stored; Apply stays."""

    def __init__(self, store: Store, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSettingsDialog")
        self.setWindowTitle(self.tr("Desk settings"))
        self.page = DeskSettingsPage(store, engine, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        self._closing = False
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.page.apply)
        self.page.applied.connect(self._applied)
        self.page.failed.connect(lambda _text: setattr(self, "_closing", False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _ok(self) -> None:
        self._closing = True
        if not self.page.apply():
            self._closing = False

    def _applied(self) -> None:
        if self._closing:
            self.accept()
