"""The open conversation's header: ticket, subject and customer, then its fields as pills the
agent clicks to change (status, owner, collaborators, priority, category, tags)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Agent, Priority, Status, format_ticket
from omniinbox.domain.categories import DEFAULT_CATEGORIES, Category, CategoryTree
from omniinbox.store import ConversationRow
from omniinbox.ui.assets import channel_icon, icon
from omniinbox.ui.flow_layout import FlowLayout
from omniinbox.ui.formatting import channel_label, full_time, priority_label, status_label

ICON_SIZE = 20
MAX_CHIPS = 4
TREE = CategoryTree(DEFAULT_CATEGORIES)


def category_name(category: Category) -> str:
    """A category's name for display: the shipped names are translated, an agent's are not
    (translating a name the catalogue does not know returns it unchanged)."""
    return QCoreApplication.translate("categories", category.name)


def category_label(key: str, tree: CategoryTree = TREE) -> str:
    """``Delivery › Late delivery``; a key the tree does not know shows as itself."""
    return " › ".join(category_name(c) for c in tree.path(key)) or key


class ElidedLabel(QLabel):
    """One line that shortens itself with … instead of widening the pane."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


def _pill(name: str, tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setProperty("headerField", True)
    button.setToolTip(tooltip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setIconSize(QSize(14, 14))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _set_menu(button: QToolButton, menu: QMenu) -> None:
    """Replace the button's menu; the old one is deleted (menus are rebuilt on every change)."""
    old = button.menu()
    button.setMenu(menu)
    if old is not None:
        old.deleteLater()


def _check_category(menu: QMenu, category: str) -> None:
    """Only ``category``'s action checked, in ``menu`` and its submenus."""
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _check_category(sub, category)
        elif isinstance(action.data(), str):
            action.setChecked(action.data() == category)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ConversationHeader(QFrame):
    status_chosen = Signal(object)  # Status (never SNOOZED: that asks for a time)
    snooze_requested = Signal()
    owner_chosen = Signal(object, str)  # agent id or None, name
    collaborators_chosen = Signal(list)  # agent ids
    priority_chosen = Signal(object)  # Priority
    category_chosen = Signal(str, str)  # key, label
    tags_requested = Signal()
    tag_removed = Signal(str)
    panel_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self._agents: list[Agent] = []
        self._row: ConversationRow | None = None
        self.tree = TREE
        self._category_menus: dict[str, QMenu] = {}  # per category checked, for this tree

        self._channel = QLabel()
        self._ticket = QLabel()
        self._ticket.setObjectName("ticketLabel")
        self._ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = ElidedLabel()
        self.subject.setObjectName("subjectLabel")
        self.customer = ElidedLabel()
        self.customer.setObjectName("customerLabel")
        self.panel_button = QToolButton()
        self.panel_button.setObjectName("panelButton")
        self.panel_button.setCheckable(True)
        self.panel_button.setAutoRaise(True)
        self.panel_button.setToolTip(self.tr("Show the customer panel (I)"))
        self.panel_button.toggled.connect(self.panel_toggled)

        self.status = _pill("statusPill", self.tr("Status"))
        self.owner = _pill("ownerField", self.tr("Owner: one agent answers end to end"))
        self.collaborators = _pill("collaboratorsField", self.tr("Collaborators helping the owner"))
        self.priority = _pill("priorityField", self.tr("Priority"))
        self.category = _pill("categoryField", self.tr("Category"))
        self.add_tag = QToolButton()
        self.add_tag.setObjectName("addTagButton")
        self.add_tag.setProperty("headerField", True)
        self.add_tag.setText(self.tr("Tag"))
        self.add_tag.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_tag.setToolTip(self.tr("Tags (T)"))
        self.add_tag.clicked.connect(self.tags_requested)
        self._chips: list[QWidget] = []

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._channel)
        top.addWidget(self._ticket)
        top.addWidget(self.subject, 1)
        top.addWidget(self.panel_button)
        self._fields = FlowLayout(spacing=6)
        for button in (self.status, self.owner, self.collaborators, self.priority, self.category):
            self._fields.addWidget(button)
        self._fields.addWidget(self.add_tag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.customer)
        layout.addLayout(self._fields)
        self.refresh_icons()

    def set_agents(self, agents: Sequence[Agent]) -> None:
        self._agents = [a for a in agents if a.active]

    def set_categories(self, tree: CategoryTree) -> None:
        """The desk's category tree (the stored one) for the picker and the label."""
        self.tree = tree
        self.category.setMenu(None)  # type: ignore[arg-type]
        for menu in self._category_menus.values():
            menu.deleteLater()
        self._category_menus.clear()
        if self._row is not None:
            self.set_row(self._row, self.customer.text())

    def _agent_name(self, agent_id: int) -> str:
        return next((a.name for a in self._agents if a.id == agent_id), "?")

    def refresh_icons(self) -> None:
        self.panel_button.setIcon(icon("panel"))
        self.owner.setIcon(icon("person"))
        self.collaborators.setIcon(icon("users"))
        self.category.setIcon(icon("category"))
        self.add_tag.setIcon(icon("tag"))
        if self._row is not None:
            self.set_row(self._row, self.customer.text())

    # --- filling in -------------------------------------------------------------------------

    def set_row(self, row: ConversationRow, customer_line: str) -> None:
        self._row = row
        self._channel.setPixmap(channel_icon(row.channel).pixmap(ICON_SIZE, ICON_SIZE))
        self._channel.setToolTip(channel_label(row.channel))
        self._ticket.setText(format_ticket(row.ticket))
        self.subject.setText(row.subject or self.tr("(no subject)"))
        self.customer.setText(customer_line)

        status = status_label(row.status)
        if row.status is Status.SNOOZED and row.snoozed_until:
            status = self.tr("Snoozed until {0}").format(full_time(row.snoozed_until))
        self.status.setText(status)
        self.status.setProperty("status", row.status.value)
        _repolish(self.status)
        _set_menu(self.status, self._status_menu(row))

        self.owner.setText(row.owner_name or self.tr("Unassigned"))
        _set_menu(self.owner, self._owner_menu(row))
        helpers = [self._agent_name(a) for a in row.collaborators]
        self.collaborators.setText(
            ", ".join(helpers)
            if 0 < len(helpers) <= 2
            else self.tr("{0} helping").format(len(helpers))
            if helpers
            else self.tr("No collaborators")
        )
        self.collaborators.setToolTip("\n".join(helpers) or self.tr("Pull in a colleague to help"))
        _set_menu(self.collaborators, self._collaborators_menu(row))

        self.priority.setText(priority_label(row.priority))
        self.priority.setIcon(icon("flag", "#cf222e" if row.priority is Priority.URGENT else None))
        self.priority.setProperty("priority", row.priority.value)
        _repolish(self.priority)
        _set_menu(self.priority, self._priority_menu(row))

        self.category.setText(
            category_label(row.category, self.tree) if row.category else self.tr("No category")
        )
        self.category.setMenu(self._category_menu_for(row.category))
        self._fill_chips(row.tags)

    def _fill_chips(self, tags: Sequence[str]) -> None:
        for chip in self._chips:
            self._fields.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self._chips = []
        # Chips go before the "+ Tag" button, which stays last.
        self._fields.removeWidget(self.add_tag)
        for tag in list(tags)[:MAX_CHIPS]:
            chip = QToolButton()
            chip.setObjectName("tagChip")
            chip.setText(tag)
            chip.setIcon(icon("close"))
            chip.setIconSize(QSize(10, 10))
            chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self.tr("Remove the tag {0}").format(tag))
            chip.clicked.connect(lambda _c=False, t=tag: self.tag_removed.emit(t))
            self._fields.addWidget(chip)
            self._chips.append(chip)
        if len(tags) > MAX_CHIPS:
            more = QLabel(self.tr("+{0}").format(len(tags) - MAX_CHIPS))
            more.setToolTip(", ".join(tags[MAX_CHIPS:]))
            self._fields.addWidget(more)
            self._chips.append(more)
        self._fields.addWidget(self.add_tag)
        self._fields.invalidate()
        self.updateGeometry()

    # --- menus ------------------------------------------------------------------------------

    def _menu(self) -> QMenu:
        return QMenu(self)

    def _status_menu(self, row: ConversationRow) -> QMenu:
        menu = self._menu()
        for status in (Status.OPEN, Status.PENDING, Status.RESOLVED, Status.CLOSED):
            action = menu.addAction(status_label(status))
            action.setCheckable(True)
            action.setChecked(row.status is status)
            action.triggered.connect(lambda _c=False, s=status: self.status_chosen.emit(s))
        menu.addSeparator()
        menu.addAction(icon("snoozed"), self.tr("Snooze…"), self.snooze_requested.emit)
        return menu

    def _owner_menu(self, row: ConversationRow) -> QMenu:
        menu = self._menu()
        for agent in self._agents:
            action = menu.addAction(agent.name)
            action.setCheckable(True)
            action.setChecked(row.owner_id == agent.id)
            action.triggered.connect(lambda _c=False, a=agent: self.owner_chosen.emit(a.id, a.name))
        menu.addSeparator()
        unassign = menu.addAction(self.tr("Unassigned"))
        unassign.setCheckable(True)
        unassign.setChecked(row.owner_id is None)
        unassign.triggered.connect(lambda _c=False: self.owner_chosen.emit(None, ""))
        return menu

    def _collaborators_menu(self, row: ConversationRow) -> QMenu:
        menu = self._menu()
        chosen = set(row.collaborators)
        for agent in self._agents:
            if agent.id == row.owner_id:
                continue
            action = menu.addAction(agent.name)
            action.setCheckable(True)
            action.setChecked(agent.id in chosen)
            after = sorted(chosen ^ {agent.id})
            action.triggered.connect(lambda _c=False, a=after: self.collaborators_chosen.emit(a))
        if menu.isEmpty():
            menu.addAction(self.tr("No other agents yet")).setEnabled(False)
        return menu

    def _priority_menu(self, row: ConversationRow) -> QMenu:
        menu = self._menu()
        for priority in (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW):
            action = menu.addAction(priority_label(priority))
            action.setCheckable(True)
            action.setChecked(row.priority is priority)
            action.triggered.connect(lambda _c=False, p=priority: self.priority_chosen.emit(p))
        return menu

    def _category_menu_for(self, category: str) -> QMenu:
        """The picker with ``category`` checked: made once per category and tree (a tree of
        thirty categories took 5 ms to build on every conversation opened)."""
        menu = self._category_menus.get(category)
        if menu is None:
            menu = self._category_menus[category] = self._category_menu(category)
            # Picking checks the action in this shared menu: put the checks back each time.
            menu.aboutToShow.connect(lambda m=menu, c=category: _check_category(m, c))
        return menu

    def _category_menu(self, category: str) -> QMenu:
        menu = self._menu()
        self._add_categories(menu, self.tree.roots(), category)
        current = self.tree.get(category) if category else None
        if current is not None and any(c.archived for c in self.tree.path(category)):
            menu.addSeparator()  # filed under a removed category: still shown, still checked
            kept = menu.addAction(
                self.tr("{0} (removed)").format(category_label(current.key, self.tree))
            )
            kept.setCheckable(True)
            kept.setChecked(True)
            kept.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("No category"), lambda: self.category_chosen.emit("", ""))
        return menu

    def _add_categories(self, menu: QMenu, categories: Sequence[Category], current: str) -> None:
        for category in categories:
            children = self.tree.children(category.key)
            name = category_name(category)
            if children:
                sub = menu.addMenu(name)
                self._add_category(sub, category, self.tr("{0} (in general)").format(name), current)
                self._add_categories(sub, children, current)
            else:
                self._add_category(menu, category, name, current)

    def _add_category(self, menu: QMenu, category: Category, text: str, current: str) -> None:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(current == category.key)
        action.setData(category.key)
        label = category_label(category.key, self.tree)
        action.triggered.connect(
            lambda _c=False, k=category.key, t=label: self.category_chosen.emit(k, t)
        )
