"""Every action of the window, reachable by keyboard: j/k, Enter, r, n, e, a, s, t, /,
Ctrl+K, ? and more. Single letters are window shortcuts; text fields take their own keys
first (Qt gives a focused editor the key before a shortcut), so typing never triggers them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from omniinbox.domain import Priority, Status
from omniinbox.store import StoreError
from omniinbox.ui.app_menu import AppMenu
from omniinbox.ui.assets import icon
from omniinbox.ui.command_palette import Command, CommandPalette
from omniinbox.ui.desk_menu import DeskMenu
from omniinbox.ui.formatting import priority_label, status_label
from omniinbox.ui.ops import WriteOp
from omniinbox.ui.settings import KNOWN_TAGS
from omniinbox.ui.shortcut_sheet import GROUP_PROPERTY, ShortcutSheet, shortcut_text
from omniinbox.ui.sidebar import MENU_APP, MENU_PROPERTY
from omniinbox.ui.snooze import SnoozeMenu
from omniinbox.ui.tag_editor import TagEditor
from omniinbox.ui.theme import ThemeChoice

if TYPE_CHECKING:
    from omniinbox.ui.main_window import MainWindow

GO_TO = {
    "I": "inbox",
    "M": "mine",
    "O": "others",
    "D": "sla",
    "S": "snoozed",
    "R": "resolved",
    "A": "all",
}


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.actions: dict[str, QAction] = {}
        self.snooze_menu: SnoozeMenu | None = None
        self.tag_editor: TagEditor | None = None
        self.palette: CommandPalette | None = None
        self.sheet: ShortcutSheet | None = None
        nav, conv, app = self.tr("Moving around"), self.tr("The conversation"), self.tr("The app")
        lst = window.list_pane.list
        self.add("next", self.tr("Next conversation"), "J", nav, lambda: lst.step(1))
        self.add("previous", self.tr("Previous conversation"), "K", nav, lambda: lst.step(-1))
        self.add(
            "extend_next",
            self.tr("Add the next to the selection"),
            "Shift+J",
            nav,
            lambda: lst.step(1, extend=True),
        )
        self.add(
            "extend_previous",
            self.tr("Add the previous to the selection"),
            "Shift+K",
            nav,
            lambda: lst.step(-1, extend=True),
        )
        self.add("toggle", self.tr("Select or unselect this one"), "X", nav, lst.toggle_current)
        self.add("open", self.tr("Open the conversation"), "Return", nav, self.open_current)
        self.actions["open"].setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.actions["open"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        lst.addAction(self.actions["open"])
        self.add("search", self.tr("Search"), "/", nav, window.list_pane.focus_search)
        self.add(
            "palette", self.tr("Command palette"), "Ctrl+K", nav, self.show_palette, menu=MENU_APP
        )
        self.add(
            "shortcuts", self.tr("Keyboard shortcuts"), "?", nav, self.show_shortcuts, menu=MENU_APP
        )
        back = self.add("back", self.tr("Back to the list"), "Esc", nav, self.back_to_list)
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.right_pane.addAction(back)
        for key, view in GO_TO.items():
            found = window.view_list.view(view)
            label = found.label if found is not None else view
            go = partial(window.view_list.select, view)
            self.add(f"go_{view}", self.tr("Go to {0}").format(label), f"G, {key}", nav, go)

        self.add("reply", self.tr("Reply"), "R", conv, window.reply_box.focus_reply, "reply")
        self.add("note", self.tr("Internal note"), "N", conv, window.reply_box.focus_note, "note")
        self.add("resolve", self.tr("Resolve"), "E", conv, self.resolve, "resolve")
        self.add("assign_me", self.tr("Assign to me"), "A", conv, self.assign_to_me, "person")
        self.add("snooze", self.tr("Snooze…"), "S", conv, self.show_snooze, "snoozed")
        self.add("tag", self.tr("Tags…"), "T", conv, self.edit_tags, "tag")
        self.add("priority", self.tr("Priority…"), "P", conv, self.priority_menu, "flag")
        self.add(
            "panel",
            self.tr("Show or hide the customer panel"),
            "I",
            conv,
            window.toggle_customer_panel,
            "panel",
        )
        self.add(
            "merge",
            self.tr("Merge this customer with another…"),
            "",
            conv,
            lambda: window.customer_panel.start_merge(),
            "merge",
        )
        for status in (Status.OPEN, Status.PENDING, Status.CLOSED):
            self.add(
                f"status_{status.value}",
                self.tr("Mark {0}").format(status_label(status)),
                "",
                conv,
                partial(self.set_status, status),
            )
        self.add("outbox", self.tr("Outbox…"), "", app, window.show_outbox, "outbox", menu=MENU_APP)
        sync = partial(window.engine.wake, None)
        self.add("sync", self.tr("Sync now"), "F5", app, sync, "retry", menu=MENU_APP)
        for choice, text in (
            (ThemeChoice.SYSTEM, self.tr("Look: follow the system")),
            (ThemeChoice.LIGHT, self.tr("Look: light")),
            (ThemeChoice.DARK, self.tr("Look: dark")),
        ):
            self.add(f"theme_{choice.value}", text, "", app, partial(window.set_theme, choice))
        self.add(
            "notifications",
            self.tr("Desktop notifications on or off"),
            "",
            app,
            window.toggle_notifications,
            "bell",
        )
        self.add("tray", self.tr("Tray icon on or off"), "", app, window.toggle_tray)
        self.desk = DeskMenu(window, self)
        self.app_menu = AppMenu(window, self)

    def add(
        self,
        key: str,
        text: str,
        shortcut: str,
        group: str,
        slot: Callable[[], object],
        icon_name: str = "",
        *,
        menu: str = "",
    ) -> QAction:
        """A window action in the keyboard sheet and the palette; ``menu`` (MENU_APP,
        MENU_DESK) also puts it in the settings menu."""
        action = QAction(text, self.w)
        action.setProperty(MENU_PROPERTY, menu)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setProperty(GROUP_PROPERTY, group)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        if key not in ("open", "back"):
            self.w.addAction(action)
        self.actions[key] = action
        return action

    _add = add  # the name before other modules added actions too

    def connect_panes(self) -> None:
        """The bulk bar and the conversation header act through the same writes as keys."""
        w, triage = self.w, self.w.triage
        for key, text in (
            ("assign_me", self.tr("Assign to me")),
            ("tag", self.tr("Tag…")),
            ("snooze", self.tr("Snooze…")),
            ("resolve", self.tr("Resolve")),
        ):
            w.list_pane.bulk.add(key, text, self.actions[key].trigger)
        header = w.conversation_view.header
        header.status_chosen.connect(lambda s: triage.set_status(self.open_ids(), s))
        header.snooze_requested.connect(lambda: self.show_snooze(ids=self.open_ids()))
        header.owner_chosen.connect(lambda a, n: triage.assign(self.open_ids(), a, n))
        header.collaborators_chosen.connect(self._set_collaborators)
        header.priority_chosen.connect(lambda p: triage.set_priority(self.open_ids(), p))
        header.category_chosen.connect(lambda k, t: triage.set_category(self.open_ids(), k, t))
        header.tags_requested.connect(lambda: self.edit_tags(ids=self.open_ids()))
        header.tag_removed.connect(self.remove_tag)
        header.panel_toggled.connect(w.set_customer_panel)

    def _set_collaborators(self, agent_ids: list[int]) -> None:
        for cid in self.open_ids():
            self.w.triage.set_collaborators(cid, agent_ids)

    def open_ids(self) -> list[int]:
        cid = self.w.conversation_view.conversation_id
        return [cid] if cid is not None else []

    def remove_tag(self, tag: str) -> None:
        row = self.w.conversation_view.row
        if row is not None:
            self.w.triage.set_tags({row.id: [t for t in row.tags if t != tag]})

    def save_search(self, query: str) -> None:
        name = self.ask_search_name(query)
        if name:
            WriteOp(self.w, self.w.engine, lambda s: s.save_search(name, query)).success(
                lambda _id: self.w.view_list.refresh_counts()
            ).run()

    def delete_search(self, search_id: int) -> None:
        current = self.w.view_list.current_view()
        if current is not None and current.key == f"search:{search_id}":
            self.w.view_list.select("inbox")
        WriteOp(self.w, self.w.engine, lambda s: s.delete_saved_search(search_id)).success(
            lambda _r: self.w.view_list.refresh_counts()
        ).run()

    # --- targets ----------------------------------------------------------------------------

    def targets(self) -> list[int]:
        """The selected conversations, or the open one."""
        ids = self.w.list_pane.list.selected_ids()
        if not ids and self.w.conversation_view.conversation_id is not None:
            ids = [self.w.conversation_view.conversation_id]
        return ids

    def open_current(self) -> None:
        lst = self.w.list_pane.list
        if not lst.currentIndex().isValid():
            lst.go_to_row(0)
        cid = self.w.list_pane.model.conversation_id(lst.currentIndex().row())
        if cid is not None:
            self.w.open_conversation(cid)
            self.w.conversation_view.timeline.setFocus()

    def back_to_list(self) -> None:
        self.w.list_pane.list.setFocus()

    # --- triage -----------------------------------------------------------------------------

    def resolve(self) -> None:
        self.w.triage.resolve(self.targets())

    def assign_to_me(self) -> None:
        self.w.triage.assign_to_me(self.targets())

    def set_status(self, status: Status) -> None:
        self.w.triage.set_status(self.targets(), status)

    def _anchor(self) -> QPoint:
        lst = self.w.list_pane.list
        index = lst.currentIndex()
        if index.isValid() and lst.hasFocus():
            rect = lst.visualRect(index)
            return lst.viewport().mapToGlobal(rect.bottomLeft() + QPoint(40, 0))
        header = self.w.conversation_view.header.status
        return header.mapToGlobal(header.rect().bottomLeft())

    def show_snooze(
        self, now: datetime | None = None, ids: list[int] | None = None
    ) -> SnoozeMenu | None:
        ids = ids if ids is not None else self.targets()
        if not ids:
            return None
        if self.snooze_menu is not None:
            self.snooze_menu.deleteLater()
        menu = SnoozeMenu(now or datetime.now().astimezone(), self.w)
        menu.chosen.connect(lambda until: self.w.triage.snooze(ids, until))
        self.snooze_menu = menu
        menu.popup(self._anchor())
        return menu

    def priority_menu(self) -> None:
        ids = self.targets()
        if not ids:
            return
        menu = QMenu(self.w)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        order = (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW)
        for n, priority in enumerate(order, 1):
            menu.addAction(
                f"&{n}  {priority_label(priority)}",
                partial(self.w.triage.set_priority, ids, priority),
            )
        menu.popup(self._anchor())

    def edit_tags(self, ids: list[int] | None = None) -> TagEditor | None:
        ids = ids if ids is not None else self.targets()
        if not ids:
            return None
        rows = self.w.store.conversation_rows(ids)
        current = {cid: rows[cid].tags for cid in ids if cid in rows}
        known = self.w.settings.get(KNOWN_TAGS)
        editor = TagEditor(current, known, self.w)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save_tags(editor))
        self.tag_editor = editor
        editor.open()
        editor.activateWindow()
        editor.field.setFocus()
        return editor

    def _save_tags(self, editor: TagEditor) -> None:
        changes = editor.changes()
        new = {t for tags in changes.values() for t in tags}
        self.w.remember_tags(new)
        self.w.triage.set_tags(changes)

    # --- palette and sheet ------------------------------------------------------------------

    def commands(self) -> list[Command]:
        out = [
            Command(
                a.text(),
                a.trigger,
                shortcut_text(a),
                str(a.property(GROUP_PROPERTY) or ""),
                a.icon() if not a.icon().isNull() else None,
            )
            for a in self.actions.values()
        ]
        for view in self.w.view_list.views():
            out.append(
                Command(
                    self.tr("View: {0}").format(view.label),
                    partial(self.w.view_list.select, view.key),
                    "",
                    self.tr("View"),
                    icon(view.icon) if view.icon else None,
                    "go",
                )
            )
        return out

    def _dynamic(self, text: str) -> list[Command]:
        text = text.strip()
        if text.startswith("#") and text[1:].isdigit():
            ticket = int(text[1:])
            text = self.tr("Open ticket #{0}").format(ticket)
            return [Command(text, lambda: self.open_ticket(ticket))]
        return []

    def open_ticket(self, ticket: int) -> None:
        try:
            row = self.w.store.conversation_by_ticket(ticket)
        except StoreError as exc:
            self.w.statusBar().showMessage(str(exc), 5000)
            return
        self.w.open_conversation(row.id)

    def show_palette(self) -> CommandPalette:
        if self.palette is not None:
            self.palette.deleteLater()
        self.palette = CommandPalette(self.commands(), self.w, dynamic=self._dynamic)
        self.palette.open()
        self.palette.activateWindow()
        self.palette.field.setFocus()
        return self.palette

    def show_shortcuts(self) -> ShortcutSheet:
        if self.sheet is None:
            self.sheet = ShortcutSheet(self.actions.values(), self.w)
        self.sheet.open()
        return self.sheet

    def ask_search_name(self, query: str) -> str | None:
        name, ok = QInputDialog.getText(
            self.w, self.tr("Save search"), self.tr("Name of the saved search:"), text=query
        )
        return name.strip() if ok and name.strip() else None
