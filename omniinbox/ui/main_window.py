"""The main window: views on the left, the conversation list, the open conversation with its
composer, the customer panel on the right; account states and the outbox below.

It builds the panes and wires them: engine change-sets (through the bridge) refresh only what
they touched; every write goes to the engine's single writer; slow reads go to readers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from omniinbox.domain import Agent
from omniinbox.store import ChangeSet, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.assets import icon
from omniinbox.ui.bridge import EngineBridge
from omniinbox.ui.conversation_view import ConversationView
from omniinbox.ui.customer_panel import CustomerPanel
from omniinbox.ui.list_pane import ListPane
from omniinbox.ui.ops import Reader, WriteOp
from omniinbox.ui.outbox_dialog import OutboxDialog, retry_message
from omniinbox.ui.reply_box import ReplyBox
from omniinbox.ui.settings import (
    CUSTOMER_PANEL,
    KNOWN_TAGS,
    LAST_VIEW,
    NOTIFICATIONS,
    ORDER,
    THEME,
    TRAY_ICON,
    UiSettings,
)
from omniinbox.ui.sidebar import Sidebar
from omniinbox.ui.status_line import StatusLine
from omniinbox.ui.theme import Colours, ThemeChoice, ThemeManager
from omniinbox.ui.tray import Notifier
from omniinbox.ui.triage import Triage
from omniinbox.ui.view_list import ViewList
from omniinbox.ui.view_queries import View
from omniinbox.ui.window_actions import WindowActions
from omniinbox.ui.window_layout import panel_sizes, restore_layout, save_layout
from omniinbox.workspace import Workspace

CHANGE_DELAY_MS = 50  # change-sets arriving closer than this refresh the views once
TICK_MS = 60_000  # SLA badges count down; snoozed conversations wake up
PANEL_WIDTH = 250
FIRST_COUNT_MS = 1500  # counts start by then even if the list is slow to come


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        engine: Engine,
        bridge: EngineBridge,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
        settings: UiSettings | None = None,
        restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OmniInbox"))
        self.setWindowIcon(icon("omniinbox"))
        self.workspace = workspace
        self.engine = engine
        self.bridge = bridge
        self.demo = demo
        self.settings = settings or UiSettings.of(workspace)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = ThemeManager(app, self.settings.get(THEME), parent=self)
        # The GUI thread's own read-only connection: indexed queries that answer at once.
        self.store: Store = workspace.open_store(readonly=True)
        self.reader = Reader(lambda: workspace.open_store(readonly=True))  # lists, searches
        self.count_reader = Reader(lambda: workspace.open_store(readonly=True))  # counts
        self.agent: Agent | None = self._current_agent()
        self.agent_id = self.agent.id if self.agent is not None else None
        self._pending = ChangeSet()
        self._closed = False
        self.list_ready = False
        self.outbox_dialog: OutboxDialog | None = None
        self._panel_width = PANEL_WIDTH

        self.view_list = ViewList(self.count_reader, self.agent_id)
        # The list has a reader of its own: a search never waits behind a customer's history.
        self.list_reader = Reader(lambda: workspace.open_store(readonly=True))
        self.list_pane = ListPane(self.store, self.list_reader)
        self.conversation_view = ConversationView(self.store, self.settings)
        self.conversation_view.attachments.engine = self.engine
        self.conversation_view.header.set_agents(self.store.agents())
        self.reply_box = ReplyBox(engine, self.store)
        self.reply_box.set_agent(self.agent)
        self.customer_panel = CustomerPanel(self.store, engine, self.reader)
        self.customer_panel.actor = self.agent.name if self.agent else ""
        self.status_line = StatusLine()
        self.notifier = Notifier(self, self)
        self.triage = Triage(self, engine, self.agent_id, self.agent.name if self.agent else "")
        self.sidebar = Sidebar(self.view_list, demo)
        self.right_pane = QSplitter(Qt.Orientation.Vertical)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._build()
        self.actions_ = WindowActions(self)
        self.sidebar.set_menu_actions(self.actions_.actions, self.theme.choice, self.settings)
        self._wire(demo)

        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(self._apply_pending_changes)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

        for status in list(engine.statuses.values()):
            self.status_line.set_account(status)
        self.status_line.set_outbox(self.store.outbox_counts())
        self.notifier.notifications = self.settings.get(NOTIFICATIONS)
        self.notifier.set_tray_wanted(self.settings.get(TRAY_ICON))
        self.list_pane.set_order(self.settings.get(ORDER))
        if restore:
            self._restore_layout()
        if not self.view_list.select(self.settings.get(LAST_VIEW)):
            self.view_list.select("inbox")
        # Counting every view is the slow part of starting: it waits for the list to show.
        QTimer.singleShot(FIRST_COUNT_MS, self.view_list.refresh_counts)
        if not demo:
            self._wake_snoozed()

    # --- aliases the tests and the app use --------------------------------------------------

    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.list_pane.model

    @property
    def list_view(self):  # type: ignore[no-untyped-def]
        return self.list_pane.list

    @property
    def search_field(self):  # type: ignore[no-untyped-def]
        return self.list_pane.search_field

    @property
    def list_title(self):  # type: ignore[no-untyped-def]
        return self.list_pane.title

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        right = self.right_pane
        right.setObjectName("conversationSplitter")
        right.addWidget(self.conversation_view)
        right.addWidget(self.reply_box)
        right.setStretchFactor(0, 1)
        right.setSizes([560, 210])
        right.setCollapsible(0, False)
        splitter = self.splitter
        splitter.setObjectName("mainSplitter")
        for pane in (self.sidebar, self.list_pane, right, self.customer_panel):
            splitter.addWidget(pane)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([200, 440, 400, 240])
        for index in (1, 2):
            splitter.setCollapsible(index, False)
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(False)

    def _wire(self, demo: bool) -> None:
        lp, cv = self.list_pane, self.conversation_view
        self.view_list.view_chosen.connect(self._show_view)
        self.view_list.unread_counted.connect(self._unread)
        self.view_list.delete_search.connect(self.actions_.delete_search)
        lp.conversation_chosen.connect(self._chosen)
        lp.loaded.connect(self._list_loaded)
        lp.order_changed.connect(lambda order: self.settings.set(ORDER, order))
        lp.save_search.connect(self.actions_.save_search)
        self.actions_.connect_panes()
        cv.retry_requested.connect(lambda mid: retry_message(self, self.engine, self.reader, mid))
        cv.link_hovered.connect(lambda url: self.statusBar().showMessage(url, 4000))
        self.customer_panel.open_conversation.connect(self.open_conversation)
        self.customer_panel.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.triage.done.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.status_line.outbox_clicked.connect(self.show_outbox)
        self.notifier.activated.connect(self._raise)
        self.notifier.conversation_clicked.connect(self.open_conversation)
        self.theme.changed.connect(self._restyle)
        self.bridge.changed.connect(self._on_changed)
        self.bridge.account_status.connect(self.status_line.set_account)
        self.bridge.outbox_changed.connect(self._outbox_changed)
        queued_note = (
            self.tr("Reply saved. On the demo desk nothing is sent.")
            if demo
            else self.tr("Reply queued; it goes out when the account is online.")
        )
        self.reply_box.queued.connect(
            lambda _c, _m: self.statusBar().showMessage(queued_note, 5000)
        )
        if demo:
            self.status_line.set_note(
                self.tr("Demo desk: replies stay on this computer and are never sent")
            )
        self._restyle()

    def _current_agent(self) -> Agent | None:
        """Who is at the desk: the configured agent, else the first active one."""
        configured = self.workspace.config().get("agent_id")
        agents = [a for a in self.store.agents() if a.active]
        for agent in agents:
            if agent.id == configured:
                return agent
        return agents[0] if agents else None

    # --- layout memory ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        restore_layout(self)
        self.set_customer_panel(self.settings.get(CUSTOMER_PANEL))

    def save_layout(self) -> None:
        save_layout(self)

    def set_customer_panel(self, shown: bool) -> None:
        """Show or hide the panel; its width comes from (or goes back to) the list and the
        conversation, so neither is squeezed below what it needs."""
        panel = self.customer_panel
        if self.isVisible() and shown == panel.isHidden():
            right_min = self.right_pane.minimumSizeHint().width()
            sizes, self._panel_width = panel_sizes(
                self.splitter.sizes(), shown, self._panel_width, right_min
            )
            panel.setVisible(shown)
            self.splitter.setSizes(sizes)
        else:
            panel.setVisible(shown)
        header = self.conversation_view.header
        header.panel_button.blockSignals(True)
        header.panel_button.setChecked(shown)
        header.panel_button.blockSignals(False)
        self.settings.set(CUSTOMER_PANEL, shown)
        row = self.conversation_view.row
        if shown and row is not None:
            self.customer_panel.show_customer(row.contact_id, row.id)

    def toggle_customer_panel(self) -> None:
        self.set_customer_panel(not self.customer_panel.isVisible())

    def set_theme(self, choice: ThemeChoice) -> None:
        self.settings.set(THEME, choice.value)
        self.theme.set_choice(choice)
        self.sidebar.set_theme_choice(choice)

    def toggle_notifications(self) -> None:
        on = not self.notifier.notifications
        self.notifier.notifications = on
        self.settings.set(NOTIFICATIONS, on)

    def toggle_tray(self) -> None:
        on = not self.notifier.tray_wanted
        self.notifier.set_tray_wanted(on)
        self.settings.set(TRAY_ICON, on)

    def _restyle(self, _colours: Colours | None = None) -> None:
        self.view_list.refresh_icons()
        self.list_pane.refresh_icons()
        self.reply_box.refresh_icons()
        self.status_line.refresh_icons()
        self.sidebar.refresh_icons()
        self.conversation_view.restyle()
        self.customer_panel.restyle()
        self.list_pane.list.viewport().update()

    # --- views, the list and the open conversation ------------------------------------------

    def _show_view(self, view: View) -> None:
        self.settings.set(LAST_VIEW, view.key)
        self.list_pane.show_view(view)

    def _list_loaded(self) -> None:
        if not self.list_ready:
            self.list_ready = True
            if not self.view_list.counts_known:
                self.view_list.refresh_counts()

    def _chosen(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_view.conversation_id:
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: int) -> None:
        """Show it, answer it, and mark it read (locally at once, on the channel later)."""
        self.conversation_view.show_conversation(conversation_id)
        row = self.conversation_view.row
        self.reply_box.set_conversation(row, self.agent_id)
        self.list_pane.set_open(conversation_id)
        if self.customer_panel.isVisible():
            self.customer_panel.show_customer(row.contact_id if row else None, conversation_id)
        lst = self.list_pane.list
        current = lst.currentIndex()
        if not current.isValid() or self.model.conversation_id(current.row()) != conversation_id:
            row_number = self.model.expose(conversation_id)
            if row_number is not None:
                lst.blockSignals(True)
                lst.go_to_row(row_number)
                lst.blockSignals(False)
        if row is not None and row.unread:
            WriteOp(self, self.engine, lambda s: s.mark_read(conversation_id)).run()

    def select_row(self, row: int) -> None:
        self.list_pane.list.go_to_row(row)

    def remember_tags(self, tags: set[str]) -> None:
        known = set(self.settings.get(KNOWN_TAGS))
        if not tags <= known:
            self.settings.set(KNOWN_TAGS, tuple(sorted(known | tags, key=str.casefold)))
            self.view_list.known_tags = self.settings.get(KNOWN_TAGS)

    def show_outbox(self) -> OutboxDialog:
        if self.outbox_dialog is None:
            self.outbox_dialog = OutboxDialog(self.engine, self.reader, self)
            self.outbox_dialog.open_conversation.connect(self.open_conversation)
        else:
            self.outbox_dialog.reload()
        self.outbox_dialog.show()
        self.outbox_dialog.raise_()
        return self.outbox_dialog

    def _unread(self, count: int) -> None:
        self.notifier.set_unread(count)
        title = self.tr("OmniInbox")
        self.setWindowTitle(f"{title} ({count})" if count else title)

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # --- engine events ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self._pending.merge(changes)
        if not self._change_timer.isActive():
            self._change_timer.start()

    def _outbox_changed(self, counts: dict[str, int]) -> None:
        self.status_line.set_outbox(counts)
        if self.outbox_dialog is not None and self.outbox_dialog.isVisible():
            self.outbox_dialog.reload()

    def _apply_pending_changes(self) -> None:
        changes, self._pending = self._pending, ChangeSet()
        if self._closed:
            return
        touched = sorted(changes.conversations | changes.new_conversations)
        before = {cid: r for cid in touched if (r := self.model.cached(cid)) is not None}
        self.list_pane.apply_changes(changes)
        after = {cid: r for cid in touched if (r := self.model.cached(cid)) is not None}
        if len(after) < len(touched):
            after.update(self.store.conversation_rows([c for c in touched if c not in after]))
        self.notifier.changes(changes, before, after)
        self.actions_.desk.check_notices()  # escalations to this agent
        self.remember_tags({t for r in after.values() for t in r.tags})
        self.conversation_view.apply_changes(changes)
        row = self.conversation_view.row
        if row is not None and row.id in changes.conversations:
            self.reply_box.set_conversation(row, self.agent_id)
        if self.customer_panel.isVisible():
            self.customer_panel.apply_changes(changes)
        self.view_list.counts_soon()

    def _on_tick(self) -> None:
        self.model.tick()
        if not self.demo:
            self._wake_snoozed()

    def _wake_snoozed(self) -> None:
        now = datetime.now(UTC)
        WriteOp(self, self.engine, lambda s: s.wake_snoozed(now)).run()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self, *, save: bool = True) -> None:
        """Save the draft and the layout, stop listening, close this window's connections."""
        if self._closed:
            return
        self._closed = True
        self.reply_box.flush_draft()
        if save:
            self.save_layout()
        self._change_timer.stop()
        self._tick.stop()
        self.bridge.changed.disconnect(self._on_changed)
        self.bridge.account_status.disconnect(self.status_line.set_account)
        self.bridge.outbox_changed.disconnect(self._outbox_changed)
        self.notifier.set_tray_wanted(False)
        self.reader.close()
        self.list_reader.close()
        self.count_reader.close()
        self.model.set_ids([])
        self.conversation_view.show_conversation(None)
        self.store.close()
