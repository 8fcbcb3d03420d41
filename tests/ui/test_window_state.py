"""What the window remembers and how it looks: layout and last view restored from the
workspace's ui.ini, light and dark looks, the desk views that need more than a filter, and
the notifications of new messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omniinbox.store import ConversationFilter, Store
from omniinbox.ui.main_window import MainWindow
from omniinbox.ui.settings import FILE_NAME, GEOMETRY, MAIN_SPLITTER, THEME
from omniinbox.ui.theme import DARK, LIGHT, ThemeChoice, colours
from omniinbox.ui.view_queries import desk_views, view_count, view_ids
from omniinbox.workspace import Workspace
from tests.ui.helpers import customers, open_window, show
from tests.ui.sample_desk import Desk, email


def test_layout_and_the_last_view_come_back_after_a_restart(
    qtbot: QtBot, workspace: Workspace, desk: Desk
) -> None:
    with open_window(qtbot, workspace, start=False) as window:
        window.resize(1200, 760)
        show(qtbot, window, "pending")
        window.set_customer_panel(False)
        window.splitter.setSizes([180, 500, 520, 0])
        saved = window.splitter.saveState()
    assert (workspace.root / FILE_NAME).exists()  # in the workspace, not the registry
    with open_window(qtbot, workspace, start=False, size=None) as window:
        qtbot.waitUntil(lambda: window.list_pane.shown_key == "pending")
        assert window.height() == 760  # the offscreen screen is narrower: width is clamped
        assert customers(window) == ["Олена Коваленко"]
        assert not window.customer_panel.isVisibleTo(window)
        restored = window.splitter.sizes()
        assert restored[3] == 0 and restored[0] < restored[1]
        assert not window.settings.get(GEOMETRY).isEmpty()
        assert window.settings.get(MAIN_SPLITTER) == saved


def test_the_dark_look_is_applied_and_remembered(
    qtbot: QtBot, workspace: Workspace, desk: Desk
) -> None:
    with open_window(qtbot, workspace, start=False) as window:
        window.set_theme(ThemeChoice.DARK)
        assert colours() is DARK
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        assert DARK.window in app.styleSheet()
        assert app.palette().base().color().name() == DARK.window
        assert window.settings.get(THEME) == "dark"
    with open_window(qtbot, workspace, start=False):
        assert colours() is DARK
    with open_window(qtbot, workspace, start=False) as window:
        window.set_theme(ThemeChoice.LIGHT)
        assert colours() is LIGHT


def test_others_and_sla_views_count_what_they_list(
    workspace: Workspace, desk: Desk, reader: Store
) -> None:
    writer = workspace.open_store()
    colleague = writer.add_agent("Timur Rakhimov").id
    writer.assign([desk.giorgi], colleague)
    writer.assign([desk.aigerim], desk.agent_id)
    writer.close()
    views = {v.key: v for v in desk_views(desk.agent_id, str)}
    assert view_ids(reader, views["others"]) == [desk.giorgi]
    assert view_count(reader, views["others"]) == 1
    assert view_ids(reader, views["mine"]) == [desk.aigerim]
    assert view_ids(reader, views["sla"]) == []  # no SLA clocks on this desk yet
    assert view_count(reader, views["inbox"]) == reader.count_conversations(
        ConversationFilter(unassigned=True, statuses=views["inbox"].filter.statuses)
    )


def test_new_mail_is_notified_once(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    seen: list[tuple[str, str]] = []
    window.notifier.notified.connect(lambda title, text: seen.append((title, text)))
    message = email("<n2@example.kz>", "Nurlan Abenov", "nurlan@example.kz", "Invoice?", "Hi", 0)
    window.engine.submit(lambda s: s.ingest(desk.email_account, [message], "mail-3"))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "New message from Nurlan Abenov"
    window.engine.submit(lambda s: s.add_note(desk.aigerim, "internal", desk.agent_id))
    qtbot.wait(300)
    assert len(seen) == 1  # a note of ours is no news
    window.toggle_notifications()
    again = email("<n3@example.kz>", "Nurlan Abenov", "nurlan@example.kz", "Invoice?", "More", 0)
    window.engine.submit(lambda s: s.ingest(desk.email_account, [again], "mail-4"))
    qtbot.waitUntil(lambda: window.view_list.count_of("inbox") == 4)
    qtbot.wait(200)
    assert len(seen) == 1


@pytest.mark.parametrize("minutes", [30, -5])
def test_sla_badges_turn_amber_then_red(minutes: int) -> None:
    from omniinbox.ui.formatting import sla_badge

    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    text, level = sla_badge(now + timedelta(minutes=minutes), now)
    assert level == ("soon" if minutes > 0 else "late")
    assert text == ("30m" if minutes > 0 else "5m late")
    assert sla_badge(now + timedelta(hours=5), now) == ("5h", "ok")


def test_counts_read_naturally_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from omniinbox.ui.translations import install_translators

    install_translators(qapp)
    text = QCoreApplication.translate("ListPane", "{0} · %n conversation(s)", "", 1)
    assert text == "{0} · 1 conversation"
    assert QCoreApplication.translate("ListPane", "%n selected", "", 3) == "3 selected"
