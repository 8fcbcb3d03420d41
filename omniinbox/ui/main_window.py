"""The main window: views on the left, the conversation list in the middle, the open
conversation with its reply box on the right, account states and the outbox below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from omniinbox.store import ChangeSet, SearchHit, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.assets import icon
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.conversation_model import Column, ConversationListModel
from omniinbox.ui.conversation_view import ConversationView
from omniinbox.ui.ops import Reader, ReadOp, WriteOp
from omniinbox.ui.reply_box import ReplyBox
from omniinbox.ui.status_line import StatusLine
from omniinbox.ui.view_list import View, ViewList
from omniinbox.workspace import Workspace

CHANGE_DELAY_MS = 50  # change-sets arriving closer than this refresh the views once
SEARCH_DELAY_MS = 250  # typing pauses this long before a search runs
SEARCH_LIMIT = 500

COLUMN_WIDTHS = {
    Column.CHANNEL: 32,
    Column.CUSTOMER: 145,
    Column.TIME: 76,
    Column.TICKET: 62,
    Column.STATUS: 72,
    Column.OWNER: 110,
}
HIDDEN_COLUMNS = (Column.OWNER,)  # shown in the conversation header; the header menu adds it


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        engine: Engine,
        bridge: EngineBridge,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OmniInbox"))
        self.setWindowIcon(icon("omniinbox"))
        self.workspace = workspace
        self.engine = engine
        self.bridge = bridge
        # The GUI thread's own read-only connection: indexed queries that answer at once.
        self.store: Store = workspace.open_store(readonly=True)
        self.reader = Reader(lambda: workspace.open_store(readonly=True))
        self.agent_id = self._current_agent()
        self._pending = ChangeSet()
        self._search_seq = 0
        self._closed = False

        self.model = ConversationListModel(self.store, self)
        self.view_list = ViewList(self.reader, self.agent_id)
        self.search_field = QLineEdit()
        self.list_view = QTreeView()
        self.list_title = QLabel()
        self.conversation_view = ConversationView(self.store)
        self.reply_box = ReplyBox(engine)
        self.status_line = StatusLine()
        self._build(demo)

        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(self._apply_pending_changes)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        self.view_list.view_chosen.connect(self._show_view)
        self.search_field.textChanged.connect(self._search_text_changed)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_title)
        self.model.rowsInserted.connect(self._update_title)
        self.model.rowsRemoved.connect(self._update_title)
        bridge.changed.connect(self._on_changed)
        bridge.account_status.connect(self.status_line.set_account)
        bridge.outbox_changed.connect(self.status_line.set_outbox)
        queued_note = (
            self.tr("Reply saved. On the demo desk nothing is sent.")
            if demo
            else self.tr("Reply queued; it goes out when the account is online.")
        )
        self.reply_box.queued.connect(
            lambda _cid, _mid: self.statusBar().showMessage(queued_note, 5000)
        )

        if demo:
            self.status_line.set_note(
                self.tr("Demo desk: replies stay on this computer and are never sent")
            )
        for status in list(engine.statuses.values()):
            self.status_line.set_account(status)
        self.status_line.set_outbox(self.store.outbox_counts())
        self.view_list.select("inbox")
        self.view_list.refresh_counts()

    # --- building ---------------------------------------------------------------------------

    def _build(self, demo: bool) -> None:
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("Search messages, customers, #ticket, from: channel: status:")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_field.clear)

        view = self.list_view
        view.setObjectName("conversationList")
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setItemsExpandable(False)
        view.setAllColumnsShowFocus(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(24)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CHANNEL, QHeaderView.ResizeMode.Fixed)
        for column in HIDDEN_COLUMNS:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        self.list_title.setObjectName("listTitle")
        middle = QWidget()
        middle.setObjectName("listPane")
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 8)
        top.setSpacing(8)
        top.addWidget(self.search_field)
        middle_layout.addLayout(top)
        middle_layout.addWidget(self.list_title)
        middle_layout.addWidget(view, 1)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        logo = QLabel()
        logo.setPixmap(icon("omniinbox").pixmap(24, 24))
        brand = QLabel(self.tr("OmniInbox"))
        brand.setObjectName("brandLabel")
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(14, 0, 10, 8)
        brand_row.setSpacing(6)
        brand_row.addWidget(logo)
        brand_row.addWidget(brand)
        if demo:
            badge = QLabel(self.tr("Demo"))
            badge.setObjectName("demoBadge")
            badge.setToolTip(self.tr("A sample desk: nothing here reaches a real customer"))
            brand_row.addWidget(badge)
        brand_row.addStretch(1)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 12, 0, 0)
        side_layout.setSpacing(6)
        side_layout.addLayout(brand_row)
        side_layout.addWidget(self.view_list, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("conversationSplitter")
        right.addWidget(self.conversation_view)
        right.addWidget(self.reply_box)
        right.setStretchFactor(0, 1)
        right.setSizes([600, 170])
        right.setCollapsible(0, False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(sidebar)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([220, 590, 470])
        splitter.setCollapsible(1, False)
        splitter.setCollapsible(2, False)
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(False)

    def _current_agent(self) -> int | None:
        """Who is at the desk: the configured agent, else the first active one."""
        configured = self.workspace.config().get("agent_id")
        agents = [a for a in self.store.agents() if a.active]
        for agent in agents:
            if agent.id == configured:
                return agent.id
        return agents[0].id if agents else None

    def _column_menu(self, pos: QPoint) -> None:
        header = self.list_view.header()
        menu = QMenu(self)
        for column in Column:
            if column in (Column.CHANNEL, Column.SUBJECT):
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # --- views and the list -----------------------------------------------------------------

    def _show_view(self, view: View) -> None:
        if self.search_field.text():
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self._search_seq += 1
        self.model.set_filter(view.filter)
        self._reselect()

    def _reselect(self) -> None:
        """After the list was replaced, select the open conversation again if it is listed."""
        cid = self.conversation_view.conversation_id
        row = self.model.row_of(cid) if cid is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list_view.selectionModel().setCurrentIndex(index, flags)
            self.list_view.scrollTo(index)
        self._update_title()

    def _update_title(self, *_args: object) -> None:
        total = self.model.total
        if self.model.searching:
            query = self.search_field.text().strip()
            if total == 1:
                text = self.tr("1 conversation matches “{0}”").format(query)
            else:
                text = self.tr("{0} conversations match “{1}”").format(total, query)
        else:
            view = self.view_list.current_view()
            name = view.label if view is not None else ""
            if total == 1:
                text = self.tr("{0} · 1 conversation").format(name)
            else:
                text = self.tr("{0} · {1} conversations").format(name, total)
        self.list_title.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.conversation_id(current.row()) if current.isValid() else None
        if cid is None or cid == self.conversation_view.conversation_id:
            return
        self.open_conversation(cid)

    def open_conversation(self, conversation_id: int) -> None:
        """Show it, answer it, and mark it read (locally at once, on the channel later)."""
        self.conversation_view.show_conversation(conversation_id)
        row = self.conversation_view.row
        self.reply_box.set_conversation(row, self.agent_id)
        if row is not None and row.unread:
            WriteOp(self, self.engine, lambda s: s.mark_read(conversation_id)).run()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.list_view.setCurrentIndex(index)

    # --- search -----------------------------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
            return
        self._search_timer.stop()
        self._search_seq += 1  # a search still running is no longer wanted
        view = self.view_list.current_view()
        if self.model.searching and view is not None:
            self.model.set_filter(view.filter)
            self._reselect()

    def _run_search(self) -> None:
        text = self.search_field.text().strip()
        if not text:
            return
        self._search_seq += 1
        seq = self._search_seq
        ReadOp(self, self.reader, lambda s: s.search(text, limit=SEARCH_LIMIT)).success(
            lambda hits: self._show_hits(seq, hits)
        ).run()

    def _show_hits(self, seq: int, hits: list[SearchHit]) -> None:
        if seq != self._search_seq:
            return  # the agent typed on; a newer search is coming
        self.model.set_ids(hit.conversation_id for hit in hits)
        self._reselect()

    # --- engine events ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self._pending.merge(changes)
        if not self._change_timer.isActive():
            self._change_timer.start()

    def _apply_pending_changes(self) -> None:
        changes, self._pending = self._pending, ChangeSet()
        if self._closed:
            return
        self.model.apply_changes(changes)
        self.conversation_view.apply_changes(changes)
        row = self.conversation_view.row
        if row is not None and row.id in changes.conversations:
            self.reply_box.set_conversation(row, self.agent_id)
        self.view_list.refresh_counts()
        self._update_title()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop listening and close this window's connections; the engine is the app's."""
        if self._closed:
            return
        self._closed = True
        self._change_timer.stop()
        self._search_timer.stop()
        self.bridge.changed.disconnect(self._on_changed)
        self.bridge.account_status.disconnect(self.status_line.set_account)
        self.bridge.outbox_changed.disconnect(self.status_line.set_outbox)
        self.reader.close()
        self.model.set_ids([])
        self.conversation_view.show_conversation(None)
        self.store.close()
